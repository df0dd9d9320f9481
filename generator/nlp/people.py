"""Who-is-who: roles, ages and descriptions of each person, each with the sentence it came from."""

from __future__ import annotations

import re

from ..model import Evidence
from .names import is_title_word

AGE_RE = re.compile(r"^,\s*(?:aged\s+)?(\d{1,3}),")
APPOS_RE = re.compile(r"^,\s+((?:a|an|the)\s+[^,;:.()“”\"]{3,80}?|(?:[A-Za-z’']+\s+){0,3}(?:of|for|at)\s+[^,;:.()“”\"]{3,60}?)\s*[,.;]")
AS_RE = re.compile(r"(?:^|\.\s+|\n)As\s+((?:the\s+)?[a-z][^,]{3,80}),\s*$")
WHO_RE = re.compile(r"^,\s+who\s+(?:is|was|has been|had been)\s+(?:considered\s+|seen as\s+|also\s+)?((?:a|an|the)\s+[^,;.]{3,90})")


def describe(doc, person_mentions: list[tuple[int, int]],
             blocks: list[tuple[int, int]] | None = None) -> tuple[list[Evidence], int | None]:
    """Roles and an age stated around a person's mentions in doc (a spaCy Doc).

    `blocks` are the seed's paragraphs, title and captions: an evidence sentence never runs past
    its block (the masked byline after a title is not part of the title's sentence).
    """
    text = doc.text
    found: list[Evidence] = []
    age = None
    for start, end in person_mentions:
        block = next(((bs, be) for bs, be in blocks or () if bs <= start < be), (0, len(text)))

        def add(what: str, a: int, b: int, kind: str = "role", start=start, end=end, block=block) -> None:
            lo, hi = _bounds(doc, min(a, start), max(b, end), block)
            found.append(Evidence(what, a, b, lo, hi, kind))
        title = _title_before(doc, start)
        if title:
            add(title[2], title[0], title[1], "role")
        after = text[end:end + 140]
        m = AGE_RE.match(after)
        if m:
            age = age or int(m.group(1))
            add(m.group(1), end + m.start(1), end + m.end(1), "age")
            after_age = text[end + m.end() - 1:end + 160]
            m2 = APPOS_RE.match(after_age)
            off = end + m.end() - 1
            if m2 and _noun_phrase(doc, off + m2.start(1), off + m2.end(1)):
                add(m2.group(1), off + m2.start(1), off + m2.end(1), "role")
        else:
            m = APPOS_RE.match(after)
            if m and not _noun_phrase(doc, end + m.start(1), end + m.end(1)):
                m = None
            m = m or WHO_RE.match(after)
            if m and not re.match(r"(?:a|an|the)\s+(?:day|week|month|year)\b", m.group(1)):
                add(m.group(1), end + m.start(1), end + m.end(1), "role")
        before = text[max(block[0], start - 120):start]
        m = AS_RE.search(before) or re.search(r"(?:^|\s)As\s+((?:the\s+)?[a-z][^,]{3,80}),\s*$", before)
        if m:
            off = start - len(before)
            add(m.group(1), off + m.start(1), off + m.end(1), "role")
        appos = _appositive_head(doc, start, end)
        if appos:
            add(appos[2], appos[0], appos[1], "role")
    return _unique(found), age


def _noun_phrase(doc, start: int, end: int) -> bool:
    """An appositive is a noun phrase: "Cabello, the army and the US are not…" is a list with a
    verb, and "…remove Maduro, a position that could come in handy" describes the clause."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in span) and " and the " not in span.text


def _bounds(doc, lo: int, hi: int, block: tuple[int, int]) -> tuple[int, int]:
    """The sentences spanning [lo, hi), kept inside the block (title, paragraph, caption) of the name."""
    first, last = _sentence(doc, lo), _sentence(doc, max(lo, hi - 1))
    s0 = first.start_char if first is not None else lo
    s1 = last.end_char if last is not None else hi
    s0, s1 = max(s0, block[0]), min(s1, block[1])
    text = doc.text[s0:s1]
    return s0 + len(text) - len(text.lstrip()), s0 + len(text.rstrip())


def _sentence(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent if span is not None else None


def _title_before(doc, start: int):
    """Capitalised title words directly before the name ("Defense Minister" Vladimir Padrino)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    i = span.start - 1
    words = []
    while i >= 0 and doc[i].text[:1].isupper() and is_title_word(doc[i].text):
        words.insert(0, doc[i])
        i -= 1
    if not words or all(w.lower_.rstrip(".") in ("mr", "mrs", "ms", "miss", "dr") for w in words):
        return None
    s, e = words[0].idx, words[-1].idx + len(words[-1].text)
    return s, e, doc.text[s:e]


def _appositive_head(doc, start: int, end: int):
    """ "Maduro's former spy chief, General Manuel Cristopher Figuera": the noun the name is in apposition to."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ != "appos" or root.head.i >= span.start or root.head.ent_type_:
        return None
    head = root.head
    left = min(t.i for t in head.subtree if t.i < span.start)
    toks = [t for t in doc[left:head.i + 1] if t.dep_ not in ("punct",)]
    # "Maduro's former spy chief", "Venezuela socialist boss": the role without whose it is
    while toks and (toks[0].dep_ in ("det", "prep", "cc", "case") or toks[0].pos_ == "PROPN"):
        toks = toks[1:]
    if not toks or head.pos_ not in ("NOUN",):
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return s, e, doc.text[s:e]


def _unique(found: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for ev in found:
        k = (ev.kind, ev.text.lower())
        if k not in seen:
            seen.add(k)
            out.append(ev)
    return out
