""""Too early to say what Z" puts no claim in doubt (a wh-question, as "unclear how Z"), while "too early to
say whether Z" questions Z. Sentences written for these tests."""

import pytest

LEAD = "The bridge opened on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.speaker, c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body", [
    "Engineers warn it is too early to say what caused the collapse of the old bridge.",
    "The mayor said it is too soon to say who was responsible for the fire at the depot.",
    "Inspectors said it was too early to tell how the water got into the tunnel.",
])
def test_too_early_to_say_a_wh_question_questions_nothing(annotate_text, body):
    assert not [c for c in said(annotate_text, body) if c[2] == "questions"]


@pytest.mark.parametrize("body, content", [
    ("Engineers said it was too early to tell whether the bolts had failed.", "the bolts had failed"),
    ("The mayor said it is too soon to say whether the contractor was at fault.", "the contractor was at fault"),
])
def test_too_early_to_say_whether_still_questions(annotate_text, body, content):
    assert any(text == content and stance == "questions" for _, text, stance in said(annotate_text, body))
