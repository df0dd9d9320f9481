"""Who says a participle cue ("... saying") the parser gave a thing for its subject.

"Her voice shook as she ended her speech saying: ...", "Roe laid out his concerns saying, ...", "the
judge was unmoved by Doe's apology, saying that ...": the parser hangs the participle on the verb or
noun next to it, and the subject found that way is a thing someone has ("her voice", "his concerns")
or the thing a passive was by ("by Doe's apology"), which says nothing. The speaker is then the
subject of the nearest verb before the cue that can speak ("she ended", "Roe laid", "the judge was
unmoved"), as a reader takes a participle's doer from the clause it follows.
"""

from __future__ import annotations

from ..personhood import is_person_noun
from ..rules import words

# pronouns that name no speaker a participle could go on from
IMPERSONAL = frozenset({"it", "this", "that", "which", "what", "these", "those", "there"})


def _said_by_thing(subj, tok, can_speak) -> bool:
    """Whether a participle cue's found subject is a thing that says nothing: a common noun that is no
    person, body or document, had by someone ("her voice") or the agent of a passive ("by the plea")."""
    if subj.pos_ != "NOUN" or subj.i > tok.i or can_speak(subj):
        return False
    lemma = subj.lemma_.lower()
    if lemma in words("document_nouns") or lemma in words("statement_nouns"):
        return False  # ("his statement, saying ...": the statement speaks, as a document)
    owned = any(c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN") for c in subj.children)
    # (a thing the passive was by, not people the parser did not know for people: "by Arab MPs")
    by_agent = subj.dep_ == "pobj" and subj.head.dep_ == "agent" and subj.is_lower and not is_person_noun(subj.text)
    return owned or by_agent


def doer_before(tok, subj, can_speak):
    """The subject to show for a participle cue: `subj`, unless it is a thing that says nothing, then the
    speaking subject of the nearest verb before the cue in its sentence (None if there is none)."""
    if subj is None or tok.tag_ != "VBG" or not _said_by_thing(subj, tok, can_speak):
        return subj
    for j in range(tok.i - 1, tok.sent.start - 1, -1):
        verb = tok.doc[j]
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBG":
            continue
        doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if doer is not None and doer.lower_ not in IMPERSONAL and doer.tag_ not in ("WP", "WDT") and can_speak(doer):
            return doer
    return subj
