"""Calling a person or an outlet a name ("calling her 'fake Pocahontas'") denies no claim: an unseen page
showed "denies: her 'fake Pocahontas'". Calling a report or allegations fake still denies them."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]


def test_a_name_for_a_person_denies_nothing(annotate_text):
    claims = claims_of(annotate_text, 'Mr Roe had long been calling her "fake Pocahontas".')
    assert not [c for c in claims if c.stance == "denies"]


@pytest.mark.parametrize("body, denied", [
    ("The minister called the report fake news.", "the report"),
    ("The minister called the allegations a hoax.", "the allegations"),
])
def test_calling_a_claim_false_denies_it(annotate_text, body, denied):
    assert [(c.text, c.stance) for c in claims_of(annotate_text, body)] == [(denied, "denies")]
