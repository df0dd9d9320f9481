"""Safe, stable, collision-free slugs for page paths and entity ids."""

from __future__ import annotations

import hashlib
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


def unique_slugs(names: Iterable[str], fallback: str = "entity", keys: Iterable[str] | None = None) -> list[str]:
    """One slug per name, in order; a repeated slug gets -2, -3, ...

    With keys (e.g. seed paths), a repeated slug stays with the smallest key and the others get
    a suffix from their own key's hash: adding or removing a seed never renames another's page.
    """
    names = list(names)
    if keys is None:
        return _numbered([slugify(n, fallback) for n in names])
    keys = list(keys)
    bases = [slugify(n, fallback) for n in names]
    out: list[str | None] = [None] * len(names)
    taken: set[str] = set()
    order = sorted(range(len(names)), key=lambda i: keys[i])
    for i in order:
        if bases[i] not in taken:
            out[i] = bases[i]
            taken.add(bases[i])
    for i in order:
        if out[i] is None:
            slug = f"{bases[i]}-{hashlib.sha1(keys[i].encode('utf-8', 'replace')).hexdigest()[:6]}"
            n = 1
            while slug in taken or slug in bases:
                n += 1
                slug = f"{bases[i]}-{hashlib.sha1(keys[i].encode('utf-8', 'replace')).hexdigest()[:6]}-{n}"
            out[i] = slug
            taken.add(slug)
    return [s for s in out if s is not None]


def _numbered(bases: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for base in bases:
        n = seen.get(base, 0) + 1
        seen[base] = n
        slug = base if n == 1 else f"{base}-{n}"
        while slug in seen and n > 1:
            n += 1
            slug = f"{base}-{n}"
        seen.setdefault(slug, 1)
        out.append(slug)
    return out
