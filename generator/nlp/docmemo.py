"""Something worked out from a whole Doc, kept on the Doc so each rule computes it once per document."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")


def once(doc, key: str, make: Callable[[], T]) -> T:
    """make(), computed the first time `key` is asked of this Doc and kept in its user_data after."""
    slot = f"briefings_{key}"
    if slot not in doc.user_data:
        doc.user_data[slot] = make()
    return doc.user_data[slot]


def per_text(find: Callable[[str], list[T]]) -> Callable[[str], list[T]]:
    """find(text), worked out once for each of the last few texts (several rules ask it of one
    document's text); each caller gets its own copy of the list."""
    kept = lru_cache(maxsize=4)(lambda text: tuple(find(text)))

    @wraps(find)
    def wrapper(text: str) -> list[T]:
        return list(kept(text))

    return wrapper
