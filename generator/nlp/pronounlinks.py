"""Which person a he/she pronoun refers to (read by references.py, which writes the links onto the Doc).

The nearest compatible name is too naive on news: "Sen. Tom Vidal accused Rep. Karl Ebert of lying.
He said ..." is Vidal, the subject who goes on, not Ebert, the man he accused. So a pronoun takes,
in order: the subject of the reported or joined clause above it; the owner of the same thing
("Ebert asked for Ivers's resignation. His resignation came ..."); in a later sentence, the main
subject of the nearest sentence naming a candidate; else the nearest candidate, unless that is only
the owner of what the subject beside it acts on ("Vidal attacked Ebert's claim, and he ..."). A person named only inside quoted words is no
candidate for a pronoun outside them, and a person whose gender is stated otherwise never is.
"""

from __future__ import annotations

from .nounsex import names_the_relative
from .refprofile import Person
from .rules import pairs, words

WINDOW = 3  # sentences back a pronoun may reach for its person: further is a guess
REFLEXIVE = {"himself", "herself"}
POSSESSIVE = {"his", "her", "hers"}
QUOTE_MARKS = {'"', "“", "”", "``", "''"}
SUBJECTS = ("nsubj", "nsubjpass")
QUOTER_REACH = (30, 10)  # tokens before and after a quote where its "he said" or "Ruiz told" stands


def quoted_tokens(doc) -> frozenset[int]:
    """The indexes of the tokens inside quotation marks (a paragraph break closes an open quote)."""
    inside, out = False, set()
    for t in doc:
        if t.is_space and "\n" in t.text:
            inside = False
            continue
        if t.text in QUOTE_MARKS or t.tag_ in ("``", "''"):
            inside = t.text in ("“", "``") or t.text not in ("”", "''") and not inside
            continue
        if inside:
            out.add(t.i)
    return frozenset(out)


def match_pronoun(sents: list, tok, gender: str, persons: list[Person], seen: dict[int, int],
                  last: dict[int, int], last_out: dict[int, int], quoted: frozenset[int]) -> int | None:
    """The person a pronoun refers to, within a few sentences, whose gender is its own or unknown;
    last / last_out: person index -> their last token before the pronoun (outside quotes for last_out)."""
    matrix = _matrix_subject(tok, seen)
    if matrix is not None and persons[matrix].gender in ("", gender):
        return matrix
    here = _sentence_index(sents, tok.i)
    opener = next((c for c in sents[here].root.children if c.dep_ in SUBJECTS), None)
    if _unnamed_subject(sents[here], gender, seen, persons, tok) or tok.dep_ in SUBJECTS and here and opener is not None \
            and opener.lower_ == tok.lower_ and _unnamed_subject(sents[here - 1], gender, seen, persons):
        return None  # "The widow of a soldier said the minister made her cry. She said …": the unnamed widow
    if tok.dep_ in SUBJECTS and here and tok.i == sents[here].start and _unnamed_last(sents[here - 1], gender, seen):
        return None  # "They had been helping a man who had collapsed. He later died": the unnamed man
    lo = sents[max(0, here - WINDOW)].start
    bound = bound_persons(tok, seen) if tok.lower_ not in REFLEXIVE and tok.lower_ not in POSSESSIVE else set()
    # a person named only inside someone's quoted words is not who a pronoun outside them refers to
    reach = last if tok.i in quoted else last_out
    quoters = _quoters(tok, seen, quoted) if tok.i in quoted else set()
    cands = {i: pos for i, pos in reach.items() if pos >= lo and persons[i].gender in ("", gender)
             and i not in bound and not own_appositive(tok, i, seen)}
    # "'I like the president,' he said. 'I like his …'": not the quoter (unless no one else is left,
    # when the link of that "he said" is the likelier mistake)
    cands = {i: pos for i, pos in cands.items() if i not in quoters} or cands
    doer, done_to = _participle_doer(tok, seen)
    if doer in cands:
        return doer
    cands = {i: pos for i, pos in cands.items() if i not in done_to}
    if not cands:
        return None
    if gender == "f" and any(persons[i].gender == "f" for i in cands):
        # "President Roe named Ann Vidal ... her audition": "she" is the woman named, not a person whose
        # gender the text never tells (in news, mostly a man named by surname and office alone)
        # (but "Rep. Sam Roe, a Democrat who served with her state's guard": the phrase of the name is hers)
        doc = tok.doc
        cands = {i: pos for i, pos in cands.items() if persons[i].gender == "f"
                 or doc[pos].left_edge.i <= tok.i <= doc[pos].right_edge.i}
    same = _owner_of_same_thing(tok, lo, cands, seen, quoted)
    if same is not None:
        return same
    near = sents[_sentence_index(sents, max(cands.values()))]
    if near.start < sents[here].start and tok.i not in quoted:
        # the nearest sentence naming a candidate is an earlier one: its subject goes on (not in quoted
        # words, where a "he" is someone the quoted speaker talks about, not the teller going on)
        subj = _main_subject(near, seen, quoted)
        if subj in cands:
            return subj
    nearest = max((pos, i) for i, pos in cands.items())
    # "He tried to explain the Roe administration's statements. '... he believes ...'": a name that only
    # qualifies a thing is not who a pronoun stands for while a person is named as such
    people = [(pos, i) for i, pos in cands.items() if not _qualifies_thing(tok.doc[pos])]
    if people and _qualifies_thing(tok.doc[nearest[0]]):
        nearest = max(people)
    if tok.i not in quoted:
        # "Vidal attacked Ebert's claim, and he ...": the owner of what the subject acts on is not who
        # goes on, the subject is (but "Ruiz doubted Vidal's claim that he paid" is Vidal's own claim)
        owned = _owned_object(tok.doc[nearest[0]], seen)
        if owned is not None and not (owned.left_edge.i <= tok.i <= owned.right_edge.i):
            verb = owned.head.head if owned.dep_ == "pobj" else owned.head
            # "Roe denied forgetting Vidal's name, saying he …": the subject of the verb a subjectless one hangs from
            while verb.dep_ in ("xcomp", "pcomp", "ccomp") and verb.head.i != verb.i \
                    and not any(c.dep_ in SUBJECTS for c in verb.children):
                verb = verb.head
            subj = next((seen[c.i] for c in verb.children if c.dep_ in SUBJECTS and c.i in seen), None)
            if subj in cands:
                return subj
    return nearest[1]


