"""A claim said to be false or to rest on nothing: "the allegations were false", "the report is not
accurate", "the claims had no basis in fact", "there was no collusion", "no evidence that Z". The
source denies the claim so named (stance: denies).
"""

from __future__ import annotations

from ..rules import words
from . import catenated, heldquestions, questions
from .found import trim
from .unclear import open_question, unclear_whether


def verdict_of(doc, content) -> tuple[tuple[int, int], str] | None:
    """What a source's words do to a claim they name: call it false ("the allegations were false",
    "it is absurd to suggest that Z": denies) or doubt it ("he was sceptical of claims that Z":
    questions; "it was unclear whether Z"). The span of that claim and the stance, else None (the words assert)."""
    denied = nothing_of(doc, content)
    if denied is not None:
        return denied, "denies"
    doubted = questions.doubted_claim(doc, content) or unclear_whether(doc, content) or open_question(doc, content) \
        or heldquestions.held_in_words(doc, content) or catenated.through(doc, content)
    return (doubted, "questions") if doubted is not None else None


def nothing_of(doc, content):
    """"there was no collusion": the source denies the thing said not to exist (a claim, charge or
    wrongdoing, not any "no reason", "no intention"); "the allegations were false": the source
    denies the claim it calls false. The span of what is denied."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None  # several sentences of the source's own: one "There's no ..." among them denies nothing
    root = span.root
    # ("was "offensive" and "wrong"": a verdict joined to another word)
    called = [w for c in root.children if c.dep_ in ("acomp", "attr")
              for w in (c, *(d for d in c.children if d.dep_ == "conj")) if false_word(w) or scorned(w)]
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in words("quantity_words"):
        # "all of the allegations were unsubstantiated": the claims the part is of
        subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in words("claim_nouns")), subj)
    own = _own_denial(doc, root, subj) or _never_said(doc, root, subj)
    if own is not None:
        return own
    made_up = _made_up(root)
    if made_up is not None:
        subj = made_up  # "reports that Z were fabricated", "the story was made up": a passive of falsity
    claimed = subj is not None and ({subj.lemma_.lower(), subj.lower_} & (words("claim_nouns") | words("judged_nouns"))
                                    or _only_a_statement_is(root, subj))
    if claimed and (made_up is not None or root.lemma_ == "be" and (
            called and not any(c.dep_ == "neg" for c in root.children) or calls_false(root))):
        # "the allegations were false", "the report is not accurate", "the story was fake news"; "the
        # reports that Z were untrue": Z
        return _what_it_says(doc, subj)
    if claimed and _without_ground(root):
        # "the claims had no basis in fact", "the accusations were without merit"
        return trim(doc.text, list(subj.subtree))
    wrongly = _wrongly_said(doc, root)
    if wrongly is not None:
        return wrongly
    past_belief = _past_belief(doc, root)
    if past_belief is not None:
        return past_belief
    unaware = _not_aware_of(doc, root)
    if unaware is not None:
        return unaware
    # "it was not true that Z"; "it is not the case that Z", the clause hung from "case"
    verdicts = [c for c in root.children if c.dep_ == "attr" and c.lower_ == "case"]
    clause = next((c for h in (root, *verdicts) for c in h.children if c.dep_ in ("ccomp", "csubj", "acl")
                   and c.i > root.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if root.lemma_ == "be" and clause is not None and subj is not None and subj.lower_ == "it" \
            and calls_false(root):
        # "it was not true that the school would close": the clause is denied
        return trim(doc.text, [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)])
    # "there was no evidence", "zero evidence"; "we found no evidence", "we saw no evidence to back up claims that Z"
    found = root.lemma_.lower() in words("evidence_verbs") and not any(c.dep_ == "neg" for c in root.children)
    if not found and (root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children)):
        return None
    # ("There’s no evidence": the parser can take a curly "’s" for "has", the thing its object)
    thing = next((c for c in root.children if c.dep_ in (("dobj",) if found else ("attr", "nsubj", "dobj"))
                  and any(d.dep_ in ("det", "nummod") and d.lower_ in ("no", "zero") for d in c.children)), None)
    if found and (thing is None or thing.lemma_.lower() not in ("evidence", "proof", "sign", "indication")):
        return None  # "we found no reason to stay": only evidence found wanting denies a claim
    if thing is not None and thing.lemma_.lower() in ("evidence", "proof", "sign", "indication"):
        # "there was no evidence that the president ordered it": what it would show is denied
        shown = next((c for c in thing.children if c.dep_ in ("acl", "ccomp", "relcl")
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if shown is None:
            shown = _unmarked_clause(thing)  # "no evidence the mayor had taken bribes": no "that"
        if shown is None:
            # "no evidence suggesting Z", "no sign indicating Z": what the evidence would show, after a participle
            shown = next((s for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBG"
                          and c.lemma_.lower() in words("finding_verbs") | words("reporting_verbs")
                          for s in c.children if s.dep_ == "ccomp" and s.i > c.i), None)
        if shown is not None:
            return _clause(doc, shown)
        linked = next((c for c in thing.children if c.dep_ == "acl" and (c.tag_ == "VBG" or any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                       and c.lemma_.lower() in words("linking_verbs") and any(d.dep_ == "dobj" for d in c.children)), None)
        if linked is not None:
            # "no evidence linking the mayor to the sale", "no evidence to link him to the fire": the link said to be made
            return trim(doc.text, list(linked.subtree))
        # "no evidence to support claims that Z", "no evidence to back up the claim": the claim it would support
        claim = next((o for c in thing.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                      for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() in words("claim_nouns")), None)
        if claim is not None:
            # "claims by others that Z", the clause parsed onto the verb after the claim
            after = next((c for c in claim.head.children if c.dep_ == "ccomp" and c.i > claim.i
                          and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            return _clause(doc, after) if after is not None else _what_it_says(doc, claim)
    if thing is not None and thing.lemma_.lower() in words("ground_nouns"):
        # "there was no truth to the reports", "no basis for claims that Z": the claim said to rest on nothing
        claim = next((o for p in thing.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "for", "behind")
                      for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in words("claim_nouns")), None)
        return _what_it_says(doc, claim) if claim is not None else None
    backed = _nothing_backs(doc, thing) if thing is not None else None
    if backed is not None:
        return backed
    if thing is None or not _names_a_claim(thing):
        return None
    return trim(doc.text, [t for t in thing.subtree if not (t.dep_ == "det" and t.head.i == thing.i)])


def _own_denial(doc, root, subj):
    """"We categorically reject the false charge of foreign forces as the black hand behind the
    protests," they said: a source's own words of denial (I or we deny / reject a claim) deny what that
    claim says, when it says it ("the claims that Z": Z; "the charge of X as Y": X as Y). Else None."""
    if root.lemma_.lower() not in words("denial_verbs") or subj is None or any(c.dep_ == "neg" for c in root.children):
        return None
    # "The ministry said it rejects claims that Z": in a reported clause right after its cue, the source's own
    # "it", "he", "they" (in a quote, "they reject the claims" is someone else's denial)
    reported = root.left_edge.i > 0 and root.doc[root.left_edge.i - 1].lemma_.lower() in words("reporting_verbs") | {"that"}
    if subj.lower_ not in ("i", "we") and not (reported and subj.lower_ in ("he", "she", "it", "they")):
        return None
    # ("we disagree with the claim that Z": the claim after "with")
    held = [*root.children, *(c for p in root.children if p.dep_ == "prep" and p.lower_ == "with" for c in p.children)]
    claim = next((c for c in held if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in words("claim_nouns")), None)
    if claim is None and root.lemma_.lower() in words("deed_denial_verbs"):
        # '"We deny any role in the attack," the group said': a deed said never done (data/denied_deeds)
        deed = next((c for c in root.children if c.dep_ == "dobj" and c.lower_ in words("denied_deeds")), None)
        return trim(doc.text, list(deed.subtree)) if deed is not None else None
    if claim is None:
        return None
    # (a clause with its own "that", however the parser hung it: "the allegation that we hid the losses")
    said = next((d for d in claim.children if d.dep_ in ("acl", "ccomp", "relcl")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in d.children)), None)
    if said is not None:
        return _clause(doc, said)
    named = next((o for p in claim.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"), None)
    if named is None:
        # "We reject these claims," the ministry said: the claims pointed to (stance.refer_back finds which)
        pointed = any(d.dep_ == "det" and d.lower_ in ("these", "those", "this", "that", "such") for d in claim.children)
        return trim(doc.text, list(claim.subtree)) if pointed else None
    toks = list(named.subtree)
    # "the charge of X as Y", the "as" phrase hung on the verb right after the claim: the charge is that X is Y
    taken_as = next((p for p in (*root.children, *claim.children) if p.dep_ == "prep" and p.lower_ == "as"
                     and p.i == claim.right_edge.i + 1), None)
    if taken_as is not None:
        toks += list(taken_as.subtree)
    return trim(doc.text, toks)


def _only_a_statement_is(root, subj) -> bool:
    """"the numbers were untrue", "the figures are not true": a thing (no person, no pronoun) said to be what
    only a statement can be (data/truth_words: "true" and "accurate" negated, "untrue" and "inaccurate" not)."""
    if root.lemma_ != "be" or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
            or subj.lemma_.lower() in words("person_nouns"):
        return False
    negative = any(c.dep_ == "neg" for c in root.children)
    said = [c for c in root.children if c.dep_ == "acomp" and c.lower_ in words("truth_words")]
    return any((c.lower_ in ("true", "accurate", "factual")) == (negative or any(d.dep_ == "neg" for d in c.children))
               for c in said)


def _never_said(doc, root, subj):
    """"(she said) she had never said that teachers were overpaid", "I never claimed the plan was free": a
    source saying it never said a claim (data/disowned_verbs) denies the claim put in its mouth; the span of
    the clause, else None. Only of the source itself (a pronoun: "he", "I"), not "Roe never said that Z"."""
    if subj is None or subj.lower_ not in ("i", "we", "he", "she", "they") or root.lemma_.lower() not in words("disowned_verbs") \
            or not any(c.dep_ == "neg" for c in root.children) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return None  # (not "I can't tell you", "I wouldn't say 'plot'": what one will not say, not what one never said)
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i
                 and any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)
                 and not any(t.is_punct for t in root.doc[root.i + 1:c.left_edge.i])), None)
    return _clause(doc, said) if said is not None else None


def _unmarked_clause(thing):
    """"no evidence the mayor had taken bribes", "no evidence Roe was drunk": a clause right after the noun,
    with its own subject and no "that", that is complete (an object, a passive, a complement or a
    preposition with its object): what the evidence would show. Not a relative clause missing its object
    ("no evidence investigators could use"). Else None."""
    for c in thing.children:
        if c.dep_ not in ("acl", "relcl", "ccomp") or c.left_edge.i != thing.i + 1 or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((d for d in c.children if d.dep_ in ("nsubj", "nsubjpass") and d.i < c.i), None)
        if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ == "that":
            continue
        if any(d.dep_ in ("dobj", "acomp", "attr", "ccomp", "xcomp", "nsubjpass") or d.dep_ == "prep"
               and any(o.dep_ in ("pobj", "pcomp") for o in d.children) for d in c.children):
            return c
    return None


def false_word(tok) -> bool:
    """"false", "a hoax", "fake news": a word, or a noun with a modifier, that calls a claim false."""
    return tok.lemma_.lower() in words("falsity_words") or tok.lower_ in words("falsity_words") or any(
        c.dep_ == "amod" and c.lower_ in words("falsity_words") for c in tok.children)


def _what_it_says(doc, claim):
    """A claim noun's that-clause ("claims that Z": Z), else the noun phrase naming it."""
    said = next((d for d in claim.children if d.dep_ in ("acl", "ccomp")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in d.children)), None)
    if said is not None:
        return _clause(doc, said)
    return trim(doc.text, list(claim.subtree))


