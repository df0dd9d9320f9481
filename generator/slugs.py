"""Safe, stable, collision-free slugs for page paths and entity ids."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# "index" would replace a folder's listing page (people/index.md); the others are device names on Windows.
RESERVED = frozenset({"index", "con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


def slugify(text: str, fallback: str = "untitled") -> str:
    """ASCII letters, digits and single hyphens; never a path part like '..' nor a reserved name."""
    norm = unicodedata.normalize("NFKD", str(text))
    norm = "".join(c for c in norm if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", norm).strip("-")[:80].strip("-")
    if slug in RESERVED:
        return f"{slug}-page"
    return slug or fallback


def unique_slugs(names: Iterable[str], fallback: str = "entity") -> list[str]:
    """One slug per name, in order; a repeated slug gets -2, -3, ..."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        base = slugify(name, fallback)
        n = seen.get(base, 0) + 1
        seen[base] = n
        slug = base if n == 1 else f"{base}-{n}"
        while slug in seen and n > 1:
            n += 1
            slug = f"{base}-{n}"
        seen.setdefault(slug, 1)
        out.append(slug)
    return out
