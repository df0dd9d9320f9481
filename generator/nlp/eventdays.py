"""Days the text names by an event: "Saturday night, the opening night," "Opening night, January 23,".

A noun phrase of a time of day with its own modifier ("the opening night", "the first
morning") set beside a date with only a comma between them is that date, said twice. The text
has then told what the phrase means, so a later "opening night" (same words) is that day too.
A bare "the day" or "that night" never is: without a modifier of its own it names no event.
No spaCy here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .calendarvalue import Resolved
from .clocktime import is_day
from .timeexpr import Find

NOUN = r"(?:night|day|evening|morning|afternoon)"
# Words that make a phrase count or point instead of naming an event ("every night", "the next day").
NOT_MODIFIERS = {"a", "an", "the", "every", "each", "this", "that", "next", "following", "previous", "same",
                 "last", "one", "any", "some", "whole", "entire", "all", "other", "another", "of", "on", "in"}
MAX_NAMED = 20  # each named phrase is searched for once through the text: keep a hostile seed linear
MODS = r"((?:[A-Za-z][\w'’-]*[^\S\n]+){1,3}?)"  # on one line: never a title's last word
AFTER = re.compile(rf"\s*,\s+((?i:the)\s+{MODS}(?i:{NOUN}))(?=\s*[,.;:)—–]|\s+of\b)")
BEFORE = re.compile(rf"(?:(?<=^)|(?<=[\s\"“(]))((?:(?i:the)\s+)?{MODS}(?i:{NOUN})),\s*$")


def _key(modifiers: str, noun_phrase: str) -> str | None:
    words = modifiers.lower().split()
    if not words or any(w in NOT_MODIFIERS for w in words):
        return None
    return " ".join(words + [noun_phrase.split()[-1].lower()])


def _own_words(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """ "the crowd on the first night": the phrase's own words are those after the last word that
    counts or points or links ("first night"), with a "the" just before them."""
    words = list(re.finditer(r"[\w'’-]+", text[start:end]))
    cut = max((i for i, w in enumerate(words[:-1]) if w.group().lower() in NOT_MODIFIERS), default=-1)
    own = words[cut + 1:]
    if len(own) < 2:
        return start, end, None
    first = cut if cut >= 0 and words[cut].group().lower() == "the" else cut + 1
    return start + words[first].start(), end, " ".join(w.group().lower() for w in own)


def event_days(text: str, finds: list[Find], results: list[Resolved]) -> list[tuple[Find, Resolved]]:
    """New day expressions: time phrases set beside a day, then their later repeats."""
    starts, ends = [f.start for f in finds], [f.end for f in finds]  # finds are disjoint, in text order
    taken: list[tuple[int, int]] = []  # the few spans added here
    named: dict[str, tuple[int, str, str]] = {}  # key -> (where named, day, the date's words)
    out: list[tuple[Find, Resolved]] = []

    def free(start: int, end: int) -> bool:
        i = bisect_left(starts, end)  # finds starting before `end`: only the last can reach past `start`
        return not (i > 0 and ends[i - 1] > start) and not any(s < end and start < e for s, e in taken)

    def add(start: int, end: int, value: str, why: str) -> None:
        out.append((Find(start, end, "event_day", text[start:end]), Resolved(value, "day", why)))
        taken.append((start, end))

    for f, r in zip(finds, results, strict=True):
        if not is_day(r.value):
            continue
        words = " ".join(f.text.split())
        m = AFTER.match(text, f.end)
        if m is not None:
            start, end, key = m.start(1), m.end(1), _key(m.group(2), m.group(1))
        else:
            b = BEFORE.search(text, max(0, f.start - 60), f.start)
            if b is None:
                continue
            start, end, key = _own_words(text, b.start(1), b.end(1))
        if key is None or not free(start, end):
            continue
        add(start, end, r.value, f"the date it is set beside (“{words}”)")
        if len(named) < MAX_NAMED:
            named.setdefault(key, (end, r.value, words))
    for key, (where, value, words) in named.items():
        pattern = r"(?<![\w])(?:(?i:the)\s+)?" + r"\s+".join(re.escape(w) for w in key.split()) + r"(?![\w])"
        for m in re.finditer(f"(?i:{pattern})", text[where:]):
            start, end = where + m.start(), where + m.end()
            if free(start, end):
                add(start, end, value, f"named before as the day of “{words}”")
    return sorted(out, key=lambda x: x[0].start)
