"""A name is never cut (session 12, issue #14): at a hyphen (a hyphenated place name linked by a place's
lower-case words is named whole; a hyphenated slogan ("X-for-All") is no organisation or place), nor
after a capitalised number word opening it ("Seven Sisters Road")."""

import pytest

from generator.nlp.hyphenchains import chain


def kinds(ann):
    return {e.name: kind for kind in ("people", "places", "organizations") for e in getattr(ann, kind)}


def test_a_hyphenated_place_name_is_named_whole(annotate_text):
    got = kinds(annotate_text("She grew up in Stratford-upon-Avon, Warwickshire, and later moved to Leeds."))
    assert "Stratford" not in got
    assert got.get("Stratford-upon-Avon", "places") == "places"


@pytest.mark.parametrize("text", [
    "The senator defended his Medicare-for-All plan at the rally on Tuesday.",
    "Critics of the Stay-in-Canada rule say migrants wait for months.",
])
def test_a_hyphenated_slogan_is_no_organisation_or_place(annotate_text, text):
    got = kinds(annotate_text(text))
    assert not {"Medicare", "Canada", "Medicare-for-All", "Stay-in-Canada"} & set(got)


@pytest.mark.parametrize("text, span, bounds", [
    ("in Weston-super-Mare, Somerset", (3, 9), (3, 20)),
    ("a US-led coalition", (2, 4), (2, 8)),
    ("the Green Party said", (4, 15), (4, 15)),
])
def test_the_chain_around_a_name(text, span, bounds):
    assert chain(text, *span) == bounds


def test_a_number_word_opening_a_name_is_part_of_it(annotate_text):
    got = kinds(annotate_text(
        "The van hit worshippers near Muslim Welfare House on Seven Sisters Road, which is also a community centre."))
    assert "Sisters Road" not in got
    assert "Seven Sisters Road" in got


def test_a_number_word_opening_a_sentence_stays_a_number(annotate_text):
    got = kinds(annotate_text("Seven Harbour Union members quit on Monday."))
    assert not any(n.startswith("Seven") for n in got)
