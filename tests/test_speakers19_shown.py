"""The speaker a page shows on multi-voice news: a surname the tagger reads as a plural common noun
("Morales told supporters") is still the person it names, not an anonymous source."""

import pytest

from tests.shownspeakers import shown


@pytest.mark.parametrize("body, starts, person", [
    ('Bolivian President Evo Morales said his country is willing to help.\n\n'
     '"The empire and its servants will never be able to scare us," Morales told supporters at the airport.',
     "The empire", "Evo Morales"),
    ('Bolivian President Evo Morales said his country is willing to help.\n\n'
     'Morales said officials should study whether to shut the embassy.', "officials should", "Evo Morales"),
])
def test_a_surname_read_as_a_common_noun_is_still_the_person(annotate_text, body, starts, person):
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named")

