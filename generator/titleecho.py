"""A picture's line that repeats the page's headline: "Ana Ruiz won the vote. | REUTERS Ruiz wins the
vote" or "Ruiz has said she will run. Ruiz's long road back", as saved pages print an image's caption,
its credit and the headline it illustrates on one line. The caption is a caption, the credit its credit,
and the headline's copy belongs to no sentence (it glued "REUTERS Greece" into an organisation and a
caption and a headline into a page's "What happened")."""

from __future__ import annotations

import re

WORD = re.compile(r"\w+")
# where the headline's copy starts: after a bar, or after the caption's last sentence
SPLIT = re.compile(r"\s+\|\s+|(?<=[.!?])[”’\"']?\s+(?=\S)")
PHOTO_CREDIT = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,3}Photos?\s")  # "AP Photos ", "Getty Images Photo "
SHARE_OF_ECHO = 0.7  # of the copy's words in the headline
SHARE_OF_TITLE = 0.6  # of the headline's words in the copy


def title_echo(text: str, start: int, end: int, title: str) -> tuple[int, str | None] | None:
    """(where the headline's copy starts, its credit or None) when text[start:end] ends with a copy of
    `title` after a caption, else None. The credit is the copy's opening words the headline lacks
    ("REUTERS"). After a bar, a picture credit ending in "Photo(s)" and a kicker of the page's own (no copy
    of this headline) make the line a caption too: (where the credit starts, the credit)."""
    title_words = {w.lower() for w in WORD.findall(title)}
    if len(title_words) < 3:
        return None
    line = text[start:end]
    splits = list(SPLIT.finditer(line))
    if not splits:
        return None
    m = splits[-1]  # only the line's last part can be the copy
    tail = line[m.end():]
    words = WORD.findall(tail)
    # a headline carries no full stop: a last sentence that repeats the headline's words is text
    if len(words) < 3 or not WORD.search(line[:m.start()]) or tail.rstrip()[-1] in ".!?:;,\"”’'":
        return None
    # "… the crisis. | AP Photos The sequester blame game": after a bar, a picture credit and a kicker of
    # its own (no copy of this headline's words): the line is a caption still
    photo = PHOTO_CREDIT.match(tail) if "|" in m.group() else None
    if photo is not None:
        return start + m.start(), photo.group().strip()
    first = next((x for x in WORD.finditer(tail) if x.group().lower() in title_words), None)
    if first is None:
        return None
    credit = _credit(tail[:first.start()].strip(" |/-–—"))
    if credit is not None:  # "John Shinkle/POLITICO Issa subpoenas …": the copy is what follows the credit
        words = WORD.findall(tail[first.start():])
    inside = [w for w in words if w.lower() in title_words]
    before = WORD.findall(line[:m.start()])
    # a line that is the headline again ("What Now? Obama Leads …") is no caption
    if len([w for w in before if w.lower() in title_words]) >= SHARE_OF_ECHO * len(before):
        return None
    if len(inside) < SHARE_OF_ECHO * len(words) or len({w.lower() for w in inside}) < SHARE_OF_TITLE * len(title_words):
        return None
    return start + m.start(), credit


def _credit(words: str) -> str | None:
    """The picture's credit among the copy's opening words: "REUTERS", "AP Photos", "Ana Ruiz/POLITICO";
    not a word of a shortened headline ("Dems launch plan" for "Democrats launch plan")."""
    if "/" in words or re.search(r"\bPhotos?$", words) or (words.isupper() and len(words) > 1):
        return words
    capitals = re.match(r"(?:[A-Z]{2,}\s+)+", words + " ")
    return capitals.group().strip() if capitals else None


def title_opening(line: str, title: str) -> int:
    """The length of `line`'s opening that is the headline again, word for word, glued to the story's
    first sentence ("Pentagon releases Navy videos The videos have leaked before."), else 0: a scraped
    summary box's copy of the title, no words of the story."""
    title = title.strip()
    if len(WORD.findall(title)) < 3 or not line.startswith(title):
        return 0
    rest = line[len(title):]
    glued = re.match(r"[ \t]+[\"“‘']?[A-Z]", rest)
    return len(title) if glued and len(WORD.findall(rest)) >= 3 else 0
