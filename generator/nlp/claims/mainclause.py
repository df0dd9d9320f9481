"""The verb of a sentence's main clause, past a parse that makes an opening subordinate clause the root.

"As the dust was settling, Roe's adviser, Ann Doe, played down the row.": within a long story the
parser can make "settling" (with its mark "As") the root and hang "played" on it as a conjunct; the
main clause, whose subject goes on as "he" or "she", is that conjunct.
"""

from __future__ import annotations

SUBJECTS = ("nsubj", "nsubjpass")


def main_verb(sent):
    """The sentence's root, or the conjunct verb with a subject of its own that the parser hung on a
    root opened by a subordinating mark ("As ...", "While ...", "After ..."), which is the main clause."""
    root = sent.root
    opener = next((c for c in root.children if c.dep_ == "mark"), None)
    if opener is None or opener.i != _first_word(sent).i:
        return root
    conj = next((c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > root.i
                 and any(g.dep_ in SUBJECTS for g in c.children)), None)
    if conj is None or any(c.dep_ == "cc" and root.i < c.i < conj.i for c in root.children):
        return root  # ("As prices rose, and wages fell, ...": a joined pair of clauses, not the main one)
    return conj


def _first_word(sent):
    """The sentence's first token that is not punctuation or a space (a quote mark, a dash)."""
    return next((t for t in sent if not (t.is_punct or t.is_space)), sent[0])
