"""Date expressions resolved against the publication date, at their own granularity."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import DateRef

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"


def extract(doc, published: str | None) -> list[DateRef]:
    """DATE entities of a spaCy Doc, each resolved (or left unresolved) with its working."""
    anchor = date.fromisoformat(published) if published else None
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        s, e = ent.start_char, ent.end_char
        phrase = doc.text[s:e]
        if _is_age(doc.text, s, e) or _is_duration(phrase):
            continue
        value, gran, rule = resolve(phrase, anchor)
        sent = ent.sent
        out.append(DateRef(phrase, s, e, value, gran, published, rule, _event(sent, ent),
                           sent.start_char, sent.end_char))
    return out


def _is_age(text: str, s: int, e: int) -> bool:
    """ "Cabello, 56, is ..." and "aged 56": a number after a name between commas is an age."""
    phrase = text[s:e]
    return bool(re.fullmatch(r"\d{1,3}", phrase) and (text[max(0, s - 2):s] == ", " or
                text[max(0, s - 5):s].lower() == "aged "))


def _is_duration(phrase: str) -> bool:
    p = phrase.lower()
    return bool(re.search(r"\b(years?|months?|weeks?|days?|decades?)[- ]old\b|\b(for|over|nearly|almost|about)\s+\d", p)) or \
        bool(re.fullmatch(r"(?:the\s+)?(?:past|last|next|previous)?\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few)\s+(?:years?|months?|weeks?|days?|decades?)", p))


def resolve(phrase: str, anchor: date | None) -> tuple[str | None, str | None, str]:
    """(value, granularity, rule) for one date phrase; (None, None, why) when it can't be resolved."""
    p = re.sub(r"\s+", " ", phrase.lower().strip())
    p = re.sub(r"^(?:(?:the|early|late|mid|on|in|since|by|until|from|during)[- ]+)+", "", p)
    m = re.search(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", p) or \
        re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE}),?\s+(\d{{4}})\b", p)
    if m:
        a, b, y = m.groups()
        mon, day = (a, b) if not a.isdigit() else (b, a)
        try:
            return date(int(y), MONTHS[mon.rstrip(".")[:4] if mon.startswith("sept") else mon.rstrip(".")[:3]], int(day)).isoformat(), "day", "explicit date"
        except (ValueError, KeyError):
            return None, None, "not a calendar date"
    m = re.search(rf"\b({MONTH_RE})\s+(\d{{4}})\b", p)
    if m:
        return f"{int(m.group(2)):04d}-{MONTHS[m.group(1).rstrip('.')[:3]]:02d}", "month", "month and year"
    m = re.fullmatch(r"(?:the )?(?:year )?(\d{4})s?", p)
    if m and 1000 <= int(m.group(1)) <= 2999:
        return m.group(1), "year", "year"
    if anchor is None:
        return None, None, "relative date and no publication date"
    return _relative(p, anchor)


def _relative(p: str, anchor: date) -> tuple[str | None, str | None, str]:
    if p in ("today", "this day"):
        return anchor.isoformat(), "day", "today = publication date"
    if p in ("yesterday",):
        return (anchor - timedelta(days=1)).isoformat(), "day", "day before publication"
    if p in ("tomorrow",):
        return (anchor + timedelta(days=1)).isoformat(), "day", "day after publication"
    if re.fullmatch(r"(?:this|the current) year", p):
        return str(anchor.year), "year", "year of publication"
    if re.fullmatch(r"last year|the previous year|a year ago", p):
        return str(anchor.year - 1), "year", "year before publication"
    if re.fullmatch(r"next year|the coming year", p):
        return str(anchor.year + 1), "year", "year after publication"
    if re.fullmatch(r"(?:earlier |later )?this month|the current month", p):
        return f"{anchor.year:04d}-{anchor.month:02d}", "month", "month of publication"
    if re.fullmatch(r"last month|the previous month|a month ago", p):
        y, mo = (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)
        return f"{y:04d}-{mo:02d}", "month", "month before publication"
    if re.fullmatch(r"next month", p):
        y, mo = (anchor.year, anchor.month + 1) if anchor.month < 12 else (anchor.year + 1, 1)
        return f"{y:04d}-{mo:02d}", "month", "month after publication"
    if re.fullmatch(r"(?:earlier |later )?this week", p):
        return _week(anchor), "week", "week of publication (Monday–Sunday)"
    if re.fullmatch(r"last week|the previous week|a week ago", p):
        return _week(anchor - timedelta(days=7)), "week", "week before publication (Monday–Sunday)"
    if re.fullmatch(r"next week", p):
        return _week(anchor + timedelta(days=7)), "week", "week after publication (Monday–Sunday)"
    m = re.fullmatch(rf"({MONTH_RE})(?: this year| last year)?", p)
    if m:
        mo = MONTHS[m.group(1).rstrip(".")[:3]]
        y = anchor.year - (1 if "last year" in p or (mo > anchor.month and "this year" not in p) else 0)
        return f"{y:04d}-{mo:02d}", "month", "month name: the latest such month up to publication"
    m = re.fullmatch(rf"({MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?", p) or re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_RE})", p)
    if m:
        a, b = m.groups()
        mon, day = (a, b) if not a.isdigit() else (b, a)
        mo = MONTHS[mon.rstrip(".")[:3]]
        y = anchor.year - (1 if (mo, int(day)) > (anchor.month, anchor.day) else 0)
        try:
            return date(y, mo, int(day)).isoformat(), "day", "day and month: the latest such day up to publication"
        except ValueError:
            return None, None, "not a calendar date"
    m = re.fullmatch(r"(?:(last|this|next|past) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning| afternoon| evening)?", p)
    if m:
        wd = WEEKDAYS.index(m.group(2))
        if m.group(1) == "next":
            delta = (wd - anchor.weekday()) % 7 or 7
            return (anchor + timedelta(days=delta)).isoformat(), "day", "weekday: the next such day after publication"
        delta = (anchor.weekday() - wd) % 7
        return (anchor - timedelta(days=delta)).isoformat(), "day", "weekday: the latest such day up to publication"
    return None, None, "no rule for this phrase"


def _week(d: date) -> str:
    monday = d - timedelta(days=d.weekday())
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _event(sent, ent) -> str:
    """The sentence around a date, cut to a timeline line."""
    text = " ".join(sent.text.split())
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "…"
