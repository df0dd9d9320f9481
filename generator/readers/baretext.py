"""Sentences a page leaves bare after a block element: made a paragraph before the extraction walks the page.

A `<div>` opened inside a `<p>` closes that paragraph (HTML's parsing rules), so the sentences written after the
`<div>` ("<p><div class='related'>...</div>SAN FRANCISCO — The story's lead...</p>") end up as the tail of the
`<div>`, loose in the container, where trafilatura reads no paragraph and drops them: often the article's lead.
Such a run of text (MIN_WORDS or more, after a block element inside a block container), with the inline elements
that follow it, is wrapped in a `<p>` of its own in place when a `<p>` follows it: the article's paragraphs go on
there. Text inside inline elements or paragraphs is untouched, and so is bare text not followed by a paragraph (a
page that parts its whole article with `<div>`s instead of `<p>`s, which the extraction reads as it is: wrapping
there moved its choice of the article's container on the article benchmark and brought the byline in).
"""

from __future__ import annotations

# elements that end a paragraph: text after one is bare in its container
BLOCKS = frozenset("div section article aside header footer figure table ul ol dl form nav blockquote".split())
# containers whose bare text is prose the page meant as a paragraph
CONTAINERS = frozenset("div section article main td body".split())
# inline elements that run on with the bare text (a link or emphasis inside the lead)
INLINE = frozenset("a abbr b br cite code em i q s small span strong sub sup time u".split())
# the fewest words a bare run must have to be a paragraph (a sentence, not a label's or a button's text)
MIN_WORDS = 12


def wrap_bare_text(tree) -> int:
    """Wrap each long bare run of text after a block element in a `<p>` (in place); the number wrapped."""
    from lxml import etree

    wrapped = 0
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.tag not in BLOCKS:
            continue
        parent = el.getparent()
        if parent is None or parent.tag not in CONTAINERS or len((el.tail or "").split()) < MIN_WORDS:
            continue
        run = []
        follower = el.getnext()
        while follower is not None and isinstance(follower.tag, str) and follower.tag in INLINE:
            run.append(follower)
            follower = follower.getnext()
        # only among the container's paragraphs: the article's paragraphs go on right after it
        if follower is None or follower.tag != "p":
            continue
        para = etree.Element("p")
        para.text, el.tail = el.tail, None
        for inline in run:
            para.append(inline)  # its tail goes with it
        el.addnext(para)
        wrapped += 1
    return wrapped


__all__ = ["wrap_bare_text"]
