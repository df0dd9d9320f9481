"""Photo, video and audio credits: a caption line ending "Image: NASA." or "[File: Press/EPA]".

A credit attributes the picture, not a statement, so these records carry form "credit" and stay
out of key points, grades and the sourcing profile; the extract contract still lists them.
"""

from __future__ import annotations

import re

from .found import Found

# Matched against the end of a line only: run over whole lines, the lazy caption part made a
# 250,000-character line take minutes (each start position rescanned the rest of the line).
CREDIT_RE = re.compile(
    r"[ \t](?P<label>(?:Image|Photo|Photograph|Picture|Video|Audio|Illustration|Graphic)s?"
    r"(?: credit)?)[ \t]*:[ \t]*(?P<credit>[^\n.:;!?]{2,80}?)[ \t]*\.?[ \t]*$",
    re.I)
TAIL = 200  # a label, its colon and a credit of at most 80 characters fit in this
BRACKET_RE = re.compile(r"\[(?:File:\s*)?(?P<credit>[^\[\]]{2,80})\]\s*$")


def credits(document) -> list[Found]:
    """A Found per credited caption line, with the credit as speaker text and span."""
    text = document.text
    out = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start() + len(line.group()) - len(line.group().lstrip())
        m = CREDIT_RE.search(text, max(start, line.end() - TAIL), line.end())
        # the caption is the line up to the label; a label as the line's first word has none
        if m is None or m.start() <= start or len(m.group("credit").split()) > 8:
            continue
        out.append(_found(text, start, m.start(), m.start("credit"), m.end("credit"),
                          (m.start("label"), m.end("label"))))
    for b in document.blocks:
        if b.kind != "caption" or not b.credit:
            continue
        m = BRACKET_RE.search(text, b.start, b.end)
        if m:
            out.append(_found(text, b.start, m.start(), m.start("credit"), m.end("credit"), None))
    return [f for f in out if f is not None]


def _found(text: str, s: int, e: int, cs: int, ce: int, cue) -> Found | None:
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    return Found(s, e, (cs, ce), cue, False, (s, ce), None, form="credit", speaker_text=text[cs:ce].strip())
