"""A source that says it is not known whether a claim holds questions it: "the senator said it was
unclear whether the money had been spent", "'It is not clear if he knew,' she said". The claim is
the clause after "whether"/"if" (stance: questions); a wh-question ("unclear how the money would be
raised") questions no claim and is asserted as said.
"""

from __future__ import annotations

from ..rules import words
from . import questions
from .found import trim, trim_chars


def unclear_whether(doc, content) -> tuple[int, int] | None:
    """The words of the claim a source's "it is unclear whether Z" puts in doubt (Z), else None."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None
    root = span.root
    soon = too_soon_to_say(doc, root) or called_open(doc, span)
    if soon is not None:
        return soon
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < root.i for c in root.children):
        return unsure_whether(doc, root)  # "it was unclear", "it remains uncertain"; not "the plan was unclear"
    negated = any(c.dep_ == "neg" for c in root.children)
    said = next((c for c in root.children if c.dep_ == "acomp" and c.i > root.i), None)
    if said is None:
        return None
    negated = negated or any(c.dep_ == "neg" for c in said.children)
    wanted = f"not {said.lower_}" if negated else said.lower_
    if wanted not in words("unclear_words"):
        return None
    clause = next((c for h in (root, said) for c in h.children if c.dep_ in ("ccomp", "csubj", "advcl") and c.i > said.i
                   and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") and m.i < c.i for m in c.children)), None)
    if clause is None:
        return None
    return questions.content(doc, clause)


def too_soon_to_say(doc, root) -> tuple[int, int] | None:
    """"it is premature to say that Z", "It was too early to tell whether Z", "it would be too soon to conclude
    Z": a source saying it cannot yet tell whether a claim holds questions it (Z; data/too_soon_words, a verb
    of data/too_soon_verbs). Not negated ("it is not premature to say that Z" asserts Z), nor a forecast
    ("too early to say whether the truce will hold": the source's own forecast, asserted)."""
    if root.lemma_ not in ("be", "seem") or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in root.children):
        return None
    word = next((c for c in root.children if c.dep_ in ("acomp", "advmod") and c.i > root.i and _too_soon(c)), None)
    if word is None or any(c.dep_ == "neg" for c in (*root.children, *word.children)):
        return None
    verb = next((c for h in (word, root) for c in h.children if c.dep_ == "xcomp" and c.i > word.i
                 and c.lemma_.lower() in words("too_soon_verbs") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > verb.i
                   and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)), None) if verb is not None else None
    if clause is None or _forecast(clause) or _wh_led(clause):
        return None  # ("too early to say what caused the crash": a wh-question puts no claim in doubt)
    return trim(doc.text, [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)])


def _too_soon(word) -> bool:
    """A word of data/too_soon_words as the text has it: "premature", or "early" / "soon" after "too"."""
    too = any(c.dep_ == "advmod" and c.lower_ == "too" for c in word.children)
    return word.lower_ in words("too_soon_words") or too and f"too {word.lower_}" in words("too_soon_words")


def _forecast(clause) -> bool:
    """A clause telling what will or may come ("the truce will hold", "it is going to pass")."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "going") or c.i == clause.i and (c.lower_ == "going" or c.tag_ == "MD")
               for c in (clause, *clause.children))


def called_open(doc, span) -> tuple[int, int] | None:
    """"it's still an open question", "I think that remains an unanswered question", "Whether Z is an open
    question", "Whether Z remains open / unclear": a source calling what it speaks of an open question (data/question_nouns with a word of
    data/open_question_words) questions it: the clause its "whether" opens (Z), else its words as they stand.
    Not negated ("it is no longer an open question"), nor a question it names ("the open question of
    funding", "an open question for the board": the matter named, not called open)."""
    root = span.root
    if root.lemma_.lower() in words("own_belief_verbs") and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children):
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), root)  # "I think it's Z"
    if root.lemma_.lower() not in words("open_question_verbs") or any(c.dep_ == "expl" for c in root.children) \
            or any(c.dep_ == "neg" or c.lower_ == "longer" for h in (root, *root.children) for c in h.children):
        return None  # "it is not / no longer an open question"; "there are unanswered questions" calls nothing open
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "csubj") and c.i < root.i), None)
    asked = subj is not None and subj.dep_ == "csubj" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in subj.children)
    if asked and any(c.dep_ == "acomp" and c.lower_ in words("open_question_words") | words("unclear_words") for c in root.children):
        return questions.content(doc, subj)  # "Whether Z remains open / unclear": Z
    noun = next((c for c in root.children if c.dep_ == "attr" and c.lower_ in words("question_nouns")), None)
    if noun is None or any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children) \
            or any(c.dep_ == "prep" for c in noun.children) \
            or not any(c.dep_ == "amod" and c.lower_ in words("open_question_words") for c in noun.children):
        return None
    if asked:
        return questions.content(doc, subj)  # "Whether Z remains an open question": Z
    return trim_chars(doc.text, span.start_char, span.end_char)


