"""A surname after an honorific run into the next full name of a list: "Chief of Staff to Mrs. Ruiz Ana
Vidal, Deputy Secretary Tom Lee": the list's missing comma glues Ruiz to Ana Vidal."""

from __future__ import annotations

from dataclasses import replace

from .censusnames import given_names
from .mentions import Mention
from .names import tokens


def cut_glued_surnames(mentions: list[Mention]) -> None:
    """Cut, in place, the first word of a person mention of three words or more that follows an honorific
    when that word is the surname of another full name in the text and a first name follows it: the
    honorific was that other person's ("Mrs. Ruiz"), the name is the rest ("Ana Vidal")."""
    full = [tokens(m.text) for m in mentions if m.label == "person" and len(tokens(m.text)) >= 2]
    by_last: dict[str, list[list[str]]] = {}
    for toks in full:
        by_last.setdefault(toks[-1], []).append(toks)
    for m in mentions:
        words_ = m.text.split()
        if len(words_) < 3 or not m.clues.gender:
            continue
        first, rest = tokens(words_[0]), tokens(" ".join(words_[1:]))
        if (len(first) == 1 and words_[1].lower() in given_names() and len(rest) >= 2
                and any(toks[-1] == first[0] and toks != tokens(m.text) for toks in by_last.get(first[0], ()))):
            cut = m.text.index(words_[1])
            m.start, m.text = m.start + cut, m.text[cut:]
            m.clues = replace(m.clues, gender="")  # "Mrs." was Ruiz's, not Ana Vidal's