def _clause(doc, said):
    """A that-clause's words without "that", up to a dash or semicolon opening a clause of its own ("that
    Z -- they have a pump but ...": the speaker's next point, not what they call false; not "that Roe
    -- an ally -- would win")."""
    stop = next((t.i for t in said.subtree if t.text in ("--", "—", "–", ";") and t.i + 1 < len(doc)
                 and doc[t.i + 1].dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return trim(doc.text, [t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)
                           and (stop is None or t.i < stop)])


def scorned(tok) -> bool:
    """"ridiculous", "an absurd claim": a word scorning what it is said of (a claim only when said of one)."""
    return tok.lower_ in words("scorn_words") or any(c.dep_ == "amod" and c.lower_ in words("scorn_words")
                                                   for c in tok.children)


def _wrongly_said(doc, root):
    """"it is absurd to suggest that Z", "it is not true to say Z", "critics were wrong to claim Z",
    "critics were wrong in their assertion that Z": the claim said to be wrongly made, Z."""
    if root.lemma_ != "be":
        return None
    verdict = next((c for c in root.children if c.dep_ in ("acomp", "attr")
                    and (c.lemma_.lower() in words("falsity_words") or c.lower_ in words("scorn_words"))), None)
    if verdict is not None and any(c.dep_ == "neg" for c in root.children):
        return None  # "it is not absurd to suggest that Z" grants Z
    if verdict is None and not calls_false(root):
        return None
    holders = [root] + ([verdict] if verdict is not None else [])
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "xcomp" and c.i > holder.i and c.lemma_.lower() in words("reporting_verbs") \
                    and not any(d.dep_ == "neg" for d in c.children):
                # "to suggest that Z": the clause said
                said = next((d for d in c.children if d.dep_ == "ccomp" and d.i > c.i), None)
                if said is not None:
                    return _clause(doc, said)
            if c.dep_ == "prep" and c.lower_ in ("in", "about") and c.i > holder.i:
                # "wrong in their assertion that Z": the claim named, or what it says
                claim = next((o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in words("claim_nouns")), None)
                if claim is not None:
                    return _what_it_says(doc, claim)
    return None


def called_wrong(doc, tok):
    """"called it absurd to suggest that Z", "called it "preposterous" to claim Z": a verb of calling whose
    "it" stands for the saying after it, scorned or called false; the span of Z, else None."""
    if tok.lemma_.lower() not in words("calling_verbs") or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return None
    verdicts = [c for c in tok.children if c.dep_ in ("oprd", "acomp", "ccomp") and c.i > tok.i
                and (false_word(c) or c.lower_ in words("scorn_words")) and not any(d.dep_ == "neg" for d in c.children)]
    for holder in (tok, *verdicts):
        saying = next((c for c in holder.children if c.dep_ == "xcomp" and c.lemma_.lower() in words("reporting_verbs")
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None) if verdicts else None
        said = next((d for d in saying.children if d.dep_ == "ccomp" and d.i > saying.i), None) if saying else None
        if said is not None and not any(d.dep_ == "neg" for d in saying.children):
            return _clause(doc, said)
    return None


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


def _names_a_claim(thing) -> bool:
    """"no collusion", "no evidence of wrongdoing": a claim, charge or wrongdoing said not to exist (not a
    claim never made: "there were no reports of injuries", data/saying_nouns)."""
    if thing.lemma_.lower() in words("claim_nouns"):
        return thing.lemma_.lower() not in words("saying_nouns") and thing.lower_ not in words("saying_nouns")
    # "no evidence of fraud": what it would prove is denied
    return thing.lemma_.lower() in ("evidence", "proof") and any(
        p.dep_ == "prep" and p.lower_ in ("of", "for") for p in thing.children)


def calls_false(root) -> bool:
    """"is not true", "is no longer true", "was false", "is not the case": the verb "be" calling its subject false."""
    negative = any(c.dep_ == "neg" or c.lower_ == "longer" for c in root.children) or any(
        c.lower_ == "longer" for a in root.children if a.dep_ == "advmod" for c in a.subtree)
    said = [c for c in root.children if c.dep_ in ("acomp", "attr")]
    # "is not the case": said of what is claimed, not so; 'it was "not true"': the parser may hang a
    # quoted "not" from the word it negates
    return any((c.lemma_.lower() in ("true", "accurate", "correct") or c.lower_ == "case" and c.dep_ == "attr"
                and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children))
               and (negative or any(d.dep_ == "neg" for d in c.children))
               or (c.lemma_.lower() in words("falsity_words") or false_word(c) and c.lemma_.lower() in words("claim_nouns") | words("judged_nouns"))
               and not negative  # "is false", "is a false story"; not "was the wrong thing to do"
               and not any(d.dep_ == "neg" for d in c.children) for c in said)


def _past_belief(doc, root):
    """"it strains credulity to think that Z", "I find it stretches credulity to believe Z", "it defies
    logic to suggest that Z" (data/disbelief_idioms): Z, the claim said to be past belief, else None."""
    idioms = {tuple(line.split()) for line in words("disbelief_idioms")}
    for verb in (root, *(c for c in root.children if c.dep_ == "ccomp")):
        if verb.dep_ == "ccomp" and not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) \
                or any(c.dep_ == "neg" for c in verb.children):
            continue  # ("it does not strain credulity to think Z" grants Z)
        pairs = {(verb.lemma_.lower(), c.lower_) for c in verb.children if c.dep_ == "dobj"}
        if not pairs & idioms:
            continue
        for c in verb.children:
            if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                said = next((d for d in c.children if d.dep_ == "ccomp" and d.i > c.i), None)
                if said is not None:
                    return _clause(doc, said)  # "to think that Z": Z
            if c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                return _clause(doc, c)  # "it strains credulity that Z"
    return None


