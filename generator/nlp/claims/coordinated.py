"""A reported clause the parser joined to its cue as a second verb: "They estimated by 2050, demand
would rise by half" (read as "estimated ... and would rise") and "The survey found crop yields fell
by a tenth" (read as "found crop yields" and "fell", the clause's subject taken for the object);
a pledge joined to a deed: "The chief closed the port and threatened to arrest any captain"; and the
speaker's next report the parser joined to the clause said: "Roe said X and added that Y"."""

from __future__ import annotations

from ..rules import union, words


def next_report(comp) -> set[int]:
    """The tokens at the end of a reported clause that are another report, to be cut from it: a source noun
    the parser joined to the clause before a cue with no subject ("… and the joint statement said Y"); a
    second cue with a source noun of its own joined by "and" ("… and the city engineer said Y"); a clause of
    contrast with its own subject and cue ("…, while Y hailed it as Z"); a cue with no subject of its own
    joined with "and" ("Roe said the port would reopen and added that the fees would stay": the first
    clause ends before "and added"; "and questioned the idea" stays). Past those, when the clause said has a
    person for its subject, the second cue may be theirs: nothing is cut."""
    doc = comp.doc
    for t in comp.subtree:
        after = t.right_edge.i + 1
        stranded = stranded_subject(doc[after]) if after < len(doc) else None
        if stranded is not None and stranded.i == t.i:
            # "Roe said X would rise and the joint statement said Y": the second source's noun ends X
            return set(range(t.left_edge.i - 1, comp.right_edge.i + 1))
    other = _other_report(comp)
    if other is not None:
        return set(range(other, comp.right_edge.i + 1))
    own = next((c for c in comp.children if c.dep_ == "conj" and c.i > comp.i and c.tag_ in ("VBD", "VBZ")
                and c.lemma_.lower() in words("reporting_verbs") and _a_source_of_its_own(c)
                and any(s.dep_ == "ccomp" for s in c.children)), None)
    if own is not None:
        return set(range(own.left_edge.i - 1, comp.right_edge.i + 1))
    said = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if said is not None and (said.pos_ == "PROPN" or said.lower_ in words("person_nouns")):
        return set()  # "TV said Roe called the station and claimed Z": Roe's claim, inside the one reported
    for c in comp.children:
        if c.dep_ == "conj" and c.i > comp.i and c.tag_ in ("VBD", "VBZ") \
                and c.lemma_.lower() in words("reporting_verbs") \
                and not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children) \
                and (any(s.dep_ in ("ccomp", "xcomp") for s in c.children) or _that_after(c)):  # ("and questioned the idea": kept)
            first = c.left_edge.i
            if doc[first - 1].dep_ == "cc":
                first -= 1
            return set(range(first, comp.right_edge.i + 1))
    asked = _request_after(comp)
    if asked is not None:
        return set(range(asked, comp.right_edge.i + 1))
    return set()


def _that_after(verb) -> bool:
    """"but admitted to the BBC's Politics Live that Z": a that-clause the parser cut from its verb."""
    doc = verb.doc
    nxt = verb.right_edge.i + 1
    while nxt < min(len(doc) - 1, verb.right_edge.i + 3) and doc[nxt].text[:1].isupper():
        nxt += 1  # (the name's last word left out of it: "Politics Live")
    return any(c.dep_ == "prep" for c in verb.children) and nxt + 1 < len(doc) and doc[nxt].lower_ == "that"


def _other_report(comp) -> int | None:
    """Where ", while economists had expected 150,000" starts inside a reported clause: a clause of
    contrast (data/contrast_marks.txt) with a subject and a cue of its own is that subject's report,
    not more of what the first speaker says ("The bureau said jobs rose, while economists had expected
    a fall", "X, though he also acknowledged Y"). It must close the clause: nothing of it comes after."""
    doc = comp.doc
    for c in comp.subtree:
        if c.dep_ == "advcl" and c.i > comp.i and _closes(c, comp) \
                and c.lemma_.lower() in union("reporting_verbs", "request_verbs", "as_verbs") \
                and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children):
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in words("contrast_marks")), None)
            if mark is not None and mark.i >= 1 and doc[mark.i - 1].text == "," and mark.left_edge.i == mark.i:
                return mark.i - 1
    return None


def stranded_subject(verb):
    """The subject the parser left inside the clause before a cue of its own: in "Roe said the port
    would reopen and the joint statement said fees would fall", "the joint statement" is read as
    joined to a noun of the first clause by "and", and the second "said" has no subject. Only a
    reporting verb with no subject of its own, right after a noun joined by "and" or "but"."""
    if verb.tag_ not in ("VBD", "VBZ") or verb.lemma_.lower() not in words("reporting_verbs") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    while noun.dep_ != "conj" and noun.head.i > noun.i and noun.head.i < verb.i:
        noun = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != verb.i - 1:
        return None
    cc = next((c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.left_edge.i), None) \
        or next((c for c in noun.children if c.dep_ == "cc"), None)
    return noun if cc is not None and cc.lower_ in ("and", "but") and cc.i == noun.left_edge.i - 1 else None


def _a_source_of_its_own(verb) -> bool:
    """"... the dam would hold and the city engineer said the river would crest": a second cue with a
    source noun of its own for subject, joined by "and" or "but", is that source's report."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    cc = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return subj is not None and cc is not None and cc.dep_ == "cc" and cc.lower_ in ("and", "but") \
        and subj.pos_ == "NOUN" and subj.lemma_.lower() in union("person_nouns", "organization_nouns", "anonymous_nouns",
                                                                   "document_nouns")


def _closes(clause, comp) -> bool:
    """Nothing of `comp` comes after `clause` but punctuation (a closing quote the parser hung on comp)."""
    return all(t.is_punct or t.is_quote for t in comp.doc[clause.right_edge.i + 1:comp.right_edge.i + 1])


def _request_after(comp) -> int | None:
    """Where ", and called on Z to ..." starts inside a reported clause: a request verb with no subject
    of its own and a to-infinitive or "for", joined by a comma and "and" to the clause or to a noun in it
    ("said members back the claim that X, and called on Moscow to return"): the speaker's next report."""
    doc = comp.doc
    for c in comp.subtree:
        if c.dep_ == "conj" and c.i > comp.i and c.tag_ in ("VBD", "VBZ") and c.lemma_.lower() in words("request_verbs") \
                and c.i >= 2 and doc[c.i - 1].lower_ == "and" and doc[c.i - 2].text == "," \
                and not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children) \
                and any(s.dep_ in ("xcomp", "advcl", "ccomp") and any(a.lower_ == "to" for a in s.children)
                        or s.dep_ == "prep" and s.lower_ == "for" for s in c.children):  # (", and called for Z")
            return c.i - 2
    return None


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
