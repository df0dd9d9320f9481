"""Across briefings, more forms of one person's name make one page: initials written without dots, the Arabic
ق written "q" or "k", a given name spelt two ways when the roles name one post, a familiar form a briefing
calls the person by, a declared change of name, the first word of a double surname alone; a surname one
letter apart stays a possible duplicate, and two people stay apart."""

from corpusmerge import app, merged

from generator.corpus import Appearance, aggregate
from generator.declarednames import declared_names
from generator.identity import name_form
from generator.model import Annotations, Document, Entity
from generator.nameforms import owner_key, spelt_alike


def person(eid, name, text, roles=(), aliases=()):
    spans = []
    start = text.find(name)
    while start >= 0:
        spans.append((start, start + len(name)))
        start = text.find(name, start + 1)
    return Entity(id=eid, kind="person", name=name, roles=tuple(roles), aliases=tuple(aliases) or (name,),
                  mentions=tuple(spans))


def briefing(source, text, *people):
    doc = Document(source=source, slug=source.removesuffix(".txt"), text=text, title=source)
    return Annotations(doc, people=tuple(people))


def pages(*briefs):
    return sorted(sorted(ap.entity.name for ap in e.appearances) for e in aggregate(list(briefs)).entities["people"])


# initials written without dots


def test_capitals_without_a_vowel_before_a_surname_are_initials():
    assert name_form("TJ Quorrin") == name_form("T.J. Quorrin")
    assert merged(app("TJ Quorrin", ("adviser",), "a"), app("T.J. Quorrin", (), "b"))[0] == [
        ["T.J. Quorrin", "TJ Quorrin"]]
    # a given name with a vowel ("y" counted as one) is a name, not initials
    assert name_form("Amy Quorrin").initials == () and name_form("Ty Quorrin").words[0] == "ty"


# transliteration: the Arabic ق


def test_q_and_k_for_one_arabic_letter_are_one_spelling():
    assert merged(app("Tarek Qandawi", ("Egyptian prime minister",), "a"),
                  app("Tarek Kandawi", ("prime minister",), "b"))[0] == [["Tarek Kandawi", "Tarek Qandawi"]]
    # a short word is left as written on both sides: "Ghaani" and "Qaani" stay one spelling
    assert merged(app("Farid Ghaani", ("general",), "a"), app("Farid Qaani", (), "b"))[0] == [["Farid Ghaani", "Farid Qaani"]]


# a given name spelt two ways


def test_one_given_name_spelt_two_ways_joins_when_the_roles_name_one_post():
    assert spelt_alike("lindsey", "lindsay") and not spelt_alike("lindsey", "lindsey")
    assert merged(app("Lindsey Vorland", ("Sen.",), "a"), app("Lindsay Vorland", ("Republican senator",), "b"))[0] == [
        ["Lindsay Vorland", "Lindsey Vorland"]]


def test_one_given_name_spelt_two_ways_without_a_shared_post_is_only_a_possible_duplicate():
    out, maybe = merged(app("Lindsey Vorland", ("senator",), "a"), app("Lindsay Vorland", ("goalkeeper",), "b"))
    assert out == [["Lindsay Vorland"], ["Lindsey Vorland"]]
    assert maybe  # listed side by side, never joined


def test_a_surname_one_letter_apart_stays_a_possible_duplicate():
    out, maybe = merged(app("Kerri Vorlec", ("spokeswoman",), "a"), app("Kerri Vorlac", ("spokeswoman",), "b"))
    assert out == [["Kerri Vorlac"], ["Kerri Vorlec"]] and maybe


# a familiar form the briefing itself calls the person by


def test_a_familiar_form_a_briefing_calls_the_person_by_joins_that_form_elsewhere():
    text = "Theodore Quorrin founded the park. Teddy Quorrin, as friends called him, loved it."
    a = briefing("a.txt", text, person("t", "Theodore Quorrin", text, aliases=("Theodore Quorrin", "Teddy Quorrin")))
    text_b = "A statue of Teddy Quorrin stands at the gate."
    b = briefing("b.txt", text_b, person("tq", "Teddy Quorrin", text_b))
    assert pages(a, b) == [["Teddy Quorrin", "Theodore Quorrin"]]


def test_an_alias_of_another_given_name_declares_nothing():
    text = "Franklin Quorrin and Theodore Quorrin."
    e = person("f", "Franklin Quorrin", text, aliases=("Franklin Quorrin", "Theodore Quorrin"))
    assert declared_names(e, [e], text) == frozenset()


# a declared change of name


def test_a_name_taken_makes_the_two_names_one_person():
    text = "Pvt. Tomas Quorrin said on Monday that he wants to be known as Tamsin Quorrin from now on."
    old, new = person("o", "Tomas Quorrin", text), person("n", "Tamsin Quorrin", text)
    assert declared_names(new, [old, new], text) == {"tomas quorrin"}
    text_b = "The trial of Tomas Quorrin, the army private, opened on Monday."
    b = briefing("b.txt", text_b, person("q", "Tomas Quorrin", text_b, roles=("army private",)))
    assert pages(briefing("a.txt", text, old, new), b) == [["Tamsin Quorrin", "Tomas Quorrin", "Tomas Quorrin"]]
    # the page is shown under the name taken
    assert [e.name for e in aggregate([briefing("a.txt", text, old, new), b]).entities["people"]] == ["Tamsin Quorrin"]


