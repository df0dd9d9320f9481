"""The cache store shared by the three caches, and the annotation cache's keys. Safe to delete.

Annotations (<key>.json), briefing Markdown (markdown/<key>.md) and finished HTML pages
(pages/<key>.html.z + .json) are files named by a content hash in a folder; a missing or
unreadable entry is a miss, and an entry is written whole or not at all. The folder may also be
an fsspec URL (s3://bucket/cache, gcs://…, file:///mnt/shared/cache, memory://…): an object store
the Dask workers and the driver share, with the same names (needs fsspec, in the [dask] extra).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from .codekey import code_fingerprint
from .model import Annotations, annotations_from_dict, to_dict

__all__ = ["Store", "Cache", "code_fingerprint", "digest", "is_url", "key_for", "subfolder", "write_atomic"]


def is_url(folder: str | Path | None) -> bool:
    """Whether a cache location is an fsspec URL rather than a local folder."""
    return isinstance(folder, str) and "://" in folder


def subfolder(folder: str | Path | None, name: str) -> str | Path | None:
    """A named folder inside a cache location (a folder or a URL); None stays None."""
    if not folder:
        return None
    return f"{folder.rstrip('/')}/{name}" if is_url(folder) else Path(folder) / name


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
    """A folder (or fsspec URL) of <key[:2]>/<key><suffix> files; no folder means every read misses
    and writes vanish."""

    _used: set[Path] = set()  # local entries already marked used by this process

    def __init__(self, folder: str | Path | None):
        self.folder: str | Path | None = None
        self._fs = None
        if is_url(folder):
            try:
                from fsspec.core import url_to_fs
            except ImportError as err:
                raise RuntimeError(f"the cache {folder} is a URL, which needs fsspec: "
                                   'pip install -e ".[dask]"') from err
            self._fs, self._root = url_to_fs(folder)
            self._root = self._root.rstrip("/")
            self.folder = folder.rstrip("/")
        elif folder:
            self.folder = Path(folder)

    def path(self, key: str, suffix: str) -> Path | str:
        """Where an entry lives (the folder must be set): a Path, or a path inside the URL's filesystem."""
        if self._fs is not None:
            return f"{self._root}/{key[:2]}/{key}{suffix}"
        return self.folder / key[:2] / f"{key}{suffix}"

    def read(self, key: str, suffix: str) -> bytes | None:
        """An entry's bytes, or None when it is missing or unreadable."""
        if self.folder is None:
            return None
        try:
            if self._fs is not None:
                return self._fs.cat_file(self.path(key, suffix))
            with open(self.path(key, suffix), "rb") as f:
                st = os.fstat(f.fileno())  # before reading: a relatime mount may set the access time itself
                data = f.read()
                _touch(f.fileno(), st)
        except OSError:  # FileNotFoundError included; fsspec maps a missing object to it
            return None
        return data

    def mark_used(self, key: str, suffix: str) -> None:
        """Note that a local entry was used now, for `prune-cache` (once per process: an entry
        served from memory is not read again)."""
        if self._fs is not None or self.folder is None or (path := self.path(key, suffix)) in Store._used:
            return
        Store._used.add(path)
        try:
            _touch(path, path.stat())
        except OSError:  # gone: nothing to mark
            pass

    def has(self, key: str, suffix: str) -> bool:
        """Whether an entry exists (without reading it)."""
        if self._fs is not None:
            return self._fs.isfile(self.path(key, suffix))
        return self.folder is not None and self.path(key, suffix).is_file()

    def stamp(self, key: str, suffix: str) -> tuple | None:
        """What changes when an entry is rewritten or removed (modification time and size), or None."""
        try:
            if self._fs is not None:
                info = self._fs.info(self.path(key, suffix))
                return info.get("mtime", info.get("LastModified", info.get("created"))), info.get("size")
            st = self.path(key, suffix).stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def write(self, key: str, suffix: str, data: bytes) -> None:
        """Store an entry whole: a local file atomically, an object in one put."""
        if self._fs is not None:
            path = self.path(key, suffix)
            self._fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)  # a no-op on object stores
            if "file" in self._fs.protocol:  # a mounted folder: a reader must never see half a file
                self._fs.pipe_file(tmp := f"{path}.{os.getpid()}.tmp", data)
                self._fs.mv(tmp, path)
            else:  # an object store's single put is whole already
                self._fs.pipe_file(path, data)
        elif self.folder is not None:
            write_atomic(self.path(key, suffix), data)

    def delete(self, key: str, suffix: str) -> None:
        """Remove an entry if present."""
        if self._fs is not None:
            if self._fs.exists(path := self.path(key, suffix)):
                self._fs.rm_file(path)
        elif self.folder is not None:
            self.path(key, suffix).unlink(missing_ok=True)


class Cache:
    """Annotations by seed key, as <key>.json; a damaged entry is simply a miss.

    Entries read or written are also kept in memory for the process (an entry never changes under
    its key), so a `mkdocs serve` rebuild does not parse a thousand JSON files again.
    """

    MEMORY = 20_000  # entries kept in memory per process, oldest dropped first
    _memory: dict[tuple[str, str], tuple[Annotations, tuple]] = {}

    def __init__(self, folder: str | Path | None):
        self.store = Store(folder)
        self.folder = self.store.folder

    def _stamp(self, key: str) -> tuple | None:
        return self.store.stamp(key, ".json")

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
            self.store.mark_used(key, ".json")
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


USED_RESOLUTION = 86_400  # seconds: pruning counts in days, so a fresher access time is left alone


def _touch(target: int | Path, st: os.stat_result) -> None:
    """Set an entry's access time to now, keeping its modification time (which stamps the entry);
    skipped while the access time is under a day old, so a warm rebuild makes no writes for it."""
    if time.time() - st.st_atime < USED_RESOLUTION:
        return
    try:
        os.utime(target, ns=(time.time_ns(), st.st_mtime_ns))
    except OSError:  # a read-only cache: pruning then judges by the time the entry was written
        pass


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary name beside path, then rename: a reader sees a whole entry or none."""
    try:  # the folder is there but for an entry's first write: a mkdir before each write cost a syscall
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
