"""A saved page's headline from its own markup, by stated precedence rules.

trafilatura's metadata takes the first title it finds (often `og:title`, which many outlets write
for social media and which differs from the headline a reader sees), so the title here is chosen
by these rules, in order:

1. the page's visible headline, an `<h1>`, when it agrees with one of the titles the page
   declares (JSON-LD `headline` or `name`, `og:title`, `twitter:title`, `<title>`): equal once
   the site's name is cut, or that title with a short tail or head cut at a separator
   ("Chapter 2: The Pier - Harbour Tales" against an `<h1>` "Chapter 2: The Pier"; the site's
   own parts, its name and what follows it, not counted in what is cut) or a label before a
   colon with fewer words than the rest ("Press release: Pier reopens" against an `<h1>` "Pier
   reopens"); of several `<h1>`s, one a declared title gives whole first (a blog's name agrees
   only with the end of "Headline | Blog name"); titles and headings compared in one Unicode
   composition (NFC);
   1c. else, when the page's one visible headline holds a declared title of three words or more
   whole with a kicker run into it with no mark between, or a date or the site's name after it
   ("Tunisia Big tasks for the new government" over "Big tasks for the new government"), that
   declared title;
   1a. else the page's one visible headline (its only `<h1>` once the site's name is set aside,
   else the only one inside `<article>`/`<main>`) when a declared title corroborates it: they
   share two content words, the `<h1>` has at least half as many as that title (cut of the
   site's name), no declared title holds all of the `<h1>`'s words (then the `<h1>` is the
   site's, a section's or a shortened name, and the title the fuller headline) and the `<h1>`
   holds no part of a declared title but its longest (a section's banner) nor opens with the
   site's name or such a part (the site's banner and slogan). Content words are
   compared singular ("Compliments" ~ "Compliment"). A briefing
   shows the headline the reader sees printed, the metadata confirming it: "Jury Finds Ann Lee
   Guilty In Harbour Shooting" over a `<title>` "Ann Lee Convicted Of Harbour Shooting : News";
2. else the first declared title, in the order JSON-LD `headline` of the article, `og:title`,
   `twitter:title`, Dublin Core's and the other `<meta>` titles, `<title>` (one cut short with an
   ellipsis where another declared title goes on from where it stops left out), each with the
   site's name cut when it matches `og:site_name`, the JSON-LD publisher or the host
   ("Headline | The Outlet", "Outlet - Headline", "Outlet: Headline", "Headline : Outlet", and
   after a mark with no spaces "見出し:outlet開発日誌", as CJK titles write it);
   2a. (before rule 2) when two declared titles, the site's name cut, hold the same headline of two
   words or more after different labels before a colon (a kicker in `og:title`, a section in `<title>`:
   "Back to the Future?: Pier Reopens" and "Harbour Post | Reviews: Pier Reopens"), that headline;
   1b. else one of the page's first `<h2>`s, when it is the longest part of a declared title
   cut at its separators and the page has no `<h1>` but one that is (or holds, between
   separators) another part of that title (a blog whose `<h1>` is its name: "Site » Blog
   Archive » Headline" over an `<h2>` "Headline"; a section's `<h1>` "News | Entry"); a title
   with no spaced separator is cut at a mark with no spaces ("見出し_Section_Site", as CJK
   titles write it); an `<h2>` that is wholly a link to another page than the page's own address
   (an artist's, an author's, a category's) is a label, never the headline;
3. else the page's only `<h1>`, else whatever trafilatura found.

Headings are read as printed, a `<small>` subtitle in them left out (`headingtext.py`); a declared title that
only names the kind of page ("Home", "Home | The Outlet") is no title (`pagelabels.py`).
Which parts of a title are the site's name: `sitename.py`. The publication date: `pagedate.py`.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from . import one_line
from .headingtext import heading_text
from .headingtext import nfc as _nfc
from .pagedate import caption_days, choose_date, day, declared_dates, headline_days, labelled_day
from .pagelabels import is_page_label
from .pagemarkup import is_article, ld_objects, meta_content, page_urls, text_of
from .sitename import SEPARATOR, TITLE_PARTS, headline, owned, owners, site_keys, squash

# `<meta>` names of a page's title besides Open Graph and Twitter's, in the order trusted
_META_TITLES = ("dc.title", "dcterms.title", "dc:title", "citation_title", "parsely-title", "sailthru.title", "title")
# a headline longer than this is a paragraph marked up as a heading, not a title
MAX_TITLE_CHARS = 300
# rule 1a: an <h1> and a declared title that share this many content words tell the same story
MIN_SHARED_WORDS = 2
# words that say nothing of a title's story: sharing them is no agreement
FUNCTION_WORDS = frozenset("""a an the and or but nor of to in on at by for from with without into onto over under
about after before as than then that this these those is are was were be been being am it its it's he she they them
his her their we our you your i me my not no so if up out off do does did has have had will would can could may might
must shall should what which who whom whose why how when where there here all any some more most very just also""".split())
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# rule 1b looks at a page's first few <h2>s only: further down they are the article's subheads
MAX_H2S = 3


def _h1s(tree, tag: str = "h1") -> list[str]:
    out = []
    for h in tree.iterfind(f".//{tag}"):
        text = heading_text(_microdata_headline(h))
        if text and len(text) <= MAX_TITLE_CHARS:
            out.append(text)
    return out


def _h2s(tree) -> list[str]:
    """The page's first few <h2>s (rule 1b), less those wholly a link to another page: a label, not a headline.

    Another page: a path other than the page's own address (its canonical or `og:url`); a page that
    declares no address keeps every <h2>."""
    own = {_path(u) for u in page_urls(tree)}
    out = []
    for h in tree.iterfind(".//h2"):
        text, links = heading_text(h), h.findall(".//a[@href]")
        if not text or len(text) > MAX_TITLE_CHARS:
            continue
        away = own and len(links) == 1 and heading_text(links[0]) == text and _path(links[0].get("href")) not in own | {""}
        out.append(None if away else text)
    return [t for t in out[:MAX_H2S] if t]


def _path(url: str) -> str:
    """A link's path without a trailing slash, to compare a page's links with its address ('' for '#top')."""
    return urlsplit(url.strip()).path.rstrip("/")


def _microdata_headline(h):
    """The heading a page's microdata marks as the headline in place of an <h1> it marks as the alternative one.

    An `<h1 itemprop="alternativeHeadline">` "Pier Works" over an `<h2 itemprop="headline">` "Harbour
    pier reopens after two years of works" is a short label; the marked headline is the one printed
    as the story's. The headline is looked for in the same item (the nearest `itemscope`) as the `<h1>`.
    """
    if "alternativeheadline" not in (h.get("itemprop") or "").casefold().split():
        return h
    scope = next((a for a in h.iterancestors() if a.get("itemscope") is not None), h.getroottree().getroot())
    for m in scope.iterfind(".//*[@itemprop]"):
        if m.tag in _HEADINGS and "headline" in m.get("itemprop").casefold().split() and heading_text(m):
            return m
    return h


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def declared_titles(tree) -> tuple[list[str], list[str]]:
    """The titles a page declares: (in the order trusted for rule 2, every one for agreement with an <h1>)."""
    objs = ld_objects(tree)
    # an article object without a headline names itself instead
    headline = [text_of(o.get("headline")) or text_of(o.get("name")) for o in objs if is_article(o)]
    ranked = headline + meta_content(tree, "og:title") + meta_content(tree, "twitter:title")
    # Dublin Core and the plain `<meta name="title">` some publishing systems write
    ranked += meta_content(tree, *_META_TITLES)
    title = tree.find(".//title")
    if title is not None:
        ranked.append(one_line("".join(title.itertext())))
    ranked = [_nfc(t) for t in ranked if t and len(t) <= MAX_TITLE_CHARS and not is_page_label(t)]
    # any JSON-LD headline or name may agree with an <h1>: a product page's name is its headline too
    every = ranked + [_nfc(text_of(o.get(k))) for o in objs for k in ("headline", "name") if text_of(o.get(k))]
    # a title cut short with an ellipsis where the page declares it whole is not the headline (a JSON-LD
    # headline clipped to a length limit, "Headline of ninety words..."): the whole one is read instead
    return [t for t in ranked if not is_clipped(t, every)], every


def is_clipped(title: str, others: list[str]) -> bool:
    """Whether a title ends in an ellipsis and another declared title goes on from where it stops."""
    stem = _CLIPPED.sub("", title)
    if stem == title or not _key(stem):
        return False
    return any(len(_key(o)) > len(_key(stem)) and _key(o).startswith(_key(stem)) and not _CLIPPED.search(o)
               for o in others)


# an ellipsis closing a title: three dots or the one character, spaces before it allowed
_CLIPPED = re.compile(r"\s*(?:\.{3}|…)\s*$")


@dataclass(frozen=True)
class Declared:
    """What a page's markup says of itself, read before any extraction prunes the tree."""

    ranked_titles: tuple[str, ...]  # rule 2's order
    titles: tuple[str, ...]  # every declared title, for agreement with an <h1>
    h1s: tuple[str, ...]
    owners: tuple[str, ...]  # site name, publisher, host
    dates: tuple[str, ...]  # declared publication times, in the order trusted
    urls: tuple[str, ...]
    h2s: tuple[str, ...] = ()  # the first few, for pages whose headline is an <h2> (rule 1b)
    headline_days: tuple[tuple[str, str], ...] = ()  # (an <h1>, the day printed under it): pagedate.py
    main_h1s: tuple[str, ...] = ()  # the <h1>s inside the page's <article> or <main>
    labelled_day: str | None = None  # the first day the page prints after "Published": pagedate.py
    caption_days: frozenset[str] = frozenset()  # days printed only in pictures' captions: pagedate.py


