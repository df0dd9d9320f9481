"""A cue inside someone's quoted words reports nothing outside them: in 'Roe had only praise for Doe:
"To our mayor, we all say, well done."' the parser makes "we all say" the cue of the words before it,
reaching back past the opening mark to the writer's "Roe had only praise"; the quote is Roe's (the
colon introduction attaches it), and such a cue's claim is none. So with words after the closing mark:
in '"No one ever said 'well done,'" Roe wrote.' the parser makes the writer's "Roe wrote" what "no one
said". And a cue a quote opens with reports none of the words past its closing mark: in '"Her aunt
said if you cut one tree, it could be a slip," Roe said, recalling ...' the parser runs the aunt's
"said" on through the closing mark into the writer's "Roe said"; the quote is Roe's, and a claim of
the aunt's that crosses the mark is none.
"""

from __future__ import annotations

from .found import Found
from .quotes import doc_quotes


def within_their_quote(doc, found: list[Found]) -> list[Found]:
    """found less each claim whose cue and speaker lie inside one quote while its words begin before it or
    after its end, in the writer's own words (not in another quote: a quote within a quote its marks leave
    unclear, '"... phrases like "Que va," for example, ...," says Roe', keeps its cue)."""
    quotes = [(q.start, q.end) for q in doc_quotes(doc)]
    keep = []
    for f in found:
        if f.cue is not None and f.speaker is not None and any(
                s <= f.cue[0] < e and s <= f.speaker[0] < e for s, e in quotes) \
                and not any(s <= f.start < e for s, e in quotes):
            continue
        if f.cue is not None and any(s <= f.cue[0] < e and s <= f.start < e < f.end - 1 for s, e in quotes):
            continue
        keep.append(f)
    return keep
