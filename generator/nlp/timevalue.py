"""What a time expression means: a calendar value at its own granularity, with the rule used.

`resolve` takes one expression found by timeexpr.scan, the publication date (the anchor)
and which way the sentence points (past | future | present | None). No spaCy here.

Values: YYYY (-YYYY before the Common Era, 1 BC being 0000) | YYYY-MM | YYYY-MM-DD | YYYY-MM-DD/YYYY-MM-DD (a week, a weekend, a season,
a decade) | HH:MM:SS or YYYY-MM-DDTHH:MM:SS (a clock time, its day set by clocktime.py).
Granularity: year | month | day | week | range | time.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendarvalue import (
    EXPLICIT,
    Resolved,
    _day_after_month,
    _day_before_month,
    _decade,
    _decade_rel,
    _month,
    _month_end,
    _season,
    _shift_month,
    _span,
    _week,
    _year,
    _year_only,
    _ym,
)
from .clocktime import clock_value
from .timeexpr import WEEKDAYS, YEAR_AFTER, Find, alternatives, table

# Years before the Common Era only from the rules that name the era: "-0043" (44 BC), "0000" (1 BC).
VALUE = re.compile(r"(?!0000)\d{4}(?:-\d{2}(?:-\d{2})?)?|(?!0000)\d{4}-\d{2}-\d{2}/(?!0000)\d{4}-\d{2}-\d{2}")
BC_VALUE = re.compile(r"-?\d{4}(?:-\d{2}-\d{2}/-?\d{4}-\d{2}-\d{2})?")


def resolve(find: Find, anchor: date | None, direction: str | None = None, after: str = "") -> Resolved:
    """The calendar value of one expression; direction is past | future | present | None.

    `after` is the text that follows it: a yearless day or month takes the year of a
    following "this year" / "last year" / "next year".
    """
    p = " ".join(find.text.split())
    m = YEAR_AFTER.match(after)
    if m and find.rule in ("md", "dm", "month"):
        p = f"{p} {' '.join(m.group().strip(' ,').split())}"
    low = p.lower()
    if re.search(r"\b(?:next|coming)\b", low):
        direction = "future"
    elif re.search(r"\b(?:last|past|previous|ago)\b", low):
        direction = "past"
    if find.rule == "clock":
        return clock_value(p)
    if find.rule in ("short_year", "month_short_year"):
        return _short_year(find.rule, p, anchor, direction)
    if find.rule == "year_end":
        return Resolved(find.full, "year", f"end of a year range written with two digits ({find.full})")
    if find.rule == "early_year":
        n = int(re.search(r"[1-9]\d*", p).group())
        return Resolved(f"{n:04d}", "year", "a year of the Common Era, named with its era or 'circa'")
    try:
        explicit = EXPLICIT.get(find.rule)
        done = explicit(p) if explicit else None
        if done is None and anchor is None:
            if find.rule in ("md", "dm", "month", "holiday"):
                return Resolved(None, None, "no year given and no publication date")  # "Oct. 9" is no relative date
            return Resolved(None, None, "relative date and no publication date")
        done = done or RELATIVE[find.rule](p, anchor, direction)
        if done.value is not None and not (BC_VALUE if find.rule.startswith("bc_") else VALUE).fullmatch(done.value):
            return Resolved(None, None, "outside the calendar this site shows")
        return done
    except (ValueError, KeyError, AttributeError, IndexError, OverflowError):
        return Resolved(None, None, "not a calendar date")


def _short_year(rule: str, p: str, anchor: date | None, direction: str | None) -> Resolved:
    """ "in ’96": the year ending in 96 nearest the anchor; from a publication date, a past clause
    takes the latest not after it and a future one the earliest not before it."""
    if anchor is None:
        return Resolved(None, None, "a year written with two digits and no date to place its century")
    nn = int(re.search(r"['’‘](\d\d)", p).group(1))
    cands = [100 * c + nn for c in (anchor.year // 100 - 1, anchor.year // 100, anchor.year // 100 + 1)]
    past = [y for y in cands if y <= anchor.year]
    future = [y for y in cands if y >= anchor.year]
    if direction == "past" and past:
        year, why = max(past), "the latest such year up to the anchor (past tense)"
    elif direction == "future" and future:
        year, why = min(future), "the next such year from the anchor on (future tense)"
    else:
        year, why = min(cands, key=lambda y: (abs(y - anchor.year), y)), "the nearest such year to the anchor"
    if rule == "short_year":
        return Resolved(f"{year:04d}", "year", f"a year written with two digits: {why}")
    return Resolved(_ym(year, _month(p)), "month", f"month and a year written with two digits: {why}")


def _pick(candidates: list[date], anchor: date, direction: str | None) -> tuple[date, str]:
    """Past: the latest up to the anchor; future: the earliest from it on; otherwise the nearest."""
    past = [c for c in candidates if c <= anchor]
    future = [c for c in candidates if c >= anchor]
    if direction == "past" and past:
        return max(past), "the latest such up to publication (past tense)"
    if direction == "future" and future:
        return min(future), "the next such from publication on (future tense)"
    best = min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))
    return best, "the nearest such to publication"


def _year_suffix(p: str, anchor: date) -> int | None:
    m = re.search(r"(?i)\b(this|last|next)\s+year$", p)
    return None if not m else anchor.year + {"this": 0, "last": -1, "next": 1}[m.group(1).lower()]


def _md(p: str, anchor: date, direction: str | None, day_of) -> Resolved:
    mo, day = _month(p), day_of(p)
    fixed = _year_suffix(p, anchor)
    if fixed is not None:
        return Resolved(date(fixed, mo, day).isoformat(), "day", "day and month; year named relative to publication")
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(date(y, mo, day))
        except ValueError:
            continue
    best, why = _pick(cands, anchor, direction)
    return Resolved(best.isoformat(), "day", f"day and month: {why}")


def _month_rel(p: str, anchor: date, direction: str | None) -> Resolved:
    mo = _month(p)
    fixed = _year_suffix(p, anchor)
    if fixed is not None:
        return Resolved(_ym(fixed, mo), "month", "month; year named relative to publication")
    here = date(anchor.year, anchor.month, 1)
    low = p.lower()
    if re.match(r"(?:the\s+)?(?:early|mid|late|beginning|start|middle|end)?[\s-]*(?:of\s+)?this\b", low):
        return Resolved(_ym(anchor.year, mo), "month", "'this' month name: in the year of publication")
    cands = [date(y, mo, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if re.search(r"\blast\b", low):
        cands = [c for c in cands if c < here]
    elif re.search(r"\bnext\b", low):
        cands = [c for c in cands if c > here]
    best, why = _pick(cands, here, direction)
    return Resolved(_ym(best.year, best.month), "month", f"month name: {why}")


def _weekday(p: str, anchor: date, direction: str | None) -> Resolved:
    low = p.lower()
    wd = next(i for i, name in enumerate(WEEKDAYS) if name in low)
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if re.match(r"(?:this\s+past|last)\b", low):
        return Resolved((anchor - timedelta(days=back or 7)).isoformat(), "day", "'last' weekday: the latest before publication")
    if re.match(r"(?:this\s+coming|next)\b", low):
        return Resolved((anchor + timedelta(days=ahead or 7)).isoformat(), "day", "'next' weekday: the next after publication")
    if direction == "future":
        # news names the day itself even when it is the day of publication ("returns are due Monday")
        return Resolved((anchor + timedelta(days=ahead)).isoformat(), "day", "weekday, future tense: the next such day from publication on")
    return Resolved((anchor - timedelta(days=back)).isoformat(), "day", "weekday, past or present tense: the latest such day up to publication")


def _rel_season(p: str, anchor: date, direction: str | None) -> Resolved:
    season = _season(p)
    occ = []
    for y in range(anchor.year - 2, anchor.year + 2):
        a, b = season
        occ.append((date(y, a, 1), _month_end(y + (1 if b < a else 0), b)))
    low = p.lower()
    if re.search(r"\b(?:last|past)\b", low):
        s, e = max(o for o in occ if o[1] < anchor)
        why = "the latest such season that ended before publication"
    elif re.search(r"\b(?:next|coming)\b", low):
        s, e = min(o for o in occ if o[0] > anchor)
        why = "the first such season that starts after publication"
    else:
        current = [o for o in occ if o[0] <= anchor <= o[1]]
        s, e = current[0] if current else next(o for o in occ if o[0].year == anchor.year)
        why = "this season: the one around publication, or in its year"
    return Resolved(_span(s, e), "range", why)


def _weekend(p: str, anchor: date, direction: str | None) -> Resolved:
    sat = anchor - timedelta(days=(anchor.weekday() - 5) % 7)  # the Saturday on or before the anchor
    in_weekend = anchor.weekday() >= 5
    low = p.lower()
    if re.match(r"(?:this\s+past|the\s+past|last)\b", low):
        s, why = (sat - timedelta(days=7) if in_weekend else sat), "the latest weekend before publication"
    elif re.match(r"(?:this\s+coming|the\s+coming|next)\b", low):
        s, why = sat + timedelta(days=7), "the first weekend after publication"
    elif in_weekend:
        s, why = sat, "the weekend of publication"
    elif direction == "future" or (direction is None and anchor.weekday() == 4):
        s, why = sat + timedelta(days=7), "the coming weekend (future tense, or published on a Friday)"
    else:
        s, why = sat, "the latest weekend before publication (past or present tense)"
    return Resolved(_span(s, s + timedelta(days=1)), "range", why)


def _rel_unit(p: str, anchor: date, direction: str | None) -> Resolved | None:
    low = p.lower()
    unit = re.search(r"(year|month|week)(s?)", low)
    if unit.group(2) and not re.search(r"\bthis\s+years", low):
        return Resolved(None, None, "plural: a span of time, not a date")
    if re.search(r"\b(?:last|previous|this\s+past)\b", low):
        k, word = -1, "before"
    elif re.search(r"\b(?:next|coming|following)\b", low):
        k, word = 1, "after"
    else:
        k, word = 0, "of"
    name = unit.group(1)
    if name == "year":
        return Resolved(f"{anchor.year + k:04d}", "year", f"year {word} publication")
    if name == "month":
        return Resolved(_ym(*_shift_month(anchor.year, anchor.month, k)), "month", f"month {word} publication")
    return Resolved(_week(anchor + timedelta(days=7 * k)), "week", f"week {word} publication (Monday–Sunday)")


def _year_rel(p: str, anchor: date, direction: str | None) -> Resolved:
    low = p.lower()
    unit = re.search(r"(year|month|week)", low).group()
    return _rel_unit(f"{'next' if re.search(r'after|later', low) else 'last'} {unit}", anchor, direction)


NARRATIVE = re.compile(r"(?i)^(?:the\s+)?(?:previous|following|next)\s|\s(?:before|after|earlier|later)$")


def narrative(find: Find) -> str | None:
    """'back', 'forward' or 'same' for expressions counted from a date in the story, not from
    publication: "the year before", "a year later", "the previous month", "that day"."""
    if find.rule == "story_same":
        return "same"
    if find.rule == "story_count":
        return "back" if re.search(r"(?i)earlier|before", find.text) else "forward"
    if find.rule == "day_rel":
        low = find.text.lower()
        return "forward" if re.search(r"next|following|after", low) else "back" if re.search(r"previous|before", low) else "same"
    if find.rule not in ("year_rel", "rel_unit") or not NARRATIVE.search(" ".join(find.text.split())):
        return None
    if find.rule == "rel_unit" and re.match(r"(?i)next\s", find.text):
        return None  # "next year" counts from publication
    return "forward" if re.search(r"(?i)following|next|after|later", find.text) else "back"


def needs(find: Find) -> str:
    """The granularity a story date must have to count this expression from: day | month | year."""
    low = find.text.lower()
    if find.rule in ("day_rel", "deictic") or re.search(r"\b(?:days?|weeks?|weekend)\b", low):
        return "day"
    if re.search(r"\bmonths?\b", low):
        return "month"
    return "year"


def in_year(find: Find, year: int) -> Resolved | None:
    """A day, month or holiday named without its year, placed in the given year (the story's)."""
    p = " ".join(find.text.split())
    try:
        if find.rule == "md":
            return Resolved(date(year, _month(p), _day_after_month(p)).isoformat(), "day", "day and month")
        if find.rule == "dm":
            return Resolved(date(year, _month(p), _day_before_month(p)).isoformat(), "day", "day and month")
        if find.rule == "month":
            return Resolved(_ym(year, _month(p)), "month", "month name")
        if find.rule == "holiday":
            # the latest such holiday up to the year's last day is that year's
            return Resolved(_holiday(p, date(year, 12, 31), "past").value, "day", "holiday")
    except (ValueError, KeyError, AttributeError, IndexError):
        return None
    return None


def _story_same(p: str, anchor: date, direction: str | None) -> Resolved:
    if re.search(r"(?i)\bmonth\b", p):
        return Resolved(_ym(anchor.year, anchor.month), "month", "the same month as publication")
    return Resolved(f"{anchor.year:04d}", "year", "the same year as publication")


def _story_count(p: str, anchor: date, direction: str | None) -> Resolved:
    low = p.lower()
    m = re.match(rf"({alternatives(table('number'))}|\d+)\s+(year|month|week|day|decade)s?\s+(\w+)", low)
    n = int(m.group(1)) if m.group(1).isdigit() else int(table("number")[" ".join(m.group(1).split())])
    unit = m.group(2)
    sign = -1 if m.group(3) in ("earlier", "before") else 1
    why = f"{n} {unit}(s) {'before' if sign < 0 else 'after'} publication"
    if unit in ("year", "decade"):
        return Resolved(f"{anchor.year + sign * n * (10 if unit == 'decade' else 1):04d}", "year", why)
    if unit == "month":
        return Resolved(_ym(*_shift_month(anchor.year, anchor.month, sign * n)), "month", why)
    if unit == "week":
        return Resolved(_week(anchor + timedelta(days=7 * sign * n)), "week", why)
    return Resolved((anchor + timedelta(days=sign * n)).isoformat(), "day", why)


def _ago(p: str, anchor: date, direction: str | None) -> Resolved:
    low = p.lower().replace("[", "").replace("]", "")
    m = re.match(rf"({alternatives(table('number'))}|\d+)\s+(year|month|week|day|decade)s?\s+ago", low)
    n = int(m.group(1)) if m.group(1).isdigit() else int(table("number")[" ".join(m.group(1).split())])
    unit = m.group(2)
    why = f"{n} {unit}(s) before publication"
    if unit in ("year", "decade"):
        return Resolved(f"{anchor.year - n * (10 if unit == 'decade' else 1):04d}", "year", why)
    if unit == "month":
        return Resolved(_ym(*_shift_month(anchor.year, anchor.month, -n)), "month", why)
    if unit == "week":
        return Resolved(_week(anchor - timedelta(days=7 * n)), "week", why)
    return Resolved((anchor - timedelta(days=n)).isoformat(), "day", why)


def _deictic(p: str, anchor: date, direction: str | None) -> Resolved:
    low = re.sub(r"^(?:earlier|later)\s+", "", " ".join(p.lower().split()))
    shift = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "last night": -1,
             "tomorrow": 1}.get(low, 0)
    return Resolved((anchor + timedelta(days=shift)).isoformat(), "day",
                    {0: "publication day", -1: "day before publication", 1: "day after publication"}.get(shift, f"{shift:+d} days from publication"))


