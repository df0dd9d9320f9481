"""A verb of saying with a particle that gives it another meaning says nothing: "sometimes they add up to
more than the sum" is no claim of "they" (an unseen page showed "Sometimes they cancel each other out —
they, add" graded D); "she added" and "the numbers do not add up" inside a report stay as they were."""

import pytest


def said(annotate_text, body):
    return [(c.text, c.speaker) for c in annotate_text("The session ended late.\n\n" + body).claims
            if c.form != "credit"]


@pytest.mark.parametrize("body", [
    "Some rows fade fast. Sometimes they cancel each other out, sometimes they add up to more than the sum of "
    "their parts.",
    "Small delays are common. Taken together, they add up to weeks of lost work.",
    "The twins wore the same coats, and the teachers could hardly tell them apart, the school said.",
])
def test_a_phrasal_verb_of_another_meaning_is_no_cue(annotate_text, body):
    got = said(annotate_text, body)
    assert not [s for _, s in got if s and s.lower() in ("they", "the teachers")], got


def test_a_plain_cue_and_a_reported_phrasal_verb_stay(annotate_text):
    got = said(annotate_text, "\u201cWe will win,\u201d she added. Critics said the numbers do not add up.")
    assert ("We will win", "she") in got and ("the numbers do not add up", "Critics") in got, got
