"""Questions and doubts a source holds without a verb of saying: "the senator has serious questions about the agency's
account", "had questions about whether Z", "pressed the director on his claim that Z", "prodded the lawyer to explain
why Z", "grilled (or asked) the nominee about her knowledge of Z", "in response to questions about his record", "the
senator is sceptical of the agency's claim that Z", "questions from lawmakers about whether Z" (stance: questions). Not
a question about a plan or a thing ("pressed the mayor on the budget"), nor a doubt inside another source's report
(the report's own rules take that).
"""

from __future__ import annotations

from ..rules import union, words
from . import doubts, questions
from .found import Found, span_of, trim
from .subjects import speaker_span, subject

PERSONAL = {"he", "she", "they", "we", "i"}
OWNERS = {"his", "her", "their"}  # (a matter "of its own" is an organisation's: "its" stays out, as a thing's)


def in_doc(doc) -> list[Found]:
    """The questions and doubts of the kinds above in a parsed document."""
    out = []
    for tok in doc:
        found = _has_questions(doc, tok) or _pressed(doc, tok) or _sceptical(doc, tok) or _questions_from(doc, tok) \
            or _among_asked(doc, tok) or _unconvinced_by_evidence(doc, tok) or _wants_answers(doc, tok) \
            or _answered(doc, tok) or _left_asking(doc, tok) or _owned_doubt(doc, tok)
        if found is not None:
            out.append(found)
    return out


def can_doubt(subj) -> bool:
    """A subject who can doubt: a name, a person, an office, an organisation or a personal pronoun."""
    return subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                 or subj.lower_ in PERSONAL
                                 or subj.lemma_.lower() in words("person_nouns") | words("titles") | words("anonymous_nouns"))


def _reported(tok) -> bool:
    """tok hangs inside another verb's clause (a report holding it: "X said she had questions about Z")."""
    return tok.dep_ not in ("ROOT", "conj") or any(a.dep_ not in ("ROOT", "conj") for a in tok.ancestors)


def _claimed(doc, noun):
    """The words of a claim noun's claim ("the claim that Z": Z), else the noun phrase; None for a noun of
    no claim."""
    if not {noun.lemma_.lower(), noun.lower_} & (words("claim_nouns") | words("questioned_aspects")):
        return None
    said = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if said is not None:
        return trim(doc.text, [t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)])
    return trim(doc.text, list(noun.subtree))


def asked_about(doc, head):
    """What a question put "about/over/on" is about: a whether- or wh-clause, or a claim noun's claim."""
    for o in about_objects(head, head.i):
        if asked_clause(o):
            return questions.content(doc, o)
        if o.dep_ == "pobj":
            return _claimed(doc, o)
    return None


def about_objects(head, after: int):
    """The words governed by the "about/over/on" phrases of `head` that stand after position `after`."""
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ in ("about", "over", "on") and p.i >= after:
            yield from p.children


def a_question(noun) -> bool:
    """A question noun that holds questions ("questions", "concerns"), not "no questions", "few doubts"."""
    return noun.lower_ in words("question_nouns") and not any(d.lower_ in ("no", "few") for d in noun.children)


def asked_clause(o) -> bool:
    """Whether what follows "about/over/on" is a whether- or wh-clause ("questions about whether Z")."""
    return o.dep_ == "pcomp" and any(t.lower_ in ("whether", "if") or t.tag_ in ("WRB", "WP", "WDT") for t in o.subtree)


def _found(doc, tok, subj, content) -> Found | None:
    if content is None or content[1] - content[0] < 8 or not can_doubt(subj):
        return None
    sent = tok.sent
    return Found(*content, speaker_span(subj, tok), (tok.idx, tok.idx + len(tok.text)), False,
                 (sent.start_char, sent.end_char), subj.i, stance="questions")


