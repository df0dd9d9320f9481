"""A source that says it is not known whether a claim holds questions it: "the senator said it was
unclear whether the money had been spent", "'It is not clear if he knew,' she said". The claim is
the clause after "whether"/"if" (stance: questions); a wh-question ("unclear how the money would be
raised") questions no claim and is asserted as said.
"""

from __future__ import annotations

from ..rules import words
from . import questions
from .found import trim_chars


def unclear_whether(doc, content) -> tuple[int, int] | None:
    """The words of the claim a source's "it is unclear whether Z" puts in doubt (Z), else None."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None
    root = span.root
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < root.i for c in root.children):
        return None  # "it was unclear", "it remains uncertain"; not "the plan was unclear"
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
