"""A claim called false in a small clause: "called a senator's account of the call "totally fabricated"" denies
the account, however the parser hangs it (as the verb's object, or as the subject of the verdict's own
clause). A verdict that is no word of falsity ("totally unacceptable") denies nothing. Sentences written for
these tests."""

import pytest

LEAD = "The call took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.speaker, c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, who, content", [
    ("The governor later called a state senator's account of the phone call \"totally fabricated\".",
     "The governor", "a state senator's account of the phone call"),
    ("The club later called a UK tabloid's story about the transfer \"completely fabricated\".",
     "The club", "a UK tabloid's story about the transfer"),
])
def test_a_claim_called_false_is_denied(annotate_text, body, who, content):
    assert (who, content, "denies") in said(annotate_text, body)
