"""Names the model missed beside others: "Zeus, Hera, Poseidon and Athena" (a list with people),
"the Monti government" (before what a leader heads)."""

from __future__ import annotations

from collections.abc import Callable

from .censusnames import given_names, surnames
from .namebounds import lone_entity
from .names import is_demonym, is_name_case, is_title_word
from .personhood import coordination
from .rules import words


def _marks(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """A byte per character of the text, 1 where a span covers it: "is this taken" in the span's
    length, not a scan of every mention (which grew with the square of a long seed's)."""
    taken = bytearray(length + 1)
    for s, e in spans:
        taken[s:e] = b"\x01" * max(0, e - s)
    return taken


def listed_with_people(doc, found: list, make: Callable) -> list:
    """ "the gods Zeus, Hera, Poseidon and Athena": in a list of four or more with two people and no
    place, a one-word proper noun the model left untagged, or called an organisation, is one of them."""
    lone_orgs = {(m.start, m.end) for m in found if m.label == "organization" and " " not in m.text}
    taken = _marks(len(doc.text), [(m.start, m.end) for m in found if (m.start, m.end) not in lone_orgs])
    extra = []
    for head in doc:
        if head.dep_ == "conj":
            continue
        members = coordination(head)
        if len(members) < 4:
            continue
        people = sum(t.ent_type_ == "PERSON" for t in members)
        # two people or more, and no member a place ("France, Spain and Ana Ruiz")
        if people < 2 or any(t.ent_type_ in ("GPE", "LOC", "NORP", "FAC") for t in members):
            continue
        for t in members:
            if (t.ent_type_ == "PERSON" or t.pos_ != "PROPN" or not is_name_case(t.text) or not t.is_alpha
                    or (t.ent_type_ and not (lone_entity(t) and t.ent_type_ == "ORG"))
                    or taken.find(1, t.idx, t.idx + len(t.text)) != -1):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":  # part of a longer name
                continue
            m = make(t)
            if m is not None:
                extra.append(m)
    return extra


def leaders(doc, found: list, make: Callable) -> list:
    """ "by the Ruiz government", "under the Vidal administration": a lone untagged proper noun between
    "the" and what a leader heads is that leader (not a country or a people: "the Kenya government")."""
    taken = _marks(len(doc.text), [(m.start, m.end) for m in found])
    extra = []
    for t in doc[1:-1]:
        prev, nxt = doc[t.i - 1], doc[t.i + 1]
        # the small model calls some surnames a group ("Monti" NORP); a party ("Tory") is a first name too
        group_word = t.ent_type_ == "NORP" and lone_entity(t) and t.lower_ in surnames() and t.lower_ not in given_names()
        if (t.pos_ == "PROPN" and (not t.ent_type_ or group_word) and is_name_case(t.text) and t.is_alpha
                and prev.lower_ == "the" and nxt.is_lower and nxt.lemma_ in words("leader_nouns")
                and t.lower_ not in words("countries") and not is_demonym(t.text) and not is_title_word(t.text)
                and not taken[t.idx]):
            m = make(t)
            if m is not None:
                extra.append(m)
    return extra
