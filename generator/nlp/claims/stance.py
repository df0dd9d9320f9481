"""What a source does with what it says: asserts it, denies it ("denied that X", "there was no
collusion", "said the allegations were false", "X, denied by Y", "said that was not true") or
questions it; and cues it is said not to have made.

Reader convention: `denies` only when the source says a specific claim is false (one stated
earlier or by someone else); a negative sentence in the source's own words ("there had been no
reason to ...") is asserted as it stands.
"""

from __future__ import annotations

from ..rules import words
from . import questions
from .accusedcharge import accused_start, accusing
from .denied import (
    a_claim,
    bare_disagreement,
    called_false,
    dash_before,
    denied_noun,
    denied_object,
    denied_thing,
    dismissed_as,
    dismissed_as_false,
    stray_subject,
)
from .denied import phrasal_denial as phrasal_denial  # re-exported: cues.py asks stance for it
from .discourse import GROUP_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS
from .doubts import doubt_cast, doubted_thing, questioned_thing
from .falsity import called_wrong, false_word, nothing_of
from .falsity import verdict_of as verdict_of  # re-exported: cues.py asks stance for it
from .found import Found, trim
from .openings import refer_back as refer_back  # re-exported: claims/__init__ asks stance for it
from .owndoubts import cue_of
from .owndoubts import own_doubts as own_doubts  # re-exported: claims/__init__ asks stance for it
from .pointing import ANAPHORS as ANAPHORS  # re-exported: cues.py asks stance for it
from .toldremarks import remarks_told
from .unsaid import negated as negated  # re-exported: cues.py asks stance for it
from .unsaid import negative


