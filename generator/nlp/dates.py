"""Date expressions of a parsed document, resolved against the publication date, with their working.

Where a date is comes from two places: our own scanner (timeexpr.scan, which also sees the
weekdays, range ends and decades spaCy leaves out) and spaCy's DATE entities (scanned
inside without the cue rule, so "2000 - 2050" gives both years). Which occurrence of a
weekday or month is meant comes from the sentence's tense (datetense.py). There are two
anchors: the publication date for deictic expressions ("last week"), the story's last date
for those that point into it ("the following year"), kept in one sweep over the finds; with
no publication date, deictic expressions stay unresolved.
Ages, counts, names holding a date word and recurring days are dropped where the finds are
gathered (datefinds.py).
"""

from __future__ import annotations

import re
from datetime import date

from ..model import DateRef
from .clocktime import attach_days, lend_tense
from .datebound import bound_of
from .datefinds import FULL_DATES, date_finds
from .datetense import clause_verb, tense_of
from .eventdays import event_days
from .eventline import event_line
from .timeexpr import Find, scan
from .timevalue import Resolved, in_year, narrative, needs, resolve

# Rules whose year comes from context; a range's other end can supply it.
YEARLESS = {"md", "dm", "month"}
# Only calendar expressions make a range's ends ("2000 - 2050"), not "February 6 - this year".
RANGE_ENDS = YEARLESS | {"iso", "numeric", "mdy", "dmy", "month_year", "year", "season_year"}
RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.I)


def extract(doc, published: str | None) -> list[DateRef]:
    """Every date expression of a spaCy Doc, resolved (or left unresolved) with its working."""
    anchor = date.fromisoformat(published) if published else None
    text = doc.text  # Doc.text joins every token on each call: read it once
    finds = [f for f in date_finds(doc, text) if not _from_event(doc, f)]
    tenses = lend_tense(text, finds, [tense_of(doc, f) for f in finds])
    results = [resolve(f, anchor, tense, text[f.end:f.end + 20]) for f, tense in zip(finds, tenses, strict=True)]
    results = _story_anchor(finds, results, tenses, anchor, _date_line(text, finds) if anchor is None else None, text)
    results = _same_year_as_siblings(finds, results)
    if anchor is None:
        results = _day_named_in_full(finds, results)
    for i in range(len(finds) - 1):
        if _linked(text, finds, i):
            results[i], results[i + 1] = _range(finds[i], finds[i + 1], results[i], results[i + 1], tenses[i + 1])
    if any(f.rule == "clock" for f in finds):
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        finds, results, kept = attach_days(text, finds, results, sentences, lambda f: _clause(doc, f))
        tenses = [tenses[k] for k in kept]
    extra = event_days(text, finds, results)
    if extra:
        merged = sorted([(f, r, t) for f, r, t in zip(finds, results, tenses, strict=True)]
                        + [(f, r, None) for f, r in extra], key=lambda x: x[0].start)
        finds, results, tenses = (list(x) for x in zip(*merged, strict=True))
    out = []
    for f, tense, r in zip(finds, tenses, results, strict=True):
        if r.value is None and anchor is not None:
            continue  # not a date at any granularity: "every year", "the first half"
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        sent = span.sent
        # the article's dateline is a line of its own ("Friday, July 21, 2017"), not a date the parser
        # cut off as a sentence at a line's end ("— Rep. Ana Ruiz (@RepRuiz) January 7, 2020")
        line = text[text.rfind("\n", 0, f.start) + 1:(text.find("\n", f.end) + 1 or len(text) + 1) - 1]
        alone = sent.text.strip(" \n.") == f.text and line.strip(" .") == f.text and f.rule in ("mdy", "dmy", "iso")
        out.append(DateRef(f.text, f.start, f.end, r.value, r.granularity, published, r.rule,
                           event_line(doc, span), sent.start_char, sent.end_char, tense or "", alone,
                           bound_of(text, f, r.value, span.root.dep_ != "pobj")))
    return out


def _from_event(doc, f: Find) -> bool:
    """"the day after the election", "the night before the vote": counted from an event the text names
    (the "after" takes an object), not from the story's last date ("the morning after, the square ...")."""
    if f.rule != "day_rel" or not re.search(r"(?i)(?:after|before)$", f.text):
        return False
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "pobj" for c in span[-1].children)


def _clause(doc, f: Find) -> int | None:
    """The token index of the verb a date hangs from: two dates with the same one share a clause."""
    v = clause_verb(doc, f)
    return None if v is None else v.i


