"""Briefing pages' Markdown, keyed by everything a briefing page is made of. Safe to delete.

A briefing page depends on its seed's annotations (their cache key, which covers the seed, the
pipeline and the extraction code), the hand corrections, its slug, where each of its entities is
described (an entity page appears once a second briefing names it), the templates and the
rendering code. A rebuild after one seed changes renders that briefing again and reads the other
pages from here.

An entity page (a person, organisation or place with a page of its own) is kept the same way,
keyed by its name, page and possible duplicates, each appearance's briefing slug, annotations'
version and entity id, and its ego graph (render._entity_key).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from . import __version__
from .cache import Store, digest
from .memo import Rounds


@cache
def _code() -> bytes:
    root = Path(__file__).parent
    return b"".join(p.read_bytes() for p in sorted(root.glob("*.py")))


def fingerprint(templates_dir: str | Path) -> str:
    """The rendering code and every template file."""
    root = Path(templates_dir)
    templates = [(str(p.relative_to(root)), p.read_bytes()) for p in sorted(root.rglob("*")) if p.is_file()]
    return digest(__version__, _code(), *(part for name, data in templates for part in (name, data)))


class MarkdownCache:
    """<key>.md files; a missing or unreadable entry is a miss. Pages read or written by this process's
    last build are answered from memory (a serve rebuild reads thousands of unchanged pages)."""

    memory = Rounds()  # (folder, key) -> Markdown, shared by the stores of one process

    def __init__(self, folder: str | Path | None):
        self.store = Store(folder)
        self.folder = self.store.folder

    def get(self, key: str) -> str | None:
        """The stored Markdown, or None."""
        known = self.memory.get((str(self.folder), key)) if self.folder else None
        if known is not None:
            return known
        data = self.store.read(key, ".md")
        try:
            text = None if data is None else data.decode("utf-8")
        except ValueError:
            return None
        if text is not None and self.folder:
            self.memory.put((str(self.folder), key), text)
        return text

    def put(self, key: str, text: str) -> None:
        """Store a page's Markdown."""
        self.store.write(key, ".md", text.encode("utf-8", "surrogatepass"))
        if self.folder:
            self.memory.put((str(self.folder), key), text)