def declared(tree) -> Declared:
    """Read a parsed page's declarations (title candidates, site names, dates, address)."""
    ranked, every = declared_titles(tree)
    main_h1s = [heading_text(_microdata_headline(h)) for h in tree.iterfind(".//h1")
                if any(a.tag in ("article", "main") for a in h.iterancestors())]
    return Declared(tuple(ranked), tuple(every), tuple(_h1s(tree)), owners(tree), tuple(declared_dates(tree)),
                    tuple(page_urls(tree)), tuple(_h2s(tree)), headline_days(tree),
                    tuple(h for h in main_h1s if h and len(h) <= MAX_TITLE_CHARS), labelled_day(tree),
                    caption_days(tree))


def choose_title(page: Declared, fallback: str | None, extra_owners: tuple[str | None, ...] = ()) -> str | None:
    """The page's headline by the rules in this module's docstring."""
    names = tuple(dict.fromkeys(page.owners + tuple(e for e in extra_owners if e and not is_headline(page, e))))
    ranked, every = page.ranked_titles, page.titles
    # an <h1> that is the site's name itself (a logo) is not the headline; one that only holds it may be
    h1s = [h for h in page.h1s if squash(h) not in site_keys(names)]
    # rule 1: the visible headline the page's own metadata vouches for; of several <h1>s, one that is a
    # declared title whole first (a blog's name, the last part of "Headline | Blog name", agrees only in part)
    for h in h1s:
        if any(_key(h) in (_key(t), _key(headline(t, names) or "")) for t in every):
            return h
    for h in h1s:
        if any(_agrees(h, t, names) for t in every):
            return h
    lone = _lone_h1(page, h1s)
    inner = _glued(lone, names, ranked) if lone else None
    if inner:  # rule 1c: the declared title the <h1> holds with a kicker, a date or the site glued on
        return inner
    if lone and _corroborated(lone, page, names):  # rule 1a: the printed headline, another title confirming it
        return lone
    for h in page.h2s:  # rule 1b: a visible <h2> that is the longest part of a declared title
        for t in every:  # ... of a page with no <h1> but the site's name that title holds too
            parts = [_key(p) for p in _title_parts(t)]
            others = set(parts) - {_key(h)}
            if len(parts) > 1 and max(parts, key=len) == _key(h) and all(_holds_part(h1, others) for h1 in page.h1s):
                return h
    shared = _shared_after_labels(ranked, names)
    if shared:  # rule 2a: two declared titles with other labels before the same headline
        return shared
    for t in ranked:  # rule 2
        cut = headline(t, names)
        if cut:
            return cut
    if len(h1s) == 1:  # rule 3
        return h1s[0]
    return headline(fallback, names) if fallback else fallback


