"""Across briefings, one person's name forms make one page: a short given name and its full form, a
familiar form that begins the full name, a generational suffix left out, a bare given name its own
briefing gives to one person; father and son, and two people of one surname, stay apart."""

from generator.corpus import Appearance, _compatible_roles, _merge_key, _merge_people, aggregate
from generator.identity import contained, name_form
from generator.model import Annotations, Document, Entity
from generator.nameforms import coordinated_surname, owner_key, short_for, unsuffixed


def app(name, roles=(), briefing="b", eid="x"):
    return Appearance(briefing, "t", None, Entity(id=eid, kind="person", name=name, roles=tuple(roles)))


def merged(*apps):
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    out, _ = _merge_people(groups)
    return sorted(sorted({a.entity.name for a in v}) for v in out.values())


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


# short forms of a given name


def test_a_short_given_name_and_its_full_form_are_spelt_alike():
    # "Matt" stands for "Matthew", whose doubled letter the comparison spells single
    assert name_form("Matt Vorland").words == name_form("Matthew Vorland").words
    assert name_form("Bill Vorland").words == name_form("William Vorland").words


def test_a_short_given_name_joins_its_full_form_when_the_roles_fit():
    assert merged(app("Matt Vorland", ("prosecutor",), "a"), app("Matthew Vorland", (), "b")) == [
        ["Matt Vorland", "Matthew Vorland"]]
    assert merged(app("Matt Vorland", ("prosecutor",), "a"), app("Matthew Vorland", ("goalkeeper",), "b")) == [
        ["Matt Vorland"], ["Matthew Vorland"]]


def test_a_familiar_form_may_begin_the_full_given_name():
    assert short_for("dan", "dannel") and short_for("dannel", "dan")
    assert short_for("jerry", "jerrold") and short_for("freddie", "frederick")  # the diminutive's stem
    assert not short_for("dana", "danforth")  # "Dana" is no familiar form
    assert not short_for("dan", "dan")


def test_a_familiar_form_that_begins_a_rarer_name_joins_it_only_when_the_roles_say_so():
    gov = [app("Dannel Quorrin", ("Gov.",), f"b{n}") for n in range(3)]
    assert merged(*gov, app("Dan Quorrin", ("Connecticut Gov.",), "x")) == [["Dan Quorrin", "Dannel Quorrin"]]
    chair = [app("Jerrold Quorrin", ("Judiciary Committee Chairman",), f"c{n}") for n in range(2)]
    assert merged(*chair, app("Jerry Quorrin", ("Chairman",), "y")) == [["Jerrold Quorrin", "Jerry Quorrin"]]
    # no role to share: two people, as far as the corpus can tell
    assert merged(*gov, app("Dan Quorrin", (), "x")) == [["Dan Quorrin"], ["Dannel Quorrin"]]


# generational suffixes


def test_a_suffix_another_briefing_leaves_out_is_one_name():
    names = merged(app("Tomas R. Quorrin Jr.", ("intelligence director",), "a"),
                   app("Tomas R. Quorrin", ("Director of Intelligence",), "b"),
                   app("Tomas Quorrin", (), "c"))
    assert names == [["Tomas Quorrin", "Tomas R. Quorrin", "Tomas R. Quorrin Jr."]]


def test_father_and_son_named_in_one_briefing_stay_apart():
    names = merged(app("Tomas Quorrin Jr.", ("son",), "a", eid="son"), app("Tomas Quorrin", ("president",), "a"),
                   app("Tomas Quorrin", ("president",), "b"))
    assert names == [["Tomas Quorrin"], ["Tomas Quorrin Jr."]]


def test_a_suffix_stays_when_the_roles_share_nothing_or_only_a_bare_surname_leaves_it_out():
    assert merged(app("Tomas Quorrin Jr.", ("lawyer",), "a"), app("Tomas Quorrin", ("senator",), "b")) == [
        ["Tomas Quorrin"], ["Tomas Quorrin Jr."]]
    groups = {"tomas quorrin jr": [app("Tomas Quorrin Jr.", ("spokesman",), "a")], "quorrin": [app("Quorrin", (), "b")]}
    assert sorted(unsuffixed(groups, name_form, contained, _compatible_roles)) == ["quorrin", "tomas quorrin jr"]


