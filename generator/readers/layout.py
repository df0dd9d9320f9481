"""A reader's parts laid out as a Document: title line, then one block per part, blank lines between."""

from __future__ import annotations

import re

from ..model import Block, Document
from ..slugs import slugify
from . import Extracted, ReaderError, one_line

READERS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")  # controls and lone surrogates


def read_document(raw: bytes, suffix: str, source: str, slug: str) -> Document:
    """A web page, PDF or Word file as a Document; ReaderError if the file can't be used."""
    kind = READERS[suffix]
    if kind == "html":
        from .html import read_html as read
    elif kind == "pdf":
        from .pdf import read_pdf as read
    else:
        from .docx import read_docx as read
    try:
        extracted = read(raw)
    except ReaderError:
        raise
    except RecursionError:
        raise ReaderError("is nested too deeply to read", "save it again, or copy its text into a .md seed") from None
    except Exception as err:  # a library's own failure on one odd file must not stop the other seeds
        message = " ".join(str(err).split())[:120]
        raise ReaderError(f"can't be read ({type(err).__name__}{': ' + message if message else ''})",
                          "save or export it again; if it opens fine elsewhere, report it with the file") from None
    return to_document(extracted, source, slug)


def key_content(raw: bytes) -> bytes:
    """What a page, PDF or Word file's cache key is made of: its bytes (the metadata is in them, not in
    the text) and the versions of the libraries that read it (a new version may read it differently)."""
    from importlib.metadata import PackageNotFoundError, version

    versions = []
    for package in ("trafilatura", "htmldate", "lxml", "pypdf", "python-docx"):
        try:
            versions.append(f"{package}=={version(package)}")
        except PackageNotFoundError:
            versions.append(f"{package} missing")
    return raw + b"\0" + " ".join(versions).encode()


def to_document(ex: Extracted, source: str, slug: str) -> Document:
    """Lay out extracted parts as text with offsets: the title line, then each part, a blank line between."""
    from ..seeds import TITLE_MAX, parse_date

    parts = [(p, _clean(p.text)) for p in ex.parts]
    parts = [(p, t) for p, t in parts if t]
    if not parts:
        raise ReaderError("has no text", "check that it is the right file")
    title = _clean(ex.title or "")
    if not title:
        first = parts[0][1]
        title = first if len(first) <= 120 else " ".join(first.split()[:12]) + " …"
    title = title if len(title) <= TITLE_MAX else " ".join(title.split()[:12]) + " …"
    chunks, blocks, pos = [title], [Block("title", 0, len(title))], len(title)
    for part, text in parts:
        pos += 2
        blocks.append(Block(part.kind, pos, pos + len(text), page=part.page))
        chunks.append(text)
        pos += len(text)
    text = "\n\n".join(chunks) + "\n"
    url = _clean(ex.url or "") or None
    return Document(
        source=source,
        slug=slugify(title, fallback="")[:60].strip("-") or slug,
        text=text,
        title=title,
        author=_clean(ex.author or "") or None,
        outlet=_clean(ex.outlet or "") or None,
        published=parse_date(ex.published),
        url=url,
        blocks=tuple(blocks),
    )


def _clean(text: str) -> str:
    return one_line(_UNSAFE.sub(" ", text))