def _shared_after_labels(ranked: tuple[str, ...], names: tuple[str, ...]) -> str | None:
    """The headline two declared titles share after different labels before a colon (rule 2a): a kicker in one,
    a section in the other ("Back to the Future?: Pier Reopens" and "Harbour Post | Reviews: Pier Reopens")."""
    split = [m.groups() for t in ranked for m in [_LABELLED.fullmatch(headline(t, names) or t)] if m]
    for i, (label, rest) in enumerate(split):
        for other, theirs in split[i + 1:]:
            if _key(rest) == _key(theirs) and _key(label) != _key(other) and len(_key(rest).split()) >= 2:
                return rest
    return None


# a label before a colon (none before it, a space after) and the rest of a title
_LABELLED = re.compile(r"([^:]{1,60}[^\s:]):\s+(.+)")


def _glued(h1: str, names: tuple[str, ...], ranked: tuple[str, ...]) -> str | None:
    """The declared title an <h1> holds whole with something glued on that is not the headline (rule 1c).

    A kicker run into the headline without a mark between ("Tunisia Big tasks for the new
    government" over a declared "Big tasks for the new government"), or a date or the site's name
    after a separator ("Headline 02.02.2031 • Section", "Headline | Site"). A colon or dash between
    kicker and headline is the headline's own punctuation, and words run on after it are its deck:
    the <h1> is kept then (rules 1a, 2).
    """
    text = htmllib.unescape(h1).casefold().replace("’", "'")
    for title in ranked:
        cut = headline(title, names) or title
        words = _key(cut).split()
        if len(words) < MIN_GLUED_WORDS or " ".join(words) == _key(h1):
            continue
        m = re.search(r"\W*".join(re.escape(w) for w in words), text)
        if not m:
            continue
        head, tail = h1[:m.start()].strip(), h1[m.end():]
        if head and re.search(r"\w$", head) and not tail.strip(" .!?\"'“”"):
            return cut
        if not head and (re.match(SEPARATOR, tail) or _GLUED_DAY.match(tail)):
            return cut
    return None


