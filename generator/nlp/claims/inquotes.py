"""A denial or doubt said inside a longer quote of the speaker's: the quote stays the speaker's words as
said (asserted), and the part that denies carries the denial as a claim of its own, nested in the quote.

    "We looked at this for weeks. We saw no evidence to back up claims that the fire was set," the chief
    said — the chief denies "the fire was set" (a sentence of the quote calls a claim false);
    The mayor said: "Critics claim that we sold the pier. That is simply false." — the mayor denies
    "we sold the pier", the claim the quote itself reports (a closing verdict pointing back inside it).

A quote that is only the verdict ("That is not true," X said) or a single sentence calling a claim false
is pointing.refer_back's: the quote then becomes the denial.
"""

from __future__ import annotations

from dataclasses import replace

from ..rules import words
from .falsity import verdict_of
from .found import Found

MAX_VERDICT_TOKENS = 8  # "That is, of course, wholly untrue."
VERDICT_WORDS = ("true", "accurate", "correct", "truth")
POINTERS = {"this", "that", "it", "these", "those"}


def nested(doc, found: list[Found]) -> None:
    """Adds, for each quote of several sentences, a claim for each sentence that denies or doubts a claim
    (its stance and what it denies), and a denial of a claim the quote reports when a later sentence of
    it is a short verdict pointing back ("That is simply false.")."""
    added = []  # (the quote, the claim nested in it)
    for f in found:
        if not f.quote or f.stance != "asserts" or f.cue is None or f.speaker is None or f.form == "credit":
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        sents = list(span.sents) if span is not None else []
        for sent in sents:
            s, e = max(sent.start_char, f.start), min(sent.end_char, f.end)
            # the sentence, or a clause of it the parser hung on a later one ("We saw no evidence that Z; we
            # saw evidence that W"): a quote of one sentence only by its clauses, refer_back reads it whole
            clauses = ([(s, e)] if len(sents) > 1 else []) + [
                (max(t.left_edge.idx, s), min(t.right_edge.idx + len(t.right_edge.text), e)) for t in sent
                if t.dep_ in ("ccomp", "conj", "parataxis") and t.pos_ in ("VERB", "AUX") and t.head.i > t.i
                and s <= t.idx and t.head.idx < e]
            judged = next((j for j in (verdict_of(doc, c) for c in clauses) if j is not None), None)
            if judged is not None and f.start <= judged[0][0] and judged[0][1] <= f.end:
                added.append((f, replace(f, start=judged[0][0], end=judged[0][1], stance=judged[1])))
            elif len(sents) > 1 and _verdict(sent):
                told = [g for g in found if g is not f and f.start <= g.start and g.end <= s and g.stance == "asserts"
                        and g.speaker is not None and g.speaker != f.speaker]
                if told:
                    g = max(told, key=lambda g: g.end)
                    added.append((f, replace(f, start=g.start, end=g.end, stance="denies")))
    have = {(g.start, g.end, g.speaker, g.stance) for g in found}
    for f, a in reversed(added):
        if (a.start, a.end, a.speaker, a.stance) not in have:
            found.insert(next(k for k, g in enumerate(found) if g is f) + 1, a)  # right after its quote
            have.add((a.start, a.end, a.speaker, a.stance))


def _verdict(sent) -> bool:
    """"That is simply false.", "This is, of course, wholly untrue.", "It's not true.": a short sentence
    whose subject points back and whose words call it false."""
    toks = [t for t in sent if not t.is_punct and not t.is_space]
    if not toks or len(toks) > MAX_VERDICT_TOKENS:
        return False
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ != "be" or subj is None or subj.lower_ not in POINTERS:
        return False
    negated = any(t.dep_ == "neg" for t in toks)
    false = any(t.lemma_.lower() in words("falsity_words") or t.lower_ in words("falsity_words") for t in toks)
    true = any(t.lower_ in VERDICT_WORDS for t in toks)
    return false and not negated or true and negated
