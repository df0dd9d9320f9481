"""Pull quotes: a line of a source's words set apart from the story (a paragraph of its own, perhaps
signed "— Name") that repeats words the story quotes in full elsewhere is no second claim."""

from __future__ import annotations

import re

from .found import Found

MIN_WORDS = 4  # a shorter repeat ("No comment.") may well be said twice
SIGNATURE = re.compile(r"[ \t]*[—–-]{1,2}[ \t]*[^\n]{0,120}$")  # '"..." — Sen. Ann Roe, R-Ohio'


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.replace("’", "'").lower()))


def _a_paragraph_of_its_own(text: str, f: Found) -> bool:
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:f.start].strip(" \t\"“'‘")
    after = text[f.end:line_end].strip(" \t\"”'’.!?")
    return not before and (not after or SIGNATURE.fullmatch(text[f.end:line_end].lstrip(" \t\"”'’.!?")) is not None)


def without_pull_quotes(text: str, found: list[Found]) -> list[Found]:
    """found less each quote standing as a paragraph of its own whose words another claim holds word
    for word (a longer one, or the same words said in the story's own run), or the quotes before it
    hold one after another."""
    said = sorted(((f, _words(text[f.start:f.end])) for f in found if f.quote), key=lambda s: s[0].start)
    out = []
    for f in found:
        mine = _words(text[f.start:f.end]) if f.quote else ""
        repeated = len(mine.split()) >= MIN_WORDS and _a_paragraph_of_its_own(text, f) and (any(
            g is not f and f" {mine} " in f" {other} " and not (g.start <= f.start < g.end)
            and (len(other) > len(mine) or not _a_paragraph_of_its_own(text, g)) for g, other in said)
            or f" {mine} " in f" {_run_before(said, f)} ")
        if not repeated:
            out.append(f)
    return out


def _run_before(said: list[tuple[Found, str]], f: Found) -> str:
    """The words of the quotes before f, one after another: a pull quote may join two quotes the story
    split around its cue ('"A," said Roe. "B."' then '"A. B." — Ann Roe')."""
    return " ".join(other for g, other in said if g.end <= f.start)


FINITE = ("VBD", "VBZ", "VBP", "MD")


def without_lead_ins(doc, found: list[Found]) -> list[Found]:
    """found less each quote that is only a lead-in to its speaker's sentence: '"With all the talk of
    new inquiries," the aide said, it was worth noting that ...' opens on a preposition, ends on its
    comma, has no verb of its own and the sentence goes on after its cue; it says nothing by itself
    ('"From where they stand, definitely," Roe said.' answers, and stays)."""
    out = []
    for f in found:
        toks = doc.char_span(f.start, f.end, alignment_mode="expand") if f.quote else None
        words_ = [t for t in toks if not t.is_punct and not t.is_space] if toks is not None else []
        lead_in = bool(words_) and words_[0].pos_ in ("ADP", "SCONJ") and words_[0].lower_ not in ("that", "if") \
            and doc.text[f.start:f.end].rstrip(" \t\"”")[-1:] == "," and not any(t.tag_ in FINITE for t in words_) \
            and _goes_on(doc.text, f.end)
        if not lead_in:
            out.append(f)
    return out


def _goes_on(text: str, end: int) -> bool:
    """Whether the sentence goes on after the cue that follows a quote ('," the aide said, it was ...'),
    rather than ending there ('," Roe said.': a reply standing as a sentence of its own)."""
    after = re.search(r"[,.!?\n]", text[end:end + 120].lstrip(" \t,\"”'’"))
    return after is not None and after.group() == ","
