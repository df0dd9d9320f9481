"""A pronoun cue goes on with the last source past a person the sentences between only mention in
passing, in a sentence about a thing ("The law is named after Officer Doe"); a person who is the
sentence's subject, its agent or whom it asks still takes the pronoun. Short texts written for these tests."""

import pytest


def _speaker(ann, words):
    return next(c.speaker_id for c in ann.claims if c.text.startswith(words))


@pytest.mark.parametrize("body, words, who", [
    ('Councilwoman Rita Vance said the fund would open in March. The scholarship honours Coach Paula Lind, '
     'who retired last year.\n\n"We wanted something that lasts," she said.', "We wanted", "rita-vance"),
    ('Sheriff Tom Alder said the road would reopen soon. "Crews are out there now," Alder said.\n\n'
     'The closure came after the death of Hugh Marsh, 54, in a crash.\n\nHe said a new barrier would be built.',
     "a new barrier", "tom-alder"),
])
def test_a_pronoun_goes_on_past_a_person_mentioned_in_a_sentence_about_a_thing(annotate_text, body, words, who):
    assert _speaker(annotate_text(body), words) == who


@pytest.mark.parametrize("body, words, who", [
    # the person is the subject of the sentence between: they take "he"
    ('Sheriff Tom Alder said the road would reopen soon.\n\nDeputy Hugh Marsh led the crews.\n\n'
     'He said a new barrier would be built.', "a new barrier", "hugh-marsh"),
    # an act of the person's: the person named as its agent is who goes on
    ('Sheriff Tom Alder said the road would reopen soon.\n\nThe decision by Mayor Hugh Marsh surprised the crews.\n\n'
     'He said a new barrier would be built.', "a new barrier", "hugh-marsh"),
])
def test_a_person_the_sentence_is_about_still_takes_the_pronoun(annotate_text, body, words, who):
    assert _speaker(annotate_text(body), words) == who
