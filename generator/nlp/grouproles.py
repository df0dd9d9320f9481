"""Roles said of a group or around it: a plural title before a list of names ("former presidents
Ana Ruiz and Tom Vidal"), a noun the name is in apposition to, one of a group ("three U.S.
citizens: …"), and the standfirst's unnamed subject describing the headline's person."""

from __future__ import annotations

import re

from ..model import Evidence
from .names import is_title_word
from .personhood import is_person_noun, text_of
from .rolephrase import ROLE_PREPOSITIONS, _bounds
from .titlephrase import NOT_TITLE_ENTS, plural_titles, singular

# "D-Mass.", "(R., Ky.)": a US politician's party and state after the name
PARTY_TAG_RE = re.compile(r"(?:,\s*[DRI]-[A-Z][A-Za-z.]*|\s*\([DRI][-.,][^()]{0,20}\))$")
AGE_WORDS_RE = re.compile(r"^\d{1,3}-years?-old$", re.I)
QUANTIFIERS = {"other", "several", "many", "some", "few", "both", "all", "various", "numerous"}


def _list_start(doc, start: int):
    """The first name, as (start, end), of a list of names ("Ana Ruiz, Li Wei and Tom Vidal") that the
    name at `start` is a later item of, or None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    i, head, item_end = span.start - 1, None, None
    for _ in range(6):
        if i < 0 or doc[i].lower_ not in (",", "and", "or"):
            break
        i -= 1
        if i >= 0 and doc[i].text == "," and doc[i + 1].lower_ != ",":  # ", and"
            i -= 1
        # "Ana Ruiz, D-Mass., and Tom Vidal", "Ana Ruiz (R., Ky.) and …": a party tag after a listed name
        tag = i >= 0 and PARTY_TAG_RE.search(text_of(doc)[max(0, doc[i].idx - 30):doc[i].idx + len(doc[i].text)])
        if tag:
            cut = doc[i].idx + len(doc[i].text) - (tag.end() - tag.start())
            while i >= 0 and doc[i].idx >= cut:
                i -= 1
        k = i
        while k >= 0 and i - k < 4 and _name_word(doc[k]):
            k -= 1
        if k == i:
            break
        head, item_end, i = k + 1, i, k
    if head is None:
        return None
    return doc[head].idx, doc[item_end].idx + len(doc[item_end].text)


def _name_word(t) -> bool:
    """A capitalised word of a listed name (the tagger may call "Syed" a verb), not a title."""
    return (t.text[:1].isupper() and (t.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") or t.ent_type_ == "PERSON")
            and not is_title_word(t.text) and not is_title_word(singular(t)) and t.ent_type_ not in NOT_TITLE_ENTS
            and t.lower_.rstrip(".") not in plural_titles() and not is_person_noun(singular(t), suffix=False))


def _one_of_group(doc, start: int, end: int, text: str) -> str:
    """The role of one person named after a plural noun: "three other U.S. citizens: Ana Ruiz, …" ->
    "U.S. citizen" (not "one of the president's lawyers", which says it already)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].tag_ not in ("NNS", "NNPS") or any(t.lower_ in ROLE_PREPOSITIONS for t in span) \
            or any(t.lower_ == "of" for t in doc[max(0, span.start - 3):span.start]):
        return text
    toks = list(span)
    # "only a few GOP senators", "the two other envoys": counting words are no part of one's role
    while len(toks) > 1 and (toks[0].pos_ in ("NUM", "DET", "ADV") or toks[0].lower_ in QUANTIFIERS):
        toks = toks[1:]
    return _singular(doc, toks[0].idx, end, text_of(doc)[toks[0].idx:end])


