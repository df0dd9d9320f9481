"""Where time expressions are in plain text: one regular expression per rule, no spaCy.

The patterns are built from the words in data/date_words.txt; timevalue.py says what each
expression means and dates.py decides, from the parse, which way its sentence points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .rules import DATA, alternatives


@cache
def table(kind: str) -> dict[str, str]:
    """word -> value for one kind of data/date_words.txt."""
    out = {}
    for line in (DATA / "date_words.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            if parts[0] == kind:
                out[parts[1]] = parts[2] if len(parts) > 2 else ""
    return out


MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Capitalised month and weekday names only: "may" and "march" are verbs, "Mar" starts "Marco".
MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])"
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![A-Za-z])")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?<![\d$£€.,])(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d%]|[.,:]\d)"
# A full date may carry an early year: "30 September 420".
FULL_YEAR = r"(?<![\d$£€.,])(?:1[0-9]\d\d|20\d\d|21\d\d|[1-9]\d\d)(?![\d%]|[.,:]\d)"
# An early year needs its era or a "c."/"circa": "A.D. 1219", "c. 870", "420 AD", "in 410 CE".
ERA = r"(?:A\.\s?D\.|AD|C\.\s?E\.|CE)(?![A-Za-z])"
# Before the Common Era: "44 BC", "490 BCE", "the 5th century B.C." (valued in astronomical years).
ERA_BC = r"(?:B\.\s?C\.(?:\s?E\.)?|BCE|BC)(?![A-Za-z])"
MOD = r"(?:(?i:(?:the\s+)?(?:early|mid|late|(?:beginning|start|middle|end)\s+of))[\s-]+)?"
# "March 11 this year": the year words are their own expression; YEAR_AFTER lends their year.
YEAR_AFTER = re.compile(r"[\s,\-–—]*(?i:this|last|next)\s+(?i:year)(?![A-Za-z'])")
SEASONS = r"(?i:spring|summer|autumn|fall|winter)"
UNITS = r"(?i:years?|months?|weeks?|days?|decades?)"
# "in ’96", "since '05": a year written with two digits after an apostrophe (not "'90s", "’em")
SHORT_YEAR = r"['’‘]\d\d(?![\d'’‘]|s(?![A-Za-z])|[.,:]\d)"
# Clock times: "22:30", "6:00am", "9 p.m.", "9.30pm", "15:11 GMT", "ten o'clock" is not read.
AMPM = r"(?:[aApP]\.\s?[mM]\.|[aApP][mM](?![A-Za-z]))"
ZONE = rf"(?:{alternatives(table('time_zone'))})(?![A-Za-z])"
CLOCK = (rf"(?<![\d:./,])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])(?:\s?{AMPM})?"
         rf"|(?:1[0-2]|0?[1-9])(?:\.[0-5]\d)?\s?{AMPM}|(?:1[0-2]|[1-9])\s+o['’]clock(?![A-Za-z]))(?:\s+{ZONE})?"
         rf"|(?i:{alternatives(table('clock_word'))})(?![A-Za-z])")

RULES: list[tuple[str, str]] = [
    ("clock", CLOCK),
    ("iso", r"\d{4}-\d{2}-\d{2}(?!\d)"),
    ("numeric", r"(?<![\d/.])\d{1,2}/\d{1,2}/\d{4}(?![\d/])"),
    ("mdy", rf"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY},?\s+{FULL_YEAR}"),
    ("dmy", rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{FULL_YEAR}"),
    ("month_year", rf"{MOD}{MONTH},?\s+(?:of\s+)?{YEAR}"),
    # "August of '77", "June ’96": the year written with two digits, its century from context
    ("month_short_year", rf"{MOD}{MONTH},?\s+(?:of\s+)?{SHORT_YEAR}"),
    ("holiday", rf"(?i:{alternatives(table('holiday')).replace(chr(39), '[' + chr(39) + '’]')})(?![A-Za-z])"),
    ("md", rf"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}"),
    ("dm", rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}"),
    ("season_year", rf"{MOD}{SEASONS}\s+(?:of\s+)?{YEAR}"),
    ("rel_season", rf"(?i:(?:earlier|later)\s+)?(?i:this\s+past|this\s+coming|the\s+coming|the\s+past|last|this|next)\s+{SEASONS}(?![A-Za-z])"),
    ("decade", rf"(?:(?i:the)\s+)?{MOD}(?:(?:1[0-9]|20)\d0['’]?s|['’‘]\d0s|(?i:{alternatives(table('decade'))}))(?![A-Za-z])"),
    # the era word goes first where a rule without it would take the number: "1200 BC", "5th century BC"
    ("bc_century", rf"(?:(?i:the)\s+)?{MOD}(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{alternatives(table('ordinal'))}))[\s-]+(?i:century)\s+{ERA_BC}"),
    ("century", rf"(?:(?i:the)\s+)?{MOD}(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{alternatives(table('ordinal'))}))[\s-]+(?i:century)(?![A-Za-z])"),
    ("quarter", rf"(?:(?i:the\s+)?(?i:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?i:quarter)\s+(?:of\s+)?|Q[1-4]\s+){YEAR}"),
    ("end_of", rf"(?i:(?:the\s+)?(?:end|close)\s+of\s+(?:the|this|last|next)\s+(?:year|month)|year[\s-]end|end[\s-]of[\s-]year)(?![A-Za-z])|(?i:(?:the\s+)?end\s+of\s+){YEAR}"),
    ("ago", rf"(?<!half\s)(?i:(?:\[?(?:{alternatives(table('number'))}|\d+)\]?)\s+{UNITS}\s+ago)(?![A-Za-z])"),
    ("deictic", r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:earlier\s+|later\s+)?today|yesterday"
                r"|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)(?![A-Za-z])"),
    # counted from a day named in the story: "On Tuesday ... the next day", "later that day"
    # ("in the next day or two" counts from writing; "the day after the election" from an event: dates.py)
    ("day_rel", r"(?i:the\s+(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night)"
                r"|the\s+(?:day|night|morning|evening)\s+(?:before|after)(?!\s+(?:yesterday|tomorrow|pill))"
                r"|(?:earlier|later)\s+that\s+(?:day|night|morning|evening)|that\s+(?:day|night|morning|evening))(?![A-Za-z])"
                r"(?!\s+or\s)"),
    ("weekend", r"(?i:(?:this\s+past|this\s+coming|the\s+coming|the\s+past|last|this|next|the)\s+weekend)(?![A-Za-z])(?!\s+(?:after|before)\b)"),
    ("year_rel", r"(?i:the\s+(?:year|month|week)\s+(?:before|after)|(?:a|one)\s+(?:year|month|week)\s+(?:earlier|later))(?![A-Za-z])"),
    # counted from the story's last date, not from publication: "that year", "the same month",
    # "the last-mentioned year", "three days after", "two years later"
    ("story_same", r"(?i:that\s+(?:very\s+|same\s+)?(?:year|month)|the\s+(?:very\s+)?same\s+(?:year|month)"
                   r"|the\s+(?:last|above)[\s-]+mentioned\s+year|the\s+said\s+year)(?![A-Za-z])"),
    ("story_count", rf"(?i:(?:{alternatives(table('number'))}|\d+)\s+{UNITS}\s+)(?:(?i:later|afterwards?|earlier)(?![A-Za-z])"
                    # "after"/"before" with nothing after them; "three days after the attack" counts from an event
                    r"|(?i:after|before)(?![A-Za-z])(?!\s+(?:[A-Z\d]|(?i:the|a|an|his|her|its|their|this|that|these|those"
                    r"|he|she|they|it|we|i|you|my|our|your)\b)))"),
    ("rel_unit", r"(?i:(?:(?:earlier|later)\s+)?(?:this\s+past|this\s+coming|the\s+coming|the\s+current|the\s+previous"
                 r"|the\s+following|the\s+next|(?<!the\s)last|this|next|previous)\s+(?:years?|month|week))(?![A-Za-z])"),
    ("weekday", rf"(?:(?i:this\s+past|this\s+coming|last|this|next)\s+)?{WEEKDAY}(?:\s+(?i:night|morning|afternoon|evening))?"),
    ("month", rf"{MOD}(?:(?i:last|this|next)\s+)?{MONTH_FULL}"),
    # "1890–91", "(1828–31)", "1812-'17": both ends are years (split into two finds by scan)
    ("year_span", rf"{YEAR}\s*[-–—]\s*['’]?\d\d(?![\d%]|[.,:]\d)"),
    ("bc_year", rf"(?:(?i:c\.|ca\.|circa)\s*)?[1-9]\d{{0,3}}(?![\d,.])\s*{ERA_BC}"),
    ("early_year", rf"(?i:c\.|ca\.|circa)\s*[1-9]\d{{2,3}}(?!\d)(?!\s+[a-z]+s\b)|{ERA}\s*[1-9]\d{{0,3}}(?!\d)|[1-9]\d{{0,3}}\s*{ERA}"),
    ("year", rf"{MOD}{YEAR}"),
    ("short_year", SHORT_YEAR),
]
# One guard for all rules, checked once a position: the start of a word that can begin a date.
SCANNER = re.compile("(?<![\\w'])(?=[\\w\\[’‘'])(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in RULES) + ")")
# Bare months and years need a cue outside a DATE entity: "in May", "since 2013", not "Theresa May".
GATED = {"month", "year"}
CUE_BEFORE = re.compile(r"(\S+)\s*$")
RANGE_AFTER = re.compile(rf"\s*(?:-|–|—|to|through|until)\s*(?:{YEAR}|{MONTH_FULL})")
BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+\S+(?:\s+\S+)?\s+and\s*$")


@dataclass(frozen=True)
class Find:
    """One time expression: character offsets in the scanned text and the rule that found it."""

    start: int
    end: int
    rule: str
    text: str
    full: str = ""  # the four-digit year a two-digit range end stands for ("91" in "1890–91")


def scan(text: str, start: int = 0, end: int | None = None, strict: bool = True) -> list[Find]:
    """Time expressions in text[start:end]; strict asks bare months and years for a cue word."""
    end = len(text) if end is None else end
    out = []
    for m in SCANNER.finditer(text, start, end):
        rule, phrase = m.lastgroup, m.group()
        if (strict and rule in GATED or rule == "short_year") and not cued(text, m.start(), phrase):
            continue  # a two-digit year needs its cue even inside a DATE entity: "the score was '12"
        if rule == "clock" and not _clock_cued(text, m.start(), phrase):
            continue  # inside a DATE entity too: spaCy reads "3:16" in "John 3:16" as a date
        if rule == "year_span":
            out.extend(_span_ends(m))
            continue
        out.append(Find(m.start(), m.end(), rule, phrase))
    return out


def cued(text: str, start: int, phrase: str) -> bool:
    """Whether a bare month or year has a word that makes it a date: "in May", "since 2013", "May–July"."""
    if re.match(r"(?i)(?:the\s+)?(?:early|mid|late|beginning|start|middle|end|last|this|next)\b", phrase):
        return True
    if re.search(r"(?i)(?:this|last|next)\s+year$", phrase):
        return True
    before = text[max(0, start - 30):start]
    if re.search(rf"(?:{YEAR}|{MONTH_FULL})\s*[-–—]\s*$", before):
        return True  # the far end of "1990 - 2010", "May–July"; not "F-2000"
    if RANGE_AFTER.match(text, start + len(phrase)) or BETWEEN_BEFORE.search(before):
        return True  # "over 2000 - 2050", "between May and July"
    m = CUE_BEFORE.search(before)
    return bool(m) and m.group(1).lower().strip("(,") in table("cue")


def _clock_cued(text: str, start: int, phrase: str) -> bool:
    """ "at 22:30", "until midnight", "9 p.m.", "15:11 GMT": a time of day; not "John 3:16"."""
    if re.search(rf"{AMPM}|{ZONE}|o['’]clock", phrase):
        return True
    m = CUE_BEFORE.search(text, max(0, start - 30), start)
    return bool(m) and m.group(1).lower().strip("(,") in table("clock_cue")


def _span_ends(m: re.Match) -> list[Find]:
    """ "1890–91": 1890 and 1891; "2019-08" is a month, not a range (the end is not later)."""
    first = m.group()[:4]
    end = m.end() - 2
    tail = int(m.group()[-2:])
    if tail <= int(first[2:]):
        return [] if re.match(r"\d{4}-\d\d$", m.group()) else [Find(m.start(), m.start() + 4, "year", first)]
    return [Find(m.start(), m.start() + 4, "year", first), Find(end, m.end(), "year_end", m.group()[-2:], f"{first[:2]}{tail:02d}")]
