"""Where the date expressions of a parsed text are, and which date-looking words are no date.

Our own scanner's finds (timeexpr.scan) outside names, then the finds inside spaCy's DATE
entities the scanner missed; dropped are names holding a date word ("Russia Today", "Black
Friday"), recurring days ("every May"), counts and street numbers ("2000 soldiers", "1600
Pennsylvania Avenue"), ages ("her early 30s") and "today" meaning the present age.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .censusnames import given_names
from .rules import alternatives, words
from .timeexpr import MONTH_NAMES, Find, cued, scan, table

# A weekday or a year inside these is part of a name ("Sunday Times", "Apollo 2000").
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "NORP", "LANGUAGE"}
FULL_DATES = {"mdy", "dmy", "iso", "numeric"}
BC_RULES = {"bc_year", "bc_century"}
# Capitalised throughout in mid-sentence, these are names of shows or events ("This Week").
TITLE_RULES = {"deictic", "rel_unit", "weekend", "rel_season"}
# Capitalised words that may stand before a weekday or holiday in a date ("Last Friday", "On Christmas").
DATE_WORDS_BEFORE = {"last", "next", "this", "on", "by", "since", "until", "till", "from", "before", "after",
                     "merry", "happy", "early", "late"}
STREET_AFTER = re.compile(r"(?:(?:[A-Z][\w'.-]*|\d+(?:st|nd|rd|th))\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane"
                          r"|Drive|Dr\.?|Place|Court|Square|Highway)(?![A-Za-z])")
# Before a number and a plural noun these make a count: "of 1709 pupils", "nearly 2000 troops".
COUNT_BEFORE = {"of", "about", "some", "nearly", "over", "than", "almost", "around", "approximately", "roughly"}
AGE_BEFORE = re.compile(r"(?i)\b(?:my|his|her|their|your|our|its)\s+$")
# A publisher's notice of the text's rights ("© 2019 Newsmax", "Copyright (c) 2019 The Outlet"), not an event.
WEEKLY_AFTER = re.compile(rf"\s+(?:{alternatives(table('weekly_noun'))})(?![\w'’])")
# The head of an update stamp line, up to its time or date: "Update at ", "(Most recent update: ".
STAMP_BEFORE = re.compile(rf"(?i)(?:^|\n)[ \t(\[*_-]*(?:{alternatives(table('stamp'))})\s*[:\-–—]?\s*$")
NOTICE_BEFORE = re.compile(r"(?i)(?:©|\(c\)|\bcopyright)\s*(?:©|\(c\))?\s*(?:\d{4}\s*[-–]\s*)?$")


def date_finds(doc, text: str) -> list[Find]:
    """Scanner finds outside names, then finds inside DATE entities the scanner missed.

    Every overlap test is a lookup in a sorted list of spans, so a long seed costs
    n log n, not a pass over all finds for every entity."""
    ents = doc.ents
    names = Spans((e.start_char, e.end_char) for e in ents if e.label_ in NAME_LABELS)
    # a full date is never part of a name: "Gov. Butler Mar. 4, 1871" glued into one PERSON
    # nor is a clock time in figures: "15:11 GMT" where spaCy takes "GMT" for an ORG
    # and the era word of "44 BC" is no name (spaCy takes "BC" for an ORG), unless a name goes on past it ("BC Hydro")
    finds = [f for f in scan(text) if (f.rule in FULL_DATES or (f.rule == "clock" and f.text[:1].isdigit())
                                       or (f.rule in BC_RULES and not names.overlaps(f.end, f.end + 1)
                                           and not names.overlaps(f.start - 1, f.start))
                                       or not names.overlaps(f.start, f.end))
             and not _counted(doc, f)]
    taken = Spans((f.start, f.end) for f in finds)
    extra: list[Find] = []
    last_end = 0  # entities come in text order, so the finds added inside them do too
    for ent in ents:
        if ent.label_ != "DATE":
            continue
        # scanned a little past the entity so a rule can see what follows ("the weekend after ...")
        for f in scan(text, ent.start_char, min(len(text), ent.end_char + 40), strict=False):
            if (f.start < ent.end_char and f.start >= last_end and not taken.overlaps(f.start, f.end)
                    and not _counted(doc, f)):
                extra.append(f)
                last_end = f.end
    surnames = _month_surnames(doc) if any(f.rule == "month" for f in finds + extra) else frozenset()
    return sorted((f for f in finds + extra if not _in_title(doc, f, text) and not _an_age(text, f) and not _notice(text, f)
                   and not _nowadays(doc, f) and not _stamp(text, f) and not _month_as_surname(doc, text, f, surnames)
                   and not _era_as_name(doc, f)),
                  key=lambda f: f.start)


def _month_surnames(doc) -> frozenset[str]:
    """Month words the text uses as someone's surname: the last word of a PERSON ("Theresa May"), or
    a month word right after a common first name ("Harriet May", which the model may miss)."""
    given = given_names()
    out = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[0].lower_ not in MONTH_NAMES}
    out.update(t.text for t in doc[1:] if t.lower_ in MONTH_NAMES and t.is_title
               and doc[t.i - 1].is_title and doc[t.i - 1].lower_ in given and doc[t.i - 1].lower_ not in MONTH_NAMES
               and doc[t.i - 1].lower_ not in DATE_WORDS_BEFORE and doc[t.i - 1].lower_ not in table("cue"))
    return frozenset(w for w in out if w.lower() in MONTH_NAMES)


def _month_as_surname(doc, text: str, f: Find, surnames: frozenset[str]) -> bool:
    """ "May's voice shook", "Mrs May's predecessor", "More on May" in a story about Theresa May: a
    bare month word is the person's surname when the text names someone so, or a courtesy title
    stands before it; then only a month cue ("in May", "since June") keeps it a date, and never when
    it owns a noun. "On May 21" is another rule's find and stays."""
    if f.rule != "month" or f.text.lower() not in MONTH_NAMES:
        return False
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    titled = prev is not None and prev.lower_.rstrip(".") in words("courtesy_titles")
    if not titled and f.text not in surnames:
        return False
    if (prev is not None and prev.lower_ in given_names() and prev.is_title and prev.lower_ not in MONTH_NAMES
            and prev.lower_ not in table("cue")):
        return True  # the name itself: "Harriet May"
    owner = nxt is not None and nxt.tag_ == "POS"
    return titled or owner or not cued(text, f.start, f.text)


