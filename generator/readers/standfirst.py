"""The summary a page prints under its headline (a standfirst, a deck), kept when the extraction leaves it out.

Older news layouts print the deck as an `<h2>` right after the headline's `<h1>` and before the byline, outside
the story's own container, where trafilatura does not look: the article then loses its first sentence. The
page names that sentence itself, as its description (`<meta name="description">`, Open Graph's): an element
that follows the `<h1>` and whose whole text is the description is the standfirst. A description printed
anywhere else (a teaser box, the first paragraph already extracted) is not taken, and a summary the page does
not declare is not guessed.

Off by default (`ADD_STANDFIRST` in html.py): measured in the thirteenth session it found the Goose family's
three decks of that layout (must-contain 96.6 -> 99.2 %) and two of trafilatura's held-out snippets, but the
article-extraction benchmark's bodies leave a deck out, and it fires on 20 of their 181 pages: body F1
0.968 -> 0.966 (precision 0.956 -> 0.954), a figure that must not drop. Whether a briefing shows the deck is
a product decision left to the lead.
"""

from __future__ import annotations

from . import one_line
from .boilerplate import text_key

# the tags a deck is printed in (a heading or a paragraph of its own, not a container of several)
DECK_TAGS = frozenset("h2 h3 h4 p div".split())
# the fewest words a description must have to be taken for a deck (not a site's slogan)
MIN_WORDS = 6


def printed_standfirst(tree, description: str | None) -> str | None:
    """The text of the element right after the page's first `<h1>` when it is the page's description, else None."""
    if not description or len(description.split()) < MIN_WORDS:
        return None
    h1 = tree.find(".//body//h1")
    if h1 is None:
        return None
    follower = h1.getnext()
    while follower is not None and not isinstance(follower.tag, str):  # a comment or processing instruction
        follower = follower.getnext()
    if follower is None or follower.tag not in DECK_TAGS or any(
            isinstance(c.tag, str) and c.tag in DECK_TAGS for c in follower):
        return None
    text = one_line("".join(follower.itertext()))
    return text if text and text_key(text) == text_key(description) else None


def with_standfirst(parts: list, standfirst: str | None, part_type) -> list:
    """`parts` with the standfirst first, unless no standfirst, no article text (a deck alone is no article), or a
    part holds it already."""
    if not standfirst or not parts:
        return parts
    key = text_key(standfirst)
    if any(key in text_key(p.text) for p in parts):
        return parts
    return [part_type("standfirst", standfirst), *parts]


__all__ = ["printed_standfirst", "with_standfirst"]
