"""A claim reported inside a relative clause ("the cartel, which officials say was the biggest
supplier") reads alone: its words leave out the report's speaker and cue, and the page opens them
with what the clause is about."""

import pytest

from generator.brief import display

LEAD = "The meeting took place on Monday.\n\n"


@pytest.mark.parametrize("body, content, shown, speaker", [
    ("He once ran the Delta gang, which officials say was the largest supplier of arms in the region.",
     "was the largest supplier of arms in the region",
     "the Delta gang was the largest supplier of arms in the region", "officials"),
    ("The jury heard from Ann Cole, who investigators said had hidden the money.", "had hidden the money",
     "Ann Cole had hidden the money", "investigators"),
    ("She showed a letter that she said proves the deal was signed.", "proves the deal was signed",
     "a letter proves the deal was signed", "she"),
])
def test_a_relative_clause_s_claim_opens_with_what_it_is_about(annotate_text, body, content, shown, speaker):
    claims = [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]
    assert [(c.text, c.speaker) for c in claims] == [(content, speaker)]
    assert display(claims[0]) == shown


def test_a_claim_with_its_own_subject_is_shown_as_written(annotate_text):
    claims = [c for c in annotate_text(LEAD + "Officials said the Delta gang was the largest supplier.").claims]
    assert [display(c) for c in claims] == ["the Delta gang was the largest supplier"]


def test_a_relative_clause_whose_verb_does_not_fit_the_noun_before_is_left_as_written(annotate_text):
    body = "The country keeps about 800 troops in Chad, which officials say are there to train soldiers."
    claims = [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]
    assert claims and not [display(c) for c in claims if display(c).startswith("Chad")]
