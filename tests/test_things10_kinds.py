"""Names that are no one's, by the words right around them (issue 14, ninth session): a storm's noun
opening its name, a thousands comma after a name (no age), a country's last word in the plural, a name
after a degree adverb, an editor's bracketed first word, a determiner and adjectives before English
words, an outlet led by the Arabic article, a name set after an institution's noun elsewhere in the text,
a hospital named short where things happen at it, a group described by a role noun, a word inside a
work's title, a building's noun after a word that is no name, a compass point and "of". Short texts
written for these tests."""

from collections import Counter

import pytest


def names(entities) -> set[str]:
    return {e.name for e in entities}


@pytest.mark.parametrize("text, name", [
    # a storm's noun opens the name; the bare name is that storm too
    ("Superstorm Tilda flooded the coast last year. Homes damaged by Tilda are still empty, Ana Ruiz said.", "Tilda"),
    # ", 6,000 kilometres": a thousands comma, no age
    ("The missile hit a practice target on Vorkhov, 6,000 kilometres away, officials said.", "Vorkhov"),
    ("Diplomats fear a new arms race between the rival Koreas, Ana Ruiz said.", "Koreas"),
    ("Voters saw the senator as too Penny Loafer to win the nomination.", "Penny Loafer"),
    ('"He knows that (Capitol) Hill is going to treat him as fair game," she said.', "Hill"),
    ('Ruiz wrote on Friday that "the disgraceful Witch Hunt must end now."', "Witch Hunt"),
    ("Ruiz said it was Roe and his terrible Gang of Angry Democrats who leaked it.", "Gang"),
    ("Ruiz spoke on Al Mayadeen twice, and each time he defended the deal.", "Al Mayadeen"),
    ("He is confined at the federal prison facility FMC Dunmore. \"FMC Dunmore is located in north central "
     "Vermont,\" the bureau said.", "FMC Dunmore"),
    ("Patients were treated at Beth Alder Deaconess after the attack. Two of them have since left Beth Alder "
     "Deaconess Medical Center.", "Beth Alder Deaconess"),
    ("However, five Conservative Brexiteer MPs who have been critics of the deal said they would now back it.",
     "Conservative Brexiteer"),
    ('The Speaker is one of three "key holders" to Marlbury Hall, and as such, holds a veto over who addresses '
     "Parliament.", "Marlbury Hall"),
])
def test_a_name_the_words_around_make_no_one(annotate_text, text, name):
    ann = annotate_text(text)
    assert name not in names(ann.people)


@pytest.mark.parametrize("text, name", [
    ("Diplomats fear a new arms race between the rival Koreas, Ana Ruiz said.", "Koreas"),
    ("Patients were treated at Beth Alder Deaconess after the attack. Two of them have since left Beth Alder "
     "Deaconess Medical Center.", "Beth Alder Deaconess"),
    ('The Speaker is one of three "key holders" to Marlbury Hall, and as such, holds a veto over who addresses '
     "Parliament.", "Marlbury Hall"),
    ("The camp lies 20 miles north of Tenbury, on an old army base, Ana Ruiz said.", "Tenbury"),
    ("The new plant sits 30 miles east of Dunmore.", "Dunmore"),
])
def test_such_a_name_is_a_place(annotate_text, text, name):
    assert name in names(annotate_text(text).places)


@pytest.mark.parametrize("text, name", [
    ("Ana Hall spoke at the meeting on Monday.", "Ana Hall"),
    ("Tom Hunt said the plan was sound.", "Tom Hunt"),
    ("Ana Hall spoke at the meeting. Storm Reid said she liked it.", "Storm Reid"),
    ("The late John Hunt had warned him, Ana Ruiz said.", "John Hunt"),
    ("Ana Ruiz, 56, said she would run again.", "Ana Ruiz"),
])
def test_people_beside_such_words_stay_people(annotate_text, text, name):
    assert name in names(annotate_text(text).people)


def test_a_thousands_comma_is_no_age(annotate_text):
    ann = annotate_text("The missile hit a practice target on Vorkhov, 6,000 kilometres away, Ana Ruiz, 56, said.")
    ruiz = next(p for p in ann.people if p.name == "Ana Ruiz")
    assert ruiz.age == 56
    assert all(p.age != 6 for p in ann.people)


def test_a_name_after_an_institution_noun_is_that_institution_everywhere(nlp):
    from generator.nlp.kindnames import _institutions_named

    doc = nlp("Prosecutors say Ana Ruiz took bribes from Brazilian construction company Oderwald. "
              "Oderwald has admitted paying bribes. The company Ruiz founded closed, as did team Vidal. "
              "He condemned the killings by the Sudanese government Darfur.")
    named = _institutions_named(doc)
    assert "Oderwald" in named
    assert "Ruiz" not in named and "Vidal" not in named and "Darfur" not in named


def test_an_institution_may_speak(nlp):
    from generator.nlp.mentions import Mention
    from generator.nlp.notnames import not_a_name
    from generator.nlp.personhood import Clues

    said = Mention(0, 8, "Oderwald", "person", "person", Clues(speech=True, kind="institution"))
    assert not_a_name("oderwald", [said], Counter({"person": 1})) == "organization"
    # what the words call a place still gives way to speech ("Ana Vale said")
    placed = Mention(0, 8, "Ana Vale", "person", "person", Clues(speech=True, kind="place"))
    assert not_a_name("ana vale", [placed], Counter({"person": 1})) == ""


def test_a_name_before_a_shooting_range_is_a_place(nlp):
    from generator.nlp.kindnames import kind_of

    doc = nlp("A missile hit a practice target on the Tolvik shooting range, the ministry said.")
    span = next(s for s in [doc[i:i + 1] for i in range(len(doc))] if s.text == "Tolvik")
    assert kind_of(doc, span, doc[span.start - 1]) == "place"


def test_a_name_inside_a_works_title_is_no_one(nlp):
    from generator.nlp.kindnames import kind_of

    doc = nlp('"Keep speaking Spanish," writes Ana Ruiz, author of the book Slower is Better, in an email.')
    span = next(doc[i:i + 1] for i in range(len(doc)) if doc[i].text == "Better")
    assert kind_of(doc, span, doc[span.start - 1]) == "other"
    # the makers of a film named right after its noun are people
    doc = nlp("Critics praised the film Ana Ruiz and Bob Lee made last year.")
    span = next(doc[i:i + 2] for i in range(len(doc)) if doc[i].text == "Bob")
    assert kind_of(doc, span, doc[span.start - 1]) == ""


@pytest.mark.parametrize("text, word, expected", [
    ('"(Capitol) Hill will treat him as fair game," she said.', "Hill", True),
    ('"I think [President] Ruiz will sign it," Ana Vidal said.', "Ruiz", False),  # an editor's title
    ("WASHINGTON (Reuters) Vidal said on Monday that talks would go on.", "Vidal", False),  # a dateline
])
def test_an_editors_bracketed_first_word(nlp, text, word, expected):
    from generator.nlp.thingclues import bracketed_first_word

    doc = nlp(text)
    span = next(doc[i:i + 1] for i in range(len(doc)) if doc[i].text == word)
    assert bracketed_first_word(span) is expected
