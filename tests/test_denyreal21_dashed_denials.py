"""A bare claim noun after a spaced dash denies the clause before it, as after a comma, though the parser
reads the dash as a hyphen of the noun phrase: "was accused of taking bribes from a building firm - claims he
denied", "... - allegations it has denied"; the claim before ends at the dash."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("Mr Garcia was accused of taking bribes from a building firm - claims he denied.", "Mr Garcia",
     "taking bribes from a building firm"),
    ("The board was accused of hiding losses from its members - allegations it has denied.", "The board",
     "hiding losses from its members"),
])
def test_a_charge_denied_after_a_dash_is_denied(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_a_claim_denied_after_a_dash_ends_at_the_dash(annotate_text):
    claims = claims_of(annotate_text, "Police say Ms Doe sold the stolen cars to a dealer - claims she denied.")
    assert ("Police", "Ms Doe sold the stolen cars to a dealer", "asserts") in claims
    assert any(text == "Ms Doe sold the stolen cars to a dealer" and stance == "denies" for _, text, stance in claims)
