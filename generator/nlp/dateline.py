"""The publication date a text states itself: a date line, when no metadata gives one.

"… Wednesday, October 9, 2013" at the end of the title line, or a line that is only a date as
the first line after the title or the last line of the text. No spaCy here: seeds.py calls it.
"""

from __future__ import annotations

import re

from .timeexpr import scan
from .timevalue import resolve

FULL = {"mdy", "dmy", "iso", "numeric"}
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
# words a date line may carry before its date: "Published Wednesday, October 9, 2013"
LEAD = re.compile(r"(?i)^(?:published|posted|updated|dated|date)?\s*[:\-–—]?\s*")


def published_in_text(text: str) -> str | None:
    """YYYY-MM-DD of the text's own date line, or None."""
    lines = [ln.strip() for ln in FRONT_MATTER.sub("", text).splitlines() if ln.strip()]
    if not lines:
        return None
    title = lines[0]
    date_at_end = _full_date(title, at_end=True)
    if date_at_end:
        return date_at_end
    for line in (lines[1:2] + lines[-1:]) if len(lines) > 1 else []:
        found = _full_date(LEAD.sub("", line.strip(" .*_#>")), whole=True)
        if found:
            return found
    return None


def _full_date(line: str, at_end: bool = False, whole: bool = False) -> str | None:
    finds = [f for f in scan(line, strict=False) if f.rule in FULL]
    if not finds:
        return None
    f = finds[-1]
    rest_after = line[f.end:].strip(" .,;:)]")
    if (at_end and rest_after) or (whole and (line[:f.start].strip(" ,;:([—–-") or rest_after)):
        return None
    if at_end and not re.search(r"[\s,:|/—–-]$", line[:f.start]):
        return None  # the date must be set off from the title, not run into a word
    r = resolve(f, None)
    return r.value if r.value and len(r.value) == 10 else None
