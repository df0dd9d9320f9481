"""A report that runs into a colon introducing a quote.

"Roe said the rules were clear and continued: \"…\"": the second verb ("and continued", "and added")
is the quote's cue, no words of the first claim; the claim ends before it.
"Roe recalled Doe telling him: \"…\"": the recalled "Doe telling him" only introduces Doe's words (the
quote is Doe's, attach.py); it says nothing itself and is no claim of Roe's.
"""

from __future__ import annotations

from ..rules import union, words
from .found import TRIM


def at_colons(doc, found: list) -> list:
    """found: Found records; trims a trailing "and continued" before a colon, drops an introduction."""
    keep = []
    for f in found:
        span = doc.char_span(f.start, f.end, alignment_mode="expand") if f.form != "credit" else None
        if span is None or len(span) < 2:
            keep.append(f)
            continue
        cut = _second_cue(span)
        if cut is not None:
            f.end = len(doc.text[:cut].rstrip(TRIM))
        elif not f.quote and doc.text[f.end:f.end + 2].lstrip().startswith(":") and _telling(span):
            continue
        keep.append(f)
    return keep


def _saying(tok) -> bool:
    return tok.lemma_.lower() in union("reporting_verbs", "quote_verbs")


def _telling(span) -> bool:
    """"Doe telling him", "his aide saying": a person's saying in its -ing form and an object pronoun at most."""
    toks = [t for t in span if not t.is_punct]
    if toks and toks[-1].tag_ == "PRP" and toks[-1].lower_ in words("object_pronouns"):
        toks = toks[:-1]
    return len(toks) >= 2 and toks[-1].tag_ == "VBG" and _saying(toks[-1]) \
        and not any(t.pos_ in ("VERB", "AUX") for t in toks[:-1])


def _second_cue(span) -> int | None:
    """The character offset of "and" in "… and continued:" inside or closing the span, or None."""
    doc = span.doc
    for tok in span[2:]:
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.lemma_.lower() in words("quote_verbs") and tok.tag_ == "VBD" and doc[tok.i - 1].lower_ == "and" \
                and after is not None and after.text == ":":
            return doc[tok.i - 1].idx
    return None