def _has_questions(doc, tok) -> Found | None:
    """"has serious questions about Z", "had questions about whether Z": the holder questions Z."""
    if tok.lemma_.lower() != "have" or _reported(tok) or any(c.dep_ == "neg" for c in tok.children):
        return None
    # ("has serious doubts about whether Z": doubts held as questions are)
    held = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in words("question_nouns") | words("doubting_words")
                 and not any(d.lower_ in ("no", "few", "little") for d in c.children)), None)
    if held is None:
        return None
    return _found(doc, tok, subject(tok), asked_about(doc, held) or asked_about(doc, tok))


def _pressed(doc, tok) -> Found | None:
    """"pressed the director on his claim that Z" (Z), "prodded the lawyer to explain why Z" (why Z)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in union("prodding_verbs", "pressing_verbs", "asking_verbs") \
            or _reported(tok) and not _pressed_by(tok) or any(c.dep_ == "neg" for c in tok.children):
        return None
    if lemma in words("prodding_verbs"):
        # ("pushed the nominee to explain why Z": the infinitive may be parsed as an adverbial clause)
        told = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > tok.i
                     and c.lemma_.lower() in words("accounting_verbs")), None)
        asked = next((c for c in told.children if c.dep_ == "ccomp" and c.i > told.i and any(
            t.lower_ in ("whether", "if") or t.tag_ in ("WRB", "WP", "WDT") for t in c.subtree if t.i < c.i)), None) if told else None
        if asked is not None:
            return _found(doc, tok, subject(tok), questions.content(doc, asked))
    if lemma in words("pressing_verbs") and questions.clause(tok) is None:
        # ("pressed the nominee about his views": the phrase the parser hung on the one pressed)
        held = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
        claimed = (_claimed(doc, o) or _own_matter(doc, o, held[1:]) for h in held for o in about_objects(h, 0) if o.dep_ == "pobj")
        content = next((c for c in claimed if c is not None), None)
        return _found(doc, tok, subject(tok), content)
    if lemma in words("asking_verbs") and questions.clause(tok) is None:
        # "will ask the nominee about her handling of Z", "asking tough questions of officials about their
        # actions": asked of someone, about a matter of theirs (the asking verbs' own rules take a clause)
        held = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        asked = [c for c in held[1:] if c.lower_ not in words("question_nouns")] + [
            o for h in held for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if asked:
            content = next((m for h in held for o in about_objects(h, 0) if o.dep_ == "pobj"
                            for m in [_own_matter(doc, o, asked)] if m is not None), None)
            return _found(doc, tok, subject(tok), content)
    return None


def _pressed_by(tok) -> bool:
    """"Roe endured a long hearing, challenged repeatedly by senators about his past positions": a participle
    set beside its clause with its agent (however tagged), which tells of the pressing itself (no one's report of it)."""
    return tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("advcl", "acl") and not any(a.dep_ == "ccomp" for a in tok.ancestors) \
        and any(c.dep_ == "agent" for c in tok.children)


def _own_matter(doc, noun, pressed) -> tuple[int, int] | None:
    """"grilled the nominee about his knowledge of the program", "challenged by senators about his past
    positions": a matter of the one pressed (a possessive pronoun or their own name before the noun) is
    put in question as theirs, whatever it is; not a thing of no one's ("pressed the mayor on the budget")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.pos_ != "NOUN":
        return None
    if not (owner.lower_ in OWNERS or any(owner.lower_ == p.lower_ and p.pos_ == "PROPN" for p in pressed)):
        return None
    return trim(doc.text, list(noun.subtree))


def _wants_answers(doc, tok) -> Found | None:
    """"demanded answers about how the funds were spent", "sought an explanation of why Z", "wants answers on
    whether Z": the one who wants to be answered asks the wh- or whether-clause (not "answers about the
    budget", a thing: no claim put in question)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words("answer_seeking_verbs") or _reported(tok) \
            or any(c.dep_ == "neg" for c in tok.children):
        return None
    held = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in words("answer_nouns")), None)
    if held is None:
        return None
    asked = next((o for h in (held, tok) for p in h.children if p.dep_ == "prep" and p.lower_ in ("about", "over", "on", "of", "for")
                  for o in p.children if asked_clause(o)), None)
    return _found(doc, tok, subject(tok), questions.content(doc, asked)) if asked is not None else None


