"""What a source does with what it says: asserts it, denies it ("denied that X", "there was no
collusion", "said the allegations were false", "X, denied by Y", "said that was not true") or
questions it; and cues it is said not to have made.

Reader convention: `denies` only when the source says a specific claim is false (one stated
earlier or by someone else); a negative sentence in the source's own words ("there had been no
reason to ...") is asserted as it stands.
"""

from __future__ import annotations

from ..rules import pairs, words
from . import questions
from .found import Found, trim


def negated(tok) -> bool:
    """"did not say", "never claimed", "would not confirm or deny", "neither confirmed nor denied",
    "denied it had ever concluded that": a cue its source is said not to have made."""
    return _not(tok) or any(_not(t) for t in _coordinated(tok)) or _denied_cue(tok)


def _denied_cue(tok) -> bool:
    """"The ministry denied it had ever concluded that Z", "denied saying Z": a cue inside a denial is
    what the source says it did not do."""
    return tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i and tok.head.i < tok.i \
        and tok.head.lemma_.lower() in words("denial_verbs")


def rejects_a_thing(doc, tok) -> bool:
    """"rejected the deal", "denied him entry", "those who deny our right to exist", "rejected what it
    called threats": a verb of denial whose object is a plan, a right or a person, not a claim. It
    denies no claim, and says nothing."""
    if tok.lemma_.lower() not in words("denial_verbs") or phrasal_denial(tok) or own_content(doc, tok) is not None:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is not None:
        return obj.lower_ not in ANAPHORS and obj.tag_ != "VBG"
    named = next((c for c in tok.children if c.dep_ in ("ccomp", "dobj") and c.i > tok.i
                  and c.left_edge.lower_ == "what" and c.lemma_.lower() in words("calling_verbs")), None)
    if named is None:
        return False
    # "rejected what it called threats": the thing is what it is called
    called = [c for c in named.children if c.dep_ in ("oprd", "xcomp", "dobj", "attr") and c.lower_ != "what"]
    return not any(_denied_noun(tok, c) or _false_word(c) for c in called)


def _not(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") for c in tok.children)


def _coordinated(tok) -> list:
    """The verbs joined with this one by "or"/"nor" ("confirm or deny"): a negation on one holds for all."""
    head = tok.head if tok.dep_ == "conj" else tok
    group = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if len(group) < 2 or not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children):
        return []
    return [t for t in group if t.i != tok.i]


def stance_of(tok) -> str:
    """What the source does with the content: deny it, question it, or (by default) assert it."""
    lemma = tok.lemma_.lower()
    if lemma in words("denial_verbs") or _called_false(tok) is not None or phrasal_denial(tok):
        return "denies"
    if lemma in words("doubt_verbs") or questions.clause(tok) is not None or _doubt_cast(tok) is not None or any(
            c.dep_ == "dobj" and c.lower_ in words("doubting_words") for c in tok.children):  # "expressed doubt that"
        return "questions"
    return "asserts"


