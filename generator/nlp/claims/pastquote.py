"""A speaker phrase never begins inside the quote it attributes: in '"... we have to go in with a coalition,
the Gulf coalition, the other towns in the area," Roe, D-Ohio, said' the parser can hang the quote's
last words on "Roe" as appositions, so the speaker phrase would start inside the quote and show its
words ("the Gulf coalition, the other towns ...") as who speaks. The phrase starts after the closing mark.
"""

from __future__ import annotations

from dataclasses import replace

from .found import Found

SKIPPED = " \t\n,\"'“”‘’»«—–-"


def after_the_quote(doc, found: list[Found]) -> list[Found]:
    """found, each quoted claim whose speaker phrase runs from inside its words to after them cut to begin
    past the closing mark, its head the name it opens with."""
    text = doc.text
    out = []
    for f in found:
        sp = f.speaker
        if f.quote and sp is not None and f.form != "credit" and sp[0] < f.end < sp[1]:
            start = f.end
            while start < sp[1] and text[start] in SKIPPED:
                start += 1
            span = doc.char_span(start, sp[1], alignment_mode="contract") if start < sp[1] else None
            if span is None or not len(span):
                out.append(replace(f, speaker=None, head_i=None))
                continue
            head = _name_head(span, f.head_i)
            f = replace(f, speaker=(span.start_char, span.end_char), head_i=head)
        out.append(f)
    return out


def _name_head(span, head_i) -> int:
    """The last word of the name the phrase opens with ("Roe, D-Ohio": "Roe", which the parser, having
    misread the phrase, may hang on "Ohio"), else the old head if left in the phrase, else its root."""
    i = span.start
    while i < span.end and span.doc[i].text[0].isupper() and span.doc[i].text.rstrip(".").isalpha():
        i += 1
    if i > span.start:
        return i - 1
    return head_i if head_i is not None and span.start <= head_i < span.end else span.root.i
