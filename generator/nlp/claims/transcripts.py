"""Interview transcripts: paragraphs opened by a speaker's label ("Q: ...", "A. ...", "ROE: ...",
"Roe: ..."), each the labelled speaker's own words.

A transcript is two or more labelled paragraphs, one of them a question. A label is "Q" or "A", or a
name the text gave before the first label (the introduction: "Mayor Jo Roe spoke to the Herald"),
so a page's "SEE ALSO:" or "Update:" is no speaker. "A" is the one person the introduction names;
"Q", the interviewer the text does not name, is nobody shown; a name label is the speaker it names,
shown as introduced. A paragraph ending in "?" asks it.
"""

from __future__ import annotations

import re

from .found import Found, trim_chars

# a paragraph's label: one to three capitalised words and a colon, or a lone "Q"/"A" and a colon or full stop
LABEL = re.compile(r"^[ \t]*(?:(?P<qa>[QA])[:.]|(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’.-]*){0,2}):)[ \t]+(?=\S)",
                   re.M)


def in_doc(doc) -> list[Found]:
    """The claims of the labelled paragraphs of an interview transcript, if the text holds one."""
    text = doc.text
    labelled = [m for m in LABEL.finditer(text)]
    if len(labelled) < 2:
        return []
    intro = text[:labelled[0].start()]
    named = _introduced(doc, len(intro))
    rows = []
    for m in labelled:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        span = trim_chars(text, m.end(), end)
        if span is None:
            continue
        if m.group("qa"):
            who = None if m.group("qa") == "Q" else (_the_one_person(named) or False)
        else:
            who = _named_by(named, m.group("name"))
        if who is False:
            return []  # an answer whose speaker the introduction does not tell, or a label that names no one
        rows.append((m, span, who))
    if not any(text[s:e].rstrip().endswith("?") or m.group("qa") == "Q" for m, (s, e), _ in rows):
        return []  # labelled lines with no question are no interview
    out = []
    for m, (s, e), who in rows:
        line = (m.start(), e)
        # the label and its colon or stop, without the spaces after it ("Q:   Will ...?": "Q:")
        cue = (m.start("qa"), m.end("qa") + 1) if m.group("qa") else (m.start("name"), m.end("name") + 1)
        stance = "questions" if text[s:e].rstrip().endswith("?") else "asserts"
        out.append(Found(s, e, who[0] if who else None, cue, False, line, who[1] if who else None,
                         form="colon", stance=stance))
    return out


def _introduced(doc, upto: int) -> list:
    """The named entities (people and organisations) of the text before the first label."""
    return [ent for ent in doc.ents if ent.end_char <= upto and ent.label_ in ("PERSON", "ORG")]


def _the_one_person(named: list):
    """The speaker span and head of the one person the introduction names, else None."""
    people = {ent.text.split()[-1].lower(): ent for ent in named if ent.label_ == "PERSON"}
    if len(people) != 1:
        return None
    ent = next(iter(people.values()))
    return (ent.start_char, ent.end_char), ent.root.i


def _named_by(named: list, label: str):
    """The introduction's mention a name label stands for ("SHANKAR" for "Mayor Ravi Shankar"), or False."""
    low = label.lower()
    for ent in named:
        words_ = [w.lower() for w in ent.text.split()]
        if low == " ".join(words_) or low == words_[-1] or low == words_[0] and ent.label_ == "ORG":
            return (ent.start_char, ent.end_char), ent.root.i
    return False