def prompt_subject(tok):
    """"X was quick to deny that Z", "Y has been careful to note that Z": who says it is the subject of
    "be" before an adjective of promptness (data/prompt_adjectives) whose to-infinitive the cue is; "In
    denying any role, X said ...": the subject of the verb a denial's prepositional phrase hangs from
    (data/denial_preps); "X declined to comment other than to say that Z": the subject of the verb the
    saying is the exception to; else None."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.lemma_.lower() in words("denial_verbs") \
            and tok.head.lower_ in words("denial_preps") and tok.head.head.pos_ in ("VERB", "AUX") and not negative(tok):
        return next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None) or stray_subject(tok)
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "than"), None)
    if tok.dep_ == "advcl" and mark is not None and mark.i > 0 and tok.doc[mark.i - 1].lower_ == "other" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "declined to comment other than to say that Z": who declined says Z
        return next((c for a in (tok.head, *tok.head.ancestors) for c in a.children if c.dep_ == "nsubj"), None)
    adj = tok.head
    if tok.dep_ != "xcomp" or adj.i == tok.i or adj.dep_ != "acomp" or adj.lower_ not in words("prompt_adjectives") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or negative(adj.head) or negative(adj):
        return None  # "was not quick to deny it": no denial made
    return next((c for c in adj.head.children if c.dep_ == "nsubj"), None)


def rejects_a_thing(doc, tok) -> bool:
    """"rejected the deal", "denied him entry", "those who deny our right to exist", "rejected what it
    called threats": a verb of denial whose object is a plan, a right or a person, not a claim. It
    denies no claim, and says nothing."""
    if tok.lemma_.lower() not in words("denial_verbs") or phrasal_denial(tok) or own_content(doc, tok) is not None:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is not None and any(c.dep_ == "ccomp" and c.i > obj.i for c in tok.children):
        return False  # "denied its players had taken bribes": the clause's subject parsed as the object
    if obj is not None:
        return obj.lower_ not in ANAPHORS and obj.tag_ != "VBG"
    named = next((c for c in tok.children if c.dep_ in ("ccomp", "dobj") and c.i > tok.i
                  and c.left_edge.lower_ == "what" and c.lemma_.lower() in words("calling_verbs")), None)
    if named is None:
        return False
    # "rejected what it called threats": the thing is what it is called
    called = [c for c in named.children if c.dep_ in ("oprd", "xcomp", "dobj", "attr") and c.lower_ != "what"]
    return not any(denied_noun(tok, c) or false_word(c) for c in called)


def stance_of(tok) -> str:
    """What the source does with the content: deny it, question it, or (by default) assert it."""
    lemma = tok.lemma_.lower()
    if lemma in words("denial_verbs") or called_false(tok) is not None or phrasal_denial(tok) \
            or _no_evidence(tok.doc, tok) is not None or called_wrong(tok.doc, tok) is not None:
        return "denies"
    if lemma in words("doubt_verbs") or questions.clause(tok) is not None or questions.inquiry(tok) or doubt_cast(tok) is not None or any(
            c.dep_ == "dobj" and c.lower_ in words("doubting_words") for c in tok.children):  # "expressed doubt that"
        return "questions"
    return "asserts"


def own_content(doc, tok) -> tuple[int, int] | None:
    """The content a verb takes in its own way, else None: the question it puts ("asked whether Z"),
    the claim it is said to deny ("Z, denied by Y", "Z has been denied by Y"), the point of a
    disagreement ("disagreed with Y over whether Z")."""
    asked = questions.clause(tok) or questions.inquired(tok)  # ("is investigating whether Z": Z)
    if asked is not None:
        return questions.content(doc, asked)
    lemma = tok.lemma_.lower()
    if phrasal_denial(tok):
        return denied_object(doc, tok)
    if _no_evidence(doc, tok) is not None:
        return _no_evidence(doc, tok)
    if called_wrong(doc, tok) is not None:
        return called_wrong(doc, tok)  # "called it absurd to suggest that Z": Z
    for thing in (called_false(tok), doubt_cast(tok), questioned_thing(tok), doubted_thing(tok)):
        if thing is None:
            continue
        if thing.dep_ == "pcomp" and questions.clause_marked(thing):
            return questions.content(doc, thing)  # "raised the question of whether Z": Z
        said = next((c for c in thing.children if c.dep_ in ("acl", "ccomp") and thing.lemma_.lower() in words("claim_nouns")
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if said is not None:
            # "cast doubt on claims that Z": Z
            return trim(doc.text, [t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)])
        if (told := remarks_told(tok, thing)) is not None:
            return told  # "dismissed remarks by Roe - who had said Z - as stupid": Z
        # "called the statement about the gas lies": a phrase right after the thing, before what it is
        # called, is the thing's, wherever the parser hung it
        about = [t for p in tok.children if p.dep_ == "prep" and p.i == thing.right_edge.i + 1 and p.lower_ in ("about", "on", "over")
                 and any(c.dep_ in ("oprd", "xcomp") and c.i > p.right_edge.i for c in tok.children) for t in p.subtree]
        return trim(doc.text, [t for t in (*thing.subtree, *about) if t.i not in dismissed_as(tok, thing)])
    if lemma not in words("denial_verbs"):
        return None
    dismissed = dismissed_as_false(doc, tok)
    if dismissed is not None:
        return dismissed
    after = doc[tok.i + 1] if tok.i + 2 < len(doc) else None
    if after is not None and after.lower_ in ("that", "this") and doc[tok.i + 2].is_punct and doc[tok.i + 2].text != "-" \
            and after.head.i != tok.i + 2:
        # "disputes that, saying Z": a "that" the comma ends points back, whatever the parser hung it from
        return after.idx, after.idx + len(after.text)
    marked = next((c for c in tok.children if c.dep_ in ("ccomp", "relcl") and c.i > tok.i
                   and c.left_edge.i == tok.i + 1 and c.left_edge.lower_ == "that"), None)
    if marked is not None:
        # "Holt disputes that he has engaged in any wrongdoing": the clause right after the verb is
        # denied, even when the parser hangs it from the verb as a relative clause
        pointer = _pointer_verdict(marked)
        if pointer is not None:
            return pointer.idx, pointer.idx + len(pointer.text)  # "denied that this was the case": refer_back finds what
        return trim(doc.text, [t for t in marked.subtree if t.i != marked.left_edge.i and t.i not in _said_besides(marked)]
                    + _backshifted(tok, marked))
    plain = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if plain is not None and _said_besides(plain):
        # "denied the payments were gifts, instead calling them ...": the clause's subject parsed as the object
        raised = [t for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < plain.i
                  and not any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in plain.children) for t in c.subtree]
        return trim(doc.text, raised + [t for t in plain.subtree if t.i not in _said_besides(plain)
                                        and not (t.dep_ == "mark" and t.head.i == plain.i)])
    claim = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.lemma_.lower() in words("claim_nouns")), None)
    told = next((c for c in tok.children if c.dep_ == "ccomp" and claim is not None and c.left_edge.i == claim.right_edge.i + 1
                 and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)), None)
    if told is not None:
        # "denies claims it interfered in the vote": the clause after the claim noun, with no "that",
        # hung from the verb, is what the claims say
        return trim(doc.text, list(told.subtree))
    # "the finding that Z"; "claims it sold the pier", a clause with its own subject and no "that"
    clause = next((c for c in claim.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or c.dep_ == "ccomp" and c.left_edge.i == claim.i + 1
        and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)), None) if claim is not None else None
    if clause is not None:
        # "contested the finding that its product was unsafe": what the finding says is denied
        return trim(doc.text, [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)])
    pointer = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.lower_ in ANAPHORS), None)
    if pointer is not None:
        return pointer.idx, pointer.idx + len(pointer.text)  # "denied this": refer_back finds what
    # ("Roe denies paying Z" with the subject read as a compound of the verb: the gerund hung on as "acl")
    gerund = next((c for c in tok.children if (c.dep_ in ("xcomp", "dobj") or c.dep_ == "acl" and c.i == tok.i + 1) and c.i > tok.i and (
        c.tag_ == "VBG" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("having", "being") for a in c.children))), None)
    if gerund is not None and sum(not t.is_space for t in gerund.subtree) > 1:
        return trim(doc.text, list(gerund.subtree))  # "denied having met the banker" (not a bare "denies meddling")
    named = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1
                  and c.left_edge.tag_ == "VBG" and c.left_edge.dep_ in ("compound", "amod")), None)
    if named is not None:
        return trim(doc.text, list(named.subtree))  # "denied mistreating Warmbier", the gerund parsed onto the name
    summed = _summed_up(doc, tok) or _which_denied(doc, tok)
    if summed is not None:
        return summed
    if any(c.dep_ == "agent" for c in tok.children):
        # only a claim is denied ("the alleged bribery", "her account"), not a plan or an offer rejected
        if tok.dep_ == "acl":
            # "the alleged bribery, denied by the company,", "inquiries into the alleged fraud, denied
            # by the firm,": the claim named before the participle, without it
            held = [tok.head] + [o for p in tok.head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            claim = next((n for n in held if a_claim(n)), None)
            if claim is not None:
                cut = set(range(tok.left_edge.i, tok.right_edge.i + 1))
                return trim(doc.text, [t for t in claim.subtree if t.i not in cut and t.i < tok.left_edge.i])
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and a_claim(subj):
            return trim(doc.text, list(subj.subtree))
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "on")):
        point = next((c for c in prep.children if c.dep_ == "pcomp" and questions.clause_marked(c)), None)
        if point is not None:
            return questions.content(doc, point)
    if bare_disagreement(tok):
        return tok.idx, tok.idx + len(tok.text)  # "His lawyer disagreed": pointing.refer_back finds with what
    return denied_thing(doc, tok)


def _backshifted(tok, clause) -> list:
    """"denied that Fox had inside knowledge and was colluding with Roe": a verb the parser joined to the
    denial, with no subject, that is still in the denied clause's reported tense (past progressive or past
    perfect after a past denial: "was colluding", "had lied"); its words, else []."""
    if tok.tag_ != "VBD":
        return []
    for c in tok.children:
        if c.dep_ == "conj" and c.i > clause.right_edge.i and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) \
                and c.lemma_.lower() not in words("reporting_verbs") | words("denial_verbs") \
                and any(a.dep_ == "aux" and (a.lower_ in ("was", "were") and c.tag_ == "VBG" or a.lower_ == "had")
                        for a in c.children):
            return list(c.subtree)
    return []


def _no_evidence(doc, tok):
    """"Investigators found no evidence that Z": a finding of no evidence denies Z (never a finding of Z);
    the span of Z, else None."""
    if tok.lemma_.lower() not in words("evidence_verbs") or tok.pos_ != "VERB":
        return None
    return nothing_of(doc, (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)))


def _pointer_verdict(clause):
    """"(denied that) this was the case", "it was true", "that was so": a clause only pointing back to a
    claim made before; its pointing word, else None."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause.lemma_ != "be" or subj is None or subj.lower_ not in ANAPHORS or any(c.dep_ == "neg" for c in clause.children):
        return None
    said = [c for c in clause.children if c.dep_ in ("acomp", "attr", "advmod")]
    if len(said) == 1 and (said[0].lower_ in ("true", "accurate", "correct", "so") or said[0].lower_ == "case" and any(
            d.dep_ == "det" and d.lower_ == "the" for d in said[0].children)) and said[0].right_edge.i + 1 >= clause.right_edge.i:
        return subj
    return None