def unsure_whether(doc, root) -> tuple[int, int] | None:
    """A source's words that someone is not sure of a claim: "he was not sure whether the letter had
    arrived", "investigators did not know if Z", "she was skeptical that the cut had helped", "we are not
    convinced that Z" (Z, as "it is unclear whether Z"). Not a named third party's knowledge ("Roe did not
    know whether Z" is told of Roe), nor a doubt of what will come or can be done ("he was skeptical that
    the truce would hold", "not sure that he could back it": the source's own forecast, asserted)."""
    # (the parser may hang the subject on the auxiliary: "she was not convinced"; given two, the one next to
    # the verb: "No secrets -- everyone knew what we did" is everyone's knowledge, not "no secrets" knowing)
    subj = max((c for h in (root, *(a for a in root.children if a.dep_ in ("aux", "auxpass"))) for c in h.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i), key=lambda c: c.i, default=None)
    nobody = subj is not None and _nobody(subj)
    if subj is None or not (subj.pos_ == "PRON" or subj.tag_ == "NNS" and subj.ent_type_ == "" or nobody):
        return None  # "he", "we", "investigators", "no one"; not "the mayor", "Roe": what they know is told of them
    passive = any(c.dep_ == "auxpass" for c in root.children)  # "was not convinced that Z", parsed as a passive
    if root.lemma_ == "be" or passive:
        held = root if passive else next((c for c in root.children if c.dep_ == "acomp" and c.i > root.i), None)
        if held is None:
            return None
        negated = any(c.dep_ == "neg" for c in (*root.children, *held.children))
        if not (held.lower_ in words("doubting_words") and not negated
                or held.lower_ in words("belief_attitudes") and negated):
            return None  # "skeptical that", "not sure whether"; not "sure that", "not skeptical"
        heads = (held, root)
    elif root.lemma_.lower() in words("unknowing_verbs") and (any(c.dep_ == "neg" for c in root.children) or nobody):
        heads = (root,)  # "did not know whether Z", "no one knows why Z" (the negation in the subject)
    else:
        return None
    clause = next((c for h in heads for c in h.children if c.dep_ in ("ccomp", "advcl") and c.i > h.i
                   and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)), None)
    if clause is None:
        return None
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "going") or c.i == clause.i and (_going_to(c) or c.tag_ == "MD")
           for c in (clause, *clause.children)):
        return None  # "not sure he could", "don't know if it will": the source's own forecast
    mark = next((m.lower_ for m in clause.children if m.dep_ == "mark" and m.i < clause.i), None)
    if mark in ("whether", "if") or heads == (root,) and _wh_led(clause) and subj.lower_ not in ("i", "we"):
        # ("he did not know what Z", "no one knows how Z": what Z, how Z; not the speaker's own "I don't
        # know why anyone expects change", as often said to deny as to ask)
        return questions.content(doc, clause)
    if heads == (root,) or mark not in ("that", None):
        return None  # ("did not know that Z": Z is told as known)
    return questions.content(doc, clause)


def _going_to(verb) -> bool:
    """ "is going to win": "going" with a to-infinitive, a forecast (not "is going to Paris")."""
    return verb.lower_ == "going" and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                          for c in verb.children)


