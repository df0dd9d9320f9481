"""A show's quoted title of capitalised words after an outlet's possessive or "on" ("on CNBC's “Evening
Pete,”") names no one, even where its word is the first name of someone in the text (issue 14, tenth
session). Texts written for these tests."""

import pytest


@pytest.mark.parametrize("text, start_word, inside", [
    ("He appeared minutes later on CNBC’s “Evening Pete,” saying he still hopes to win.", "Pete", True),
    ("He appeared minutes later on CNBC’s “Evening Pete,” saying he still hopes to win.", "Evening Pete", True),
    ("She said so when she appeared on “Morning Tenby.” Tom Vidal agreed.", "Tenby", True),
    # one quoted word is no title; nor is a name after a quoted title
    ("“Pete,” she said, “come home.” Pete Vidal did not answer.", "Pete", False),
    ("He appeared on CNBC’s “Evening Pete,” and Ana Ruiz said so.", "Ana Ruiz", False),
])
def test_a_name_inside_a_shows_title(text, start_word, inside):
    from generator.nlp.thingclues import quoted_show_title

    start = text.index(start_word)
    assert quoted_show_title(text, start, start + len(start_word)) is inside


def test_a_shows_title_is_no_person(annotate_text):
    ann = annotate_text("Vice President Joe Ruiz lobbied for it. Harlan backtracked on that statement when he "
                        "appeared minutes later on MSNBC’s “Morning Joe,” saying he still hopes to get the votes.")
    people = {e.name for e in ann.people}
    assert "Joe Ruiz" in people and not people & {"Morning Joe", "Joe"}


def test_a_first_name_inside_a_title_is_not_made_a_person_by_a_full_name():
    """ "Joe Vidal said … he appeared on CNBC’s “Evening Joe,” saying …": the parse makes "Joe" the subject
    of "saying"; the words around it call it a title (clues.called), so the full name "Joe Vidal" does not
    make the bare first name a person."""
    from generator.nlp.entities import decide_types
    from generator.nlp.mentions import Mention
    from generator.nlp.personhood import Clues

    ms = [Mention(0, 9, "Joe Vidal", "person", "person", Clues(speech=True)),
          Mention(60, 63, "Joe", "person", "person", Clues(speech=True, thing=True, called="other", pronoun="m"))]
    decide_types(ms, set())
    assert [m.kind for m in ms] == ["person", "other"]
