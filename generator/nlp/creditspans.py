"""Credit lines in a text ("Image: Ana Ruiz.", "Ana Ruiz contributed to this report."): their names
belong to the source, not the story."""

from __future__ import annotations

import re
from functools import cache

from .docmemo import per_text
from .rules import words

# "Image: Ana Ruiz." / "Video: A & B." — a credit line's names belong to the source, not the story.
# ("(Photo: J. Ana Ruiz, AP)": an initial's dot does not end the credit, its closing bracket does)
CREDIT_RE = re.compile(r"\b([A-Z][a-z]+):[ \t]*[^\n]*?(?=(?<!\b[A-Z])\.\s|\.$|\)|\n|$)")


@per_text  # asked by the mention, organisation and missed-name passes of each document
def credit_spans(text: str) -> list[tuple[int, int]]:
    """Spans of photo and video credits ("Image: Ana Ruiz.") and of reporting credits ("Ana Ruiz
    contributed to this report.", "Reporting by Ana Ruiz") in the text, label included."""
    spans = [m.span() for m in CREDIT_RE.finditer(text) if m.group(1).lower() in words("credit_labels")]
    for rx in credit_line_rules():
        spans += [m.span() for m in rx.finditer(text)]
    return spans


@cache
def credit_line_rules() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(x, re.I | re.M) for x in words("credit_lines"))