# rule 1c looks for a declared title of at least this many words inside an <h1>: fewer could be a kicker's
MIN_GLUED_WORDS = 3
_GLUED_DAY = re.compile(r"\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\b")


def _lone_h1(page: Declared, h1s: list[str]) -> str | None:
    """The page's one visible headline: its only <h1> once the site's name is set aside, else the only one in <article>/<main>."""
    distinct = list(dict.fromkeys(h1s))
    if len(distinct) == 1:
        return distinct[0]
    inside = [h for h in dict.fromkeys(page.main_h1s) if h in distinct]
    return inside[0] if len(inside) == 1 else None


def _corroborated(h1: str, page: Declared, names: tuple[str, ...]) -> bool:
    """Whether a declared title vouches for an <h1> that words the headline differently (rule 1a)."""
    mine = content_words(h1)
    # an <h1> whose words a declared title all holds adds nothing to it: the site's, a section's or a
    # shortened name ("Salt Notes" over "Headline | Salt Notes"); the title is fuller
    if not mine or any(mine <= content_words(t) for t in page.titles):
        return False
    # nor is an <h1> that is, or holds between separators, a part of a declared title other than its
    # longest (a section's banner "Harbour notes | Entry" over "Site - Harbour notes - Headline")
    if any(_holds_part(h1, {_key(p) for p in TITLE_PARTS.split(t)} - {_longest_part(t)})
           for t in page.titles if _longest_part(t)):
        return False
    # nor one that opens with the site's name or such a part: the site's banner and slogan ("The Harbour
    # Post, the valley's first paper" over "Pier reopens | The Harbour Post")
    k = _key(h1)
    starts = {_key(p) for t in page.titles if _longest_part(t) for p in TITLE_PARTS.split(t)} - \
        {_longest_part(t) for t in page.titles}
    starts |= {_key(n) for n in names if "." not in n}  # a host is no printed name
    if any(x and k.startswith(x + " ") for x in starts):
        return False
    for t in page.titles:
        theirs = content_words(headline(t, names) or t)
        # the same story in other words (two content words shared), and not a much shorter label for it
        if len(mine & theirs) >= MIN_SHARED_WORDS and 2 * len(mine) >= len(theirs):
            return True
    return False


