"""A pronoun speaker is not a person the words themselves name, except where the name only qualifies a
thing ("the Keller plan", the phrase "Keller fees"): then the words speak of the thing, and the person
may still be the one saying them. Short texts written for these tests."""

import pytest

LEAD = 'Governor Ann Keller has warned lenders they are "walking on thin ice" amid a row over rising fees.\n\n'


@pytest.mark.parametrize("said, content", [
    ('She said they had to be "very careful", after earlier accusing a bank of rigging the search results for '
     'the phrase "Keller fees".',
     'they had to be "very careful", after earlier accusing a bank of rigging the search results for the phrase '
     '"Keller fees"'),
    ("She said the Keller plan would cut the fees.", "the Keller plan would cut the fees"),
])
def test_a_name_qualifying_a_thing_leaves_the_speaker_free(annotate_text, said, content):
    ann = annotate_text(LEAD + said)
    assert next(c for c in ann.claims if c.text == content).speaker_id == "ann-keller"


def test_a_person_the_words_name_is_still_not_their_speaker(annotate_text):
    ann = annotate_text(LEAD + "She said Keller had never been told of the fees.")
    assert next(c for c in ann.claims if c.text == "Keller had never been told of the fees").speaker_id != "ann-keller"
