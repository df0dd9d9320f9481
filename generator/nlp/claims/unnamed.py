"""Anonymous sources: an unnamed source as first described ("a senior US official familiar with the
talks"), its later mentions ("the official"), the later words it keeps anonymous, and some members of
a party or people ("many Republicans said").

The Resolver of speakers.py mixes these rules in; they read and extend its list of anonymous sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..rules import union, words
from .discourse import GENDER, PERSON_PRONOUNS, Excluded, Speaker

DEFINITE = {"the", "this", "that", "these", "those"}
ANONYMITY = re.compile(r"\banonymity\b|\banonymously\b|\bnot authori[sz]ed\b|\b(?:asked|requested|declined|refused) "
                       r"(?:not )?to be (?:named|identified)\b", re.I)


@dataclass
class Anonymous:
    """An anonymous source as first described, with its later mentions."""

    head: str
    description: tuple[int, int]
    affiliation: str | None
    access: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    via: tuple[int, int] | None = None
    reason: tuple[int, int] | None = None
    plural: bool = False  # "two women", "residents": "they" goes on with them, not "he"


class Unnamed:
    """Anonymous-source rules over a Resolver's state (mixed into speakers.Resolver)."""

    def _still_anonymous(self, low: str, head, span) -> Speaker | None:
        """An anonymous source keeps its later words anonymous: "the ambassador" after "an ambassador
        who spoke on condition of anonymity", or "he" with no one named since, whatever the
        who-is-who links them to."""
        if head is None:
            return None
        if low in PERSON_PRONOUNS:
            prior = self.last.get("person")
            if prior is None or prior.source_type != "anonymous":
                return None
            if self.last_at.get("person", -1) > span[0]:
                return None  # "He has said that Z, a police source said": a source given after "he" is no one it goes on with
            if low in GENDER and self._other_sex(prior, GENDER[low]):
                return None  # "He said" after "a mother of two" spoke is someone else
            mention = self._person_before(span[0])
            if mention is not None and mention[1] > self.last_at.get("person", -1):
                return None
            if self._subject_of_first_clause(span[0], Excluded(set(), self.gender, GENDER.get(low))) is not None:
                return None  # "Roe was asked by a reporter whether ..., and he said": the one asked answers
            return Speaker(prior.text, None, "anonymous", prior.anon_key)
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        if head.pos_ == "NOUN" and det in DEFINITE and head.lower_ in self._latest_by_head:
            key = self._anonymous(span, head)
            spk = Speaker(self.doc.text[span[0]:span[1]], None, "anonymous", key)
            self._remember(spk, span[0])
            return spk
        return None

    def _anonymous(self, span, head) -> int | None:
        if head is None:
            return None
        lemma = head.lower_
        det = next((c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "poss")), None)
        if det in DEFINITE:
            # "the official" continues "a senior official"; "officials" or "an official" is someone new
            k = self._latest_by_head.get(lemma)
            if k is not None:
                self.anonymous[k].mentions.append(span)
                return k
        described = self.doc.text[span[0]:span[1]].lower()
        k = self._first_by_description.get(described) if det not in ("a", "an", "another") else None
        if k is not None:
            # "Israeli officials say" twice is the same unnamed group
            self.anonymous[k].mentions.append(span)
            return k
        before = [t for t in head.subtree if t.i < head.i and t.dep_ not in ("det", "nummod", "punct", "poss")
                  and t.lower_ not in words("rank_words")]
        after = [t for t in head.children if t.i > head.i and t.dep_ in ("amod", "acl", "relcl", "prep")]
        # the stated condition of anonymity is the reason, not what the source has access to
        cut = [t for t in head.subtree if t.i > head.i and t.dep_ in ("acl", "relcl")
               and ANONYMITY.search(self.doc.text[t.left_edge.idx:t.right_edge.idx + len(t.right_edge.text)])]
        after = [t for t in after if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in cut)]
        if head.lemma_.lower() in words("field_heads"):
            # "immigration advocates", "health experts": a common noun before them is their field, not
            # whom they work for (a name or an adjective of a country still is: "Israeli analysts")
            before = [t for t in before if not (t.pos_ == "NOUN" and t.dep_ == "compound")]
        affiliation = None
        if before:
            # "a senior US administration official": the modifiers after rank words, as written
            first = min(t.i for t in before)
            affiliation = self.doc[first:head.i].text.strip(" ,") or None
        access = None
        if after:
            toks = sorted((t for a in after for t in a.subtree
                           if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in cut)), key=lambda t: t.i)
            while toks and toks[-1].is_punct:
                toks.pop()
            access = self.doc.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
        # "the mother, sister and nephew said ... They added": joined nouns are a group too
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in words("plural_heads") or any(c.dep_ == "cc" and c.lower_ == "and" for t in (
            head, *(c for c in head.children if c.dep_ in ("conj", "appos"))) for c in t.children)
        self.anonymous.append(Anonymous(lemma, span, affiliation, access, [span], plural=plural))
        self._latest_by_head[lemma] = len(self.anonymous) - 1
        self._first_by_description.setdefault(described, len(self.anonymous) - 1)
        return len(self.anonymous) - 1

    def find_anonymous(self, head_lemma: str, before: int) -> int | None:
        """The latest anonymous source with this head noun first mentioned before a position."""
        for k in range(len(self.anonymous) - 1, -1, -1):
            a = self.anonymous[k]
            if head_lemma in (a.head, a.head.rstrip("s")) and a.mentions[0][0] < before:
                return k
        return None


def some_members(head) -> bool:
    """"many Republicans", "some Britons": a plural member's word of a party or people after a
    quantifier (data/group_quantifiers) is some of its members."""
    low = head.lower_
    if not low.endswith("s") or low[:-1] not in union("party_members", "demonyms"):
        return False
    # (the word just before too: the parser may leave a sentence's opening "Several" out of the phrase)
    before = [head.doc[head.i - 1]] if head.i > 0 else []
    return any(c.lower_ in words("group_quantifiers") for c in before
               + [c for c in head.children if c.dep_ in ("det", "amod", "nummod")])