def _sceptical(doc, tok) -> Found | None:
    """"The senator is sceptical of the agency's claim that Z", "was not convinced by the report": the
    holder doubts the claim, said in the writer's words (within a report, falsity.verdict_of takes it)."""
    if tok.lemma_ not in questions.COPULAS or _reported(tok):
        return None
    content = questions.doubted_claim(doc, (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)))
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return _found(doc, tok, subj, content)


def _answered(doc, tok) -> Found | None:
    """"Carney responded to a question about why Z", "In response to a question on whether Z, the mayor said",
    "answered Roe's questions about how Z": a question answered (data/answering_words: the noun the object of
    the answering verb or of "to" after it) puts the whether- or wh-clause it is about, or the claim or quality
    of one ("questions about his commitment to the alliance", not "a question about the budget"); its asker is the
    owner named ("Roe's question"), else no one shown (someone unnamed asked it, as "was asked whether Z"); a
    question left unanswered was put all the same ("did not respond to a question about why Z")."""
    if tok.pos_ != "NOUN" or tok.lower_ not in words("question_nouns") or any(
            p.dep_ == "prep" and p.lower_ == "from" for p in tok.children):
        return None  # ("questions from lawmakers about Z": _questions_from's)
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head if tok.dep_ == "dobj" else None
    if head is None or head.lemma_.lower() not in words("answering_words"):
        return None  # (answered or not, the question was put: "did not respond to a question about why Z")
    # (or a claim, or a quality of one: "repeated questions about his commitment to the alliance")
    content = asked_about(doc, tok)
    if content is None or content[1] - content[0] < 8:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON":
        return None  # "his question": inside a report, whose is the report's to tell
    sent = tok.sent
    speaker = span_of([t for t in owner.subtree if t.dep_ != "case"]) if owner is not None else None
    return Found(*content, speaker, (tok.idx, tok.idx + len(tok.text)), False, (sent.start_char, sent.end_char),
                 owner.i if owner is not None else None, stance="questions")


def _owned_doubt(doc, tok) -> Found | None:
    """"fuelling Pelosi's skepticism about what the plan actually is", "the mayor's doubts over whether Z", "Roe's
    questions about the claim that Z": a doubt or question noun owned by a name or a person (its "'s") is that
    owner's question of the whether- or wh-clause or the claim it is about (not of a plan or a thing:
    "Roe's doubts about the budget")."""
    # (in_doc asks `_answered` first: a question answered never reaches here)
    if tok.pos_ != "NOUN" or tok.lower_ not in union("doubting_words", "question_nouns"):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is None or owner.pos_ == "PRON" or not can_doubt(owner):
        return None  # ("his doubts": the page can't show whose without the resolver; left to the report around it)
    content = asked_about(doc, tok)
    if content is None or content[1] - content[0] < 8:
        return None
    sent = tok.sent
    return Found(*content, span_of([t for t in owner.subtree if t.dep_ != "case"]), (tok.idx, tok.idx + len(tok.text)),
                 False, (sent.start_char, sent.end_char), owner.i, stance="questions")


