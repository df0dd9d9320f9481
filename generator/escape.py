"""Untrusted seed text made inert for Markdown, HTML text and HTML attributes."""

from __future__ import annotations

import html
import re

# Characters Python-Markdown (with the tables extension) treats as syntax; each is backslash-escaped.
_MD = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>:~=^$@])")


def md(text: object) -> str:
    """Inline Markdown that shows text literally: no markup, links, HTML or line structure."""
    raw = str(text)
    core = " ".join(raw.split())
    if not core:
        return " " if raw else ""
    s = (" " if raw[0].isspace() else "") + core + (" " if raw[-1].isspace() else "")
    s = html.escape(s, quote=False)
    return _MD.sub(lambda m: _escape_char(m.group(1)), s)


def _escape_char(ch: str) -> str:
    # characters Markdown can't backslash-escape become HTML entities instead
    if ch in "\\`*_{}[]()#+-.!|":
        return "\\" + ch
    return f"&#{ord(ch)};"


def attr(text: object) -> str:
    """Text for a quoted HTML attribute value (title, aria-label, data-*)."""
    return html.escape(" ".join(str(text).split()), quote=True)


def html_text(text: object) -> str:
    """Text for an HTML element's content (inside raw HTML blocks)."""
    return html.escape(str(text), quote=False)


def link_title(text: object) -> str:
    """Text for a Markdown link title ("..."): quotes, brackets, parentheses and markup removed."""
    return re.sub(r'[\\"\[\]()<>&`]', "", " ".join(str(text).split()))
