"""Headline lines whose verb names the speaker: "Mayor Ann Cole Says Bridge Will Reopen" (a source
in title case, its verb, then the words said; in capitals too), "BRIDGE WILL REOPEN IN MAY, MAYOR SAYS"
(a line of capitals ending with its source and verb), "Bridge 'will reopen', says Cole" and "Bridge
Will Reopen, Officials Say" (a title ending with them), and a title in sentence case the parser misread ("Harbour
board rules ferry fares are too high"). A line of its own with no final full stop, like the
colon headlines of headlines.py; the words said are the claim.
"""

from __future__ import annotations

import re

from ..rules import words
from .found import Found, trim_chars

LINE = re.compile(r"[^\n]+")
MAX_LINE_WORDS = 30
MAX_SOURCE_TOKENS = 5
# "…, OFFICIALS SAY": a comma, one to five words of capitals, the verb, the line's end
CAPS_TAIL = re.compile(r",[ \t]+(?P<src>[A-Z][A-Z.'’ -]{1,40}?)[ \t]+(?P<verb>[A-Z]+)[ \t]*$")
# a title's "…, Officials Say" (source, then verb) or "…, says Jensen" (verb, then source): one to five
# capitalised words as the source, the line's end after them
WORD = r"[A-Z][\w.'’-]*"
TITLE_TAIL = re.compile(rf",[ \t]+(?P<src>{WORD}(?:[ \t]+{WORD}){{0,4}}?)[ \t]+(?P<verb>[A-Z][a-z]+)[ \t]*$")
INVERTED_TAIL = re.compile(rf",[ \t]+(?P<verb>[a-z]+)[ \t]+(?P<src>{WORD}(?:[ \t]+{WORD}){{0,4}})[ \t]*$")


def in_lines(doc) -> list[Found]:
    """Claims of headline lines with a saying verb: "Source Says words" and "WORDS, SOURCE SAYS"."""
    out, said_before = [], set()
    for m in LINE.finditer(doc.text):
        line = m.group().rstrip()
        if line.endswith(".") or ": " in line or not 4 <= len(line.split()) <= MAX_LINE_WORDS:
            continue
        found = _caps_tail(doc, m.start(), line) or _title_tail(doc, m.start(), line) or _title_verb(doc, m.start(), line) or (
            _sentence_verb(doc, m.start(), line) if not doc.text[:m.start()].strip() else None)
        if found is not None and doc.text[found.start:found.end] not in said_before:
            # (a title printed again as the page's first line is one claim)
            said_before.add(doc.text[found.start:found.end])
            out.append(found)
    return out


def _caps_tail(doc, at: int, line: str) -> Found | None:
    if any(c.islower() for c in line):
        return None
    tail = CAPS_TAIL.search(line)
    if tail is None or tail.group("verb").lower() not in words("headline_verbs") \
            or len(tail.group("src").split()) > MAX_SOURCE_TOKENS:
        return None
    return _tail_claim(doc, at, line, tail)


def _title_tail(doc, at: int, line: str) -> Found | None:
    """"Harbour and town 'in close talks', says Jensen", "Budget To Include 12 Bus Lines, Officials Say":
    a line in mixed case whose source and saying verb come after its last comma."""
    if not any(c.islower() for c in line):
        return None
    tail = TITLE_TAIL.search(line) or INVERTED_TAIL.search(line)
    if tail is None or tail.group("verb").lower() not in words("headline_verbs"):
        return None
    return _tail_claim(doc, at, line, tail)


def _tail_claim(doc, at: int, line: str, tail: re.Match) -> Found | None:
    """The claim of a line whose source and saying verb close it: the words before them, of three or more."""
    content = trim_chars(doc.text, at, at + tail.start())
    source = doc.char_span(at + tail.start("src"), at + tail.end("src"), alignment_mode="expand")
    if content is None or source is None or len(doc.text[content[0]:content[1]].split()) < 3:
        return None
    return Found(*content, (source.start_char, source.end_char), (at + tail.start("verb"), at + tail.end("verb")),
                 False, (at, at + len(line)), source[-1].i, form="colon")


