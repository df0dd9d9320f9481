"""Social posts embedded in an article: a tweet's words on a line of their own, signed at the end
"— Name (@handle) Month D, YYYY". The words are the poster's claim; a report inside them (a
reporter's "the congressman indicated ...") stays a claim of its own, nested in the post. A post
whose words the article has already quoted (the story's quote, then the embed) is no second claim.
"""

from __future__ import annotations

import re

from .found import Found, trim_chars

LINE = re.compile(r"[^\n]+")
SIGNATURE = re.compile(r"[—–]\s*(?P<name>[^\n()—–@]{2,60}?)\s*\(@\w{1,30}\)\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")
# what an embed adds to the post's words: links, the picture link, a "Skip Twitter post by @x" label
LINKS = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+))+\s*$")
LABEL = re.compile(r"^\s*Skip Twitter post by @\w+\s*")


def in_posts(doc) -> list[Found]:
    """Claims of embedded posts signed "— Name (@handle) date"."""
    out = []
    for m in LINE.finditer(doc.text):
        sig = SIGNATURE.search(m.group())
        if sig is None:
            continue
        words = m.group()[:sig.start()]
        words = LINKS.sub("", words)
        label = LABEL.match(words)
        start = m.start() + (label.end() if label else 0)
        content = trim_chars(doc.text, start, m.start() + len(words))
        name = doc.char_span(m.start() + sig.start("name"), m.start() + sig.end("name"), alignment_mode="expand")
        if content is None or name is None or content[1] - content[0] < 8:
            continue
        if _quoted_before(doc.text[:m.start()], doc.text[content[0]:content[1]]):
            continue  # the article quoted these words above: one claim, at its first occurrence
        dash = m.start() + sig.start()
        out.append(Found(*content, (name.start_char, name.end_char), (dash, dash + 1), False,
                         (m.start(), m.end()), name[-1].i, form="post"))
    return out


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("’", "").replace("'", "")).split())


def _quoted_before(before: str, words: str) -> bool:
    """Every piece of the post of three words or more (split at its sentence ends and ellipses) is
    already in the text before it."""
    pieces = [_plain(p) for p in re.split(r"[.!?…]+", words)]
    pieces = [p for p in pieces if len(p.split()) >= 3]
    text = _plain(before)
    return bool(pieces) and all(p in text for p in pieces)
