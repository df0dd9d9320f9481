"""A description used again: once the text has let "the prime minister" be a person (a stated role, the
person acting just before, a name in the next sentence), the same description later in the story, that no
rule places, is that person still ("The PM has claimed ..." paragraphs on, the initials spelled out).

The Resolver of speakers.py mixes this rule in; it keeps the descriptions it resolved.
"""

from __future__ import annotations

import re

from .offices import spelled


class DescribedAgain:
    """The person a description was resolved to before (mixed into speakers.Resolver)."""

    def _description_key(self, head, span) -> str:
        """A definite description's words up to its head, lower case, initials spelled, without "the":
        "The PM" and "the prime minister" are both "prime minister"; "" for anything else ("a spokesman"
        is someone new; "the spokesman for the army" is told apart by what follows its head)."""
        if head is None or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON" \
                or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children):
            return ""
        start = min(head.left_edge.idx, span[0]) if span[0] <= head.idx else head.left_edge.idx
        words_ = re.findall(r"[\w'’-]+", spelled(self.doc.text[start:head.idx + len(head.text)]).lower())
        if len(words_) < 2 or words_[0] != "the":
            return ""
        return " ".join(words_[1:])

    def _keep_description(self, head, span, ent) -> None:
        """Remember whom a description was resolved to."""
        key = self._description_key(head, span)
        if key and ent is not None and ent[1] == "person":
            self._described_map()[key] = ent

    def _described_again(self, head, span, found):
        """The person the same description was resolved to earlier in the story, when the rules found
        no one or someone not named yet ("The PM has claimed ..." is not a prime minister named later
        on when the story's "the prime minister" was Ms May); else what they found."""
        key = self._description_key(head, span)
        before = self._described_map().get(key) if key else None
        if before is None or found is not None and self.first_named.get(found[0], -1) < span[0]:
            return found
        return before

    def _described_map(self) -> dict[str, tuple]:
        """Description words -> the person they were resolved to, made on first use."""
        if not hasattr(self, "_described"):
            self._described: dict[str, tuple] = {}
        return self._described
