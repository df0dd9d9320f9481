"""What one process remembers from one build to the next (a `mkdocs serve` session rebuilds in one
process): values computed from objects the next build hands over again (an unchanged seed's
annotations are the same objects), and Markdown already read from the cache.

Each build keeps only what it used, so the memory holds one site's worth, never a history.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any


class Rounds:
    """A memo whose entries a build did not use are forgotten when the next build starts (`new_round`)."""

    def __init__(self) -> None:
        self.current: dict[Hashable, Any] = {}
        self.previous: dict[Hashable, Any] = {}

    def new_round(self) -> None:
        """Start a build: what the last build used stays available, the rest is dropped."""
        self.previous, self.current = self.current, {}

    def get(self, key: Hashable) -> Any | None:
        """The remembered value, or None."""
        if key in self.current:
            return self.current[key]
        if key in self.previous:
            self.current[key] = self.previous.pop(key)
            return self.current[key]
        return None

    def put(self, key: Hashable, value: Any) -> None:
        """Remember a value for this build and the next."""
        self.current[key] = value

    def of(self, obj: object, make: Callable[[], Any], *extra: Hashable) -> Any:
        """make()'s value for this object (by identity, not equality: hashing deep annotations costs more
        than the value) and these extra keys; the object is held, so its id is not reused meanwhile."""
        key = (id(obj), *extra)
        held = self.get(key)
        if held is not None and held[0] is obj:
            return held[1]
        value = make()
        self.put(key, (obj, value))
        return value
