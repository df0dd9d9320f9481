"""Who a pronoun speaker is, by the discourse: the last source, the subject of the sentence before,
the nearest person named outside anyone's words, a woman who just spoke for "she".

The Resolver of speakers.py mixes these rules in; they read its state (the last speakers, the
people, the quotes, what the sources said) and change none of it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..rules import pairs, words
from .pronouns import genders

PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "me", "you"}
GROUP_PRONOUNS = {"they", "them", "we", "us"}
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
        if low in PERSON_PRONOUNS:
            # who the words name in the third person is not who says them ("He said, 'Roe was ...'")
            inside = self._named_within(content) if content else set()
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
            at = self._same_pronoun_before(span[0], low)
            mention = self._person_before(at, inside, past_words=True)
            # the subject of the sentence before goes on as "he" or "she" ("Sen. Roe, of a state where
            # ..., agreed. He said ..."), before any other name that sentence mentions
            subject = self._subject_before(at, inside, describe=low)
            mention = subject or mention
            if mention is not None and (prior is None or mention[1] > self.last_at.get("person", -1)
                                        or subject is not None and self._owner_after(subject[1])):
                prior = mention[0]
            joined = self._subject_of_first_clause(span[0], inside)
            if joined is not None:
                # "Sen. Roe stopped short of ..., but he said ...": the subject of the clause "he" is
                # joined to, in the same sentence, before anyone the sentences before speak of
                mention, prior = joined, joined[0]
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
        elif low in GROUP_PRONOUNS:
            prior = (self._joint_subject_before(span[0]) if low == "they" else None) \
                or self.last.get("group") or self.last.get("organization")
        else:
            prior = self.last.get("organization")
        if prior is None:
            return Speaker(text, None, "named" if low in PERSON_PRONOUNS else "organization")
        key = prior.anon_key
        if prior.continued and key is None and mention is not None and mention[1] in self._pending:
            key = self._anonymous(*self._pending.pop(mention[1]))
        return Speaker(prior.text if prior.entity is None else prior.entity[2], prior.entity, prior.source_type,
                       key, prior.continued)

    def _named_within(self, content: tuple[int, int]) -> set[str]:
        """The people with a mention wholly inside [start, end): the mentions of all people sorted
        once by start, and the span's found by bisection (not every person's mentions per pronoun)."""
        if getattr(self, "_all_mentions", None) is None:
            self._all_mentions = sorted((a, b, pid) for pid, spans in self.mentions_of.items() for a, b in spans)
            self._all_starts = [a for a, _, _ in self._all_mentions]
        found = set()
        for _start, b, pid in self._all_mentions[bisect_left(self._all_starts, content[0]):
                                            bisect_right(self._all_starts, content[1])]:
            if b <= content[1]:
                found.add(pid)
        return found

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

    def _subject_before(self, start: int, skip, pronouns: str = "", describe: str = "") -> tuple[Speaker, int] | None:
        """The named person who is the subject of the sentence before the one at start (outside quotes
        and anyone's words), with where they are named; a subject already resolved as a speaker is who
        it was resolved to; with describe (the pronoun), a singular description of a person there
        ("The senior official who described the case ... He said") is that unnamed source."""
        prev = self._sentence_before(start)
        if prev is None:
            return None
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is not None and not self._in_quote(subj.idx):
            # "The US vice-president defended the decision, saying ... 'Jerusalem is ...,' he stated":
            # the subject resolved as a speaker goes on as "he", before a name the sentence only mentions
            # (a subject the parser split in pieces, "vice - president", is looked up by each piece)
            said = next((self.said_by[c.i] for c in prev.root.children if c.dep_ == "nsubj" and c.i in self.said_by), None)
            if said is not None and said.entity is not None and said.entity[1] == "person" \
                    and said.entity[0] not in skip:
                return Speaker(said.entity[2], said.entity, said.source_type), subj.idx
            if said is not None and said.source_type == "anonymous" and describe in ("he", "she") \
                    and said.anon_key is not None and not self.anonymous[said.anon_key].plural \
                    and not self._other_sex(said, GENDER[describe]):
                # ("Two women accuse him ... He denies it": "he" is no unnamed group)
                return Speaker(said.text, None, "anonymous", said.anon_key, continued=True), subj.idx
        named = self._apposition(subj) if subj is not None and not self._in_quote(subj.idx) else None
        if named is not None and named[0] not in skip:
            return Speaker(named[2], named, "named"), subj.idx  # "a mother of two named Ann Roe ... She said"
        if subj is not None and describe and self._unnamed_person(subj, describe):
            # registered as an anonymous source only if the pronoun goes with it (_pronoun)
            phrase = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
            self._pending[subj.idx] = (phrase, subj)
            return Speaker(self.doc.text[phrase[0]:phrase[1]], None, "anonymous", None, continued=True), subj.idx
        like = _named_example(subj) if subj is not None and describe in ("he", "she") else None
        if like is not None and not self._in_quote(like.idx) and not self.own_words.holds(like.idx):
            # "But others, like Roe, see a need ... 'It takes ...,' he said": the one person the
            # subject names as its example is who "he" goes on with
            ent = self._entity(like)
            subj = like
        elif subj is not None and pronouns and subj.lower_ == pronouns:
            ent = self._linked(subj)  # "He has seen ... But he has": the same pronoun goes on
        elif subj is None or subj.pos_ != "PROPN" or self._in_quote(subj.idx) or self.own_words.holds(subj.idx):
            return None
        else:
            ent = self._entity(subj)
        if ent is None or ent[1] != "person" or ent[0] in skip:
            return None
        return Speaker(ent[2], ent, "named"), subj.idx

    def _owner_after(self, subject_at: int) -> bool:
        """Whether the last person source was a possessive later in the subject's own sentence: "Roe
        challenged Doe's argument that ... He said ...": the subject goes on, not the argument's owner."""
        at = self.last_at.get("person", -1)
        if at <= subject_at:
            return False
        tok = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if tok is None or tok[0].sent.start_char > subject_at:
            return False
        tok = tok[0]
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        return tok.dep_ == "poss"

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
        if outer is None or outer[1].entity is not None or outer[1].source_type == "named":
            return None
        key = outer[1].anon_key
        return outer[0] if key is None or self.anonymous[key].plural else None

    def _enclosing(self, start: int) -> tuple[tuple[int, int], Speaker] | None:
        """(content, speaker) of the claim resolved last whose words hold start, else None."""
        for content, spk in reversed(self.contents[-6:]):
            if content[0] <= start < content[1]:
                return content, spk
        return None

    def _subject_of_first_clause(self, start: int, skip) -> tuple[Speaker, int] | None:
        """The named person subject of the clause a pronoun's clause is coordinated with ("Roe ...,
        but he said"), with where they are named; None if that subject is no such person."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span[0].dep_ != "nsubj":
            return None
        verb = span[0].head
        while verb.dep_ == "conj" and verb.head.i < verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < span[0].i), None)
        if verb.i == span[0].head.i and verb.dep_ == "relcl" and verb.head.i < span[0].i:
            # "Roe pointed to that argument, which he said his opponent also made": in a relative
            # clause, the subject of the sentence the clause hangs in
            root = verb
            while root.head.i != root.i:
                root = root.head
            subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < span[0].i), None)
            verb = root if subj is not None else verb
        if verb.i == span[0].head.i:
            # "While Roe declined to ..., he said ...": the subject of a clause of time or contrast
            # opening the sentence
            clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < span[0].i and any(
                m.dep_ == "mark" and m.lower_ in ("while", "although", "though", "as", "after", "when", "because")
                for m in c.children)), None)
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
            verb = clause if subj is not None else verb
        if verb.i == span[0].head.i or subj is None or subj.pos_ != "PROPN" or self._in_quote(subj.idx) \
                or self.own_words.holds(subj.idx):
            return None
        said = self.said_by.get(subj.i)
        if said is not None and said.source_type in ("named", "organization") and said.text \
                and (said.entity is None or said.entity[1] != "person"):
            # "Roe said ..., and he said ...": the name that just spoke, though the who-is-who took it
            # for no person
            return Speaker(said.text, said.entity, said.source_type), subj.idx
        ent = self._entity(subj)
        if ent is None or ent[1] != "person" or ent[0] in skip:
            return None
        return Speaker(ent[2], ent, "named"), subj.idx

    def _same_pronoun_before(self, start: int, low: str) -> int:
        """Where the chain of sentences opened by the same pronoun as subject ("he ... He said") starts:
        the first of those subjects (a few sentences back at most), else start itself."""
        for _ in range(3):
            prev = self._sentence_before(start)
            subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None) if prev is not None else None
            if subj is None or subj.lower_ != low or self._in_quote(subj.idx) or self.own_words.holds(subj.idx) \
                    or subj.i in self.said_by:
                break  # (a "he" already resolved as a speaker is taken as resolved, by _subject_before)
            if any(t.pos_ == "PROPN" and (self.entity_at(t.idx, t.idx + len(t.text)) or (None, ""))[1] == "person"
                   for t in self.doc[prev.start:subj.i]):
                break  # "Roe loved music and he sent ...": the "he" has its person in its own sentence
            start = subj.idx
        return start

    def _sentence_before(self, start: int):
        """The sentence before the one at start, past blank lines and the quoted sentences of a quote
        the cue closes, or None at the start of the text."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span[0].sent.start == 0:
            return None
        prev = self.doc[span[0].sent.start - 1].sent
        while prev.start > 0 and not prev.text.strip():
            prev = self.doc[prev.start - 1].sent
        # '... and blamed Mr. Doe. "Why doesn't he ...?" he said.': the parser ends a sentence at the
        # quote's "?", so the cue's sentence follows the quoted one; the sentence before the quote is
        # the one whose subject goes on (a few quoted sentences at most); so is a sentence the parser
        # split off after a quote's "!" ("... a very big mistake!" before telling reporters ...")
        for _ in range(4):
            if prev.start == 0 or not (self._quoted_sentence(prev) or _continued(prev)):
                break
            prev = self.doc[prev.start - 1].sent
            while prev.start > 0 and not prev.text.strip():
                prev = self.doc[prev.start - 1].sent
        return prev

    def _joint_subject_before(self, start: int) -> Speaker | None:
        """"Jo Roe and Ann Doe have asked for a meeting. They said ...": named people joined as the
        subject of the sentence before are who "they" are, shown by their names."""
        prev = self._sentence_before(start)
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None) if prev is not None else None
        if subj is None or self._in_quote(subj.idx) or self.own_words.holds(subj.idx):
            return None
        toks = list(subj.subtree)
        if not any(t.dep_ == "cc" and t.lower_ == "and" for t in toks):
            return None
        # the people named in the subject, however the parser joined them ("Union chief Jo Roe and
        # business chief Ann Doe" comes out as one name modifying the other)
        people = []
        for t in toks:
            ent = self.entity_at(t.idx, t.idx + len(t.text)) if t.ent_type_ == "PERSON" else None
            if ent is not None and ent[1] == "person" and ent not in people:
                people.append(ent)
        if len(people) < 2:
            return None
        return Speaker(" and ".join(p[2] for p in people), None, "named")

    def _quoted_sentence(self, sent) -> bool:
        """Whether a parsed sentence is quoted words: its first word stands inside a quote."""
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        return first is not None and self._in_quote(first.idx)

    def _unnamed_person(self, subj, pronoun: str) -> bool:
        """A singular description of an unnamed person ("the senior official who ...") a pronoun can continue."""
        if pronoun not in ("he", "she") or subj.pos_ != "NOUN" or subj.tag_ != "NN" or self._in_quote(subj.idx):
            return False
        if self._linked(subj) is not None or self.own_words.holds(subj.idx):
            return False
        gender = pairs("gendered_nouns").get(subj.lower_)
        if gender and gender != {"he": "m", "she": "f"}[pronoun]:
            return False
        text = self.doc.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge.text)]
        return self._kind(text, subj) == "anonymous"

    def _in_quote(self, pos: int) -> bool:
        """Whether some quote holds pos: the last quote starting at or before it, or an earlier one, reaches past it."""
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self._quote_reach[i] > pos

    def _person_before(self, start: int, skip=frozenset(), past_words=False) -> tuple[Speaker, int] | None:
        """The nearest person mentioned before start (within the last 120 words); past_words: not one
        named only in what an earlier source said."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        end_i = span.start if span is not None else len(self.doc)
        for tok in reversed(self.doc[max(end_i - 120, 0):end_i]):
            # a capitalised word of a person's mention, whatever tag the parser gave it
            if (tok.pos_ == "PROPN" or tok.text[:1].isupper() and tok.is_alpha) \
                    and not self._in_quote(tok.idx) and not (past_words and self.own_words.holds(tok.idx)):
                ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
                if ent is not None and ent[1] == "person" and ent[0] not in skip:
                    return Speaker(ent[2], ent, "named"), tok.idx
        return None


def _continued(sent) -> bool:
    """Whether a parsed sentence opens with a lower-case word: the rest of a sentence the parser split."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    return first is not None and first.is_alpha and first.text.islower()


def _named_example(subj):
    """The one name a plural subject gives as its example ("others, like Roe", "critics including Roe")."""
    if subj.pos_ not in ("NOUN", "PRON") or subj.lower_ in ("he", "she", "i", "we", "you"):
        return None
    names = [o for p in subj.children if p.dep_ == "prep" and p.lower_ in ("like", "including")
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ == "PERSON"]
    if len(names) != 1 or any(c.dep_ == "conj" for c in names[0].children):
        return None
    return names[0]
