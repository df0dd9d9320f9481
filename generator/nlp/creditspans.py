"""Credit lines in a text ("Image: Ana Ruiz.", "Ana Ruiz contributed to this report."): their names
belong to the source, not the story."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from .docmemo import per_text
from .linecase import title_case_line
from .rules import words

# "Image: Ana Ruiz." / "Video: A & B." — a credit line's names belong to the source, not the story.
# ("(Photo: J. Ana Ruiz, AP)": an initial's dot does not end the credit, its closing bracket does)
CREDIT_RE = re.compile(r"\b([A-Z][a-z]+):[ \t]*[^\n]*?(?=(?<!\b[A-Z])\.\s|\.$|\)|\n|$)")


@per_text  # asked by the mention, organisation and missed-name passes of each document
def credit_spans(text: str) -> list[tuple[int, int]]:
    """Spans of photo and video credits ("Image: Ana Ruiz.") and of reporting credits ("Ana Ruiz
    contributed to this report.", "Reporting by Ana Ruiz") in the text, label included."""
    spans = [m.span() for m in CREDIT_RE.finditer(text) if m.group(1).lower() in words("credit_labels")]
    return spans + credit_line_spans(text) + _lone_name_lines(text) + _trailing_name_lines(text) + related_links(text)


def credit_line_spans(text: str) -> list[tuple[int, int]]:
    """The page's own lines around the story that `credit_line_rules` match: bylines, sign-offs, video
    widgets ("JUST WATCHED <title> Replay More Videos"), newsletter boxes."""
    return [m.span() for rx in credit_line_rules() for m in rx.finditer(text)]


def source_name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where the text writes the name of one of the briefing's sources (its author, "By Ana Ruiz and Lee
    Park"; its outlet) in full: a byline or a closing tagline ("Ana Ruiz, a Lima doctor, is the author of
    …"), whose words belong to the source, never to a person of the story ("Ruiz" is not "Tomas Ruiz")."""
    spans = []
    for name in names:
        for part in SOURCE_SPLIT_RE.split(name):
            part = part.strip()
            if len(part.split()) >= 2:  # a full name (one word alone may be anyone's)
                spans += [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text)]
    return spans


SOURCE_SPLIT_RE = re.compile(r",|\s+(?:and|&)\s+")


def byline_sources(author: str | None, outlet: str | None, text: str) -> list[str]:
    """The briefing's author, each name of its byline ("By Ana Ruiz, Lee Park") and its outlet: the story's
    sources, no one in it. A byline name the story itself introduces mid-sentence with a role set beside it
    ("In the short term, Lee Park, a senior analyst with Acme, is upbeat") is one of its people, whom a
    scraped byline listed among the authors ("Ana Ruiz, a Lima doctor, is the author of …" opens its line:
    a tagline, still the source's)."""
    parts = [p.strip() for p in SOURCE_SPLIT_RE.split(author or "") if p.strip()]
    kept = [p for p in parts if not _introduced(text, p)]
    whole = [author] if author and len(kept) == len(parts) else []
    return [x for x in (*whole, *kept, outlet) if x and x.strip()]


def _introduced(text: str, name: str) -> bool:
    """Whether the text writes the full name mid-sentence, after a lower-case word or a comma (not "by"),
    with ", a|an|the <lower-case word>" or ", <age>," right after it, or as the one a reporting verb's
    words are given to ('…," said bank worker Lee Park as he marched')."""
    if len(name.split()) < 2:
        return False
    escaped = re.escape(name)
    set_off = re.finditer(rf"(?<=[a-z,][ \t]){escaped},[ \t]+(?:(?:a|an|the)[ \t]+[a-z]|\d{{1,3}},)", text)
    if any(not re.search(r"\bby\s+$", text[max(0, m.start() - 4):m.start()], re.I) for m in set_off):
        return True
    # (the verb, then at most three lower-case words of a role: "said bank worker")
    return any(m.group(1).lower() in SAID_FORMS for m in re.finditer(
        rf"\b([a-z]+)(?:[ \t]+[a-z]+){{0,3}}[ \t]+{escaped}(?![\w-])", text))


# the forms of a reporting verb its speaker follows ("…," said Lee Park); not "told" (whose object may be
# the reporter) nor "wrote" (the column's own author)
SAID_FORMS = frozenset({"said", "says", "added", "adds", "explained", "insisted"})


