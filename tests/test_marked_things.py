"""A word the text also writes inside a name marked as a thing's (a ship's prefix, a company's legal
suffix) is that thing when it stands alone, not a person, whatever the model labelled."""

import pytest

from generator.nlp.entities import decide_types
from generator.nlp.markedthings import marked_word
from generator.nlp.mentions import Clues, Mention


@pytest.mark.parametrize("name, word", [
    ("USS Preston", "preston"),  # a ship's prefix
    ("the HMS Carver", "carver"),
    ("Tilbury Ltd.", "tilbury"),  # a company's legal suffix
    ("Harlow Inc", "harlow"),
    ("Ana Preston", ""),  # no mark
    ("USS Ana Preston", ""),  # more than one word beside the mark: no one bare word
    ("Preston", ""),
])
def test_the_one_word_beside_a_thing_mark(name, word):
    assert marked_word(name) == word


def mention(text, name, label, nth=0, **clues):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, label, label=label, clues=Clues(**clues))


TEXT = ("Officials said the USS Preston was in the strait. The USS Preston took defensive action "
        "after a drone approached Preston and closed within range.")


def test_a_ship_named_by_its_prefix_is_no_person_alone_though_the_model_said_person():
    ms = [mention(TEXT, "USS Preston", "thing", article=True), mention(TEXT, "USS Preston", "person", nth=1),
          mention(TEXT, "Preston", "person", nth=2)]
    decide_types(ms, set())
    assert ms[2].kind != "person"


def test_the_word_is_still_a_person_where_something_says_so():
    text = TEXT + " Preston, the navy spokesman, said the ship was safe."
    ms = [mention(text, "USS Preston", "thing", article=True), mention(text, "USS Preston", "person", nth=1),
          mention(text, "Preston", "person", nth=2), mention(text, "Preston", "person", nth=3, role=True, speech=True)]
    decide_types(ms, set())
    assert ms[3].kind == "person"
