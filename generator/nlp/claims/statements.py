"""Claims carried by a noun of saying with a source: "the chief's recommendation that no charges be
brought", "his repeated assertion that the audit was rigged", "warnings from doctors that the
virus is spreading", "a ruling party declaration that the economy comes first", "her denial that she knew", "his question about whether the surge worked" (a
question), "she came to the conclusion that the fees were unfair". The that- (or whether-) clause is the
content, the possessor, the "from" phrase or the subject of the verb holding the noun the speaker.
"""

from __future__ import annotations

from ..rules import union, words
from . import questions
from .coordinated import next_report
from .denied import a_claim
from .found import Found, span_of, trim
from .subjects import speaker_span, subject


def of_noun(doc, tok, bounds) -> Found | None:
    """The claim a noun of saying carries, when it has both a that-clause and a source."""
    said = union("statement_nouns", "critique_nouns")
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in said and tok.lower_ not in said:
        return None
    clause = _that_clause(doc, tok)
    source = _source(tok)
    asked = _asked(tok) if tok.lemma_.lower() in ("question", "questioning") else None
    if asked is not None and source is not None and source.pos_ != "PRON":
        # (not "his question": inside a report the possessive is the reporter's, the resolver's nearest person is not)
        # "his question about whether the surge worked", "questions from reporters on whether Z": the question put
        content = questions.content(doc, asked)
        return Found(*content, span_of([t for t in source.subtree if t.dep_ != "case"]), (tok.idx, tok.idx + len(tok.text)),
                     False, bounds, source.i, stance="questions") if content is not None else None
    if tok.lemma_.lower() in ("question", "questioning"):
        return None  # "the question that divides them": no claim
    if clause is None and tok.lemma_.lower() in words("denial_nouns"):
        # "Putin's denials of any meddling": what is denied is named after "of"
        clause = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj" and (tok.lemma_.lower() == "denial" or a_claim(o))), None)  # not "rejection of a plan"
    holder = _holder(tok) if source is None else None
    if clause is None or source is None and holder is None:
        return None
    # (", and called on Z to ...": the source's next report, not more of what it claims)
    cut = next_report(clause)
    content = trim(doc.text, [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i) and t.i not in cut])
    if content is None or content[1] - content[0] < 8:
        return None
    if holder is not None:
        subj, verb = holder
        return Found(*content, speaker_span(subj, verb), (verb.idx, tok.idx + len(tok.text)), False, bounds, subj.i,
                     stance="denies" if tok.lemma_.lower() in words("denial_nouns") else "asserts")
    speaker = [t for t in source.subtree if t.dep_ != "case"]
    if source.dep_ == "compound":
        # "a ruling party declaration": the words before the noun, less its article
        speaker = [t for t in source.doc[tok.left_edge.i:tok.i] if t.dep_ not in ("det", "poss", "predet")
                   and t.lower_ not in ("a", "an", "the")]
    return Found(*content, span_of(speaker), (tok.idx, tok.idx + len(tok.text)), False, bounds, source.i,
                 stance="denies" if tok.lemma_.lower() in words("denial_nouns") else "asserts")


def _holder(tok):
    """(subject, verb) of a verb that takes the noun as its subject's own: "Roe came to the conclusion
    that Z", "the union repeated its warning that Z" (data/holding_verbs.txt); None when negated
    ("never reached the conclusion that Z" says the opposite) or the subject is a relative word."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "to" and verb.dep_ == "prep":
        verb = verb.head  # "came to the conclusion"
    elif tok.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in words("holding_verbs") or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in verb.children):
        return None
    subj = subject(verb)  # (also of a coordinated verb: "Roe knew him, and came to the conclusion that Z")
    if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("it", "that", "which"):
        return None
    return subj, verb


def _asked(tok):
    """The whether/if clause a noun of asking puts after "about", "on", "over" or "of", else None."""
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("about", "on", "over", "of")
                 for o in p.children if o.dep_ == "pcomp" and questions.clause_marked(o)), None)


def _that_clause(doc, tok):
    """The that-clause of the noun, or the one the parser hung elsewhere right after it
    ("doubled down on his assertion that ..." parsed onto "doubled")."""
    own = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if own is not None:
        return own
    after = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    for t in (nxt, after, _past_phrases(doc, tok.right_edge.i + 1)):
        if t is not None and t.lower_ == "that" and t.dep_ == "mark" and t.head.i > t.i:
            return t.head
    return None


def _past_phrases(doc, i: int, most: int = 2):
    """The token after up to `most` prepositional phrases the parser hung elsewhere, right after the noun
    ("the union's accusation on Tuesday that Z", "insistence by officials that Z"), else None."""
    start = i
    for _ in range(most):
        if i >= len(doc) or doc[i].dep_ != "prep" or doc[i].right_edge.i < i:
            break
        i = doc[i].right_edge.i + 1
    return doc[i] if start < i < len(doc) else None


def _source(tok):
    """Whose statement it is: a possessor ("Cole's", "his"), a body or name before the noun ("a ruling
    party declaration"), a party or people named by its adjective ("Republican criticism") or a "from" or "by" phrase ("warnings from doctors", "insistence by officials")."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")), None)
    if poss is not None:
        return poss
    named = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and (
        c.pos_ == "PROPN" or c.lower_ in words("organization_nouns") | words("person_nouns"))), None)
    if named is not None:
        return named  # "a ruling party declaration that Z", "a White House warning that Z"
    party = next((c for c in tok.children if c.dep_ == "amod" and c.i < tok.i and c.ent_type_ == "NORP"), None)
    if party is not None:
        return party  # "Republican criticism that Z", "Russian claims that Z": the party or people named
    # ("insistence by officials that Z": the "by" phrase of the noun's maker, also when the parser hung
    # it elsewhere right after the noun)
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    phrases = [*(p for p in tok.children if p.dep_ == "prep"), *([nxt] if nxt is not None and nxt.dep_ == "prep" else [])]
    # (a "by" phrase names a source only when it is one: "claims by others that Z" names nobody)
    return next((o for p in phrases if p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj" and (
        p.lower_ == "from" or o.pos_ == "PROPN" or o.lemma_.lower() in union("person_nouns", "organization_nouns",
                                                                            "anonymous_nouns"))), None)
