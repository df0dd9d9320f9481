"""Who a pronoun continues by the grammar of the sentences before it: the subject of the sentence
before (named, resolved as a speaker, or an unnamed person described), the clause a pronoun's clause
is joined to, a chain of sentences opened by the same pronoun, named people joined as a subject.

The Resolver of speakers.py mixes these rules in beside discourse.py's; they read its state and
change none of it, except registering an unnamed subject a pronoun may continue.
"""

from __future__ import annotations

from bisect import bisect_right

from ..personhood import is_person_noun
from ..rules import pairs, union, words
from .answers import asked_one
from .discourse import GENDER, Speaker
from .mainclause import main_verb
from .openingclause import opening_clause


class Antecedents:
    """Sentence-grammar antecedents of a pronoun speaker (mixed into speakers.Resolver)."""

    def _subject_before(self, start: int, skip, pronouns: str = "", describe: str = "") -> tuple[Speaker, int] | None:
        """The named person who is the subject of the sentence before the one at start (outside quotes
        and anyone's words), with where they are named; a subject already resolved as a speaker is who
        it was resolved to; with describe (the pronoun), a singular description of a person there
        ("The senior official who described the case ... He said") is that unnamed source."""
        prev = self._sentence_before(start)
        if prev is None:
            return None
        root = main_verb(prev)
        answerer = asked_one(root) if describe in ("he", "she") else None
        ent = self._entity(answerer) if answerer is not None and not self._in_quote(answerer.idx) else None
        if ent is not None and ent[1] == "person" and ent[0] not in skip:
            return Speaker(ent[2], ent, "named"), answerer.idx  # "A reporter asked Roe if ... He responded"
        # one asked a question is who answers it: "Roe was asked why ... He said ..." (a passive subject
        # otherwise is not: "Roe was joined by Doe, who warned ... '...,' he said")
        asked = root.lemma_.lower() in words("asking_verbs") | words("pressing_verbs")
        deps = ("nsubj", "nsubjpass") if asked else ("nsubj",)
        subj = next((c for c in root.children if c.dep_ in deps), None)
        if subj is not None and not self._in_quote(subj.idx):
            # "The US vice-president defended the decision, saying ... 'Jerusalem is ...,' he stated":
            # the subject resolved as a speaker goes on as "he", before a name the sentence only mentions
            # (a subject the parser split in pieces, "vice - president", is looked up by each piece)
            said = next((self.said_by[c.i] for c in root.children
                         if c.dep_ in deps and c.i in self.said_by), None)
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
        owner = _owner_of_thing(subj) if subj is not None and describe in ("he", "she") else None
        if owner is not None and not self._in_quote(owner.idx) and not self.own_words.holds(owner.idx):
            # "Roe's main aim was to paint Doe as idle. '...,' he said": the person whose point, plan or
            # remark the sentence is about goes on, before anyone it mentions
            ent = self._entity(owner)
            if ent is not None and ent[1] == "person" and ent[0] not in skip:
                return Speaker(ent[2], ent, "named"), owner.idx
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

    def _in_passing(self, mention: tuple[Speaker, int]) -> bool:
        """Whether a person named since the last source is only mentioned in a sentence about a thing
        ("The bill is named after Officer Doe, who died ...", "The curfew followed the shooting of
        Doe"): the subject is a thing, the person is no part of it nor its agent, and has not spoken;
        a pronoun after it goes on with the last source."""
        spk, at = mention
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or spk.entity is None or any(e[0] == spk.entity[0] for _, e in self.spoke):
            return False
        tok = span[0]
        root = main_verb(tok.sent)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or is_person_noun(subj.text) or subj.lower_ in words("anonymous_nouns") \
                or self._linked(subj) is not None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
            return False
        # ("The decision by Doe ...", "Doe's plan ...": the person whose act or thing it is)
        return not any(a.dep_ in ("agent", "poss") or a.dep_ == "prep" and a.lower_ == "by"
                       for a in [tok, *tok.ancestors])

    def _thing_going_on(self, start: int) -> Speaker | None:
        """The organisation an "it" cue subject at start goes on with: the subject of the main clause
        its clause hangs from ("Acme ... when it said"), else the subject of the sentence before, past
        sentences opened by "it" ("North Korea has ... It conducted ... It said"); an organisation or
        document by its name or head noun, else None (the last organisation that spoke)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or self._in_quote(start):
            return None  # (an "it" in quoted words is the quote's own)
        tok, subj = span[0], None
        verb = tok.head if tok.dep_ == "nsubj" else None
        while subj is None and verb is not None and verb.dep_ in ("advcl", "relcl", "conj", "dobj", "pobj", "prep") \
                and verb.head.i != verb.i:
            # "Acme cut jobs when it said", "The office released images which it said ...": the
            # subject of the clause the "it" clause hangs in
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        at = start
        for _ in range(3):
            if subj is not None and (subj.lower_ != "it" or subj.i in self.said_by):
                break
            prev = self._sentence_before(at)
            subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None) if prev is not None else None
            if subj is None:
                return None
            at = subj.idx
        if subj is None or self._in_quote(subj.idx) or self.own_words.holds(subj.idx) or subj.tag_ not in ("NN", "NNP"):
            return None
        said = self.said_by.get(subj.i)
        if said is not None:
            # (a subject resolved as an unnamed source, "the generally muted response", is no organisation)
            return said if said.source_type in ("organization", "document") and (
                said.entity is None or said.entity[1] != "person") else None
        if subj.pos_ == "PROPN":
            ent = self._entity(subj)
            # (a name "it" goes on with is no person's, unless the text says it is)
            if ent is not None and ent[1] == "person" or subj.ent_type_ == "PERSON" or subj.lower_ in self.by_name:
                return None
        elif subj.pos_ != "NOUN" or not (subj.lemma_.lower() in union("organization_nouns", "speaking_bodies", "document_nouns")
                                         and not any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in subj.children)):
            return None
        # (the subject as written up to its head: an aside after it, "Acme, the largest grocer,", is not shown)
        kept = dict(self.last), dict(self.last_at), len(self.spoke)
        spk = self._resolve((subj.left_edge.idx, subj.idx + len(subj.text)), subj.i, start)
        if spk.entity is not None and spk.entity[1] == "person":
            # "it" is no person, whatever a stated role ("UN") makes of the name: nothing is remembered
            self.last, self.last_at = kept[0], kept[1]
            del self.spoke[kept[2]:]
            return None
        return spk

    def _introducing_subject(self, start: int):
        """The subject token of the clause that introduces, with a colon, the quote a pronoun cue at start
        closes ("Roe bragged about his vetoes: "I sign few," he said"), else None."""
        k = bisect_right(self._quote_ends, start) - 1
        if k < 0:
            return None
        q_start, q_end = self.quoted_by_end[k]
        text = self.doc.text
        if text[q_end:start].strip(" \t\"'\u201d\u2019,") or start - q_end > 6:
            return None  # the pronoun does not close this quote
        j = q_start - 1
        while j > 0 and (text[j].isspace() or text[j] in "\"'\u201c\u2018"):
            j -= 1
        colon = self.doc.char_span(j, j + 1, alignment_mode="expand") if j > 0 and text[j] == ":" else None
        if colon is None or colon[0].i == 0:
            return None
        root = self.doc[colon[0].i - 1]
        while root.head.i != root.i and root.head.i < colon[0].i:
            root = root.head
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        return None if subj is None or self._in_quote(subj.idx) else subj

    def _colon_introducer(self, subj, skip) -> tuple[Speaker, int] | None:
        """The named person who is that introducing subject, with where they are named, else None."""
        if subj is None or subj.pos_ != "PROPN" or self.own_words.holds(subj.idx):
            return None
        ent = self._entity(subj)
        if ent is None or ent[1] != "person" or ent[0] in skip:
            return None
        return Speaker(ent[2], ent, "named"), subj.idx

    @property
    def _quote_ends(self) -> list[int]:
        """The ends of the quotes in order (by end), made once: which quote a cue closes is found by bisection."""
        if getattr(self, "_ends", None) is None:
            self.quoted_by_end = sorted(self.quoted, key=lambda q: (q[1], q[0]))
            self._ends = [e for _, e in self.quoted_by_end]
        return self._ends

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

    def _subject_of_first_clause(self, start: int, skip, describe: str = "") -> tuple[Speaker, int] | None:
        """The named person subject of the clause a pronoun's clause is coordinated with ("Roe ...,
        but he said"), with where they are named; None if that subject is no such person. With describe
        (the pronoun), a singular description of a person there is that unnamed source ("When a former
        clerk at the bank gave the paper the files, he told it ...")."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span[0].dep_ != "nsubj":
            return None
        verb = span[0].head
        while verb.dep_ == "conj" and verb.head.i < verb.i:
            verb = verb.head
        # ("Roe was asked ..., and he said": the passive subject of the first clause goes on too)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span[0].i), None)
        if verb.i == span[0].head.i and verb.dep_ == "relcl" and verb.head.i < span[0].i:
            # "Roe pointed to that argument, which he said his opponent also made": in a relative
            # clause, the subject of the sentence the clause hangs in
            root = verb
            while root.head.i != root.i:
                root = root.head
            subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < span[0].i), None)
            verb = root if subj is not None else verb
        if verb.i == span[0].head.i and verb.dep_ == "advcl" and verb.head.i < verb.i and any(
                m.dep_ in ("mark", "advmod") and m.i < span[0].i and m.lower_ in union("contrast_marks", "following_clause_marks")
                for m in verb.children):  # ("when" is often the parser's advmod)
            # "Roe praised the strike, though in 2013 he said ...", "Roe summed it up when he called X Y": a
            # clause of contrast or time after the main clause goes on with the main clause's subject
            main = verb.head
            subj = next((c for c in main.children if c.dep_ == "nsubj" and c.i < span[0].i), None)
            verb = main if subj is not None else verb
        if verb.i == span[0].head.i:
            # "While Roe declined to ..., he said ...": the subject of a clause of time or contrast
            # opening the sentence
            clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < span[0].i and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("while", "although", "though", "as", "after", "when", "because")
                for m in c.children)), None)
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
            verb = clause if subj is not None else verb
        if verb.i == span[0].head.i and opening_clause(span[0]) is not None:
            # (the same opening clause, hung by the parser on a verb of the words reported: openingclause.py)
            clause = opening_clause(span[0])
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            verb = clause if subj is not None else verb
        if verb.i == span[0].head.i:
            # "Roe turns the talk personal: he asks Doe if ...": a clause the parser hung on the pronoun's verb,
            # closed by a colon right before it, goes on with its subject (not one of saying: "Roe warned: he ...")
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < span[0].i
                           and c.right_edge.i + 1 < len(self.doc) and self.doc[c.right_edge.i + 1].text == ":"
                           and c.right_edge.i + 2 == span[0].i
                           and c.lemma_.lower() not in words("reporting_verbs")), None)
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
            verb = clause if subj is not None else verb
        if verb.i != span[0].head.i and subj is not None and describe and self._unnamed_person(subj, describe):
            phrase = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
            self._pending[subj.idx] = (phrase, subj)  # (registered as a source if the pronoun goes with it)
            return Speaker(self.doc.text[phrase[0]:phrase[1]], None, "anonymous", None, continued=True), subj.idx
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

    def _plural_subject_before(self, start: int) -> Speaker | None:
        """"House Republicans feel differently. They believe ...": a "they" opening its sentence is the
        plural noun that is the subject of the sentence before, before the last group that spoke."""
        here = self.doc.char_span(start, start + 1, alignment_mode="expand")
        prev = self._sentence_before(start)
        # ('"We will go on," they said.': a "they" after the quote its cue closes opens the sentence too)
        if here is None or prev is None or any(not t.is_punct and not t.is_space and not self._in_quote(t.idx)
                                               for t in self.doc[here[0].sent.start:here[0].i]):
            return None
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ not in ("NNS", "NNPS") or self._in_quote(subj.idx) \
                or self.own_words.holds(subj.idx):
            return None
        phrase = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
        spk = self._resolve(phrase, subj.i, start)
        if spk.entity is not None and spk.entity[1] != "person":
            # ("House Republicans" are not the House the name in front of them is)
            return Speaker(self.doc.text[phrase[0]:phrase[1]], None, "organization")
        return spk

    def _quoted_sentence(self, sent) -> bool:
        """Whether a parsed sentence is quoted words: its first word stands inside a quote."""
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        return first is not None and self._in_quote(first.idx)

    def _unnamed_person(self, subj, pronoun: str) -> bool:
        """A singular description of an unnamed person ("the senior official who ...") a pronoun can continue:
        a noun of a person or of a source, not a thing."""
        if pronoun not in ("he", "she") or subj.pos_ != "NOUN" or subj.tag_ != "NN" or self._in_quote(subj.idx):
            return False
        if self._linked(subj) is not None or self.own_words.holds(subj.idx):
            return False
        gender = pairs("gendered_nouns").get(subj.lower_)
        if not (gender or is_person_noun(subj.text) or subj.lower_ in words("anonymous_nouns")
                or subj.lemma_.lower() in words("anonymous_nouns")):
            return False  # "A third storm is likely. He said ...": "he" is no thing, whatever its article
        if gender and gender != {"he": "m", "she": "f"}[pronoun]:
            return False
        text = self.doc.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge.text)]
        return self._kind(text, subj) == "anonymous"


def _continued(sent) -> bool:
    """Whether a parsed sentence opens with a lower-case word: the rest of a sentence the parser split."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    return first is not None and first.is_alpha and first.text.islower()


def _owner_of_thing(subj):
    """The named owner of a subject that is no person ("Roe's main aim"), else None."""
    if subj.pos_ != "NOUN" or is_person_noun(subj.text) or subj.lower_ in words("anonymous_nouns"):
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ != "PERSON":
        return None
    return owner


def _named_example(subj):
    """The one name a plural subject gives as its example ("others, like Roe", "critics including Roe")."""
    if subj.pos_ not in ("NOUN", "PRON") or subj.lower_ in ("he", "she", "i", "we", "you"):
        return None
    names = [o for p in subj.children if p.dep_ == "prep" and p.lower_ in ("like", "including")
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ == "PERSON"]
    if len(names) != 1 or any(c.dep_ == "conj" for c in names[0].children):
        return None
    return names[0]
