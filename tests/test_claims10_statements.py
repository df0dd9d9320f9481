"""A noun of saying held by the subject of its verb: "came to the conclusion that Z" is the subject's claim."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


@pytest.mark.parametrize("body, content, speaker", [
    ("Lee had known the pilot for years, and came to the conclusion that the harbour fees were too high.",
     "the harbour fees were too high", "Lee"),
    ("The inspector reached the conclusion that the dam was unsafe.", "the dam was unsafe", "The inspector"),
    ("The minister holds the view that taxes must fall.", "taxes must fall", "The minister"),
    # "its" is no source of its own: the subject who repeats the warning is
    ("The union repeated its warning that the plant would close.", "the plant would close", "The union"),
])
def test_the_subject_holding_a_noun_of_saying_is_its_source(annotate_text, body, content, speaker):
    ann = annotate_text(LEAD + body)
    assert [(c.text, c.speaker) for c in ann.claims if c.form != "credit"] == [(content, speaker)]


@pytest.mark.parametrize("body", [
    "The judge never reached the conclusion that the dam was unsafe.",  # negated: not the judge's claim
    "The board studied the conclusion that the dam was unsafe.",  # studying a conclusion is not holding it
])
def test_a_noun_of_saying_not_held_by_the_subject_is_no_claim(annotate_text, body):
    ann = annotate_text(LEAD + body)
    assert [c.text for c in ann.claims if c.form != "credit"] == []
