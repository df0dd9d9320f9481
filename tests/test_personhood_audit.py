"""Person clues found missing on unseen news: a role noun the parse hides, an institution's noun,
a listed group, a hyphenated given name. Short texts written for these tests."""

import pytest


def people(ann):
    return {p.name: p for p in ann.people}


@pytest.mark.parametrize("text, person", [
    ("Prosecutors charged his longtime associate Rick Dalton on Monday.", "Rick Dalton"),
    ("He met his deputy Rick Dalton in the lobby.", "Rick Dalton"),
    ("A professor of history Jeremy Sauer wrote the essay.", "Jeremy Sauer"),
    ("The artilleryman John Corwin fired the first shot.", "John Corwin"),
])
def test_a_role_noun_before_the_name_keeps_a_person(annotate_text, text, person):
    assert person in people(annotate_text(text))


@pytest.mark.parametrize("text, name", [
    ("The report appeared in the newspaper Maarava on Sunday. Maarava said the talks failed.", "Maarava"),
    ("The company, Acme Analytics, harvested the data. Acme Analytics denied it.", "Acme Analytics"),
])
def test_a_name_the_text_calls_an_institution_is_not_a_person(annotate_text, text, name):
    ann = annotate_text(text)
    assert name not in people(ann)


def test_a_group_listed_with_a_person_stays_a_group(annotate_text):
    ann = annotate_text("He praised his Muslim Brotherhood and Mohamed Morsi.")
    assert set(people(ann)) == {"Mohamed Morsi"}


def test_a_hyphenated_given_name_does_not_make_an_acronym_a_person(annotate_text):
    ann = annotate_text("North Korean leader Kim Jong-un met envoys. The UN said Kim would attend. UN officials agreed.")
    assert set(people(ann)) == {"Kim Jong-un"}
    assert "UN" in {o.name for o in ann.organizations}


@pytest.mark.parametrize("text, person", [
    ("The plan came from state Sen. Ana Ruiz on Monday.", "Ana Ruiz"),
    ("In a call, Deputy National Security Adviser Ben Rhodan portrayed the decision.", "Ben Rhodan"),
])
def test_a_title_after_an_institution_word_keeps_the_person(annotate_text, text, person):
    assert set(people(annotate_text(text))) == {person}
