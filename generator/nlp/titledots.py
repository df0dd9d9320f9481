"""A title's abbreviation keeps its dot: "\u201cThe budget is sound,\u201d Pres. Nora Vance says.".

The tokenizer keeps some abbreviated titles whole ("Gen.", "Adm.", "Sen.") but splits others from
their dot ("Pres" ".", "Cmdr" ".", "Sgt" "."), and the parser then ends the sentence at that dot:
the quote before it loses its speaker or takes the previous speaker's, and the name after it opens
a sentence of its own. Every capitalised abbreviation of data/titles.txt and
data/title_expansions.txt is made one token, as the tokenizer's own exceptions make "Gen."; one
that is also a state's abbreviation ("Del.": "Dover, Del.") may end a sentence and is left alone.
"""

from __future__ import annotations

from .rules import pairs, words


def title_abbreviations() -> list[str]:
    """The capitalised title abbreviations written with a dot ("Pres.", "Lt."), states' left out."""
    states = pairs("state_abbreviations")
    listed = set(words("titles")) | set(pairs("title_expansions"))
    return sorted(w.capitalize() for w in listed
                  if w.endswith(".") and w[:-1].isalpha() and w not in states and "." not in w[:-1])


def keep_title_dots(tokenizer) -> None:
    """Add each title abbreviation to the tokenizer's exceptions, as one token."""
    for abbreviation in title_abbreviations():
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
