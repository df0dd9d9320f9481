"""A dash typed as a run of hyphens between words: short texts written for these tests."""

import pytest


@pytest.mark.parametrize("text, dash", [
    ("No secrets----everyone knew it.", "----"),
    ("He left------then came back.", "------"),
    ("No secrets--everyone knew it.", "--"),
])
def test_a_run_of_hyphens_between_words_is_a_token_of_its_own(nlp, text, dash):
    assert dash in [t.text for t in nlp(text)]


def test_a_hyphenated_word_keeps_its_hyphen(nlp):
    assert [t.text for t in nlp("a well-known man")] == ["a", "well", "-", "known", "man"]


def test_a_sentence_after_a_long_dash_is_read_as_said(annotate_text):
    """"No secrets----everyone in the office knew what we were doing": with the dash glued to "secrets"
    the parser read "No secrets----everyone" as "no one", and "knew what we were doing" as a question
    no one could answer; the quote asserts it, nothing in it is questioned."""
    ann = annotate_text("The meeting took place on Monday.\n\n\u201cI kept nothing. No secrets----everyone in the "
                        "office knew what we were doing,\u201d Ada Finch wrote.")
    assert [c.stance for c in ann.claims if c.form != "credit"] == ["asserts"], \
        [(c.stance, c.text) for c in ann.claims]
