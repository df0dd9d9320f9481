"""Who a description speaker is: a person's stated role repeated ("the Australian woman"), an office
of the same class ("the spokesman" for the press secretary), "the man who ..." for the subject before.

The Resolver of speakers.py mixes these rules in; they read its state (the people, their roles and
mentions) and change none of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..personhood import is_person_noun
from ..refprofile import abbreviates
from ..rules import pairs, words
from .discourse import Speaker
from .offices import countries_of, office_classes, other_country, places_in, spelled, title_run_start

# words that make an office one held before: "former President Doe" is not "the president" now
PAST = ("former", "ex", "ex-", "then", "late", "onetime", "one-time")


class Descriptions:
    """Description rules over a Resolver's state (mixed into speakers.Resolver)."""

    def _placed(self, ent) -> frozenset[str]:
        """The places the words right before a person's mentions give them ("South Korea's President
        Moon", "the Russian leader, Ivan Roe"): a few words back on the same line."""
        if not hasattr(self, "_places_of"):
            self._places_of = {}
        if ent[0] not in self._places_of:
            got = set()
            for start, _ in self.mentions_of.get(ent[0], ()):
                before = self.doc.text[title_run_start(self.doc, start):start]
                before = re.split(r"[\n.;:!?\"“”]", before)[-1]
                got |= countries_of(places_in(re.sub(r"['’]s\b", "", before)))
            self._places_of[ent[0]] = frozenset(got)
        return self._places_of[ent[0]]

    def _elsewhere(self, ent, head, span) -> bool:
        """Whether a description places its office ("the US president") where the linked person is
        not placed, by a stated role or the words before a mention ("South Korea's President Moon")."""
        if head is None or head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in words("served_in_nouns"):
            return False
        desc = self.doc.text[span[0]:head.idx]
        places = places_in(desc) | {t.lower_ for t in head.subtree if t.i < head.i and t.ent_type_ in ("GPE", "NORP")}
        stated = countries_of(frozenset().union(*(places_in(r) for r, e in self.raw_roles if e == ent))) | self._placed(ent)
        return other_country(countries_of(places), stated)

    def _other_sex(self, spk, want: str) -> bool:
        """Whether an unnamed source's description tells the other sex than a pronoun's ("a mother" for "he")."""
        told = pairs("gendered_nouns").get(self.anonymous[spk.anon_key].head) if spk.anon_key is not None else None
        return spk.entity is None and told is not None and told != want

    def _according_source(self, start: int, want: str, prior):
        """The spokeswoman the sentence before reported through ("according to his spokeswoman") as
        the Speaker a "she" goes on with, unless the discourse's person is told to be of her gender."""
        source = self._according_description(self._sentence_before(start), want)
        if source is None or prior is not None and prior.entity is not None and self.gender(prior.entity[0]) == want:
            return None
        return Speaker(self.doc.text[source[0][0]:source[0][1]], None, "anonymous", self._anonymous(*source),
                       continued=True)

    def _according_description(self, prev, want: str):
        """"X said Y, according to his spokeswoman. Z, she added": the unnamed source of the sentence
        before, given as "according to" a description of the pronoun's gender (a noun phrase naming
        no one), as (its span, head), else None."""
        if prev is None:
            return None
        gendered = pairs("gendered_nouns")
        for tok in prev:
            if gendered.get(tok.lower_) != want or tok.dep_ != "pobj" or tok.head.lower_ != "to" \
                    or tok.head.head.lower_ != "according" or self._in_quote(tok.idx):
                continue
            if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in tok.subtree):
                return None  # "according to his spokeswoman, Jo Roe": a name, resolved as such
            return (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)), tok
        return None

    def _role_of(self, head, span):
        """The one person whose stated role this description repeats ("the Australian woman").

        An indefinite description ("an Australian woman") is that person only where it comes
        before the name, as a headline introduces someone the text names later."""
        if head is None:
            return None
        toks = [t for t in head.subtree if t.i <= head.i]
        det = toks[0].lower_ if toks and toks[0].dep_ in ("det", "poss") else None
        if toks and toks[0].dep_ == "poss" and toks[0].pos_ == "PROPN":
            det = "the"  # "Trump's lawyer" is the lawyer of Trump: definite, the name part of the role
        start = next((t.idx for t in toks if t.dep_ not in ("det", "punct")), head.idx)
        words_ = re.findall(r"[\w'’-]+", _straight(spelled(self.doc.text[start:head.idx + len(head.text)]).lower()))
        if det in ("a", "an", "another", "some", "one") or det is None and head.tag_ == "NNS":
            indefinite = True
        elif det in (None, "the", "this", "that"):
            indefinite = False
        else:
            return None
        if not words_ or head.pos_ == "PRON":
            return None
        key = " ".join(words_)
        # "the Australian woman" for "an Australian woman and former member", "the minister" for
        # "Foreign Minister": the role begins or ends with the description
        exact = set(self._exact_roles().get(key, ()))
        # (a body, "New Bedford police", "the group's military wing", only begins or ends an officer's role)
        hits = set(self._role_index().get(key, ())) if is_person_noun(head.text) else exact
        if head.pos_ == "PROPN":
            hits = exact  # "the Pope" is a stated role "Pope"; "the ACLU" only begins "ACLU staff attorney"
        if len(hits) > 1 and not indefinite and exact == hits:
            # "the Pope" after two popes were named: the one named last before it (not "the president"
            # between a president and a vice president, whose role only ends with the word)
            return self._latest_named(hits, span[0])
        if len(hits) != 1:
            return None
        ent = hits.pop()
        if indefinite and span[0] >= self.first_named.get(ent[0], 0):
            return None
        return ent

    def _stated_as(self, head, span):
        """The one person whose stated role is this whole description, word for word ("the top
        Republican on the committee, however, said ... Rep. Jo Roe, the top Republican on the
        committee, ..."): the writer names the holder in apposition, before or after. A role of one
        word ("the senator") is left to the office rules."""
        if head is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        # the description is the head's phrase without clauses or asides hung on it
        toks = [t for t in head.subtree if not any(
            a.dep_ in ("relcl", "acl", "appos", "advmod", "punct") and a.head.i == head.i and a.i > head.i
            and t in a.subtree for a in head.children)]
        words_ = re.findall(r"[\w'’-]+", _straight("".join(t.text_with_ws for t in toks).lower()))
        if words_ and toks[0].dep_ == "poss" and toks[0].pos_ == "PROPN":
            words_ = ["the", *words_]  # "Trump's lawyer" as the stated role "Trump's lawyer"
        if not words_ or words_[0] != "the":
            return None  # "a retired teacher" after Lopez, "a retired teacher", is someone else
        words_ = words_[1:]
        if len(words_) < 2:
            return None
        key = " ".join(words_)
        hits = set(self._exact_roles().get(key, ()))
        return hits.pop() if len(hits) == 1 else None

    def _latest_named(self, people, before: int):
        """Of several people, the one mentioned last before a position; None if none is mentioned yet."""
        at = {e: self._last_mention_before(e[0], before) for e in people}
        best = max(sorted(at), key=lambda e: at[e])
        return best if at[best] >= 0 else None

    def _current_holder(self, ent, head, span):
        """"The president" is who holds the office now in the text: a person whose stated roles give
        that office only as a past one ("former President Doe") yields to someone stated to hold it
        ("President Roe"), the one named last before the description if several; a description that
        says "former" itself, or an office no one else holds, keeps the person."""
        if ent is None or head is None or head.pos_ not in ("NOUN", "PROPN"):
            return ent
        title = head.lower_
        if any(t.lower_ in PAST for t in head.subtree if t.i < head.i):
            return ent
        def holds(role: str) -> bool | None:
            """True: the role is the office now; False: it was; None: another office."""
            low = re.findall(r"[\w'’-]+", role.lower())
            if title not in low:
                return None
            return not any(w in PAST or w.startswith("ex-") for w in low[:low.index(title)])
        own = [holds(r) for r, e in self.raw_roles if e == ent]
        if not own or any(own) or False not in own:
            return ent  # the person holds it now, or no stated role names this office at all
        current = {e for r, e in self.raw_roles if e != ent and holds(r)}
        if not current:
            return ent
        if len(current) == 1:
            return current.pop()
        return self._latest_named(current, span[0]) or ent

    def _other_office(self, ent, head) -> bool:
        """Whether a description names a head-of-government office ("the president") that the person's
        stated roles give as another one ("Prime Minister")."""
        if head is None or head.pos_ not in ("NOUN", "PROPN"):
            return False
        title = head.lower_
        if "leader" not in office_classes(title) or title == "leader":
            return False
        roles = [r.lower() for r, e in self.raw_roles if e == ent]
        return any("leader" in office_classes(r) for r in roles) and not any(title in r for r in roles)

    def _exact_roles(self) -> dict[str, set]:
        """Each stated role, whole -> the people with it, made once per document."""
        if getattr(self, "_roles_whole", None) is None:
            index: dict[str, set] = {}
            for role, ent in self.roles:
                index.setdefault(role, set()).add(ent)
            self._roles_whole = index
        return self._roles_whole

    def _last_mention_before(self, pid: str, before: int) -> int:
        """Where the person's last mention before a position starts, -1 if none: by bisection of the
        mentions' starts, sorted once per person (a long text's main figure has thousands)."""
        starts = self._mention_starts().get(pid, ())
        i = bisect_left(starts, before)
        return starts[i - 1] if i else -1

    def _mention_starts(self) -> dict[str, list[int]]:
        if getattr(self, "_starts_of", None) is None:
            self._starts_of = {pid: sorted(a for a, _ in spans) for pid, spans in self.mentions_of.items()}
        return self._starts_of

    def _role_index(self) -> dict[str, set]:
        """Every stated role, and each of its parts up to or from a space, -> the people with it: the
        matches of a description (the role, or one it begins or ends) looked up, not scanned per claim."""
        if getattr(self, "_roles_by_part", None) is None:
            index: dict[str, set] = {}
            for role, ent in self.roles:
                index.setdefault(role, set()).add(ent)
                for i, ch in enumerate(role):
                    if ch == " ":
                        index.setdefault(role[:i], set()).add(ent)
                        index.setdefault(role[i + 1:], set()).add(ent)
            self._roles_by_part = index
        return self._roles_by_part

    def _described_subject(self, head, depth: int = 0):
        """"The man who ..." with a relative clause: the named person the sentence before is about, as
        a writer varies a name by what the person did rather than by a pronoun. Sentences with no
        subject (a heading's byline, "Analysis by ...") are passed over, and a "the man who ..." subject
        there is the same person again ("The man who suggested ... The man who received ...")."""
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        if det != "the" or head.lemma_.lower() not in words("described_people") \
                or not any(c.dep_ in ("relcl", "acl") for c in head.children):
            return None
        sent = head.sent
        for _ in range(3):  # a heading and a byline line at most between the name and the description
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            if not sent.text.strip():
                continue
            first = next((t for t in sent if not t.is_space), None)
            if first is not None and sent.text.rstrip()[-1:] not in ".!?\"”’:":
                # a heading line ("Hale leaves rivals reeling") is about the person it opens with,
                # however the parser reads its clipped grammar
                ent = self.entity_at(first.idx, first.idx + len(first.text))
                if ent is not None and ent[1] == "person":
                    return ent
                continue
            subjects = [t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")]
            for tok in subjects:
                ent = self._entity(tok) if tok.pos_ == "PROPN" else None
                if ent is None and tok.pos_ == "PROPN":
                    ent = self.by_name.get(tok.lower_)
                if ent is None and tok.pos_ == "NOUN" and depth < 3:
                    ent = self._described_subject(tok, depth + 1)
                if ent is not None and ent[1] == "person":
                    return ent
            if subjects:
                return None  # the sentence before is about something else: the description is not placed
        return None

    def _role_goes_on(self, head, span):
        """"Roe said ... The top diplomat also said ...": a definite description of a person's role
        ("the U.N. chief", "the presumptive nominee") that no stated role matches is the one person the
        sentence before has speak or act (a speaker, a verb's subject, a linked "she"), as a writer varies
        a name; not an office another person named before is stated to hold ("the president" after
        "President Doe"), nor a description of the other sex or another country, nor an interviewer."""
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        if det != "the" or head.tag_ != "NN" or not head.is_lower or self._in_quote(head.idx) \
                or not (is_person_noun(head.text, suffix=False) or _role_by_form(head)) \
                or any(c.dep_ in ("relcl", "acl", "appos", "prep", "conj") for c in head.children) \
                or any(t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or t.lower_ in self.by_name) for t in head.subtree):
            # ("the Cole strategist" is not Cole, nor whoever spoke before)
            return None
        prev = None if head.sent.start == 0 else self.doc[head.sent.start - 1].sent
        while prev is not None and not prev.text.strip():
            prev = None if prev.start == 0 else self.doc[prev.start - 1].sent
        own = self.doc[head.sent.start:head.left_edge.i]
        if prev is None or any(self._person_token(t) for t in own):
            return None  # ("Doe met Roe. Later the senator said": no one named between is passed over)
        # who the sentence before has speak or act: a resolved speaker, or the subject of a verb that is
        # no copula ("Sayida Zeinab is holy to ..." names a place the who-is-who may take for a person)
        acting = {e for t in prev if (e := (self.said_by[t.i].entity if t.i in self.said_by else
                                            self._subject_person(t) or self._linked_pronoun(t)
                                            if t.dep_ == "nsubj" and t.head.pos_ == "VERB" else None)) is not None
                  and e[1] == "person"}
        ent = acting.pop() if len(acting) == 1 else None
        if ent is None or self._other_office(ent, head) or self._elsewhere(ent, head, span) \
                or head.lower_ in words("asker_nouns"):
            return None
        title = head.lower_
        # (a holder the description's country places elsewhere does not block: "the US president"
        # after "South Korea's President Moon")
        if any(title in r.lower().split() for r, e in self.raw_roles if e != ent
               and self.first_named.get(e[0], 0) < span[0] and not self._elsewhere(e, head, span)) \
                and not any(title in r.lower().split() for r, e in self.raw_roles if e == ent):
            return None
        told = pairs("gendered_nouns").get(title)
        return None if told and self.gender(ent[0]) not in ("", told) else ent

    def _linked_pronoun(self, tok):
        """The person the who-is-who links a "he" or "she" outside quotes to, else None."""
        if tok.lower_ not in ("he", "she") or self._in_quote(tok.idx) or self.own_words.holds(tok.idx):
            return None
        return self._linked(tok)

    def _subject_person(self, tok):
        """The person a subject names, itself or in apposition ("his Defence Secretary Jim Roe"), else None."""
        return next((e for c in (tok, *(c for c in tok.children if c.dep_ == "appos"))
                     if (e := self._person_token(c)) is not None), None)

    def _person_token(self, tok):
        """The person a capitalised word outside quotes and anyone's words names, else None."""
        if tok is None or tok.pos_ != "PROPN" or self._in_quote(tok.idx) or self.own_words.holds(tok.idx):
            return None
        ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
        return ent if ent is not None and ent[1] == "person" else None

    def _same_office(self, head, span):
        """The person a definite description of an office denotes ("the spokesman" for the person
        stated to be press secretary): the one whose role is of the same class, with no place in
        the description that the role contradicts, the most recently mentioned before it winning."""
        doc = self.doc
        # a hyphenated office the tokenizer split ("vice - president") is one word, whichever piece
        # the parser made the head: the word runs on while its pieces are joined by a hyphen
        last = head
        while last.i + 1 < len(doc) and not last.whitespace_ and "-" in (last.text, doc[last.i + 1].text):
            last = doc[last.i + 1]
        first = min(head.left_edge.idx, span[0]) if span[0] <= head.idx else head.left_edge.idx
        opening = doc.char_span(first, first + 1, alignment_mode="expand")
        det = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss")), None)
        if det is None and opening is not None and opening[0].dep_ == "det" and opening[0].i < head.i:
            det = opening[0].lower_  # "The US vice - president": the article hangs from another piece
        # a bare singular noun is a headline's "the" dropped ("WH spokesman: …", "Spokesman says …")
        if det != "the" and not (det is None and head.tag_ == "NN" and head.is_lower):
            return None
        cls = office_classes(spelled(doc.text[first:last.idx + len(last.text)]), tail=True)
        if not cls:
            return None
        desc = doc.text[first:head.idx]
        places = places_in(desc) | {t.lower_ for t in head.subtree if t.i < head.i and t.ent_type_ in ("GPE", "NORP")}
        found = {}
        # a head of government is only "the leader" across offices: "the president" is no prime minister
        title = spelled(doc.text[head.idx:last.idx + len(last.text)]).lower()
        distinct = "leader" in cls and title != "leader"
        # "the leader of the US House of Representatives": the body the office is of must be the role's
        body = {t.lower_ for c in last.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
                if t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP")}
        # "the U.N. secretary-general": the one whose role spells out the short form ("United Nations ...")
        short = [t.lower_ for t in head.subtree if t.i < head.i and t.lower_.replace(".", "") in pairs("abbreviations")]
        for role, ent in self.raw_roles:
            if not cls & office_classes(role) or body and not body & set(role.lower().split()):
                continue
            if distinct and title not in role.lower():
                continue
            # "the New York lawmaker" is not the "Ohio senator", nor "the US leader" the "Russian President"
            # (nor "South Korea's President Moon", placed by the words before his name)
            stated = places_in(role)
            if places and stated and not places & stated or other_country(countries_of(places), self._placed(ent)):
                continue
            found[ent] = max(found.get(ent, 0), 2 if places & stated or any(abbreviates(w, role.lower()) for w in short) else 1)
        if not found:
            return None
        best = max(found.values())
        found = [e for e, v in found.items() if v == best]
        if len(found) == 1:
            return found[0]
        before = {e: self._last_mention_before(e[0], span[0]) for e in found}
        ranked = sorted(found, key=lambda e: before[e], reverse=True)
        if before[ranked[0]] < 0:
            return None  # two people could be meant and neither is named yet: keep the cue's words
        return ranked[0]


def roles_of(people) -> list[tuple[str, tuple]]:
    """(role words without a leading article, lower case; person) for each stated role."""
    out = []
    for p in people:
        for role in getattr(p, "roles", ()):
            words_ = re.findall(r"[\w'’-]+", _straight(role.lower()))
            if words_ and words_[0] in ("a", "an", "the"):
                words_ = words_[1:]
            if words_:
                out.append((" ".join(words_), (p.id, "person", p.name)))
    return out


def _straight(text: str) -> str:
    """A curly apostrophe as a straight one: "Trump’s lawyer" is the role "Trump's lawyer"."""
    return text.replace("’", "'")


def _role_by_form(head) -> bool:
    """An unlisted role noun by its form: one of a person's calling ("the musician", "the cellist"), or
    one held before ("the former wicketkeeper"); not a thing in -er ("the newspaper", "the flier")."""
    low = head.lower_
    if not is_person_noun(low):
        return False
    return low.endswith(("ist", "ian")) or any(c.dep_ == "amod" and c.lower_ in PAST for c in head.children)