def own_content(doc, tok) -> tuple[int, int] | None:
    """The content a verb takes in its own way, else None: the question it puts ("asked whether Z"),
    the claim it is said to deny ("Z, denied by Y", "Z has been denied by Y"), the point of a
    disagreement ("disagreed with Y over whether Z")."""
    asked = questions.clause(tok)
    if asked is not None:
        return questions.content(doc, asked)
    lemma = tok.lemma_.lower()
    if phrasal_denial(tok):
        return _denied_object(doc, tok)
    for thing in (_called_false(tok), _doubt_cast(tok), _questioned_thing(tok)):
        if thing is not None:
            return trim(doc.text, [t for t in thing.subtree if t.i not in _dismissed_as(tok, thing)])
    if lemma not in words("denial_verbs"):
        return None
    marked = next((c for c in tok.children if c.dep_ in ("ccomp", "relcl") and c.i > tok.i
                   and c.left_edge.i == tok.i + 1 and c.left_edge.lower_ == "that"), None)
    if marked is not None:
        # "Holt disputes that he has engaged in any wrongdoing": the clause right after the verb is
        # denied, even when the parser hangs it from the verb as a relative clause
        return trim(doc.text, [t for t in marked.subtree if t.i != marked.left_edge.i])
    claim = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.lemma_.lower() in words("claim_nouns")), None)
    clause = next((c for c in claim.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None) if claim is not None else None
    if clause is not None:
        # "contested the finding that its product was unsafe": what the finding says is denied
        return trim(doc.text, [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)])
    pointer = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.lower_ in ANAPHORS), None)
    if pointer is not None:
        return pointer.idx, pointer.idx + len(pointer.text)  # "denied this": refer_back finds what
    gerund = next((c for c in tok.children if c.dep_ in ("xcomp", "dobj") and c.i > tok.i and (
        c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "having" for a in c.children))), None)
    if gerund is not None and sum(not t.is_space for t in gerund.subtree) > 1:
        return trim(doc.text, list(gerund.subtree))  # "denied having met the banker" (not a bare "denies meddling")
    summed = _summed_up(doc, tok)
    if summed is not None:
        return summed
    if any(c.dep_ == "agent" for c in tok.children):
        # only a claim is denied ("the alleged bribery", "her account"), not a plan or an offer rejected
        if tok.dep_ == "acl":
            # "the alleged bribery, denied by the company,", "inquiries into the alleged fraud, denied
            # by the firm,": the claim named before the participle, without it
            held = [tok.head] + [o for p in tok.head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            claim = next((n for n in held if _a_claim(n)), None)
            if claim is not None:
                cut = set(range(tok.left_edge.i, tok.right_edge.i + 1))
                return trim(doc.text, [t for t in claim.subtree if t.i not in cut and t.i < tok.left_edge.i])
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and _a_claim(subj):
            return trim(doc.text, list(subj.subtree))
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "on")):
        point = next((c for c in prep.children if c.dep_ == "pcomp" and questions.clause_marked(c)), None)
        if point is not None:
            return questions.content(doc, point)
    return _denied_thing(doc, tok)


