"""A deed said never to have happened: "has denied the reality of the bombing", "continue to deny the
occurrence of the raid" (data/denied_deeds), and a source's own "We deny any role in the attack" in its
quote, deny the deed (as "denied the existence of the camps" did)."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("Mr. Roe's mother has denied the reality of the shooting.", "Mr. Roe's mother", "the reality of the shooting"),
    ("Officials in the capital continue to deny the occurrence of the raid on the village.",
     "Officials in the capital", "the occurrence of the raid on the village"),
    ('"We deny the reality of this so-called famine," a government spokesman said.', "a government spokesman",
     "the reality of this so-called famine"),
    ('"We deny any role in the attack," the group said in a statement.', "the group", "any role in the attack"),
    ('"I categorically deny any contact with the Russian envoy," Smith told reporters.', "Smith",
     "any contact with the Russian envoy"),
])
def test_a_deed_said_never_to_have_happened_is_denied(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_a_thing_withheld_in_a_quote_is_no_denial(annotate_text):
    claims = claims_of(annotate_text, '"We deny him entry," the guard said.')
    assert all(stance == "asserts" for _, _, stance in claims)
