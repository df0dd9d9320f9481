"""A scraped list whose every line begins with the previous line's entry again.

A saved page's timeline box ("1924: Born in …", "1964: Imprisoned …") sometimes comes out with each
entry's words repeated at the start of the next line: "Born in Kutama 1964: Imprisoned by …". Read
as written, the echo glues the last event onto the next year, so a timeline dates "Born in …" to
1964 and a claim finder reads "Wins elections 1996: Marries …" as a speaker and their words. The
echo is the page's, not the story's: seeds mask it (offsets unchanged) and each line reads as its
own "label: entry".
"""

from __future__ import annotations

import re

# "label: entry" with a short label (a year, a date, a name), or a bare entry
_LABELLED = re.compile(r"(?:[^:\n]{1,40}:\s+)?(?P<entry>\S.*\S)")
# what follows the echo: the line's own short label and its colon
_NEXT_LABEL = re.compile(r"\s[^:\n]{1,40}:\s")
MIN_WORDS = 2


def echoed_prefix(previous: str, line: str) -> int:
    """The length of `line`'s opening that repeats `previous`'s entry before a label of its own, else 0."""
    m = _LABELLED.fullmatch(previous.strip())
    entry = m.group("entry") if m else ""
    if len(entry.split()) < MIN_WORDS or not line.startswith(entry):
        return 0
    return len(entry) if _NEXT_LABEL.match(line, len(entry)) else 0
