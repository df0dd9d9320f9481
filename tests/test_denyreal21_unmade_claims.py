"""A claim said never to have been made is no claim denied: "there are no claims of responsibility", "there
have been no reports of injuries", "there is no suggestion that Z" say that no one has said it (asserted as
said), while "there was no collusion" still denies the deed claimed (data/saying_nouns)."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body", [
    '"At this stage there are no claims of responsibility," police officials said on Monday.',
    "A hospital spokeswoman said there had been no reports of injuries at the plant.",
    "So far there has been no claim of responsibility for the blast, the interior ministry says.",
    "Jones told reporters there is no suggestion that the mayor knew about the payments.",
])
def test_a_claim_said_not_to_have_been_made_is_asserted(annotate_text, body):
    claims = claims_of(annotate_text, body)
    assert claims and all(stance == "asserts" for _, _, stance in claims)


@pytest.mark.parametrize("body, content", [
    ('"There was no collusion," Smith said.', "collusion"),
    ("The company said there had been no wrongdoing by its staff.", "wrongdoing by its staff"),
])
def test_a_deed_said_not_to_exist_is_still_denied(annotate_text, body, content):
    assert any(text == content and stance == "denies" for _, text, stance in claims_of(annotate_text, body))
