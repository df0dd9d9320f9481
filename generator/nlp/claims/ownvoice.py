"""Which conjunct of a joint speaker phrase is a speaker of its own though no name is marked on it.

"The governor and the finance ministry denied it", "The army and the ruling coalition have denied
that Z", "Both Acme and Ruritania Bank deny any wrongdoing": besides a conjunct whose name the entity pass
marked, a conjunct speaks on its own when it is
  - a body named by its head noun, singular and definite ("the army", "the US-led coalition": a noun
    of data/organization_nouns with "the");
  - a definite title the who-is-who links to a person ("the president" linked to the president named
    before: doc.spans["person_refs"]);
  - a name the entity pass left unmarked at this mention but marked elsewhere in the text under that
    very name ("Acme" of the organisation Acme).
A pronoun, a possessed description or a plural group stays no speaker of its own: "he and other
officials", "Ana Ruiz and her husband", "Democrats and the senator".
"""

from __future__ import annotations

import re

from ..rules import words
from .actors import linked_description


def speaks_alone(c, entity_at) -> bool:
    """Whether the conjunct headed by token c is a body, a linked title or a name marked elsewhere."""
    if entity_at is None:
        return False
    if c.tag_ not in ("NN", "NNP") or c.pos_ not in ("NOUN", "PROPN"):
        return False
    # (the tagger may read a lower-case body noun as a name: "the finance ministry")
    if _definite(c) and (c.lower_ in words("organization_nouns") or c.pos_ == "NOUN" and linked_description(c)):
        return True
    return c.pos_ == "PROPN" and c.text[:1].isupper() and _marked_elsewhere(c, entity_at)


def _definite(c) -> bool:
    """"the army": a "the" and no possessor ("her husband", "Iraq's army" are read as they stand)."""
    kids = list(c.children)
    return any(k.dep_ == "det" and k.lower_ == "the" for k in kids) and not any(k.dep_ == "poss" for k in kids)


def _marked_elsewhere(c, entity_at) -> bool:
    """The conjunct's name, written alike at another place of the text, is marked there as an entity of
    that very name ("Acme" where the entity pass missed it beside "Ruritania Bank")."""
    toks = sorted([t for t in c.children if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < c.i] + [c],
                  key=lambda t: t.i)
    if any(b.i - a.i != 1 for a, b in zip(toks, toks[1:], strict=False)):
        return False
    doc = c.doc
    start, end = toks[0].idx, c.idx + len(c.text)
    name = doc.text[start:end]
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
        if m.start() == start:
            continue
        ent = entity_at(m.start(), m.end())
        if ent is not None and ent[2] == name:
            return True
    return False
