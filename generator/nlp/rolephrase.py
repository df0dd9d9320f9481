"""What a role phrase is: a noun phrase headed by a role noun or title, not a list, a clause or the
next name of a list; and the sentences an evidence phrase spans (read by people.describe)."""

from __future__ import annotations

import re

from .names import is_title_word
from .personhood import is_person_noun, text_of

ROLE_PREPOSITIONS = {"of", "for", "at", "to", "in", "with", "on"}


def _noun_phrase(doc, start: int, end: int) -> bool:
    """An appositive is a noun phrase: "Cabello, the army and the US are not…" is a list with a
    verb, and "…remove Maduro, a position that could come in handy" describes the clause; a verb
    form that modifies the noun ("a practising dentist") is part of the phrase. It is no list of
    people ("Ruiz, Ana Vidal and …", "Ruiz, and union campaigner Ana Vidal,")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    # "Ruiz, the country's founder Ana Vidal, and …": a phrase that ends on another name without a
    # preposition before it is that person's description (not "an adviser to President Ana Vidal")
    if span[-1].ent_type_ == "PERSON":
        first = next(t for t in span if t.ent_type_ == "PERSON" and t.i >= span[-1].i - 4 and all(
            x.ent_type_ == "PERSON" for x in doc[t.i:span[-1].i + 1]))
        if not any(t.pos_ == "ADP" for t in doc[span.start:first.i]):
            return False
    return (not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in span)
            and " and the " not in span.text and span[0].ent_type_ != "PERSON"
            and span[0].lower_ not in ("and", "or", "but"))


def _past_adjectives(doc, start: int, end: int) -> int:
    """ "the executive director of the large, pro-Israel group X": an appositive cut at the comma
    between two adjectives goes on to its noun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].pos_ != "ADJ":
        return end
    m = re.match(r",\s+[^,;.()“”\"]{3,80}?(?=[,;.(“”\"]|$)", text_of(doc)[end:end + 100])
    longer = m and doc.char_span(start, end + m.end(), alignment_mode="expand")
    return end + m.end() if longer and longer[-1].pos_ in ("NOUN", "PROPN") else end


def _titled_name_first(doc, start: int, end: int) -> bool:
    """ "Kelly, Secretary of State Mike Pompeo and …": the next item of a list, a title and another
    person's name, is no appositive of the name before it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    first = next((t for t in span if t.ent_type_ == "PERSON"), None)
    if first is None or first.i == span.start or not doc[span.start].text[:1].isupper():
        return False
    k = first.i
    while k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "I":
        k += 1
    if any(t.text in ("'s", "’s", "'", "’") for t in doc[first.i:k + 2]):
        return False  # "President Ana Ruiz's lawyer" is a role
    return all(t.text[:1].isupper() or t.lower_ in ("of", "the", "for") for t in doc[span.start:first.i])


def _before_next_name(doc, start: int, end: int) -> int:
    """The end of an appositive that runs into the next item of a list: "Ruiz, the chairman of the
    board and Tom Vidal, …" ends before "and Tom Vidal" (not "an adviser to Ana Ruiz and Tom Vidal")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].ent_type_ != "PERSON":
        return end
    k = span[-1].i
    while k > span.start and doc[k - 1].ent_type_ == "PERSON":
        k -= 1
    if k - 2 <= span.start or doc[k - 1].lower_ not in ("and", "or"):
        return end
    prev = doc[k - 2] if doc[k - 2].text != "," else doc[k - 3]
    if prev.i <= span.start or prev.ent_type_ == "PERSON" or (prev.pos_ == "PROPN" and not prev.ent_type_):
        return end  # two names the preposition governs
    return prev.idx + len(prev.text)


def _role_phrase(doc, start: int, end: int) -> bool:
    """A role without an article: a short noun phrase whose head, before any "of"/"to" phrase, is a
    role noun or title ("Panama coach", "undersecretary to the prime minister", "Peru's Prime
    Minister"); not "Like her mother" or "In Lima"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not _noun_phrase(doc, start, end) or len(span) > 14:
        return False
    # "his predecessor", "her personal lawyer": a possessive's role, its owner resolved after linking
    possessive = span[0].tag_ == "PRP$" and len(span) > 1
    if (span[0].pos_ in ("ADP", "SCONJ", "CCONJ", "ADV", "VERB", "PRON", "NUM") and not possessive) \
            or span[0].lower_ in ("who", "which"):
        return False
    head = []
    for t in span:
        if t.lower_ in ROLE_PREPOSITIONS:
            break
        head.append(t)
    # each coordinated part is a role: "chief financial officer and treasurer", not "the agency and its head"
    parts, part = [], []
    for t in head:
        if t.lower_ in ("and", "or"):
            parts.append(part)
            part = []
        elif t.is_alpha:
            part.append(t)
    parts.append(part)
    # "the Work and Pensions Secretary", "Health and Human Services Secretary": a department's name
    # written in capitals holds its own "and"; only the title after it is the role
    if len(parts) > 1 and all(t.text[:1].isupper() for p in parts for t in p if t.lower_ not in ("the", "of")):
        parts = [parts[-1]]
    # "His sons, Eric and Don Ruiz": a plural after a possessive is the group's, each name's role is said apart
    if possessive and any(p and p[-1].tag_ in ("NNS", "NNPS") for p in parts):
        return False
    return all(p and (is_person_noun(p[-1].text, suffix=False) or is_title_word(p[-1].text)) for p in parts)


def _bounds(doc, lo: int, hi: int, block: tuple[int, int]) -> tuple[int, int]:
    """The sentences spanning [lo, hi), kept inside the block (title, paragraph, caption) of the name."""
    first, last = _sentence(doc, lo), _sentence(doc, max(lo, hi - 1))
    s0 = first.start_char if first is not None else lo
    s1 = last.end_char if last is not None else hi
    s0, s1 = max(s0, block[0]), min(s1, block[1])
    text = text_of(doc)[s0:s1]
    return s0 + len(text) - len(text.lstrip()), s0 + len(text.rstrip())


def _sentence(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent if span is not None else None