def _left_asking(doc, tok) -> Found | None:
    """"leaving some here wondering whether Z", "The delay left residents asking why Z": a verb of asking in
    its -ing form after a verb that leaves someone so (data/leaving_verbs) is the question of the one left
    (the leaving verb's object: people, or a quantity of them, "some", "many")."""
    if tok.tag_ != "VBG":
        return None
    # ("kept analysts asking why Z": the -ing form may hang on the one left)
    leaving = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "dobj" else tok.head \
        if tok.dep_ in ("advcl", "xcomp", "oprd", "ccomp") else None
    if leaving is None or leaving.lemma_.lower() not in words("leaving_verbs"):
        return None
    asked = questions.clause(tok)
    who = next((c for c in leaving.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if asked is None or who is None or not (can_doubt(who) or who.tag_ == "NNS" or who.lower_ in words("quantity_words")):
        return None
    content = questions.content(doc, asked)
    if content is None or content[1] - content[0] < 8:
        return None
    sent = tok.sent
    # the one left, with a place word after it ("some here"), not the question hung on it
    return Found(*content, span_of(list(doc[who.left_edge.i:tok.i])), (tok.idx, tok.idx + len(tok.text)), False,
                 (sent.start_char, sent.end_char), who.i, stance="questions")


def _questions_from(doc, tok) -> Found | None:
    """"faced questions from lawmakers about whether Z", "weeks of questions from residents over how Z":
    the source named after "from" puts the question."""
    if tok.pos_ != "NOUN" or tok.lower_ not in words("question_nouns"):
        return None
    who = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > tok.i
                for o in p.children if o.dep_ == "pobj"), None)
    if who is None:
        return None
    found = _found(doc, tok, who, asked_about(doc, tok) or asked_about(doc, who))
    if found is not None:
        # the source without what they ask about ("residents", not "residents over how Z")
        about = [p for p in who.children if p.dep_ == "prep" and p.lower_ in ("about", "over", "on")]
        found.speaker = span_of([t for t in who.subtree if not any(t == p or p in t.ancestors for p in about)])
    return found


def _among_asked(doc, tok) -> Found | None:
    """"How the council would pay for it is among the questions residents are asking": the askers named in
    the relative clause on the question noun question the wh- or whether-clause that is the subject."""
    if tok.lemma_ != "be":
        return None
    noun = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "among" for o in p.children
                 if o.dep_ == "pobj" and o.lower_ in words("question_nouns")), None)
    # the question: the subject before "is", or after it when "Among the questions ..." opens the sentence
    asked = next((c for c in tok.children if (c.dep_ == "csubj" and c.i < tok.i or noun is not None and noun.i < tok.i
                                               and c.dep_ in ("ccomp", "csubj", "attr") and c.i > tok.i) and (
        c.left_edge.tag_ in ("WRB", "WP", "WDT") or c.left_edge.lower_ == "whether")), None)
    # the askers' clause on the noun, or hung on "is" after it ("is among the questions fans are asking")
    verb = next((c for c in (*noun.children, *tok.children) if (c.dep_ == "relcl" and c.head.i == noun.i or c.dep_ == "ccomp"
                                                                 and c.i > noun.i) and c.lemma_.lower() in words("asking_verbs") | words("doubt_raising_verbs")), None) \
        if noun is not None else None
    if verb is None and noun is not None and tok.dep_ == "ccomp" and tok.head.i > noun.i \
            and tok.head.lemma_.lower() in words("asking_verbs"):
        verb = tok.head  # (the asking verb parsed as the sentence's root, "is among the questions" its clause)
    elif _reported(tok):
        return None
    if asked is None or verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not can_doubt(subj) and subj.tag_ != "NNS":
        return None  # (those who ask are people: "observers", "analysts")
    content = questions.content(doc, asked)
    if content is None or content[1] - content[0] < 8:
        return None
    sent = verb.sent
    return Found(*content, speaker_span(subj, verb), (verb.idx, verb.idx + len(verb.text)), False,
                 (sent.start_char, sent.end_char), subj.i, stance="questions")


def among_asked(doc, found: list[Found]) -> None:
    """"How Z is among the questions observers are asking", read by the cue rules as what the askers say
    (their claim "How Z is among the questions"): the askers question the wh-clause instead."""
    for f in found:
        span = doc.char_span(f.start, f.end, alignment_mode="contract") if f.stance == "asserts" and f.cue else None
        asked = next((a for a in (_among_asked(doc, t) for t in span or () if t.lemma_ == "be") if a is not None), None)
        if asked is not None and asked.cue == f.cue:
            f.start, f.end, f.stance = asked.start, asked.end, "questions"


