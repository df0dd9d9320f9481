"""A phrasal denial takes the claim after its preposition even when a day stands before it: "disagreed on
Thursday with claims that Z", "hit back on Friday at claims that Z", "disagreed on Sunday with Mr. Roe's
assertion that Z" deny Z (not "Thursday")."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("Jane Doe, a senator, disagreed on Thursday with claims that the tax would rise.", "Jane Doe, a senator",
     "the tax would rise"),
    ("The company hit back on Friday at claims that its phones could be used for spying.", "The company",
     "its phones could be used for spying"),
    ("Sen. Jane Doe disagreed on Sunday with Mr. Roe's assertion that the budget is balanced.", "Sen. Jane Doe",
     "the budget is balanced"),
])
def test_a_day_before_the_claim_is_not_what_is_denied(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)
