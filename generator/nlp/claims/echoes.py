"""A source's own negative words that answer a claim made just before by another source: "Critics said
the mayor had taken bribes. The mayor said there were no bribes" — "there were no bribes" echoes the
critics' claim, so the mayor denies it (stance: denies), and the content is what is said not to exist
("bribes"). A negative sentence that answers no claim ("Police said there were no injuries", "there was
no reason to panic") stays asserted as said (the reader convention: a negative sentence in the source's
own words asserts).
"""

from __future__ import annotations

from ..rules import words
from .found import Found, sentence_start_before, trim

REACH = 6  # sentences back a claim answered can stand ("Z, critics said. ... The mayor said there was no Z")
WORDS_OF_CLAIM = ("NOUN", "VERB", "PROPN", "ADJ")  # the words of the thing's phrase compared
# a claim whose speaker is only a pronoun may be the denier's own ("It said its report had found Z. There
# had been no Z after 2009, according to that report"): it is not taken as another source's
PRONOUNS = {"it", "he", "she", "they", "we", "i", "its"}


def negated_echoes(doc, found: list[Found]) -> None:
    """Turns a source's "there was no Z" into a denial of Z when Z echoes an earlier claim by another source."""
    for k, f in enumerate(found):
        if f.stance != "asserts" or f.cue is None or f.speaker is None or f.form == "credit":
            continue
        thing = _said_not_to_exist(doc, f)
        deed = _said_not_done(doc, f) if thing is None else None
        if thing is None and deed is None:
            continue
        who = doc.text[f.speaker[0]:f.speaker[1]].lower()
        reach = sentence_start_before(doc, f.start, REACH)
        before = [g for g in found[:k] if g.end <= f.start and g.form != "credit" and g.speaker is not None]
        if who in PRONOUNS and before:
            # "he said": the pronoun may continue the last named source, whose own claim it then answers
            who = next((doc.text[g.speaker[0]:g.speaker[1]].lower() for g in reversed(before)
                        if doc.text[g.speaker[0]:g.speaker[1]].lower() not in PRONOUNS), who)
        earlier = [g for g in before if reach <= g.start and g.stance == "asserts"
                   and doc.text[g.speaker[0]:g.speaker[1]].lower() not in {who} | PRONOUNS]
        if deed is not None:
            if any(_same_deed(deed, doc.char_span(g.start, g.end, alignment_mode="expand")) for g in earlier):
                f.stance = "denies"  # "X said Z was done. Y said it never did Z": Y denies, in its own words
            continue
        if not any(_echoes(thing, doc.char_span(g.start, g.end, alignment_mode="expand")) for g in earlier):
            continue
        # "no indications of Z after 2009": Z with what the evidence noun says of it, from Z on
        whole = thing.head if thing.head.dep_ == "prep" and thing.head.head.lemma_.lower() in words("evidence_nouns") \
            else None
        toks = [t for t in (whole.head.subtree if whole is not None else thing.subtree) if t.i >= thing.left_edge.i]
        # "there had been no spying after 2009": the time or place said of the verb is part of it
        verb = (whole.head if whole is not None else thing).head
        toks += [t for c in verb.children if c.i > thing.i and c.dep_ in ("prep", "npadvmod") for t in c.subtree]
        denied = trim(doc.text, [t for t in toks if t.idx < f.end  # (within the claim: not its cue, "according to")
                                 and not (t.head.i == thing.i and t.dep_ == "det" and t.lower_ in ("no", "any"))])
        if denied is not None:
            f.start, f.end, f.stance = *denied, "denies"  # (an "any" before it is no word of the claim)


