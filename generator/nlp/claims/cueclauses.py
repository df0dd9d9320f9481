"""The clauses around a cue that say what its content is not: an outlet's trailing cue that only passes
words on, a relative clause after a cue set off inside the sentence, a clause of contrast or time, and a
second clause that is the rest of the first. Split out of cues.py."""

from __future__ import annotations

from ..rules import words


def relayed_words(comp) -> list | None:
    """The words an outlet's trailing cue passes on (", the agency reports"), when the parser made that
    cue the clause of an earlier verb: the cue's own clause before it, or every word from the earlier
    verb to the comma before the cue's subject."""
    doc = comp.doc
    subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if comp.lemma_.lower() not in words("reporting_verbs") or subj is None or subj.i > comp.i \
            or doc[subj.left_edge.i - 1].text != ",":
        return None
    inner = next((c for c in comp.children if c.dep_ == "ccomp" and c.i < subj.i), None)
    if inner is not None:
        return list(inner.subtree)
    if comp.left_edge.i < subj.left_edge.i - 1:
        return None
    verb = comp.head
    return list(doc[verb.i + 1:subj.left_edge.i - 1]) if verb.i < subj.left_edge.i - 2 else None


def rest_of_clause(comp, comps) -> list:
    """"said it would sue 20 firms it claimed had lied": a second clause the parser hung from the cue,
    right after the first one's relative cue, is the rest of the first (what the firms did); its tokens."""
    rest, end = [], comp.right_edge.i
    for c in sorted(comps, key=lambda c: c.i):
        if c.i > comp.i and c.left_edge.i == end + 1 and c.doc[end].dep_ == "relcl" \
                and c.doc[end].lemma_.lower() in words("reporting_verbs") and not any(
                    d.dep_ in ("nsubj", "nsubjpass", "mark") for d in c.children):
            rest += list(c.subtree)
            end = c.right_edge.i
    return rest


def relative_led(clause) -> bool:
    """A clause opened by a relative adverb or pronoun ("where he took pictures", "which it denies")."""
    first = clause.doc[clause.left_edge.i]
    return first.tag_ in ("WRB", "WDT") and first.lower_ in ("where", "when", "which")


def subordinate(tok) -> bool:
    """"Roe regards X as Y, while the farmers claim Z": a cue clause opened by a conjunction other than
    "as" says its own thing, not the clause before it ("..., as Roe asserts" does vouch for it)."""
    if tok.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
    # "..., as Roe warns of a cover-up": an "as" cue with an object of its own says that, not the clause
    # (not "as the mayor said on Monday", "as she told reporters")
    own = any(c.dep_ == "prep" and c.lower_ in ("of", "about", "against") and c.i > tok.i for c in tok.children)
    return any(m != "as" for m in marks) or "as" in marks and own