def _nobody(subj) -> bool:
    """ "No one", "nobody", "none of us": a subject that says no one holds what the verb says (data/nobody_words)."""
    return subj.lower_ in words("nobody_words") and subj.lower_ != "no" or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _wh_led(clause) -> bool:
    """A clause a wh-word opens ("why the mayor is going", "how it was drafted"), past any punctuation."""
    first = next((t for t in clause.doc[clause.left_edge.i:clause.i + 1] if not t.is_punct), None)
    return first is not None and first.tag_ in ("WRB", "WP", "WDT")


def open_question(doc, content) -> tuple[int, int] | None:
    """The question a source's words say is open, else None: "the question now is whether Z" (Z, as
    "asked whether Z"), "the question becomes, 'How long is that sustainable?'" (the direct question, to
    its "?"), "serious questions remain over why Z" ("why Z"). Not "the question is not whether Z", nor
    "the question of funding remains" (no question put)."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is not None and subj.lower_ in words("quantity_words"):
        # "plenty of questions remain about Z": the questions the amount is of
        subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), subj)
    if subj is None or subj.lower_ not in words("question_nouns") or root.lemma_.lower() not in words("open_question_verbs") \
            or any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "n’t", "never") for c in root.children) \
            or any(c.dep_ == "cc" and c.lower_ == "but" for c in root.children):
        return None  # "the question isn't whether X, but whether Y": a point argued, said as it stands
    clauses = [c for c in root.children if c.dep_ in ("ccomp", "attr", "advcl", "csubj") and c.i > root.i]
    marked = next((c for c in clauses if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") and m.i < c.i
                                             for m in c.children)), None)
    if marked is not None:
        return questions.content(doc, marked)  # "the question is whether Z": Z
    over = next((o for p in root.children if p.dep_ == "prep" and p.lower_ in ("over", "about", "on") and p.i > root.i
                 for o in p.children if o.dep_ == "pcomp"), None)
    if over is not None and any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ in ("whether", "if") for t in over.subtree):
        return questions.content(doc, over)  # "questions remain over why Z": why Z
    # (the wh-word right after the verb, or after the comma of "Question is, what do you do to Z")
    wh = next((c for c in clauses if _wh_led(c) and all(t.is_punct for t in doc[root.i + 1:c.left_edge.i])), None)
    if wh is not None and "?" not in doc.text[wh.left_edge.idx:root.sent.end_char]:
        return questions.content(doc, wh)  # "the big question is who pays for it": who pays for it
    direct = clauses[0] if clauses else None
    sent = root.sent
    # the question's first word, past the comma or quote mark the parser may hang on it ("the question is, is he ...?")
    first = next((t for t in doc[direct.left_edge.i:direct.i + 1] if not t.is_punct), direct) if direct is not None else None
    ask = next((t for t in doc[first.i:sent.end] if t.text == "?"), None) if direct is not None else None
    if ask is None or not any(t.tag_ in ("WRB", "WP", "WDT", "MD") or t.pos_ == "AUX" and t.i == first.i
                              for t in doc[first.i:ask.i] if t.i <= direct.i):
        return None
    return trim_chars(doc.text, first.idx, ask.idx + 1)  # 'the question becomes, "How long ...?"'


def polar_question(doc, content) -> bool:
    """A direct yes-or-no question about a third party: "Is the mayor ready for this?", "Can he serve
    the city?" (it opens with an auxiliary or modal verb, its subject no "you", "we" or "I": "Do you want
    four more years?", "Can we afford it? We can't" are rhetoric). It questions the claim it turns round;
    a wh-question ("What kind of country do you want?") questions none."""
    span = doc.char_span(*content, alignment_mode="expand")
    toks = [t for t in span or () if not t.is_punct and not t.is_space]
    if not toks or not doc.text[content[0]:content[1]].rstrip(" \"'”’").endswith("?"):
        return False
    first = toks[0]
    # its subject, however parsed ("is the mayor ready?" may hang "mayor" as an attribute)
    subj = next((t for t in toks[1:] if t.dep_ in ("nsubj", "nsubjpass", "expl", "attr") or t.pos_ in ("PRON", "PROPN", "NOUN")), None)
    return (first.tag_ == "MD" or first.pos_ == "AUX" or first.lemma_ in ("be", "do", "have")) \
        and subj is not None and subj.lower_ not in ("you", "ya", "y'all", "we", "i")