def _which_denied(doc, tok):
    """"accusing him of massive tax fraud, which he denies", "allegations of bribery, which the firm
    denies": a charge named before a relative clause set off by a comma, denied in passing; the charge's
    words (a claim, a deed of data/denied_deeds, or what someone is accused of)."""
    which = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("which", "that")), None)
    noun = tok.head
    charge = _charge_before(tok, which)
    if charge is not None:
        # "accused the builder John Roe of tax fraud, which he denies", the clause parsed onto the verb or the name:
        # the accuser's claim ("the builder John Roe of tax fraud"), which the denial shares (accused_start)
        return trim(doc.text, [t for t in doc[accused_start(charge):which.i - 1]])
    if tok.dep_ != "relcl" or which is None or which.i < 1 or doc[which.i - 1].text != "," or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and a_claim(noun.head.head):
        noun = noun.head.head  # "allegations of bribery, which ...": the allegations
    if noun.dep_ == "dobj" and noun.head.dep_ == "pcomp" and accusing(noun.head.head):
        noun = noun.head  # "accusing him of rigging the vote, which he denies": the deed charged, not its object
    charged = noun.dep_ in ("pobj", "pcomp") and accusing(noun.head)
    # "auditors will examine payments to his brother, which he denies": the matter looked into (data/inquiry_verbs)
    examined = next((a for a in (noun, *noun.ancestors) if a.dep_ == "dobj"), None)
    if not (charged or a_claim(noun) or noun.lemma_.lower() in words("denied_deeds")):
        if examined is None or examined.head.lemma_.lower() not in words("inquiry_verbs"):
            return None
        noun = examined
    start = accused_start(noun) if charged else noun.left_edge.i
    return trim(doc.text, [t for t in doc[start:which.i - 1]])