def _denied_thing(doc, tok):
    """"denied the allegations", "contested the counsel's claims", "rejected some of the claims",
    "dismissed concerns about the audit", "denied any knowledge of the scheme": the claim, worry or
    deed named as the object, without what it is dismissed as ("dismissed the claims as lies")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or not _denied_noun(tok, obj) and not (obj.lower_ in words("quantity_words") and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _denied_noun(tok, o) for o in p.children)
            for p in obj.children)):
        return None
    after = obj.right_edge.i + 1
    if after < len(doc) and doc[after].text == ":":
        return None  # "The club denied the allegations:" introduces the words that follow
    return trim(doc.text, [t for t in obj.subtree if t.i not in _dismissed_as(tok, obj)])


def _denied_noun(tok, noun) -> bool:
    """A noun a verb of denial can deny: a claim ("the allegations"), a worry waved away ("concerns
    about the audit"), or after "deny" a deed or knowledge ("any knowledge of the plan", "a cover-up")."""
    said = {noun.lemma_.lower(), noun.lower_}
    if noun.i >= 2 and noun.doc[noun.i - 1].text == "-" and not noun.doc[noun.i - 2].whitespace_:
        said.add(f"{noun.doc[noun.i - 2].lower_}-{noun.lower_}")  # "a cover-up", parsed as "cover", "-", "up"
    return bool(said & (words("claim_nouns") | words("worry_nouns"))) or (
        tok.lemma_.lower() == "deny" and bool(said & words("denied_deeds")))


def _dismissed_as(tok, obj) -> set[int]:
    """"dismissed the allegations as lies": the "as" phrase says what the claim is taken for, not what it is."""
    preps = [p for p in (*tok.children, *obj.subtree) if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i]
    return {t.i for p in preps for t in p.subtree}


def _summed_up(doc, tok):
    """"Moscow tried to sway the vote, something denied by Russia", "the firm hid its losses, a charge
    the firm denies": a word summing up the clause before it, denied in passing; that clause."""
    noun = tok.head
    if tok.dep_ not in ("acl", "relcl") or noun.i >= tok.i or noun.left_edge.i < 1 \
            or doc[noun.left_edge.i - 1].text != "," \
            or not {noun.lemma_.lower(), noun.lower_} & (words("summary_nouns") | words("claim_nouns")):
        return None
    host = noun.head
    while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
        host = host.head  # "the firm hid its losses, a charge ...": the apposition hangs from "losses"
    said = next((c for c in host.children if c.dep_ == "ccomp" and c.i < noun.i), None)
    clause = said if said is not None else host
    before = [t for t in clause.subtree if t.i < noun.left_edge.i - 1]
    return trim(doc.text, before) if before and clause.i < noun.i else None


def phrasal_denial(tok) -> bool:
    """"pushed back on", "brushed aside", "shot down": a phrasal verb of denial, with its particle."""
    particle = pairs("phrasal_denials").get(tok.lemma_.lower())
    return particle is not None and any(c.dep_ in ("prt", "advmod") and c.lower_ in particle.split() for c in tok.children)


def _denied_object(doc, tok):
    """What a phrasal denial denies: the claim in its object ("pushed back on the idea that Z" -> Z)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"] + [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "against") for o in p.children if o.dep_ == "pobj"]
    if not objs:
        return None
    obj = objs[0]
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is not None:
        return trim(doc.text, [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)])
    return trim(doc.text, list(obj.subtree)) if _a_claim(obj) else None


def _called_false(tok):
    """"called the allegations a hoax", "called the report "fake news"", "dismissed the book as
    fiction": the thing called false."""
    lemma = tok.lemma_.lower()
    if lemma not in words("calling_verbs") | words("denial_verbs"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:
        return None
    if lemma in words("denial_verbs"):
        said = [tok.doc[i] for i in _dismissed_as(tok, obj)]
    else:
        said = [t for c in tok.children if c.dep_ in ("oprd", "xcomp", "npadvmod", "dobj") and c.i > obj.i
                for t in c.subtree] or [t for t in obj.subtree if t.i > obj.i or t.dep_ == "amod"]
    if any(t.lemma_.lower() in words("falsity_words") or t.lower_ in words("falsity_words") for t in said):
        return obj
    return None


def _doubt_cast(tok):
    """"cast doubt on the account", "raised questions about the timing": what is put in doubt."""
    if tok.lemma_.lower() not in words("doubt_raising_verbs") \
            or any(a.lemma_.lower() in words("reporting_verbs") for a in tok.ancestors):
        return None  # "X said the lapses raise questions about Y": X's words, not the lapses' doubt
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("doubt", "question")), None)
    if obj is None:
        return None
    return next((o for p in (*tok.children, *obj.children) if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
                 for o in p.children if o.dep_ in ("pobj", "pcomp")), None)


def _questioned_thing(tok):
    """"questioned the timing of the audit", "questioned the claims": a claim or an aspect of a thing
    put in doubt (not a person questioned: "questioned the driver")."""
    if tok.lemma_.lower() != "question":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in ("PERSON", "NORP", "ORG") \
            or obj.lemma_.lower() in words("person_nouns") | words("anonymous_nouns"):
        return None
    aspect = any(p.dep_ == "prep" and p.lower_ == "of" for p in obj.children)
    return obj if aspect or obj.lemma_.lower() in words("claim_nouns") | words("document_nouns") else None


