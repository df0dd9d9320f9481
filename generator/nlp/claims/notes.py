"""Sentences about the sourcing itself: why a source is anonymous, what nobody could verify, who
did not answer a request for comment. Each is tied to the source, claim or person it is about.
"""

from __future__ import annotations

import re
from functools import cache

from ..rules import DATA
from .speakers import PRONOUNS, Resolver


@cache
def patterns(kind: str) -> re.Pattern:
    """The qualifiers.txt patterns of one kind as a single regular expression."""
    lines = (DATA / "qualifiers.txt").read_text(encoding="utf-8").splitlines()
    rxs = [x.split("\t", 1)[1] for x in lines if x.startswith(kind + "\t")]
    return re.compile("|".join(f"(?:{x})" for x in rxs), re.I)


VERIFY_LEMMAS = {"verify", "confirm", "corroborate"}


@cache
def anonymity_rules() -> tuple[re.Pattern, ...]:
    lines = (DATA / "anonymity.txt").read_text(encoding="utf-8").splitlines()
    return tuple(re.compile(x, re.I) for x in lines if x.strip() and not x.startswith("#"))


def anonymity_reasons(doc, resolver: Resolver) -> None:
    """Attach "spoke on the condition of anonymity because ..." to the anonymous source it is about."""
    for sent in doc.sents:
        for rx in anonymity_rules():
            m = rx.search(sent.text)
            if not m:
                continue
            key = _source_of(doc, sent, sent.start_char + m.start(), resolver)
            if key is None:
                continue
            src = resolver.anonymous[key]
            group = next((g for g in ("reason", "purpose") if m.groupdict().get(g)), None)
            if group and src.reason is None:
                s = sent.start_char + m.start(group)
                e = min(sent.start_char + m.end(group), _clause_end(sent, sent.start_char + m.start()))
                while e > s and doc.text[e - 1] in " ,;.\n":
                    e -= 1
                src.reason = (s, e)
            break


def _clause_end(sent, at: int) -> int:
    """Where the clause of the verb at a position ends: "officials who spoke ... to discuss X said ..."."""
    verb = next((t for t in sent if t.idx >= at), None)
    if verb is None:
        return sent.end_char
    last = verb.right_edge
    return last.idx + len(last.text)


def _source_of(doc, sent, at: int, resolver: Resolver) -> int | None:
    """The anonymous source a sentence's subject names: its head noun, or a pronoun for the last one."""
    verb = next((t for t in sent if t.idx >= at), None)
    subj = None
    while verb is not None and subj is None:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return None
    if subj.lower_ in PRONOUNS:
        return len(resolver.anonymous) - 1 if resolver.anonymous else None
    # "a person familiar with the talks, who spoke on condition of anonymity": the relative clause
    # may hang from a word inside the description; the source is the noun above it
    node = subj
    while True:
        key = resolver.find_anonymous(node.lower_, sent.end_char)
        if key is not None or node.head.i == node.i or node.dep_ in ("nsubj", "nsubjpass"):
            return key
        node = node.head


def unverified_targets(doc, claims) -> dict[int, str]:
    """Index of each claim the outlet says it could not verify -> the sentence that says so.

    claims: (Found, Speaker) pairs in document order. "The AP was unable to verify the
    opposition politician's account" is about the claim whose speaker is a politician; with no
    such word, the claim in the same sentence or the one just before it.
    """
    out: dict[int, str] = {}
    for sent in doc.sents:
        if not patterns("unverified").search(sent.text) or _a_sources_open_question(sent):
            continue
        note = sent.text.strip()
        heads = _verified_heads(sent)
        before = [k for k, (f, _) in enumerate(claims) if f.start < sent.start_char]
        same = [k for k, (f, _) in enumerate(claims) if sent.start_char <= f.start < sent.end_char]
        target = None
        for k in reversed(before):
            f, _ = claims[k]
            if f.head_i is not None and (doc[f.head_i].lemma_.lower() in heads or doc[f.head_i].lower_ in heads):
                target = k
                break
        if target is None and same:
            target = same[0]
        if target is None and before:
            target = before[-1]
        if target is not None:
            out[target] = note
    return out


def _a_sources_open_question(sent) -> bool:
    """"Hospital officials were unable to confirm whether the man was the suspect": people who could
    not say whether something is so, not the outlet unable to verify a claim it reports."""
    for tok in sent:
        if tok.lemma_.lower() in VERIFY_LEMMAS and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ in ("whether", "if"):
            return True
    return False


def _verified_heads(sent) -> set[str]:
    """Nouns naming whose account went unverified: "the opposition politician's account"."""
    heads = set()
    for tok in sent:
        if tok.lemma_.lower() in VERIFY_LEMMAS:
            for child in tok.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    heads |= {t.lemma_.lower() for t in child.subtree if t.pos_ in ("NOUN", "PROPN")}
        if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in VERIFY_LEMMAS:
            heads |= {t.lemma_.lower() for t in tok.subtree if t.pos_ in ("NOUN", "PROPN")}
    return heads - {"account", "claim", "claims", "report", "statement", "information", "detail", "details"}


def comment_requests(doc, entity_at) -> list[tuple[tuple[int, int], tuple[int, int] | None, tuple | None, str]]:
    """(sentence span, subject span, subject entity, outcome) for each unanswered request for comment."""
    out = []
    for sent in doc.sents:
        m = patterns("no_comment").search(sent.text)
        if not m:
            continue
        at = sent.start_char + m.start()
        verb = next((t for t in sent if t.idx >= at and t.pos_ in ("VERB", "AUX")), None)
        subj = None
        while verb is not None:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.head.i == verb.i:
                break
            verb = verb.head
        span = ent = None
        if subj is not None:
            toks = sorted([t for t in subj.subtree if t.dep_ != "relcl" and t.i <= subj.i], key=lambda t: t.i)
            span = (toks[0].idx, subj.idx + len(subj.text))
            ent = entity_at(*span)
        outcome = "declined" if re.search(r"declined|refused|would not", m.group(0), re.I) else "no response"
        bounds = (sent.start_char, sent.end_char)
        while bounds[1] > bounds[0] and doc.text[bounds[1] - 1].isspace():
            bounds = (bounds[0], bounds[1] - 1)
        out.append((bounds, span, ent, outcome))
    return out
