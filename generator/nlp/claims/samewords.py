"""One claim for one speaker's words: a denial that points back (by "that idea", "the claim") to words
the same speaker is reported to have said ("The agency did not interfere, the director told Congress.
... He completely debunked that idea") denies nothing of theirs; the page would show the same words
twice, once as "denies:". Run once the speakers are resolved, since a pronoun ("He") is who it names.
"""

from __future__ import annotations


def _who(spk):
    if spk is None:
        return None
    return ("entity", spk.entity[0]) if spk.entity else ("text", (spk.text or "").lower())


def own_words_denied(resolved: list) -> list:
    """resolved: (Found, resolved speaker) pairs. Drops a denial whose content is another claim's span,
    asserted by the same speaker, when the denial's own sentence does not hold those words (a denial
    pointing back, not "X denied that Z" said at once)."""
    asserted = {}
    for f, spk in resolved:
        if f.stance == "asserts" and _who(spk) is not None:
            asserted.setdefault((f.start, f.end), set()).add(_who(spk))
    keep = []
    for f, spk in resolved:
        # the denial's own sentence (where its cue is) does not hold the words it denies: it points back
        pointing = f.cue is not None and not (f.sentence[0] <= f.start < f.sentence[1])
        if f.stance == "denies" and pointing and _who(spk) in asserted.get((f.start, f.end), ()):
            continue
        keep.append((f, spk))
    return keep