def _charge_before(tok, which):
    """"accused the builder John Roe of tax fraud, which he denies": the charge ("tax fraud") when the
    relative clause was parsed onto the verb of accusing or onto the one accused, not the charge; else None."""
    if which is None or which.i < 1 or which.doc[which.i - 1].text != ",":
        return None
    head = tok.head
    if tok.dep_ == "relcl" and head.dep_ == "appos" and head.head.dep_ == "dobj":
        head = head.head  # "the builder John Roe": the name beside the object
    verb = head if tok.dep_ == "advcl" else head.head if tok.dep_ == "relcl" and head.dep_ == "dobj" else None
    if verb is None or verb.i > tok.i or verb.lemma_.lower() not in words("accuse_verbs"):
        return None
    held = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    held += [a for h in held[1:] for a in h.children if a.dep_ == "appos"]
    return next((o for h in held for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i < which.i
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.right_edge.i < which.i), None)


def _said_besides(clause) -> set[int]:
    """"denied that its forces shot the plane down and suggested a fault": a verb of saying joined to
    the denied clause with no subject of its own is the denier's next statement, not part of what is
    denied (it makes its own claim). The indexes of its words and of the "and" before it."""
    out: set[int] = set()
    for c in clause.children:
        if c.dep_ == "conj" and c.lemma_.lower() in words("reporting_verbs") \
                and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children):
            out |= {t.i for t in c.subtree}
            out |= {d.i for d in clause.children if d.dep_ == "cc" and d.i < c.i}
        elif c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.i > clause.i and c.left_edge.i > 0 \
                and c.doc[c.left_edge.i - 1].text == "," \
                and c.lemma_.lower() in words("reporting_verbs") | words("calling_verbs") \
                and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) and not any(t.is_quote for t in c.subtree):
            # "denied the payments were bribes, instead calling them a loan": the denier's own words (left in
            # when they quote, since a quoted phrase left alone is joined to the next sentence's cue)
            out |= {t.i for t in c.subtree} | {c.left_edge.i - 1}
    return out


