"""The clause of time or contrast a sentence opens with, wherever the parser hung it.

"While Roe told the radio he found the ruling fair, during a show on Doe's channel that day, he said
...": the parser often hangs the opening clause on a verb inside the words reported ("found"), not on the
verb of the pronoun it goes on with; the clause is still the one the sentence's first word opens, and
its subject is who "he" goes on with (antecedents.py), before a name met in passing after it ("Doe's").
"""

from __future__ import annotations

OPENING_MARKS = ("while", "although", "though", "as", "after", "when", "because")


def opening_clause(pronoun):
    """The verb of the clause of time or contrast the pronoun's sentence opens with, ending before the
    pronoun and not the pronoun's own clause, or None."""
    sent = pronoun.sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ not in OPENING_MARKS or first.dep_ not in ("mark", "advmod"):
        return None
    verb = first.head
    if verb.dep_ != "advcl" or verb.i == pronoun.head.i or verb.right_edge.i >= pronoun.i:
        return None
    return verb
