"""A site's own name in a page's titles: which parts of "Headline | Section | The Outlet" are the site's.

Read by the title rules (`pagemeta.py`): a part is the site's when it is, or briefly holds, a name
the page gives itself (`og:site_name`, the JSON-LD publisher, its host; for a page saved without its
address, the host its links go to most, twice as often as to any other) or one its address spells
with two or more of the part's words run together ("Parco Nazionale d'Abruzzo" at
parcoabruzzo.example); the host's name is the label before its registry's ("agency" of
www.agency.gv.at).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from .pagemarkup import is_article, ld_objects, meta_content, page_urls, text_of

# separators a page title puts between headline, section and site name (readability's set and ours:
# "Headline / Site", "Home > News > Headline" too), each with a space either side
# a colon with a space before it too ("Headline : Section : Site"): a headline's own colon has none;
# a double hyphen, as a dash is typed without one ("Headline -- Section -- Site")
SEPARATOR = r"\s+(?:[|·•»—–/\\>:~«›-]|::|--)\s+"
# the marks a page title may put before a site's name without spaces ("見出し:サイト名", "标题_频道_网站")
_TIGHT_TAIL = re.compile(r"(.*\S)[|｜_:：丨]([^|｜_:：丨\s][^|｜_:：丨]*)")
TITLE_PARTS = re.compile(SEPARATOR)


def owners(tree, extra: tuple[str | None, ...] = ()) -> tuple[str, ...]:
    """Names a page title may carry besides the headline: site name, publisher, host, and extra (the author)."""
    names = meta_content(tree, "og:site_name", "application-name", "twitter:site")
    names += [text_of(p.get("name")) for o in ld_objects(tree) if is_article(o)
              for p in [o.get("publisher")] if isinstance(p, dict)]
    urls = page_urls(tree)
    for url in urls:
        names.append(urlsplit(url).hostname or "")
    if not urls:  # a page saved without its address: the host its own links mostly go to is the site's
        names.append(linked_host(tree) or "")
    names = [n.lstrip("@") for n in names] + [e for e in extra if e]
    return tuple(dict.fromkeys(n for n in names if n))


def linked_host(tree) -> str | None:
    """The host a page's absolute links point to most, well ahead of any other (a site links to itself most)."""
    # "www.site" and "site" are one host
    hosts = Counter((urlsplit(h.strip()).hostname or "").removeprefix("www.") for h in tree.xpath("//a/@href")[:MAX_LINKS]
                    if h.strip().startswith(("http://", "https://")))
    hosts.pop("", None)
    if not hosts:
        return None
    (host, n), *rest = hosts.most_common(2)
    # a few links say little of whose page it is; a host only a little ahead of the next may be a network's
    # or a sharing service's
    return host if n >= MIN_LINKS and (not rest or n >= LEAD * rest[0][1]) else None


# links read for a page's own host: the first this many; at least this many going to one host, and
# this many times as many as to the next host
MAX_LINKS = 2000
MIN_LINKS = 5
LEAD = 2


def headline(title: str | None, names: tuple[str | None, ...]) -> str | None:
    """The page title without the site's name (or the author's) that pages add before or after it."""
    if not title:
        return title
    for owner in names:  # a site name with separators of its own ("Daily - Art, Design"), whole at an end
        if owner and len(owner) < len(title):
            m = re.fullmatch(rf"(.+?){SEPARATOR}{re.escape(owner)}", title, re.I) or \
                re.fullmatch(rf"{re.escape(owner)}(?:{SEPARATOR}|:\s+)(.+)", title, re.I)  # "Outlet: Headline" too
            if m:
                title = m.group(1)
    keys = site_keys(names)
    m = _TIGHT_TAIL.fullmatch(title)  # the site's name after a mark with no spaces, when it is the site's
    if m and owned(m.group(2), keys) and not owned(m.group(1), keys):
        title = m.group(1)
    parts = TITLE_PARTS.split(title)
    while len(parts) > 1 and owned(parts[-1], keys):
        parts.pop()
    while len(parts) > 1 and owned(parts[0], keys):
        parts.pop(0)
    if len(parts) == len(TITLE_PARTS.split(title)):
        return title
    # rejoin what is left with the separators it had
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if 0 <= start < end else " ".join(parts)


# labels a country's registry puts between a name and the country ("agency.gv.example", "paper.co.example")
_SECOND_LEVEL = frozenset({"co", "com", "gv", "gov", "ac", "or", "org", "net", "ne", "go", "edu"})


def _site_label(host: str) -> str:
    """The label of a host that names the site: "bundesamt" of www.bundesamt.gv.at, "example" of news.example.org."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2]


def site_keys(names) -> set[str]:
    """The squashed names a site goes by: each name given, and the label of each host that names the site."""
    keys = {squash(o) for owner in names if owner for o in [owner, _site_label(owner) if "." in owner else owner]}
    keys.discard("")
    return keys


def _spelled(key: str, words: list[str]) -> bool:
    """Whether a key is some of the words run together, in order ("parcoabruzzo" from "Parco Nazionale d'Abruzzo")."""
    if not key:
        return True
    return any(key.startswith(w) and _spelled(key[len(w):], words[i + 1:]) for i, w in enumerate(words) if w)


def owned(part: str, keys: set[str]) -> bool:
    """Whether a title's part is the site's name, or a short part holding it."""
    key = squash(part)
    # a site's full name its address spells with some of its words run together, two at least
    # ("Parco Nazionale d'Abruzzo, Lazio e Molise" at parcoabruzzo.example); a single word is a mention
    words = re.findall(r"[^\W_]+", part.casefold())
    if 1 < len(words) <= MAX_SITE_WORDS and any(len(k) >= MIN_SPELLED and k not in words and _spelled(k, words)
                                                for k in keys):
        return True
    # the site's name itself, or a short part holding it ("BBC News - Politics"): never a long headline,
    # nor one that only mentions the site among more words ("Snow maps now on Peakbook.ch": the name
    # is at least a third of a part it owns)
    return bool(key) and any(key == k or (len(k) >= 4 and len(part.split()) <= 6 and
                                          (key in k or (k in key and 3 * len(k) >= len(key))))
                             for k in keys)


# a site's name spelled by its address: at most this many words, a key of at least this many letters
MAX_SITE_WORDS = 8
MIN_SPELLED = 6


def squash(text: str) -> str:
    """Lower-case letters and digits only, a leading 'the' and a web suffix dropped: 'The Japan Times' ~ 'japantimes.co.jp'."""
    text = re.sub(r"^(?:www\.)|\.(?:com|org|net|co|uk|de|jp|fr|it|io|gov|edu)(?:\.[a-z]{2})?$", "",
                  text.casefold().strip())
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\W+", "", text)


__all__ = ["SEPARATOR", "TITLE_PARTS", "headline", "linked_host", "owned", "owners", "site_keys", "squash"]
