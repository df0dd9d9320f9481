""""The latter said", "the former added": which of the last two people named before the cue speaks;
"the two leaders said", "both sides agreed": both of them, when just two were named; "they" after "Jo Roe
and Ann Doe have asked …" is those two.

The Resolver of speakers.py mixes this rule in; it reads its state and changes none of it.
"""

from __future__ import annotations

from functools import cache

from ..rules import pairs, words
from .discourse import Speaker


class PairReferences:
    """"the latter" / "the former" / "the two leaders" as a speaker (mixed into speakers.Resolver)."""

    def _joint_subject_before(self, start: int) -> Speaker | None:
        """"Jo Roe and Ann Doe have asked for a meeting. They said ...": named people joined as the
        subject of the sentence before are who "they" are, shown by their names."""
        prev = self._sentence_before(start)
        if prev is None:
            return None
        # the subject of the sentence's last clause first: "Roe said ..., but Doe and Lee have said ...
        # They also said": the people named nearest before "they"
        verbs = [prev.root] + [c for c in prev.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        for verb in reversed(verbs):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            joint = self._joint_people(subj) if subj is not None else None
            if joint is not None:
                return joint
        return None

    def _joint_people(self, subj) -> Speaker | None:
        """Named people joined by "and" in a subject, shown by their names; None if fewer than two."""
        if self._in_quote(subj.idx) or self.own_words.holds(subj.idx):
            return None
        toks = list(subj.subtree)
        if not any(t.dep_ == "cc" and t.lower_ == "and" for t in toks):
            return None
        # the people named in the subject, however the parser joined them ("Union chief Jo Roe and
        # business chief Ann Doe" comes out as one name modifying the other)
        people = []
        for t in toks:
            ent = self.entity_at(t.idx, t.idx + len(t.text)) if (t.ent_type_ == "PERSON" or t.pos_ == "PROPN") \
                and not _modifies_noun(t) else None
            if ent is not None and ent[1] == "person" and ent not in people:
                people.append(ent)
        if len(people) < 2:
            return None
        return Speaker(" and ".join(p[2] for p in people), None, "named", each=tuple(people))

    def _pair_in(self, lo: int, hi: int, kinds: set[str], joined_only: bool = False) -> list[tuple] | None:
        """The two entities of those kinds named in doc[lo:hi] outside quotes: the last two joined by "and"
        as the subject if any ("Turkey and Russia agreed", not "Roe met Lund and Vidal"); else (not
        joined_only) the two when exactly two are named; else None."""
        named: list[tuple] = []  # (entity, token)
        for tok in self.doc[lo:hi]:
            if tok.pos_ not in ("PROPN", "PRON") or self._in_quote(tok.idx):
                continue
            ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
            if ent is not None and ent[1] in kinds:
                # (a name's words in a row are one mention: its last word, the head the parser joins)
                named[-1:] = [*named[-1:], (ent, tok)] if not named or named[-1][0] != ent else [(ent, tok)]
        for (a, x), (b, y) in reversed(list(zip(named, named[1:], strict=False))):
            if a != b and _joined(x, y) and x.dep_ in ("nsubj", "nsubjpass"):  # (the two who act, not "met X and Y")
                return [a, b]
        distinct = list(dict.fromkeys(ent for ent, _ in named))
        return distinct if len(distinct) == 2 and not joined_only else None

    def named_pair(self, span) -> list[Speaker]:
        """"The two leaders said", "both sides agreed" (data/pair_nouns): the two named just before, each a
        speaker, of the kinds the noun allows (people; for "sides", "countries" also organisations and places):
        the last two joined by "and" in the speaker's sentence up to it or in the sentence before ("Turkey and
        Russia agreed …. The two sides said"), or the only two its own sentence names; else [], and the phrase
        stays as written: a guess at which two would put words in the wrong mouths."""
        words_ = self.doc.text[span[0]:span[1]].lower().split()
        opener = tuple(words_[:-1])
        kinds = _pair_nouns().get(words_[-1]) if opener in PAIR_OPENERS and (opener != ("the",) or words_[-1] == "pair") \
            else None
        here = self.doc.char_span(span[0], span[1], alignment_mode="expand") if kinds else None
        if here is None:
            return []
        prev = self._sentence_before(span[0])
        named = self._pair_in(here.sent.start, here.start, kinds)
        if named is None and prev is not None:
            named = self._pair_in(prev.start, prev.end, kinds, joined_only=True)
        if named is None:
            return []
        return [Speaker(ent[2], ent, "named" if ent[1] == "person" else "organization") for ent in named]

    def _one_of_pair(self, low: str, span) -> Speaker | None:
        """The last (or first) of the last two distinct people named outside quotes in the sentence
        before the speaker phrase and in its own sentence up to it; None if fewer than two."""
        which = _phrases().get(" ".join(low.split()))
        here = self.doc.char_span(span[0], span[1], alignment_mode="expand") if which else None
        if here is None:
            return None
        prev = self._sentence_before(span[0])
        people: list[tuple] = []
        for tok in self.doc[prev.start if prev is not None else here.sent.start:here.start]:
            if tok.pos_ != "PROPN" or self._in_quote(tok.idx):
                continue
            ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
            if ent is not None and ent[1] == "person":
                if ent in people:
                    people.remove(ent)
                people.append(ent)
        if len(people) < 2:
            return None
        ent = people[-1] if which == "last" else people[-2]
        return Speaker(ent[2], ent, "named")


def _modifies_noun(tok) -> bool:
    """Whether a name word is part of a name that only modifies a common noun ("two Obama advisers",
    "Roe's aides"): the name tells whose the group is, it is no member of it."""
    while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head  # up to the name's last word ("Jo" in "Jo Roe")
    return tok.dep_ in ("compound", "poss", "nmod") and tok.head.pos_ == "NOUN"


# what opens a phrase naming a pair: "the two leaders", "both sides", "both the men"; "the" only "the pair"
PAIR_OPENERS = {("the", "two"), ("both",), ("both", "the"), ("the",)}


def _joined(a, b) -> bool:
    """Whether two tokens are conjuncts: "Turkey and Russia", "He and Commission chief Ana Lund"."""
    return b.dep_ == "conj" and b.head.i == a.i or a.dep_ == "conj" and a.head.i == b.i


@cache
def _pair_nouns() -> dict[str, set[str]]:
    """data/pair_nouns: noun -> the kinds of entity it can stand for ("person", or "person organization place")."""
    return {noun: set(kinds.split()) for noun, kinds in pairs("pair_nouns").items()}


@cache
def _phrases() -> dict[str, str]:
    """data/pair_references: phrase -> which of the two ("last" or "first"), its last word."""
    return {line.rpartition(" ")[0]: line.rpartition(" ")[2] for line in words("pair_references")}
