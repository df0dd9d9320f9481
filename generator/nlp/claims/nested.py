"""No claim nested in the same speaker's own words: in "Trump tweeted that forces were sent to stop
migrants who he said were travelling in caravans" the inner "he said" is Trump again, and his words
are already the outer claim; a second claim would show part of them twice. A report of someone
else inside (the post's "the congressman indicated ...") stays, and so does the clause of a cue that
opens the outer claim ("Roe said he believes Z": "he believes Z" and Z). Run once the speakers are
resolved.
"""

from __future__ import annotations

from ..rules import words


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


def sourceless_inside(resolved: list, text: str) -> list:
    """resolved: (Found, resolved speaker) pairs. Drops a claim with no source whose cue and content lie
    inside another source's direct quote ('"… and now another dismal jobs report all stand as an
    indictment," Roe said': "report" read as a cue whose subject cannot speak): the words are the
    quoted source's, and the page must not grade them E as no one's. A question put by no one named
    ("when asked if Z") inside a report that only quotes a word of it ('answered "no" when asked if Z,
    according to a transcript') is an unnamed asker's, and stays."""
    quoted = [g for g, s in resolved if g.quote and s is not None and s.source_type != "none"]
    return [(f, spk) for f, spk in resolved if not (
        (spk is None or spk.source_type == "none") and f.form != "credit" and f.cue is not None and any(
            g is not f and g.start <= f.cue[0] and f.end <= g.end
            and (f.stance != "questions" or text[max(0, g.start - 1):g.start] in ('"', "“")) for g in quoted))]


def quantified_inside(text: str, found: list, quotes) -> list:
    """found (before speakers are resolved) less each cue inside quote marks, in another source's quote, whose subject
    is a group taken whole or in part ('"Russia gave no answer. All allies agree that it broke the
    treaty," the chief said'): what "all allies" agree is the quoted source's words, no claim of an
    unnamed group. A question the group is told of asking stays ('"There are some who ask why Z," Roe said'):
    the group's question, nested in the quote."""
    groups = words("whole_group_words") | words("group_quantifiers")
    said = [g for g in found if g.quote and g.speaker is not None]
    out = []
    for f in found:
        first = text[f.speaker[0]:f.speaker[1]].split()[:1] if f.speaker is not None and f.cue is not None else []
        inside = bool(first) and first[0].lower() in groups and any(
            q.start <= f.speaker[0] and f.cue[1] <= q.end for q in quotes) and any(
            g is not f and g.start <= f.speaker[0] and f.end <= g.end + 1 and not g.start <= g.speaker[0] < g.end
            for g in said)
        if not inside or f.stance == "questions":
            out.append(f)
    return out
