"""Quote marks paired into spans: straight, curly, and the two-apostrophe closing mark of wire copy."""

import pytest

from generator.nlp.claims.quotes import find_quotes


@pytest.mark.parametrize("text, quoted", [
    ('"The dam will hold," she said.', ["The dam will hold,"]),
    ("“The dam will hold,” she said.", ["The dam will hold,"]),
    # wire copy closes a double quote with two apostrophes, and may open one with two backticks
    ("\"The dam will hold,'' said Mayor Ann Lee. \"We checked it twice.''", ["The dam will hold,", "We checked it twice."]),
    ("He called it ``a fine plan'' on Monday.", ["a fine plan"]),
])
def test_quote_spans(text, quoted):
    assert [text[q.start:q.end] for q in find_quotes(text)] == quoted


def test_the_text_after_a_two_character_closing_mark_follows_it():
    text = "\"The dam will hold,'' said Mayor Ann Lee."
    q = find_quotes(text)[0]
    assert text[q.close_at + 1:].startswith(" said")


def test_a_wire_quote_goes_to_the_speaker_after_said_not_the_group_before(annotate_text):
    ann = annotate_text("The audit drew criticism from some lawmakers who said the gaps matched earlier reviews.\n\n"
                        "\"This is especially bad since the audit found gaps in the checks,'' said Committee Chairman "
                        "Bob Garland. \"The audit also found that key files were not shared.''")
    names = {p.id: p.name for p in ann.people}
    for start in ("This is especially bad", "The audit also found"):
        c = next(c for c in ann.claims if c.text.startswith(start))
        assert names.get(c.speaker_id) == "Bob Garland", (c.speaker, c.text)


def test_a_source_line_naming_a_web_outlet_is_that_outlets(annotate_text):
    ann = annotate_text("Mayor Ann Lee said the files were safe.\n\nSources\n\n"
                        '"Secret city files found on a rainy street" — CBC.ca, August 15, 2008\n\n'
                        '"Files found on street not secret, say officials" — The Coast Press, August 15, 2008')
    c = next(c for c in ann.claims if c.text.startswith("Secret city files"))
    assert c.speaker == "CBC.ca", (c.speaker, c.text)
