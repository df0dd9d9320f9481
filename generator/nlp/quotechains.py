"""The bearer of a shared surname who speaks on in a run of quotes: '"…," her mother, Ana Ruiz, told the
paper. "…" / "…," Ruiz said.' The bare surname closing the next quote is the speaker just named, even
when another Ruiz (the story's subject) carries the surname too and is named more often."""

from __future__ import annotations

import re

from .entities import Cluster
from .mentions import Mention
from .rules import is_cue_form

# a quote closed just before the name: '…," Ruiz said'
CLOSED_QUOTE_RE = re.compile(r"[,?!][\"”’']\s*$")
NEXT_WORD_RE = re.compile(r",?\s+([a-z]+)\b")
WORD_RE = re.compile(r"[a-z]+")
# a quote's close a few words before the speaker's name ('"…," her mother, Ana Ruiz, said'), or a colon
# and a quote after the cue ('Ana Ruiz told the paper: "…'): the speaker was quoted (not 'Ana said they
# hoped to win. "…," Ruiz said': a quote after reported words may be anyone's)
QUOTED_BEFORE_RE = re.compile(r"[,?!][\"”’']\s+(?:[^.!?\"“”]{0,50})$")
QUOTE_AFTER_RE = re.compile(r"[^.!?\"“”\n]{0,80}:\s+[\"“]")
REACH = 700  # characters back to the last speaker: the quote before and its cue


def _speaks(text: str, m: Mention) -> bool:
    """Whether a mention is the subject of a speech verb right beside it ("Ruiz said", "said Ruiz",
    "Ana Ruiz, told")."""
    after = NEXT_WORD_RE.match(text, m.end)
    # "said Ruiz", "said her brother, Tom Ruiz": a speech verb among the few words before, in the same sentence
    tail = re.split(r"[.!?\"“”]", text[max(0, m.start - 40):m.start])[-1]
    return bool(after and is_cue_form(after.group(1))) or any(is_cue_form(w) for w in WORD_RE.findall(tail)[-4:])


def last_speaker(cands: list[Cluster], m: Mention, text: str) -> Cluster | None:
    """Of the bearers a bare surname may name, the one whose mention closest before it was quoted, when
    the bare surname itself attributes the quote it follows and no other bearer is named in between
    ("he and his wife, Ana, said they hoped to win. '…,' Ruiz said": Ana was not quoted, Ruiz is the main
    bearer)."""
    if len(cands) < 2 or not CLOSED_QUOTE_RE.search(text[max(0, m.start - 4):m.start]) or not _speaks(text, m):
        return None
    latest = [(max((x.end for x in c.mentions if x.end <= m.start), default=-1), c) for c in cands]
    end, best = max(latest, key=lambda p: p[0])
    if end < 0 or m.start - end > REACH:
        return None
    spoke = next(x for x in best.mentions if x.end == end)
    quoted = QUOTED_BEFORE_RE.search(text[max(0, spoke.start - 60):spoke.start]) or QUOTE_AFTER_RE.match(text, spoke.end)
    return best if quoted and _speaks(text, spoke) else None