def _same_year_as_siblings(finds: list[Find], results: list[Resolved]) -> list[Resolved]:
    """A yearless date with no tense to go by ("the Sept. 11 attack") takes the year the article's
    other dates in that month fall in, when they agree ("on Sept. 12", "Sept. 10, 2012")."""
    years: dict[str, set[str]] = {}
    for f, r in zip(finds, results, strict=True):
        if r.value and "nearest" not in r.rule and f.rule in YEARLESS | {"mdy", "dmy", "month_year"}:
            years.setdefault(r.value[5:7], set()).add(r.value[:4])
    out = []
    for f, r in zip(finds, results, strict=True):
        known = years.get(r.value[5:7], set()) if r.value else set()
        if f.rule in YEARLESS and "nearest" in r.rule and len(known) == 1 and r.value[:4] not in known:
            year = known.pop()
            r = Resolved(year + r.value[4:], r.granularity,
                         r.rule.split(":")[0] + f": the year ({year}) of the article's other dates in that month")
        out.append(r)
    return out


def _day_named_in_full(finds: list[Find], results: list[Resolved]) -> list[Resolved]:
    """With no publication date, a day written without its year and left unresolved ("is due to
    leave the EU on 29 March": said from the day of writing) takes the year of the one day the story
    writes in full with that day and month ("29 March 2019"), before or after it."""
    years: dict[str, set[str]] = {}
    for f, r in zip(finds, results, strict=True):
        if f.rule in FULL_DATES and r.value and len(r.value) == 10:
            years.setdefault(r.value[5:], set()).add(r.value[:4])
    out = []
    for f, r in zip(finds, results, strict=True):
        day = _day(f)
        known = years.get(day, set()) if day is not None else set()
        if len(known) == 1 and r.value is None:
            year = next(iter(known))
            full = next(" ".join(g.text.split()) for g, q in zip(finds, results, strict=True)
                        if g.rule in FULL_DATES and q.value == f"{year}-{day}")
            r = Resolved(f"{year}-{day}", "day",
                         f"day and month: no publication date, the year the story writes this day with (“{full}”)")
        out.append(r)
    return out


class _LastDates:
    """The story's last date at each granularity, kept while the finds are swept in text order,
    so an expression that points into the story reads the whole preceding text in O(1)."""

    def __init__(self):
        self.at: dict[str, tuple[str, str]] = {}
        self.year_at = 0  # where the story last named its year
        # whether that year is not the story's own: named looking ahead ("the treaty is due to expire in 2021")
        # or as the start of what lasts to now ("wary of Russia since it annexed Crimea in 2014")
        self.year_ahead = False

    def see(self, f: Find, value: str | None, tense: str | None = None, since: bool = False) -> None:
        if not value or ":" in value:
            return  # a clock time dates no day until clocktime.py puts it on one
        if value.startswith(("-", "0000")):
            # no Python date holds a year before the Common Era, so nothing is counted from one; nor
            # from a date before it: "44 BC ... the following year" is not the year after an older date
            self.at.clear()
            return
        head = value.split("/")[0]
        day, month = len(head) == 10, len(head) >= 7
        words = " ".join(f.text.split())
        if day and "/" not in value:
            self.at["day"] = (value, words)
        if f.rule in ("deictic", "weekday"):
            return  # "on Tuesday ... the following year": a weekday dates days, not years
        if "/" in value and value[:4] != value.split("/")[1][:4]:
            # "in the 1990s": a span of years gives no year to "in February" or "that year", and the
            # story's year before it is no longer the one it speaks of
            self.at.pop("year", None)
            self.at.pop("month", None)
            return
        if month and not ("/" in value and value[:7] != value[11:18]):
            self.at["month"] = (head[:7], words)
        self.at["year"] = (head[:4], words)
        self.year_at = f.start
        self.year_ahead = tense == "future" or since

    def get(self, granularity: str) -> tuple[str, str] | None:
        return self.at.get(granularity)


# Year-less expressions that, with no publication date, take their year from the story. Deictic ones
# ("last month", "next year", "two weeks ago") count from the day of writing only: a year the story
# mentions is no "now" ("Last month" in a piece that recalls 1967 is not November 1967), so with no
# publication date or date line they stay unresolved, as the page says.
STORY_YEARLESS = {"md", "dm", "month", "holiday"}
# Deictic expressions a date line heading the text anchors when no publication date does.
LINE_DEICTIC = {"rel_unit", "deictic", "end_of", "rel_season", "ago", "weekday", "weekend"}


