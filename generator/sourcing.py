"""A sourcing grade per claim, with its reasons, a ranking by importance, and a sourcing profile.

Grades run from A (a named person, on the record) to E (no source given): each hedge ("it is not
clear", "reportedly") and each note that the outlet could not verify the claim drops it a step.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from .model import Claim

QUALIFIERS = Path(__file__).parent / "nlp" / "data" / "qualifiers.txt"
BASE = {"named": "A", "organization": "B", "document": "B", "anonymous": "D", "unattributed": "E"}
REASONS = {
    "named": "named source on the record",
    "organization": "named organisation or outlet",
    "document": "a document or report",
    "anonymous": "anonymous source",
    "unattributed": "no source given",
}
# what the source does with the content, when it does not simply assert it
STANCES = {"denies": "the source denies this", "questions": "the source questions this"}
DROPS = {"hedge": "hedged in the text", "unverified": "the outlet could not verify it"}
GRADES = "ABCDE"
QUOTE_MARKS = re.compile(r'[“”"]')
QUOTED = re.compile(r'“[^“”]*”|"[^"]*"')
WORD_RE = re.compile(r"[a-z][a-z'-]{2,}")
STOP = frozenset("the and that this with from have has had was were are for not but his her their its "
                 "they them would could will said says about been into also than more some such which who".split())


@cache
def qualifier_rules() -> tuple[tuple[str, re.Pattern], ...]:
    rules = []
    for line in QUALIFIERS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, pattern = line.split("\t", 1)
            rules.append((kind, re.compile(pattern, re.I)))
    return tuple(rules)


def qualifiers(sentence: str) -> list[str]:
    """Kinds of qualifier (hedge, denial, unverified, no_comment) a sentence carries."""
    return sorted({kind for kind, rx in qualifier_rules() if rx.search(sentence)})


def _unquoted(text: str, claim: Claim) -> str:
    """The claim's sentence with its quoted words blanked: those within quotation marks, and the
    claim's own span when it is wholly a direct quote (one running over several sentences opens before);
    a paraphrase around quoted words ("a “compression of the neck,” suggesting he may have been
    strangled") keeps its own hedge."""
    end = claim.sentence_end
    while end < len(text) and text[end] in '”"':  # the closing mark after the sentence's stop
        end += 1
    chars = list(text[claim.sentence_start:end])
    spans = [m.span() for m in QUOTED.finditer("".join(chars))]
    if claim.quote and not QUOTE_MARKS.search(text[claim.start:claim.end]):  # a quote, not words around one
        spans.append((claim.start - claim.sentence_start, claim.end - claim.sentence_start))
    for a, b in spans:
        chars[max(a, 0):max(b, 0)] = " " * (max(b, 0) - max(a, 0))
    return "".join(chars)


def grade(claim: Claim, quals: list[str]) -> tuple[str, list[str]]:
    """A claim's grade and the reasons for it, shown beside it on the page."""
    if claim.form == "credit":
        return "B", ["photo or media credit"]
    step = GRADES.index(BASE.get(claim.source_type, "E"))
    reasons = [REASONS.get(claim.source_type, claim.source_type)]
    if claim.via:
        reasons.append(f"as told to {claim.via}")
    if claim.quote and claim.source_type == "named":
        reasons.append("direct quote")
    for q in quals:
        if q in DROPS:
            step = min(step + 1, len(GRADES) - 1)
            reasons.append(DROPS[q] + " (one grade lower)")
    if claim.stance in STANCES:
        reasons.append(STANCES[claim.stance])
    return GRADES[step], reasons


def grade_claims(claims: list[Claim], text: str, people: Sequence = ()) -> list[Claim]:
    """Each claim with its qualifiers, grade (A best .. E worst), reasons and importance rank."""
    out = []
    for c in claims:
        sentence = text[c.sentence_start:c.sentence_end]
        own = set(qualifiers(sentence)) - {"no_comment", "denial"} if c.form != "credit" else set()
        # a modal in the speaker's own quoted words ("than I could have feared") is theirs, not the text's hedge
        if "hedge" in own and "hedge" not in qualifiers(_unquoted(text, c)):
            own.discard("hedge")
        # a denial verb in the sentence marks the claim it denies, not the others beside it
        # ("rejected the notion ..., saying that ..." asserts what follows "saying")
        own |= {"denial"} if c.stance == "denies" else set()
        quals = sorted(set(c.qualifiers) | own)
        g, reasons = grade(c, quals)
        out.append(replace(c, qualifiers=tuple(quals), grade=g, grade_reasons=tuple(reasons)))
    return rank_claims(out, text, people)


def rank_claims(claims: list[Claim], text: str, people: Sequence = ()) -> list[Claim]:
    """Importance: the lead's and the headline subject's claims first, then salient people in or
    behind the claim, novelty of content and source; a repeat is no key point.

    people: entities with `id`, `mentions` and `salience`; the headline subject is whoever the
    title line (the text's first line) names, else the most salient person. A claim printed twice
    (a caption repeated) or nested inside another claim ranks 0, so key points stay distinct.
    """
    length = max(len(text), 1)
    top = max((p.salience for p in people), default=1.0) or 1.0
    lead_end = _lead_end(text)
    title_end = text.find("\n") if "\n" in text else len(text)
    subjects = {p.id for p in people if any(s < title_end for s, _ in p.mentions)} or (
        {max(people, key=lambda p: p.salience).id} if people else set())
    seen_words: set[str] = set()
    seen_sources: set[str] = set()
    # every person mention by start, and each id's salience: a claim looks up its own, not all
    spans = sorted((s, e, p.salience) for p in people for s, e in p.mentions)
    starts = [s for s, _, _ in spans]
    by_id: dict[str, float] = {}
    for p in people:
        by_id[p.id] = max(by_id.get(p.id, p.salience), p.salience)
    seen_texts: set[str] = set()
    nested = _nesting(claims)
    retold = _retold_headline(claims, title_end)
    out = []
    for c in claims:
        said = " ".join(WORD_RE.findall(c.text.lower()))
        # the outlet's own background (no source, or a treaty it cites) tells no one's news: no key point,
        # unless the lead says it
        background = c.start >= lead_end and (c.form == "background" or c.source_type == "unattributed")
        if c.form == "credit" or said in seen_texts or nested(c) or background or retold(c):
            out.append(replace(c, rank=0.0))
            seen_texts.add(said)
            continue
        seen_texts.add(said)
        position = 1.0 - c.start / length
        inside = max((sal for s, e, sal in spans[bisect_left(starts, c.start):bisect_right(starts, c.end)]
                      if e <= c.end), default=0.0) / top
        speaker = by_id.get(c.speaker_id, 0.0) / top if c.speaker_id is not None else 0.0
        content = set(WORD_RE.findall(c.text.lower())) - STOP
        novelty = len(content - seen_words) / len(content) if content else 0.0
        seen_words |= content
        source = c.anonymous_id or c.speaker_id or (c.speaker or "").lower()
        new_source = 0.4 if source and source not in seen_sources else 0.0
        seen_sources.add(source)
        sourced = 0.3 if c.source_type != "unattributed" else 0.0
        size = min(len(content), 12) / 12
        # the story as the outlet tells it: its lead, and what the person it is about says
        story = (LEAD_WEIGHT if c.start < lead_end else 0.0) + (SUBJECT_WEIGHT if c.speaker_id in subjects else 0.0)
        rank = story + 1.5 * position + 0.6 * inside + 0.3 * speaker + 0.8 * novelty + new_source + sourced + 0.3 * size
        out.append(replace(c, rank=round(rank, 4)))
    return out


LEAD_WEIGHT = 2.0
SUBJECT_WEIGHT = 1.0
LEAD_WORDS = 25  # the first line after the title this long is the lead paragraph


def _lead_end(text: str) -> int:
    """Where the lead ends: the end of the first paragraph (line) after the title with LEAD_WORDS words."""
    pos = text.find("\n")
    while 0 <= pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        if len(text[pos + 1:end].split()) >= LEAD_WORDS:
            return end
        pos = end if end > pos else len(text)
    return len(text)


def _retold_headline(claims: list[Claim], title_end: int):
    """Whether a claim of the headline is told again in the text by the same source ("Erdogan vows to
    'crush the heads' of Kurds" and the lead's "Erdogan on Saturday promised to 'crush the heads' of
    the Kurds"): the text's telling, with its full name and sentence, is the key point."""
    def content(c: Claim) -> set[str]:
        return set(WORD_RE.findall(c.text.lower())) - STOP

    def source(c: Claim):
        return c.speaker_id or (c.speaker or "").lower() or None

    body = [(source(c), content(c)) for c in claims if c.start >= title_end and c.form != "credit"]

    def retold(c: Claim) -> bool:
        words = content(c)
        if c.start >= title_end or not words or source(c) is None:
            return False
        return any(src == source(c) and len(words & w) >= HEADLINE_RETOLD * len(words) for src, w in body)

    return retold


HEADLINE_RETOLD = 0.6  # of the headline claim's content words


def _nesting(claims: list[Claim]):
    """Whether a claim lies inside another (not a credit, not the same span), in log time: the claims
    by start with the furthest end reached by those starting earlier, and the furthest end of those
    starting at each position (comparing each claim with all the others made a long document quadratic)."""
    spans = sorted((o.start, o.end) for o in claims if o.form != "credit")
    starts = [a for a, _ in spans]
    reach: list[int] = []
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    same_start: dict[int, int] = {}
    for a, b in spans:
        same_start[a] = max(b, same_start.get(a, b))

    def nested(c: Claim) -> bool:
        i = bisect_left(starts, c.start)  # claims starting before c: any end at or past c's end
        # (a claim starting where c starts holds it only when it ends later: the same span is no nesting)
        return (i > 0 and reach[i - 1] >= c.end) or same_start.get(c.start, -1) > c.end
    return nested


def profile(claims) -> dict:
    """How a briefing's claims are sourced: counts by type and of the doubtful ones (credits left out)."""
    claims = [c for c in claims if getattr(c, "form", "") != "credit"]
    total = len(claims)
    return {
        "claims": total,
        "anonymous": sum(c.source_type == "anonymous" for c in claims),
        "named": sum(c.source_type == "named" for c in claims),
        "organization": sum(c.source_type in ("organization", "document") for c in claims),
        "unattributed": sum(c.source_type == "unattributed" for c in claims),
        "unverified": sum("unverified" in c.qualifiers for c in claims),
        "disputed": sum("denial" in c.qualifiers for c in claims),
        "hedged": sum("hedge" in c.qualifiers for c in claims),
        "grades": {g: sum(c.grade == g for c in claims) for g in GRADES},
    }
