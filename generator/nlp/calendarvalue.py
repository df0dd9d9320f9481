"""Values of expressions that name their own calendar date: "March 5, 2018", "the 1980s", "Q1 2020".

Also the small calendar helpers the relative rules in timevalue.py share. No spaCy here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .timeexpr import MONTH, MONTH_NAMES, SEASONS, alternatives, table


@dataclass(frozen=True)
class Resolved:
    """A calendar value (or None), its granularity and the rule that gave it."""

    value: str | None
    granularity: str | None
    rule: str


def _month(p: str) -> int:
    m = re.search(MONTH, p)
    word = m.group().rstrip(".").lower()
    return next(i + 1 for i, name in enumerate(MONTH_NAMES) if name.startswith(word[:3]))


def _year(p: str) -> int:
    # the last number of three or four digits: "March 5, 2018", "30 September 420"
    return int(re.findall(r"(?<!\d)[1-9]\d{2,3}(?!\d)", p)[-1])


def _day_after_month(p: str) -> int:
    return int(re.search(rf"{MONTH}\s+(\d{{1,2}})", p).group(1))


def _day_before_month(p: str) -> int:
    return int(re.search(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}", p).group(1))


def _mdy(p: str) -> Resolved:
    return Resolved(date(_year(p), _month(p), _day_after_month(p)).isoformat(), "day", "explicit date")


def _dmy(p: str) -> Resolved:
    return Resolved(date(_year(p), _month(p), _day_before_month(p)).isoformat(), "day", "explicit date")


def _iso(p: str) -> Resolved:
    return Resolved(date.fromisoformat(p).isoformat(), "day", "explicit date (ISO)")


def _numeric(p: str) -> Resolved:
    import dateparser  # slow to import; only numeric dates need it

    parsed = dateparser.parse(p, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        return Resolved(None, None, "not a calendar date")
    return Resolved(parsed.date().isoformat(), "day", "numeric date, month first as in English (dateparser)")


def _month_year(p: str) -> Resolved:
    return Resolved(f"{_year(p):04d}-{_month(p):02d}", "month", "month and year")


def _year_only(p: str) -> Resolved:
    return Resolved(f"{_year(p):04d}", "year", "a year named in full")


def _season_year(p: str) -> Resolved:
    y = _year(p)
    return Resolved(_season_range(_season(p), y), "range", "season of a year (northern meteorological season)")


def _part(p: str, start: int, years: int, what: str) -> Resolved:
    """A decade or century, or its early / mid / late part ("the late 1980s" = 1987-1989)."""
    m = re.match(r"(?i)(?:the\s+)?(early|mid|late)\b", p)
    if not m:
        return Resolved(_span(date(start, 1, 1), date(start + years - 1, 12, 31)), "range", what)
    third = {"early": (0, 4), "mid": (4, 7), "late": (7, 10)}[m.group(1).lower()]
    a, b = (start + years * k // 10 for k in third)
    return Resolved(_span(date(a, 1, 1), date(b - 1, 12, 31)), "range", f"the {m.group(1).lower()} part of a {what}")


def _decade(p: str) -> Resolved | None:
    m = re.search(r"(\d{3})0['’]?s", p)
    if m:
        start = int(m.group(1)) * 10
        if start % 100 == 0 and start < 2000:
            return _part(p, start, 100, "century in years ('the 1800s')")
        return _part(p, start, 10, "decade")
    return None


def _decade_rel(p: str, anchor: date | None) -> Resolved:
    """'the sixties', "the '60s": the latest such decade that ended before publication."""
    m = re.search(r"['’‘](\d)0s", p)
    tens = int(m.group(1)) * 10 if m else int(table("decade")[re.search(alternatives(table("decade")), p.lower()).group()])
    start = 2000 + tens if anchor is not None and 2000 + tens + 9 < anchor.year else 1900 + tens
    return _part(p, start, 10, "decade named without its century: the latest that ended before publication")


def _century(p: str) -> Resolved:
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", p)
    n = int(m.group(1)) if m else int(table("ordinal")[re.search(alternatives(table("ordinal")), p.lower()).group()])
    if n == 1:
        return Resolved(_span(date(1, 1, 1), date(99, 12, 31)), "range", "century, as its hundred years (1900-1999 for the 20th)")
    return _part(p, (n - 1) * 100, 100, "century, as its hundred years (1900-1999 for the 20th)")


def _quarter(p: str) -> Resolved:
    m = re.search(r"(?i)Q([1-4])|\b(first|second|third|fourth|1st|2nd|3rd|4th)\b", p)
    q = int(m.group(1)) if m.group(1) else {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group(2).lower(), 0) or int(m.group(2)[0])
    y = _year(p)
    return Resolved(_span(date(y, 3 * q - 2, 1), _month_end(y, 3 * q)), "range", "quarter of a year")


def iso_year(y: int) -> str:
    """An astronomical year as ISO 8601 writes it: 2019 -> "2019", 1 BC -> "0000", 44 BC -> "-0043"."""
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


def _bc_year(p: str) -> Resolved:
    n = int(re.search(r"[1-9]\d*", p).group())
    return Resolved(iso_year(1 - n), "year", "a year before the Common Era, in astronomical numbering (1 BC is 0000)")


def _bc_century(p: str) -> Resolved:
    """'the 5th century BC': 500-401 BC, astronomical -0499 to -0400; its early / mid / late part
    counts from its first (earliest) year."""
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", p)
    n = int(m.group(1)) if m else int(table("ordinal")[re.search(alternatives(table("ordinal")), p.lower()).group()])
    first = 1 - 100 * n
    a, b, what = first, first + 99, "century before the Common Era, in astronomical years"
    part = re.match(r"(?i)(?:the\s+)?(early|mid|late)\b", p)
    if part:
        lo, hi = {"early": (0, 4), "mid": (4, 7), "late": (7, 10)}[part.group(1).lower()]
        a, b, what = first + 10 * lo, first + 10 * hi - 1, f"the {part.group(1).lower()} part of a {what}"
    return Resolved(f"{iso_year(a)}-01-01/{iso_year(b)}-12-31", "range", what)


EXPLICIT = {"iso": _iso, "numeric": _numeric, "mdy": _mdy, "dmy": _dmy, "month_year": _month_year,
            "season_year": _season_year, "century": _century,
            "bc_year": _bc_year, "bc_century": _bc_century, "quarter": _quarter}


def _span(a: date, b: date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _week(d: date) -> str:
    monday = d - timedelta(days=d.weekday())
    return _span(monday, monday + timedelta(days=6))


def _season(p: str) -> tuple[int, int]:
    word = re.search(SEASONS, p).group().lower()
    a, b = table("season")[word].split("-")
    return int(a), int(b)


def _season_range(season: tuple[int, int], y: int) -> str:
    a, b = season
    return _span(date(y, a, 1), _month_end(y + (1 if b < a else 0), b))


# Expressions that need no anchor: the decade in digits, a year on its own.
def _end_of_year(p: str) -> Resolved | None:
    """ "the end of 2019": a year named in full with a part of it is absolute, whatever the anchor."""
    if not re.search(r"(?<!\d)[1-9]\d{3}(?!\d)", p):
        return None  # "the end of next year" counts from publication
    return Resolved(f"{_year(p):04d}-12-31", "day", "end of a year: its last day")


EXPLICIT["end_of"] = _end_of_year
EXPLICIT["year"] = _year_only
EXPLICIT["decade"] = _decade
