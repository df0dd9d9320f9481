"""Organisation and place hygiene (session 12): a house number standing for its office ("No 10 said"), a
model's or mission's code ("Unha-3", "STS-134"), a prefix's adjective ("pro-Kremlin") and a product's
version typed a place are no organisation or place, or are one, as the words say."""

import pytest

from generator.nlp.orgs import not_a_name
from generator.nlp.orgthings import _designation


def kinds(ann):
    return {e.name: kind for kind in ("people", "places", "organizations") for e in getattr(ann, kind)}


@pytest.mark.parametrize("text", [
    "No 10 said the bill was fair and would pass.",
    "It was another bad day for No 10 as the vote was lost.",
])
def test_a_house_number_that_acts_or_is_placed_is_an_organisation(annotate_text, text):
    assert kinds(annotate_text(text)).get("No 10") == "organizations"


@pytest.mark.parametrize("text", [
    "He was ranked No 1 in the world last year.",
    "The No 2 official in the party resigned on Monday.",
])
def test_a_rank_is_no_organisation(annotate_text, text):
    assert not any(n.startswith("No ") for n in kinds(annotate_text(text)))


@pytest.mark.parametrize("name, code", [
    ("Unha-3", True), ("STS-134", True), ("F-16s", True), ("Covid-19", True), ("F-22 Raptor", True),
    ("G-20", False), ("G-7 Council", False), ("Channel 4", False), ("Al-Qaeda", False),
])
def test_a_models_or_missions_code_is_no_organisation_or_place(name, code):
    assert _designation(name) == code


@pytest.mark.parametrize("name, reason", [
    ("pro-Kremlin", "adjective"), ("Post-Brexit", "adjective"), ("Pro-Beijing", "adjective"),
    ("Co-op", ""), ("Anti-Defamation League", ""), ("Mid-Missouri", ""),
])
def test_a_prefix_and_a_hyphen_make_an_adjective(name, reason):
    assert not_a_name(name) == reason


def test_a_rocket_the_model_calls_an_organisation_is_none(annotate_text):
    found = kinds(annotate_text("North Korea said the Tarrow-3 rocket would carry a satellite. The "
                                "Tarrow-3 was launched on Friday."))
    assert "Tarrow-3" not in found


def test_a_title_alone_is_no_place(annotate_text):
    found = kinds(annotate_text("A detective for the Tarrow County Sheriff's office was given the files. "
                                "Mr. Ruiz said the Sheriff's detective was misled."))
    assert "Sheriff" not in found


def test_what_the_text_calls_a_group_is_an_organisation_where_it_is_placed(annotate_text):
    found = kinds(annotate_text("The centrist group Tarrow Way has made it the centerpiece of a package. "
                                "\"This was a vote,\" says Ana Ruiz, a senior fellow at Tarrow Way."))
    assert found.get("Tarrow Way") == "organizations" and found.get("Ana Ruiz") == "people"


def test_a_groups_possessive_name_leaves_the_country_a_place(annotate_text):
    found = kinds(annotate_text("Ana Ruiz, director of the group Tarrow's Voice, said the bill would fail. "
                                "It costs the taxpayers of Tarrow dearly."))
    assert found.get("Tarrow") != "organizations"
