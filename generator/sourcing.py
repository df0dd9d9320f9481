"""A sourcing grade per claim, with its reasons, and a sourcing profile per briefing."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from .model import Claim

QUALIFIERS = Path(__file__).parent / "nlp" / "data" / "qualifiers.txt"
BASE = {"named": "A", "organization": "B", "document": "B", "anonymous": "D", "unattributed": "E"}
REASONS = {
    "named": "named source on the record",
    "organization": "named organisation",
    "document": "a document or report",
    "anonymous": "anonymous source",
    "unattributed": "no source given",
}
GRADES = "ABCDE"


@cache
def qualifier_rules() -> tuple[tuple[str, re.Pattern], ...]:
    rules = []
    for line in QUALIFIERS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, pattern = line.split("\t", 1)
            rules.append((kind, re.compile(pattern, re.I)))
    return tuple(rules)


def qualifiers(sentence: str) -> list[str]:
    return sorted({kind for kind, rx in qualifier_rules() if rx.search(sentence)})


def grade_claims(claims: list[Claim], text: str) -> list[Claim]:
    """Each claim with its qualifiers, grade (A best .. E worst), reasons and importance rank."""
    out = []
    n = max(len(claims), 1)
    for i, c in enumerate(claims):
        sentence = text[c.sentence_start:c.sentence_end]
        quals = qualifiers(sentence)
        grade = GRADES.index(BASE.get(c.source_type, "E"))
        reasons = [REASONS.get(c.source_type, c.source_type)]
        if c.quote and c.source_type == "named":
            reasons.append("direct quote")
        for q in quals:
            if q in ("hedge", "unverified"):
                grade = min(grade + 1, 4)
                reasons.append({"hedge": "hedged", "unverified": "not verified by the outlet"}[q])
            elif q == "denial":
                reasons.append("disputed or denied")
        rank = round(1.0 - i / n + (0.5 if c.source_type != "unattributed" else 0.0), 4)
        out.append(replace(c, qualifiers=tuple(quals), grade=GRADES[grade], grade_reasons=tuple(reasons), rank=rank))
    return out


def profile(claims) -> dict:
    """How a briefing's claims are sourced: counts by type and of the doubtful ones."""
    total = len(claims)
    return {
        "claims": total,
        "anonymous": sum(c.source_type == "anonymous" for c in claims),
        "named": sum(c.source_type == "named" for c in claims),
        "unverified": sum("unverified" in c.qualifiers for c in claims),
        "disputed": sum("denial" in c.qualifiers for c in claims),
        "hedged": sum("hedge" in c.qualifiers for c in claims),
    }
