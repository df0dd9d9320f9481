"""Organisation names the model missed: runs of capitalised words headed by an institution's noun,
and the other occurrences of a name found once.

"According to the Tenby Morning Herald" (tagged an event by the small model), "the Harbour Interior
Ministry" (tagged nothing) are organisations by their head noun; "Tenby Council" tagged once is
the same organisation wherever the text writes it again. The names found are written onto the Doc
as `doc.spans["found_orgs"]`, labelled "head" or "again".
"""

from __future__ import annotations

import re

from .creditspans import credit_spans
from .mentions import Mention
from .names import is_name_case
from .numberedplaces import numbered_names
from .orgcues import cued_names
from .personhood import lower_words, text_of, title_case_line
from .rules import words
from .spanset import Spans

SPAN_KEY = "found_orgs"
INNER = {"of", "for", "the", "on"}  # not "and": "the Civic Party and the Labour Party" are two
KINDS = ("organization", "place")
GLUED_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][\w.'’-]*) $")
# capitalised at a sentence's start, these words glue to no name: "In Tenby", "The Tenby Council"
SMALL_WORDS = {"the", "a", "an", "in", "at", "on", "of", "for", "by", "with", "from", "to", "and", "but", "as",
               "after", "before", "when", "while", "if", "since", "under", "across", "inside", "outside"}
GLUED_AFTER = re.compile(r" [A-Z]")


def find(doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with organisations found by their head noun, and other occurrences of the
    organisation and place names already found, added; names a found run holds are dropped."""
    found = _by_head(doc, mentions)
    taken = Spans((m.start, m.end) for m in mentions)
    found += numbered_names(doc, taken.meets)  # "No 10 said"
    found += cued_names(doc, taken.meets)  # "the firm Acme Analytics", "Tenby Liberation State (TLS)"
    held = Spans((m.start, m.end) for m in found)
    mentions = [m for m in mentions if not held.holds(m.start, m.end)] + found
    _grow(text_of(doc), mentions)
    again = _again(doc, mentions)
    spans = [doc.char_span(m.start, m.end, label="head", alignment_mode="expand") for m in found]
    spans += [doc.char_span(m.start, m.end, label="again", alignment_mode="expand") for m in again]
    doc.spans[SPAN_KEY] = [s for s in spans if s is not None]
    return sorted(mentions + again, key=lambda m: (m.start, m.end))


def _grow(text: str, mentions: list[Mention]) -> None:
    """ "Tarrow" tagged in "Tarrow Vane F-16 programs" where the text names the organisation "Tarrow Vane":
    a name cut short before the rest of a longer organisation or place name the text gives is that name."""
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind in KINDS and " " in m.text:
            kinds.setdefault(m.text, set()).add(m.kind)
    names = sorted(kinds, key=len, reverse=True)
    for m in mentions:
        if m.kind not in KINDS:
            continue
        for name in names:
            if (len(name) > len(m.text) and name.startswith(m.text + " ") and text.startswith(name, m.start)
                    and not re.match(r"[\w-]", text[m.start + len(name):m.start + len(name) + 1])):
                m.text, m.end = name, m.start + len(name)
                m.kind = next(iter(kinds[name])) if len(kinds[name]) == 1 else m.kind  # the longer name's type
                break


def _by_head(doc, mentions: list[Mention]) -> list[Mention]:
    text = text_of(doc)
    # one mark per character (a scan of all mentions per run was quadratic in a long text):
    # 1 a person's or a credit's, 2 a named organisation's or place's; `owner` the named one's index
    marks = bytearray(len(text) + 1)
    for s, e in [(m.start, m.end) for m in mentions if m.kind == "person"] + credit_spans(text):
        marks[s:e] = b"\x01" * max(0, e - s)
    named = [m for m in mentions if m.kind in KINDS]
    owner = [-1] * (len(text) + 1)
    for n, m in enumerate(named):
        for i in range(m.start, m.end):
            owner[i] = n
    out = []
    for run in _runs(doc):
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        if marks.find(1, start, end) != -1:
            continue
        inside = {owner[i] for i in range(start, end)} - {-1}
        # a name the model found that holds the run, starts or ends inside it, or an organisation or two
        # names inside it ("the University of Tenby and the Ruiz Institute"): the model's reading stands
        if len(inside) > 1 or any(named[n].start < start or named[n].end > end or named[n].kind == "organization"
                                  for n in inside):
            continue
        # "the Soviet Union": the model's place stands ("the Tenby Gazette" is no place)
        if inside and (named[min(inside)].start, named[min(inside)].end) == (start, end) \
                and run[-1].lower_ in words("state_heads"):
            continue
        if title_case_line(text, start):
            continue  # in a headline capitals say nothing
        out.append(Mention(start, end, text[start:end], "organization", label="organization"))
    return out


def _runs(doc):
    """Runs of two or more capitalised words, "of"/"for"/"and" inside, whose head is an institution's
    noun: the last word, or the word before the first "of"."""
    run: list = []
    for t in [*doc, None]:
        cap = t is not None and (is_name_case(t.text) or (t.text.isupper() and t.is_alpha and len(t.text) > 1))
        inner = t is not None and bool(run) and t.lower_ in INNER and t.is_lower
        if cap or inner:
            run.append(t)
            continue
        while run and run[-1].lower_ in INNER:
            run.pop()
        # "In the District Council", "pro-Tenby Coastal Party": a capitalised small word or a word glued
        # by a hyphen before the name is none of it
        while run and (run[0].is_stop or run[0].lower_ in INNER or (
                run[0].i and run[0].doc[run[0].i - 1].text == "-" and not run[0].doc[run[0].i - 1].whitespace_)):
            run = run[1:]
        if len(run) >= 2 and _headed(run):
            yield run
        run = []


def _headed(run: list) -> bool:
    low = [t.lower_ for t in run]
    head = low[low.index("of") - 1] if "of" in low[1:] else low[-1]
    return head in words("org_heads")


def _again(doc, mentions: list[Mention]) -> list[Mention]:
    """ "Tenby Council … the council … Tenby Council": every untagged occurrence of an organisation or
    place name the text gives (a one-word name only if the text never writes it in lower case)."""
    text = text_of(doc)
    lower = lower_words(doc)
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * max(0, m.end - m.start)
    for s, e in credit_spans(text):
        taken[s:e] = b"\x01" * max(0, e - s)
    names: dict[str, str] = {}
    for m in mentions:
        if m.kind in KINDS and m.text[:1].isupper() and len(m.text) >= 3 and \
                (" " in m.text or m.text.lower() not in lower):
            names.setdefault(m.text, m.kind)
    # one pass over the text's word starts, each name looked up by its first word, longest first
    by_word: dict[str, list[str]] = {}
    for name in sorted(names, key=lambda x: (-len(x), x)):
        by_word.setdefault(re.match(r"[^\s]+", name).group(), []).append(name)
    out = []
    for word in re.finditer(r"(?<![\w@#.-])\w\S*", text):
        s = word.start()
        for name in [*by_word.get(word.group(), ()), *(n for _, ns in _prefixes(word.group(), by_word) for n in ns)]:
            e = s + len(name)
            if not text.startswith(name, s) or re.match(r"[\w-]|\.\w", text[e:e + 2]):
                continue
            # "Explorer" in "Internet Explorer": a name inside a longer capitalised run is not that name
            before = GLUED_BEFORE.search(text, max(0, s - 40), s)
            if (before and before.group(1).lower() not in SMALL_WORDS) or GLUED_AFTER.match(text, e):
                continue
            if taken.find(1, s, e) == -1:
                taken[s:e] = b"\x01" * (e - s)
                out.append(Mention(s, e, name, names[name], label=names[name]))
            break
    return out


def _prefixes(word: str, by_word: dict[str, list[str]]):
    """ "Tenby's" starts with the name "Tenby": the names whose first word begins this word."""
    stem = re.match(r"[\w&.-]*\w", word)
    if stem and stem.group() != word and stem.group() in by_word:
        yield stem.group(), by_word[stem.group()]
