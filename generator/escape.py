"""Untrusted seed text made inert for Markdown, HTML text and HTML attributes."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote, urlsplit

# Characters Python-Markdown (with the tables extension) treats as syntax; each is backslash-escaped.
_MD = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>:~=^$@])")


# Control characters are no text; Python-Markdown also uses \x02 and \x03 to mark its placeholders.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f\ud800-\udfff]")


def _text(value: object) -> str:
    return _CONTROL.sub("\ufffd", str(value))


def _one_line(text: object) -> str:
    """Runs of whitespace as one space (a leading or trailing one kept, as it separates words)."""
    raw = _text(text)
    core = " ".join(raw.split())
    if not core:
        return " " if raw else ""
    return (" " if raw[0].isspace() else "") + core + (" " if raw[-1].isspace() else "")


def md(text: object) -> str:
    """Inline Markdown that shows text literally: no markup, links, HTML or line structure."""
    s = html.escape(_one_line(text), quote=False)
    return _MD.sub(lambda m: _escape_char(m.group(1)), s)


def html_inline(text: object) -> str:
    """Text inside a raw HTML block, on one line (Markdown leaves such a block alone)."""
    return html.escape(_one_line(text), quote=False)


def _escape_char(ch: str) -> str:
    # characters Markdown can't backslash-escape become HTML entities instead
    if ch in "\\`*_{}[]()#+-.!|":
        return "\\" + ch
    return f"&#{ord(ch)};"


# Python-Markdown runs its link, emphasis and code patterns before it sets raw inline HTML aside, so
# `<span title="[x](onmouseover=alert(1)//)">` would get an <a href="..."> inside the attribute and
# break out of it. Markdown characters in an attribute value are therefore character references.
_ATTR = {ord(c): f"&#{ord(c)};" for c in "\\`*_[](){}|"} | {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;",
                                                       ord('"'): "&quot;", ord("'"): "&#x27;"}


def attr(text: object) -> str:
    """Text for a quoted HTML attribute value (title, aria-label, data-*), also inside Markdown."""
    return " ".join(_text(text).split()).translate(_ATTR)


def html_text(text: object) -> str:
    """Text for an HTML element's content (inside raw HTML blocks)."""
    return html.escape(_text(text), quote=False)


def code(text: object) -> str:
    """Text for an inline code span (`...`), such as a file name: one line, no backticks."""
    return " ".join(_text(text).split()).replace("`", "'") or "?"


# Characters PyYAML accepts unescaped in a double-quoted scalar, minus the line and page breaks it folds.
_YAML_RAW = re.compile(r"[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


def front_matter(text: object) -> str:
    """A page title for YAML front matter: one double-quoted scalar, HTML-escaped.

    MkDocs themes print `page.title` into `<title>` and headers without escaping it, so the
    value is escaped here; YAML escapes keep any character (breaks, controls) on one line.
    """
    out = []
    for ch in html.escape(" ".join(str(text).split()), quote=True):
        if ch in '"\\':
            out.append("\\" + ch)
        elif _YAML_RAW.match(ch):
            out.append(ch)
        else:
            n = ord(ch)
            out.append(f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}")
    return '"' + "".join(out) + '"'


_URL_SAFE = "/:?#@!$&*+,;=%-._~"


def safe_url(url: object) -> str:
    """An http(s) URL fit for a Markdown link destination, or "" for anything else (javascript:, data:, ...)."""
    raw = str(url or "").strip()
    if not raw or any(c.isspace() or ord(c) < 0x20 or c == "\\" for c in raw):
        return ""
    try:
        parts = urlsplit(raw)
    except ValueError:  # e.g. an invalid IPv6 host "http://[::1"
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return quote(raw, safe=_URL_SAFE)


def json_script(value: object) -> str:
    """JSON to embed in a page (<script type="application/json">, data-* attributes): no markup can close it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("'", "\\u0027"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


_XML_INVALID = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def svg(text: object) -> str:
    """Text for an SVG label or attribute (also valid in a standalone .svg, which is XML)."""
    return html.escape(_XML_INVALID.sub("\ufffd", " ".join(str(text).split())), quote=True)
