"""What a verb of denial takes as the claim it denies: its object ("denied the allegations",
"dismissed concerns about the audit"), a phrasal verb's object ("pushed back on the idea that Z"),
the thing called false ("called the report fake news", "dismissed the book as fiction"); and whether
a noun names a claim at all (not a plan or a right turned down).
"""

from __future__ import annotations

from ..rules import words
from .falsity import scorned
from .found import trim
from .pointing import ANAPHORS


def denied_thing(doc, tok):
    """"denied the allegations", "contested the counsel's claims", "rejected some of the claims",
    "dismissed concerns about the audit", "denied any knowledge of the scheme": the claim, worry or
    deed named as the object, without what it is dismissed as ("dismissed the claims as lies")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or not denied_noun(tok, obj) and not (obj.lower_ in words("quantity_words") and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and denied_noun(tok, o) for o in p.children)
            for p in obj.children)):
        return None
    after = obj.right_edge.i + 1
    if after < len(doc) and doc[after].text == ":":
        return None  # "The club denied the allegations:" introduces the words that follow
    when = {t.i for c in obj.children if c.dep_ == "npadvmod" or c.ent_type_ in ("DATE", "TIME") and c.i > obj.i
            for t in c.subtree}  # "denied responsibility the next day": when, not what
    stray = stray_subject(tok)
    # ("denied the claims, which she called a smear": a relative clause set off by a comma is the denier's
    # own word on the claims, not what they say)
    aside = {t.i for c in obj.children if c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
             for t in (doc[c.left_edge.i - 1], *c.subtree)}
    kept = [t for t in obj.subtree if t.i not in dismissed_as(tok, obj) | when | aside
            and (stray is None or t.i < stray.left_edge.i - 1)]
    while kept and kept[-1].dep_ == "cc":
        kept.pop()  # "denies any wrongdoing but several inquiries ...": the "but" opens the next clause
    return trim(doc.text, kept)


def bare_disagreement(tok) -> bool:
    """"His lawyer disagreed", "Roe said he vehemently disagreed", "I disagree with that", "The judge
    disagreed, writing that Z": a verb of data/bare_denials with a subject and nothing it disagrees over
    or about (no object, no clause but a participle giving reasons, no negation; "with" only a word
    pointing back or a person). It denies the claim just made (pointing)."""
    if tok.lemma_.lower() not in words("bare_denials") or tok.pos_ != "VERB":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "conj" for c in subj.children):
        return False  # "Roe and Doe disagreed": with each other
    if any(c.dep_ in ("neg", "dobj", "ccomp", "xcomp", "advcl", "attr", "acomp") and not _reasons_given(c)
           for c in tok.children):
        return False
    return all(p.lower_ == "with" and all(o.lower_ in ANAPHORS or o.pos_ in ("PRON", "PROPN") for o in p.children)
               for p in tok.children if p.dep_ == "prep")


def _reasons_given(c) -> bool:
    """ "The judge disagreed, writing that Z": a participle of saying set off by a comma after the verb
    gives the reasons, its own claim; the disagreement still has nothing it disagrees over, and denies
    the claim just made."""
    doc = c.doc
    return (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > c.head.i and c.lemma_.lower() in words("reporting_verbs")
            and c.left_edge.i - 1 > c.head.i and doc[c.left_edge.i - 1].text == ",")


def disagrees(doc, f) -> bool:
    """"His lawyer disagreed" (the cue alone, its own content), "Roe said he vehemently disagreed": words that
    only disagree (bare_disagreement), with the claim made before them (pointing.refer_back finds which)."""
    if f.cue is not None and (f.start, f.end) == tuple(f.cue):
        return True
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    return span is not None and bare_disagreement(span.root) and all(t.i >= span.start or t.is_punct for t in span.root.subtree)


def one_disagreement(found: list) -> None:
    """'Roe said he "vehemently disagreed"', '"I disagree," Roe said': the bare verb inside words reported is
    the report's, which denies as it does (one denial, not two): the verb's own claim goes."""
    found[:] = [f for f in found if not (f.cue is not None and (f.start, f.end) == tuple(f.cue) and any(
        g is not f and g.start <= f.start and f.end <= g.end for g in found))]


def dash_before(noun) -> int | None:
    """"accused of taking bribes from a building firm - claims he denied": a spaced dash the parser read as a
    hyphen inside the noun phrase of a bare claim noun; its index (it sets the denial off, as a comma does),
    else None."""
    doc = noun.doc
    return next((t.i for t in doc[noun.left_edge.i + 1:noun.i] if t.text in ("-", "--", "—", "–") and t.whitespace_
                 and doc[t.i - 1].whitespace_ and t.i + 1 == noun.i), None)


def stray_subject(tok):
    """"In denying involvement in the attacks tracked by Acme, China's Foreign Ministry said ...": the
    main verb's subject the parser joined to the denied phrase (a conjunct after a comma, right before the
    verb the denial's preposition hangs from), when the verb has no subject of its own; else None."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in words("denial_preps"):
        return None
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < tok.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((t for t in tok.subtree if t.dep_ == "conj" and t.right_edge.i + 1 == verb.i and t.left_edge.i > 0
                 and t.doc[t.left_edge.i - 1].text == "," and t.pos_ in ("PROPN", "NOUN")), None)


