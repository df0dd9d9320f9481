"""Person pages that were no one (session 12, seed-16 audit): a firm after its trade's noun, a list of
places, a family's regime, a party's electoral partner, a name sharing an institution's head word; and an
organisation's name the model cut short grown back to the name the text gives."""

import pytest

from generator.nlp.mentions import Mention
from generator.nlp.orgfind import _grow


def kinds(ann):
    return {e.name: kind for kind in ("people", "places", "organizations") for e in getattr(ann, kind)}


def test_a_name_after_a_trade_noun_with_no_first_name_is_a_firm(annotate_text):
    found = kinds(annotate_text("Egypt gets the best jets defense contractor Tarrow Vane makes. "
                                "It is a great day for Tarrow Vane."))
    assert found.get("Tarrow Vane") == "organizations"


@pytest.mark.parametrize("text, person", [
    ("The former NSA contractor Edward Snowden fled to Moscow.", "Edward Snowden"),
    ("The contractor Snowden hired left the site on Monday. Snowden said he was sorry.", "Snowden"),
])
def test_a_person_after_a_trade_noun_stays_a_person(annotate_text, text, person):
    assert kinds(annotate_text(text)).get(person) == "people"


@pytest.mark.parametrize("text", [
    "Young people marched through Tarrow Falls, and Linden, and Brookmere, and won.",
    "The marchers went from Tarrow Falls to Linden to Brookmere, and they did it for others.",
])
def test_a_list_of_names_a_path_opens_with_a_place_in_it_is_of_places(annotate_text, text):
    found = kinds(annotate_text(text))
    assert found.get("Tarrow Falls") == "places" and "people" not in found.values()


@pytest.mark.parametrize("text, person", [
    ("Letters came from Ana Ruiz and Tom Hale in Boston.", "Tom Hale"),
    ("Rulers fell: Omar Saleh in Yemen and Tomas Vidal in Peru. Critics cheered Saleh in Yemen and Vidal in Peru.",
     "Tomas Vidal"),
    ("President Tomas Vidal spoke. The spotlight shifted from Vidal to Clinton Falls on Monday.", "Tomas Vidal"),
])
def test_a_list_of_people_a_preposition_opens_stays_people(annotate_text, text, person):
    found = kinds(annotate_text(text))
    assert found.get(person) == "people" and not any(k == "places" and n in person for n, k in found.items())


def test_a_trade_glued_by_a_hyphen_is_a_persons(annotate_text):
    found = kinds(annotate_text("The Ukrainian film-maker Oleg Sentsov, jailed for 20 years, was freed."))
    assert found.get("Oleg Sentsov") == "people"


@pytest.mark.parametrize("text, name", [
    ("The Moreno regime jailed critics on Monday.", "Moreno"),
    ("Critics said the Kessler regime will go far to silence them.", "Kessler"),
])
def test_a_bare_surname_before_a_regime_is_no_one(annotate_text, text, name):
    assert name not in kinds(annotate_text(text))


def test_a_regime_named_with_its_leader_keeps_the_leader(annotate_text):
    found = kinds(annotate_text("The Kessler regime collapsed after Omar Kessler fled the capital."))
    assert found.get("Omar Kessler") == "people"


def test_a_partys_electoral_partner_is_an_organisation(annotate_text):
    found = kinds(annotate_text("The poll showed the ruling Kadima Party and its electoral partner Yoram "
                                "Beitan losing ground."))
    assert found.get("Yoram Beitan") == "organizations"


def test_a_persons_partner_stays_a_person(annotate_text):
    found = kinds(annotate_text("The actor and his partner Ana Ruiz said they would marry in May."))
    assert found.get("Ana Ruiz") == "people"


def test_a_name_sharing_a_hospitals_head_word_is_part_of_it(annotate_text):
    found = kinds(annotate_text("Patients were taken to Brenna and Lisle Hospital, officials said."))
    assert "Brenna" not in found and found.get("Brenna and Lisle Hospital") in ("organizations", "places")


def test_a_name_written_alone_too_is_not_joined_to_the_hospital(annotate_text):
    found = kinds(annotate_text("Dr. Ana Brenna said the ward was full. Patients were taken to Brenna and "
                                "Lisle Hospital, officials said."))
    assert found.get("Ana Brenna") == "people" and "Brenna and Lisle Hospital" not in found


def test_an_organisation_cut_short_grows_to_the_name_the_text_gives():
    text = "Tarrow Vane makes jets. The Tarrow Vane F-16 line is busy."
    ms = [Mention(0, 11, "Tarrow Vane", "organization", "organization"),
          Mention(28, 34, "Tarrow", "place", "place")]
    _grow(text, ms)
    assert ms[1].text == "Tarrow Vane" and ms[1].end == 39 and ms[1].kind == "organization"
