"""A source named in a phrase rather than by a verb: "according to X", "in the words of X"."""

from __future__ import annotations

from ..rules import words
from .found import Found, span_of, trim


def in_the_words_of(tok) -> bool:
    """"in the words of the prosecutor, Jane Roe, \"...\"": a source like "according to"."""
    doc = tok.doc
    return (tok.lower_ == "in" and tok.i + 3 < len(doc) and doc[tok.i + 1].lower_ == "the"
            and doc[tok.i + 2].lower_ == "words" and doc[tok.i + 3].lower_ == "of")


def reported_through(tok, found) -> bool:
    """"'...,' Mr Lin told a briefing, according to Reuters": a trailing "according to X" hanging from
    a reporting verb whose subject is already a claim's speaker names the outlet the words came
    through, not their speaker (found: the sentence's claims and bare cues so far)."""
    host = tok.head
    if tok.lower_ != "according" or host.i >= tok.i or host.pos_ not in ("VERB", "AUX") \
            or any(t.is_quote or t.text in ("“", "”") for t in tok.doc[host.i:tok.i]):
        return False  # ('"It is not true that I asked ...," according to his remarks': a verb inside the quote)
    # the verb reports words: a clause ("said the sides agreed") or a quote before it ('"...," X told'),
    # not "responded to the radio calls" or "will maintain control, according to the plan"
    words_ = any(c.dep_ in ("ccomp", "parataxis") for c in host.children) \
        or any(t.is_quote or t.text in ("“", "”") for t in tok.doc[host.sent.start:host.i])
    return words_ and any(f.cue is not None and f.cue[0] == host.idx and f.speaker is not None for f in found)


def according(doc, sent, tok, bounds):
    if tok.lower_ == "in":
        to = doc[tok.i + 3]  # "of" in "in the words of"
    else:
        to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    if to is None:
        return None
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        # "According to Roe the property was returned": the name read as a verb with the content
        # as its object; the speaker is the capitalised run after "to"
        run = []
        for t in doc[to.i + 1:sent.end]:
            if not (t.text[:1].isupper() and t.is_alpha) or t.lower_ in ("the", "a", "an") and run:
                break
            run.append(t)
        if not run or not any(t.pos_ in ("PROPN", "VERB") for t in run):
            return None
        phrase = set(range(tok.i, run[-1].i + 1))
        content = trim(doc.text, [t for t in sent if t.i not in phrase])
        if not content:
            return None
        return Found(*content, span_of(run), (tok.idx, to.idx + len(to.text)), False, bounds, run[-1].i,
                     form="according_to")
    # "according to curator Elaine Roe" parsed as two objects is one speaker headed by the last
    obj = objs[-1]
    speaker = [t for o in objs for t in o.subtree]
    named = _name_set_off(doc, obj)
    if named is not None:
        # "According to the chairman of the panel, Rep. Jo Roe of Ohio, the agency ...": the name set
        # off after the description is who it is, whatever the parser hung it from
        speaker += list(doc[obj.right_edge.i + 1:named.right_edge.i + 1])
        obj = named
    phrase = set(range(tok.i, obj.right_edge.i + 1))
    scope = list(sent)
    rest = [t for t in sent if t.i > obj.right_edge.i and not (t.is_punct and not t.is_quote)]
    if rest and rest[0].is_quote:
        # "..., and in the words of the prosecutor, \"...\"": the quote that follows is the content
        scope = [t for t in sent if t.i > obj.right_edge.i]
    clause = tok.head
    if clause.i != tok.i and clause.dep_ in ("ccomp",) and clause.head.i < tok.i and clause.head.pos_ == "VERB":
        # "The paper has learned that, according to a posting, the site was attacked": the
        # phrase vouches for the clause it stands in, not for the sentence around it
        scope = list(clause.subtree)
    elif clause.i != tok.i and clause.dep_ == "conj" and clause.head.i < tok.i:
        # "X has never been recognised, and according to the accords, Y is meant to ...": the phrase
        # vouches for its own conjunct, not for the clause before the "and"
        scope = list(clause.subtree)
    # "While the plan was cheap, according to the institute, costs rose": a clause of contrast before the
    # phrase is the writer's concession, not what the source vouches for
    conceded = {t.i for c in clause.children if c.dep_ == "advcl" and c.right_edge.i < tok.i
                and any(m.dep_ == "mark" and m.lower_ in words("contrast_marks") for m in c.children) for t in c.subtree}
    content = trim(doc.text, [t for t in scope if t.i not in phrase and t.i not in conceded])
    if not content:
        return None
    # "according to the 1993 accords": a standing text the outlet cites as background, not a report
    form = "background" if obj.pos_ != "PROPN" and obj.lemma_.lower() in words("standing_documents") else "according_to"
    return Found(*content, span_of(speaker), (tok.idx, to.idx + len(to.text)), False, bounds, obj.i, form=form)


def _name_set_off(doc, obj):
    """The head of a person's name set off by commas right after a common-noun description ("the
    chairman of the panel, Rep. Jo Roe of Ohio, ..."), else None."""
    j = obj.right_edge.i + 1
    if obj.pos_ != "NOUN" or j + 2 >= len(doc) or doc[j].text != "," or doc[j].sent != obj.sent:
        return None
    name = next((t for t in doc[j + 1:min(j + 8, obj.sent.end)] if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                 and t.left_edge.i == j + 1 and t.dep_ not in ("compound", "flat")), None)
    end = name.right_edge.i + 1 if name is not None else None
    if name is None or end >= obj.sent.end - 1 or doc[end].text != ",":
        return None
    return name
