"""Clock times ("22:30", "6:00am", "midnight"): their value, and the day they fall on.

A time alone is "HH:MM:SS" (granularity "time"). It is on a known day, "YYYY-MM-DDTHH:MM:SS",
when a resolved day is written right beside it ("2:30 the next day", "at 9 p.m. Tuesday",
"on 4 May 2010 at noon": one expression) or elsewhere in its clause ("On Tuesday the
polls closed at 22:30"). A day already joined to another time is that time's, not the
sentence's ("closed at 22:30 and the last vote came at 2:30 the next day": 22:30 stays
bare). No spaCy here: sentences come in as character spans, clauses through a callable.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .calendarvalue import Resolved
from .timeexpr import AMPM, Find, table

# Text between a time and the day written right after it: "2:30 the next day", "9 p.m. on Tuesday".
DAY_AFTER = re.compile(r"\s*,?\s*(?:on\s+|of\s+)?")
# Text between a day and the time written right after it: "Tuesday at 9 p.m.", "4 May 2010, 22:30".
DAY_BEFORE = re.compile(r"\s*,?\s*(?:at\s+|from\s+|by\s+|around\s+|about\s+)?")


def clock_value(phrase: str) -> Resolved:
    """ "6:00am" -> 06:00:00, "9 p.m." -> 21:00:00, "midnight" -> 00:00:00: a time of no known day."""
    p = " ".join(phrase.split())
    word = table("clock_word").get(p.lower())
    if word:
        return Resolved(word, "time", "a time of day; no day named with it")
    m = re.match(r"(\d{1,2})(?:[:.](\d\d))?(?::(\d\d))?", p)
    hour, minute, second = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    half = re.search(AMPM, p)
    if half:
        pm = half.group().lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    return Resolved(f"{hour:02d}:{minute:02d}:{second:02d}", "time", "a clock time; no day named with it")


def is_day(value: str | None) -> bool:
    """A single calendar day "YYYY-MM-DD" (not a range, month or time)."""
    return bool(value) and len(value) == 10 and value[4] == "-"


def lend_tense(text: str, finds: list[Find], tenses: list) -> list:
    """ "will speak at 9 p.m. Tuesday": the parse hangs the weekday on the time, not the verb,
    so a day written right after a time takes the time's tense when it has none of its own."""
    out = list(tenses)
    for i in range(len(finds) - 1):
        f, g = finds[i], finds[i + 1]
        if f.rule == "clock" and out[i + 1] is None and DAY_AFTER.fullmatch(text, f.end, g.start):
            out[i + 1] = out[i]
    return out


def attach_days(text: str, finds: list[Find], results: list[Resolved], sentences: list[tuple[int, int]],
                clause_of=lambda f: None) -> tuple[list[Find], list[Resolved], list[int]]:
    """Each clock time on its day: joined with a day written beside it into one expression, or
    dated by the nearest free day of its clause (clause_of(find) names the verb a find hangs
    from: "As of 15:11 the site was up, but by Saturday it was down" puts 15:11 on no day);
    a time with neither stays a bare time.

    Returns the finds and values after joining, and which of the given finds each one came from."""
    joined: set[int] = set()  # days joined to a time: not free for the sentence's other times
    out_f: list[Find | None] = list(finds)
    out_r: list[Resolved | None] = list(results)
    for i, f in enumerate(finds):
        if f.rule != "clock":
            continue
        for j, pattern, first in ((i + 1, DAY_AFTER, False), (i - 1, DAY_BEFORE, True)):
            if not 0 <= j < len(finds) or j in joined or finds[j].rule == "clock" or not is_day(results[j].value):
                continue
            a, b = (finds[j], f) if first else (f, finds[j])
            if "\n" in text[a.end:b.start] or not pattern.fullmatch(text, a.end, b.start):
                continue
            joined.add(j)
            out_f[i] = Find(a.start, b.end, "clock", text[a.start:b.end])
            out_r[i] = _on(results[i], results[j], f"the day written with it (“{' '.join(finds[j].text.split())}”: {results[j].rule})")
            out_f[j] = out_r[j] = None
            break
    starts = [s for s, _ in sentences]
    at = [g.start for g in finds]  # finds come in text order
    for i, f in enumerate(finds):
        if f.rule != "clock" or out_f[i] is None or out_f[i].start != f.start or out_f[i].end != f.end:
            continue
        k = bisect_right(starts, f.start) - 1
        lo, hi = sentences[k] if k >= 0 else (f.start, f.end)
        days = [j for j in range(bisect_left(at, lo), bisect_left(at, hi)) if j not in joined and out_f[j] is not None
                and finds[j].rule != "clock" and is_day(results[j].value) and clause_of(finds[j]) == clause_of(f)]
        if days:
            j = min(days, key=lambda j: abs(finds[j].start - f.start))
            out_r[i] = _on(results[i], results[j], f"the day its sentence names (“{' '.join(finds[j].text.split())}”: {results[j].rule})")
    keep = [k for k, g in enumerate(out_f) if g is not None]
    return [out_f[k] for k in keep], [out_r[k] for k in keep], keep


def _on(time: Resolved, day: Resolved, why: str) -> Resolved:
    return Resolved(f"{day.value}T{time.value}", "time", f"a time of day on {why}")
