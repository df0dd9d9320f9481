"""Delayed identification: a news opening often gives a source by role and names them a little later
("A Navy spokesman said the ship had docked. ... 'It was routine,' spokesman Ann Roe told reporters").
An indefinite description of one role ("a spokesman", "a top Democratic senator") is the person the
next few sentences first name with that role, as the who-is-who states it ("spokesman", "Sen." read
as "senator" through data/title_expansions, or a role of the same class: "a lawmaker" for "Rep."); none, or a person named before it, leaves it unnamed.

The Resolver of speakers.py mixes this rule in; it reads the Resolver's people, roles and mentions.
"""

from __future__ import annotations

from ..rules import pairs
from .offices import office_classes

LOOK_AHEAD = 3  # sentences after the description's own


class Delayed:
    """The person an indefinite role description in the opening is named as soon after."""

    def _named_after(self, head, span):
        if head is None or head.pos_ != "NOUN" or head.tag_ != "NN":
            return None
        if next((c.lower_ for c in head.children if c.dep_ == "det"), None) not in ("a", "an"):
            return None
        sent = head.sent
        end = sent.end_char
        for _ in range(LOOK_AHEAD):
            if sent.end >= len(self.doc):
                break
            sent = self.doc[sent.end].sent
            end = sent.end_char
        expand = pairs("title_expansions")
        # ("a top Republican lawmaker" ... "Rep. Mike Roe": a role of the same class, data/role_classes)
        kinds = office_classes(head.lower_)
        named = []
        for role, ent in self.raw_roles:
            last = role.lower().split()[-1] if role.split() else ""
            same = expand.get(last, last) == head.lower_ or kinds and kinds & office_classes(role, tail=True)
            if same and span[1] <= self.first_named.get(ent[0], -1) < end:
                named.append((self.first_named[ent[0]], ent))
        if not named:
            return None
        return min(named)[1]  # the first the text names with the role
