"""Documents read from web pages, PDFs and Word files, cached by the file's bytes: a rebuild does not
read a 300-page PDF again. Safe to delete; a missing or unreadable entry is simply a miss."""

from __future__ import annotations

import json
from pathlib import Path

from .cache import Store, code_fingerprint, digest, subfolder
from .model import Document, document_from_dict, to_dict
from .readers.layout import key_content
from .seeds import MAX_BYTES, read_seed


def read_cached(path: Path, source: str, folder: str | Path | None) -> tuple[Document, bytes]:
    """The Document of a page, PDF or Word file and its cache key content, from the folder if read before."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise OSError  # refused unread: read_seed says why
        content = key_content(path.read_bytes())
    except OSError:
        return read_seed(path, source=source), b""  # raises the SeedError that names the problem
    if folder is None:
        return read_seed(path, source=source), content
    store, key = Store(subfolder(folder, "documents")), digest(code_fingerprint(), source, content)
    data = store.read(key, ".json")
    try:
        if data is not None:
            return document_from_dict(json.loads(data.decode("utf-8"))), content
    except (ValueError, TypeError, KeyError):
        pass
    doc = read_seed(path, source=source)  # a SeedError is not cached: the next build says it again
    store.write(key, ".json", json.dumps(to_dict(doc), ensure_ascii=False).encode("utf-8"))
    return doc, content
