"""Who can be a source: a person, a group, a body or a document, never an event, "no one" or a bare
poll share; a document by a named body is that body's word; "the agency" is the agency named just
before. Short texts written for these tests."""

import pytest


def _speakers(ann):
    return {c.text: (c.speaker, c.source_type) for c in ann.claims}


@pytest.mark.parametrize("text, content", [
    # an event or an action the parser made a subject of a reporting verb is no source
    ("Analysts said the long summer of protests showed that the old coalition had run its course.",
     "the old coalition had run its course"),
    ("Critics said Norway's sudden tariffs showed that the trade pact was already dead.",
     "the trade pact was already dead"),
])
def test_an_event_or_action_is_no_source(annotate_text, text, content):
    got = _speakers(annotate_text(text))
    assert got[content] == (None, "unattributed")


@pytest.mark.parametrize("text, content", [
    ("No one said the bridge would open this year.", "the bridge would open this year"),
    ("Nobody claimed the ferry service was profitable.", "the ferry service was profitable"),
])
def test_no_one_is_no_speaker(annotate_text, text, content):
    """No one's words are no claim at all (tests/test_reader25b_real.py: "almost nobody believes Z"), not a
    claim left unattributed."""
    assert content not in _speakers(annotate_text(text))


def test_a_bare_poll_share_names_no_speaker(annotate_text):
    ann = annotate_text("In the survey, 41% of parents said the schools were safe, with 22% saying "
                        "they were not.")
    got = _speakers(ann)
    assert got["they were not"] == (None, "unattributed")
    assert any(s == "41% of parents" for s, _ in got.values())


def test_a_document_by_a_named_body_is_that_bodys_word(annotate_text):
    ann = annotate_text("The tunnel would cost twice as much as planned, according to a review Friday by "
                        "the National Audit Office.")
    got = _speakers(ann)
    assert got["The tunnel would cost twice as much as planned"] == ("the National Audit Office", "organization")


def test_the_agency_is_the_agency_named_just_before(annotate_text):
    ann = annotate_text("The Federal Aviation Administration said the airport had met every rule. "
                        "The agency said the new runway would open in May.")
    got = _speakers(ann)
    assert got["the new runway would open in May"] == ("Federal Aviation Administration", "organization")


def test_the_company_stays_as_written_when_no_company_was_named(annotate_text):
    ann = annotate_text("The Federal Aviation Administration said the airport had met every rule. "
                        "The company said the new runway would open in May.")
    got = _speakers(ann)
    assert got["the new runway would open in May"][0] == "The company"


def test_a_source_the_parser_hung_on_a_later_noun_still_speaks(annotate_text):
    ann = annotate_text("A new survey measuring reading habits in rural Welsh towns has found most adults read "
                        "every day.")
    claim = next(c for c in ann.claims if "most adults read" in c.text)
    assert claim.source_type == "document" and claim.speaker.startswith("A new survey")
