"""A modal in a speaker's own quoted words is theirs, not the text's hedge on the claim: no grade drop."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claim_with(annotate_text, body, words):
    ann = annotate_text(LEAD + body)
    return next(c for c in ann.claims if words in c.text)


class TestQuotedModalIsNoHedge:
    @pytest.mark.parametrize("body, words", [
        ('"We could have won the harbor seat with a better map," said Ana Ruiz.', "harbor seat"),
        ('Tom Vidal quit the board, saying the vote had been "far worse than I could have feared."', "far worse"),
        ('"You may have heard about the depot," Laura Castell told the council.', "heard about the depot"),
    ])
    def test_no_hedge_reason(self, annotate_text, body, words):
        claim = claim_with(annotate_text, body, words)
        assert "hedge" not in claim.qualifiers
        assert not any("hedged" in r for r in claim.grade_reasons), claim.grade_reasons

    def test_quote_over_two_sentences(self, annotate_text):
        body = '"The ferry runs on time. They could have fixed the pier years ago," said Ana Ruiz.'
        claim = claim_with(annotate_text, body, "fixed the pier")
        assert "hedge" not in claim.qualifiers
