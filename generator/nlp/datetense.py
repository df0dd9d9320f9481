"""Which way a date's clause points (past | future | present | None), read from the parse.

"will meet on Tuesday" is the next Tuesday, "met on Tuesday" the last; "the May 10 letter
shows" names a record already made, so its date is past; "will publish the figures for July"
dates the period covered, not the event.
"""

from __future__ import annotations

from .timeexpr import Find, table

FUTURE_WORDS = {"will", "'ll", "shall", "wo"}
FUTURE_ADJ = {"due", "scheduled", "slated", "upcoming"}
SCHEDULED = {"schedule", "set", "slate", "plan", "expect"}


def _verb(doc, f: Find):
    """The verb (or auxiliary) the date expression hangs from, if any."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    t = span.root
    for _ in range(8):
        if t.head is t:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
        if t.pos_ in ("VERB", "AUX") or t.lemma_ in FUTURE_ADJ:
            return t
    return None


def clause_verb(doc, f: Find):
    """The verb (or auxiliary) whose clause holds the date expression, if any."""
    return _verb(doc, f)


def tense_of(doc, f: Find) -> str | None:
    """past | future | present | None: which way the date's clause points."""
    v = _verb(doc, f)
    if v is not None and v.lemma_ in SCHEDULED and (_describes_noun(doc, f) or _after_for(doc, f)):
        return "future"  # "he set a July 11 hearing", "they planned a vote for Tuesday"
    tense = _clause_tense(doc, f)
    noun = _noun_described(doc, f)
    if tense != "future" and noun is not None and noun.lemma_.lower() in table("record_noun"):
        # "the May 10 letter shows ...", "a report from June says ...": a record already made
        return "past"
    if tense != "past" and (_describes_noun(doc, f) or _period_of(doc, f)):
        # "Wall Street will dissect Friday's report", "will issue the reports for June": the
        # verb's time is not the date's; only a past verb dates the thing it acts on
        return None
    return tense


def _describes_noun(doc, f: Find) -> bool:
    root = doc.char_span(f.start, f.end, alignment_mode="expand").root
    if root.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN")


def _noun_described(doc, f: Find):
    """The noun a date modifies ("the May 10 letter", "a report from June"), if any."""
    root = doc.char_span(f.start, f.end, alignment_mode="expand").root
    if root.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN"):
        return root.head.head
    return None


def _after_for(doc, f: Find) -> bool:
    root = doc.char_span(f.start, f.end, alignment_mode="expand").root
    return root.dep_ == "pobj" and root.head.lower_ == "for"


def _period_of(doc, f: Find) -> bool:
    """ "will publish the figures for July": the period something covers, not when it happens."""
    root = doc.char_span(f.start, f.end, alignment_mode="expand").root
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_ not in SCHEDULED
            and prep.head.lemma_ not in FUTURE_ADJ)


def _clause_tense(doc, f: Find) -> str | None:
    v = _verb(doc, f)
    for _ in range(3):
        if v is None:
            return None
        if v.lemma_ in FUTURE_ADJ:
            return "future"
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in FUTURE_WORDS for c in aux):
            return "future"
        if any(c.lower_ == "to" for c in aux) and v.head is not v:
            # "is to be held", "is set to take place", "plans to meet": the governor decides
            gov = v.head
            if gov.lemma_ in table("future"):
                return "future"
            v = gov
            continue
        if v.tag_ == "VBG" and not aux and v.dep_ in ("pcomp", "advcl", "conj") and v.head is not v:
            # "will depart on Friday before returning on Saturday": a bare participle's clause takes
            # the time of the verb it hangs from
            gov = v.head.head if v.dep_ == "pcomp" else v.head
            if gov.pos_ in ("VERB", "AUX"):
                v = gov
                continue
        tenses = {t for c in [v, *aux] for t in c.morph.get("Tense")}
        if v.tag_ == "MD" or any(c.tag_ == "MD" for c in aux):
            # "could not attend on Friday" tells a past inability, "could have met" looks back
            perfect = any(c.lemma_ == "have" for c in aux) or any(c.dep_ == "neg" for c in v.children)
            ahead = any(c.tag_ == "MD" and c.lower_ in table("future_modal") for c in aux)
            return "future" if ahead and not perfect and v.tag_ in ("VB", "VBN") else None
        past_aux = any(c.tag_ == "VBD" for c in aux)  # "was", "had"; not the participle "been"
        if v.tag_ == "VBN" and v.lemma_ in SCHEDULED:
            # "has been scheduled for May 30", "a summit scheduled for June 28": planned, so ahead
            return None if past_aux else "future"
        if "Past" in tenses and (v.tag_ != "VBN" or not aux or past_aux):
            return "past"
        present_be = any(c.lemma_ == "be" and "Pres" in c.morph.get("Tense") for c in aux)
        if v.tag_ == "VBG" and present_be:
            return "future"  # present progressive of a dated event: "Romney is flying to Israel on Sunday"
        if v.tag_ == "VBN" and present_be:
            # present passive: "the sentencing is set for Aug. 5", "the bill is expected Thursday"
            return "future" if v.lemma_ in table("future") else "present"
        if v.tag_ == "VBN":  # "has been denied", "the report published on Sunday"
            return "past"
        if "Pres" in tenses:
            return "present"
        return None
    return None
