"""A source saying in its own words that a deed another source said was done was not done denies it: "Activists
say the plant leaked chemicals. The owners insist the plant never leaked chemicals" (the same verb, a noun it
takes the same). A negative sentence that answers no such claim, or only forecasts ("will not approve"), or
tells another deed ("did not see the cyclist" after "hit a cyclist") stays asserted. Sentences written for
these tests."""

import pytest

LEAD = "The hearing took place on Tuesday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.speaker, c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, who, content", [
    ("Activists say the Orvell plant leaked chemicals into the river. The owners insist the plant never leaked chemicals.",
     "The owners", "the plant never leaked chemicals"),
    ('The columnist said her laptops had been "compromised". "The bureau has never compromised her laptops," a spokesman said.',
     "a spokesman", "The bureau has never compromised her laptops"),
    ("The union said the Kessby firm cut wages in May. The firm said it did not cut wages.",
     "The firm", "it did not cut wages"),
])
def test_a_deed_said_not_done_denies_the_claim_it_was(annotate_text, body, who, content):
    assert (who, content, "denies") in said(annotate_text, body)


@pytest.mark.parametrize("body", [
    "Police said the driver hit a cyclist on Dunmore Road. The driver said he did not see the cyclist.",
    "The mayor said the council approved the budget. Critics said the council will not approve the plan.",
    "The coach said the team did not lose heart after the defeat.",
])
def test_a_negative_sentence_answering_no_such_claim_asserts(annotate_text, body):
    assert not [c for c in said(annotate_text, body) if c[2] == "denies"]
