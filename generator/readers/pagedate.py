"""A saved page's publication date from its own markup, by stated precedence rules.

The publication date, in order:

1. the day printed right after the headline the title was read from (its next few elements,
   or its container's: "By Ann Lee | 7 November 2031", "Written: 2031-11-07"), the first not
   labelled as an update ("Updated March 14" is the day the page changed), a picture's caption
   left out ("… near Orleans, January 16, 2020. REUTERS" is the photo's day): the day a reader
   sees. Markup times are often written in another time zone (a story out at 23:30 local time
   declares the next day in UTC), and htmldate guesses from the text when the markup is silent,
   taking a day from a list of other stories at times;
2. else htmldate's original-date reading with its extensive search on (it reads JSON-LD, `<meta>`,
   `<time>`, the URL and the text), when the page's markup states that day too;
3. else the first day the page prints right after a publication label ("Published on", "Posted",
   "Veröffentlicht am", "Publié le": the page's own word for it, where htmldate guessed another);
4. else the page's first declared publication day when htmldate's reading is more than a day
   from it (htmldate took a day from the text or the address, another story's), else
   htmldate's reading unless it is the 1st of a month its plain search (no extensive search)
   does not find too (a bare year or month, "© 2022", that the extensive search made a day of)
   or a day the page prints only in its pictures' captions (a photo's day) (on trafilatura's dev half it scores 83.1 % against 78.9-81.7 % for
   the orders that trust the declarations first or search less: `benchmarks/inputs.py`), else
   the page's declarations - JSON-LD `datePublished` of the article, the `<meta>` publication
   time (`article:published_time` and its kin), the first `<time datetime>` in the article's
   header (before its first long paragraph) not marked or labelled as the update's ("Last
   updated <time ...>") - else a date in the page's URL (`/2021/03/04/`).

A date is taken only when it is a real calendar day between 1990 and 2099, as the page writes it
(no time-zone shift); a printed day only in an unambiguous form (ISO, day.month.year, or with an
English month's name: "11/07/2031" is not guessed).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import one_line
from .pagemarkup import is_article, ld_objects, meta_content

if TYPE_CHECKING:
    from .pagemeta import Declared

# `<meta>` names and properties that carry the publication time, in the order trusted
_META_PUBLISHED = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
                   "pubdate", "pub_date", "publishdate", "publish-date", "dc.date.issued", "dcterms.created", "sailthru.date",
                   "parsely-pub-date", "date")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
# a day as a page prints it under its headline: ISO, day.month.year, or with an English month's name
_MONTH = (r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_PRINTED_DAY = re.compile(
    r"\b(?P<iso>(?:19|20)\d{2}-\d{1,2}-\d{1,2})\b"
    r"|\b(?P<d1>\d{1,2})\.\s?(?P<m1>\d{1,2})\.\s?(?P<y1>(?:19|20)\d{2})\b"
    r"|\b" + _MONTH.format("mon2") + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{2})\b"
    r"|\b(?P<d3>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _MONTH.format("mon3") + r",?\s+(?P<y3>(?:19|20)\d{2})\b",
    re.I)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
# a printed day after one of these words is the day the page changed or was checked, not the day it came out
_UPDATE_LABEL = re.compile(r"\b(?:updated?|modified|edited|revised|reviewed|fact[- ]checked|changed|aktualisiert|"
                           r"ge(?:ä|ae)ndert)\b", re.I)
# how far after the headline a printed day is looked for: a few elements, a couple of lines of text
HEADER_ELEMENTS = 3
HEADER_LEVELS = 2
HEADER_CHARS = 300
MAX_HEADLINES = 10  # a page of many <h1>s (a front page) is not walked after each
# a picture beside more text than a byline holds ("By Ann Lee | 7 November 2031 | 3 min read") is a photo and its caption
MAX_BYLINE_CHARS = 100
_ISO_DAY = re.compile(r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
# a time the e-mail way: an optional weekday, then a day with its month's English name, the time (if any) after
_NAMED_TIME = re.compile(r"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                         r"((?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2},?)\s+(?:19|20)\d{2})(?:$|[\s,T])", re.I)


def day(text: str | None) -> str | None:
    """YYYY-MM-DD from an ISO date or time as the page writes it (no time-zone shift), if a real day.

    A time written the e-mail way is read too ("Mon, 07 Jan 2019 15:37:00 -0500", "Mon, Jan 7 2019
    15:37:00 EST": some publishing systems declare their JSON-LD and `<meta>` times so).
    """
    m = _ISO_DAY.match(text or "")
    if not m:
        named = _NAMED_TIME.match(text or "")
        return printed_day(named.group(1)) if named else None
    try:
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return d.isoformat() if 1990 <= d.year <= 2099 else None


def _header_times(tree) -> Iterator[str]:
    """`<time datetime>` values in the article's header: inside <article> (or the body) before its first paragraph."""
    scope = tree.find(".//article")
    if scope is None:
        scope = tree.find(".//body")
    if scope is None:
        return
    for el in scope.iter():
        if el.tag == "p" and len(one_line("".join(el.itertext()))) > 120:
            return  # the text has begun: a time after this belongs to a comment or a related story
        if el.tag == "time" and el.get("datetime") and not _is_update_time(el):
            yield el.get("datetime")


def _is_update_time(el) -> bool:
    """Whether a `<time>` is the day the page changed: marked so, or printed after an update label.

    "Last updated <time datetime=...>", `<time itemprop="dateModified">`, `<time class="date-modified">`:
    the header's first time is then not the day the story came out.
    """
    marks = f"{el.get('itemprop') or ''} {el.get('class') or ''}"
    # a class "updated" says nothing: WordPress themes mark their one time "entry-date updated" (hAtom asks
    # for it) or "entry-date published updated", and that is the publication's
    if re.search(r"datemodified|\bmodified\b|date-modified|modified-date", marks, re.I) and \
            not re.search(r"publish", marks, re.I):
        return True
    prev = el.getprevious()
    before = (prev.tail if prev is not None else el.getparent().text if el.getparent() is not None else None) or ""
    own = one_line("".join(el.itertext()))
    return bool(_UPDATE_BEFORE.search(before[-UPDATE_LABEL_CHARS:]) or _UPDATE_LABEL.match(own))


# an update label right before a time ("Last updated ", "Updated:"), looked for in this many characters before it
_UPDATE_BEFORE = re.compile(_UPDATE_LABEL.pattern + r"(?:\s+(?:on|at|am))?\s*:?\s*$", re.I)
UPDATE_LABEL_CHARS = 40


def _visible_text(el) -> str:
    """An element's text as a reader sees it: no script or style."""
    return one_line(" ".join(el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")))


def _is_caption(el) -> bool:
    """A picture's caption: `<figure>`/`<figcaption>`, or a picture with a sentence of text beside it in one element."""
    if el.tag in ("figure", "figcaption"):
        return True
    return any(c.tag in ("img", "picture") for c in el) and len(_visible_text(el)) > MAX_BYLINE_CHARS


def _header_text(el) -> str:
    """An element's visible text less its pictures' captions (a photo's day is not the story's)."""
    captions = [c for c in el.iter() if isinstance(c.tag, str) and _is_caption(c)]
    if not captions:
        return _visible_text(el)
    # the elements themselves, held: an lxml element's proxy (and its id) lasts only while it is referenced
    inside = {x for c in captions for x in c.iter()}
    out = []
    for text in el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]"):
        owner = text.getparent()
        if text.is_tail:  # a tail is its element's parent's text, beside it
            owner = owner.getparent() if owner is not el else None
        if owner is None or owner not in inside:
            out.append(text)
    return one_line(" ".join(out))


def _after_headline(h1) -> str:
    """The text printed right after a headline: its next few elements, or its container's when it stands alone."""
    out: list[str] = []
    node = h1
    for _ in range(HEADER_LEVELS):
        sib, n = node.getnext(), 0
        while sib is not None and n < HEADER_ELEMENTS:
            if isinstance(sib.tag, str) and sib.tag not in ("script", "style"):
                out.append(_header_text(sib))
                n += 1
            sib = sib.getnext()
        text = " ".join(out)[:HEADER_CHARS]
        if _PRINTED_DAY.search(text) or node.getparent() is None:
            return text
        node = node.getparent()
    return " ".join(out)[:HEADER_CHARS]


def printed_day(text: str) -> str | None:
    """The first day printed in a text that no update label stands before ("Written: 2031-11-07 | Updated: ...")."""
    last = 0
    for m in _PRINTED_DAY.finditer(text):
        if _UPDATE_LABEL.search(text[last:m.start()]):
            last = m.end()
            continue
        return _day_of(m)
    return None


def _day_of(m: re.Match) -> str | None:
    """The day a match of _PRINTED_DAY writes."""
    g = m.groupdict()
    if g["iso"]:
        return day(g["iso"])
    if g["d1"]:
        y, mo, d = g["y1"], g["m1"], g["d1"]
    elif g["d2"]:
        y, mo, d = g["y2"], str(_MONTHS[g["mon2"][:3].lower()]), g["d2"]
    else:
        y, mo, d = g["y3"], str(_MONTHS[g["mon3"][:3].lower()]), g["d3"]
    return day(f"{y}-{mo}-{d}")


def caption_days(tree) -> frozenset[str]:
    """Days a page prints in its pictures' captions and nowhere else in its text ("Data set of 09.03.2016").

    A caption here is a `<figure>`/`<figcaption>`, or an element with a picture of its own beside
    a caption's worth of text (more than a byline, under a paragraph's run, no paragraph inside).
    htmldate's search of the text takes such a day for the page's at times: a photo's day is not the story's.
    """
    body = tree.find(".//body")
    if body is None:
        return frozenset()
    captions = [el for el in body.iter() if isinstance(el.tag, str) and (el.tag in ("figure", "figcaption") or (
        _is_caption(el) and len(_visible_text(el)) <= MAX_CAPTION_CHARS and el.find(".//p") is None))]
    if not captions:
        return frozenset()
    # the elements themselves, held: an lxml element's proxy (and its id) lasts only while it is referenced
    inside = {x for c in captions for x in c.iter()}
    texts: dict[bool, list[str]] = {True: [], False: []}
    for text in body.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")[:MAX_TEXT_NODES]:
        owner = text.getparent()
        if text.is_tail:  # a tail is beside its element, in that element's parent
            owner = owner.getparent()
        texts[owner is not None and owner in inside].append(text)
    found = {_day_of(m) for m in _PRINTED_DAY.finditer(" ".join(texts[True]))} - {None}
    if found:
        found -= {_day_of(m) for m in _PRINTED_DAY.finditer(" ".join(texts[False]))}
    return frozenset(found)


# a caption is at most this long; a page's text nodes are read this far for its captions' days
MAX_CAPTION_CHARS = 600
MAX_TEXT_NODES = 50_000


# words a page prints before the day it came out ("Published on", "Veröffentlicht am", "Publié le")
_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|created|publication date|date of publication|veröffentlicht|"
                              r"erschienen|erstellt|publié|publicado|pubblicato|gepubliceerd|opublikowano)\b"
                              r"(?:\s+(?:on|am|le|el|il|op|at))?\s*:?\s*", re.I)
# how far after such a label its day is looked for
LABEL_CHARS = 40
MAX_TEXT_CHARS = 200_000  # a long page's visible text is searched this far only


def labelled_day(tree) -> str | None:
    """The first day the page prints right after a publication label ("Published on 16 Aug 2031")."""
    body = tree.find(".//body")
    if body is None:
        return None
    text = _visible_text(body)[:MAX_TEXT_CHARS]
    for label in _PUBLISHED_LABEL.finditer(text):
        found = printed_day(text[label.end():label.end() + LABEL_CHARS])
        if found:
            return found
    return None


def headline_days(tree) -> tuple[tuple[str, str], ...]:
    """(an <h1>'s text, the day printed right after it) for each <h1> followed by one."""
    out = []
    for h in list(tree.iterfind(".//h1"))[:MAX_HEADLINES]:
        text = one_line("".join(h.itertext()))
        found = printed_day(_after_headline(h)) if text else None
        if found:
            out.append((text, found))
    return tuple(out)


def declared_dates(tree) -> Iterator[str]:
    """The publication dates the page's markup states, in the order trusted (rules 1-3)."""
    for obj in ld_objects(tree):
        if is_article(obj) and isinstance(obj.get("datePublished"), str):
            yield obj["datePublished"]
    yield from meta_content(tree, *_META_PUBLISHED)
    yield from _header_times(tree)


def url_date(urls: list[str]) -> str | None:
    """A date written into the page's address: /2021/03/04/ or /2021-03-04-."""
    for url in urls:
        m = _URL_DATE.search(urlsplit(url).path)
        if m:
            return day("-".join(m.groups()))
    return None


def is_guessed_first(reading: str | None, plain_reading: str | None) -> bool:
    """Whether htmldate's extensive reading is the 1st of a month its plain search does not find: a year or month filled out.

    Its extensive search turns a bare year or month ("© 2022", "March 2020", an archive's links)
    into that year's or month's first day; on the dev halves such an unbacked reading was right
    on 2 pages of 14, both found by the plain search too, against 117 of 130 for its other days.
    """
    found = day(reading)
    return bool(found and found.endswith("-01") and day(plain_reading) != found)


def choose_date(page: Declared, htmldate_reading: str | None, title: str | None = None,
                plain_reading: str | None = None) -> str | None:
    """The publication date by the rules in this module's docstring.

    `plain_reading` is htmldate's reading without its extensive search, asked for only when the
    extensive one is the 1st of a month (`is_guessed_first`).
    """
    key = _key(title)
    for h1, printed in page.headline_days:  # the day printed under the headline the page is read for
        if key and _key(h1) == key:
            return printed
    reading = day(htmldate_reading)
    if reading and reading in {day(d) for d in page.dates}:  # else htmldate's reading the markup states too
        return reading
    if page.labelled_day:  # else the day the page prints after "Published" (htmldate may have guessed another)
        return page.labelled_day
    declared = next((d for d in (day(v) for v in page.dates) if d), None)
    if reading and declared and abs((dt.date.fromisoformat(declared) - dt.date.fromisoformat(reading)).days) > 1:
        # htmldate's unbacked reading far from the day the markup declares took another story's day; one a
        # day off is the same moment in another time zone, and its local day stands
        return declared
    if is_guessed_first(htmldate_reading, plain_reading):  # a bare year or month made a day: no reading at all
        htmldate_reading = None
    if reading and reading in page.caption_days:  # a photo's day, printed only under the picture: no reading
        htmldate_reading = None
    for value in (htmldate_reading, *page.dates):
        found = day(value)
        if found:
            return found
    return url_date(list(page.urls))


def _key(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").casefold()).strip()


__all__ = ["choose_date", "day", "is_guessed_first", "declared_dates", "headline_days", "printed_day", "url_date"]
