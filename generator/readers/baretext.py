"""Sentences a page leaves bare after a block element: made a paragraph before the extraction walks the page.

A `<div>` opened inside a `<p>` closes that paragraph (HTML's parsing rules), so the sentences written after the
`<div>` ("<p><div class='related'>...</div>SAN FRANCISCO — The story's lead...</p>") end up as the tail of the
`<div>`, loose in the container, where trafilatura reads no paragraph and drops them: often the article's lead.
Such a run of text (MIN_WORDS or more, after a block element inside a block container, or opening the container
before its first paragraph: an old page's "<div>The lead ...<p>Second ...</p>"), with the inline elements
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
    """Wrap each long bare run of text after a block element, or opening a container, in a `<p>` (in place);
    the number wrapped."""
    from lxml import etree

    wrapped = 0
    for el in list(tree.iter()):
        if isinstance(el.tag, str) and el.tag in CONTAINERS and (el.text or "").strip():
            wrapped += _wrap_lead(el, etree)
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


def _wrap_lead(container, etree) -> int:
    """Wrap the bare text a container opens with ("<div>The lead ...<p>Second</p>"), with the inline
    elements after it, in a `<p>` when a `<p>` follows it; 1 if wrapped, else 0."""
    run = []
    follower = container[0] if len(container) else None
    while follower is not None and (not isinstance(follower.tag, str) or follower.tag in INLINE):
        run.append(follower)
        follower = follower.getnext()
    words = (container.text or "").split() + [w for i in run if isinstance(i.tag, str)
                                               for w in f"{''.join(i.itertext())} {i.tail or ''}".split()]
    if follower is None or follower.tag != "p" or len(words) < MIN_WORDS:
        return 0
    para = etree.Element("p")
    para.text, container.text = container.text, None
    for inline in run:
        para.append(inline)  # its tail goes with it
    container.insert(0, para)
    return 1


__all__ = ["wrap_bare_text"]
