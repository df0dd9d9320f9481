"""A quote opening inside a speaker phrase is no part of the speaker (attach.py reads it)."""

from __future__ import annotations

from .found import Found
from .quotes import Quote


def speaker_before_quote(doc, f: Found, quotes: list[Quote]) -> None:
    """A quote opening inside a speaker phrase is no part of the speaker: 'said Ann Roe, his aide, "with
    more votes."' stops before the mark; 'Roe, in an interview with "Good Day," said', 'Roe, author of
    "Blue Water," said' stop at the comma before the phrase holding it; a quote of words closing inside
    the phrase ('The reply: "We never saw it," Roe') leaves the name after it."""
    if f.speaker is None:
        return
    q = next((q for q in quotes if f.speaker[0] < q.open_at < f.speaker[1]), None)
    if q is None:
        return
    text = doc.text
    closed = q.close_at is not None and q.close_at < f.speaker[1]
    if closed and len(text[q.start:q.end].split()) < 4:
        return  # 'the "historic" results': a word or title in quote marks is part of the phrase
    after = doc.char_span(q.close_at + 1, f.speaker[1], alignment_mode="contract") if closed else None
    name = [t for t in after if not t.is_punct and not t.is_space] if after is not None else []
    if name and len(name) <= 6 and name[0].pos_ in ("PROPN", "DET", "NOUN") and "," not in after.text.strip(" ,"):
        span = (name[0].idx, f.speaker[1])
    else:
        before = text[f.speaker[0]:q.open_at].rstrip(" \t")
        if not before.endswith(",") and ", " in before:
            before = before[:before.rindex(", ")]
        span = (f.speaker[0], f.speaker[0] + len(before.rstrip(" \t,")))
    kept = doc.char_span(*span, alignment_mode="contract")
    if kept is None or not len(kept) or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in kept):
        return
    f.speaker = (kept.start_char, kept.end_char)
    if f.head_i is not None and not kept.start <= f.head_i < kept.end:
        f.head_i = kept.root.i
