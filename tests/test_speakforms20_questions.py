"""A quoted question (or cry) opening its own sentence mid-paragraph, then its cue ('Roe stood up.
"Why now?" she asked.'), is the cue's speaker's question; a quote ending in a full stop inside a
sentence of another's stays no first half of the next cue. Short texts written for these tests."""


def test_a_quoted_question_mid_paragraph_goes_to_the_cue_after_it(annotate_text):
    ann = annotate_text('Councilman Ravi Dutta read the audit aloud. "Who signed off on this?" Dutta asked.')
    claim = next(c for c in ann.claims if c.text.startswith("Who signed"))
    assert (claim.speaker_id, claim.stance) == ("ravi-dutta", "questions")


def test_a_cry_mid_paragraph_goes_to_the_pronoun_cue_after_it(annotate_text):
    ann = annotate_text('Mayor Lena Fox waved to the crowd. "We did it!" she shouted.')
    claim = next(c for c in ann.claims if c.text.startswith("We did it"))
    assert claim.speaker_id == "lena-fox"


def test_a_quote_ending_a_sentence_of_another_is_no_first_half(annotate_text):
    ann = annotate_text('Governor Amir Sadeghi called the plan "a fair deal." Senator Joan Pratt said the deal was weak.')
    claim = next(c for c in ann.claims if c.text.startswith("the deal was weak"))
    assert claim.speaker_id == "joan-pratt"
    assert "fair deal" not in claim.text
