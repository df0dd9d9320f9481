"""A claim "on" a medium or a day is a statement made there, not an entitlement claimed on something: "denied
the claim on Twitter on Friday", "rejected the claims on television" point back to the claim just made, as
"denied the claim" does (data/said_on_nouns); "40,000 claims on the estate" stay a thing claimed."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("Earlier reports said that the city had been billed for the repairs. Mayor John Roe denied the claim on Twitter"
     " on Friday.", "Mayor John Roe", "the city had been billed for the repairs"),
    ("Sen. Jane Doe said the bridge was unsafe. Governor Tom Roe rejected the claims on television.",
     "Governor Tom Roe", "the bridge was unsafe"),
    ("The firm reportedly sold the data to a rival last year. Its chief executive, Ann Lee, disputed the reports on"
     " Facebook.", "Its chief executive, Ann Lee", "The firm reportedly sold the data to a rival last year"),
])
def test_a_claim_denied_on_a_medium_points_back(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_claims_on_a_thing_are_no_claim_denied(annotate_text):
    assert all(stance != "denies" for _, _, stance in claims_of(annotate_text, "The court rejected 40,000 claims on the estate."))
