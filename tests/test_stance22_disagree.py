"""A bare disagreement that goes on to give its reasons ("But the judge disagreed, writing that …") still
denies the claim just made, and the whole of it, its reason too. Sentences written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, denied", [
    # a disagreement followed by a participle of saying: the reasons are the judge's own claim, and the
    # disagreement denies what the lawyers argued
    ("Lawyers for the builder had argued that the permit was invalid. But Judge Lena Marsh disagreed, writing "
     "that the date did not matter.", "the permit was invalid"),
    ("The union had claimed that the mill would close in June. The owner disagreed, saying that "
     "orders were up.", "the mill would close in June"),
    # the whole claim, its reason too: a bare "disagreed" points at no part of it
    ("Lawyers for the builder had argued that the permit was invalid because it was signed late. But Judge "
     "Lena Marsh disagreed, writing that the date did not matter.",
     "the permit was invalid because it was signed late"),
])
def test_a_disagreement_giving_reasons_denies_the_claim_before(annotate_text, body, denied):
    got = said(annotate_text, body)
    assert (denied, "denies") in got
    assert any(stance == "asserts" and text.endswith(("did not matter", "orders were up")) for text, stance in got)
