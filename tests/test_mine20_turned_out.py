"""A participle of finding or showing after a noun says what the noun turned out to be ("a theory later
found to be wrong"): no one's finding, and the noun is no source (an unseen page showed "a view" as an
anonymous source of the sentence before it); a study's finding stays its claim."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body", [
    "The bureau has erred before, issuing a forecast in 1998 that drove the price of grain to record highs -- "
    "a forecast later found to be wrong.",
    "The council relied on a survey, a survey afterwards shown to be badly flawed.",
])
def test_what_the_noun_turned_out_to_be_is_no_claim(annotate_text, body):
    assert [(c.speaker, c.source_type) for c in claims_of(annotate_text, body)] == []


def test_a_study_s_finding_stays_its_claim(annotate_text):
    claims = claims_of(annotate_text, "The study found that the forecast had been far too low.")
    assert [(c.text, c.speaker) for c in claims] == [("the forecast had been far too low", "The study")]