def content_words(text: str) -> set[str]:
    """A title's words less the function words, case-folded ("J&K" keeps its letters, "the" goes)."""
    words = _WORD.findall(htmllib.unescape(text).casefold().replace("’", "'"))
    return {_singular(w) for w in words if w not in FUNCTION_WORDS}


def _singular(word: str) -> str:
    """A plural's final 's' dropped ("Compliments" shares a word with "Compliment"; "press" and "bus" stay)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s")) else word


def is_headline(page: Declared, name: str) -> bool:
    """Whether a name guessed for the site (trafilatura's, from a title part with a dot) is the headline.

    trafilatura takes a title part holding a dot for the site's name, so "Envoy to the U.N.
    Resigns - The Harbour Post" gives a site named "Envoy to the U.N. Resigns": a name that is an
    <h1>, a declared title or its longest part is the page's headline, not its owner's name.
    """
    key = _key(name)
    if not key or any(key == _key(o) for o in page.owners):  # a name the page gives itself stays (a blog's <h1>)
        return False
    return any(key in (_key(t), _longest_part(t)) for t in page.titles + page.h1s)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", htmllib.unescape(text).casefold()).strip()


def _holds_part(h1: str, parts: set[str]) -> bool:
    """Whether an <h1>, or a part of it between separators, is one of a title's parts (a blog's or section's name)."""
    return _key(h1) in parts or any(_key(p) in parts for p in TITLE_PARTS.split(h1))


def _title_parts(title: str) -> list[str]:
    """A title's parts between spaced separators, else between marks with no spaces ("見出し_Section_Site")."""
    parts = TITLE_PARTS.split(title)
    return parts if len(parts) > 1 else _TIGHT_MARK.split(title)


# a mark joining a title's parts with no spaces around it (a CJK title's "_" or "｜"); no colon, which a headline has
_TIGHT_MARK = re.compile(r"(?<=\S)[|｜_丨](?=\S)")


def _longest_part(title: str) -> str | None:
    """The longest of a title's parts between separators, when it has several ("Site » Archive » Headline")."""
    parts = [_key(p) for p in TITLE_PARTS.split(title)]
    return max(parts, key=len) if len(parts) > 1 else None


def _agrees(h1: str, title: str, names: tuple[str, ...]) -> bool:
    """Whether an <h1> is a declared title: the same words, or that title less a short end part."""
    k = _key(h1)
    if not k:
        return False
    if k == _key(title) or k == _key(headline(title, names) or ""):
        return True
    parts = TITLE_PARTS.split(title)
    total = len(_key(title).split())
    keys = site_keys(names)
    # the site's own parts count on neither side ("Headline | site.example | The site's slogan")
    sites = [owned(p, keys) for p in parts]
    if any(sites[1:]):  # and what follows the site's name is its slogan or a section
        first = sites.index(True, 1)
        sites = sites[:first] + [True] * (len(parts) - first)
    total -= len(_key(" ".join(p for p, o in zip(parts, sites, strict=True) if o)).split())
    for i in range(1, len(parts)):
        # what is cut (a section, a series, a site) is the short end: fewer than half the words
        # ("Headline | Section | Site" against an <h1> "Headline"; never a blog's name alone)
        for kept, cut in ((range(i), range(i, len(parts))), (range(i, len(parts)), range(i))):
            rest = " ".join(parts[j] for j in cut if not sites[j])
            if _key(" ".join(parts[j] for j in kept)) == k and len(_key(rest).split()) * 2 < total:
                return True
    # or the title less a label before a colon, shorter than the rest ("Press release: Headline" against "Headline")
    label, _, rest = (headline(title, names) or title).partition(": ")
    return bool(rest) and _key(rest) == k and len(_key(label).split()) < len(k.split())


__all__ = ["Declared", "choose_date", "choose_title", "content_words", "day", "declared", "headline", "is_clipped",
           "is_headline"]