def _singular(doc, start: int, end: int, text: str) -> str:
    """A role as one person holds it: "Sens." -> "Sen.", "former presidents" -> "former president"."""
    parts = text.split()
    plural = plural_titles().get(parts[-1].lower().rstrip("."))
    if plural:
        return " ".join([*parts[:-1], plural])
    span = doc.char_span(start, end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    if last is None or last.tag_ not in ("NNS", "NNPS") or not text.endswith(last.text):
        return text
    if any(t.lower_ in ROLE_PREPOSITIONS for t in span):
        return text  # "High Commissioner for Refugees": the plural is the title's object, not the title
    lemma = singular(last)
    lemma = lemma[:1].upper() + lemma[1:] if last.text[:1].isupper() else lemma
    return text[:len(text) - len(last.text)] + lemma


def _appositive_head(doc, start: int, end: int):
    """ "Maduro's former spy chief, General Manuel Cristopher Figuera": the noun the name is in apposition to."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ != "appos" or root.head.i >= span.start or root.head.ent_type_:
        return None
    head = root.head
    # an appositive follows its noun phrase: "spy chief, General Ana Ruiz", "the head of the union,
    # Ana Ruiz" (not "Voters are frustrated at the Ruiz who …")
    phrase = {t.i for t in head.subtree}
    if not all(t.is_punct or t.i in phrase or (t.text[:1].isupper() and is_title_word(t.text))
               for t in doc[head.i + 1:span.start]):
        return None
    # "Image: Ana Ruiz", "the email Ana Ruiz sent": only a role noun or title is a role
    # ("one of the president's lawyers" is one by its noun)
    heads = [head] + [o for p in head.children if head.lower_ == "one" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
    if not any(is_person_noun(h.text) or is_title_word(h.text) for h in heads):
        return None
    left = min(t.i for t in head.subtree if t.i < span.start)
    opener = doc[left - 1] if left and doc[left - 1].is_sent_start else doc[left]
    if opener.pos_ in ("ADP", "SCONJ"):
        return None  # "Like her mother, Ana Ruiz studied law": a comparison, not her role
    toks = [t for t in doc[left:head.i + 1] if t.dep_ not in ("punct",)]
    # "Maduro's former spy chief", "Venezuela socialist boss": the role without whose it is
    while toks and (toks[0].dep_ in ("det", "prep", "cc", "case", "advmod") or toks[0].pos_ == "PROPN"):
        toks = toks[1:]  # "Later the president's lawyer": a sentence adverb is no part of the role either
    if not toks or head.pos_ not in ("NOUN",):
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return s, e, text_of(doc)[s:e]


def standfirst_roles(doc, blocks) -> list[Evidence]:
    """Roles the standfirst (or, without one, the lede) gives the headline's person without naming them.

    News standfirsts open on a description of the person the headline names: "Senate leader and
    ally of the president met an envoy" under "Talks with Ana Ruiz" describes Ruiz. Only a subject
    whose head is a role noun and that names nobody counts; each coordinated role is one role.
    """
    block = next((b for b in blocks if b.kind == "standfirst"), None)
    lede = block is None
    # no standfirst: the lede's first sentence may open on the description ("Ana Ruiz says troops will
    # stay" over "The defense secretary told reporters ..."), if it is definite and names nobody
    block = block or next((b for b in blocks if b.kind == "paragraph"), None)
    if block is None:
        return []
    span = doc.char_span(block.start, block.end, alignment_mode="contract")
    if span is None or not len(span):
        return []
    sent = next(iter(span.sents))
    subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    # (the lede must open on it: "Trump 'intends to' meet …: The spokesman said" is about the spokesman)
    if subj is None or (lede and (any(t.ent_type_ == "PERSON" for t in sent) or sent[0].lower_ != "the"
                                  or sent[0].head != subj or sent.start != span.start)):
        return []
    out = []
    for head in [subj, *[c for c in subj.children if c.dep_ == "conj"]]:
        if head.pos_ != "NOUN" or head.tag_ == "NNS" or not is_person_noun(head.text, suffix=False):
            continue  # "Voters are frustrated": a plural subject is a group, not the headline's person
        # "the 64-year-old labor secretary": the age is no part of the role
        left = [t for c in head.lefts if c.dep_ not in ("det", "cc", "punct")
                and not AGE_WORDS_RE.match("".join(x.text for x in c.subtree)) for t in c.subtree]
        if any(t.ent_type_ == "PERSON" for t in left):
            continue  # "Ana Ruiz's deputy met …" is not about the headline's person
        right = [t for c in head.rights if c.dep_ == "prep" for t in c.subtree]
        toks = sorted([*left, head, *right], key=lambda t: t.i)
        # a phrase the parser split around a coordination is cut back to the run around the head
        ids = {t.i for t in toks}
        lo_i = hi_i = head.i
        while lo_i - 1 in ids:
            lo_i -= 1
        while hi_i + 1 in ids:
            hi_i += 1
        toks = [t for t in toks if lo_i <= t.i <= hi_i]
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        lo, hi = _bounds(doc, sent.start_char, sent.end_char, (block.start, block.end))
        out.append(Evidence(text_of(doc)[s:e], s, e, lo, hi, "role"))
    return out

