"""A lede's speaker described first and named in the next sentence: "The US health secretary has
said the clinics will close. Ana Ruiz said the money had run out." The description is the person
the next sentence names saying something too, when the text gives that person no role of their own
(a stated role would have linked it, or told it apart); the description then is their role, so "the
health secretary" later in the story is them as well (read by references.py).
"""

from __future__ import annotations

from .claims.offices import office_classes
from .names import fold
from .refprofile import Person, places_of
from .rules import pairs, words


def named_next(doc, span, persons: list[Person], named: list[set[int]], before: dict[int, int]) -> int | None:
    """The person the sentence after a described speaker's names as its own speaker, or None."""
    root = span[-1]
    verb = root.head
    if root.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.lemma_.lower() not in words("reporting_verbs"):
        return None
    sent = verb.sent
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    if nxt.root.lemma_.lower() not in words("reporting_verbs"):
        return None
    if any(t.lower_ == root.lower_ for t in nxt):
        return None  # "Tom Vidal said the mayor was wrong": the one described is someone else
    subj = next((c for c in nxt.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    who = [i for i, toks in enumerate(named) if subj.i in toks]
    if len(who) != 1 or who[0] in before:
        return None
    p = persons[who[0]]
    sex = pairs("gendered_nouns").get(root.lower_)
    if p.role_words or sex and p.gender and sex != p.gender:
        return None  # a role of their own says who they are; "the chairwoman" is no man
    return who[0]


def take_role(p: Person, span) -> None:
    """The description becomes the person's stated role: later mentions of it match them."""
    text = " ".join(t.text for t in span if t.lower_ not in ("the", "a", "an"))
    p.role_words |= {fold(w) for w in text.split()}
    p.role_text = f"{p.role_text} {fold(text)}".strip()
    p.classes |= office_classes(text)
    p.places |= places_of(text)
    p.current |= {fold(w) for w in text.split()}
