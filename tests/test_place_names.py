"""Places the model calls people: a name the text only ever places is a place, never a person."""

import pytest


def kinds(ann):
    return {e.name: kind for kind in ("people", "places", "organizations") for e in getattr(ann, kind)}


@pytest.mark.parametrize("text, place", [
    # "the city of X" where the model tagged only the other occurrence
    ("Police broke up a rally in the eastern city of Tarwala Bund Shah on Friday. On Monday a judge "
     "ordered that the organiser be sent to Tarwala Bund Shah.", "Tarwala Bund Shah"),
    # a title word inside a town's name: the title is part of the place, not a person's rank
    ("Three ports, the town of Prince Osgood, on the northern coast, and Dunmore, were named.", "Prince Osgood"),
    # a site set beside a noun for a thing, then "in" it
    ("Chemists at the navy's test lab, Marrow Heath, found the toxin. A new unit will open at the "
     "defence institute in Marrow Heath.", "Marrow Heath"),
    # an area noun right before the name, heading an appositive after it, or heading the phrase
    ("The train runs from the border state of Chiapas north into Gulf coast state Tamarindo, where police wait.",
     "Tamarindo"),
    # (the tagger reading the lower-case area noun as a proper one)
    ("Smugglers drove the trucks north into Gulf coast state Montalvo, as that route skips most army posts.",
     "Montalvo"),
    ("A judge ruled that Wexby, a municipality north of Lima, can't enforce its new law.", "Wexby"),
    # listed after a place that follows a place preposition, beside other names the model took for people
    # but none written with a first name
    ("In Syria, jets carried out nine strikes over two days, targeting rebel positions near Raqqa, Kobani, "
     "Qaryat al-Hamid and Homs, destroying two tanks.", "Qaryat al-Hamid"),
    ("In Syria, jets carried out nine strikes over two days, targeting rebel positions near Raqqa, Kobani, "
     "Qaryat al-Hamid and Homs, destroying two tanks.", "Homs"),
    # (the parser hanging the second member as the first's appositive)
    ("Drones hit targets near Deir Hafer, Manbij, Kafr Saghir and Hama on Sunday.", "Kafr Saghir"),
    ("The attack was in the Khan al-Murad village in the north in March. Rebels denied it.", "Khan al-Murad"),
])
def test_a_name_the_text_only_places_is_a_place(annotate_text, text, place):
    found = kinds(annotate_text(text))
    assert found.get(place) == "places" and not any(k == "people" and place in n for n, k in found.items())


@pytest.mark.parametrize("text, person", [
    ("The envoy took a swipe at Ana Ruiz on Monday. Critics had lost faith in Ruiz long ago.", "Ana Ruiz"),
    ("The company hired a lawyer, Tomas Brandt, to fight the case in Lima.", "Tomas Brandt"),
    ("Voters in Lima cheered for Ana Ruiz, who said the city of Lima deserved better.", "Ana Ruiz"),
    ("Ana Ruiz, a state senator, said the vote was close. The Ruiz town hall was packed.", "Ana Ruiz"),
    ("Tomas Brandt, the city's mayor, said the vote was close.", "Tomas Brandt"),
])
def test_a_person_met_at_or_in_something_stays_a_person(annotate_text, text, person):
    assert kinds(annotate_text(text)).get(person) == "people"


@pytest.mark.parametrize("text, a, b", [
    ("Shops in East Varnholm closed early. Families in West Varnholm stayed home.", "East Varnholm", "West Varnholm"),
    ("Rain fell over Northern Castavia. Crops in Southern Castavia failed.", "Northern Castavia", "Southern Castavia"),
])
def test_places_differing_by_a_compass_word_are_not_possible_duplicates(annotate_text, text, a, b):
    places = {p.name: p for p in annotate_text(text).places}
    assert a in places and b in places  # both found, as different places
    assert b not in places[a].possible_duplicates and a not in places[b].possible_duplicates


def test_places_differing_by_a_spelling_stay_possible_duplicates(annotate_text):
    ann = annotate_text("Shops in Port Varnholm closed early. Families in Fort Varnholm stayed home.")
    places = {p.name: p for p in ann.places}
    assert places["Port Varnholm"].possible_duplicates == ("Fort Varnholm",)


def test_a_state_abbreviation_after_a_town_is_no_person(annotate_text):
    # "Scranton, Penn.": the model may take the abbreviation for a surname; after a town and a comma,
    # and with its stop, it is the state, while the same word in a full name stays a person
    found = kinds(annotate_text("He grew up in his home town of Harlowton, Penn. The actor Sean Penn visited "
                                "the town last year."))
    assert found.get("Penn") != "people" and found.get("Sean Penn") == "people"


def test_the_first_words_of_an_institutions_name_are_short_for_it(annotate_text):
    # "Beth Shalom" once "Beth Shalom Deaconess Medical Center" is named: the hospital, put somewhere, no one
    ann = annotate_text("The suspect was taken to Beth Shalom Deaconess Medical Center in Dayton. Doctors at "
                        "Beth Shalom said he was stable.")
    assert "Beth Shalom" not in {p.name for p in ann.people}
    # while the person a foundation is named after, acting and placed nowhere, stays a person
    ann = annotate_text("The Tom Vidal Foundation gave $5 million. Tom Vidal started the Tom Vidal Foundation in 1990.")
    assert "Tom Vidal" in {p.name for p in ann.people}