def _participle_doer(tok, seen: dict[int, int]) -> tuple[int | None, set[int]]:
    """ "Kimbo fired Ruvage, paving the way for his wife": a possessive before a kin noun in a subjectless
    participle clause is its doer's, the subject of the verb the clause hangs from (if named), never that
    verb's object; (doer, the persons the object names)."""
    if tok.lower_ not in POSSESSIVE or tok.head.lemma_.lower() not in words("kin_nouns"):
        return None, set()
    for a in tok.ancestors:
        # (not past a clause with a subject of its own: "Kim, who died and was succeeded by his son")
        if a.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS and not (c.left_edge.i <= tok.i <= c.right_edge.i)
                                             for c in a.children):
            break
        if a.tag_ == "VBG" and a.dep_ == "advcl" and not any(c.dep_ in SUBJECTS for c in a.children):
            verb = a.head
            done_to = {seen[t.i] for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree if t.i in seen}
            doer = next((seen[c.i] for c in verb.children if c.dep_ in SUBJECTS and c.i in seen), None)
            return doer, done_to
    return None, set()


def _unnamed_subject(sent, gender: str, seen: dict[int, int], persons: list[Person], tok=None) -> bool:
    """The subject of a clause over the pronoun (of the sentence's main clause when no pronoun is given)
    is an unnamed person of the pronoun's gender ("The widow of a soldier said …"), whom a "she" or "her"
    in it or just after it stands for; not one an appositive names ("The
    widow, Ana Ruiz, said"), unless that name is the relative's ("The widow of one of the soldiers, Sgt
    Tom Vidal")."""
    # (the subject of a verb of saying or of the main verb: a generic "a woman would serve" is no one)
    heads = [sent.root] if tok is None else [a for a in tok.ancestors if a.i >= sent.start and (
        a.i == sent.root.i or a.lemma_.lower() in words("reporting_verbs"))]
    return any(_unnamed(next((c for c in h.children if c.dep_ in SUBJECTS), None), gender, seen, persons, tok)
               for h in heads)


def _unnamed_last(sent, gender: str, seen: dict[int, int]) -> bool:
    """The sentence ends on someone new of the gender, told by a relative clause ("a man who had
    collapsed"), with no one named after them: whom a "he" opening the next sentence stands for."""
    last = next((t for t in reversed(sent) if t.pos_ == "NOUN" and t.dep_ not in SUBJECTS
                 and pairs("gendered_nouns").get(t.lower_) == gender), None)
    if last is None or not _someone_new(last) \
            or not any(c.dep_ == "relcl" for c in last.children):
        return False
    return not any(t.i in seen for t in sent if t.i > last.i)