def _said_not_to_exist(doc, f: Found):
    """"there was no collusion", "there were no bribes of any kind", "there wasn't any spying": the noun
    said not to exist, when it is the whole of the content's one sentence, else None."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None
    root = span.root
    if any(c.dep_ in ("ccomp", "advcl") for c in root.children):
        return None
    negated = any(c.dep_ == "neg" for c in root.children)
    if root.lemma_ == "be" and any(c.dep_ == "expl" and c.lower_ == "there" for c in root.children):
        held = ("attr", "nsubj")  # "there was no collusion"
    elif root.lemma_.lower() in words("evidence_verbs") | {"have"}:
        held = ("dobj",)  # "we do not have any indication of Z", "had seen no sign of Z"
    else:
        return None
    thing = next((c for c in root.children if c.dep_ in held and c.pos_ == "NOUN" and any(
        d.dep_ == "det" and (d.lower_ == "no" or negated and d.lower_ == "any") for d in c.children)), None)
    if thing is not None and thing.lemma_.lower() in words("evidence_nouns") and not any(
            c.dep_ in ("acl", "relcl", "ccomp") for c in thing.children):
        # "no indication of troop movements", "no sign of any meddling": what would show is what is denied
        thing = next((o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ in ("pobj", "pcomp") and (o.pos_ == "NOUN" or o.tag_ == "VBG")), None)
    elif held == ("dobj",):
        return None  # "we have no plans": only evidence had or seen wanting answers a claim
    if thing is None or thing.pos_ != "NOUN" and thing.tag_ != "VBG" or {thing.lemma_.lower(), thing.lower_} & (words("evidence_nouns") | words("unclaimed_nouns")) \
            or any(c.dep_ in ("relcl", "acl") for c in thing.children):
        return None  # "there is no record that tracks Z": a thing described, not a deed said not to have been done
    return thing


def _said_not_done(doc, f: Found):
    """"the plant never leaked chemicals", "the department has never compromised her computers": the verb of a
    content that is one negated clause of a deed (not a forecast or a wish: "will not", "could not"), else None."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None
    root = span.root
    if root.pos_ != "VERB" or root.lemma_.lower() in words("reporting_verbs") \
            or not any(c.dep_ == "neg" for c in root.children) \
            or any(c.dep_ in ("ccomp", "advcl", "xcomp") or c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return None
    # a deed of the past ("never leaked", "did not cut", "has never compromised"), not a habit or a rule
    # ("they do not make such commitments without weighing them")
    past = root.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("did", "has", "have", "had") for c in root.children)
    return root if past and not any(c.dep_ == "prep" and c.lower_ == "without" for c in root.children) else None


def _same_deed(verb, span) -> bool:
    """The earlier claim says the same deed was done: the same verb, not negated, with a noun of the same
    lemma as one the negated verb takes ("her computers had been compromised" / "never compromised her computers")."""
    if span is None:
        return False
    mine = _heads_taken(verb)
    return bool(mine) and any(t.lemma_ == verb.lemma_ and t.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.children)
                              and mine & _heads_taken(t) for t in span)


def _heads_taken(verb) -> set[str]:
    """The nouns heading a verb's subject and object, with their compounds (not the words of a clause on them)."""
    return {n.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
            for n in (c, *(d for d in c.children if d.dep_ == "compound")) if n.pos_ in ("NOUN", "PROPN")}


def _echoes(thing, span) -> bool:
    """The thing or a word of its phrase is what the earlier claim says was done: one of its verbs or a
    noun they take ("collusion" / "colluded", "rigging" / "rigged", "bribes" / "had taken bribes"), the
    same lemma or stem; not a word that only names a topic ("climate change")."""
    if span is None:
        return False
    done = {t.lemma_.lower() for t in span if t.pos_ == "VERB" and not t.is_stop
            and t.lemma_.lower() not in words("reporting_verbs")}
    mine = {t.lemma_.lower() for t in thing.subtree if t.pos_ in WORDS_OF_CLAIM and not t.is_stop and t.head.i == thing.i
            or t.i == thing.i}
    # a verb by its stem ("collusion" / "colluded"), a noun it takes by its lemma ("bribes" / "had taken bribes")
    return any(_same_stem(a, b) for a in mine for b in done) or bool(mine & _nouns_done(span))


def _nouns_done(span) -> set[str]:
    """The nouns a claim's verbs take as what is done ("taken bribes", "a cover-up was ordered")."""
    return {t.lemma_.lower() for t in span if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB"}


def _same_stem(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if len(short) < 3:
        return False
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(short))
    return common >= 5 or long.startswith(short) and len(long) - len(short) <= 4
