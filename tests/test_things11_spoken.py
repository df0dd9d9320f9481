"""A word before a speech verb whose own subject follows it ("Hogwash, says Ana Ruiz, who …") is what is
said, not a speaker, so it is no person for having "said" (issue 14, tenth session). Sentences written for
these tests."""

import pytest


@pytest.mark.parametrize("text, word, spoken", [
    ("Hogwash, says Ana Ruiz, who notes that since 2009 nearly 130 towns have left the list.", "Hogwash", True),
    ("Hogwash, says Ana Ruiz, who notes that since 2009 nearly 130 towns have left the list.", "Ruiz", False),
    ("Ruiz says the list is long.", "Ruiz", False),
    ("Ana Ruiz, the mayor, says the list is long.", "Ruiz", False),
    ('"It is long," Ruiz says.', "Ruiz", False),
])
def test_what_is_said_before_its_speaker(nlp, text, word, spoken):
    from generator.nlp.thingclues import spoken_of

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert spoken_of(token) is spoken


def test_a_word_said_once_with_no_speech_is_no_one():
    """What the clues of "Hogwash" in the sentence above are now: opening its sentence, the subject of
    "says" in the parse, but no speaker; said once, it is no one."""
    from generator.nlp.entities import decide_types
    from generator.nlp.mentions import Mention
    from generator.nlp.personhood import Clues

    ms = [Mention(0, 7, "Hogwash", "person", "person", Clues(speech=False, agent=True, opens=True))]
    decide_types(ms, set())
    assert ms[0].kind == "other"


def test_the_speaker_after_the_verb_stays_a_person(annotate_text):
    ann = annotate_text("Hogwash, says Ana Ruiz, who notes that since 2009 nearly 130 towns have left the list.")
    assert {e.name for e in ann.people} == {"Ana Ruiz"}
