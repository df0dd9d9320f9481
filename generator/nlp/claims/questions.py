"""Questions a source puts: "asked (the minister) whether/if Z", "wondered whose side Z", "questioned
why Z"; a question put by someone unnamed ("X was asked whether Z", "when asked if Z"); and quoted
words that only ask ("Would that be a red line?"). The question is the content, its stance "questions".
"""

from __future__ import annotations

import re

from ..rules import words
from .found import Found, trim

MARKS = ("whether", "if")
# a sentence's end inside a content: its closing mark, then space
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']*\s+")


def clause(tok):
    """The question a verb of asking or doubt puts: its whether/if or wh-clause, else None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in words("asking_verbs") | words("doubt_verbs"):
        return None
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "ccomp" and _asks(c):
            return c
        # "asked Shah if the president approved": the if-clause parsed as an adverbial one
        if c.dep_ == "advcl" and lemma in words("asking_verbs") and _marked(c):
            return c
    return None


def content(doc, question) -> tuple[int, int] | None:
    """The question's words, without "whether"/"if" (a wh-word stays: "why the agency did not ...")."""
    return trim(doc.text, [t for t in question.subtree if not (t.head.i == question.i and _is_mark(t))])


def unnamed_asker(tok) -> bool:
    """"The minister was asked whether Z", "when asked if Z": a question put by someone not named."""
    # a passive ("was asked"), or a participle without a subject however tagged ("Asked whether Z, the
    # chairman said"); not a perfect tense ("has asked officials how ...": the subject asks)
    deps = {c.dep_ for c in tok.children}
    participle = "auxpass" in deps or not deps & {"aux", "nsubj"} and (tok.tag_ == "VBN" or tok.dep_ == "advcl")
    return participle and tok.lemma_.lower() in words("asking_verbs") and clause(tok) is not None \
        and not any(c.dep_ == "agent" for c in tok.children)


def put_to(doc, tok, bounds) -> Found | None:
    """The claim of a question put by someone unnamed: no speaker, the asking verb as its cue."""
    span = content(doc, clause(tok))
    if span is None or span[1] - span[0] < 8:
        return None
    return Found(*span, None, (tok.idx, tok.idx + len(tok.text)), False, bounds, None, stance="questions")


def only_asks(text: str) -> bool:
    """Words whose every sentence is a question: "If he looked into it, would that be a red line? Would he go?"."""
    parts = [p.strip(" \"“”‘’'") for p in SENTENCE_END.split(text.strip()) if p.strip(" \"“”‘’'")]
    return bool(parts) and all(p.endswith("?") for p in parts)


def mark(text: str, found: list[Found]) -> None:
    """Claims whose words only ask are questions, whoever puts them."""
    for f in found:
        if f.stance == "asserts" and f.form != "credit" and only_asks(text[f.start:f.end]):
            f.stance = "questions"


def _asks(comp) -> bool:
    first = comp.left_edge
    return _marked(comp) or first.tag_ in ("WDT", "WP", "WP$", "WRB")


def _marked(comp) -> bool:
    return any(_is_mark(c) for c in comp.children)


def _is_mark(t) -> bool:
    return t.dep_ == "mark" and t.lower_ in MARKS
