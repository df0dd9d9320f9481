"""A question or doubt said inside a longer quote of the speaker's, the quote staying the speaker's words
as said (inquotes.nested puts the question as a claim of its own, nested in the quote):

    "I respect her career," X said, "but I have many questions and concerns about her appointment to
    lead the board" — X questions "her appointment to lead the board" (the speaker's own "have", its
    coordinated nouns holding the question too, a "but" joining it to what the quote said before);
    "I believe there are also serious questions about the account that the mayor gave" — a view the
    speaker frames as their own (data/own_belief_verbs), not others' questions listed;
    "The vote is open," X said. "The question is whether Z but W" — a quote going on after its cue puts
    the open question (unclear.open_question) as the quote with a cue does.
"""

from __future__ import annotations

from ..rules import words
from . import questions
from .found import Found, trim, trim_chars
from .heldquestions import a_question, about_objects, asked_clause
from .unclear import called_open, open_question, polar_question

OWN = {"i", "we"}


def inside(doc, f: Found) -> list[tuple[int, int]]:
    """The spans of what the speaker's own questions inside quote f question. A quote that is itself all one
    open question ('"I think it's much more an open question."') is no outer quote around it: f becomes
    the question (its stance questions, its closing mark left out), and no span is given for it."""
    span = doc.char_span(f.start, f.end, alignment_mode="contract")
    out = []
    for tok in span or ():
        held = _own_held(tok) or _believed_held(tok)
        about = _about(doc, held) if held is not None else None
        if about is not None and f.start <= about[0] and about[1] <= f.end:
            out.append(about)
    if f.cue is None:
        # a quote going on after its cue: each sentence that says a question is open
        for sent in span.sents if span is not None else ():
            s, e = max(sent.start_char, f.start), min(sent.end_char, f.end)
            put = open_question(doc, (s, e)) or _called_open(doc, s, e)
            # a direct wh-question is rhetoric ("The question is, what kind of city do you want?"), as in inquotes
            rhetoric = put is not None and doc.text[put[0]:put[1]].rstrip().endswith("?") and not polar_question(doc, put)
            if put is not None and not rhetoric and s <= put[0] and put[1] <= e:
                out.append(_before_but(doc, put))
    whole = trim_chars(doc.text, f.start, f.end)
    if out and whole is not None and out[-1][0] == whole[0] and doc.text[out[-1][1]:whole[1]].strip(".!") == "":
        f.start, f.end, f.stance = *out.pop(), "questions"  # (a quote of one open question: the question itself)
    return out


def _called_open(doc, s: int, e: int) -> tuple[int, int] | None:
    """'"I think it's much more an open question."': a sentence calling what it speaks of open (unclear.called_open)."""
    span = doc.char_span(s, e, alignment_mode="contract")
    return called_open(doc, span) if span is not None and len(span) else None


def _before_but(doc, put: tuple[int, int]) -> tuple[int, int]:
    """The question without a clause of the speaker's own joined by "but" ("whether Z but the figures
    suggest W": Z)."""
    span = doc.char_span(*put, alignment_mode="contract")
    toks = list(span or ())
    but = next((t for t in toks if t.dep_ == "cc" and t.lower_ == "but" and any(
        v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c.i > t.i for c in v.children)
        for v in toks if v.i > t.i)), None)
    if but is None or but.i == span.start:
        return put
    return trim(doc.text, list(doc[span.start:but.i]))


def _own_held(tok):
    """"I have (many) questions and concerns": the question noun the speaker's own "have" holds."""
    if tok.lemma_ != "have" or not _own_subject(tok) or _negated(tok):
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and a_question(c)), None)


def _believed_held(tok):
    """"I believe there are also questions": the question noun of a there-clause the speaker frames."""
    if tok.lemma_ != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in tok.children) or _negated(tok):
        return None
    frame = tok.head
    if tok.dep_ != "ccomp" or frame.lemma_.lower() not in words("own_belief_verbs") or not _own_subject(frame) \
            or _negated(frame):
        return None
    return next((c for c in tok.children if c.dep_ in ("attr", "nsubj") and a_question(c)), None)


def _own_subject(tok) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in OWN for c in tok.children) \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _about(doc, held) -> tuple[int, int] | None:
    """What the questions are about ("about/over/on" after the noun, one coordinated with it, or its verb):
    a whether- or wh-clause, or a claim, a quality or a matter (data/questioned_matters), without an
    example listed after it (", such as Y", ", especially Y")."""
    nouns = [held, *(c for c in held.children if c.dep_ == "conj"), held.head]
    for head in nouns:
        for o in about_objects(head, held.i):
            if asked_clause(o):
                return questions.content(doc, o)
            if o.dep_ == "pobj" and {o.lemma_.lower(), o.lower_} & (
                    words("claim_nouns") | words("questioned_aspects") | words("questioned_matters")):
                return _matter(doc, o)
    return None


def _matter(doc, noun) -> tuple[int, int] | None:
    """The noun's phrase, with a to-clause the parser hung on the verb right after it ("her appointment to
    lead the board"), up to a comma that lists an example."""
    toks = list(noun.subtree)
    nxt = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "to" and nxt.head.dep_ in ("advcl", "xcomp", "acl") and nxt.head.head.i != noun.i:
        toks += [t for t in nxt.head.subtree if t.i > toks[-1].i]
    comma = next((t.i for t in toks if t.text == "," and t.i > noun.i), None)
    return trim(doc.text, [t for t in toks if comma is None or t.i < comma])
