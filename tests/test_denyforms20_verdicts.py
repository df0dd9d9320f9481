"""Verdicts of falsity from the denial grid (benchmarks/forms/denials.jsonl), each pinned by a sentence
written for the test: a thing called what only a statement can be ("the numbers were untrue", "the
timeline is not accurate") is a claim denied, whatever its noun (not a decision called "not correct", nor
people called "not accurate"); a clause joined to the verdict by "and" ("said the story was untrue and that
Z", "The charges are false and we will fight them") is the source's own further claim, asserted."""

import pytest

LEAD = "The hearing opened on Thursday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("The farm bureau said the drought numbers were untrue.", "The farm bureau", "the drought numbers"),
    ("A spokeswoman for the museum said the timeline in the book is not accurate.", "A spokeswoman for the museum",
     "the timeline in the book"),
])
def test_a_thing_called_untrue_is_a_claim_denied(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    "The farm bureau said the drought aid was not correct for small farms.",
    "The coach said the young players were not accurate enough.",
    "The farm bureau said the drought figures were true.",
])
def test_no_verdict_of_falsity_no_denial(annotate_text, body):
    assert {stance for _, _, stance in claims_of(annotate_text, body)} <= {"asserts"}


@pytest.mark.parametrize("body, speaker, denied, besides", [
    ("The harbour master said the rumour was false and that the ferry would sail on Friday.", "The harbour master",
     "the rumour", "the ferry would sail on Friday"),
    ('"The accusations are untrue and we will answer them in court," said Omar Farouk, the club\'s lawyer.',
     "Omar Farouk, the club's lawyer", "The accusations", "we will answer them in court"),
])
def test_a_clause_joined_to_a_verdict_is_asserted(annotate_text, body, speaker, denied, besides):
    claims = claims_of(annotate_text, body)
    assert (speaker, denied, "denies") in claims
    assert (speaker, besides, "asserts") in claims


def test_a_finding_set_beside_another_is_no_denial(annotate_text):
    claims = claims_of(annotate_text, "The survey contradicts a conclusion by the auditors that the pension fund was solvent.")
    assert all(stance != "denies" for _, _, stance in claims)


@pytest.mark.parametrize("body, speaker, content", [
    ('The tabloid reported that the striker had failed a drug test. "That is fake news," the striker said.',
     "the striker", "the striker had failed a drug test"),
    ("A blog wrote that the bishop had sold the chapel. The bishop said it was fake news.",
     "The bishop", "the bishop had sold the chapel"),
])
def test_fake_news_pointing_back_denies_the_claim(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_a_relative_clause_after_a_comma_is_no_part_of_what_is_denied(annotate_text):
    claims = claims_of(annotate_text, "The bishop denied the rumours, which he said were spread by rivals.")
    assert ("The bishop", "the rumours", "denies") in claims
