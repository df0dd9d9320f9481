"""Delayed identification: a news opening often gives a source by role and names them a little later
("A Navy spokesman said the ship had docked. ... 'It was routine,' spokesman Ann Roe told reporters").
An indefinite description of one role ("a spokesman", "a top Democratic senator") is the person the
next few sentences first name with that role, as the who-is-who states it ("spokesman", "Sen." read
as "senator" through data/title_expansions, or a role of the same class: "a lawmaker" for "Rep."); none, or a person named before it, leaves it unnamed.
So is a party member or an owned role no rule before resolved ("The top Republican on the panel said",
"its mayor said", a headline's "Robbery suspect's uncle: ..."), a party member by the party in its role.
And anywhere in a story, a described speaker ("The imam of the mosque said ...", "a priest from the town
warned ...") whose very next sentence has a person named there for the first time speak ("Karim Haddad told
reporters: ...") is that person, when the text gives them no role of their own beyond a title of address
("Father"): a role would have told them apart. But no description is a person the text names only
further on than that: "the prime minister" in the opening is not the Irish prime minister quoted at the end.

The Resolver of speakers.py mixes this rule in; it reads the Resolver's people, roles and mentions.
"""

from __future__ import annotations

from ..personhood import is_person_noun
from ..rules import pairs, union, words
from .discourse import Speaker
from .offices import office_classes
from .qualified import clashes
from .unnamed import ANONYMITY

LOOK_AHEAD = 3  # sentences after the description's own
# a description is no one first named further on than this, in sentences after its own (references.py
# lets a lede's description look as far ahead): "the attorney general warning ..." in a lede is the
# Attorney General named a few sentences on, but not the Irish prime minister of the last paragraph
FAR_AHEAD = 12
# a party member described ("the top Republican on the panel"), named later with the party in the role (the
# role's own word: "democratic" in "Democratic Sen."); PARTY_NOUNS and PARTY_ADJECTIVES below map to the
# party's noun instead, for a description of the person named before ("the Texas Democrat", _party_member)
PARTIES = {"republican": "republican", "democrat": "democratic", "democratic": "democratic"}
PARTY_NOUNS = {"republican": "republican", "democrat": "democrat", "independent": "independent"}
PARTY_ADJECTIVES = {"republican": "republican", "gop": "republican", "democratic": "democrat"}
PARTY_WORDS = frozenset((*PARTIES, *PARTY_NOUNS, *PARTY_ADJECTIVES))  # told by "Rep." or "R-Ky.", seldom by a role
PARTY_CLASH = {"republican": ("democrat", "independent"), "democrat": ("republican", "independent"),
               "independent": ("republican", "democrat")}
# sentences going on about one described by "he" or "she" before the sentence that names them
PRONOUN_CHAIN = 2
# the owner of a role the place or body just spoken of: "its mayor", "their spokesman" (or one described:
# "the suspect's uncle", "Robbery suspect's uncle: ..." in a headline)
OWNER_PRONOUNS = {"its", "their"}


