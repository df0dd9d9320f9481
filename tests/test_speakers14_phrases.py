"""What a speaker phrase holds: the occasion the words were given in ("in a statement released
Monday", "during an interview") after a speaker's appositive is no part of the role. Short texts
written for these tests."""

import pytest


def _speakers(ann):
    return {c.text: (c.speaker, c.source_type) for c in ann.claims}


@pytest.mark.parametrize("text, content, speaker", [
    ('"We are doing everything we can," said Maria Lopez, a Transport Department spokesperson in a '
     'statement released Tuesday.', "We are doing everything we can",
     "Maria Lopez, a Transport Department spokesperson"),
    ('"It will take weeks," Ann Cole, the port director, said during an interview on Monday.',
     "It will take weeks", "Ann Cole, the port director"),
])
def test_the_occasion_after_an_appositive_is_no_part_of_the_role(annotate_text, text, content, speaker):
    assert _speakers(annotate_text(text))[content] == (speaker, "named")


def test_a_role_in_a_field_is_kept(annotate_text):
    got = _speakers(annotate_text("Tom Reed, a professor in economics at the university, said the costs "
                                  "would rise."))
    assert got["the costs would rise"] == ("Tom Reed, a professor in economics at the university", "named")


@pytest.mark.parametrize("text, content, speaker", [
    ("Many Democrats said the plan was too expensive.", "the plan was too expensive", "Many Democrats"),
    ("The tax rose in May. Some Americans said the new tax was unfair.", "the new tax was unfair", "Some Americans"),
    ("Several Canadians said the border rules were too strict.", "the border rules were too strict", "Canadians"),
])
def test_some_members_of_a_party_or_people_are_unnamed(annotate_text, text, content, speaker):
    assert _speakers(annotate_text(text))[content] == (speaker, "anonymous")


def test_a_party_alone_is_the_party(annotate_text):
    got = _speakers(annotate_text("Republicans said the vote would go ahead."))
    assert got["the vote would go ahead"] == ("Republicans", "organization")


def test_a_year_alone_is_no_speaker(nlp):
    from generator.nlp.claims.speakable import a_time

    doc = nlp("Back in the day, 1999 was calling for the navy to be rebuilt, she joked.")
    year = next(t for t in doc if t.text == "1999")
    assert a_time("1999", year)
    assert not a_time("the council", next(t for t in doc if t.text == "navy"))


@pytest.mark.parametrize("text, content, speaker", [
    ("A March 2016 Daily Herald article said the mayor had lied.", "the mayor had lied", "Daily Herald"),
    ("A 2016 Guardian report found that the river was polluted.", "the river was polluted", "Guardian"),
    ("Two of the clips were included in a December 2017 New Pinecrest Times article that explained how the "
     "city ran a secret program for years.", "how the city ran a secret program for years", "New Pinecrest Times"),
])
def test_a_piece_a_named_outlet_printed_is_the_outlets(annotate_text, text, content, speaker):
    assert _speakers(annotate_text(text))[content] == (speaker, "organization")


def test_a_bodys_statement_stays_a_document(annotate_text):
    got = _speakers(annotate_text("A White House statement said the talks had failed."))
    assert got["the talks had failed"] == ("A White House statement", "document")


def test_a_name_its_appositive_calls_an_outlet_is_an_organisation(annotate_text):
    ann = annotate_text("The levy is popular in the north. Marble, hardly a left-leaning outlet, reported in May that "
                        "while the mayor has praised the levy, support falls when people see the bills.")
    got = _speakers(ann)
    content = "while the mayor has praised the levy, support falls when people see the bills"
    assert got[content] == ("Marble, hardly a left-leaning outlet", "organization")


@pytest.mark.parametrize("text, content", [
    ("Ann Roe and Tom Vidal met on Monday. Neither man thinks trade will decide this race.",
     "trade will decide this race"),
    ("Neither side said the deal was dead.", "the deal was dead"),
])
def test_neither_is_no_speaker(annotate_text, text, content):
    assert _speakers(annotate_text(text))[content] == (None, "unattributed")