def _unconvinced_by_evidence(doc, tok) -> Found | None:
    """"Senator Roe was unconvinced by the evidence of fraud", "The paper reports that Roe was sceptical of the
    evidence": the one named doubts the evidence (data/evidence_nouns), a doubt of their own even when a
    report tells of it. Not "was convinced by the evidence", nor a pronoun within a report (the reporter's
    own words)."""
    if tok.lower_ not in words("doubting_words") or any(c.dep_ == "neg" for c in tok.children):
        return None
    clause = tok if tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) \
        else tok.head if tok.dep_ == "acomp" and tok.head.lemma_ == "be" else None
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or _reported(clause) and (subj.pos_ == "PRON" or clause.dep_ != "ccomp"
                                              or clause.head.lemma_.lower() not in words("reporting_verbs")):
        return None
    evidence = next((o for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "of", "about")
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in words("evidence_nouns")), None)
    return _found(doc, clause, subj, trim(doc.text, list(evidence.subtree))) if evidence is not None else None


def held_in_words(doc, content) -> tuple[int, int] | None:
    """A question the source's own words say it holds: "We have serious questions about whether Z," X said;
    X said there were "serious questions" about why Z; "There are questions about the agency's account"
    (Z, "why Z", the account). Not "we have no questions", "there are few questions", nor questions
    about a plan or a thing ("questions about the budget"). The span of what is questioned, else None."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None
    root = span.root
    if any(c.dep_ == "neg" or c.dep_ == "cc" and c.lower_ == "but" and c.i > root.i or c.dep_ == "advmod" and c.lower_ == "also"
           for c in root.children):  # (a "but" opening the words joins them to what came before: '"..., but I have questions about Z"')
        return None  # "there are also questions about Z, but nobody expects W": others' questions listed
    doubt = own_doubt(doc, root)
    if doubt is not None:
        return doubt
    if root.lemma_ == "have":
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in PERSONAL:
            return None  # "the lapses have raised questions": a thing raising them is no one's doubt
        held = next((c for c in root.children if c.dep_ == "dobj"), None)
    elif root.lemma_ == "be" and any(c.dep_ == "expl" and c.lower_ == "there" for c in root.children) \
            and not any(c.dep_ == "aux" for c in root.children):
        # "there are serious questions about Z", the speaker's view; not "there have been questions
        # about Z", others' questions the speaker reports
        held = next((c for c in root.children if c.dep_ in ("attr", "nsubj")), None)
    elif root.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in root.children) \
            and any(e.dep_ == "expl" and e.lower_ == "there" for h in (root, *root.children) for e in h.children) \
            and not any(a.lemma_ == "have" for a in root.children):
        # "there are growing questions over whether Z", parsed as "are growing" with the questions its object
        held = next((c for c in root.children if c.dep_ == "dobj"), None)
    else:
        return None
    if held is None or not a_question(held):
        return None
    return asked_about(doc, held) or asked_about(doc, root)


def own_doubt(doc, root, subj=None) -> tuple[int, int] | None:
    """"I rather doubt the tax will hurt him," X said; X said he now questions whether Z; X said she wonders
    why Z: words whose verb is the source's own doubt or question (a verb of doubt or asking with a
    personal pronoun for its subject, or subj: catenated.through's) question what that verb takes. Its span, else None."""
    subj = subj or next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.pos_ != "VERB" or subj is None or subj.lower_ not in PERSONAL or any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return None  # ("I would doubt", "we could question": a condition, not a doubt held)
    asked = questions.clause(root)
    if asked is not None and (subj.lower_ != "they" or root.lemma_.lower() in words("doubt_verbs")):
        return questions.content(doc, asked)  # (not "X said they asked him whether Z": others may have asked)
    if root.lemma_.lower() not in words("doubt_verbs"):
        return None
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i
                 and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)), None)
    if said is not None and not _forecast(said):
        return trim(doc.text, [t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)])
    if said is not None:
        return None  # "he doubts this would happen": the source's own forecast, asserted as it stands
    thing = doubts.questioned_thing(root)
    return trim(doc.text, list(thing.subtree)) if thing is not None else None


def _forecast(clause) -> bool:
    """A clause about what will come ("this would happen", "the tax is going to hurt him", "they will win")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in clause.children) \
        or any(c.dep_ == "xcomp" and c.lower_ == "going" or c.lower_ == "going" and c.i == clause.i for c in (clause, *clause.children))