def _summed_up(doc, tok):
    """"Moscow tried to sway the vote, something denied by Russia", "the firm hid its losses, a charge
    the firm denies", "... - an accusation it denies": a word summing up the clause before it, denied in
    passing; that clause."""
    noun = tok.head
    # ", claims Roe has denied": a bare plural the parser took for a verb with the denial as its clause
    misread = tok.dep_ == "ccomp" and noun.pos_ == "VERB" and noun.lower_ in words("claim_nouns")
    comma = dash_before(noun) or (noun.i - 1 if misread else noun.left_edge.i - 1)  # (" - claims he denied", see there)
    if tok.dep_ not in ("acl", "relcl") and not misread or noun.i >= tok.i or comma < 0 \
            or doc[comma].text not in (",", "-", "--", "—", "–") \
            or not {noun.lemma_.lower(), noun.lower_} & (words("summary_nouns") | words("claim_nouns")):
        return None
    looked_into = _looked_into(doc, comma)
    if looked_into is not None:
        return looked_into
    host = noun.head
    if host.i == noun.i:
        # "Riyadh charges Tehran with Z, charges Iran denies": the misread noun heads the sentence, the clause before it hung on it
        host = next((c for c in noun.children if c.dep_ == "ccomp" and c.i < noun.i), None)
        if host is None:
            return None
    while host.head.i != host.i and (host.pos_ not in ("VERB", "AUX") or host.tag_ == "VBG" and host.dep_ == "pcomp"):
        # "the firm hid its losses, a charge ...": the apposition hangs from "losses"; "was accused of
        # fanning the unrest by paying rioters - an accusation ...": from the participles under "accused"
        host = host.head
    while host.dep_ == "conj" and host.head.i < host.i:
        host = host.head  # "X had lied and cheated, a claim X denied": the whole coordination
    while host.dep_ == "xcomp" and host.head.i < host.i and host.head.pos_ in ("VERB", "AUX") \
            and host.head.lemma_.lower() not in words("reporting_verbs") | words("calling_verbs"):
        host = host.head  # "Moscow tried to sway the vote, a claim ...": the clause with its subject, not "to sway"
    said = next((c for c in host.children if c.dep_ == "ccomp" and c.i < noun.i), None)
    clause = said if said is not None else host
    before = [t for t in clause.subtree if t.i < comma]
    # ("accused by X last month of Z", "accused by X of Z": the "of" hung on the time phrase, on the agent's noun)
    charge = next((o for h in (host, *(c for c in host.children if c.dep_ in ("dobj", "nsubjpass", "npadvmod")),
                               *(c for a in host.children if a.dep_ == "agent" for c in a.children))
                   for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "with") and p.i < noun.i
                   for o in p.children if o.dep_ in ("pobj", "pcomp")), None) \
        if said is None and host.lemma_.lower() in words("accuse_verbs") else None
    if charge is not None:
        # "X accused Y of smuggling arms, a charge Y denies": the accuser's claim ("Y of smuggling arms"), which
        # the denial shares; "Y was accused of smuggling arms, a charge it denies": the charge
        accused = next((c for c in host.children if c.dep_ == "dobj" and c.i < charge.i), None)
        start = accused.left_edge.i if accused is not None else charge.left_edge.i
        return trim(doc.text, [t for t in doc[start:comma]])
    if said is None and host.lemma_.lower() in (words("calling_verbs") | words("reporting_verbs")) - words("accuse_verbs"):
        # "Protesters call the bill illegal - a claim the party denies": what they call it, not that they do
        before = [t for t in before if t.i > host.i]
    return trim(doc.text, before) if before and clause.i < noun.i else None


