"""A reported clause the parser joined to its cue as a second verb: "They estimated by 2050, demand
would rise by half" (read as "estimated ... and would rise") and "The survey found crop yields fell
by a tenth" (read as "found crop yields" and "fell", the clause's subject taken for the object);
a pledge joined to a deed: "The chief closed the port and threatened to arrest any captain"; and the
speaker's next report the parser joined to the clause said: "Roe said X and added that Y"."""

from __future__ import annotations

from ..rules import words


def next_report(comp) -> set[int]:
    """The tokens of a cue with no subject of its own the parser joined to a reported clause, with the
    "and" before it: "Roe said the port would reopen and added that the fees would stay" reports two
    things, and the first clause ends before "and added" (the second cue is a claim of its own, with a
    clause of its own: "and questioned the idea" stays). When the clause said has a person for its
    subject, the second cue may be theirs: nothing is cut."""
    doc = comp.doc
    said = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if said is not None and (said.pos_ == "PROPN" or said.lower_ in words("person_nouns")):
        return set()  # "TV said Roe called the station and claimed Z": Roe's claim, inside the one reported
    for c in comp.children:
        if c.dep_ == "conj" and c.i > comp.i and c.tag_ in ("VBD", "VBZ") \
                and c.lemma_.lower() in words("reporting_verbs") \
                and not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children) \
                and any(s.dep_ in ("ccomp", "xcomp") for s in c.children):  # ("and questioned the idea": kept)
            first = c.left_edge.i
            if doc[first - 1].dep_ == "cc":
                first -= 1
            return set(range(first, comp.right_edge.i + 1))
    return set()


def pledged(tok) -> bool:
    """A verb of pledging or threatening with its own to-infinitive ("and vowed to rebuild it"): its
    content is that plan, not the sentence around a cue set off inside it."""
    if tok.lemma_.lower() not in words("pledge_verbs") or not any(
            c.dep_ == "xcomp" and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children):
        return False
    # someone who can pledge: "the move deepens tension and threatens to plunge the region" is a risk
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) if tok.dep_ == "conj" else None
    return subj is None or subj.pos_ in ("PRON", "PROPN") or subj.lower_ in (
        words("person_nouns") | words("organization_nouns") | words("anonymous_nouns"))


def coordinated_clause(tok):
    """(clause verb, raised subject or None) for a cue whose reported clause the parser coordinated with
    it, else (None, None). No "and" or "but" may join the two: "She said hello and left" is two deeds."""
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX")), None)
    if conj is None or any(c.dep_ in ("cc", "preconj") and tok.i < c.i < conj.i for c in tok.children):
        return None, None
    finite = conj.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children)
    if not finite:
        return None, None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and c.i < conj.i for c in conj.children):
        return conj, None
    # the clause's subject read as the cue's object, before the second verb with no comma between
    # ("found yields by 2050 fell", not "said hello, walked away")
    obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < conj.i), None)
    if obj is None or any(t.is_punct for t in tok.doc[obj.i:conj.i]):
        return None, None
    return conj, obj
