"""Who a speaker phrase is: a person, an organisation, a document, or an anonymous source.

A definite description the who-is-who links to a person (doc.spans["person_refs"], written by
references.py) is that person, and so is a linked pronoun unless it can't be them ("she" for a
man) or the discourse points to another person (discourse.py, measured better); a description that is a person's stated role ("the
Australian woman" for "Valeska Roe, an Australian woman") is that person; otherwise a pronoun
("he", "she", "they") goes by the discourse (discourse.py: the last source, the subject of the
sentence before, a person named since outside anyone's words; a quote is never its own speaker's
source of names); an anonymous head noun ("the US official") wins over a place or organisation inside the phrase;
a definite description ("the official") continues the last anonymous source with that head.
"""

from __future__ import annotations

from dataclasses import replace

from ..nounsex import names_the_relative
from ..personhood import is_person_noun
from ..rules import union, words
from ..spanset import Spans
from .antecedents import Antecedents
from .bodies import described_body, named_body
from .clients import Clients
from .delayed import Delayed
from .describedagain import DescribedAgain
from .descriptions import Descriptions, roles_of
from .discourse import PERSON_PRONOUNS, PRONOUNS, THING_PRONOUNS, Discourse, Said, Speaker, vouched
from .kinds import Kinds, body_noun
from .latter import PairReferences
from .offices import spelled
from .owned import OwnedDocuments
from .phrases import (
    coordinated_pronoun,
    free_relative,
    looks_like_name,
    relative_host,
    titled_name,
    without_dateline,
    without_time,
)
from .pronouns import OwnWords
from .quotes import doc_quotes
from .speakable import a_time, authored, can_speak, nobody, speaking_before
from .titledmember import joined_title, titled_member, titled_person
from .unnamed import Anonymous, Unnamed
from .written import courtesy_name, handle_owner, lone_handle, without_clitic, without_handle, without_occasion

NO_SOURCE = Speaker(None, None, "none")  # "No one said", "a protracted meeting said": no speaker to show


