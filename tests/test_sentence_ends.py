"""Where a sentence ends when the parser alone would read on: short texts written for these tests."""

import pytest


@pytest.mark.parametrize("text, first", [
    # a party tag carries the sentence's full stop
    ('"We regret it," said Rep. Ana Ruiz, R-R.I. Vidal also told lawmakers the plan had failed.',
     '"We regret it," said Rep. Ana Ruiz, R-R.I.'),
    ("The vote was close, said Sen. Tom Vidal, D-N.Y. The senator left early.",
     "The vote was close, said Sen. Tom Vidal, D-N.Y."),
])
def test_a_party_tag_ending_a_sentence_ends_it(nlp, text, first):
    assert [s.text for s in nlp(text).sents][0] == first


@pytest.mark.parametrize("text", [
    "The vote was close, said Sen. Tom Vidal, D-N.Y., after the hearing.",
    "Sen. Tom Vidal (D-N.Y.) voted against it.",
    "Rep. Ana Ruiz, D-Calif. and Rep. Tom Vidal, R-Ky. voted for it.",
])
def test_a_party_tag_inside_a_sentence_is_no_end(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_the_speaker_after_a_party_tag_is_the_next_sentence_s(annotate_text):
    ann = annotate_text('"We regret it," said Rep. Ana Ruiz, R-R.I. Tom Vidal also told lawmakers that the '
                        "attack had nothing to do with the vote.")
    speakers = {c.speaker for c in ann.claims}
    assert "Rep. Ana Ruiz" in speakers and "Tom Vidal" in speakers
