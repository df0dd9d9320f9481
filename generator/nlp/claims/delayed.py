"""Delayed identification: a news opening often gives a source by role and names them a little later
("A Navy spokesman said the ship had docked. ... 'It was routine,' spokesman Ann Roe told reporters").
An indefinite description of one role ("a spokesman", "a top Democratic senator") is the person the
next few sentences first name with that role, as the who-is-who states it ("spokesman", "Sen." read
as "senator" through data/title_expansions, or a role of the same class: "a lawmaker" for "Rep."); none, or a person named before it, leaves it unnamed.
So is a party member or an owned role no rule before resolved ("The top Republican on the panel said",
"its mayor said", a headline's "Robbery suspect's uncle: ..."), a party member by the party in its role.

The Resolver of speakers.py mixes this rule in; it reads the Resolver's people, roles and mentions.
"""

from __future__ import annotations

from ..rules import pairs
from .offices import office_classes

LOOK_AHEAD = 3  # sentences after the description's own
# a party member described ("the top Republican on the panel"), named later with the party in the role
PARTIES = {"republican": "republican", "democrat": "democratic", "democratic": "democratic"}
# the owner of a role the place or body just spoken of: "its mayor", "their spokesman" (or one described:
# "the suspect's uncle", "Robbery suspect's uncle: ..." in a headline)
OWNER_PRONOUNS = {"its", "their"}


class Delayed:
    """The person an indefinite role description in the opening is named as soon after."""

    def _named_after(self, head, span):
        if head is None:
            return None
        party = PARTIES.get(head.lower_) if head.tag_ in ("NN", "NNP") else None
        if party is None and (head.pos_ != "NOUN" or head.tag_ != "NN"):
            return None
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        # ("its mayor said ... Mayor Ann Roe told", "The top Republican on the panel said ... Republican
        # Rep. Jo Roe told": a party member or a role owned by a thing just spoken of, or by someone
        # described, is named just after too; "the leader of Hamas" or "Mexico's president" is not
        # whoever leads or presides next)
        if det not in ("a", "an") and not (det == "the" and party is not None or owner is not None and (
                owner.lower_ in OWNER_PRONOUNS or owner.pos_ in ("NOUN", "PROPN") and not owner.ent_type_
                and self.entity_at(owner.idx, owner.idx + len(owner.text)) is None)):
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
            same = expand.get(last, last) == head.lower_ or kinds and kinds & office_classes(role, tail=True) \
                or party is not None and party in role.lower().split()
            if same and span[1] <= self.first_named.get(ent[0], -1) < end:
                named.append((self.first_named[ent[0]], ent))
        if not named:
            return None
        return min(named)[1]  # the first the text names with the role
