""""Roe's lawyer said his client denies it": the client a lawyer's words speak of is the person the
lawyer was introduced as speaking for ("Roe's lawyer", "a lawyer for Roe", "Tom Vidal, Roe's attorney").

The Resolver of speakers.py mixes this rule in; it reads its state and changes none of it.
"""

from __future__ import annotations

from ..rules import words
from .discourse import Speaker


class Clients:
    """A lawyer's "my/his/her client" as a speaker (mixed into speakers.Resolver)."""

    def _client_of_counsel(self, head, span) -> Speaker | None:
        """The person "his client" inside a claim's words stands for: the one named as the owner of a
        lawyer ("Roe's lawyer") or after "for" ("a lawyer for Roe") in the sentence before those words."""
        if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in words("client_nouns") \
                or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            return None
        outer = self._enclosing(span[0])
        if outer is None:
            return None
        for tok in head.sent:
            if tok.idx >= outer[0][0]:
                break
            if tok.lemma_.lower() not in words("counsel_nouns") or tok.pos_ != "NOUN":
                continue
            whom = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            whom += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            ent = self._entity(whom[0]) if whom else None
            if ent is not None and ent[1] == "person":
                return Speaker(ent[2], ent, "named")
        return None
