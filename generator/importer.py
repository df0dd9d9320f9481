"""Web pages, PDFs and Word files as editable .md seeds: front matter from their metadata, then the text."""

from __future__ import annotations

import yaml

from .model import Document


def to_markdown(doc: Document) -> str:
    """A .md seed that reads back as the same title, author, outlet, date, URL and paragraphs."""
    meta = {k: v for k, v in (("title", doc.title), ("author", doc.author), ("outlet", doc.outlet),
                              ("date", doc.published), ("url", doc.url)) if v}
    # every value a quoted string: a title like "2021" or "yes" stays text, a date stays as written
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_style='"', width=10_000)
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind != "title"]
    return f"---\n{front}---\n\n" + "\n\n".join(paragraphs) + "\n"