def _not_aware_of(doc, root):
    """"is not aware of any research showing that Z", "was not aware of any evidence that Z": the source
    knows of nothing that would show Z (data/evidence_nouns, research_nouns), so it denies Z."""
    aware = next((c for c in root.children if c.dep_ == "acomp" and c.lower_ == "aware"), None) if root.lemma_ == "be" else None
    if aware is None or not any(c.dep_ == "neg" for c in (*root.children, *aware.children)):
        return None
    thing = next((o for p in aware.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and o.lemma_.lower() in words("evidence_nouns") | words("research_nouns")), None)
    if thing is None:
        return None
    shown = next((c for c in thing.children if c.dep_ in ("acl", "ccomp", "relcl")
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if shown is None:
        # "any research showing that Z": what the research would show, after a participle
        shown = next((s for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBG"
                      and c.lemma_.lower() in words("finding_verbs") | words("reporting_verbs")
                      for s in c.children if s.dep_ == "ccomp" and s.i > c.i), None)
    return _clause(doc, shown) if shown is not None else None


def _nothing_backs(doc, thing):
    """"there is "no biological mechanism" that would support the idea that Z", "there was no study to back up
    the claim that Z": nothing bears the claim out (data/support_verbs), so Z is denied; the span of Z, else None."""
    claim = next((o for c in thing.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                  and c.lemma_.lower() in words("support_verbs") and not any(d.dep_ == "neg" for d in c.children)
                  for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() in words("claim_nouns")), None)
    if claim is None:
        return None
    after = next((c for c in claim.head.children if c.dep_ == "ccomp" and c.i > claim.i
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    said = after or next((d for d in claim.children if d.dep_ in ("acl", "ccomp")
                          and any(m.dep_ == "mark" and m.lower_ == "that" for m in d.children)), None)
    # only a claim with its words: "the idea of a delay" is a plan, not a claim said
    return _clause(doc, said) if said is not None else None


def _made_up(root):
    """"reports that Z were fabricated", "the story was made up": a passive verb that calls its subject
    false (data/falsity_words, or "made up"), not negated; the subject, else None."""
    if root.tag_ != "VBN" or any(c.dep_ == "neg" for c in root.children) or not any(c.dep_ == "auxpass" for c in root.children):
        return None
    if root.lower_ not in words("falsity_words") and not (root.lemma_ == "make" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in root.children)):
        return None
    return next((c for c in root.children if c.dep_ == "nsubjpass"), None)