def _title_verb(doc, at: int, line: str) -> Found | None:
    span = doc.char_span(at, at + len(line), alignment_mode="expand")
    if span is None:
        return None
    toks = [t for t in span if not t.is_space]
    caps = not any(c.islower() for c in line)  # "HARBOUR CHIEF CLAIMS FEES 'WILL DRIVE AWAY FERRIES'"
    k = next((k for k, t in enumerate(toks[1:MAX_SOURCE_TOKENS + 1], start=1)
              if (t.text.isupper() if caps else t.text[:1].isupper() and t.text[1:].islower())
              and t.lower_ in words("headline_verbs") | words("headline_denial_verbs")), None)
    if k is None or not all(t.text[:1].isupper() or t.is_punct or t.lower_ in ("'s", "’s") for t in toks[1:k]):
        return None  # no verb, or a lower-case word before it: a sentence, not "Source Says"
    source, rest = toks[:k], toks[k + 1:]
    verb, last = toks[k], source[-1]
    if source[0].is_punct or any(t.tag_.startswith("W") for t in source) \
            or not (last.pos_ == "PROPN" or last.lower_ in words("person_nouns") or caps) \
            or len([r for r in rest if r.is_alpha]) < 3 or rest[0].pos_ == "ADP":
        return None  # ("Roe's Baffling Claim About Cuts": a noun, its source's adjective, a preposition; "WHY …")
    if verb.pos_ == "NOUN" and any(c.dep_ in ("poss", "det", "amod") or c.dep_ == "compound" and c.i < verb.i
                                   for c in verb.children):
        return None
    denial = verb.lower_ in words("headline_denial_verbs")  # "Roe Denies Deal Was Rigged": claims/stance's kind
    if denial and not (rest[0].lemma_.lower() in words("claim_nouns") or any(r.tag_ in ("VBZ", "VBD", "VBP", "MD") for r in rest[1:])):
        return None  # "Court Rejects Asylum Ban": a plan turned down, no claim denied
    found = _headline_found(doc, at, line, source, toks[k], rest)
    if found is not None and denial:
        found.stance = "denies"
    return found


def _sentence_verb(doc, at: int, line: str) -> Found | None:
    """A title line in sentence case, "Harbour board rules ferry fares are too high", whose verb the parser
    did not give its subject (it read "rules" as a noun's or the clause's subject): the source is the
    noun phrase before the verb, the clause after it the claim. A verb with its subject is the cue pass's."""
    span = doc.char_span(at, at + len(line), alignment_mode="expand")
    if span is None:
        return None
    toks = [t for t in span if not t.is_space]
    k = next((k for k, t in enumerate(toks[1:MAX_SOURCE_TOKENS + 1], start=1)
              if t.is_lower and t.tag_ in ("VBZ", "VBP", "NNS")
              and (t.lower_ in words("headline_verbs") or t.lemma_.lower() in words("reporting_verbs"))), None)
    if k is None or any(c.dep_ == "nsubj" for c in toks[k].children):
        return None
    source, rest = toks[:k], toks[k + 1:]
    nouns = words("person_nouns") | words("organization_nouns") | words("document_nouns") | words("anonymous_nouns")
    if not source[0].text[:1].isupper() or not all(t.is_alpha for t in source) \
            or not (source[-1].pos_ == "PROPN" or source[-1].lower_ in nouns):
        return None
    if len([r for r in rest if r.is_alpha]) < 3 or rest[0].pos_ in ("ADP", "VERB", "AUX") \
            or not any(r.tag_ in ("VBZ", "VBD", "VBP", "MD") for r in rest[1:]):
        # "Mayor warns of floods", "Minister tells staff to leave", "The protests explained in 100 words":
        # no clause said, which opens with its subject and has a finite verb
        return None
    return _headline_found(doc, at, line, source, toks[k], rest)


def _headline_found(doc, at: int, line: str, source, verb, rest) -> Found | None:
    """The claim of a title line: the words after its verb, said by the phrase before it (its last
    proper noun the head)."""
    content = trim_chars(doc.text, rest[0].idx, at + len(line))
    if content is None:
        return None
    head = next((s for s in reversed(source) if s.pos_ == "PROPN"), source[-1])
    return Found(*content, (source[0].idx, source[-1].idx + len(source[-1].text)),
                 (verb.idx, verb.idx + len(verb.text)), False, (at, at + len(line)), head.i, form="colon")


def once(text: str, found: list[Found]) -> list[Found]:
    """A headline line printed again word for word (a title repeated as the page's first line) is one
    claim, at its first occurrence: a later claim of the same words on an identical line goes."""
    def line_of(f: Found) -> str:
        return text[text.rfind("\n", 0, f.start) + 1:(text.find("\n", f.end) + 1 or len(text) + 1) - 1].strip()

    heads = {(line_of(f), text[f.start:f.end]): f.start for f in reversed(found) if f.form == "colon"}
    return [f for f in found if heads.get((line_of(f), text[f.start:f.end]), f.start) >= f.start]

