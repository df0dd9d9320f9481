"""Something worked out from a whole Doc, kept on the Doc so each rule computes it once per document."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def once(doc, key: str, make: Callable[[], T]) -> T:
    """make(), computed the first time `key` is asked of this Doc and kept in its user_data after."""
    slot = f"briefings_{key}"
    if slot not in doc.user_data:
        doc.user_data[slot] = make()
    return doc.user_data[slot]