def _nowadays(doc, f: Find) -> bool:
    """ "Today, many Greeks worship Zeus", "as strong today as it was": today as this age, not a day."""
    if f.rule != "deictic" or f.text.lower() != "today":
        return False
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and nxt is not None and (prev.lower_ == "than" or (prev.pos_ in ("ADJ", "ADV") and nxt.lower_ in ("as", "than"))):
        return True
    if _joined_to_an_era(doc, span):
        return True  # "never interfered in the past or today": the present age, set against the past
    if span.start != span.sent.start or nxt is None or nxt.text != ",":
        return False
    root = span.sent.root
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return root.tag_ in ("VBP", "VBZ") and not aux


def _joined_to_an_era(doc, span) -> bool:
    """ "in the past or today", "today and in the future": today joined by or/and to a time that is no day."""
    eras = table("era_word")
    before = doc[max(span.sent.start, span.start - 2):span.start]
    after = doc[span.end:min(span.sent.end, span.end + 4)]
    if len(before) == 2 and before[1].lower_ in ("or", "and", "nor") and before[0].lower_ in eras:
        return True
    return len(after) >= 2 and after[0].lower_ in ("or", "and", "nor") and any(t.lower_ in eras for t in after[1:])


def _an_age(text: str, f: Find) -> bool:
    """ "in my twenties", "her early 30s": a decade of someone's life, not of the calendar."""
    return f.rule == "decade" and bool(AGE_BEFORE.search(text, max(0, f.start - 12), f.start))


def _stamp(text: str, f: Find) -> bool:
    """ "Update at 8:40 a.m. ET.", "Posted: May 3, 2013": the time a page changed is no event of the story."""
    return bool(STAMP_BEFORE.search(text, max(0, f.start - 40), f.start))


def _notice(text: str, f: Find) -> bool:
    """ "© 2019 Newsmax. All rights reserved.": the year of a copyright notice dates the text's rights."""
    return f.rule == "year" and bool(NOTICE_BEFORE.search(text, max(0, f.start - 24), f.start))


