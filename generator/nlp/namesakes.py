"""A bare name that is a person's surname but, in the text, the country or the outlet of that word."""

from __future__ import annotations

from .mentions import Mention
from .names import tokens
from .rules import words


def namesake_places(mentions: list[Mention], text: str) -> None:
    """ "Rep. Carl Jordan … trade with Jordan": a bare country name the text uses as the country is the place;
    "an interview with Acme" beside "Acme News" is the outlet.

    When a person's surname is a country and some bare mention of it reads as the country (after
    "in", "of", "between" …), the bare mentions with nothing to say they are the person (an
    honorific, a role, a speech verb, a kin noun, a "he"/"she" after it) become places; decided
    on the mentions' kind, before people are grouped. A bare word that starts an organisation's name
    in the text ("Acme News") and follows "told", "with", "by" … becomes that organisation."""
    people = [m for m in mentions if m.kind == "person"]
    surnames_ = {tokens(m.text)[-1] for m in people if len(tokens(m.text)) >= 2}
    for word in surnames_ & words("countries"):
        bare = [m for m in people if tokens(m.text) == [word] and not _said_of_a_person(m)]
        if any(_used_as(text, m, "country_use_words") for m in bare):
            for m in bare:
                m.kind = "place"
    # "an interview with Acme" where the text names "Acme News": the outlet, not Mr. Acme
    outlets = {tokens(m.text)[0] for m in mentions if m.kind == "organization" and len(tokens(m.text)) >= 2}
    for m in people:
        if (m.kind == "person" and tokens(m.text) and tokens(m.text) == tokens(m.text)[:1]
                and tokens(m.text)[0] in outlets and not _said_of_a_person(m) and _used_as(text, m, "outlet_use_words")):
            m.kind = "organization"


def _said_of_a_person(m: Mention) -> bool:
    c = m.clues
    return bool(c.gender or c.role or c.speech or c.kin or c.pronoun)


def _used_as(text: str, m: Mention, lexicon: str) -> bool:
    """Whether the word right before the mention is in the lexicon (data/<lexicon>.txt)."""
    before = text[max(0, m.start - 20):m.start].split()
    return bool(before) and before[-1].lower() in words(lexicon)

