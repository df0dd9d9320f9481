"""Finished HTML of generated pages, keyed by their Markdown and the site's settings. Safe to delete.

A rebuild after one seed changes re-renders the pages whose Markdown changed and copies the
thousands of others from here, instead of converting and theming every page again.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

from .cache import Store, digest


def page_key(fingerprint: str, uri: str, meta: dict, markdown: str) -> str:
    """The key of one page: the site's settings, its address, front matter and Markdown."""
    return digest(fingerprint, uri, json.dumps(meta, sort_keys=True, default=str), markdown)


def fingerprint(*parts: str | bytes) -> str:
    """A hash of whatever else a page's HTML depends on (config, theme, versions, hand-written pages)."""
    return digest(*parts)


class PageCache:
    """<key>.json (title, toc, anchors, search entries) beside <key>.html.z (the page, compressed)."""

    def __init__(self, folder: str | Path | None):
        self.store = Store(folder)
        self.folder = self.store.folder

    def meta(self, key: str) -> dict | None:
        """A cached page's metadata, or None when the page is not (wholly) cached."""
        if not self.store.has(key, ".html.z"):
            return None
        data = self.store.read(key, ".json")
        try:
            return None if data is None else json.loads(data.decode("utf-8"))
        except ValueError:
            return None

    def html(self, key: str) -> str:
        """A cached page's HTML (its metadata was found first)."""
        return zlib.decompress(self.store.read(key, ".html.z") or b"").decode("utf-8")

    def put(self, key: str, html: str, meta: dict) -> None:
        """Store a page's HTML and metadata."""
        self.store.write(key, ".html.z", zlib.compress(html.encode("utf-8", "surrogatepass"), 1))
        self.store.write(key, ".json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))

    def delete(self, key: str) -> None:
        """Forget a page."""
        for suffix in (".html.z", ".json"):
            self.store.delete(key, suffix)


class ServedPages:
    """What one `mkdocs serve --dirty` process has written to its site folder, kept across rebuilds:
    each generated page's key and output file, and every page's search entries and anchors."""

    def __init__(self) -> None:
        self.written: dict[str, tuple[str, str]] = {}  # uri -> (page key, output file)
        self.search: dict[str, list] = {}  # uri -> the search entries its last build gave
        self.fragments: dict[str, str] = {}  # uri -> those entries as JSON, each followed by a comma
        self.anchors: dict[str, list[str]] = {}  # uri -> the anchor ids its last build found

    def unchanged(self, uri: str, key: str, dest: str) -> bool:
        """Whether this page was written with this key and its output file is still there."""
        known = self.written.get(uri)
        return known is not None and known[0] == key and os.path.isfile(dest)

    def update(self, written: dict[str, tuple[str, str, list[str]]], present: set[str]) -> None:
        """Record the generated pages written by a build (uri -> key, output file, anchors) and forget
        pages the site no longer has, deleting their output so the preview does not serve them."""
        for uri, (key, dest, anchors) in written.items():
            self.written[uri] = (key, dest)
            self.anchors[uri] = anchors
        for uri in [u for u in self.written if u not in present]:
            Path(self.written.pop(uri)[1]).unlink(missing_ok=True)
        for table in (self.search, self.fragments, self.anchors):
            for uri in [u for u in table if u not in present]:
                del table[uri]

    def remember_search(self, uri: str, entries: list) -> None:
        """Keep a page's search entries, serialised once: a rebuild writes the index from the fragments."""
        self.search[uri] = entries
        self.fragments[uri] = "".join(json.dumps(e, separators=(",", ":"), default=str) + "," for e in entries)

    def search_docs(self, uris: list[str]) -> str:
        """The kept entries of these pages, in this order, as the JSON list json.dumps writes with compact
        separators: the unchanged pages' entries are not serialised again."""
        return "[" + "".join(self.fragments.get(uri, "") for uri in uris).removesuffix(",") + "]"
