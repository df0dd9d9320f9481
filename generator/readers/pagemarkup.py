"""What a saved page's markup says of itself: JSON-LD objects, `<meta>` contents, its own address.

Read by the title rules (`pagemeta.py`) and the date rules (`pagedate.py`) on the whole page,
before any extraction prunes the tree.
"""

from __future__ import annotations

import html as htmllib
import json
import re

from . import one_line

# JSON-LD types whose `headline`/`name` is the article's own (not the site's, a person's or a video's)
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|Report|Review|Blog|Recipe|HowTo|Question|Creative ?Work)$", re.I)


def ld_objects(tree) -> list[dict]:
    """Every JSON object in the page's JSON-LD scripts, nested ones and `@graph` members included."""
    out: list[dict] = []

    def walk(node, depth: int = 0) -> None:
        if depth > 8:  # a hostile page's nesting is not walked to the bottom
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            out.append(node)
            for value in node.values():
                if isinstance(value, (dict, list)):
                    walk(value, depth + 1)

    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            walk(json.loads(script.text.strip().rstrip(";")))
        except (ValueError, RecursionError):
            continue  # a broken script is one source less, not an error
    return out


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def is_article(obj: dict) -> bool:
    return any(_ARTICLE_TYPE.search(k) for k in _types(obj))


def text_of(value) -> str:
    return one_line(htmllib.unescape(value)) if isinstance(value, str) else ""


def meta_content(tree, *names: str) -> list[str]:
    """The content of `<meta>` tags whose property, name or itemprop is one of names, in that order.

    A tag that gives its value in `value` rather than `content` (as some tools write a page they
    save: `<meta name="og:title" value="...">`) says the same.
    """
    found: dict[str, list[str]] = {n: [] for n in names}
    for meta in tree.iterfind(".//meta"):
        value = meta.get("content") or meta.get("value")
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key in found and value:
                found[key].append(one_line(value))
    return [v for n in names for v in found[n] if v]


def page_urls(tree) -> list[str]:
    """The page's own address as it declares it: canonical link, then og:url."""
    urls = [link.get("href") for link in tree.iterfind(".//link") if (link.get("rel") or "").lower() == "canonical"]
    urls += meta_content(tree, "og:url")
    return [u.strip() for u in urls if u and u.strip().startswith(("http://", "https://"))]


__all__ = ["is_article", "ld_objects", "meta_content", "page_urls", "text_of"]
