"""Removing cache entries no build has used for a while, so the cache does not grow forever.

Every change to the extraction code, the templates or the site's settings gives new keys, and the
old entries stay behind: a cache of 1,000 seeds grows by a full copy with each upgrade. A build
marks each entry it reads as used (its access time, `Store.mark_used`) and every entry it writes
is new, so an entry whose files were neither read nor written for some days belongs to code,
settings or seeds of the past. Entries are judged whole: a page's `.json` and `.html.z` go
together, and a temporary file left by a killed writer goes once it is a day old.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .cache import is_url

DAY = 86_400


@dataclass(frozen=True)
class PruneReport:
    """What a prune removed and kept: entries and bytes."""

    removed: int
    removed_bytes: int
    kept: int
    kept_bytes: int


def _entry(path: Path) -> tuple[Path, str]:
    """The entry a cache file belongs to: its folder and the key before the first dot."""
    return path.parent, path.name.split(".", 1)[0]


def prune(folder: str | Path, unused_days: float, dry_run: bool = False, now: float | None = None) -> PruneReport:
    """Remove the entries of a local cache folder not used (read or written) in `unused_days` days."""
    if is_url(folder):
        raise ValueError(f"{folder} is an object store: expire its old objects with the store's own "
                         "lifecycle rules (a build cannot mark objects as used)")
    root = Path(folder)
    if not root.is_dir():
        raise ValueError(f"{root} is not a cache folder (it does not exist)")
    now = time.time() if now is None else now
    cutoff, tmp_cutoff = now - unused_days * DAY, now - DAY
    entries: dict[tuple[Path, str], list[tuple[Path, float, int]]] = {}
    stale_tmp: list[tuple[Path, int]] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        st = path.stat()
        if path.name.endswith(".tmp"):
            if st.st_mtime < tmp_cutoff:
                stale_tmp.append((path, st.st_size))
            continue
        entries.setdefault(_entry(path), []).append((path, max(st.st_atime, st.st_mtime), st.st_size))
    removed = removed_bytes = kept = kept_bytes = 0
    for files in entries.values():
        size = sum(f[2] for f in files)
        if max(f[1] for f in files) >= cutoff:
            kept, kept_bytes = kept + 1, kept_bytes + size
            continue
        removed, removed_bytes = removed + 1, removed_bytes + size
        if not dry_run:
            for path, _, _ in files:
                path.unlink(missing_ok=True)
    for path, size in stale_tmp:
        removed_bytes += size
        if not dry_run:
            path.unlink(missing_ok=True)
    return PruneReport(removed, removed_bytes, kept, kept_bytes)
