"""Quotes that open with a verdict on the claim before: ""That's false. We never sold it," the mayor
said". The verdict denies that claim; the rest of the quote is the speaker's own assertion.
"""

from __future__ import annotations

from dataclasses import replace

from ..rules import words
from . import pointing
from .found import Found, trim_chars

VERDICT_WORDS = ("true", "accurate", "correct", "truth")
MAX_VERDICT_TOKENS = 8  # "That is simply not true.", "Nothing could be further from the truth."


def refer_back(doc, found: list[Found]) -> None:
    """pointing.refer_back, with a quote's opening verdict ("That's false.") split off first so it can
    deny the claim before, as the same words quoted alone do; a verdict that finds no claim to deny
    goes back into its quote."""
    opened = []
    for k in range(len(found) - 1, -1, -1):
        rest = found[k]
        span = rest.start, rest.end
        verdict = _opening_verdict(doc, rest)
        if verdict is not None:
            found.insert(k, verdict)
            opened.append((verdict, rest, span))
    pointing.refer_back(doc, found)
    for verdict, rest, span in opened:
        verdict.cue = rest.cue
        if verdict.stance == "asserts":
            rest.start, rest.end = span  # nothing before it to deny: the quote stays whole
            found.remove(verdict)


def _opening_verdict(doc, f: Found) -> Found | None:
    """The first sentence of a quote of several, when it is a short verdict ("That's false.", "This is
    simply not true."), as a claim of its own; f then starts after it. Else None."""
    if not f.quote or f.stance != "asserts" or f.cue is None or f.form == "credit":
        return None
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    sents = list(span.sents) if span is not None else []
    if len(sents) < 2:
        return None
    first = sents[0]
    toks = [t for t in first if not t.is_punct and not t.is_space]
    if not toks or len(toks) > MAX_VERDICT_TOKENS or not any(
            t.lemma_.lower() in words("falsity_words") or t.lower_ in words("falsity_words") or t.lower_ in VERDICT_WORDS
            for t in toks):
        return None
    head = trim_chars(doc.text, max(first.start_char, f.start), first.end_char)
    tail = trim_chars(doc.text, sents[1].start_char, f.end)
    if head is None or tail is None:
        return None
    # read where it stands: the claim it denies is the one before the quote, not before the cue after it
    # (pointing.refer_back looks back from the cue); refer_back above gives it the quote's cue again
    verdict = replace(f, start=head[0], end=head[1], cue=(first[0].idx, first[0].idx + len(first[0].text)))
    f.start, f.end = tail
    return verdict
