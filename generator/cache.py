"""Annotations cached by content hash: seed bytes, pipeline and generator version. Safe to delete."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from . import __version__
from .model import Annotations, annotations_from_dict, to_dict

# Modules that only run after extraction: editing them (or a template) keeps the cache. Any other
# file of the package, including one added later, counts as extraction code (the safe side).
DOWNSTREAM = frozenset({"annotated.py", "build.py", "cache.py", "cli.py", "corpus.py", "escape.py", "export.py", "identity.py",
                        "mdcache.py", "pagecache.py", "plugin.py", "rawblocks.py", "render.py",
                        "__main__.py"})


@cache
def code_fingerprint() -> str:
    """A hash of the extraction code and rule files: any change to them invalidates the cache."""
    h = hashlib.sha256(__version__.encode())
    root = Path(__file__).parent
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if len(rel.parts) == 1 and rel.name in DOWNSTREAM:
            continue
        if path.suffix in (".py", ".txt", ".jsonl", ".json") and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def key_for(raw: bytes, source: str, pipeline: str, extra: str = "") -> str:
    """The cache key of one seed: its bytes and path, the pipeline, the code, and any corrections."""
    return digest(code_fingerprint(), pipeline, source, extra, raw)


def digest(*parts: str | bytes) -> str:
    """SHA-256 over length-prefixed parts, so no two different part lists hash alike."""
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


class Cache:
    """A folder of <hash>.json files; a missing or unreadable entry is simply a miss."""

    def __init__(self, folder: str | Path | None):
        self.folder = Path(folder) if folder else None

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Annotations | None:
        if self.folder is None:
            return None
        try:
            return annotations_from_dict(json.loads(self._path(key).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def put(self, key: str, ann: Annotations) -> None:
        if self.folder is None:
            return
        write_atomic(self._path(key), json.dumps(to_dict(ann), ensure_ascii=False).encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary name beside path, then rename: a reader sees a whole entry or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
