"""Finished HTML of generated pages, keyed by their Markdown and the site's settings. Safe to delete.

A rebuild after one seed changes re-renders the pages whose Markdown changed and copies the
thousands of others from here, instead of converting and theming every page again.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from .cache import digest, write_atomic


def page_key(fingerprint: str, uri: str, meta: dict, markdown: str) -> str:
    """The key of one page: the site's settings, its address, front matter and Markdown."""
    return digest(fingerprint, uri, json.dumps(meta, sort_keys=True, default=str), markdown)


def fingerprint(*parts: str | bytes) -> str:
    """A hash of whatever else a page's HTML depends on (config, theme, versions, hand-written pages)."""
    return digest(*parts)


class PageCache:
    """<key>.json (title, toc, anchors, search entries) beside <key>.html.z (the page, compressed)."""

    def __init__(self, folder: str | Path | None):
        self.folder = Path(folder) if folder else None

    def _path(self, key: str, suffix: str) -> Path:
        return self.folder / key[:2] / f"{key}{suffix}"

    def meta(self, key: str) -> dict | None:
        if self.folder is None:
            return None
        try:
            if not self._path(key, ".html.z").is_file():
                return None
            return json.loads(self._path(key, ".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def html(self, key: str) -> str:
        return zlib.decompress(self._path(key, ".html.z").read_bytes()).decode("utf-8")

    def put(self, key: str, html: str, meta: dict) -> None:
        if self.folder is None:
            return
        write_atomic(self._path(key, ".html.z"), zlib.compress(html.encode("utf-8", "surrogatepass"), 1))
        write_atomic(self._path(key, ".json"), json.dumps(meta, ensure_ascii=False).encode("utf-8"))

    def delete(self, key: str) -> None:
        if self.folder is None:
            return
        for suffix in (".html.z", ".json"):
            self._path(key, suffix).unlink(missing_ok=True)

