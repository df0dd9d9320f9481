"""Things the model types as organisations or places: crafts and versioned products.

"the cruise ship Harbour Star", "Space Shuttle Tenby": a craft; "Vexa 6", "VX9" next to "VX": a
product with versions. The name is no organisation or place anywhere in the text (the same name is
one thing in one text), and its mentions are set to "other" with the reason in
`doc.spans["not_org_names"]` (written by `orgs.tidy`).
"""

from __future__ import annotations

import re

from .mentions import Mention
from .names import key
from .rules import words

KINDS = ("organization", "place")
# "Vexa 6", "Vexa 6.1": a version number; not a score ("Sweden 1 – 0"), an amount or a count
VERSION = (r"\s\d{1,2}(?:\.\d+)?(?![\d.,:%]|\s*[–—-]\s*\d|\s+(?:percent|per|million|billion|thousand|to|of|and|or|years?|months?|weeks?|days?|hours?"
           r"|points?|seats?|votes?|goals?|people|members|times)\b)")


def things(text: str, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """Set craft and product names' mentions to "other"; the (start, end, reason) of each."""
    reasons: dict[str, str] = {}
    versioned = _versioned_names(text)
    for m in mentions:
        k = key(m.text)
        if k in reasons or not m.text[:1].isupper():
            continue
        if _craft(text, m):
            reasons[k] = "craft"
            # "Space Shuttle Tenby … Tenby was lost": the craft's own name, after its noun, alone
            ws = m.text.split()
            at = max((i for i, w in enumerate(ws) if w.lower() in words("vessel_nouns")), default=-1)
            if 0 <= at < len(ws) - 1:
                reasons.setdefault(key(" ".join(ws[at + 1:])), "craft")
        elif m.kind == "organization" and _versioned(m.text, versioned):
            reasons[k] = "product"
        elif _designation(m.text):
            reasons[k] = "code"
    out = []
    for m in mentions:
        reason = reasons.get(key(m.text)) if m.kind in KINDS else None
        if reason:
            m.kind = "other"
            out.append((m.start, m.end, reason))
    return out


def _craft(text: str, m: Mention) -> bool:
    """ "Space Shuttle Tenby", "the cruise ship, Harbour Star": a craft's noun in the name before its
    last word, or right before the name."""
    ws = [w.lower() for w in m.text.split()]
    if len(ws) >= 2 and any(w in words("vessel_nouns") for w in ws[:-1]):
        return True
    before = re.search(r"([A-Za-z]+),?\s+(?:the\s+)?$", text[max(0, m.start - 30):m.start])
    return bool(before) and before.group(1).lower() in words("vessel_nouns")


# "Unha-3", "STS-134", "F-16s", "Covid-19": letters, a hyphen and a number
CODE_RE = re.compile(r"([A-Za-z]{1,6})-(\d{1,4})(s?)")


def _designation(name: str) -> bool:
    """ "Unha-3", "STS-134", "F-16s", "Covid-19", "F-22 Raptor": a model's, mission's or disease's code, no
    organisation or place; not a group's short name ("G-20": one capital, two digits) or one headed by an
    institution's noun ("G-7 Council")."""
    ws = name.split()
    hit = CODE_RE.fullmatch(ws[0]) if ws else None
    if not hit:
        return False
    letters, digits, plural = hit.groups()
    if len(ws) > 1:  # "F-22 Raptor": the code and the model's own name
        last = ws[-1].lower()
        return len(ws) == 2 and last not in words("organization_nouns") and last not in words("name_heads")
    return bool(plural) or len(digits) >= 3 or len(letters) >= 3 or not letters.isupper()


def _versioned_names(text: str) -> set[str]:
    """The names the text gives with a version number, read in one pass: every tail of a capitalised
    run before one ("Vexa Explorer 6" gives "Vexa Explorer" and "Explorer"), and "VX" of "VX6"."""
    out = set()
    for hit in re.finditer(rf"(?<![\w-])([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*){VERSION}", text):
        ws = hit.group(1).split(" ")
        out.update(" ".join(ws[i:]) for i in range(len(ws)))
    # "IE6" for "IE" (one digit: "EU27" is the union's members)
    out.update(hit.group(1) + "\x00" for hit in re.finditer(r"(?<![\w-])([A-Z]{1,4})\d(?![\w-])", text))
    return out


def _versioned(name: str, versioned: set[str]) -> bool:
    """ "Vexa Explorer 6", "VX9" where "VX" is the name: the text gives the name with a version number."""
    ws = [w.lower() for w in name.split()]
    if not ws or ws[-1] in words("organization_nouns") or ws[-1] in words("name_heads"):
        return False  # "Channel 4", "Group 7"
    return name + "\x00" in versioned if name.isupper() else name in versioned