def denied_noun(tok, noun) -> bool:
    """A noun a verb of denial can deny: a claim ("the allegations"), a worry waved away ("concerns
    about the audit"), or after "deny" and kin (data/deed_denial_verbs) a deed or knowledge ("any knowledge of the
    plan", "a cover-up", "disavowed any role")."""
    if noun.lower_ in words("questioned_aspects") and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                                                         for c in noun.children):
        return True  # "disputed the effectiveness of sending troops", "rejected the vote's legitimacy": that it has it
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.tag_ == "VBG" for o in p.children) for p in noun.children):
        return False  # "rebuffed his idea of buying the island": a proposal turned down, not a claim denied
    if entitlement(noun):
        return False
    if any(p.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") for o in p.children) for p in noun.children):
        return False  # "denied the existence of and insulted me": a phrase cut short by a coordination names nothing
    said = {noun.lemma_.lower(), noun.lower_}
    if noun.i >= 2 and noun.doc[noun.i - 1].text == "-" and not noun.doc[noun.i - 2].whitespace_:
        said.add(f"{noun.doc[noun.i - 2].lower_}-{noun.lower_}")  # "a cover-up", parsed as "cover", "-", "up"
    return bool(said & (words("claim_nouns") | words("worry_nouns"))) or (
        tok.lemma_.lower() in words("deed_denial_verbs") and bool(said & words("denied_deeds")))


def dismissed_as(tok, obj) -> set[int]:
    """"dismissed the allegations as lies": the "as" phrase says what the claim is taken for, not what it is."""
    preps = [p for p in (*tok.children, *obj.subtree) if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i]
    return {t.i for p in preps for t in p.subtree}


def phrasal_denial(tok) -> bool:
    """"pushed back on", "brushed aside", "shot down", "took issue with", "countered the charge": a phrasal
    verb of denial, with its particle, a verb and noun that deny together, or a verb that denies only a
    claim it takes as its object (data/object_denials; "countered that Z" argues Z)."""
    # every particle of the verb ("brush aside", "brush off"), not only its first line's
    particles = {rest for first, _, rest in (line.partition(" ") for line in words("phrasal_denials"))
                 if first == tok.lemma_.lower()}
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in particles or c.dep_ == "prep"
               and c.lower_ in particles and any(o.dep_ == "pobj" and (a_claim(o) or _claim_noun_misread(o.doc, tok, o))
                                                 for o in c.children)
               for c in tok.children) \
        or _idiom_prep(tok) is not None or tok.lemma_.lower() in words("object_denials") and any(
            c.dep_ == "dobj" and c.i > tok.i and a_claim(c) for c in tok.children)


def _idiom_prep(tok):
    """"took issue with", "took exception to", "issued denials of": the preposition of a verb-noun idiom of denial (data/idiom_denials),
    else None."""
    for phrase in words("idiom_denials"):
        verb, noun, prep = phrase.split()
        obj = next((c for c in tok.children if c.dep_ == "dobj" and noun in (c.lower_, c.lemma_.lower())), None) \
            if tok.lemma_.lower() == verb else None
        held = next((c for c in (*tok.children, *obj.children) if c.dep_ == "prep" and c.lower_ == prep
                     and c.i > obj.i), None) if obj is not None else None
        if held is not None:
            return held
    return None


