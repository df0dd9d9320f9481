"""Readers for seeds that are not plain text: saved web pages, PDFs and Word files.

Each reader turns a file's bytes into plain data (`Extracted`); `seeds.py` lays that out as a
Document's text with blocks and offsets, the same way for every format. No reader touches the
network, and each is deterministic: the same bytes give the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# an account name the writing program filled in as author ("Administrator", "jsmith", "Windows User"):
# nobody's byline; a single lower-case token is a user name, a single capitalised one may be an organisation
ACCOUNT_NAME_RE = re.compile(r"^(?:administrat(?:or|eur)|admin|user|owner|unknown|author|python-docx|"
                             r"(?:microsoft office|windows|office|apple) user|(?-i:[a-z0-9._-]+))$", re.I)


@dataclass(frozen=True)
class Part:
    """One paragraph-like unit as extracted: its kind (paragraph | subhead | standfirst), text, page."""

    kind: str
    text: str
    page: int | None = None  # 1-based page of a PDF, None for other formats


@dataclass(frozen=True)
class Extracted:
    """What a reader found in one file: metadata (any of it may be missing) and the text's parts."""

    parts: tuple[Part, ...]
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD when the reader could tell
    url: str | None = None


class ReaderError(Exception):
    """A file a reader can't use: the problem and the fix (seeds.py adds the file's name)."""

    def __init__(self, problem: str, fix: str = ""):
        self.problem, self.fix = problem, fix
        super().__init__(problem + (f" ({fix})" if fix else ""))


def one_line(text: str | None) -> str:
    """Text with every run of white space (newlines included) made one space."""
    return " ".join((text or "").split())


def byline(author: str | None) -> str | None:
    """An author from a file's properties, unless it is an account name the writing program put there."""
    author = one_line(author)
    return author if author and len(author) <= 200 and not ACCOUNT_NAME_RE.match(author) else None