class Resolver(Descriptions, Discourse, Antecedents, Unnamed, Delayed, DescribedAgain, Kinds, PairReferences, OwnedDocuments,
               Clients):
    """Resolves speakers in document order, remembering the last person, group and anonymous source."""

    def __init__(self, doc, entity_at, people=()):
        self.doc = doc
        self.entity_at = entity_at
        # surname or alias -> person, for a name the entity pass did not mark at this mention
        self.by_name = {}
        self.by_id = {p.id: (p.id, "person", p.name) for p in people}
        self.mentions_of = {p.id: tuple(p.mentions) for p in people}
        self.roles = roles_of(people)
        self.raw_roles = [(r, (p.id, "person", p.name)) for p in people for r in getattr(p, "roles", ())]
        self.first_named = {p.id: min((s for s, _ in p.mentions), default=0) for p in people}
        self.quoted = sorted((q.start, q.end) for q in doc_quotes(doc))
        self._quotes = Spans(self.quoted)  # "inside some quote?" by bisection
        self._ref_at: dict[int, str] | None = None  # token -> person id of its person_refs link, made once
        for p in people:
            for name in (p.name, *p.aliases):
                self.by_name.setdefault(name.lower(), (p.id, "person", p.name))
                self.by_name.setdefault(name.split()[-1].lower(), (p.id, "person", p.name))
                if len(name.split()) > 2:  # "al Mekdad" of "Faisal al Mekdad", "van Drew" of "Jeff van Drew"
                    self.by_name.setdefault(" ".join(name.split()[-2:]).lower(), (p.id, "person", p.name))
        self.last: dict[str, Speaker] = {}
        self.last_at: dict[str, int] = {}  # where each remembered speaker was named
        self.anonymous: list[Anonymous] = []
        self.own_words = OwnWords()  # what the sources resolved so far said: who they name is talked about
        self._gender: dict[str, str] | None = None
        self.spoke: list[tuple[int, tuple]] = []  # (where, person) of each person resolved as a speaker
        self._pending: dict[int, tuple] = {}  # an unnamed subject a pronoun may continue, registered when it does
        self.contents: list[Said] = []  # each claim resolved so far, in order
        self.said_by: dict[int, Speaker] = {}  # a speaker phrase's head token -> who it was resolved to
        # the latest anonymous source by head noun, the first by description: found in one look-up,
        # not a scan of every anonymous source so far per mention (a long seed has thousands)
        self._latest_by_head: dict[str, int] = {}
        self._first_by_description: dict[str, int] = {}

    def resolve(self, span, head_i, start: int, content: tuple[int, int] | None = None, cue=None) -> Speaker | None:
        """The speaker of a claim whose speaker phrase is span; content is the claim's own span, cue its
        cue's; None for an "it" that stands for no one the text names."""
        outer = (dict(self.last), dict(self.last_at)) if self._in_quote(span[0]) else None
        spk = self._resolve(span, head_i, start, content)
        if spk is NO_SOURCE or spk.entity is None and (spk.text or "").strip().lower() in THING_PRONOUNS:
            # "The payments, which it alleged were bribes, ...": an "it" that goes on with no
            # organisation or document is no speaker to show; the claim stands unattributed
            return None
        shown = courtesy_name(spk.text or "", spk.entity, self.gender)
        if shown is not None:
            spk = replace(spk, text=shown)  # "Mr. Roe said": the page shows the briefing's "Tom Roe"
        if content is not None:
            self.contents.append(Said(content, spk, span[0], cue))
        if head_i is not None:
            self.said_by.setdefault(head_i, spk)
        if outer is not None:
            # a source reported inside another's quote ("'Roe said she never saw it,' Doe said. He added: …")
            # is not who a later "he" stands for: the quote's own speaker still is
            self.last, self.last_at = outer
        verb = self.doc.char_span(*cue, alignment_mode="expand") if cue else None
        if vouched(self.doc.text, cue):
            # "Roe discussed the affair, according to lawmakers. He said ...": what an "according to"
            # vouches for is the story's own telling; its subject goes on as "he"
            return spk
        if verb is None or verb.root.lemma_.lower() not in words("accuse_verbs"):
            # (the person an accusation names is who the story goes on about: "He denies it")
            self.own_words.add(self._past_addressee(content, verb))
        return spk

    def _past_addressee(self, content, verb):
        """A request's content less the person it is put to ("warned Mr Roe not to walk away"): the
        story goes on about the addressee ("However, he has threatened ..."), who is not talked about
        in the source's own words."""
        if content is None or verb is None or verb.root.lemma_.lower() not in words("request_verbs"):
            return content
        first = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        obj = next((c for c in verb.root.children if c.dep_ in ("dobj", "nsubj") and c.idx == content[0]
                    or c.dep_ == "dobj" and c.left_edge.idx == content[0]), None)
        if first is None or obj is None or obj.ent_type_ != "PERSON" and obj.pos_ != "PROPN":
            return content
        return (obj.idx + len(obj.text), content[1])

    def _resolve(self, span, head_i, start: int, content: tuple[int, int] | None = None) -> Speaker:
        doc = self.doc
        span, head_i = free_relative(doc, span, head_i)
        span, head_i = without_time(doc, span, head_i)
        span, head_i = without_dateline(doc, span, head_i)
        span, head_i = without_handle(doc, span, head_i)
        span, head_i = without_clitic(doc, span, head_i)
        span, head_i = without_occasion(doc, span, head_i)
        span, head_i = authored(doc, span, head_i)
        text = doc.text[span[0]:span[1]]
        if lone_handle(text):
            # "@SenRoe wrote": the one person of the briefing the handle spells, else the account as written
            owner = handle_owner(text, self.by_id.values())
            spk = Speaker(text, owner, "named")
            self._remember(spk, span[0])
            return spk
        head = titled_name(doc[head_i]) if head_i is not None else None
        alone = coordinated_pronoun(doc, span, head)
        if alone is not None:
            # "as he and other officials vowed ...": the pronoun is resolved as it would be alone,
            # and the person it stands for is shown with the others ("Ann Roe and other officials")
            spk = self._resolve(alone, head_i, start, content)
            if spk.entity is not None and spk.entity[1] == "person":
                return replace(spk, text=spk.entity[2] + doc.text[alone[1]:span[1]])
        low = text.lower().strip()
        if nobody(low, head) or a_time(low, head):
            return NO_SOURCE
        host = relative_host(head) if low in PRONOUNS else None
        if host is not None:
            # "Israel produced what it says is proof": the subject of the verb the relative is the object of
            return self._resolve((host.left_edge.idx, host.right_edge.idx + len(host.right_edge.text)), host.i, start,
                                 content)
        kept = self._still_anonymous(low, head, span)
        if kept is not None:
            return kept
        pick = self._one_of_pair(low, span) or self._client_of_counsel(head, span)
        if pick is not None:
            # "Roe met Doe. The latter said": the second of the two named; "Roe's lawyer said his client ...": Roe
            self._remember(pick, span[0])
            return pick
        linked = self._linked(head)
        if linked is not None and low in PRONOUNS and content and linked[0] in self._named_within(content, span[0]):
            linked = None  # who the words name in the third person is not who says them
        quoting = self._quoting_claim(span[0]) if linked is not None and low in ("he", "she") else None
        if linked is not None and low in ("he", "she") and (quoting is not None and quoting[1] == linked[0]
                                                            or self._group_words(span[0]) is not None):
            # "he" in Roe's own quoted words is not Roe, nor in a group's words someone named before
            # them: the words tell who it is
            linked = None
        if linked is not None and low not in PRONOUNS and (self._other_office(linked, head)
                                                           or self._elsewhere(linked, head, span)):
            linked = None  # "the president" linked to the person stated to be prime minister
        if linked is not None and low not in PRONOUNS:
            linked = self._current_holder(linked, head, span)
        if linked is not None and low in PERSON_PRONOUNS:
            linked = self._heard(linked, low, span, start, content)
            if isinstance(linked, Speaker):
                self._remember(linked, span[0])
                return linked
        if linked is not None:
            # the who-is-who links this pronoun or description to a person: that person speaks,
            # and a description resolved to a name counts as named
            spk = Speaker(text if low not in PRONOUNS else linked[2], linked, "named")
            self._remember(spk, span[0])
            return spk
        if low in PRONOUNS or (head is not None and head.lower_ in PRONOUNS and len(text.split()) == 1):
            return self._pronoun(low, span, start, content)
        kind = self._kind(text, head)
        named = self._apposition(head)
        if named is not None:
            # "the leader of the SNP, Ian Roe": the name in apposition, not whoever else leads something
            spk = Speaker(text, named, "named")
            self._remember(spk, span[0])
            return spk
        # ("The Pope said": a title the tagger calls a proper noun is still a description)
        # (no one first named far on: "the prime minister" in the opening is not the one named at the end)
        role = self._near(self._stated_as(head, span) or self._role_of(head, span), span) if head is not None and (
            head.pos_ == "NOUN" or head.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)) else None
        if role is None and head is not None and head.pos_ == "NOUN":
            role = self._described_subject(head)
        if role is None and head is not None and head.pos_ in ("NOUN", "PROPN"):
            role = self._near(self._same_office(head, span), span) or self._party_member(head, span) \
                or self._role_goes_on(head, span) or self._named_after(head, span) or self._named_next(head, span)
        role = self._described_again(head, span, self._near(self._current_holder(role, head, span), span))
        self._keep_description(head, span, role)
        if role is not None:
            spk = Speaker(text, role, "named")
            self._remember(spk, span[0])
            return spk
        if head is not None and head.pos_ == "NOUN" and kind != "document" and not can_speak(head) \
                and not (head.is_title and not head.is_sent_start) \
                and self._entity(head) is None and not any(c.dep_ in ("appos", "flat") for c in head.children):
            # an event or an action, or a bare share of a poll, is no source (a capitalised head is a name the
            # tagger took for a noun: 'On Acme's "Sunday Talk,"'); a noun before it that can
            # speak is the one the parser should have made the head
            head = speaking_before(doc, span, head)
            if head is None:
                return NO_SOURCE
            kind = self._kind(text, head)
        example = self._named_example(head) if kind == "anonymous" else None
        if example is not None:
            # "experts like Ana Ruiz say …": the one person the text names among them speaks, named
            spk = Speaker(text, example, "named")
            self._remember(spk, span[0])
            return spk
        if kind == "anonymous":
            key = self._anonymous(span, head)
            spk = Speaker(text, None, "anonymous", key)
            self._remember(spk, span[0])
            return spk
        if kind == "document":
            # "Roe released a statement. The statement said": whose the document is
            return self._document_owner(head, span) or Speaker(text, None, "document")
        ent = titled_person(doc, span, self.mentions_of, self.by_id, self._entity(head) if head is not None else self.entity_at(*span))
        desc = _before_comma(doc.text[span[0]:ent_start(doc, head, span)])
        if ent is not None and ent[1] == "person" and desc and names_the_relative(desc, ent[2]):
            # "The widow of one of the soldiers, Sgt Tom Vidal, said": the widow speaks, unnamed
            own = doc.char_span(span[0], span[0] + len(desc), alignment_mode="contract")
            if own is not None and len(own):
                spk = Speaker(desc, None, "anonymous", self._anonymous((span[0], span[0] + len(desc)), own.root))
                self._remember(spk, span[0])
                return spk
        if ent is None and head is not None:
            # "The ranking Democrat on the committee, Rep. Jane Roe": the appositive names the person
            for t in [c for c in head.children if c.dep_ == "appos"] + [head]:
                ent = self._entity(t) if t is not head else None
                if ent is None and t.pos_ == "PROPN":
                    ent = self.by_name.get(t.lower_)
                if ent is not None and ent[1] == "person" and names_the_relative(doc.text[span[0]:t.left_edge.idx], ent[2]):
                    # the widow's appositive of the other sex names whom she is the widow of: she is unnamed
                    ent, text = None, _before_comma(doc.text[span[0]:t.left_edge.idx])
                if ent is not None:
                    break
            body = named_body(doc, head, self.entity_at) if ent is None and kind == "other" else None
            if body is not None:
                ent, text = body, body[2]  # "The agency said": the organisation named just before, by its name
        if ent is not None and ent[1] != "person" and head is not None and head.pos_ == "PROPN":
            # "al Mekdad said" after "Deputy Foreign Minister Faisal al Mekdad": a person's surname the
            # entity pass took for an organisation is the person
            ent = self.by_name.get(low) or self.by_name.get(head.lower_) or ent
        if ent is not None and not (ent[1] != "person" and (_person_noun(head) or spelled(head.text) != head.text)):
            # ("the Paris prosecutor", "one senior GOP strategist": a person unnamed here, below, not the place or body)
            spk = Speaker(text, ent, "named" if ent[1] == "person" else "organization")
        elif head is not None and spelled(head.text) != head.text:
            # "The PM said" with no prime minister named: an office, so a person unnamed, kept in its words
            spk = Speaker(text, None, "anonymous", self._anonymous(span, head))
        elif looks_like_name(head):
            # "The Duke of Kent said": a title of nobility or a royal's is a person known by it
            titled = head.lower_ in union("peerage_titles", "regnal_titles")
            spk = Speaker(text, None, "named" if head.ent_type_ == "PERSON" or titled else "organization")
        elif head is not None and head.text.isupper() and len(head.text) > 1 and head.is_alpha or described_body(head):
            spk = Speaker(text, None, "organization")  # "NATO said"; "Slate, hardly a right-leaning outlet, reported"
        elif head is not None and head.pos_ in ("NOUN", "PRON") and not body_noun(head) and kind != "body":
            # "the coach", "the poster", "the researchers": a description the briefing never
            # resolves to a name is an unnamed source, kept in its own words
            key = self._anonymous(span, head)
            spk = Speaker(text, None, "anonymous", key)
        else:
            spk = Speaker(text, None, "organization")
        self._remember(spk, span[0])
        return spk

    def _named_example(self, head):
        """The one person a plural source is given by ("experts like Ana Ruiz", "critics such as Tom
        Vidal"), else None (none, or several: "officials including Roe and Doe" are not one voice)."""
        if head is None or head.tag_ != "NNS":
            return None
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("like", "as", "including")
                     and (c.lower_ != "as" or any(x.lower_ == "such" for x in c.children))), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or obj.pos_ != "PROPN" or any(c.dep_ == "conj" for c in obj.children):
            return None
        ent = self._entity(obj) or self.by_name.get(obj.lower_)
        return ent if ent is not None and ent[1] == "person" else None

    def _apposition(self, head):
        """The person a description's appositive names ("the leader of the SNP, Ian Roe")."""
        if head is None or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON":
            return None
        # "a mother of two named Ann Roe": the name a participle of naming gives the description
        named = [o for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call")
                 for o in c.children if o.dep_ in ("oprd", "dobj", "attr")]
        # "Ann Roe, the mayor's former aide who once claimed ...": the name the description stands beside
        host = [head.head] if head.dep_ == "appos" and head.head.i < head.i else []
        # ("Chairman of the Transit Board Maria Delgado said", "Union chief and critic Ann Roe said": the name after)
        for c in [c for c in head.children if c.dep_ == "appos"] + named + host + self._after_whom(head) \
                + titled_member(head) + joined_title(head):
            if c.pos_ == "PROPN":
                ent = self._entity(c) or self.by_name.get(c.lower_)
                # "the widow of one of the soldiers, Sgt Tom Vidal": a name of the other sex is the soldier's
                if ent is not None and ent[1] == "person" \
                        and not names_the_relative(self.doc.text[head.left_edge.idx:c.left_edge.idx], ent[2]):
                    return ent
        return None

    def _after_whom(self, head) -> list:
        """"A spokeswoman for Governor Jo Roe, Ann Doe, said": the parser hangs the name set off after
        the person the description is for on that person; a name of another person there is the
        description's own (not a second name of the same person: "for the governor, Jo Roe")."""
        out = []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                whom = self._entity(obj)
                if whom is None or whom[1] != "person":
                    continue
                out += [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                        and (self._entity(c) or (None,))[0] not in (None, whom[0])]
        return out

    def _linked(self, head):
        """The person doc.spans["person_refs"] links the head word to, if any."""
        if head is None or "person_refs" not in self.doc.spans:
            return None
        if self._ref_at is None:
            self._ref_at = {}
            for ref in self.doc.spans["person_refs"]:  # the first link holding a token, as a scan finds
                for i in range(ref.start, ref.end):
                    self._ref_at.setdefault(i, ref.label_)
        label = self._ref_at.get(head.i)
        return None if label is None else self.by_id.get(label)

    def _entity(self, head):
        """The entity of the head word widened to its compound name ("Nicolas Maduro" for "Maduro")."""
        # "a veteran Clinton strategist": a person's name modifying a common noun is not who the noun is
        # ("U.S. intelligence" still widens to the organisation)
        toks = sorted([t for t in head.children if t.dep_ == "compound" and not (
            head.pos_ == "NOUN" and (self.entity_at(t.idx, t.idx + len(t.text)) or (None, ""))[1] == "person")]
                      + [head], key=lambda t: t.i)
        return self.entity_at(toks[0].idx, head.idx + len(head.text))

    def _remember(self, spk: Speaker, at: int) -> None:
        if spk.entity is not None and spk.entity[1] == "person":
            self.spoke.append((at, spk.entity))
        if spk.source_type == "anonymous":
            head = self.anonymous[spk.anon_key].head if spk.anon_key is not None else ""
            plural = self.anonymous[spk.anon_key].plural if spk.anon_key is not None else False
            kinds = ["group" if plural or head.endswith("s") else "person"]
        elif spk.entity is not None and spk.entity[1] == "person" or spk.source_type == "named":
            kinds = ["person"]
        else:
            kinds = ["organization", "group"]
        if spk.continued:
            spk = replace(spk, continued=False)  # only the pronoun that continued the subject wins over a link
        for kind in kinds:
            self.last[kind] = spk
            self.last_at[kind] = at

def _person_noun(head) -> bool:
    """A common noun of a person ("prosecutor", "strategist"), not of a body ("agency")."""
    return head is not None and head.pos_ == "NOUN" and head.is_lower and is_person_noun(head.text, suffix=False) \
        and not body_noun(head)


def ent_start(doc, head, span) -> int:
    """Where the name a speaker phrase ends on starts: the first token of the head's name."""
    if head is None or head.ent_type_ != "PERSON":
        return span[0]
    k = head.i
    while k > 0 and doc[k - 1].ent_type_ == "PERSON" and doc[k].ent_iob_ == "I":
        k -= 1
    return max(span[0], doc[k].idx)


def _before_comma(desc: str) -> str:
    """A description before the comma that sets off a name and its title ("The widow of one of the
    pilots, Capt." → "The widow of one of the pilots")."""
    return desc[:desc.rfind(",")].rstrip() if "," in desc else desc.rstrip()
