"""A speaker's own doubt or question said through a verb it hangs from: "I tend to doubt that Z", "I have
to wonder whether Z", "we need to ask whether Z", "we have to see whether Z", "we want to understand why Z"
(data/catenative_verbs, the doubt or question its to-infinitive). The speaker questions Z, as with "I doubt
that Z" (heldquestions.own_doubt). Not "we want to see if we can do a deal" (the speaker's own aim), "I have
to understand that Z" (no question), "we may want to know", "I don't need to ask".
"""

from __future__ import annotations

from ..rules import words
from . import questions
from .heldquestions import PERSONAL, own_doubt


def through(doc, content) -> tuple[int, int] | None:
    """The span of what the speaker's doubt or question through a verb like "tend" or "need" puts in
    question, else None."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None
    # ("Maybe, but I tend to doubt Z," X says: the parser may hang an opening adverb on the cue, beside the verb)
    root = next((t for t in span if t.pos_ in ("VERB", "AUX") and not span.start <= t.head.i < span.end), span.root)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_.lower() not in words("catenative_verbs") or subj is None or subj.lower_ not in PERSONAL \
            or any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return None
    verb = next((c for c in root.children if c.dep_ == "xcomp" and c.i > root.i and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and not any(a.dep_ in ("nsubj", "neg") for a in c.children)), None)
    if verb is None:
        return None
    return own_doubt(doc, verb, subj) or _found_out(doc, verb)


def _found_out(doc, verb) -> tuple[int, int] | None:
    """"see whether Z", "find out if Z", "understand why Z": the question a verb of finding out takes
    (a whether/if clause, or one asking why), not one about the speaker's own doing ("see if we can")."""
    lemma = verb.lemma_.lower()
    if lemma not in words("finding_out_verbs") or lemma == "find" and not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i:
            continue
        asks = questions.clause_marked(c) or c.left_edge.lower_ == "why"
        own = any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("i", "we") for s in c.children)
        if asks and not own:
            return questions.content(doc, c)
    return None