def nothing_of(doc, content):
    """"there was no collusion": the source denies the thing said not to exist (a claim, charge or
    wrongdoing, not any "no reason", "no intention"); "the allegations were false": the source
    denies the claim it calls false. The span of what is denied."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None  # several sentences of the source's own: one "There's no ..." among them denies nothing
    root = span.root
    called = [c for c in root.children if c.dep_ in ("acomp", "attr") and _false_word(c)]
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ == "be" and subj is not None and subj.lemma_.lower() in words("claim_nouns") and (
            called and not any(c.dep_ == "neg" for c in root.children) or _calls_false(root)):
        # "the allegations were false", "the report is not accurate", "the story was fake news"
        return trim(doc.text, list(subj.subtree))
    if subj is not None and subj.lemma_.lower() in words("claim_nouns") and _without_ground(root):
        # "the claims had no basis in fact", "the accusations were without merit"
        return trim(doc.text, list(subj.subtree))
    clause = next((c for c in root.children if c.dep_ in ("ccomp", "csubj") and c.i > root.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if root.lemma_ == "be" and clause is not None and subj is not None and subj.lower_ == "it" \
            and _calls_false(root):
        # "it was not true that the school would close": the clause is denied
        return trim(doc.text, [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)])
    if root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children):
        return None
    thing = next((c for c in root.children if c.dep_ in ("attr", "nsubj")
                  and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None)
    if thing is not None and thing.lemma_.lower() in ("evidence", "proof", "sign", "indication"):
        # "there was no evidence that the president ordered it": what it would show is denied
        shown = next((c for c in thing.children if c.dep_ in ("acl", "ccomp")
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if shown is not None:
            return trim(doc.text, [t for t in shown.subtree if not (t.dep_ == "mark" and t.head.i == shown.i)])
    if thing is None or not _names_a_claim(thing):
        return None
    return trim(doc.text, [t for t in thing.subtree if not (t.dep_ == "det" and t.head.i == thing.i)])


def _false_word(tok) -> bool:
    """"false", "a hoax", "fake news": a word, or a noun with a modifier, that calls a claim false."""
    return tok.lemma_.lower() in words("falsity_words") or tok.lower_ in words("falsity_words") or any(
        c.dep_ == "amod" and c.lower_ in words("falsity_words") for c in tok.children)


def _without_ground(root) -> bool:
    """"had no basis in fact", "were without merit", "lack any foundation": a claim said to rest on nothing."""
    grounds = words("ground_nouns")
    if root.lemma_ in ("have", "hold") and not any(c.dep_ == "neg" for c in root.children):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in grounds
                   and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in root.children)
    if root.lemma_ == "lack":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in grounds for c in root.children)
    if root.lemma_ == "be":
        return any(c.dep_ == "prep" and c.lower_ == "without" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in grounds for o in c.children) for c in root.children)
    return False


def _a_claim(noun) -> bool:
    """"the allegations", "her account", "the alleged bribery": a noun phrase that names a claim."""
    return noun.lemma_.lower() in words("claim_nouns") or any(
        c.dep_ == "amod" and c.lower_ in ("alleged", "reported", "supposed", "claimed", "purported") for c in noun.children)


def _names_a_claim(thing) -> bool:
    """"no collusion", "no evidence of wrongdoing": a claim, charge or wrongdoing said not to exist."""
    if thing.lemma_.lower() in words("claim_nouns"):
        return True
    # "no evidence of fraud": what it would prove is denied
    return thing.lemma_.lower() in ("evidence", "proof") and any(
        p.dep_ == "prep" and p.lower_ in ("of", "for") for p in thing.children)


def refer_back(doc, found: list[Found]) -> None:
    """"The auditor argues that is not true", "Roe denied the claim", "Roe has denied this": a source
    calling an earlier claim false, or denying it by a word that points back, denies that claim; the
    content becomes the claim it refers to (the one just before, in the last sentences, of another
    source). A bare "this" or "it" denied with no claim before it is dropped."""
    dropped = []
    for k, f in enumerate(found):
        if f.cue is None or f.form == "credit":
            continue
        if not (_calls_it_false(doc, f) or f.stance == "denies" and _points_back(doc, f)):
            continue
        said_by = doc.text[f.speaker[0]:f.speaker[1]].lower() if f.speaker else None
        own = _main_clause_before(doc, f) if f.stance == "denies" else None
        if own is not None:
            # "These are considered illegal, although Israel disputes this": this sentence's own
            # statement is disputed, not a claim made sentences before
            f.start, f.end = own
            continue
        near = _previous_sentence_start(doc, f.cue[0])
        # the claim pointed back to is the one just said: one ending a sentence or more before it is
        # another matter ("X has never been recognised. Since 1967 ... These are illegal, although Y
        # disputes this" must not deny the first sentence)
        earlier = [g for g in found[:k] if near <= g.end <= f.cue[0] and g.form != "credit"
                   and g.stance != "denies" and not (g.speaker and doc.text[g.speaker[0]:g.speaker[1]].lower() == said_by)]
        if earlier:
            g = max(earlier, key=lambda g: g.end)
            f.start, f.end, f.stance = g.start, g.end, "denies"
        elif doc.text[f.start:f.end].lower() in ANAPHORS:
            dropped.append(k)
    for k in reversed(dropped):
        del found[k]
    for f in found:
        if f.stance == "denies" and f.cue is not None and f.end < f.cue[0]:
            for g in found:
                if g is not f and g.start <= f.start and f.end < g.end <= f.sentence[1] + 1 \
                        and (f.cue[0] < g.end or not doc.text[f.end:g.end].strip(",;: ")):
                    # "Officials believe X but the agency denied this", "X, something Y denies": the
                    # claim of X ends where the denial begins
                    g.end = f.end


def _cue_token(doc, f: Found):
    span = doc.char_span(*f.cue, alignment_mode="expand")
    return span.root if span is not None else None


def _main_clause_before(doc, f: Found) -> tuple[int, int] | None:
    """"These are illegal, although X disputes this": the statement the denial's clause hangs from,
    in the same sentence, before it."""
    tok = _cue_token(doc, f)
    if tok is None or tok.dep_ not in ("advcl", "conj") or tok.head.i >= tok.i:
        return None
    said = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    # "Inspectors believe X but the builder denied this": what they believe, not that they believe it
    before = [t for t in (said or tok.head).subtree if t.i < tok.left_edge.i]
    # "X was killed by agents but the agency denied this": not the word joining the two
    while before and (before[-1].is_punct or before[-1].dep_ in ("cc", "mark")):
        before.pop()
    pointer = doc.char_span(f.start, f.end, alignment_mode="expand")
    named = [t for t in before if t.pos_ == "NOUN" and t.lemma_.lower() in words("claim_nouns")]
    if pointer is not None and pointer.root.lemma_.lower() in words("claim_nouns") and named:
        # "faced allegations of fraud, but he denies those claims": the claims named before
        kept = {t.i for t in before}
        before = [t for t in named[-1].subtree if t.i in kept]
    span = trim(doc.text, before) if before else None
    return span if span is not None and span[1] - span[0] >= 8 else None


def _previous_sentence_start(doc, char: int) -> int:
    """Where the sentence before the one holding `char` starts (its own start if it is the first)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return 0
    sent = span[0].sent
    return doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char