def _looked_into(doc, comma: int):
    """"Police are investigating possible fraud by the firm, claims its owner denies": the object of a verb
    of looking into a matter (data/inquiry_verbs) that ends at the comma is what is denied."""
    verb = next((a for a in (doc[comma - 1], *doc[comma - 1].ancestors) if a.lemma_.lower() in words("inquiry_verbs")
                 and a.pos_ == "VERB"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < comma), None) if verb is not None else None
    if obj is None or obj.left_edge.i < verb.i:
        return None
    return trim(doc.text, list(doc[obj.left_edge.i:comma]))  # "by the firm" too, wherever the parser hung it


def accused_deniers(doc, found: list[Found]) -> None:
    """"The council was accused by the auditors of hiding losses, an allegation it denied", "accusing him
    of fraud, which he denies": the pronoun denying an accusation in passing stands for the one accused
    (the passive's subject, the active's object), never the accuser; the denial's speaker becomes that
    noun phrase (or the object pronoun, which the resolver reads as the one accused)."""
    for f in found:
        tok = cue_of(doc, f) if f.stance == "denies" and f.speaker is not None else None
        if tok is None or doc.text[f.speaker[0]:f.speaker[1]].lower() not in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS \
                or tok.dep_ not in ("acl", "relcl", "advcl") or _summed_up(doc, tok) is None and _which_denied(doc, tok) is None:
            continue
        # "X was accused of Z, an allegation it denied"; "accusing him of Z, which he denies" (Z's "of" hangs
        # from the verb); "X was accused of fanning the violence by ... - an accusation it denies"
        start = tok.head.head if _summed_up(doc, tok) is not None else tok.head  # (an advcl's head: the verb)
        host = next((a for a in (start, *start.ancestors) if a.lemma_.lower() in words("accuse_verbs")), None)
        if host is None:
            continue
        accused = next((c for c in host.children if c.dep_ == "nsubjpass" or c.dep_ == "dobj" and c.i > host.i), None)
        if accused is None:
            continue
        words_of = [t for t in accused.subtree if t.i <= accused.i]  # not an apposition hung after it ...
        name = next((a for a in accused.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                     and a.left_edge.i == accused.i + 1), None)  # ... unless it is the name right after: "the builder John Roe"
        last = name if name is not None else accused
        f.speaker, f.head_i = (words_of[0].idx, last.idx + len(last.text)), last.i


def same_words(found: list[Found]) -> None:
    """"dismissed Republican criticism that Z": the critics' claim carried by the noun and its denial are the
    same words Z; the claim ends where the denial does (the parser may hang Z's end on the denying verb)."""
    for f in (f for f in found if f.stance == "denies" and f.cue is not None):
        for g in found:
            if g.stance == "asserts" and g.start == f.start and g.end < f.end and g.sentence == f.sentence \
                    and g.cue is not None and f.cue[1] <= g.cue[0] < g.start:
                g.end = f.end
