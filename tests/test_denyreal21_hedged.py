"""A denial pointing back ("denied the claim", "has denied the reports", "rejected the allegation") with no
source's claim before it denies the clause the writer hedged as someone's claim ("had allegedly demanded",
"reportedly sold", "supposedly kept"; data/hedge_adverbs), not the bare words "the claim"."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("The city had allegedly demanded the fee be paid before the permit was issued. Mayor John Roe denied the claim"
     " on Friday.", "Mayor John Roe", "The city had allegedly demanded the fee be paid before the permit was issued"),
    ("The firm reportedly sold the data to a rival last year. The company has denied the reports.", "The company",
     "The firm reportedly sold the data to a rival last year"),
    ("The minister supposedly kept the letters at home. Her office rejected the allegation.", "Her office",
     "The minister supposedly kept the letters at home"),
])
def test_a_denial_pointing_back_takes_the_hedged_clause(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_a_relative_clause_hedged_is_not_taken(annotate_text):
    claims = claims_of(annotate_text, "The mayor, who allegedly took bribes, denied the claims.")
    assert all(not text.startswith("who allegedly") for _, text, _ in claims)
