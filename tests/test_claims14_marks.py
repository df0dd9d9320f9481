"""A claim's text keeps its quotation and bracket marks whole, on sentences written for the test: a
single-quoted word closing a quote keeps its closing mark; a writer's bracketed aside opened inside the
content and opened by "and" or "but", or left open, is no part of the claim; a short bracket the content opens
and that closes right after it is kept."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, text", [
    ("\"The lights seen over the lake are still listed as 'unexplained'\", the spokesman added.",
     "The lights seen over the lake are still listed as 'unexplained'"),
    ("“The flights were logged as ‘routine’”, the officer said.", "The flights were logged as ‘routine’"),
])
def test_single_quote_closed(annotate_text, body, text):
    assert text in [c[0] for c in said(annotate_text, body)]


@pytest.mark.parametrize("body, text", [
    ("The probe reached a depth of 3,700 metres (about two miles deep), the agency said.",
     "The probe reached a depth of 3,700 metres (about two miles deep)"),
])
def test_bracket_closed_after_content(annotate_text, body, text):
    assert text in [c[0] for c in said(annotate_text, body)]


@pytest.mark.parametrize("body, text", [
    ("Her staff believe she won the room and that the governor did not hurt her (and donors hoping for "
     "a rout were grumbling that nobody had stumbled).",
     "she won the room and that the governor did not hurt her"),
])
def test_aside_left_out(annotate_text, body, text):
    texts = [c[0] for c in said(annotate_text, body)]
    assert text in texts
    assert not any("(" in t and ")" not in t for t in texts)
