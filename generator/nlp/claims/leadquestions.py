"""Yes-or-no questions opening a quote and left open before its statements: '"Now, was it required? Was it
necessary? Others have their own view on that. I am not sure," X said' asks the questions (stance
"questions") and says the rest; a quote that asks and answers itself ("Did they meddle? Yes.") or asks
rhetorically ("What kind of city do you want? We want a safe one.", "Are you willing to pay?") is said
as it stands (claims/questions.mark splits the quote).
"""

from __future__ import annotations

import re

from ..rules import words

AUXILIARIES = {"do", "does", "did", "is", "are", "was", "were", "would", "should", "could", "can", "will", "has",
               "have", "had", "must", "might", "shall"}
# an auxiliary first (after a word set off by a comma: "Now, was it ...?") and the word after it
YES_NO = re.compile(r"^(?:\w+,\s+)?(\w+?)(?:n[’']t)?\s+(\w+)")
LISTENERS = {"you", "ya", "we", "i"}


def left_open(text: str, parts: list[tuple[int, int]], asks: list[bool]) -> bool:
    """The quote's sentences (parts, and which of them ask) open with yes-or-no questions about a third party
    that the words after them do not answer at once: not "Did they meddle? Yes." (data/answer_openings),
    no asking after the first statement, no wh-question (before statements, rhetoric)."""
    first = asks.index(False)
    opening = re.match(r"\w+", text[parts[first][0]:parts[first][1]])
    return not any(asks[first:]) and not (opening and opening.group(0).lower() in words("answer_openings")) \
        and all(_yes_no(text[s:e]) for s, e in parts[:first])


def _yes_no(said: str) -> bool:
    """A question opening with an auxiliary ("Was it required?", "Now, will it last?") about a third party:
    not put to "you" nor about "we" or "I" ("Are you willing to pay more?", "Can we afford it?": rhetoric,
    as unclear.polar_question reads them)."""
    opening = YES_NO.match(said)
    return bool(opening) and opening.group(1).lower() in AUXILIARIES and opening.group(2).lower() not in LISTENERS
