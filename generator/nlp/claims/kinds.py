"""What kind of source a speaker phrase is by its head word: a document ("the report"), an
anonymous source ("a local farmer", "officials familiar with the talks", "many Republicans"), or
another (a name, an organisation, a description resolved elsewhere). Mixed into speakers.Resolver.
"""

from __future__ import annotations

import re

from ..rules import pairs, union, words
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
        if body_noun(head):
            return "other"  # ("media" has the lemma "medium")
        if office_holders(head) and not ANONYMOUS_PHRASE.search(text):
            return "body"
        if head.lower_ in words("anonymous_nouns") or lemma in words("anonymous_nouns") or ANONYMOUS_PHRASE.search(text):
            return "anonymous"
        det = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss")), None)
        if head.pos_ == "NOUN" and (det in ("a", "an", "some", "another", "several", "many", "one")
                                    or det is None and head.tag_ == "NNS"):
            # "a local farmer said", "residents said": a source the text does not name
            return "anonymous"
        return "other"


def body_noun(head) -> bool:
    """"The ministry said", "the airline said", "the watchdogs warned": a common-noun head that names an
    institution, not a person or a group of people (data/organization_nouns, data/speaking_bodies)."""
    bodies = union("organization_nouns", "speaking_bodies")
    return head is not None and (head.lemma_.lower() in bodies or head.lower_ in bodies)


def office_holders(head) -> bool:
    """"Arab League foreign ministers said", "the leaders of Norway and Chile said": the holders of an office
    a body or a country has one of (data/body_offices), all of them of the body or countries the phrase
    names, speak together for those bodies; not "some EU ministers" (a part left unnamed), nor "Israeli
    leaders" (a people's, not a body's)."""
    offices = pairs("body_offices")
    if head.tag_ != "NNS" or head.lemma_.lower() not in offices or any(
            c.dep_ in ("det", "poss") and c.lower_ != "the" or c.dep_ == "nummod" for c in head.children):
        return False
    owners = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i] + [
        o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    owners = [o for o in owners if o.tag_ != "NN"]  # ("EU finance ministers": the field is no owner)
    # "Houthi leaders" are some of one body's leaders, unnamed; "the leaders of both Koreas" are each one's
    several = any(o.tag_ == "NNPS" or any(c.dep_ == "conj" for c in o.children) for o in owners)
    return bool(owners) and all(o.pos_ == "PROPN" and o.ent_type_ not in ("PERSON", "NORP") for o in owners) \
        and (several or offices[head.lemma_.lower()] != "several")


def _people_reading(head) -> bool:
    """"Senior figures in the party said": a document noun a modifier makes people (data/people_readings)."""
    mods = pairs("people_readings").get(head.lower_, "").split()
    return any(c.dep_ == "amod" and c.lower_ in mods for c in head.children)
