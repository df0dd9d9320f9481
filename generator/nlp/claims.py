"""Who claims what: attributions from reporting verbs, "according to", and direct quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Claim
from .rules import words

PRONOUNS = {"he", "she", "they", "him", "her", "it", "we", "i"}
QUOTE_RE = re.compile(r"[“\"]([^“”\"]{12,}?)(?:[”\"]|$)", re.M)
TRIM = " ,.;:—–-\"“”‘’'\n"


@dataclass
class Found:
    start: int
    end: int
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    quote: bool
    sentence: tuple[int, int]
    head: tuple[int, int] | None = None  # the speaker phrase's head word, which links it to an entity


def extract(doc, entity_at) -> list[Claim]:
    """Claims in a spaCy Doc. entity_at(start, end) -> (id, kind, name) of an overlapping entity or None."""
    found: list[Found] = []
    for sent in doc.sents:
        found.extend(_in_sentence(doc, sent))
    found.extend(_quotes(doc, found))
    found.sort(key=lambda f: (f.start, f.end))
    claims, last_person = [], None
    for f in _dedupe(found):
        speaker_text = doc.text[f.speaker[0]:f.speaker[1]] if f.speaker else None
        ent = entity_at(*f.head) if f.head else None
        source_type = _source_type(doc, f.speaker, ent)
        if ent is None and speaker_text and speaker_text.lower() in PRONOUNS and last_person:
            ent = last_person
            source_type = "named" if ent[1] == "person" else "organization"
        if ent is not None and ent[1] == "person":
            last_person = ent
        claims.append(Claim(
            text=doc.text[f.start:f.end], start=f.start, end=f.end,
            speaker=(ent[2] if ent and speaker_text and speaker_text.lower() in PRONOUNS else speaker_text),
            speaker_start=f.speaker[0] if f.speaker else None,
            speaker_end=f.speaker[1] if f.speaker else None,
            speaker_id=ent[0] if ent and ent[1] == "person" else None,
            cue=doc.text[f.cue[0]:f.cue[1]] if f.cue else None,
            cue_start=f.cue[0] if f.cue else None, cue_end=f.cue[1] if f.cue else None,
            source_type=source_type, quote=f.quote,
            sentence_start=f.sentence[0], sentence_end=f.sentence[1],
        ))
    return claims


def _in_sentence(doc, sent):
    verbs = words("reporting_verbs")
    out = []
    bounds = (sent.start_char, sent.end_char)
    for tok in sent:
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            spk = _span(obj.subtree)
            head = _head(obj)
            rest = [t for t in sent if not (tok.i <= t.i <= obj.right_edge.i)]
            content = _trim(doc, rest)
            if content:
                out.append(Found(*content, spk, (tok.idx, to.idx + len(to.text)), False, bounds, head))
        elif tok.lemma_.lower() in verbs and tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
            if not comp and tok.dep_ in ("parataxis",) and tok.head.i != tok.i:
                comp = [tok.head]
                content = _trim(doc, [t for t in sent if not (tok.left_edge.i <= t.i <= tok.right_edge.i)])
            elif comp:
                content = _trim(doc, list(comp[0].subtree)) if comp[0].i > tok.i else _trim(
                    doc, [t for t in sent if t.i < tok.i and not (subj is not None and subj.left_edge.i <= t.i <= subj.right_edge.i)])
            else:
                dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if dobj is None or tok.lemma_ not in ("reject", "deny", "dismiss", "accuse", "confirm"):
                    continue
                content = _trim(doc, list(dobj.subtree))
            if subj is None or not content or content[1] - content[0] < 8:
                continue
            spk = _span(subj.subtree)
            out.append(Found(*content, spk, (tok.idx, tok.idx + len(tok.text)), False, bounds, _head(subj)))
    return out


def _quotes(doc, found):
    """Direct quotes; one not covered by a claim takes the speaker of its sentence or the last speaker."""
    out = []
    text = doc.text
    for m in QUOTE_RE.finditer(text):
        s, e = m.span(1)
        inside = [f for f in found if f.start <= s < f.end or s <= f.start < e]
        if inside:
            for f in inside:
                f.quote = True
            continue
        before = [f for f in found if f.end <= s and f.speaker]
        prev = before[-1] if before else None
        sent = doc.char_span(s, e, alignment_mode="expand")
        bounds = (sent.sents.__next__().start_char if sent is not None else s, e)
        out.append(Found(s, e, prev.speaker if prev else None, None, True, bounds, prev.head if prev else None))
    return out


def _source_type(doc, speaker, ent) -> str:
    if speaker is None:
        return "unattributed"
    if ent is not None:
        return "named" if ent[1] == "person" else "organization"
    phrase = doc.text[speaker[0]:speaker[1]].lower()
    head = re.findall(r"[a-z]+", phrase)
    last = head[-1] if head else ""
    if any(w in words("document_nouns") for w in head[-2:]):
        return "document"
    if last in words("anonymous_nouns") or re.search(r"\b(familiar with|close to|who asked not)\b", phrase):
        return "anonymous"
    if phrase in PRONOUNS:
        return "named"
    return "organization" if doc.text[speaker[0]:speaker[1]][:1].isupper() else "anonymous"


def _head(tok) -> tuple[int, int]:
    """The head word of a speaker phrase, widened to its name ("Nicolas Maduro" for "Maduro")."""
    toks = [t for t in tok.subtree if t.dep_ == "compound" and t.head.i == tok.i] + [tok]
    toks.sort(key=lambda t: t.i)
    return toks[0].idx, tok.idx + len(tok.text)


def _span(tokens) -> tuple[int, int]:
    toks = list(tokens)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _trim(doc, toks):
    toks = [t for t in toks if not t.is_space]
    while toks and (toks[0].is_punct or toks[0].lower_ in ("that", "but", "and")):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    while s < e and doc.text[s] in TRIM:
        s += 1
    while e > s and doc.text[e - 1] in TRIM:
        e -= 1
    return (s, e) if e > s else None


def _dedupe(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in found:
        if out and f.start < out[-1].end and (f.end - f.start) <= (out[-1].end - out[-1].start):
            continue
        if out and f.start < out[-1].end:
            out[-1] = f
            continue
        out.append(f)
    return out
