"""Titles a page declares that name a kind of page, not its story ("Home", "Home | The Outlet"): no headline.

A site's template may leave the `<title>` at the page's place in the site ("Home", "Index", "Untitled
document") while the story's own headline is only printed, in its `<h1>`. Such a title, whole or as one of
its two parts at a separator, is left out of the declared titles, so it neither wins the title (rule 2)
nor vouches for another heading; the words are data (`nlp/data/page_labels.txt`).
"""

from __future__ import annotations

import re

from .sitename import TITLE_PARTS

_KEY = re.compile(r"[\W_]+")


def _labels() -> frozenset[str]:
    from generator.nlp.rules import words

    return frozenset(_KEY.sub(" ", w.casefold()).strip() for w in words("page_labels"))


def is_page_label(title: str) -> bool:
    """Whether a declared title is a page's label ("Home"), alone or beside one other part ("Home - Site")."""
    parts = TITLE_PARTS.split(title)
    labels = _labels()
    return len(parts) <= 2 and any(_KEY.sub(" ", p.casefold()).strip() in labels for p in parts)


__all__ = ["is_page_label"]
