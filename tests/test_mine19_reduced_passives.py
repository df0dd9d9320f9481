"""A verb of believing or saying that only describes its noun ("The student believed to have set off the
bombs was taken into custody") makes no claim, and the noun is no speaker (an unseen page showed the
suspect as the source of his own arrest); a belief someone holds stays a claim."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body", [
    "The 19-year-old college student believed to have set off the fires was taken into custody tonight, "
    "bringing relief to the town.",
    "The man believed to be the driver was arrested on Friday.",
])
def test_a_described_noun_is_no_speaker(annotate_text, body):
    assert claims_of(annotate_text, body) == []


def test_a_belief_someone_holds_stays_a_claim(annotate_text):
    claims = claims_of(annotate_text, "Police believed the driver was still in the city.")
    assert [(c.text, c.speaker) for c in claims] == [("the driver was still in the city", "Police")]


def test_a_feeling_someone_may_have_is_no_one_s_claim(annotate_text):
    body = "Residents can be confident that the danger has passed, the chief said."
    claims = claims_of(annotate_text, body)
    assert [c.speaker for c in claims] == ["the chief"]


def test_a_feeling_someone_has_stays_their_claim(annotate_text):
    claims = claims_of(annotate_text, "The mayor is confident that the danger has passed.")
    assert [(c.text, c.speaker) for c in claims] == [("the danger has passed", "The mayor")]
