"""Direct quotes in a text: quote marks paired into spans, tolerant of stray and unclosed marks.

Works on the plain text, so it needs no parse: straight and curly double marks, a quote that
runs over several paragraphs (each opens with a mark, only the last one closes), a mark left
unclosed at the end of its paragraph, and stray closing marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..docmemo import once

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
# wire copy writes a closing double mark as two apostrophes ("..., '' said Roe") and may open with two
# backticks: each pair is one mark
MARK_RE = re.compile(r"[“”„«»\"]|''|``")
# a character before a straight mark that makes it an opening one: start, space, bracket, dash
OPEN_BEFORE = set(" \t\n([{—–-/:")


@dataclass(frozen=True)
class Quote:
    """One quotation: the text between its marks (start, end) and the marks' own positions."""

    start: int
    end: int
    open_at: int  # index of the opening mark
    close_at: int | None  # index of the closing mark, None when left unclosed
    paragraphs: int = 1  # how many paragraphs the quote runs over


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    if text.startswith("``", i):
        return True
    if text.startswith("''", i):
        return False
    if ch in OPENERS:
        return True
    if ch in CLOSERS:
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before in OPEN_BEFORE:
        return not after.isspace()
    return False


def _misprinted_closer(text: str, i: int) -> bool:
    """An opening curly mark glued to the end of a sentence and followed by a space, while a quote is
    open, closes it: '... a costly mistake.“ Later, the port ...' (a typesetting slip)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return text[i] in OPENERS and before in ".!?,;" and after.isspace()


def doc_quotes(doc) -> tuple[Quote, ...]:
    """find_quotes(doc.text), worked out once per Doc: the speaker, quote and relay passes all read it."""
    return once(doc, "quotes", lambda: tuple(find_quotes(doc.text)))


def find_quotes(text: str, min_chars: int = 2) -> list[Quote]:
    """Every quotation in text, in order; a quote continued in the next paragraph is one quote."""
    out: list[Quote] = []
    open_at: int | None = None
    paragraphs = 1
    reached = 0  # where the open quote's latest paragraph starts
    marks = [m.span() for m in MARK_RE.finditer(text)]
    for i, after in marks:
        pair = after - i > 1
        if pair and not _is_opening(text, i):
            # a closing pair: the quote's text ends before it; the recorded mark is its last character,
            # so what follows the mark follows the pair
            if open_at is not None:
                out.append(Quote(open_at + 1, i, open_at, after - 1, paragraphs))
                open_at, paragraphs = None, 1
            continue
        opening = pair or _is_opening(text, i)
        if opening and open_at is not None and _misprinted_closer(text, i):
            opening = False
        i = after - 1
        # 'Roe said," ...' : a straight mark glued to the comma or colon of a cue opens a quote
        # when none is open (a closing mark after a comma needs an open quote)
        glued = open_at is None and text[i] == STRAIGHT and 0 < i and text[i - 1] in ",:"
        # 'on the " budget," and ...': a straight mark set loose between spaces, none open, opens the
        # quote a later mark of its paragraph closes (a stray closing mark would leave the next one to open)
        loose = open_at is None and text[i] == STRAIGHT and 0 < i < len(text) - 1 and text[i - 1] in " \t" \
            and text[i + 1] in " \t" and STRAIGHT in text[i + 1:(text.find("\n", i) + 1 or len(text) + 1) - 1]
        opening = opening or loose
        if glued or opening:
            if open_at is not None:
                if _runs_on(text, reached, i):
                    # journalistic convention: a quote running on opens each paragraph again
                    paragraphs += 1
                    reached = i
                    continue
                # a stray opening mark: the earlier quote ends at its paragraph or sentence
                out.append(_unclosed(text, open_at, i, paragraphs))
            open_at, paragraphs, reached = i, 1, i
        elif open_at is not None:
            if paragraphs == 1 and "\n" in text[open_at:i] and not _closes_next_paragraph(text, open_at, i):
                # left open at its paragraph's end; this closing mark is a stray one later on
                out.append(_unclosed(text, open_at, i, paragraphs))
            else:
                out.append(Quote(open_at + 1, i, open_at, i, paragraphs))
            open_at, paragraphs = None, 1
        # a closing mark with nothing open is stray: ignored
    if open_at is not None:
        out.append(_unclosed(text, open_at, len(text), paragraphs))
    return [_trimmed(text, q) for q in out if q.end - q.start >= min_chars and text[q.start:q.end].strip()]


def _closes_next_paragraph(text: str, open_at: int, i: int) -> bool:
    """A quote left open at its paragraph's end and closed in the very next one (no mark reopens it)."""
    end = text.find("\n", open_at)
    nxt = end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    tail = text[open_at + 1:end].rstrip()
    return "\n" not in text[nxt:i] and len(tail.split()) >= 4 and tail[-1:] in ".!?…"


def _runs_on(text: str, reached: int, i: int) -> bool:
    """A mark opening the paragraph right after the one where the quote is still open."""
    end = text.find("\n", reached)
    if end < 0 or end > i or text[end:i].strip():
        return False
    # the open paragraph must read as speech up to its end, not a stray mark mid-sentence
    tail = text[reached + 1:end].rstrip()
    return len(tail.split()) >= 4 and tail[-1:] in ".!?…"


def _unclosed(text: str, open_at: int, limit: int, paragraphs: int) -> Quote:
    """A quote whose closing mark is missing ends where its paragraph does."""
    end = text.find("\n", open_at)
    end = limit if end < 0 or end > limit else end
    if paragraphs > 1:
        end = limit if text.rfind("\n", open_at, limit) < 0 else _paragraph_end(text, open_at, limit)
    return Quote(open_at + 1, end, open_at, None, paragraphs)


def _paragraph_end(text: str, start: int, limit: int) -> int:
    """The end of the last paragraph that starts before limit."""
    last = text.rfind("\n", start, limit)
    nxt = text.find("\n", last + 1)
    return limit if nxt < 0 or nxt > limit else nxt


def _trimmed(text: str, q: Quote) -> Quote:
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Quote(s, e, q.open_at, q.close_at, q.paragraphs)
