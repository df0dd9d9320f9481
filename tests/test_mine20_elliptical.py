"""A content that is only a pronoun and an auxiliary ("… the town that most had predicted for weeks that it
would — Leeds", "Ruiz said she would") leaves out its verb: no claim a briefing can show (an unseen page
made "it would — Ohio — most (organization)" its first key point); a content with its verb stays."""

import pytest

LEAD = "The count ended on Friday.\n\n"


def said(annotate_text, body):
    return [(c.text, c.speaker) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body", [
    "In the end, it came down to the town that most had been predicting for weeks that it would — Leeds.",
    "The mayor spoke after the count, and Ana Ruiz said she might.",
])
def test_a_pronoun_and_an_auxiliary_is_no_claim(annotate_text, body):
    assert said(annotate_text, body) == []


@pytest.mark.parametrize("body, content", [
    ("The mayor said it would not be easy.", "it would not be easy"),
    ("Ana Ruiz said she would run again.", "she would run again"),
])
def test_a_content_with_its_verb_stays(annotate_text, body, content):
    assert [c for c, _ in said(annotate_text, body)] == [content]


def test_the_answer_to_a_question_its_sentence_asks_stays(annotate_text):
    body = "Ruiz was asked by a reporter whether she would run again, and she said she would."
    assert "she would" in [c for c, _ in said(annotate_text, body)]


def test_a_pronoun_said_of_a_pronoun_is_a_claim(annotate_text):
    assert said(annotate_text, "The council warns 'this is it'.") == [("this is it", "The council")]


def test_a_negated_contrast_stays(annotate_text):
    body = "In the survey, 41% of parents said the schools were safe, with 22% saying they were not."
    assert "they were not" in [c for c, _ in said(annotate_text, body)]