# A date line heads the text: a short line that is a full date, after a place and a dash at most
# ("Houston, Texas – 16 April 2008"), within its first few lines.
DATE_LINE_LEAD = re.compile(r"(?:[^\W\d][\w.' ]*(?:,\s*[^\W\d][\w.' ]*)?\s*[–—-]\s*)?")
DATE_LINE_MAX, DATE_LINE_WITHIN = 80, 5


def _date_line(text: str, finds: list[Find]) -> tuple[date, str] | None:
    """The date of a date line near the top of a text with no publication date, and its words."""
    head_end = 0
    for _ in range(DATE_LINE_WITHIN):
        head_end = text.find("\n", head_end + 1)
        if head_end < 0:
            head_end = len(text)
            break
    for f in finds:
        if f.start >= head_end:
            break
        if f.rule not in FULL_DATES:
            continue
        start = text.rfind("\n", 0, f.start) + 1
        end = text.find("\n", f.end)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if len(line) <= DATE_LINE_MAX and not text[f.end:end].strip(" ."):
            if DATE_LINE_LEAD.fullmatch(text[start:f.start].strip()):
                r = resolve(f, None)
                if r.value and len(r.value) == 10:
                    return date.fromisoformat(r.value), " ".join(f.text.split())
    return None


def _story_anchor(finds: list[Find], results: list[Resolved], tenses: list, anchor: date | None,
                  date_line: tuple[date, str] | None = None, text: str = "") -> list[Resolved]:
    """Two anchors, as HeidelTime has: "that year", "two years later", "the next day" count from
    the last date the story mentioned at the granularity they need, however far back; with no
    publication date, year-less dates ("in March", "on July 14") take its year too, deictic ones never."""
    last = _LastDates()
    out = list(results)
    # a day named again without its year is the same day: when one mention is said from the day of
    # writing ("will leave on 31 October"), no other takes the story's last year ("a no-deal exit on
    # 31 October" is no 31 October 2020 because the story spoke of December 2020)
    writers_days = {_day(f) for f, tense in zip(finds, tenses, strict=True)
                    if anchor is None and f.rule in ("md", "dm") and _writers_time(f, tense, text)} - {None}
    for i, f in enumerate(finds):
        way = narrative(f)
        need = needs(f)
        seen = last.get(need)
        if way:
            out[i] = _counted_from(f, seen, need, tenses[i]) or (
                results[i] if way == "back" and f.rule != "day_rel" and anchor is not None
                else Resolved(None, None, "counted from a date in the story, and none was found"))
        elif anchor is None and out[i].value is None and date_line is not None and f.rule in LINE_DEICTIC:
            r = resolve(f, date_line[0], tenses[i])
            if r.value is not None:
                out[i] = Resolved(r.value, r.granularity, r.rule.replace("publication", "the date line") +
                                  f": no publication date, counted from the date line (“{date_line[1]}”)")
        elif anchor is None and out[i].value is None and seen is not None:
            if _narrated_this(text, f, tenses[i]):
                r = _counted_from(f, seen, need, tenses[i])
                out[i] = Resolved(r.value, r.granularity, r.rule.replace("this", "the story's", 1)) if r else out[i]
            elif f.rule in STORY_YEARLESS and not _writers_time(f, tenses[i], text) and _day(f) not in writers_days \
                    and _paragraphs_between(text, last.year_at, f.start) <= YEAR_REACH and not last.year_ahead:
                # (a year the story looks ahead to is not its own: "the treaty is due to expire in 2021 … their
                # meeting in July" is no July 2021)
                r = in_year(f, int(seen[0][:4]))
                if r is not None:
                    out[i] = Resolved(r.value, r.granularity,
                                      f"{r.rule}, no publication date: in {seen[0][:4]}, the year mentioned before (“{seen[1]}”)")
            elif f.rule in ("short_year", "month_short_year"):
                # the story's year is no "now": a two-digit year takes the century nearest it, either way
                out[i] = _counted_from(f, seen, need, None) or out[i]
        last.see(f, out[i].value, tenses[i], since=_since_clause(text, f))
    return out


def _since_clause(text: str, f: Find) -> bool:
    """Whether a date stands in a "since" phrase of its sentence, no comma between: "wary of Russia since it
    annexed Crimea in 2014", "Since 2014": the start of what lasts to the story's now, not its time."""
    start = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start), text.rfind(", ", 0, f.start))
    return re.search(r"\bsince\b", text[start + 1:f.start], re.IGNORECASE) is not None


# how many paragraphs back a year-less date may take the story's year from: "in 2014 … [two paragraphs]
# … took office in January" is no January 2014, "settled in Paris in 1726. … in March he opened" is 1727's
YEAR_REACH = 1


