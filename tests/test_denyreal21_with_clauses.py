"""The words a with-clause's cue reports are judged as a cue's words are: "..., with officials saying there
was no evidence that Z" denies Z, "..., with officials saying the allegations were false" denies them, even
when the parser made the speaker the object of "with" (withclauses adds the claim)."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("An earlier suspect was freed on Tuesday, with officials saying there was no evidence to link him to the fire.",
     "officials", "to link him to the fire"),
    ("An earlier suspect was freed from custody on Tuesday, with officials saying there was no evidence that he had"
     " started the fire.", "officials", "he had started the fire"),
    ("An earlier suspect, a student, was released on Monday, with officials saying the allegations were false.",
     "officials", "the allegations"),
])
def test_a_with_clause_calling_a_claim_false_denies_it(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_a_with_clause_saying_no_reason_asserts(annotate_text):
    claims = claims_of(annotate_text, "The mayor resigned, with aides saying there was no reason to stay.")
    assert claims and all(stance == "asserts" for _, _, stance in claims)
