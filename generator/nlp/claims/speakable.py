"""Can a speaker phrase speak? A source is a person, a group of people, a body, or a document or
finding ("the poll", "the autopsy"); an event or an action ("a protracted meeting", "the recent
airstrikes") is none, nor is "no one", nor a bare share of a poll ("38% saying"), nor a year alone
("1980 calling for"). A document "by" or "from" a named body speaks as that body ("an analysis
Tuesday by the Budget Office").

The word lists are data/speaking_nouns, data/nobody_words and data/share_words, beside the lists of
people, organisations, documents and anonymous sources the Resolver already reads.
"""

from __future__ import annotations

from ..personhood import is_person_noun
from ..rules import union, words

SOURCE_LISTS = ("anonymous_nouns", "document_nouns", "organization_nouns", "speaking_bodies", "speaking_nouns", "report_nouns",
                "statement_nouns", "outlet_nouns", "news_outlet_nouns")
PLACES = ("GPE", "LOC", "FAC", "DATE", "TIME", "EVENT")


def nobody(text: str, head) -> bool:
    """"No one said", "Nobody claimed", "None of the officials said", "no official would say", "Neither
    man thinks"."""
    low = text.lower().strip()
    if low in words("nobody_words") or " ".join(low.split()[:2]) in words("nobody_words"):
        return True
    # ("No 10 said": Downing Street, a number after "No")
    return head is not None and (head.lower_ in words("nobody_words") and head.lower_ != "no"
                                 or head.pos_ in ("NOUN", "PRON")
                                 and any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in head.children))


def a_time(text: str, head) -> bool:
    """"(1980 calling for its foreign policy to be returned)": a year or a time alone is no speaker."""
    return head is not None and head.ent_type_ in ("DATE", "TIME") and (head.like_num or head.pos_ == "NUM") \
        and len(text.split()) == 1


def can_speak(head) -> bool:
    """A common-noun head that names a person, a group of people, a body or a document; a share speaks
    through the people it is "of" ("38% of voters", "half of those polled")."""
    if head.lower_ in words("share_words"):
        of = [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "among")
              for o in c.children if o.dep_ == "pobj"]
        return any(o.pos_ in ("PROPN", "PRON") or can_speak(o) for o in of)
    for w in {head.lower_, head.lemma_.lower()}:
        forms = (w, w[:-1]) if w.endswith("s") else (w,)
        if any(f in union(*SOURCE_LISTS) for f in forms) or is_person_noun(w):
            return True
    return False


def speaking_before(doc, span, head):
    """"A new study documenting iodine status in children has revealed": a subject the parser hung on a
    later noun ("status") speaks by the first noun before it that can ("study"), else None."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    return next((t for t in toks if t.i < head.i and t.pos_ == "NOUN" and can_speak(t)), None) if toks else None


def authored(doc, span, head_i):
    """"an analysis Tuesday by the Budget Office": a document written by a named body or person is
    that author's word; the span and head of the author, else the phrase as it was."""
    if head_i is None:
        return span, head_i
    head = doc[head_i]
    printed = outlets_piece(head) if head.pos_ == "NOUN" else None
    if printed is not None:
        return printed
    if head.pos_ != "NOUN" or not (head.lower_ in words("document_nouns") or head.lemma_.lower() in words("document_nouns")):
        return span, head_i
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ not in ("by", "from"):
            continue
        obj = next((o for o in c.children if o.dep_ == "pobj"), None)
        # not "reports from Baghdad" (a place), nor "data from the IMF's Outlook" (a work the owner wrote)
        if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ not in PLACES \
                and not any(k.dep_ == "poss" for k in obj.children) \
                and obj.right_edge.idx + len(obj.right_edge.text) <= span[1]:
            return (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)), obj.i
    return span, head_i


def outlets_piece(head):
    """"A March 2016 Daily Herald article said": a piece an organisation named before it printed
    (data/report_nouns, data/piece_nouns) is that organisation's word, its date no part of it; the
    span and head of the name, else None."""
    pieces = union("report_nouns", "piece_nouns")
    if head.lemma_.lower() not in pieces and head.lower_ not in pieces:
        return None
    # the organisation's name ends just before the piece (however the parser hung its words)
    name = next((e for e in head.doc.ents if e.end == head.i and e.label_ == "ORG"), None)
    if name is None or any(t.pos_ != "PROPN" for t in name):
        return None
    return (name.start_char, name.end_char), name[-1].i
