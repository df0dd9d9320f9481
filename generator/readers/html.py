"""Saved web pages (.html/.htm): the article's main text and metadata, by trafilatura and htmldate.

trafilatura drops navigation, banners, share buttons, related links and comments, and keeps
paragraphs, subheads, lists and tables in order; its metadata reads Open Graph, JSON-LD,
`<meta>` and `<time>`, and htmldate finds the publication date. No network: the page's bytes
only.
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy

from . import Extracted, Part, ReaderError, one_line
from .baretext import wrap_bare_text
from .boilerplate import furniture_texts, is_disguised, is_pointer, remove_furniture, run_together, text_key
from .pagedate import is_guessed_first
from .pagemeta import choose_date, choose_title, declared, is_headline
from .pagemeta import headline as _headline  # noqa: F401  (the tests pin the cut of a site name here)
from .standfirst import printed_standfirst, with_standfirst

# A page with more elements than this is refused rather than walked (a real 5 MB article page
# has about 100,000); trafilatura's cost grows with the tree, so this bounds time and memory.
MAX_ELEMENTS = 400_000
# htmldate rejects dates after its `max_date`, by default today: a fixed bound keeps extraction of
# the same bytes the same on every day (the cache key is the file's bytes).
# page furniture named by its class/id words is removed before extraction (see boilerplate.py)
CLEAN_FURNITURE = True
# sentences left bare after a block element (a <div> that closed their <p>) are made a paragraph (baretext.py)
WRAP_BARE_TEXT = True
# the deck printed under the headline, which the extraction leaves out, opens the text (standfirst.py); off:
# the article benchmark's bodies leave decks out (body F1 0.968 -> 0.966 with it on)
ADD_STANDFIRST = False
DATE_PARAMS = {"extensive_search": True, "original_date": True, "max_date": "2099-12-31"}


def read_html(raw: bytes) -> Extracted:
    """The article in a saved web page: its text parts and title, author, outlet, date, canonical URL."""
    import trafilatura
    from lxml import etree
    from trafilatura.metadata import extract_metadata
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
    # the page's own declarations, read before trafilatura walks (and prunes) the tree
    page = declared(tree)
    # trafilatura's metadata (and htmldate) read the whole page, so a date or byline inside
    # furniture still counts
    document = extract_metadata(tree, None, DATE_PARAMS, False, None)
    meta = {k: one_line(getattr(document, k, None)) or None
            for k in ("title", "author", "sitename", "hostname", "date", "url", "description")}
    # Block furniture is dropped from trafilatura's output, not from its input: removing blocks
    # before it walks shifts its choice between its own extraction and its fallbacks, and on the dev
    # half that lost article paragraphs nowhere near the furniture. Furniture inside a paragraph (a
    # credit or share span) is removed first, since no output paragraph is only that.
    cleaned = deepcopy(tree)
    dropped: frozenset[str] = frozenset()
    if WRAP_BARE_TEXT:
        wrap_bare_text(cleaned)
    if CLEAN_FURNITURE:
        remove_furniture(cleaned, inline_only=True)
        dropped = furniture_texts(cleaned)
    xml = trafilatura.extract(
        cleaned, output_format="xml", with_metadata=False, include_comments=False, include_tables=True,
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
    main = root.find("main")
    parts = _parts(main if main is not None else root, meta.get("title"), meta.get("description"))
    # a paragraph that is only furniture, or furniture blocks run together
    parts = [p for p in parts if text_key(p.text) not in dropped and not run_together(text_key(p.text), dropped)]
    # the deck printed under the headline, outside the story's container (standfirst.py)
    if ADD_STANDFIRST:
        parts = with_standfirst(parts, printed_standfirst(tree, meta.get("description")), Part)
    if not parts:
        raise ReaderError("has no article text that could be found", "copy the article's text into a .md seed")
    url = meta.get("url")
    title = choose_title(page, meta.get("title"), (meta.get("sitename"), meta.get("hostname"), meta.get("author")))
    return Extracted(
        parts=tuple(parts),
        title=title,
        author=", ".join(a.strip() for a in meta["author"].split(";") if a.strip()) if meta.get("author") else None,
        outlet=_outlet(page, meta.get("sitename"), meta.get("hostname")),
        published=choose_date(page, meta.get("date"), title, _plain_reading(tree, meta.get("date"))),
        url=url if url and url.startswith(("http://", "https://")) else None,
    )


def _plain_reading(tree, reading: str | None) -> str | None:
    """htmldate's reading without its extensive search, only when the extensive one is the 1st of a month."""
    if not is_guessed_first(reading, None):
        return None
    from htmldate import find_date

    return find_date(tree, **{**DATE_PARAMS, "extensive_search": False})