class Delayed:
    """The person a role description is named as soon after (an indefinite one in the opening, a party member
    or an owned role anywhere, a described speaker the next sentence names), or, for "the Texas Democrat", the
    person named just before."""

    def _party_member(self, head, span):
        """"the South Carolina Republican", "the Texas Democrat": the person named last before the
        description, within a paragraph or two and outside the words of a source, unless a stated role
        gives them the other party."""
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        # ("the Republican candidate said": a person's role of a party said as an adjective)
        party = PARTY_NOUNS.get(head.lower_) or (is_person_noun(head.lower_, suffix=False) or None) and next(
            (PARTY_ADJECTIVES[c.lower_] for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in PARTY_ADJECTIVES), None)
        if det != "the" or party is None or any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in head.children):
            return None  # "the lead Democrat on the committee, Jo Roe" is described, not "the Democrat" just named
        # (discourse.py, mixed into the same Resolver): not one named only in what a source said ("Roe
        # said Doe was wrong. The Ohio Republican said ..." is Roe)
        near = self._person_before(span[0], past_words=True)
        near = _past_modifier(self, near, party)
        if near is None or span[0] - near[1] > 600:
            return None
        ent = near[0].entity
        roles = " ".join(r.lower() for r, e in self.raw_roles if e == ent)
        if any(other in roles for other in PARTY_CLASH[party]):
            return None
        return ent

    def _named_after(self, head, span):
        """The person first named with the description's role in the next few sentences, else None."""
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

    def _named_next(self, head, span):
        """The person the sentence right after a described speaker's names for the first time as the
        subject of its own cue ("The imam of the mosque said a van was stopped. Karim Haddad told
        reporters: ..."), when the text states no role of theirs but a title of address; else None."""
        if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or head.dep_ != "nsubj" \
                or not is_person_noun(head.text, suffix=False) \
                or next((c.lower_ for c in head.children if c.dep_ == "det"), None) not in ("a", "an", "the") \
                or head.head.lemma_.lower() not in words("reporting_verbs") or self._in_quote(span[0]):
            return None
        sent = head.sent
        if sent.end >= len(self.doc) or ANONYMITY.search(sent.text):
            return None  # "an official who asked not to be named" is not the next person named
        nxt = self._past_pronoun_subjects(self.doc[sent.end].sent)
        if nxt.root.lemma_.lower() not in words("reporting_verbs") or any(t.lower_ == head.lower_ for t in nxt):
            return None  # "Tom Vidal said the imam was wrong": the one described is someone else
        subj = next((c for c in nxt.root.children if c.dep_ == "nsubj"), None)
        ent = self._entity(subj) if subj is not None and subj.pos_ == "PROPN" else None
        if ent is None or ent[1] != "person" or self.first_named.get(ent[0], -1) < nxt.start_char \
                or self._in_quote(subj.idx):
            return None
        expand = pairs("title_expansions")
        titles = union("courtesy_titles") | set(expand.values()) | {k.rstrip(".") for k in expand}
        if any(w.lower().rstrip(".") not in titles or office_classes(expand.get(w.lower(), w.lower()))
               for role, who in self.raw_roles if who[0] == ent[0] for w in role.split()):
            # a role of their own ("the plant's owner, Tom Vidal") says who they are; so does a title
            # naming an office ("a senior aide told ... Rep. Ann Roe criticized": a lawmaker is no aide)
            return None
        sex = pairs("gendered_nouns").get(head.lower_)
        if sex and self.gender(ent[0]) not in ("", sex):
            return None  # "the chairwoman" is no man
        return ent

    def _past_pronoun_subjects(self, sent):
        """The first of the next sentences whose subject is not "he" or "she" going on about the one described
        ("The vice-foreign minister accused Z. He pointed the finger at Y. 'Quote,' Kim Su said"),
        looking at most PRONOUN_CHAIN sentences on."""
        for _ in range(PRONOUN_CHAIN):
            subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ not in ("he", "she") or sent.end >= len(self.doc):
                return sent
            sent = self.doc[sent.end].sent
        return sent

    def _near(self, ent, span):
        """The person, unless first named too far after the description to be it, or unless the
        description names whom it speaks for and no role of theirs does (qualified.py): None."""
        if ent is None:
            return None
        roles = [role for role, who in self.raw_roles if who[0] == ent[0]]
        return None if self._named_far_after(ent, span) or clashes(self.doc, span, ent[2], roles, PARTY_WORDS) else ent

    def _named_far_after(self, ent, span) -> bool:
        """Whether a person is first named after a description's sentence and the FAR_AHEAD sentences
        after it: too far on for the description to be them."""
        sent = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if sent is None or self.first_named.get(ent[0], -1) < span[1]:
            return False
        sent = sent.sent
        for _ in range(FAR_AHEAD):
            if sent.end >= len(self.doc):
                return False
            sent = self.doc[sent.end].sent
        return self.first_named[ent[0]] >= sent.end_char


def _past_modifier(resolver, near, party: str):
    """"Chair Jo Roe praised the Vidal budget. But the Ohio Republican said": when the last name before a
    party description only modifies a common noun ("the Vidal budget"), the subject of its clause is the one
    described: a person named there, else None for a subject the party word describes ("A Democratic aide
    cast the Vidal pick as a break. "...," the Democrat said" is the aide's, unnamed); any other subject
    ("the Vidal campaign said ... the Ohio Republican") leaves the name as it was."""
    if near is None:
        return None
    tok = resolver.doc.char_span(near[1], near[1] + 1, alignment_mode="expand")
    tok = tok[0] if tok is not None else None
    if tok is None or tok.dep_ != "compound" or tok.head.pos_ != "NOUN":
        return near
    verb = next((t for t in tok.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None or tok.head in subj.subtree:
        return near
    ent = resolver.entity_at(subj.idx, subj.idx + len(subj.text))
    if ent is not None and ent[1] == "person" and ent != near[0].entity:
        return Speaker(ent[2], ent, "named"), subj.idx
    if subj.pos_ == "NOUN" and any(PARTY_ADJECTIVES.get(t.lower_) == party for t in subj.subtree):
        return None
    return near
