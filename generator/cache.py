"""The cache store shared by the three caches, and the annotation cache's keys. Safe to delete.

Annotations (<key>.json), briefing Markdown (markdown/<key>.md) and finished HTML pages
(pages/<key>.html.z + .json) are files named by a content hash in a folder; a missing or
unreadable entry is a miss, and an entry is written whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .codekey import code_fingerprint
from .model import Annotations, annotations_from_dict, to_dict

__all__ = ["Store", "Cache", "code_fingerprint", "digest", "key_for", "write_atomic"]


def key_for(raw: bytes, source: str, pipeline: str, extra: str = "") -> str:
    """The cache key of one seed: its bytes and path, the pipeline, the extraction code, any extra."""
    return digest(code_fingerprint(), pipeline, source, extra, raw)


def digest(*parts: str | bytes) -> str:
    """SHA-256 over length-prefixed parts, so no two different part lists hash alike."""
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


class Store:
    """A folder of <key[:2]>/<key><suffix> files; no folder means every read misses and writes vanish."""

    def __init__(self, folder: str | Path | None):
        self.folder = Path(folder) if folder else None

    def path(self, key: str, suffix: str) -> Path:
        """Where an entry lives (the folder must be set)."""
        return self.folder / key[:2] / f"{key}{suffix}"

    def read(self, key: str, suffix: str) -> bytes | None:
        """An entry's bytes, or None when it is missing or unreadable."""
        if self.folder is None:
            return None
        try:
            return self.path(key, suffix).read_bytes()
        except OSError:
            return None

    def has(self, key: str, suffix: str) -> bool:
        """Whether an entry exists (without reading it)."""
        return self.folder is not None and self.path(key, suffix).is_file()

    def write(self, key: str, suffix: str, data: bytes) -> None:
        """Store an entry atomically."""
        if self.folder is not None:
            write_atomic(self.path(key, suffix), data)

    def delete(self, key: str, suffix: str) -> None:
        """Remove an entry if present."""
        if self.folder is not None:
            self.path(key, suffix).unlink(missing_ok=True)


class Cache:
    """Annotations by seed key, as <key>.json; a damaged entry is simply a miss.

    Entries read or written are also kept in memory for the process (an entry never changes under
    its key), so a `mkdocs serve` rebuild does not parse a thousand JSON files again.
    """

    MEMORY = 20_000  # entries kept in memory per process, oldest dropped first
    _memory: dict[tuple[str, str], tuple[Annotations, tuple[int, int]]] = {}

    def __init__(self, folder: str | Path | None):
        self.store = Store(folder)
        self.folder = self.store.folder

    def _stamp(self, key: str) -> tuple[int, int] | None:
        try:
            st = self.store.path(key, ".json").stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def _remember(self, key: str, ann: Annotations) -> None:
        stamp = self._stamp(key)
        if stamp is None:
            return
        memory = Cache._memory
        memory[(str(self.folder), key)] = (ann, stamp)
        while len(memory) > self.MEMORY:
            del memory[next(iter(memory))]

    def has(self, key: str) -> bool:
        """Whether annotations for this key are stored (not checked for damage)."""
        return self.store.has(key, ".json")

    def get(self, key: str) -> Annotations | None:
        """The stored annotations, or None."""
        if self.folder is None:
            return None
        known = Cache._memory.get((str(self.folder), key))
        if known is not None and known[1] == self._stamp(key):  # the same file as read: no need to parse it
            return known[0]
        data = self.store.read(key, ".json")
        if data is None:
            return None
        try:
            ann = annotations_from_dict(json.loads(data.decode("utf-8")))
        except (ValueError, TypeError, KeyError):
            return None
        self._remember(key, ann)
        return ann

    def put(self, key: str, ann: Annotations) -> None:
        """Store annotations under a key."""
        self.store.write(key, ".json", json.dumps(to_dict(ann), ensure_ascii=False).encode("utf-8"))
        if self.folder is not None:
            self._remember(key, ann)


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary name beside path, then rename: a reader sees a whole entry or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