def _someone_new(noun) -> bool:
    """ "a man", "an aide": a noun brought in with an indefinite article."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _unnamed(subj, gender: str, seen: dict[int, int], persons: list[Person], tok=None) -> bool:
    """One subject of _unnamed_subject: an unnamed person of the gender, told before the pronoun."""
    if subj is None or subj.pos_ != "NOUN" or subj.i in seen or pairs("gendered_nouns").get(subj.lower_) != gender:
        return False
    # someone new ("a young man"), or a relative ("the widow of …"); "the chairwoman" may be a named one's title
    if subj.lower_ not in words("kin_nouns") and not _someone_new(subj):
        return False
    # in its own sentence: a subject told before the pronoun, which is not a second subject of the same verb
    # ("A grocer's daughter, she rose …")
    if tok is not None and (subj.i > tok.i or tok.head.i == subj.head.i and tok.dep_ in SUBJECTS
                            or subj.left_edge.i <= tok.i <= subj.right_edge.i):
        return False
    text = subj.doc.text
    names = [t for t in subj.subtree if t.i in seen]
    return not names or names_the_relative(text[subj.left_edge.idx:names[0].idx], persons[seen[names[0].i]].entity.name)


def _qualifies_thing(tok) -> bool:
    """The last word of a name that modifies a common noun after it ("the Roe administration's
    statements", "in the Roe court filings"), not a person the sentence speaks of; but a thing that
    is the subject keeps its sentence about the person ("The Roe team was shocked by his win")."""
    if tok.dep_ != "compound" or tok.head.pos_ != "NOUN" or tok.head.i < tok.i:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.dep_ not in SUBJECTS


def _main_subject(sent, seen: dict[int, int], quoted) -> int | None:
    """The person who is the subject of a sentence's main verb (or of the last verb joined to it), else None."""
    verbs = [sent.root] + [c for c in sent.root.children if c.dep_ == "conj"]
    # ("Clapper said it was legal, but Udall said it was not. He added ...": the latest subject)
    subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECTS and c.i in seen and c.i not in quoted]
    return seen[max(subjects, key=lambda c: c.i).i] if subjects else None


def _quoters(tok, seen: dict[int, int], quoted) -> set[int]:
    """The persons a reporting verb next to the quote holding tok gives as its speaker: who speaks in
    quoted words calls themself "I", so a "he" there is someone else."""
    doc = tok.doc
    a = b = tok.i
    while a - 1 >= 0 and (a - 1 in quoted or doc[a - 1].is_space):
        a -= 1
    while b + 1 < len(doc) and (b + 1 in quoted or doc[b + 1].is_space):
        b += 1
    if a >= 2 and not (doc[a - 2].is_punct or doc[a - 2].is_space or doc[a - 2].text[-1] in ".,:;!?"):
        return set()  # 'Roe told them Doe "instructed him to lie"': a fragment in the teller's own sentence
    out = set()
    for t in list(doc[max(0, a - QUOTER_REACH[0]):a]) + list(doc[b + 1:b + 1 + QUOTER_REACH[1]]):
        if t.i not in quoted and t.dep_ in SUBJECTS and t.i in seen \
                and t.head.lemma_.lower() in words("reporting_verbs"):
            out.add(seen[t.i])
    return out


def _name_head(tok, seen: dict[int, int]):
    """The last word of the name a token is part of ("Tom" -> "Vidal" in "Tom Vidal")."""
    h = tok
    while h.head.i != h.i and h.dep_ in ("compound", "flat") and seen.get(h.head.i) == seen.get(tok.i):
        h = h.head
    return h


def _owned_object(tok, seen: dict[int, int]):
    """ "attacked Ebert's claim": the object a name owns ("claim"), else None."""
    h = _name_head(tok, seen)
    if h.pos_ == "PROPN" and h.dep_ == "poss" and h.head.dep_ in ("dobj", "pobj"):
        return h.head
    return None


def _owner_of_same_thing(tok, lo: int, cands: dict[int, int], seen: dict[int, int], quoted) -> int | None:
    """ "Ebert asked for Ivers's resignation. His resignation came ...": a possessive pronoun owning
    what a candidate's name owned just before is that candidate (the last such one)."""
    if tok.lower_ not in POSSESSIVE or tok.dep_ != "poss":
        return None
    thing = tok.head.lemma_.lower()
    for t in reversed(tok.doc[lo:tok.i]):
        if t.dep_ == "poss" and t.pos_ == "PROPN" and seen.get(t.i) in cands and t.head.lemma_.lower() == thing \
                and (tok.i in quoted or t.i not in quoted):
            return seen[t.i]
    return None