# bare given names in their own briefing


def test_a_bare_given_name_the_briefing_calls_one_person_by_is_that_person():
    text = 'Tomas Quorrin spoke first. "Maybe you saw Tomas fall asleep," Ana Belk said of him.'
    tomas = person("tq", "Tomas Quorrin", text, aliases=("Tomas Quorrin", "Tomas"))
    s = text.find("Tomas fall")
    bare = Entity(id="t", kind="person", name="Tomas", aliases=("Tomas",), mentions=((s, s + 5),))
    assert owner_key(bare, [tomas, bare, person("ab", "Ana Belk", text)], text) == "tomas quorrin"
    # two people the briefing could mean: neither
    other = person("tv", "Tomas Vell", text, aliases=("Tomas Vell", "Tomas"))
    assert owner_key(bare, [tomas, other, bare], text) == ""


def test_a_bare_given_name_said_to_be_a_relative_is_not_the_full_name_it_starts():
    text = "Tomas Quorrin came with his son Tomas."
    tomas = person("tq", "Tomas Quorrin", text)
    son = Entity(id="s", kind="person", name="Tomas", roles=("his son",), mentions=((36, 41),))
    assert owner_key(son, [tomas, son], text) == ""


def test_given_names_joined_by_and_before_one_surname_share_it():
    text = "Tomas and Ana Quorrin sued the state on Monday."
    tomas = person("t", "Tomas", text)
    ana = person("a", "Ana Quorrin", text)
    assert coordinated_surname(tomas, text, [tomas, ana]) == "quorrin"
    text2 = "Tomas and Ana Quorrin Jr. left."
    assert coordinated_surname(person("t", "Tomas", text2), text2, [person("a", "Ana Quorrin Jr.", text2)]) == ""


def test_the_family_given_name_joins_the_full_name_of_another_briefing():
    text = "Tomas and Ana Quorrin sued the state on Monday."
    a = briefing("a.txt", text, person("t", "Tomas", text), person("an", "Ana Quorrin", text))
    text_b = "Tomas Quorrin, a teacher, said the case was closed."
    b = briefing("b.txt", text_b, person("tq", "Tomas Quorrin", text_b))
    pages = {e.name: sorted(ap.entity.name for ap in e.appearances) for e in aggregate([a, b]).entities["people"]}
    assert pages == {"Ana Quorrin": ["Ana Quorrin"], "Tomas Quorrin": ["Tomas", "Tomas Quorrin"]}


# a bare given name across briefings of one story


def test_a_bare_given_name_in_two_briefings_of_one_story_is_one_person():
    def story(source, bare_roles=(), cast=("Ana Quorrin", "Lev Quorrin", "Ivo Stemper")):
        text = " ".join(f"{n} spoke." for n in cast) + " A friend known only as Nadia came too."
        return briefing(source, text, *(person(f"p{i}", n, text) for i, n in enumerate(cast)),
                        person("m", "Nadia", text, roles=bare_roles))

    def pages(*briefs):
        return sorted(sorted(ap.briefing for ap in e.appearances)
                      for e in aggregate(list(briefs)).entities["people"] if e.name == "Nadia")

    # two briefings naming the Quorrins and Stemper: one Nadia
    assert pages(story("a.txt"), story("b.txt", ("a tall woman",))) == [["a", "b"]]
    # briefings that share one surname only keep theirs apart
    assert pages(story("a.txt"), story("b.txt", cast=("Ana Quorrin", "Ivo Vell"))) == [["a"], ["b"]]
    # roles that share nothing: two women
    assert pages(story("a.txt", ("senator",)), story("b.txt", ("goalkeeper",))) == [["a"], ["b"]]
    # a relative ("her sister Nadia") stays in her briefing
    assert pages(story("a.txt", ("sister",)), story("b.txt", ("sister",))) == [["a"], ["b"]]
