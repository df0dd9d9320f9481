"""Who a pronoun speaker is, by the discourse: the last source, the subject of the sentence before
(antecedents.py), the nearest person named outside anyone's words, a woman who just spoke for "she".

The Resolver of speakers.py mixes these rules in; they read its state (the last speakers, the
people, the quotes, what the sources said) and change none of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from ..rules import words
from ..timeexpr import MONTH_NAMES
from .pronouns import genders

PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "me", "you"}
GROUP_PRONOUNS = {"they", "them", "we", "us"}
# pronouns a quote uses for people or things of its own story, never for the quoted speaker
INNER_PRONOUNS = {"it", "they", "them", "you"}
THING_PRONOUNS = {"it"}
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS
GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}

# a pronoun cue subject goes to the discourse's person (the last source, or one named since outside
# anyone's words) over the who-is-who's link when they differ: measured better on the reader-checked set
PREFER_DISCOURSE = True


@dataclass
class Speaker:
    """A resolved speaker: display text, entity (id, kind, name) and source type."""

    text: str | None
    entity: tuple | None
    source_type: str
    anon_key: int | None = None  # index into Resolver.anonymous
    # an unnamed source a pronoun continues as the subject of the sentence before: the discourse
    # wins over a who-is-who link to a person that sentence only mentions
    continued: bool = False
    joint: str | None = None  # the whole phrase of a joint statement this speaker is one of
    each: tuple = ()  # the people a "they" stands for, when it stands for named people ("Roe and Doe")


class Said(NamedTuple):
    """A claim resolved so far, as the resolver keeps it (Resolver.contents): its words, who says them, where
    its source phrase stands and its cue."""

    content: tuple[int, int]
    speaker: Speaker
    at: int
    cue: tuple[int, int] | None


def vouched(text: str, cue) -> bool:
    """Whether a claim's cue is an "according to", which vouches for the story's own telling."""
    return cue is not None and text[cue[0]:cue[1]].lower().startswith("according")


class Excluded:
    """People a pronoun can't stand for: those in a set (named inside the words, the quoter) and,
    for "he" or "she", anyone the text gives the other gender; asked person by person, so a pronoun
    costs no pass over the whole who-is-who."""

    def __init__(self, named: set[str], gender, want: str | None):
        self.named, self.gender, self.want = named, gender, want

    def __contains__(self, pid: str) -> bool:
        return pid in self.named or bool(self.want) and self.gender(pid) not in ("", self.want)

    def add(self, pid: str) -> None:
        self.named.add(pid)


class Discourse:
    """Pronoun rules over a Resolver's state (mixed into speakers.Resolver)."""

    def gender(self, pid: str) -> str:
        """A person's gender as the text tells it ("m", "f" or "")."""
        if self._gender is None:
            self._gender = genders(self.doc, self.by_id, self.mentions_of)
        return self._gender.get(pid, "")

    def _pronoun(self, low: str, span, start: int, content=None) -> Speaker:
        text = self.doc.text[span[0]:span[1]]
        mention = None
        if low in INNER_PRONOUNS and self._quoting_claim(span[0]) is not None:
            # "it", "they" or "you" inside a named speaker's quoted words ('"they thought it wise," Roe
            # said'): someone of the quote's own story, not the story's last source outside it
            return Speaker(text, None, "named" if low in PERSON_PRONOUNS else "organization")
        if low in ("i", "me") and not self._in_quote(span[0]) and not self._introduced(span[0]):
            # the writer's own "I can assure you ..." outside anyone's words: no person of the story
            return Speaker(text, None, "anonymous")
        if low in PERSON_PRONOUNS:
            # who the words name in the third person is not who says them ("He said, 'Roe was ...'")
            inside = self._named_within(content, span[0]) if content else set()
            # "she" is not a person whose first name is a man's ("Mike Pence"), nor "he" a woman's
            want = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(low)
            inside = Excluded(inside, self.gender, want)
            if want:
                quoting = self._quoting_claim(span[0])
                if quoting is not None:
                    # "he" inside another speaker's quote: a person that quote named before it, or no one
                    # (the story's last speaker is not who a quoted "he" stands for)
                    inside.add(quoting[1])
                    named = self._named_in(quoting[0][0], span[0], inside)
                    return Speaker(named[2], named, "named") if named is not None else Speaker(text, None, "named")
                outer = self._group_words(span[0])
                if outer is not None:
                    # "People at the scene said he had told them ...": "he" in what an unnamed group or an
                    # organisation said is someone those words name, or no one the story named before
                    named = self._named_in(outer[0], span[0], inside)
                    return Speaker(named[2], named, "named") if named is not None else Speaker(text, None, "named")
            prior = self.last.get("person")
            if prior is not None and (prior.entity is not None and prior.entity[0] in inside or want and self._other_sex(prior, want)):
                prior = None  # (nor is "he" an unnamed "mother" who spoke last)
            # "Roe said ... alongside Doe. At the same time, he seemed to ... 'I find ...,' he said": the
            # same pronoun as subject of the sentence before stands for the same person, who was named
            # before it: the person is looked for from there
            # '... he takes issue with Doe: "It took him ...," he says': the "he" introducing the quote with
            # a colon is the one that closes it, and what that clause names after it is not who speaks
            intro = self._introducing_subject(span[0])
            at = self._same_pronoun_before(intro.idx if intro is not None and intro.lower_ == low else span[0], low)
            mention = self._person_before(at, inside, past_words=True)
            # the subject of the sentence before goes on as "he" or "she" ("Sen. Roe, of a state where
            # ..., agreed. He said ..."), before any other name that sentence mentions
            subject = self._subject_before(at, inside, describe=low)
            mention = subject or mention
            # "Roe, who met President Doe on Friday, said ... He added ...": a person named in the last
            # source's own phrase is not one named since, whom "he" goes on with
            at_last = self.last_at.get("person", -1)
            own = prior is not None and subject is None and mention is not None \
                and at_last <= mention[1] < at_last + len(prior.text)
            passing = prior is not None and subject is None and mention is not None and self._in_passing(mention) \
                and not self._said_by_body(mention[1])  # (a person a body reports on is not mentioned in passing)
            if mention is not None and not own and not passing and (prior is None or mention[1] > at_last
                                                                    or subject is not None and self._owner_after(subject[1])):
                prior = mention[0]
            joined = self._subject_of_first_clause(span[0], inside, describe=low)
            if joined is not None:
                # "Sen. Roe stopped short of ..., but he said ...": the subject of the clause "he" is
                # joined to, in the same sentence, before anyone the sentences before speak of
                mention, prior = joined, joined[0]
            introducer = self._colon_introducer(intro, inside)
            if introducer is not None:
                # "Roe bragged about his vetoes: "I sign few," he said": who introduced the quote closes it
                mention, prior = introducer, introducer[0]
            if want == "f" and prior is not None and prior.entity is not None and self.gender(prior.entity[0]) == "" \
                    and len(prior.entity[2].split()) == 1:
                # "she" after a woman who spoke just before, not a person named only by a surname, whose
                # gender the text never tells (a full name of a first name not known may be hers)
                woman = next((e for at, e in reversed(self.spoke) if span[0] - at < 1500
                              and self.gender(e[0]) == "f" and e[0] not in inside), None)
                prior = Speaker(woman[2], woman, "named") if woman is not None else prior
            source = self._according_source(span[0], want, prior) if want else None
            if source is not None:
                return source
        elif low in ("it", "they") and self._heading_subject(span[0], low) is not None:
            # "How has the agency reacted?\n\nIt said ...": the subject the heading asks about answers
            subj = self._heading_subject(span[0], low)
            return self._resolve((subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)), subj.i, start)
        elif low in GROUP_PRONOUNS:
            prior = (self._joint_subject_before(span[0]) or self._plural_subject_before(span[0]) if low == "they"
                     else None) or self.last.get("group") or self.last.get("organization")
        else:
            # "Acme cut jobs when it said ...", "The agency issued a notice. It states: ...": the
            # organisation that is the subject going on, before the last organisation that spoke
            prior = self._thing_going_on(span[0]) or self.last.get("organization")
        if prior is None:
            # a pronoun that stands for no one the text names or describes is no named source: the page
            # keeps its word ("she", "they") and grades it as a source it does not name
            return Speaker(text, None, "anonymous")
        key = prior.anon_key
        if prior.continued and key is None and mention is not None and mention[1] in self._pending:
            key = self._anonymous(*self._pending.pop(mention[1]))
        return Speaker(prior.text if prior.entity is None else prior.entity[2], prior.entity, prior.source_type,
                       key, prior.continued, each=prior.each)

    def _heading_subject(self, start: int, low: str):
        """The subject of a question standing as its own paragraph right before the paragraph a pronoun
        opens ("How has the agency reacted?" before "It said ..."), if it can be that pronoun; else None."""
        span = self.doc.char_span(start, start + len(low), alignment_mode="expand")
        text = self.doc.text
        if span is None or text[text.rfind("\n", 0, start) + 1:start].strip():
            return None  # the pronoun opens no paragraph
        prev = self._sentence_before(start)
        if prev is None or not prev.text.strip().endswith("?") or "\n" in prev.text.strip() \
                or not text[prev.start_char - 1:prev.start_char].isspace() and prev.start_char > 0 \
                or text[text.rfind("\n", 0, prev.start_char) + 1:prev.start_char].strip():
            return None  # not a question on a line of its own
        subj = next((t for t in prev if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")
                     and t.lower_ not in words("anonymous_nouns")), None)
        if subj is None or self._in_quote(subj.idx) or (subj.tag_ in ("NNS", "NNPS")) != (low == "they"):
            return None
        return subj

    def _named_within(self, content: tuple[int, int], cue_at: int | None = None) -> set[str]:
        """The people with a mention wholly inside [start, end): the mentions of all people sorted
        once by start, and the span's found by bisection (not every person's mentions per pronoun);
        with cue_at (where a pronoun's cue stands inside the words), not a person who is the subject of
        a clause opening the sentence before it ("When Roe declined, he said, Doe ..."): who "he" is."""
        if getattr(self, "_all_mentions", None) is None:
            self._all_mentions = sorted((a, b, pid) for pid, spans in self.mentions_of.items() for a, b in spans)
            self._all_starts = [a for a, _, _ in self._all_mentions]
        found = set()
        for a, b, pid in self._all_mentions[bisect_left(self._all_starts, content[0]):
                                            bisect_right(self._all_starts, content[1])]:
            if b <= content[1] and not self._name_as_modifier(b) and not self._in_date(a, b) and not (
                    cue_at is not None and self._opening_clause_subject(a, b, cue_at)):
                found.add(pid)
        return found

    def _opening_clause_subject(self, start: int, end: int, cue_at: int) -> bool:
        """The mention [start, end) is the subject of an adverbial clause that opens the pronoun's
        sentence and ends before it ("When Roe declined that offer, he said, ...")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        cue = self.doc.char_span(cue_at, cue_at + 1, alignment_mode="expand")
        if span is None or cue is None or span.sent.start != cue[0].sent.start:
            return False
        clause = span.root.head
        return span.root.dep_ == "nsubj" and clause.dep_ == "advcl" and clause.left_edge.i == span.sent.start \
            and clause.right_edge.i < cue[0].i

    def _in_date(self, start: int, end: int) -> bool:
        """A mention [start, end) that is a month word beside a day's number ("from 23-26 May", "May
        26"): a date whose month spells a person's surname, not the person."""
        text = self.doc.text
        return text[start:end].lower() in MONTH_NAMES and bool(
            re.search(r"\d\s*$", text[max(0, start - 4):start]) or re.match(r"\s*\d", text[end:end + 3]))

    def _name_as_modifier(self, end: int) -> bool:
        """A mention ending at end that only qualifies a common noun ("the Roe plan", the phrase "Roe
        news"): the words speak of a thing, not of the person, who may still be saying them."""
        tok = self.doc.char_span(end - 1, end, alignment_mode="expand")
        tok = tok[-1] if tok is not None and len(tok) else None
        return tok is not None and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i

    def _heard(self, linked, low: str, span, start: int, content) -> tuple | Speaker | None:
        """A pronoun cue subject the who-is-who links to a person: that person, unless the pronoun
        can't be them ("she" for a man) or the discourse (the last source, the person named since
        outside anyone's words) points to someone else, who then speaks; an unnamed source that is
        the subject of the sentence before is returned as its Speaker."""
        want = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(low)
        if want and self.gender(linked[0]) not in ("", want):
            linked = None
        if not PREFER_DISCOURSE and linked is not None:
            return linked
        said = self._pronoun(low, span, start, content)
        if said.continued and said.source_type == "anonymous":
            return said
        heard = said.entity
        if heard is not None and heard[1] == "person":
            return heard
        return linked

    def opening_pronoun(self, content: tuple[int, int], speaker: Speaker | None = None, cue=None) -> str | None:
        """The person a "he" or "she" opening a claim's words stands for ("he has been accused by ..."), so
        the claim reads alone: after "X said" in its own sentence, X ("Abbas said he will no longer
        accept ..."), or no one when X is unnamed; else the subject of the sentence before, named or a
        pronoun of the same gender linked to a person; else the who-is-who's link; None when neither tells."""
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None or span[0].lower_ not in ("he", "she") or span[0].dep_ not in ("nsubj", "nsubjpass"):
            return None
        want = {"he": "m", "she": "f"}[span[0].lower_]
        off = Excluded(set(), self.gender, want)
        verb = self.doc.char_span(*cue, alignment_mode="expand") if cue else None
        if verb is not None and verb.root.sent == span[0].sent and cue[1] <= content[0] \
                and verb.root.lemma_.lower() in words("reporting_verbs") \
                and verb.root.lemma_.lower() not in words("request_verbs"):
            # the speaker of a reported "he ..." is, barring a name between, the "he"
            ent = speaker.entity if speaker is not None else None
            if ent is None or ent[1] != "person":
                return None
            return ent[2] if ent[0] not in off else None
        named = self._subject_before(span[0].idx, off, pronouns=span[0].lower_)
        ent = named[0].entity if named is not None else self._linked(span[0])
        return ent[2] if ent is not None and ent[0] not in off else None

    def _named_in(self, start: int, end: int, skip) -> tuple | None:
        """The person named last between two positions (a quote's words before a pronoun), else None."""
        toks = self.doc.char_span(start, end, alignment_mode="contract")
        for tok in reversed(toks if toks is not None else ()):
            if tok.pos_ == "PROPN":
                ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
                if ent is not None and ent[1] == "person" and ent[0] not in skip:
                    return ent
        return None

    def _quoting_claim(self, start: int) -> tuple[tuple[int, int], str] | None:
        """(content, speaker id) of the claim resolved last whose quoted words hold start, else None."""
        if not self._in_quote(start):
            return None
        found = self._enclosing(start)
        if found is None or found[1].entity is None:
            return None
        return found[0], found[1].entity[0]

    def _group_words(self, start: int) -> tuple[int, int] | None:
        """The content holding start of the claim resolved last, when its source is an unnamed group or
        an organisation ("people at the scene", "the police": no one a "he" there can be), else None."""
        outer = self._enclosing(start)
        if outer is None or outer[1].entity is not None or outer[1].source_type == "named" \
                or _an_outlet(outer[1].text) or not self._in_quote(start) and not self._told_first(outer[0]):
            return None  # (a news agency passing on what "she" believes relays the person it quoted before)
        key = outer[1].anon_key
        return outer[0] if key is None or self.anonymous[key].plural else None

    def _told_first(self, content) -> bool:
        """Whether the source of the claim with these words stands before them, by a cue of its own
        ("People at the scene said he had ..."): unquoted words the source is put after ("Privately, she
        warned ..., aides said") or vouched for ("according to aides") are the story's own telling, where
        a pronoun goes on with the story's people."""
        for words_, _, at, cue in reversed(self.contents[-6:]):
            if words_ == content:
                return at < content[0] and not vouched(self.doc.text, cue)
        return True

    def _enclosing(self, start: int) -> tuple[tuple[int, int], Speaker] | None:
        """(content, speaker) of the claim resolved last whose words hold start, else None."""
        for content, spk, *_ in reversed(self.contents[-6:]):
            if content[0] <= start < content[1]:
                return content, spk
        return None

    def _introduced(self, pos: int) -> bool:
        """Words a colon gives as someone's: the paragraph holding pos follows a line ending with a colon
        ("Roe wrote on her blog:") or opens with a speaker's label ("A: I think ...", "Roe: I think ...")."""
        text = self.doc.text
        opens = text.rfind("\n", 0, pos) + 1
        before = text[:opens].rstrip()
        return before.endswith(":") or ": " in text[opens:pos][:40]

    def _in_quote(self, pos: int) -> bool:
        """Whether some quote holds pos: the last quote starting at or before it, or an earlier one, reaches past it."""
        return pos in self._quotes

    def _person_before(self, start: int, skip=frozenset(), past_words=False) -> tuple[Speaker, int] | None:
        """The nearest person mentioned before start (within the last 120 words); past_words: not one
        named only in what an earlier source said."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        end_i = span.start if span is not None else len(self.doc)
        for tok in reversed(self.doc[max(end_i - 120, 0):end_i]):
            # a capitalised word of a person's mention, whatever tag the parser gave it
            if (tok.pos_ == "PROPN" or tok.text[:1].isupper() and tok.is_alpha) \
                    and not self._in_quote(tok.idx) and not self._in_date(tok.idx, tok.idx + len(tok.text)) \
                    and not (past_words and self.own_words.holds(tok.idx) and not self._said_by_body(tok.idx)):
                ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
                if ent is not None and ent[1] == "person" and ent[0] not in skip:
                    return Speaker(ent[2], ent, "named"), tok.idx
        return None

    def _said_by_body(self, pos: int) -> bool:
        """Whether pos lies in the words of a body ("The ministry said Roe had ...", "one of the
        prosecutors said Roe ..."): a "she" after them can't be that source, so the person its words
        name is not passed over for an earlier speaker."""
        holder = next((spk for content, spk, *_ in reversed(self.contents) if content[0] <= pos < content[1]), None)
        # (not a phrase that names a person the parser left in it: "Speaking ..., Biden, who oversees")
        return holder is not None and holder.entity is None and holder.source_type == "organization" \
            and not any(w.strip(",.;:").lower() in self.by_name for w in (holder.text or "").split())


def _an_outlet(phrase: str | None) -> bool:
    """Whether a speaker phrase names a news outlet ("The news agency", "Acme News"): the person an
    outlet's words call "she" is the one it reported on, not someone those words name."""
    return bool(phrase) and any(w in words("medium_words") | words("outlet_nouns") for w in phrase.lower().split())
