"""A source taking up the claim another has just made makes it too, with its stance (data/seconding_verbs):
"Jane Doe echoed the assessment" after a denial denies the same claim; "echoed those comments" after an
assertion asserts it. Not a thing named there ("echoed the report on the budget")."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content, stance", [
    ('"It would be wrong to suggest that the plant has been tested," spokesman John Roe said. Jane Doe echoed the'
     " assessment.", "Jane Doe", "the plant has been tested", "denies"),
    ("The mayor denied that the budget was short. His deputy, Ann Lee, has echoed that denial.",
     "His deputy, Ann Lee", "the budget was short", "denies"),
    ("Sen. Tom Roe said the bridge was safe. On Tuesday the state's engineers seconded those remarks.",
     "the state's engineers", "the bridge was safe", "asserts"),
])
def test_a_claim_echoed_is_made_again_with_its_stance(annotate_text, body, speaker, content, stance):
    assert (speaker, content, stance) in claims_of(annotate_text, body)


def test_a_thing_echoed_that_is_named_there_is_no_claim_taken_up(annotate_text):
    claims = claims_of(annotate_text, "Sen. Tom Roe said the bridge was safe. Jane Doe echoed the report on the budget.")
    assert all(speaker != "Jane Doe" for speaker, _, _ in claims)