def _matrix_subject(tok, seen: dict[int, int]) -> int | None:
    """ "Ruiz argued that, despite Vidal's ruling, he believes …": a subject pronoun of a reported or
    joined clause is the person the clause above names as its subject, whoever was named in between."""
    if tok.dep_ not in SUBJECTS:
        return None
    h = tok.head
    # "Ruiz argued that …, he believes": the reporting clause parsed under the pronoun's own verb
    for c in h.children:
        if c.dep_ == "ccomp" and c.i < tok.i and c.lemma_.lower() in words("reporting_verbs"):
            subj = next((x for x in c.children if x.dep_ in SUBJECTS), None)
            if subj is not None and subj.i in seen and not _opens_quote(tok.doc, subj.i, tok.i):
                return seen[subj.i]
    # ("Roe praised Doe, even if he criticizes …": the main clause's subject goes on in a clause it governs
    # with a conjunction; not through a participle: "Doe thanked Roe, saying he had done well")
    while (h.dep_ in ("ccomp", "conj") or h.dep_ == "advcl" and any(c.dep_ == "mark" for c in h.children)) \
            and h.head.i != h.i:
        h = h.head
        subj = next((c for c in h.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            return seen.get(subj.i) if subj.i < tok.i and not _opens_quote(tok.doc, subj.i, tok.i) else None
    return None


def _opens_quote(doc, a: int, b: int) -> bool:
    """A quotation opens between tokens a and b: a "he" in someone's quoted words is not the quoter."""
    return any(t.text in QUOTE_MARKS or t.tag_ in ("``", "''") for t in doc[a + 1:b])


def own_appositive(tok, person: int, seen: dict[int, int]) -> bool:
    """ "Barack Obama, his predecessor": a possessive inside a name's appositive is someone else's."""
    h = tok.head
    while h.dep_ == "appos" and h.head.i != h.i:
        if seen.get(h.head.i) == person:
            return True
        h = h.head
    return False


def _sentence_index(sents: list, i: int) -> int:
    lo, hi = 0, len(sents) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sents[mid].start <= i:
            lo = mid
        else:
            hi = mid - 1
    return lo


def bound_persons(tok, seen: dict[int, int]) -> set[int]:
    """ "Ruiz praised him", "Ruiz thanked the senator": the persons named as a co-argument of the same
    verb, who are someone else (read once per phrase, not once per candidate person)."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "obj", "iobj", "nsubj", "nsubjpass", "pobj", "dative"):
        return set()
    if tok.dep_ == "pobj":
        verb = tok.head.head
    out: set[int] = set()
    for child in verb.children:
        if child.i == tok.i or child.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
            continue
        out.update(seen[t.i] for t in child.subtree if t.i < tok.i and t.i in seen)
        if tok.dep_ in SUBJECTS and child.dep_ in ("dobj", "dative") and child.i > tok.i and child.i in seen:
            # a subject's object named after it is someone else too ("the GOP president informed President
            # Ruiz"; not a name inside the object: "for the president to confront the ghost of Obama past")
            out.add(seen[child.i])
    if tok.dep_ != "nsubj" and tok.dep_ != "nsubjpass" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
            and not any(c.dep_ in SUBJECTS for c in verb.children):
        # "Vidal thanked Ebert for appointing him": the object of the verb the clause hangs from does it
        out.update(seen[t.i] for c in verb.head.head.children if c.dep_ in ("dobj", "dative") and c.i < tok.i
                   for t in c.subtree if t.i in seen)
    if tok.dep_ != "nsubj" and tok.dep_ != "nsubjpass":
        # "He recalled riding with him": the subject of the verb a subjectless clause hangs from, when
        # no object of that verb is who does it
        while verb.dep_ in ("xcomp", "pcomp") and verb.head.i != verb.i \
                and not any(c.dep_ in SUBJECTS for c in verb.children):
            verb = verb.head
            if any(c.dep_ in ("dobj", "dative", "prep") and c.i < tok.i for c in verb.children):
                break  # "called on the army to back him", "asked voters to give him": the object does it
            out.update(seen[c.i] for c in verb.children if c.dep_ in SUBJECTS and c.i < tok.i and c.i in seen)
    return out