ANAPHORS = {"this", "that", "it", "these", "them", "those"}
POINTING = {"the", "this", "these", "those", "that", "such"}


def _points_back(doc, f: Found) -> bool:
    """"this", "the claim", "these allegations": a denied thing that only points to a claim made before."""
    if f.start < f.cue[0]:
        return False  # "the alleged interference, denied by Russia": named where it is denied
    if doc.text[f.start:f.end].lower() in ANAPHORS:
        return True
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.lemma_.lower() not in words("claim_nouns") or root.pos_ != "NOUN":
        return False
    det = next((c.lower_ for c in root.children if c.dep_ == "det"), None)
    # "the allegations of bribery", "the claim that ...": the thing denied is said there, not before
    said_here = any(c.dep_ in ("acl", "relcl", "ccomp", "appos") or c.dep_ == "prep" and c.lower_ in ("of", "about", "that")
                    for c in root.children)
    return det in POINTING and not said_here


def _calls_it_false(doc, f: Found) -> bool:
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ != "be" or subj is None or subj.lower_ not in ("that", "this", "it"):
        return False
    return _calls_false(root)


def _calls_false(root) -> bool:
    """"is not true", "is no longer true", "was false": the verb "be" calling its subject false."""
    negative = any(c.dep_ == "neg" or c.lower_ == "longer" for c in root.children) or any(
        c.lower_ == "longer" for a in root.children if a.dep_ == "advmod" for c in a.subtree)
    said = [c for c in root.children if c.dep_ in ("acomp", "attr")]
    return any(c.lemma_.lower() in ("true", "accurate", "correct") and negative
               or c.lemma_.lower() in words("falsity_words") and not negative for c in said)
