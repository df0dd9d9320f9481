"""Saved web pages (.html/.htm): the article's main text and metadata, by trafilatura and htmldate.

trafilatura drops navigation, banners, share buttons, related links and comments, and keeps
paragraphs, subheads, lists and tables in order; its metadata reads Open Graph, JSON-LD,
`<meta>` and `<time>`, and htmldate finds the publication date. No network: the page's bytes
only.
"""

from __future__ import annotations

import logging
import re

from . import Extracted, Part, ReaderError, one_line

# A page with more elements than this is refused rather than walked (a real 5 MB article page
# has about 100,000); trafilatura's cost grows with the tree, so this bounds time and memory.
MAX_ELEMENTS = 400_000
# htmldate rejects dates after its `max_date`, by default today: a fixed bound keeps extraction of
# the same bytes the same on every day (the cache key is the file's bytes).
DATE_PARAMS = {"extensive_search": True, "original_date": True, "max_date": "2099-12-31"}


def read_html(raw: bytes) -> Extracted:
    """The article in a saved web page: its text parts and title, author, outlet, date, canonical URL."""
    import trafilatura
    from lxml import etree
    from trafilatura.utils import load_html

    # trafilatura's own logger reports pages it finds no article in; the reader says that itself
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    tree = load_html(raw)
    if tree is None:
        raise ReaderError("is not an HTML page that can be parsed", "save the page again as 'Web page, HTML only'")
    size = sum(1 for _ in tree.iter())
    if size > MAX_ELEMENTS:
        raise ReaderError(f"has {size:,} HTML elements, over the {MAX_ELEMENTS:,} this reader walks",
                          "save only the article, or copy its text into a .md seed")
    xml = trafilatura.extract(
        tree, output_format="xml", with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, deduplicate=False,
        date_extraction_params=DATE_PARAMS,
    )
    if not xml:
        raise ReaderError("has no article text that could be found",
                          "save the article's own page, not a front page or a page behind a login, "
                          "or copy its text into a .md seed")
    root = etree.fromstring(xml.encode("utf-8"))
    for lb in root.iter("lb"):  # a line break inside a paragraph still parts two words
        lb.tail = " " + (lb.tail or "")
    meta = {k: one_line(v) or None for k, v in root.attrib.items()}
    main = root.find("main")
    parts = _parts(main if main is not None else root, meta.get("title"), meta.get("description"))
    if not parts:
        raise ReaderError("has no article text that could be found", "copy the article's text into a .md seed")
    url = meta.get("url")
    return Extracted(
        parts=tuple(parts),
        title=_headline(meta.get("title"), (meta.get("sitename"), meta.get("hostname"), meta.get("author"))),
        author=", ".join(a.strip() for a in meta["author"].split(";") if a.strip()) if meta.get("author") else None,
        outlet=meta.get("sitename") or meta.get("hostname"),
        published=meta.get("date"),
        url=url if url and url.startswith(("http://", "https://")) else None,
    )


def _parts(main, title: str | None, description: str | None) -> list[Part]:
    """Paragraphs and subheads in document order; a heading repeating the title is dropped."""
    out: list[Part] = []
    for el in main:
        tag = el.tag
        if tag == "head":
            text = one_line("".join(el.itertext()))
            if not text or (not out and title and _same(text, title)):
                continue
            # the summary a page sets as its description, printed under the headline: a standfirst
            kind = "standfirst" if not out and description and _same(text, description) else "subhead"
            out.append(Part(kind, text))
        elif tag == "list":
            out += [Part("paragraph", t) for t in (one_line("".join(i.itertext())) for i in el.iter("item")) if t]
        elif tag == "table":
            for row in el.iter("row"):
                cells = [one_line("".join(c.itertext())) for c in row.iter("cell")]
                text = " | ".join(c for c in cells if c)
                if text:
                    out.append(Part("paragraph", text))
        else:  # p, quote, code and anything trafilatura adds later: its text as one paragraph
            text = one_line("".join(el.itertext()))
            if text:
                out.append(Part("paragraph", text))
    return out


# "Headline | The Outlet", "The Outlet - Headline", "Headline — Author": the separators a page title uses
_TITLE_PARTS = re.compile(r"\s+(?:[|·•»—–-]|::)\s+")


def _headline(title: str | None, owners: tuple[str | None, ...]) -> str | None:
    """The page title without the site's name (or the author's) that pages add before or after it."""
    if not title:
        return title
    for owner in owners:  # a site name with separators of its own ("Daily - Art, Design"), whole at an end
        if owner and len(owner) < len(title):
            m = re.fullmatch(rf"(.+?)\s+(?:[|·•»—–-]|::)\s+{re.escape(owner)}", title, re.I) or \
                re.fullmatch(rf"{re.escape(owner)}\s+(?:[|·•»—–-]|::)\s+(.+)", title, re.I)
            if m:
                title = m.group(1)
    keys = {_squash(o) for owner in owners if owner for o in [owner, owner.split(".")[-2] if "." in owner else owner]}
    keys.discard("")
    parts = _TITLE_PARTS.split(title)
    while len(parts) > 1 and _owned(parts[-1], keys):
        parts.pop()
    while len(parts) > 1 and _owned(parts[0], keys):
        parts.pop(0)
    if len(parts) == len(_TITLE_PARTS.split(title)):
        return title
    # rejoin what is left with the separators it had
    kept = " ".join(parts)
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if 0 <= start < end else kept


def _owned(part: str, keys: set[str]) -> bool:
    key = _squash(part)
    # the site's name itself, or a short part holding it ("BBC News - Politics"): never a long headline
    return bool(key) and any(key == k or (len(k) >= 4 and len(part.split()) <= 6 and (key in k or k in key))
                             for k in keys)


def _squash(text: str) -> str:
    """Lower-case letters and digits only, a leading 'the' and a web suffix dropped: 'The Japan Times' ~ 'japantimes.co.jp'."""
    text = re.sub(r"^(?:www\.)|\.(?:com|org|net|co|uk|de|jp|fr|it|io|gov|edu)(?:\.[a-z]{2})?$", "", text.casefold().strip())
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\W+", "", text)


def _same(a: str, b: str) -> bool:
    return one_line(a).casefold().rstrip(".") == one_line(b).casefold().rstrip(".")


__all__ = ["read_html"]
