"""Verbs of saying that report nothing in their sentence: a participle of raising doubt after a deed ("Roe
closed the plant, raising questions about ..."), "it was telling that ...", "if confirmed by the Senate",
an open verdict ("will determine whether") and a reduced passive ("the man believed to be the driver"); a verb that
reports only for evidence, said of a name ("The White House has shown little appetite for ...")."""

from __future__ import annotations

from ..rules import union, words
from .openverdicts import open_verdict
from .reducedpassives import reduced_passive
from .subjects import subject_can_speak


def reports_nothing(tok) -> bool:
    """Whether the verb, whatever the parser made of it, reports no one's words."""
    return conditional_participle(tok) or adjectival_participle(tok) or event_raises(tok) or open_verdict(tok) \
        or reduced_passive(tok) or idiom_particle(tok) or finds_oneself(tok) or said_by_no_one(tok)


def said_by_no_one(tok) -> bool:
    """"almost nobody believes the party can win 13 seats", "No one expects the plan to pass": a verb whose
    subject is no one reports a belief no one holds; its clause is no one's claim (shown unattributed,
    it would state what the sentence denies)."""
    no_one = words("no_one_words")
    return any(c.dep_ == "nsubj" and (c.lower_ in no_one or c.lower_ in ("one", "body") and any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children) or c.lower_ == "one" and c.i > 0
        and c.doc[c.i - 1].lower_ == "no") for c in tok.children)


def finds_oneself(tok) -> bool:
    """"Roe finds himself besieged with advice", "found herself unable to sleep": a verb of finding
    whose object, or the subject of its small clause, is the finder's own reflexive pronoun tells what
    befell the subject, not anything found."""
    if tok.lemma_.lower() not in words("finding_verbs"):
        return False
    held = [c for c in tok.children if c.dep_ == "dobj"]
    held += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd") for g in c.children if g.dep_ == "nsubj"]
    return any(t.tag_ == "PRP" and t.lower_.endswith(("self", "selves")) for t in held)


def idiom_particle(tok) -> bool:
    """"sometimes they add up to more than the sum": a verb of saying with a particle that makes it a
    verb of another meaning (`data/idiom_particles`) reports nothing."""
    return any(c.dep_ in ("prt", "advmod", "prep") and f"{tok.lemma_.lower()} {c.lower_}" in words("idiom_particles")
               and c.i == tok.i + 1 for c in tok.children)


def event_raises(tok) -> bool:
    """"Roe closed the plant, raising questions about the town's future": a participle of raising doubt
    after a deed (no verb of saying) tells what the deed raised, not a question its doer put."""
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.lemma_.lower() in words("doubt_raising_verbs") \
        and tok.head.i < tok.i and tok.head.lemma_.lower() not in union("reporting_verbs", "quote_verbs", "talking_verbs")


def adjectival_participle(tok) -> bool:
    """"it was telling that ...", "it is revealing that ...": a participle after "it" and "be", with
    no one told, judges the clause; it reports nothing ("it was telling reporters that" does)."""
    return tok.tag_ == "VBG" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children) \
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children) \
        and not any(c.dep_ in ("dobj", "dative", "iobj") for c in tok.children)


def conditional_participle(tok) -> bool:
    """"if confirmed by the Senate", "once approved by the board": a bare passive participle under a
    word of condition reports nothing its agent said."""
    return tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and any(
        c.dep_ == "mark" and c.lower_ in words("condition_marks") for c in tok.children)


IMPERSONAL = frozenset({"it", "this", "that", "which", "what", "these", "those"})


def no_evidence(tok, subj) -> bool:
    """"The White House has shown little appetite for ...": a verb that reports only for evidence
    (`evidence_only_verbs`), said of a name, a person, a body or "they", tells what it did."""
    if tok.lemma_.lower() not in words("evidence_only_verbs") or subj.head.i != tok.i:
        # a subject borrowed from the verb it is joined to is often a misread noun ("insisting on
        # Sunday shows that Z" made "shows" a verb of the sentence's subject): left as it was
        return False
    # a capitalised common noun opening the sentence ("Footage showed ...") is no name
    name = subj.pos_ == "PROPN" and (bool(subj.ent_type_) or subj.i != subj.sent.start or subj.left_edge.i != subj.i)
    return (name or subj.pos_ != "PROPN" and subject_can_speak(subj)) and subj.lower_ not in IMPERSONAL