def _outlet(page, sitename: str | None, hostname: str | None) -> str | None:
    """The site's name, unless trafilatura took the headline for it (then the host)."""
    return hostname if sitename and is_headline(page, sitename) else sitename or hostname


def _parts(main, title: str | None, description: str | None) -> list[Part]:
    """Paragraphs and subheads in document order; a heading repeating the title is dropped.

    trafilatura keeps article text a page left bare, outside any `<p>` (an old page's
    "<div>Lead ...<p>Second</p>Third ...</div>"), as text between its output's elements: the
    text of `<main>` before the first and each element's tail. Such a run, with any inline
    element inside it, up to the next block (a paragraph, heading, list, table, line break) is
    a paragraph when it ends as a sentence does. Output with no block at all is trafilatura's
    last resort, the page's loose text ("Home" from a page of links), not an article: it gives
    no paragraph.
    """
    out: list[Part] = []
    if all(el.tag in _INLINE for el in main):
        return out
    run = [main.text or ""]
    for el in main:
        if el.tag in _INLINE:
            run += ["".join(el.itertext()), el.tail or ""]
            continue
        _bare("".join(run), out)
        _element(el, out, title, description)
        run = [el.tail or ""]
    _bare("".join(run), out)
    return out


# trafilatura's inline elements (formatting, links, deletions): part of the text run around them
_INLINE = frozenset({"hi", "ref", "del"})


def _bare(text: str, out: list[Part]) -> None:
    """Text trafilatura keeps between its output's blocks, as a paragraph when it ends as a sentence does.

    A bare run that ends otherwise is a post's meta line ("January 13, 2020 | categories: Harbour |
    View Comments"), a label or a byline, not the article's prose.
    """
    text = one_line(text)
    if text and _SENTENCE_END.search(text) and not _pointer(text):
        out.append(Part("paragraph", text))


# a sentence's last mark, a closing quote or bracket after it allowed
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def _element(el, out: list[Part], title: str | None, description: str | None) -> None:
    """One element of trafilatura's output as paragraphs or a subhead, appended to `out`."""
    tag = el.tag
    if tag == "head":
        text = one_line("".join(el.itertext()))
        if not text or (not out and title and _same(text, title)):
            return
        # the summary a page sets as its description, printed under the headline: a standfirst
        kind = "standfirst" if not out and description and _same(text, description) else "subhead"
        out.append(Part(kind, text))
    elif tag == "list":
        out += [Part("paragraph", t) for t in (one_line("".join(i.itertext())) for i in el.iter("item"))
                if t and not _pointer(t)]
    elif tag == "table":
        for row in el.iter("row"):
            cells = [one_line("".join(c.itertext())) for c in row.iter("cell")]
            text = " | ".join(c for c in cells if c)
            if text and not _pointer(text):  # a layout table's cell holds a donate box as well
                out.append(Part("paragraph", text))
    else:  # p, quote, code and anything trafilatura adds later: its text as one paragraph
        text = one_line("".join(el.itertext()))
        if text and not _pointer(text):
            out.append(Part("paragraph", text))


def _pointer(text: str) -> bool:
    return CLEAN_FURNITURE and (is_pointer(text) or is_disguised(text))


def _same(a: str, b: str) -> bool:
    return one_line(a).casefold().rstrip(".") == one_line(b).casefold().rstrip(".")


__all__ = ["read_html"]
