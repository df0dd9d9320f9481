"""A date that bounds its event rather than dating it: "operated there before 2003", "has
doubled since 2010", "will finish by 2030". The value stays the bound's date; the word is kept
so the timeline says "before 2003" rather than putting the event at 2003. Words:
data/date_words.txt (kind `bound`, each with the bound it means: "prior to" is "before"; kind
`bound_prefix` for a prefix glued to the year: "post-2014" is after 2014)."""

from __future__ import annotations

import re
from functools import cache

from .rules import alternatives
from .timeexpr import Find, table


@cache
def _cue() -> re.Pattern:
    # the cue word right before the date, with at most "the" and "early/mid/late/the end of" between
    return re.compile(rf"(?:^|[^\w-])({alternatives(table('bound'))})\s+(?:the\s+)?"
                      r"(?:(?:early|mid|late|end\s+of|start\s+of)[\s-]+)?$", re.I)


@cache
def _prefix() -> re.Pattern:
    # "post-2014", "pre-1967": the prefix glued by a hyphen to the date
    return re.compile(rf"(?:^|[^\w-])({alternatives(table('bound_prefix'))})-$", re.I)


def bound_of(text: str, f: Find, value: str | None, describes_noun: bool = False) -> str:
    """The bound ("before", "until", "after", "since", "by") of a date written after its cue word,
    or "" for a date that dates its event; never for a range or an unresolved date. A date that
    describes a noun after "by" names an agent, not a deadline ("imposed by the 2015 deal"): the
    caller says so (`describes_noun`, from the parse)."""
    if not value or "/" in value:
        return ""
    m = _cue().search(text[max(0, f.start - 30):f.start])
    bound = table("bound").get(" ".join(m.group(1).lower().split()), "") if m else ""
    glued = _prefix().search(text[max(0, f.start - 8):f.start])
    bound = bound or (table("bound_prefix").get(glued.group(1).lower(), "") if glued else "")
    return "" if bound == "by" and describes_noun else bound