def _end_of(p: str, anchor: date, direction: str | None) -> Resolved:
    low = p.lower()
    if re.search(r"\d{4}", low):
        return Resolved(f"{_year(p):04d}-12-31", "day", "end of a year: its last day")
    k = -1 if "last" in low else 1 if "next" in low else 0
    if "month" in low:
        y, m = _shift_month(anchor.year, anchor.month, k)
        return Resolved(_month_end(y, m).isoformat(), "day", "end of the month: its last day")
    return Resolved(date(anchor.year + k, 12, 31).isoformat(), "day", "end of the year: its last day")


def _holiday(p: str, anchor: date, direction: str | None) -> Resolved:
    key = " ".join(p.lower().replace("’", "'").split())
    rule = table("holiday")[key]
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if rule.startswith("nth"):  # "nth 4 3 11": the 4th Thursday (weekday 3) of November
            _, n, wd, mo = rule.split()
            first = date(y, int(mo), 1)
            cands.append(first + timedelta(days=(int(wd) - first.weekday()) % 7 + 7 * (int(n) - 1)))
        else:
            mo, day = rule.split("-")
            cands.append(date(y, int(mo), int(day)))
    best, why = _pick(cands, anchor, direction)
    return Resolved(best.isoformat(), "day", f"holiday: {why}")


def _day_rel(p: str, anchor: date, direction: str | None) -> Resolved:
    low = p.lower()
    shift = 1 if re.search(r"next|following|after", low) else -1 if re.search(r"previous|before", low) else 0
    return Resolved((anchor + timedelta(days=shift)).isoformat(), "day",
                    {1: "the day after publication", -1: "the day before publication", 0: "the same day as publication"}[shift])


RELATIVE = {
    "holiday": _holiday,
    "day_rel": _day_rel,
    "md": lambda p, a, d: _md(p, a, d, _day_after_month),
    "dm": lambda p, a, d: _md(p, a, d, _day_before_month),
    "month": _month_rel,
    "weekday": _weekday,
    "rel_season": _rel_season,
    "weekend": _weekend,
    "rel_unit": _rel_unit,
    "year_rel": _year_rel,
    "ago": _ago,
    "story_same": _story_same,
    "story_count": _story_count,
    "deictic": _deictic,
    "end_of": _end_of,
    "decade": lambda p, a, d: _decade(p) or _decade_rel(p, a),
    "year": lambda p, a, d: _year_only(p),
}
