"""The person a question was put to, who answers it: "A reporter asked Mr Roe if Z. He responded: ...".

A question put to a named person ("asked Roe if/whether Z", "asked Roe why Z", "asked Roe about Z")
is answered next by that person: a "he" or "she" opening the next sentence is them, not the asker,
whose question the story reports. A request ("asked Roe to step aside") is no question.
"""

from __future__ import annotations

from ..rules import words
from .questions import clause_marked

QUESTION_PREPS = frozenset(("about", "on"))


def asked_one(verb):
    """The object of an asking verb with a question for its complement, else None."""
    if verb.lemma_.lower() not in words("asking_verbs") | words("pressing_verbs"):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "Roe was asked why Z": the passive subject is asked (antecedents.py)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if obj is None:
        return None
    return obj if any(_question(c) for c in verb.children if c.i > obj.i) else None


def _question(child) -> bool:
    """A clause put as a question ("if Z", "whether Z", "why Z") or a topic asked about ("about Z")."""
    if child.dep_ == "prep":
        return child.lower_ in QUESTION_PREPS
    if child.dep_ not in ("ccomp", "advcl"):
        return False
    first = child.left_edge
    return clause_marked(child) or first.tag_ in ("WRB", "WP", "WDT", "WP$") and first.i < child.i
