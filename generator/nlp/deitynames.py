"""Names of a god: "Hindus believe Lord Krishna was born in Mathura ... Shri Krishna is a matter of
faith". Where a text writes a god's name (data/deities.txt) after a deity's honorific
(data/deity_honorifics.txt), that name and its forms with titles ("Prince Krishna", "Krishna") are the
god's there, no person's. Read by `entities.decide_types`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .mentions import Mention
from .names import is_title_word, tokens
from .rules import words


def _honorific(word: str) -> bool:
    return word in words("deity_honorifics")


def deity_keys(groups: Mapping[str, Sequence[Mention]]) -> set[str]:
    """The keys of the names that are a god's in this text: a god's name alone or after honorifics and
    titles, once the text writes it after a deity's honorific (an honorific or a title alone names no god;
    "Ram Nath Kovind", a longer name, is someone's)."""
    named = {toks[-1] for toks in map(tokens, groups) if len(toks) >= 2 and toks[-1] in words("deities")
             and all(_honorific(t) for t in toks[:-1])}
    out = set()
    for k, ms in groups.items():
        toks = tokens(k)
        if (toks and toks[-1] in named and all(_honorific(t) or is_title_word(t) for t in toks[:-1])
                and not any(m.clues.kin for m in ms)):  # ("his son Ram": a man; "Lord" gives a gender too)
            out.add(k)
    return out
