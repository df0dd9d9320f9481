"""The organisation and place examples of issue 14, each on a sentence written for it: no person
names, no fragments, no glued words, no credits among organisations and places."""

import pytest


def names(entities):
    return [e.name for e in entities]


def listed(ann):
    return names(ann.organizations) + names(ann.places)


def test_a_possessive_country_is_a_place_not_an_organisation(annotate_text):
    # "Trump's Russia"
    ann = annotate_text("Brandt's Russia policy was criticised by the State Department or America's allies.")
    assert "Russia" in names(ann.places)
    assert not any("'s" in n or "’s" in n or " or " in n for n in listed(ann))


def test_two_names_joined_by_or_are_two_not_one(annotate_text):
    # "State Department or America"
    ann = annotate_text("Nobody at the State Department or America's embassy in Kyiv would comment.")
    assert "State Department" in names(ann.organizations)
    assert not any(" or " in n for n in listed(ann))


def test_an_adjective_cut_from_a_court_is_no_organisation(annotate_text):
    # "Supreme"
    ann = annotate_text("The Supreme Court's ruling was narrow. Critics of the Supreme said nothing.")
    assert "Supreme" not in listed(ann)
    assert "Supreme Court" in names(ann.organizations)


def test_people_listed_with_commas_are_no_organisation(annotate_text):
    # "Cooper, Parnas"
    ann = annotate_text("Prosecutors charged Tomas Brandt, Lev Okafor and Igor Vidal. Brandt, Okafor and Vidal "
                        "denied it. Vidal, Okafor were released on bail.")
    assert not any("," in n for n in listed(ann))
    assert not {"Brandt", "Okafor", "Vidal"} & set(listed(ann))


def test_a_country_glued_to_a_persons_name_is_a_place_and_a_person(annotate_text):
    # "Ukraine Marie Yovanovitch"
    ann = annotate_text("The former envoy resigned in May. Ukraine Marie Brandt told lawmakers she was surprised.")
    assert "Marie Brandt" in names(ann.people)
    assert not any("Brandt" in n for n in listed(ann))


@pytest.mark.parametrize("credit", [
    "AP Photo/Manuel Ortiz Vidal, File",
    "Previous Next Ana Ruiz/AP 1",
])
def test_a_photo_credit_is_no_organisation_or_place(annotate_text, credit):
    # "AP Photo/Manuel Balce Ceneta, File"
    ann = annotate_text(f"The senator spoke to reporters on Monday.\n\n{credit}\n\nShe left at noon.")
    assert not any("/" in n or "Vidal" in n or "Ruiz" in n for n in listed(ann))


def test_a_senators_surname_is_no_organisation(annotate_text):
    # Thom Tillis as the organisation "Tillis"
    ann = annotate_text("Senator Tom Brandtis of North Carolina backed the bill. Brandtis told reporters the bill "
                        "would pass, and Brandtis voted yes.")
    assert "Brandtis" not in listed(ann)


def test_a_person_glued_to_a_headline_verb_is_no_organisation(annotate_text):
    ann = annotate_text("Senator Ana Brandt said the plan would cut costs.",
                        title="Ana Brandt Introduces A New Health Plan")
    assert not any("Brandt" in n for n in listed(ann))


def test_a_surname_glued_to_an_organisation_is_cut_off(annotate_text):
    ann = annotate_text("President Tom Brandt said Nato members must pay more. Nato was set up in 1949.",
                        title="Brandt Nato: New war of words")
    assert "Nato" in names(ann.organizations)
    assert not any("Brandt" in n for n in listed(ann))


def test_a_title_before_a_bracketed_first_name_is_no_organisation(annotate_text):
    ann = annotate_text("He agrees with the dissent written by Justice (Antonin) Brandt, which was clear.")
    assert "Justice" not in listed(ann)