def denied_object(doc, tok):
    """What a phrasal denial denies: the claim in its object ("pushed back on the idea that Z" -> Z)."""
    # what follows the verb ("X on Thursday pushed back against Y's claims": not "Thursday")
    idiom = _idiom_prep(tok)
    if idiom is not None:
        # "took issue with the claim that Z": the claim after the idiom's preposition, or one pointed back to
        objs = [o for o in idiom.children if o.dep_ == "pobj"]
        if objs and objs[0].lower_ in ANAPHORS:
            return objs[0].idx, objs[0].idx + len(objs[0].text)
    else:
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i] + [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "against", "at", "off", "over", "with") and p.i > tok.i
            for o in p.children if o.dep_ == "pobj"]
    if not objs:
        return None
    # ("disagreed on Sunday with Roe's assertion that Z": not a day or a time before the claim)
    obj = next((o for o in objs if o.ent_type_ not in ("DATE", "TIME")), objs[0])
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        # "a report that he lied", its "that" parsed as a relative pronoun though the clause has its own subject
        or c.dep_ == "relcl" and a_claim(obj) and c.left_edge.i == obj.i + 1 and c.left_edge.lower_ == "that"
        and any(d.dep_ == "nsubj" and d.i > c.left_edge.i for d in c.children)), None)
    misread = _claim_noun_misread(doc, tok, obj) if clause is None and not a_claim(obj) else None
    if misread is not None:
        # "scoffed at the US claims that Z": "claims" taken for a verb with "the US" as the object
        obj, clause = misread
    if clause is None and a_claim(obj):
        # "scoffs at the idea that Z", Z's clause hung on the verb right after the claim noun; also without
        # its "that" when the clause has its own subject ("hit back at accusations it shelters smugglers")
        clause = next((c for c in tok.children if c.left_edge.i == obj.right_edge.i + 1 and (
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            or c.dep_ in ("ccomp", "parataxis") and any(m.dep_ == "nsubj" and m.i == c.left_edge.i for m in c.children))),
            None)
    if clause is not None:
        kept = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)
                and not (t.i == clause.left_edge.i and t.lower_ == "that")]
        # ("…, with the navy rejecting the report": a comma-set phrase the parser hung on the clause is the
        # sentence's going on, not what is denied)
        # (a to-infinitive after an appositive's comma is still the clause's: "directed his aide, John Roe, to lie")
        aside = next((c.left_edge.i - 1 for c in clause.children if c.i > clause.i and c.dep_ in ("prep", "advcl")
                      and doc[c.left_edge.i - 1].text == "," and c.left_edge.lower_ != "to"), None)
        return trim(doc.text, [t for t in kept if aside is None or t.i < aside])
    return trim(doc.text, list(obj.subtree)) if a_claim(obj) else None


