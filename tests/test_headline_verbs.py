"""A Title Case headline's or a timeline line's verb glued to a name is no part of it; a name particle
cut off a first name stays the name's; a box's byline naming the reporter's post is a credit."""

import pytest


@pytest.mark.parametrize("text, person", [
    # a timeline line's verb in -ies after its colon
    ("Timeline of his rule\n\n1980: Becomes prime minister\n1996: Marries Dora Quist in a lavish ceremony\n\n"
     "Okafor ruled for decades.", "Dora Quist"),
    # a verb that is a first name too, after an adverb in a headline run into its paragraph
    ("-- The Voters Really, Really Love Dora Quist: Party nominee Tom Quist's wife spoke on Tuesday.",
     "Dora Quist"),
    # the same, where the text writes the full name elsewhere without the verb
    ("The Voters All Love Dora Quist\n\nThe crowd loved Dora Quist when she spoke on Tuesday.", "Dora Quist"),
    # a verb after the name, the headline going on after it
    ("Could Peter Okafor Lure Younger Voters To The Party?\n\nPeter Okafor is the party's pick. He is young.",
     "Peter Okafor"),
])
def test_headline_verb_is_cut_from_the_name(annotate_text, text, person):
    ann = annotate_text(text)
    names = [p.name for p in ann.people]
    assert person in names
    assert all(n == person or person not in n for n in names)


def test_name_the_text_writes_in_a_sentence_keeps_its_verb_like_surname(annotate_text):
    # a schedule line reads as Title Case, but the body writes the full name in a sentence
    ann = annotate_text("Summit schedule\n\n18:00 GMT - Press conference by Council President Donald Whisk and "
                        "Commission President Ana Ruiz\n\nCouncil President Donald Whisk said the talks were hard.")
    names = [p.name for p in ann.people]
    assert "Donald Whisk" in names and "Donald" not in names


def test_surname_alone_before_a_headline_verb(annotate_text):
    ann = annotate_text("Could Okafor Lure Younger Voters To The Party?\n\n"
                        "Peter Okafor is the party's pick for the post. Okafor is young.")
    assert [p.name for p in ann.people] == ["Peter Okafor"]


def test_country_then_headline_verb_is_no_person(annotate_text):
    ann = annotate_text("US, China Spar On Cyber Security Issue\n\nThe two countries argued over hacking on Monday.")
    assert not ann.people
    assert "China" in [p.name for p in ann.places]


@pytest.mark.parametrize("text", [
    "Love Dora Quist said the vote was fair. Quist left early.",  # a first name in a sentence stays
    "Grant Allen Miller said the vote was fair. Miller left.",
    "The hall was full. Then Mark Allen Quist said the vote was fair.",
])
def test_verb_like_first_name_in_a_sentence_stays(annotate_text, text):
    ann = annotate_text(text)
    name = text.split(" said")[0].split(". ")[-1].removeprefix("Then ")
    assert name in [p.name for p in ann.people]


@pytest.mark.parametrize("text, person", [
    # the model cuts "Sgt La" off "David Brooks", or runs the rank and the particle into an organisation
    ("Soldiers honored Sgt La David Brooks at the funeral. Brooks was killed in the ambush.", "La David Brooks"),
    ("The widow of Army Sgt La David Brooks said the call hurt. Brooks was killed in the ambush.",
     "La David Brooks"),
    ("Soldiers honored Sgt De Andre Brooks at the funeral. Brooks was killed in the ambush.", "De Andre Brooks"),
])
def test_particle_first_name_is_not_cut(annotate_text, text, person):
    names = [p.name for p in annotate_text(text).people]
    assert names == [person]


def test_box_byline_with_the_reporters_post_is_a_credit(annotate_text):
    ann = annotate_text("The debate in parliament went on late.\n\n"
                        "By Test News Parliamentary Correspondent Ana Ruiz\n\n"
                        "The vote was close, and ministers were nervous about the result.")
    assert not ann.people
