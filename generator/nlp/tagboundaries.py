"""A party tag ending a sentence ends it: "… said Rep. Ana Ruiz, D-Calif. Vidal also told lawmakers …".

The tag's state abbreviation carries the sentence's full stop, so the parser reads on into the next
sentence and makes its subject part of the speaker ("Ana Ruiz, D-Calif. Vidal"). A capitalised word
right after a tag written "D-Calif." (a party letter, a hyphen, a state as the party tags of
data/state_abbreviations.txt write it) starts a sentence. Runs before the parser, like the line breaks.
"""

from __future__ import annotations

from .rules import pairs

PARTY_LETTERS = {"D", "R", "I"}


def party_tag_boundaries(doc):
    """Mark the word after a sentence-final party tag as a sentence start, and the tag as none."""
    states = pairs("state_abbreviations")
    for tok in doc[2:-1]:
        if not tok.text.endswith(".") or tok.text.lower() not in states:
            continue
        dash, party = doc[tok.i - 1], doc[tok.i - 2]
        if dash.text != "-" or dash.whitespace_ or party.whitespace_ or party.text not in PARTY_LETTERS:
            continue
        nxt = doc[tok.i + 1]
        if tok.whitespace_ and "\n" not in tok.whitespace_ and nxt.text[:1].isupper():
            nxt.is_sent_start = True
            for part in (p for p in (party, dash, tok) if p.i):  # the tag stays with the name it follows
                part.is_sent_start = False
    return doc
