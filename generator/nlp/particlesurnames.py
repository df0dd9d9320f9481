"""A surname written after a particle in the full name ("Tariq Al-Vidali", "Ana de Vidal") and alone
elsewhere ("Vidali said"): one person's name, however the small model typed either.

`entities.decide_types` makes a bare word a person when it ends a person's full name as written; a
particle hyphenated to the surname ("Al-Vidali") hides the word the text uses alone. Read after it:

- a bare word, not typed a person, that is the surname after a particle of a full name typed a person
  is that person's surname (no country: "Ana de Chile" does not make "Chile" a person);
- a full name of two or three capitalised words, not typed a person, whose surname after a particle
  is a word the text uses alone for a person ("Tariq Al-Vidali's presence" typed a place, "Vidali
  served as a commander") is that person's full name.
"""

from __future__ import annotations

from .mentions import Mention
from .names import key, tokens
from .notnames import org_key
from .rules import words

NAME_WORDS = (2, 3)  # words of a full name this rule reads: given name, particle, surname


def particle_surname(name: str) -> str:
    """The surname of a full name written after a particle ("Tariq Al-Vidali" -> "vidali"), else ""."""
    toks = tokens(name)
    if (len(toks) < 3 or len(name.split()) not in NAME_WORDS or toks[-2] not in words("name_particles")
            or toks[0] in words("name_particles")
            or not all(w[:1].isupper() for w in name.split() if w.lower() not in words("name_particles"))):
        return ""
    return toks[-1]


def retype_particle_surnames(mentions: list[Mention]) -> None:
    """Mentions of a surname after a particle, alone or in a full name, typed a person when the other
    form is one (see the module's docstring)."""
    full = {particle_surname(m.text) for m in mentions if m.kind == "person"} - {""}
    bare = {key(m.text) for m in mentions if m.kind == "person" and len(tokens(m.text)) == 1}
    for m in mentions:
        if m.kind == "person":
            continue
        toks = tokens(m.text)
        if len(toks) == 1 and toks[0] in full and org_key(m.text) not in words("countries"):
            m.kind = "person"
        elif (s := particle_surname(m.text)) and s in bare:
            m.kind = "person"
