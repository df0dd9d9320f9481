"""How a speaker phrase is written and the name a page shows for it: a clitic glued to the name
("Tucker's been canvassing", "Trump's said"), a social-media handle ("@SenRoe wrote", "Ann Roe
(@SenRoe)"), the occasion after a speaker's appositive ("Ann Roe, a ministry spokesperson in a
statement released Monday"), and a courtesy title before a surname ("Mr. Roe said" shows the
briefing's "Tom Roe").
"""

from __future__ import annotations

import re

from ..rules import pairs, words

HANDLE = re.compile(r"@\w{1,30}")
CLITICS = ("'s", "’s")
# (a surname this short is a word of many handles: "@realDonaldTrump" holds "al" and "don")
SURNAME_MIN = 4


def without_clitic(doc, span, head_i):
    """"Tucker's been canvassing", "Trump's said": an "'s" the speaker phrase ends with, a verb's
    clitic or a possessive whose noun the phrase lost, is no part of the name; the span without it."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or len(toks) < 2 or toks[-1].lower_.replace("’", "'") != "'s":
        return span, head_i
    last = toks[-2]
    if head_i is not None and head_i >= toks[-1].i:
        head_i = last.i
    return (span[0], last.idx + len(last.text)), head_i


def without_handle(doc, span, head_i):
    """"Ann Roe (@SenRoe) said": a handle in brackets after a name is where the name posts; the
    phrase without it (and the head moved out of the brackets)."""
    text = doc.text[span[0]:span[1]]
    m = re.search(r"\s*\(\s*@\w{1,30}\s*\)\s*$", text)
    if m is None or not text[:m.start()].strip():
        return span, head_i
    end = span[0] + m.start()
    if head_i is not None and doc[head_i].idx >= end:
        inside = doc.char_span(span[0], end, alignment_mode="contract")
        head_i = inside.root.i if inside is not None and len(inside) else head_i
    return (span[0], end), head_i


OCCASION_PREPOSITIONS = ("in", "during", "at")
OCCASION_WORDS = ("DET", "ADJ", "NOUN", "PROPN", "NUM")


def without_occasion(doc, span, head_i):
    """"Ann Roe, a ministry spokesperson in a statement released Monday": a preposition after the
    appositive whose noun is an occasion of speaking (data/occasion_nouns) says where the words were
    given, no part of the role; the span up to it (a person's role "in the ministry" is kept)."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or len(toks) < 4:
        return span, head_i
    comma = next((t.i for t in toks if t.text == ","), None)
    if comma is None:
        return span, head_i
    occasions = words("occasion_nouns")
    for prep in doc[comma + 2:toks.end]:
        if prep.lower_ not in OCCASION_PREPOSITIONS:
            continue
        run = []
        for t in doc[prep.i + 1:toks.end]:
            if t.pos_ not in OCCASION_WORDS and t.text != "-":
                break
            run.append(t)
        nouns = [t for t in run if t.pos_ == "NOUN"]
        if not nouns or nouns[-1].lower_ not in occasions and nouns[-1].lemma_.lower() not in occasions:
            continue
        kept = [t for t in doc[toks.start:prep.i] if not t.is_space]
        while kept and kept[-1].text == ",":
            kept.pop()
        last = kept[-1]
        if head_i is not None and head_i > last.i:
            inside = doc[toks.start:last.i + 1]
            head_i = inside.root.i
        return (span[0], last.idx + len(last.text)), head_i
    return span, head_i


def lone_handle(text: str) -> bool:
    """Whether a speaker phrase is a handle alone ("@SenRoe")."""
    return HANDLE.fullmatch(text.strip()) is not None


def handle_owner(handle: str, people) -> tuple | None:
    """The one person of the briefing a handle spells ("@realDonaldTrump", "@SenSchumer"): whose
    surname (of four letters or more) the handle holds, the whole name winning when several
    surnames fit; None when no one or more than one person fits, so an unknown handle is shown as
    written and never as someone else."""
    low = re.sub(r"[^a-z]", "", handle.lower())
    if not low:
        return None

    def letters(s: str) -> str:
        return re.sub(r"[^a-z]", "", s.lower())

    fits = [p for p in people if len(letters(p[2].split()[-1])) >= SURNAME_MIN and letters(p[2].split()[-1]) in low]
    if len(fits) > 1:
        fits = [p for p in fits if letters(p[2]) in low]
    return fits[0] if len(fits) == 1 else None


def courtesy_name(text: str, entity, gender=lambda pid: "") -> str | None:
    """"Mr. Roe" or "Ms Roe" linked to Tom Roe: the person's name as the briefing gives it, which a
    page shows instead of the courtesy title; None for any other phrase (a role, a full name) and
    when the title tells the other sex than the text gives the person (gender: person id -> "m",
    "f" or "", asked only for a phrase with a courtesy title)."""
    if entity is None or entity[1] != "person":
        return None
    m = re.fullmatch(r"(\w+)\.?\s+(.+)", " ".join(text.split()))
    if m is None or m.group(1).lower() not in words("courtesy_titles"):
        return None
    told = pairs("honorific_genders").get(m.group(1).lower())
    if told and gender(entity[0]) not in ("", told):
        return None  # ("Mrs. Roe" linked to Tom Roe: the link, not the name, is wrong)
    name = entity[2]
    rest = m.group(2)
    if len(name.split()) <= len(rest.split()) or not name.lower().endswith(" " + rest.lower()):
        return None
    return name
