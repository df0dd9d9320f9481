"""No claim nested in the same speaker's own words: in "Trump tweeted that forces were sent to stop
migrants who he said were travelling in caravans" the inner "he said" is Trump again, and his words
are already the outer claim; a second claim would show part of them twice. A report of someone
else inside (the post's "the congressman indicated ...") stays, and so does the clause of a cue that
opens the outer claim ("Roe said he believes Z": "he believes Z" and Z). Run once the speakers are
resolved.
"""

from __future__ import annotations


def _who(spk):
    if spk is None:
        return None
    return ("entity", spk.entity[0]) if spk.entity else None


def own_nested(resolved: list, text: str) -> list:
    """resolved: (Found, resolved speaker) pairs. Drops an assertion whose content and cue both lie
    inside a longer claim of the same (named) speaker."""
    keep = []
    for f, spk in resolved:
        who = _who(spk)
        inside = who is not None and f.stance == "asserts" and f.cue is not None and any(
            g is not f and _who(s) == who and g.start <= f.start and f.end <= g.end and g.end - g.start > f.end - f.start
            and g.start <= f.cue[0] < g.end and len(text[g.start:f.cue[0]].split()) > 3 for g, s in resolved)
        if not inside:
            keep.append((f, spk))
    return keep
