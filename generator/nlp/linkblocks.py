"""A site's block of links to its other stories, set between a story's paragraphs with no label: three or
more short lines in a row, each a headline in sentence case with no closing stop and no comma ("Judge
sides with baker in cake row" / "Singer's defiant response to stalker" / "Food may influence cancer
spread"). A person named only there is no one of the story (a labelled block, "Related: …", is a credit
span: `creditspans`)."""

from __future__ import annotations

import re

from .docmemo import per_text

MIN_LINES = 3  # one or two such lines are a story's subheads
MAX_WORDS = 12
# a line that closes like a sentence, a quote, a label or a list item is no link's headline
CLOSED_RE = re.compile(r"[.!?\"”’':;,)\]]$")
# a time's or a year's label ("1996: Marries Ana Ruiz", "21:00: Vote"): a timeline's or a timetable's line
TIME_LABEL_RE = re.compile(r"\d:")


def _link_like(line: str) -> bool:
    """A headline of two to twelve words, a lower-case word after its first (sentence case: not a name
    alone, "Ana Ruiz"), no comma (not "Ana Ruiz, Tenby University"), no closing stop and no time's label
    (not a timeline's "1996: Marries Ana Ruiz")."""
    ws = line.split()
    return (2 <= len(ws) <= MAX_WORDS and "," not in line and not CLOSED_RE.search(line) and not TIME_LABEL_RE.search(line)
            and any(w[:1].islower() for w in ws[1:]))


@per_text
def link_blocks(text: str) -> list[tuple[int, int]]:
    """The character spans of the text's unlabelled blocks of link lines (its first line, the title, is none)."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)]
    out, run = [], []
    for k, (start, end, body) in enumerate(lines):
        if k and body and _link_like(body):
            run.append((start, end))
            continue
        if len(run) >= MIN_LINES:
            out.append((run[0][0], run[-1][1]))
        run = []
    if len(run) >= MIN_LINES:
        out.append((run[0][0], run[-1][1]))
    return out


def in_link_block(text: str, pos: int) -> bool:
    """Whether the character at pos is inside one of the text's blocks of link lines."""
    return any(start <= pos < end for start, end in link_blocks(text))
