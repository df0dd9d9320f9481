"""A report in an absolute clause after "with": "Many MPs have expressed anger, with Conservative MP Ana
Ruiz telling the BBC they were 'terribly misjudged'", "Residents were divided, with one shop owner, Tom
Reed, saying the plan would ruin the street". The speaker is the noun phrase between "with" and the
participle, never the subject of the sentence the clause hangs from; the parser often makes that noun
phrase the object of "with" and the participle a clause of the main verb, so a claim came out with the
main subject as its speaker, or none at all."""

from __future__ import annotations

from ..rules import words
from .found import Found, trim_chars

MAX_SPEAKER = 12  # tokens between "with" and the participle


def with_speakers(doc, found: list[Found]) -> list[Found]:
    """`found` with each claim of a with-clause's participle given that clause's speaker, and the claims
    no other rule found added (in place of one a verb before "with" took the clause's words for)."""
    out = list(found)
    for w, cue, speaker, head in _with_cues(doc):
        at = (cue.idx, cue.idx + len(cue.text))
        mine = [f for f in out if f.cue == at]
        for f in mine:
            f.speaker, f.head_i = speaker, head.i
        content = (mine[0].start, mine[0].end) if mine else _content(doc, cue)
        if content is None:
            continue
        kept = []
        for f in out:
            if f.form != "credit" and f not in mine and f.cue and f.cue[0] < w.idx and f.start < content[1] \
                    and content[0] < f.end:
                # a claim that ran on into the with-clause ends before it; one made of its words is none
                cut = trim_chars(doc.text, f.start, w.idx) if f.start < w.idx else None
                if cut is None:
                    continue
                f.start, f.end = cut
            kept.append(f)
        out = kept
        if mine:
            continue
        sent, said = cue.sent, doc.text[content[0]:content[1]]
        out.append(Found(*content, speaker, at, '"' in said or "“" in said, (sent.start_char, sent.end_char), head.i))
    return out


def _with_cues(doc):
    """("with", participle, speaker span, speaker head) of each "with <noun phrase> <reporting participle>"."""
    verbs = words("reporting_verbs")
    for w in doc:
        if w.lower_ != "with" or w.i == w.sent.start or doc[w.i - 1].text != ",":
            continue
        end = min(w.sent.end, w.i + MAX_SPEAKER + 2)
        cue = next((t for t in doc[w.i + 1:end] if t.pos_ in ("VERB", "AUX")), None)
        if cue is None or cue.tag_ != "VBG" or cue.lemma_.lower() not in verbs:
            continue
        between = [t for t in doc[w.i + 1:cue.i]]
        while between and (between[-1].is_punct or between[-1].pos_ == "ADV"):  # "Macron repeatedly saying"
            between.pop()
        if not between or between[-1].pos_ not in ("NOUN", "PROPN") or any(t.lower_ == "by" for t in between):
            continue
        of = next((t for t in between if t.lower_ == "of"), None)
        if of is not None and any(t.lemma_.lower() in words("recording_nouns") for t in between if t.i < of.i) \
                and of.i < between[-1].i:
            between = [t for t in between if t.i > of.i]  # "video and audio of Mr. Ruiz telling …": Ruiz
        heads = [t for t in between if t.head.i not in range(between[0].i, between[-1].i + 1) or t.head is t]
        head = next((t for t in heads if t.pos_ in ("NOUN", "PROPN")), between[-1])
        yield w, cue, (between[0].idx, between[-1].idx + len(between[-1].text)), head


def _content(doc, cue) -> tuple[int, int] | None:
    """What the participle reports: its clause, or the clause after whom it was told to ("telling the
    paper's Morning Desk they were unfair": the parser hangs "they were" anywhere)."""
    comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if comp is not None:
        toks = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head is comp)]
        return trim_chars(doc.text, toks[0].idx, toks[-1].idx + len(toks[-1].text))
    sent = cue.sent
    subj = next((t for t in doc[cue.i + 1:sent.end] if t.dep_ in ("nsubj", "nsubjpass", "expl")
                 and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX")), None)
    if subj is None:
        return None
    last = doc[sent.end - 1]
    return trim_chars(doc.text, subj.left_edge.idx, last.idx + len(last.text))
