"""Quotes and the claims they point back to. A quote that opens with a verdict on the claim before
(""That's false. We never sold it," the mayor said"): the verdict denies that claim, the rest of the
quote is the speaker's own assertion. A denial pointing back from inside a quote of several sentences
("... the contention that Z. But the court rejected that argument," the group said) points to the
quote's own words, never past the quote to a claim made before it.
"""

from __future__ import annotations

from dataclasses import replace

from ..rules import words
from . import pointing
from .accusedcharge import charges_denied
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
    before = {id(f): (f.start, f.end) for f in found}
    pointing.refer_back(doc, found)
    charges_denied(doc, found, before)  # "X was accused by Y of Z. X denied the allegations": Z
    _inside_quotes(doc, found, before)
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


def _inside_quotes(doc, found: list[Found], before: dict) -> None:
    """Drops a denial that pointing.refer_back sent past the start of the quote holding its cue, when the
    quote has words before the denial's sentence: the pointer ("that argument") stands for those words,
    which are no claim of their own, not for a claim said before the quote."""
    dropped = []
    for f in found:
        if f.stance != "denies" or f.cue is None or before.get(id(f), (f.start, f.end)) == (f.start, f.end):
            continue
        cue = doc.char_span(*f.cue, alignment_mode="expand")
        if cue is None:
            continue
        held = next((g for g in found if g is not f and g.quote and g.start < cue.sent.start_char and f.cue[1] <= g.end
                     and g.start <= f.cue[0]), None)
        if held is not None and f.end <= held.start:
            dropped.append(f)
    found[:] = [f for f in found if f not in dropped]
