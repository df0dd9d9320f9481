"""What kind of source a speaker phrase is by its head word: a document ("the report"), an
anonymous source ("a local farmer", "officials familiar with the talks", "many Republicans"), or
another (a name, an organisation, a description resolved elsewhere). Mixed into speakers.Resolver.
"""

from __future__ import annotations

import re

from ..rules import pairs, words
from .unnamed import some_members

ANONYMOUS_PHRASE = re.compile(r"\b(familiar with|close to|who asked not|briefed on|with knowledge of|"
                              r"who declined to be|not authori[sz]ed)\b", re.I)


class Kinds:
    """The kind of a speaker phrase (mixed into speakers.Resolver)."""

    def _kind(self, text: str, head) -> str:
        if head is None:
            return "named"
        lemma = head.lemma_.lower()
        if head.pos_ != "PROPN" and (lemma in words("document_nouns") or head.lower_ in words("document_nouns")) \
                and not _people_reading(head):
            return "document"
        # a name after the head names it ("the chief, Jo Roe"); one before a common noun only modifies it
        # ("a Clinton strategist" is not Clinton)
        named = [t for c in head.children if c.dep_ in ("appos", "flat") or c.dep_ == "compound" and (
            head.pos_ != "NOUN" or c.i > head.i) for t in c.subtree]
        if head.pos_ == "PROPN" and some_members(head):
            return "anonymous"  # "many Republicans said": members of a party, not the party
        if head.pos_ == "PROPN" or any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in named):
            return "other"
        if head.pos_ == "NOUN" and head.is_title and (self._entity(head) or (None, ""))[1] == "person":
            return "other"  # "Morales told supporters": a person's surname the tagger took for a plural noun
        if lemma in words("organization_nouns") or head.lower_ in words("organization_nouns"):
            return "other"  # ("media" has the lemma "medium")
        if head.lower_ in words("anonymous_nouns") or lemma in words("anonymous_nouns") or ANONYMOUS_PHRASE.search(text):
            return "anonymous"
        det = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss")), None)
        if head.pos_ == "NOUN" and (det in ("a", "an", "some", "another", "several", "many", "one")
                                    or det is None and head.tag_ == "NNS"):
            # "a local farmer said", "residents said": a source the text does not name
            return "anonymous"
        return "other"


def _people_reading(head) -> bool:
    """"Senior figures in the party said": a document noun a modifier makes people (data/people_readings)."""
    mods = pairs("people_readings").get(head.lower_, "").split()
    return any(c.dep_ == "amod" and c.lower_ in mods for c in head.children)
