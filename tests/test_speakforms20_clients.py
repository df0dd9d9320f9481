""""Roe's lawyer said his client denies it": the client in a lawyer's words is the person the lawyer
speaks for; a client with no one named as the lawyer's stays unnamed. Short texts written for these tests."""

import pytest


@pytest.mark.parametrize("body", [
    "Developer Omar Castell was charged on Monday. Mr Castell's attorney said his client rejects the charges.",
    "Developer Omar Castell was charged on Monday. A lawyer for Castell, Jan Ek, said his client rejects the charges.",
])
def test_the_client_is_whom_the_lawyer_speaks_for(annotate_text, body):
    claim = next(c for c in annotate_text(body).claims if c.text == "the charges")
    assert claim.speaker_id == "omar-castell"


def test_a_client_of_a_lawyer_for_no_one_named_stays_unnamed(annotate_text):
    ann = annotate_text("Developer Omar Castell was charged on Monday. A defence lawyer said his client rejects the charges.")
    claim = next(c for c in ann.claims if c.text == "the charges")
    assert claim.speaker_id is None
