"""Doubts cast on a claim: "cast doubt on the account", "called the figures into question",
"expressed skepticism about reports that Z", "questioned the timing of the audit". The claim put in
doubt is questioned (stance: questions).
"""

from __future__ import annotations

from ..rules import union, words
from . import questions


def doubt_cast(tok):
    """"cast doubt on the account", "raised questions about the timing", "raised the question of whether Z",
    "renewed the line of questioning about whether Z", "called the figures into question": what is put in doubt."""
    if any(a.lemma_.lower() in words("reporting_verbs") for a in _said_within(tok)) and not _a_source(tok) \
            and not (tok.dep_ == "advcl" and tok.tag_ == "VBG"):
        # ("Casting doubt on the account, Roe said Z": a participle beside the verb of saying is the
        # sayer's own act, no part of the words)
        # "X said the lapses raise questions about Y": X's words, not the lapses' doubt; "X reported that
        # the minister had raised questions about Y" is the minister's doubt, told by X
        return None
    for phrase in words("doubt_idioms"):
        # "called the figures into question", "called into question the accuracy of the report"
        verb, prep, noun = phrase.split()
        if tok.lemma_.lower() == verb and any(p.dep_ == "prep" and p.lower_ == prep and any(
                o.dep_ == "pobj" and o.lower_ == noun for o in p.children) for p in tok.children):
            return next((c for c in tok.children if c.dep_ in ("dobj", "oprd") and c.lower_ != noun), None)
    if tok.lemma_.lower() not in words("doubt_raising_verbs"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("doubt", "question", "questioning")), None)
    line = next((o for c in tok.children if c.dep_ == "dobj" and c.lower_ == "line" for p in c.children
                 if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.lower_ == "questioning"), None)
    if obj is None and line is None:
        return None
    # "renewed the line of questioning about whether Z": the question hangs from "questioning" or "line"
    holders = (tok, obj) if obj is not None else (tok, line.head.head, line)
    return next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over", "of")
                 and not (h.lower_ == "line" and p.lower_ == "of")
                 for o in p.children if o.dep_ in ("pobj", "pcomp")), None)


def doubted_thing(tok):
    """"expressed skepticism about reports that Z", "voiced doubts over the claim", "voiced skepticism that Z":
    the claim doubted."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in words("doubting_words")), None)
    if obj is None or obj.lower_ in words("belief_attitudes"):
        return None
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.i == obj.i + 1
                   and c.left_edge.lower_ == "that" and any(d.dep_ == "nsubj" and d.i > c.left_edge.i for d in c.children)), None)
    if clause is not None:
        return clause  # "voiced skepticism that the truce would hold", its "that" read as a relative pronoun or not
    asked = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("about", "over", "on") for o in p.children
                  if o.dep_ == "pcomp" and questions.clause_marked(o)), None)
    if asked is not None:
        return asked  # "voiced doubts over whether Z"
    return next((o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("about", "over", "of", "on")
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in words("claim_nouns")), None)


def questioned_thing(tok):
    """"questioned the timing of the audit", "questioned the law's legality", "questioned the claims": a claim or an aspect of a thing
    put in doubt (not a person questioned: "questioned the driver")."""
    if tok.lemma_.lower() != "question":
        return None
    # "question that claim": the noun the parser may take for a clause after "that"
    obj = next((c for c in tok.children if (c.dep_ == "dobj" or c.dep_ == "ccomp" and c.pos_ == "NOUN") and c.i > tok.i), None)
    if obj is None and any(c.dep_ == "agent" for c in tok.children):
        # "The accuracy of the count was questioned by the mayor": the passive's subject is put in doubt
        obj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if obj is None or obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in ("PERSON", "NORP", "ORG") \
            or obj.lemma_.lower() in words("person_nouns") | words("anonymous_nouns"):
        return _asked_on(tok) if obj is not None else None
    aspect = any(p.dep_ == "prep" and (p.lower_ == "of" or p.lower_ == "for" and obj.lower_ in words(
        "questioned_aspects")) for p in obj.children)  # "questioned the need for a stadium"
    if aspect or {obj.lemma_.lower(), obj.lower_} & union("claim_nouns", "document_nouns", "questioned_matters"):
        return obj  # "the figures", "the information in the draft", "his nomination"
    # "questioned the agency's integrity and its assessment that Z": the claim joined to the first object
    joined = next((c for c in obj.children if c.dep_ == "conj" and c.lemma_.lower() in words("claim_nouns")), None)
    if joined is None and any(c.dep_ in ("poss", "compound") for c in obj.children) and obj.lower_ in words("questioned_aspects"):
        # "the law's constitutionality", "the spending justification" (data/questioned_aspects; not "the mayor's driver")
        return obj
    if joined is None and any(c.dep_ in ("poss", "compound", "amod") for c in obj.children) and a_quality(obj):
        return obj  # "the governor's toughness", "British naval capabilities"
    return joined


def a_quality(noun) -> bool:
    """A noun naming a quality or standing by its ending (data/quality_endings: "toughness", "capability",
    "leadership"), not a thing, a place or a group ending so (data/quality_ending_exceptions), nor a name."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and lemma not in words("quality_ending_exceptions") \
        and any(lemma.endswith(e) and len(lemma) > len(e) + 3 for e in words("quality_endings"))


def _asked_on(tok):
    """"questioned her on her knowledge of the payments", "questioned Roe about his role in the deal": a person
    questioned on a quality, a role or a claim of theirs (data/questioned_aspects, claim_nouns, denied_deeds)
    puts that in question; not a witness questioned about an event ("questioned the driver about the crash")."""
    topics = words("questioned_aspects") | words("claim_nouns") | words("denied_deeds")
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "about") and p.i > tok.i
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in topics), None)


def _a_source(tok) -> bool:
    """The subject of a verb of doubt names someone who can doubt: a name, a person, an office, an
    organisation or a personal pronoun ("the minister", "Roe", "she"), not a thing ("the lapses")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                 or subj.lower_ in ("he", "she", "they", "we", "i")
                                 or subj.lemma_.lower() in words("person_nouns") | words("titles") | words("anonymous_nouns"))


def _said_within(tok):
    """The verbs whose words tok may be part of: its ancestors, up to a clause joined with a subject of its
    own ("Roe said Z but other leaders cast doubt on this claim": the leaders' doubt, not Roe's words)."""
    out, t = [], tok
    while t.head.i != t.i:
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break
        t = t.head
        out.append(t)
    return out
