"""A description of a person the text does not name is an unnamed source, not the place or body its
words mention ("the Lyon prosecutor", "one senior Tory strategist"). Short texts written for these tests."""

import pytest


@pytest.mark.parametrize("body, content", [
    ("Police searched the flat on Monday. The Lyon prosecutor said the suspects had fled by car.",
     "the suspects had fled by car"),
    ("The vote is close. One senior Tory strategist said the party could lose the seat.",
     "the party could lose the seat"),
])
def test_a_person_described_by_a_place_or_body_is_an_unnamed_source(annotate_text, body, content):
    claim = next(c for c in annotate_text(body).claims if c.text == content)
    assert claim.source_type == "anonymous"