# a line that is a name alone: two or three capitalised words, a generation after ("Ana Ruiz Jr")
LONE_NAME_RE = re.compile(r"^[ \t]*([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})(?:[ \t]+(?:Jr|Sr|II|III)\.?)?[ \t]*$", re.M)


def _lone_name_lines(text: str) -> list[tuple[int, int]]:
    """ "Ana Ruiz Jr" alone on a line between paragraphs, her surname nowhere else in the text: the
    credit of the picture or sketch that stood there, not someone in the story (a name the story goes on
    to use, a section heading "Ana Ruiz" before "Ruiz said …", is kept)."""
    found = list(LONE_NAME_RE.finditer(text))
    if not found:
        return []
    counts = Counter(re.findall(r"[A-Za-z'’-]+", text))  # counted once per text, not once per line
    return [m.span(1) for m in found if counts[_surname(m.group(1))] == 1]


# a name closing a caption's line after its last full stop ("… across the border. Ana Ruiz"; not after a title
# whose stop it is: "… former Massachusetts Gov. Ana Ruiz")
TRAILING_NAME_RE = re.compile(r"(?<=[a-z]{3}[.!?][ \t])([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})[ \t]*$", re.M)


def _trailing_name_lines(text: str) -> list[tuple[int, int]]:
    """ "… gather in Vienna to cross the border. Ana Ruiz": a name closing a line after its last
    sentence, with no stop of its own and its surname nowhere else in the text, is the picture's credit."""
    counts = Counter(re.findall(r"[A-Za-z'’-]+", text))
    return [m.span(1) for m in TRAILING_NAME_RE.finditer(text) if counts[_surname(m.group(1))] == 1]


def _surname(name: str) -> str:
    """The last word before a generation ("Ana Ruiz Jr" -> "Ruiz")."""
    words_ = name.split()
    while len(words_) > 1 and words_[-1].rstrip(".") in ("Jr", "Sr", "II", "III"):
        words_ = words_[:-1]
    return words_[-1]


def related_links(text: str) -> list[tuple[int, int]]:
    """ "Related posts:" and the Title Case headlines on the lines after it, or "RELATED: <a headline>" on
    one line: a site's links to its other stories, whose names are no one of this story (the first line
    that reads as prose ends the links)."""
    spans = []
    for m in related_label_re().finditer(text):
        if m.group(1).strip():
            spans.append(m.span())  # (the one-line form, as `related_lines` gives it)
            continue
        end, pos = m.end(), m.end()
        for line in re.finditer(r"[^\n]*(?:\n|$)", text[pos:]):
            body = line.group().strip()
            if not line.group():
                break
            if body and not title_case_line(text, pos + line.start() + line.group().index(body[0])):
                break
            if body:
                end = pos + line.start() + len(line.group().rstrip())
        spans.append((m.start(), end))
    return spans


def related_lines(text: str, pos: int = 0) -> list[tuple[int, int]]:
    """ "RELATED: <a headline>", "Read more: <a headline>": a label and its link on one line, from pos on."""
    return [m.span() for m in related_label_re().finditer(text, pos) if m.group(1).strip()]


@cache
def related_label_re() -> re.Pattern:
    labels = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words("related_labels"), key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{labels})[ \t]*:([^\n]*)$", re.I | re.M)


@cache
def credit_line_rules() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(x, re.I | re.M) for x in words("credit_lines"))


# "Ana Ruiz/Tenby Images", "Ana Ruiz/AFP via Tenby Images": a photographer's name (two capitalised words:
# not "the Russia/CIA card"), a slash and the agency, on the line before the agency's name; or the agency's name and ", FILE" (an archive picture's credit)
AGENCY_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*[ \t]+[A-Z][\w'’.-]*/(?:[A-Z][\w&.-]*[ \t]+)*(?:via[ \t]+)?$")
AGENCY_AFTER_RE = re.compile(r",[ \t]*(?:FILE|File)[ \t]*$", re.M)


def agency_credit(text: str, start: int, end: int) -> bool:
    """Whether a name at [start, end) is the agency of a photo credit ("Ana Ruiz/AFP via Tenby Images",
    "Tenby Images, FILE"): the picture's source, no organisation of the story."""
    line = text.rfind("\n", 0, start) + 1
    return bool(AGENCY_BEFORE_RE.search(text[line:start]) or AGENCY_AFTER_RE.match(text, end))
