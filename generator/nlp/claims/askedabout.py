"""Questions put about something. Told from the one asked: "Asked later about the cost of the bridge, the
mayor said ...", "asked by a reporter about the port's debts, she said ...", "when questioned about his
ties to the firm", "challenged repeatedly by lawmakers about her past positions". The passive or the
bare participle of a verb of asking or pressing with an "about" phrase puts what follows "about" in
question (stance questions); the asker is the one after "by", else no one shown (someone unnamed asked).
A whether- or wh-clause after the verb is questions.put_to's; a person or a pronoun asked about ("asked
about Roe", "asked about it") is no claim put in question, nor a thing one is pressed on ("was pressed on
the budget"), only a claim or a quality of one (data/questioned_aspects: "challenged about his positions").
Told from the asker, with a question noun: "Reporters shouted questions to the players about how they
felt", "asked tough questions of officials about their actions" (data/putting_verbs): the subject
questions the whether- or wh-clause, claim or quality the questions are about (heldquestions.asked_about).
"""

from __future__ import annotations

from ..rules import words
from . import questions
from .found import Found, span_of, trim
from .heldquestions import a_question, about_objects, asked_clause, can_doubt
from .subjects import speaker_span, subject

# the preposition that names what a question is about, by the verb's kind
ABOUT = {"asking": ("about",), "pressing": ("about", "over", "on")}


def in_doc(doc) -> list[Found]:
    """The questions of the kind above in a parsed document."""
    return [f for f in (_asked_about(doc, tok) or _questions_put(doc, tok) for tok in doc) if f is not None]


def _kind(tok) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in words("asking_verbs") or lemma == "question":
        return "asking"
    return "pressing" if lemma in words("pressing_verbs") else None


def _put_to_subject(tok) -> bool:
    """A passive ("was asked about Z") or a participle with no subject of its own ("Asked about Z, Roe
    said", "when questioned about Z", "..., challenged by X about Z"); not an active verb ("Roe asked
    about Z", "has asked about Z"), whose subject asks."""
    deps = {c.dep_ for c in tok.children}
    if "auxpass" in deps:
        return True
    # (a participle with its asker after "by" may be tagged a past tense: "..., challenged by X about Z")
    return not deps & {"aux", "nsubj", "nsubjpass"} and (tok.tag_ == "VBN" or "agent" in deps) \
        and tok.dep_ in ("advcl", "acl", "conj")


def _asked_about(doc, tok) -> Found | None:
    kind = _kind(tok)
    if tok.pos_ != "VERB" or kind is None or not _put_to_subject(tok) or any(c.dep_ == "neg" for c in tok.children) \
            or questions.clause(tok) is not None:
        return None
    asker = next((o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    # the phrase on the verb, or hung by the parser on the asker ("asked by a reporter about Z")
    held = (tok, asker) if asker is not None else (tok,)
    thing = next((o for h in held for p in h.children if p.dep_ == "prep" and p.lower_ in ABOUT[kind] and p.i > tok.i
                  for o in p.children if o.dep_ == "pobj"), None)
    if thing is None or thing.pos_ in ("PRON", "PROPN") and thing.ent_type_ in ("PERSON", "") \
            or thing.ent_type_ in ("PERSON", "DATE", "TIME") or thing.lower_ in questions.MARKS:
        return None
    if kind == "pressing" and not {thing.lemma_.lower(), thing.lower_} & (words("claim_nouns") | words("questioned_aspects")):
        return None  # ("was pressed on the budget": pressed on a thing, no claim in question; heldquestions' rule)
    toks = list(thing.subtree)
    # without a time the parser hung on it ("about the delays at the crossing on Monday")
    when = next((p.i for p in toks if p.dep_ == "prep" and p.right_edge.i == toks[-1].i
                 and any(o.ent_type_ in ("DATE", "TIME") for o in p.children if o.dep_ == "pobj")), None)
    content = trim(doc.text, [t for t in toks if when is None or t.i < when])
    if content is None or content[1] - content[0] < 8:
        return None
    sent = tok.sent
    cue = (tok.idx, tok.idx + len(tok.text))
    if asker is None:
        return Found(*content, None, cue, False, (sent.start_char, sent.end_char), None, stance="questions")
    about = {t.i for p in asker.children if p.dep_ == "prep" and p.lower_ in ABOUT[kind] and p.i > asker.i for t in p.subtree}
    return Found(*content, span_of([t for t in asker.subtree if t.i not in about]), cue, False,
                 (sent.start_char, sent.end_char), asker.i, stance="questions")


def _questions_put(doc, tok) -> Found | None:
    """"shouted questions to the players about how they felt": the subject of a verb putting a question noun."""
    verb = tok.head
    if tok.dep_ != "dobj" or not a_question(tok) or verb.lemma_.lower() not in words("putting_verbs") \
            or any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    # the phrase on the noun, or hung by the parser on the verb after it or on those asked ("to the players")
    asked = [o for h in (tok, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "of") for o in p.children]
    about = next((o for h in (tok, verb, *asked) for o in about_objects(h, tok.i)), None)
    if about is None:
        return None
    if asked_clause(about):
        content = questions.content(doc, about)
    elif about.dep_ == "pobj" and {about.lemma_.lower(), about.lower_} & (words("claim_nouns") | words("questioned_aspects")):
        content = trim(doc.text, list(about.subtree))
    else:
        return None
    subj = subject(verb)
    if (subj is None or subj.dep_ == "expl") and verb.dep_ == "advcl":
        # "There were many reporters, shouting questions ...": the ones there
        subj = next((c for c in verb.head.children if c.dep_ == "attr" and c.i < verb.i), None)
    if content is None or content[1] - content[0] < 8 or subj is None or not (can_doubt(subj) or subj.tag_ == "NNS"):
        return None
    sent = tok.sent
    return Found(*content, speaker_span(subj, verb), (verb.idx, verb.idx + len(verb.text)), False,
                 (sent.start_char, sent.end_char), subj.i, stance="questions")
