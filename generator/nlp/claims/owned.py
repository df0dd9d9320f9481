""""The statement said" after "Roe released a statement" (or "In a statement, Roe said", "Roe's
tweet"): a statement named again by its noun alone (data/spoken_document_nouns) is the words of
whoever it was introduced as; a letter or report stays a document.

The Resolver of speakers.py mixes this rule in; it reads its state and changes none of it.
"""

from __future__ import annotations

from ..rules import words
from .discourse import Speaker
from .issuedin import issuer

DOCUMENT_REACH = 2  # sentences before the one naming the document again


class OwnedDocuments:
    """The author of a document named again by "the" and its noun (mixed into speakers.Resolver)."""

    def _document_owner(self, head, span) -> Speaker | None:
        """The person or organisation the nearest earlier mention of the same document noun (in this
        sentence or the two before) belongs to: its possessor, the subject of the verb that put it out,
        or of the verb an "in a statement" phrase hangs from; None when the phrase is more than "the"
        and its noun, or no such mention tells whose it is."""
        if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in words("spoken_document_nouns"):
            return None
        phrase = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        own = [t for t in phrase or () if not t.is_space]
        if [t.lower_ for t in own] != ["the", head.lower_]:
            return None
        # ("In a statement, Roe said X. He added Y. "...," the statement said": two sentences back at most)
        start, at = head.sent.start, span[0]
        for _ in range(DOCUMENT_REACH):
            prev = self._sentence_before(at)
            if prev is None:
                break
            start, at = prev.start, prev.start_char
        for t in reversed(self.doc[start:own[0].i]):
            if t.lemma_.lower() != head.lemma_.lower() or t.pos_ != "NOUN" or self._in_quote(t.idx):
                continue
            owner = _owner(t)
            ent = self._entity(owner) if owner is not None and owner.pos_ == "PROPN" else None
            if ent is None:
                return None  # the nearest mention names no one: no guess further back
            return Speaker(ent[2], ent, "named" if ent[1] == "person" else "organization")
        return None


def _owner(doc_noun):
    """Who a document mention is said to be by: "Roe's statement", "Roe released a statement", "In
    a statement, Roe said" (the verb's own subject, as the parser gives it)."""
    poss = next((c for c in doc_noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    return issuer(doc_noun, words("issuing_verbs"), ("in",), _nsubj)


def _nsubj(verb):
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