class Spans:
    """Disjoint character spans sorted by start, for O(log n) overlap tests.

    Entities never overlap each other, nor do one scan's finds, so the span that starts
    last before a point is the only one that can reach past it."""

    def __init__(self, spans=()):
        pairs = sorted(spans)
        self.starts = [s for s, _ in pairs]
        self.ends = [e for _, e in pairs]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a held span."""
        i = bisect_left(self.starts, end)  # spans starting before `end`
        return i > 0 and self.ends[i - 1] > start


def _counted(doc, f: Find) -> bool:
    """A number that counts things, not a year: "2000 soldiers", "$2013", "2015 percent",
    "a survey of 1709 schoolchildren", "circa 500 people", "a 2000 year old custom"."""
    if f.rule not in ("year", "early_year"):
        return False
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    tok = span[-1]
    if tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT"):
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if STREET_AFTER.match(doc[tok.i + 1:tok.i + 6].text):
        return True  # "from 1600 Pennsylvania Avenue", "1850 West 4th Avenue": a street number
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (prev.lower_ in table("label_noun") or prev.text in table("label_noun")):
        return True  # "Room 2020", "Flight 1987", "house number 1910": the number names the thing
    if prev is not None and prev.lower_ == "at" and nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ != "DATE":
        return True  # "lives at 1420 Broadway": an address whose street has no "Street" word
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if nxt.lower_ in ("year", "years") and after is not None and after.lower_ in ("old", "-"):
        return True
    if nxt.tag_ != "NNS" or nxt.lemma_.lower() in table("year_noun"):
        return False  # "10% of 2000 levels", "the 2016 elections": a year that dates the noun
    # a verb's object is counted: "scored 2015 points", "sold 1999 copies"; a year dating a plural
    # noun comes after a determiner or preposition ("the 2016 elections", "in 2019 polls")
    return (tok.ent_type_ == "CARDINAL" or f.rule == "early_year"
            or (prev is not None and (prev.lower_ in COUNT_BEFORE or prev.pos_ == "VERB")))


def _era_as_name(doc, f: Find) -> bool:
    """ "the 2017 BC election", "a 2020 B.C. budget": a year and a place's initials before a noun,
    not a year before the Common Era ("in 44 BC the Senate met" keeps its year)."""
    if f.rule != "bc_year":
        return False
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    return (prev is not None and nxt is not None and prev.tag_ in ("DT", "PRP$", "POS")
            and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.i != nxt.sent.start)


def _in_title(doc, f: Find, text: str) -> bool:
    """A date word inside a name: "Russia Today", the "Today" show, ABC's "This Week",
    "Black Friday", "Father Christmas"; or a recurring day: "every Christmas", "each May"."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in ("every", "each"):
        return True
    if span.start == span.sent.start or prev is None or not f.text[:1].isupper():
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    quoted = prev.text in ('"', "“", "'", "‘") and nxt is not None and nxt.text in ('"', "”", "'", "’")
    words = f.text.split()
    if f.rule in TITLE_RULES and len(words) > 1 and all(w[:1].isupper() for w in words):
        return True  # "appeared on This Week", "the Next Year festival": every word capitalised mid-sentence
    if f.rule == "deictic":
        # "Russia Today"; "BBC Radio 4's Today programme", "told the Today programme": a capitalised
        # "Today" after "the" or a possessive, or before "programme"/"show", is a title
        return prev.is_title or prev.is_upper or quoted or prev.lower_ == "the" or prev.tag_ == "POS" \
            or bool(WEEKLY_AFTER.match(text, f.end))
    if f.rule == "weekday" and len(words) == 1 and WEEKLY_AFTER.match(text, f.end):
        return True  # "on the Sunday shows", "Sunday talk shows": a weekly thing, not a day
    if f.rule == "weekday" and nxt is not None and nxt.is_title and nxt.i != nxt.sent.start:
        return True  # "Monday Night Football", "Saturday Night Live"
    if f.rule in ("weekday", "holiday") and _ends_quoted_name(doc, span):
        return True  # told "Channel Six News Sunday" that ...: the day closes a quoted title
    if f.rule in ("weekday", "holiday") and len(words) == 1 and prev.is_title and prev.lower_ not in DATE_WORDS_BEFORE:
        # "Johnnie Christmas"; "Black Friday" when the weekday continues a name spaCy began before
        # it; a name or title just before a weekday stays a date: "Trump Tuesday said", "Question Time Wednesday"
        return f.rule == "holiday" or (span[0].ent_iob_ == "I" and span[0].ent_type_ not in ("DATE", "TIME"))
    return quoted


OPEN_QUOTES = {'"', "“", "'", "‘"}
CLOSE_QUOTES = {'"', "”", "'", "’"}


def _ends_quoted_name(doc, span) -> bool:
    """Whether a day word is the last word of a quoted run of capitalised words ("Fox Talk Sunday"):
    an opening quote, capitalised words (and small title words), the day, a closing quote."""
    k = span.end
    if k < len(doc) and doc[k].text in (",", "."):
        k += 1  # American style puts the comma inside: told "Talk Sunday," he said
    if k >= len(doc) or doc[k].text not in CLOSE_QUOTES:
        return False
    words = 0
    for i in range(span.start - 1, max(span.sent.start, span.start - 9) - 1, -1):
        tok = doc[i]
        if tok.text in OPEN_QUOTES:
            return words > 0
        if tok.is_title or tok.is_upper:
            words += 1
        elif tok.lower_ not in table("title_small_word"):
            return False
    return False
