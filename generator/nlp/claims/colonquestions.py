"""Questions put without quote marks: after a verb of asking and a colon ("Democrats ask: What debt crisis?",
"put a pointed question to the minister: had the army been warned?"), or before an inverted cue ("Why was the
pier sold? asks Mayor Ann Roe"). Split out of questions.py.
"""

from __future__ import annotations

from ..rules import words
from .found import Found, span_of

MAX_COLON_QUESTION_WORDS = 30


def unquoted(doc) -> list[Found]:
    """Questions put without quote marks: after a verb of asking and a colon ("Democrats ask: What debt
    crisis?"), or before an inverted one ("Why was the pier sold? asks Mayor Ann Roe")."""
    return _at_colon(doc) + _before_inverted(doc)


def _before_inverted(doc) -> list[Found]:
    """"Why was the pier sold? asks Mayor Ann Roe", "Can the port stay open? asked Ann Roe, the council
    leader": a sentence ending in "?", unquoted, then on the same line a verb of asking that opens its
    own sentence with a name after it (the parser makes it the subject or the object): that name's question."""
    out = []
    for sent in doc.sents:
        tok = sent[0]
        if tok.lemma_.lower() not in words("asking_verbs") or tok.pos_ not in ("VERB", "AUX") or sent.start == 0 \
                or tok.tag_ not in ("VBZ", "VBD") or any(c.dep_ == "neg" for c in tok.children):
            continue
        who = next((c for c in tok.children if c.dep_ in ("nsubj", "dobj") and c.i > tok.i and c.pos_ == "PROPN"), None)
        question = doc[sent.start - 1].sent
        said = doc.text[question.start_char:question.end_char].strip()
        if who is None or not said.endswith("?") or any(q in said for q in "\"“”") or "\n" in doc.text[
                question.start_char:tok.idx] or len(said.split()) > MAX_COLON_QUESTION_WORDS:
            continue
        name = [t for t in who.subtree if t.i <= who.i]
        out.append(Found(question.start_char, question.start_char + len(said), span_of(name),
                         (tok.idx, tok.idx + len(tok.text)), False, (question.start_char, sent.end_char), who.i,
                         form="colon", stance="questions"))
    return out


def _at_colon(doc) -> list[Found]:
    """"Democrats ask: What debt crisis?", "The mayor wondered: Why now?": a question a named subject
    puts after a verb of asking and a colon, unquoted, up to its question mark on the same line; after
    another verb, only a person's sentence opening as a question does ("Judge Roe interjected: What about Z?")."""
    out = []
    for tok in doc:
        colon = tok.i + 1 if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" else _put_question_colon(doc, tok)
        unnamed = _unnamed_asker(tok)
        if colon is None and unnamed:
            colon = _asked_question_colon(doc, tok)
        if tok.pos_ not in ("VERB", "AUX") or colon is None or colon + 1 >= len(doc) \
                or any(c.dep_ == "neg" for c in tok.children):
            continue
        asking = tok.lemma_.lower() in words("asking_verbs") or colon > tok.i + 1
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if (subj is None or subj.tag_ in ("WDT", "WP")) and not unnamed:
            continue
        start = doc[colon].idx + 1
        line_end = doc.text.find("\n", start)
        line_end = len(doc.text) if line_end < 0 else line_end
        mark = doc.text.find("?", start, line_end)
        said = doc.text[start:mark + 1] if mark >= 0 else ""
        if not said.strip() or any(q in said for q in "\"“”") or len(said.split()) > MAX_COLON_QUESTION_WORDS:
            continue  # a quoted question is joined to its cue by attach
        if unnamed and not _question_form(doc, doc[colon + 1], start + len(said)):
            continue  # "was asked the question: Does Z?" puts a question, not a statement after the colon
        if not asking and not (_a_person(subj) and _question_form(doc, doc[colon + 1], start + len(said))):
            # "Judge Roe interjected: What about the children?": another verb, a person, a sentence that
            # asks ("The questions for the EU remain: How much ...?" are the writer's)
            continue
        s, e = start + len(said) - len(said.lstrip()), mark + 1
        # (a question put by someone unnamed: no speaker shown, as questions.put_to)
        out.append(Found(s, e, span_of(subj.subtree) if not unnamed else None, (tok.idx, tok.idx + len(tok.text)), False,
                         (tok.sent.start_char, e), subj.i if not unnamed else None, form="colon", stance="questions"))
    return out


def _unnamed_asker(tok) -> bool:
    """"Hagel was asked the same question: ...": a passive verb of asking with no one named asking."""
    return tok.lemma_.lower() in words("asking_verbs") and tok.pos_ == "VERB" \
        and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)


def _asked_question_colon(doc, tok) -> int | None:
    """"was asked a different version of the same question: Does Z?", "was asked a question: Z?": the colon
    ending the phrase of a passive verb of asking whose object names the question (data/question_nouns),
    no other verb between; else None."""
    colon = next((t.i for t in doc[tok.i + 1:tok.sent.end] if t.text == ":"), None)
    if colon is None or doc[colon].head.i != tok.i:
        return None
    between = doc[tok.i + 1:colon]
    if any(t.pos_ in ("VERB", "AUX") for t in between) or not any(t.lower_ in words("question_nouns") for t in between):
        return None
    return colon


def _put_question_colon(doc, tok) -> int | None:
    """"put a pointed question to the minister: had the army been warned?": the colon ending the phrase of
    a verb that puts one question (data/putting_verbs, a question noun its object), else None."""
    if tok.lemma_.lower() not in words("putting_verbs") or not any(
            c.dep_ == "dobj" and c.lower_ in words("question_nouns") and not any(d.lower_ in ("no", "few") for d in c.children)
            for c in tok.children):
        return None
    return next((t.i for t in doc[tok.i + 1:tok.sent.end] if t.text == ":" and t.head.i == tok.i), None)


def _a_person(subj) -> bool:
    """A subject naming someone: a name, or a noun of a person or an office ("the mayor", "a spokeswoman")."""
    return subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON" or subj.lemma_.lower() in (
        words("person_nouns") | words("titles") | words("anonymous_nouns"))


def _question_form(doc, first, end: int) -> bool:
    """A person named before another verb and a colon, then one sentence opening as a question does (a
    question word or an auxiliary) and ending in "?" ("Judge Roe interjected: What about the children?")."""
    said = doc.text[first.idx:end]
    opens = first.tag_ in ("WDT", "WP", "WRB", "MD") or first.pos_ == "AUX" and first.i + 1 < len(doc) \
        and doc[first.i + 1].pos_ in ("PRON", "PROPN", "DET")
    # one sentence: no mark ending one before the "?" (an abbreviation's stop, "U.S.", is no end)
    inner = doc.char_span(first.idx, end - 1, alignment_mode="contract")
    ends = [t for t in inner] if inner is not None else None
    return opens and (not any(t.text in (".", "!", "?") for t in ends) if ends is not None
                      else not any(m in said[:-1] for m in ".!?"))