def test_a_former_name_after_formerly_is_the_same_person():
    text = "Tamsin Quorrin, formerly Tomas Quorrin, was released on Tuesday."
    old, new = person("o", "Tomas Quorrin", text), person("n", "Tamsin Quorrin", text)
    assert declared_names(new, [old, new], text) == {"tomas quorrin"}


def test_two_relatives_named_in_one_sentence_are_not_renamed():
    text = "Tomas Quorrin said his sister Tamsin Quorrin was born in Ohio."
    old, new = person("o", "Tomas Quorrin", text), person("n", "Tamsin Quorrin", text)
    assert declared_names(new, [old, new], text) == frozenset()
    assert pages(briefing("a.txt", text, old, new)) == [["Tamsin Quorrin"], ["Tomas Quorrin"]]


# the first word of a double surname


def test_the_first_word_of_a_double_surname_alone_is_that_person():
    text = "Ana Vorlitz Quorrin, a former researcher, spoke. “It is late,” Ms. Vorlitz said."
    ana, bare = person("a", "Ana Vorlitz Quorrin", text), person("v", "Vorlitz", text)
    assert owner_key(bare, [ana, bare], text) == "ana vorlitz quorrin"


def test_a_word_inside_a_name_that_is_someone_elses_surname_is_left_alone():
    text = "Ana Vorlitz Quorrin met Tomas Vorlitz. Vorlitz said no."
    ana, tom, bare = person("a", "Ana Vorlitz Quorrin", text), person("t", "Tomas Vorlitz", text), person("v", "Vorlitz", text)
    assert owner_key(bare, [ana, tom, bare], text) == ""
    text_c = "Ana Jean Quorrin spoke. Jean said no."  # a given name inside a name: a person of her own
    assert owner_key(person("j", "Jean", text_c), [person("a", "Ana Jean Quorrin", text_c)], text_c) == ""


# familiar forms


def test_deb_and_fran_are_familiar_forms_joined_when_the_roles_share_a_post():
    assert merged(app("Deb Quorrin", ("NPR correspondent",), "a"), app("Deborah Quorrin", ("NPR",), "b"))[0] == [
        ["Deb Quorrin", "Deborah Quorrin"]]
    assert merged(app("Fran Quorrin", ("security adviser",), "a"), app("Frances Quorrin", ("goalkeeper",), "b"))[0] == [
        ["Fran Quorrin"], ["Frances Quorrin"]]


def test_a_surname_written_with_other_letters_for_one_sound_is_only_a_possible_duplicate():
    out, maybe = merged(app("Chris Vorphens", ("ambassador",), "a"), app("Chris Vorvens", (), "b"))
    assert out == [["Chris Vorphens"], ["Chris Vorvens"]] and maybe
    out, maybe = merged(app("Chris Vorphens", (), "a"), app("Ana Vorvens", (), "b"))
    assert not maybe  # another given name: two people


# a bare word after an honorific is a surname


def test_a_bare_word_after_an_honorific_is_a_surname_not_anothers_given_name():
    def bare(marks, briefing):
        return Appearance(briefing, "t", None, Entity(id="v", kind="person", name="Vorlen"), marks=frozenset(marks))
    cast = [app("George Vorlen", ("Senate candidate",), "a"), app("Vorlen B. Quist", (), "b"),
            app("Vorlen B. Quist", (), "c"), app("Vorlen B. Quist", (), "d")]
    # "Mr. Vorlen" is the surname's bearer
    assert ["George Vorlen", "Vorlen"] in merged(*cast, bare({"sex:m"}, "e"))[0]
    # a bare "Vorlen" without an honorific may be the given name of "Vorlen B. Quist": it stays apart
    assert ["Vorlen"] in merged(*cast, bare((), "e"))[0]


def test_a_nickname_quoted_inside_the_full_name_joins_the_nickname_elsewhere():
    assert merged(app('Howard P. "Buck" Quorrin', ("Rep.",), "a"), app("Buck Quorrin", ("Rep.",), "b"))[0] == [
        ["Buck Quorrin", 'Howard P. "Buck" Quorrin']]


def test_two_spellings_of_one_bare_word_are_placed_as_one():
    # "Qorravi" and "Qoravi" are one word's spellings: one page, as one spelling's briefings would be
    assert merged(app("Qorravi", (), "a"), app("Qoravi", (), "b"), app("Qoravi", (), "c"))[0] == [
        ["Qoravi", "Qorravi"]]
    # beside a full name it may be the given name of, they stay apart from it together
    out, _ = merged(app("Qorravi", (), "a"), app("Qoravi", (), "b"), app("Qoravi Tesh", (), "c"),
                    app("Ana Qoravi", (), "d"))
    assert ["Qoravi", "Qorravi"] in out