def _claim_noun_misread(doc, tok, obj):
    """"scoffed at the US claims that Z": a claim noun right after the object that the parser took for a
    verb of the denial's clause; the noun and its that-clause, else None."""
    after = obj.right_edge.i + 1
    noun = doc[after] if after < len(doc) else None
    if noun is None or noun.pos_ != "VERB" or noun.head.i != tok.i or noun.lower_ not in words("claim_nouns") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
        return None
    said = next((c for c in noun.children if c.dep_ == "ccomp" and c.i > noun.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return (noun, said) if said is not None else None


def called_false(tok):
    """"called the allegations a hoax", "called the report "fake news"", "dismissed the book as
    fiction": the thing called false."""
    lemma = tok.lemma_.lower()
    if lemma not in words("calling_verbs") | words("denial_verbs") | words("describing_verbs"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None and lemma in words("calling_verbs"):
        return _called_in_small_clause(tok)
    if obj is None:
        return None
    if lemma in words("calling_verbs") and (obj.pos_ in ("PROPN", "PRON") and obj.lower_ not in ANAPHORS):
        return None  # "calling her "fake Pocahontas"", "called the network fake news": a name for someone, no claim
    if lemma in words("denial_verbs") | words("describing_verbs"):
        # "dismissed the book as fiction", "described the claims as baseless": the "as" phrase
        said = [tok.doc[i] for i in dismissed_as(tok, obj)]
    else:
        said = [t for c in tok.children if c.dep_ in ("oprd", "xcomp", "npadvmod", "dobj") and c.i > obj.i
                for t in c.subtree] or [t for t in obj.subtree if t.i > obj.i or t.dep_ == "amod"]
    if any(t.lemma_.lower() in words("falsity_words") or t.lower_ in words("falsity_words") for t in said):
        return obj
    # "called the accusations absurd": scorn denies a claim, not a plan ("called the levy absurd")
    # (someone's "remarks" or "comments" too, data/said_nouns: "dismissed remarks by X as stupid")
    return obj if (a_claim(obj) or obj.lemma_.lower() in words("said_nouns")) and any(scorned(t) for t in said) else None


def _called_in_small_clause(tok):
    """"called a congresswoman's account of the call "totally fabricated"": the parser may make the thing
    called the subject of the verdict's own clause (an "oprd" or "ccomp" with a subject, no object on the
    verb); the thing, when the verdict is a word of falsity (data/falsity_words), else None."""
    verdict = next((c for c in tok.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > tok.i), None)
    thing = next((c for c in verdict.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verdict.i), None) \
        if verdict is not None else None
    if thing is None or thing.pos_ in ("PROPN", "PRON") or any(c.dep_ in ("aux", "auxpass") for c in verdict.children):
        return None  # ("called on Roe to resign", "said the report was fabricated": a clause of its own, no verdict)
    said = [t for t in verdict.subtree if t.i > thing.right_edge.i]
    return thing if any(t.lemma_.lower() in words("falsity_words") or t.lower_ in words("falsity_words") for t in said) else None


def a_claim(noun) -> bool:
    """"the allegations", "her account", "the alleged bribery": a noun phrase that names a claim (not a
    proposal: "the idea of selling the port")."""
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.tag_ == "VBG" for o in p.children) for p in noun.children) \
            or entitlement(noun):
        return False
    return noun.lemma_.lower() in words("claim_nouns") or any(
        c.dep_ == "amod" and c.lower_ in ("alleged", "reported", "supposed", "claimed", "purported") for c in noun.children)


def dismissed_as_false(doc, tok):
    """"dismissed as "nonsense" reports that Z", "rejected as false claims that Z", "dismissed as
    baseless the claim that Z": a verb of denial whose "as" phrase calls the claim after it false; Z, or
    the claim's words without the verdict."""
    if tok.lemma_.lower() not in words("denial_verbs") or any(c.dep_ == "dobj" for c in tok.children):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == tok.i + 1), None)
    claim = next((o for o in prep.children if o.dep_ == "pobj" and a_claim(o)), None) if prep is not None else None
    if claim is None:
        return None
    verdict = [t for t in doc[prep.i + 1:claim.i] if t.lower_ in words("falsity_words") | words("scorn_words")]
    if not verdict:
        return None  # "dismissed as reports": no verdict given
    said = next((c for c in claim.children if c.dep_ in ("acl", "ccomp")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if said is not None:
        return trim(doc.text, [t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)])
    # the claim's words from the first after the verdict ("reports of a sale")
    return trim(doc.text, [t for t in claim.subtree if t.i > verdict[-1].i and not t.is_quote])


def entitlement(noun) -> bool:
    """"40,000 claims", "land claims", "claims for compensation", "claims to the island", "claims of forest
    rights": a claim filed for a right or a payment (rejected as a request is), not a statement called
    false. Claims counted in figures, or naming what they are to, by a word of data/entitlement_words."""
    if noun.lemma_.lower() != "claim":
        return False
    if any(c.dep_ == "nummod" and any(ch.isdigit() for t in c.subtree for ch in t.text) for c in noun.children):
        return True
    if any(c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in words("entitlement_words") for c in noun.children):
        return True
    return any(p.dep_ == "prep" and (p.lower_ in ("for", "to") or p.lower_ == "on" and not _said_on(p) or p.lower_ == "of"
                                      and any(o.lemma_.lower() in words("entitlement_words") for o in p.children))
               for p in noun.children)


def _said_on(prep) -> bool:
    """"the claim on Twitter", "the claim on Friday": where or when a claim was made (data/said_on_nouns, a day)."""
    return any(o.lower_ in words("said_on_nouns") or o.ent_type_ in ("DATE", "TIME") for o in prep.children)