def _paragraphs_between(text: str, a: int, b: int) -> int:
    """Paragraph breaks between two places of the text (blank lines not counted twice)."""
    return max(0, len([line for line in text[a:b].split("\n") if line.strip()]) - 1)


def _day(f: Find) -> str | None:
    """ "MM-DD" of a day named without its year ("31 October", "Oct. 31"), else None."""
    r = in_year(f, 2000) if f.rule in ("md", "dm") else None  # 2000: a leap year holds 29 February
    return r.value[5:] if r is not None else None


def _writers_time(f: Find, tense: str | None, text: str = "") -> bool:
    """ "this November", "next May", "this past July", "will withdraw on 12 May": a year-less date said
    from the day of writing, not from the story's last year ("the 2015 deal ... will withdraw on 12 May"
    is no May 2015)."""
    return tense == "future" or bool(re.match(r"(?i)(?:this|next|last|coming)\s", f.text)) \
        or bool(WRITERS_WORD.search(text, max(0, f.start - 16), f.start))


# "this past July", "last July": the word before a month that the find leaves out
WRITERS_WORD = re.compile(r"(?i)\b(?:this|next|last|coming|past)\s+$")


# "During this year he wrote": in a past narration with no publication date, a preposition and
# "this year" point back at the year just told, as "that year" does.
NARRATED_THIS = re.compile(r"(?i)\b(?:during|in|throughout|within)\s+$")


def _narrated_this(text: str, f: Find, tense: str | None) -> bool:
    """Whether "this year" / "this month" is the story's, not the writer's: "During this year he wrote"."""
    if f.rule != "rel_unit" or tense != "past" or not re.fullmatch(r"(?i)this\s+(?:year|month)", f.text):
        return False
    if text[f.end:f.end + 2] in ("'s", "’s"):
        return False  # "in this year's budget": the writer's year
    return bool(NARRATED_THIS.search(text, max(0, f.start - 12), f.start))


def _counted_from(f: Find, seen: tuple[str, str] | None, need: str, tense: str | None) -> Resolved | None:
    if seen is None:
        return None
    value, words = seen
    r = resolve(f, _first_day(value), tense)
    if r.value is None:
        return None
    working = r.rule.replace("publication", value)
    return Resolved(r.value, r.granularity, f"{working}: counted from {value}, mentioned before (“{words}”)")


def _linked(text: str, finds: list[Find], i: int) -> bool:
    """Two expressions joined as a range: "from 2004 to 2009", "November 20 to December 11"."""
    a, b = finds[i], finds[i + 1]
    if a.rule not in RANGE_ENDS or b.rule not in RANGE_ENDS:
        return False
    between = text[a.end:b.start]
    if not RANGE_LINK.fullmatch(between) or "\n" in between:
        return False
    if between.strip().lower() == "and":
        return bool(re.search(r"(?i)\bbetween\s*$", text[max(0, a.start - 12):a.start]))
    return True


def _range(a: Find, b: Find, ra: Resolved, rb: Resolved, tense: str | None) -> tuple[Resolved, Resolved]:
    """A range's ends: a yearless start takes the latest such day up to the end, and vice versa."""
    if a.rule in YEARLESS and b.rule not in YEARLESS and rb.value:
        end = _first_day(rb.value)
        r = resolve(a, end, "past")
        ra = Resolved(r.value, r.granularity, f"start of a range ending {rb.value}: {r.rule}")
    elif b.rule in YEARLESS and ra.value:
        if a.rule in YEARLESS:  # both yearless: the end follows the tense, the start precedes it
            r = rb
        else:
            r = resolve(b, _first_day(ra.value), "future")
            rb = Resolved(r.value, r.granularity, f"end of a range starting {ra.value}: {r.rule}")
        if a.rule in YEARLESS and rb.value:
            s = resolve(a, _first_day(rb.value), "past")
            ra = Resolved(s.value, s.granularity, f"start of a range ending {rb.value}: {s.rule}")
    return ra, rb


def _first_day(value: str) -> date:
    head = value.split("/")[0]
    parts = [int(x) for x in head.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def resolve_phrase(phrase: str, published: str | None, tense: str | None = None) -> tuple[str | None, str | None, str]:
    """(value, granularity, rule) of the first time expression in a phrase; for tests and tools."""
    finds = scan(phrase, strict=False)
    if not finds:
        return None, None, "no rule for this phrase"
    r = resolve(finds[0], date.fromisoformat(published) if published else None, tense)
    return r.value, r.granularity, r.rule
