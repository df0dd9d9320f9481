"""A double-barrelled given name between a given name and a surname ("Jonah Mary-Beth Carver") is one
person's name; two full names joined by a hyphen as a modifier ("the Ana Ruiz-Tom Vidal ticket") stay two."""

import pytest


@pytest.mark.parametrize("text, person", [
    ("Police said Jonah Mary-Beth Carver, 23, was charged with assault on Friday.", "Jonah Mary-Beth Carver"),
    ("Prosecutors charged Elias Anne-Marie Dorsey with fraud.", "Elias Anne-Marie Dorsey"),
    ("Owen Luke-James Harper was stabbed on the train, police said.", "Owen Luke-James Harper"),
])
def test_a_double_barrelled_given_name_stays_in_the_name(annotate_text, text, person):
    names = [p.name for p in annotate_text(text).people]
    assert names == [person]


@pytest.mark.parametrize("text, first", [
    ("Voters rejected the Hillary Carter-Tim Kane ticket in 2016.", "Hillary Carter"),  # a surname also a given name
    ("The Paul Ryan-Patty Murray budget deal passed.", "Paul Ryan"),
])
def test_a_ticket_after_a_determiner_is_still_two_names(annotate_text, text, first):
    names = [p.name for p in annotate_text(text).people]
    assert first in names and not any("-" in n for n in names)
