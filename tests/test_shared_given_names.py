"""Given names listed before one shared surname ("Ana and Luis Ruiz"), and spellings of one person
written equally often: short texts written for these tests."""

import pytest


def names(ann):
    return [p.name for p in ann.people]


@pytest.mark.parametrize("text, want", [
    ("Brothers Ramon and Esteban Kovacs were arrested on Monday.", {"Ramon Kovacs", "Esteban Kovacs"}),
    ("Gloria, Nadia and Felipe Marquez visited the school.", {"Gloria Marquez", "Nadia Marquez", "Felipe Marquez"}),
])
def test_listed_given_names_share_the_surname(annotate_text, text, want):
    got = names(annotate_text(text))
    assert want <= set(got)
    assert not {n for n in got if len(n.split()) == 1}


def test_listed_given_name_joins_the_full_name_written_elsewhere(annotate_text):
    ann = annotate_text("Carla and Tomas Herrera gave money to the museum. Carla Herrera is a painter.")
    assert names(ann).count("Carla Herrera") == 1 and "Carla" not in names(ann)


@pytest.mark.parametrize("text, want", [
    # a surname listed before a full name is another person
    ("Clinton and Joe Biden spoke on Friday. Bill Clinton laughed.", {"Bill Clinton", "Joe Biden"}),
    # two full names stay two people
    ("Ana Diaz and Luis Ruiz met in the city.", {"Ana Diaz", "Luis Ruiz"}),
])
def test_other_lists_of_names_are_left_alone(annotate_text, text, want):
    assert set(names(annotate_text(text))) == want


@pytest.mark.parametrize("first, second", [("Kaleigh", "Kayleigh"), ("Kayleigh", "Kaleigh"),
                                           ("Kristin", "Kristen"), ("Kristen", "Kristin")])
def test_equal_spellings_take_the_commoner_given_name(annotate_text, first, second):
    # written once each, in either order: the census's commoner given name names the page
    ann = annotate_text(f"{first} Brandt, the press secretary, spoke on Monday. "
                        f"Reporters asked {second} Brandt about the plan.")
    want = "Kayleigh Brandt" if "Kaleigh" in (first, second) else "Kristen Brandt"
    assert names(ann) == [want]


def test_the_more_often_written_spelling_still_wins(annotate_text):
    ann = annotate_text("Kristin Brandt spoke on Monday. Kristin Brandt left early. Reporters asked Kristen Brandt "
                        "about the plan.")
    assert names(ann) == ["Kristin Brandt"]


@pytest.mark.parametrize("text", [
    "Reps. Frank Tolan of Georgia and Jim Petrakis of Ohio wrote the letter.",
    "The letter came from Virginia and Jim Petrakis signed it.",
    "Voters in Virginia and Jim Petrakis agree.",
])
def test_a_place_before_and_is_no_given_name(annotate_text, text):
    names_ = [p.name for p in annotate_text(text).people]
    assert not any(n.startswith(("Georgia", "Virginia")) for n in names_)


@pytest.mark.parametrize("text", [
    "Britain's Prince Carlos and Margaret Whitford met the players.",
    "Senator Ana Diaz Carlos and Margaret Whitford met the players.",
])
def test_a_titled_given_name_is_no_shared_given_name(annotate_text, text):
    assert not any(n.startswith("Carlos ") for n in (p.name for p in annotate_text(text).people))
