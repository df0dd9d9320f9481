"""A second title figure beside the strict one: a title counts as right when it equals the gold once the
page's own site name (and a section the page declares) is cut from BOTH sides.

The sets' golds follow different conventions: metascraper's keeps the site's name ("Headline | TechCrunch"),
the Postlight fixtures' drop it, snacktory's do either. This figure sets that convention aside, and only
that one: the same cut, defined here on the page's markup alone (not by the reader's own title rules), is
applied to our title, to trafilatura's and to the gold, on every set. What is cut, at a separator with a
space either side (`|`, `-`, `–`, `—`, `:`, `»`, `«`, `·`, `/`, `~`, `--`, ...) and at either end of the
title, is a part that is exactly one of the page's own names:

- the site's name as the page declares it: `og:site_name`, `application-name`, `twitter:site`, the
  JSON-LD `publisher` name;
- the name its address gives (the canonical link or `og:url`): the host's label ("techcrunch" of
  techcrunch.com, "wikipedia" of en.wikipedia.org), and that label less a legal form it ends with
  ("acme" of acmeinc.com: inc, corp, llc, ltd, plc, gmbh);
- a section the page declares: `article:section`, JSON-LD `articleSection`.

Names are compared case-folded, letters and digits only, a leading "the" and a web suffix dropped
("The Boston Globe" is "BostonGlobe.com", a host its label). A leading "Site: Headline" (a colon with no space before it)
loses the site's name too. What counts as a date match is not touched.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from inputs_common import same_title

# a separator between a title's parts: a mark with a space either side ("Headline | Site", "Site -- Headline")
SEPARATOR = re.compile(r"\s+(?:[|·•»«›—–\-/\\>:~]|::|--)\s+")
# labels a country's registry puts before its code ("paper.co.example"): the site's label is the one before
_SECOND_LEVEL = frozenset({"co", "com", "gv", "gov", "ac", "or", "org", "net", "ne", "go", "edu"})


def name_key(text: str) -> str:
    """A name compared loosely: case-folded letters and digits, a leading 'the' and a web suffix dropped; a host, its label."""
    text = text.casefold().strip().lstrip("@")
    if re.fullmatch(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", text):  # a host written as the name ("Sott.net"): its label
        return re.sub(r"[\W_]+", "", host_label(text))
    text = re.sub(r"\.(?:com|org|net|co|uk|de|jp|fr|it|io|gov|edu|news)(?:\.[a-z]{2})?$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


def host_label(host: str) -> str:
    """The label of a host that names the site: "techcrunch" of techcrunch.com, "paper" of www.paper.co.uk."""
    labels = host.casefold().split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def page_names(raw: bytes) -> frozenset[str]:
    """The keys of the names a saved page gives itself (site, publisher, address, declared section)."""
    from lxml import html as lhtml

    from generator.readers.pagemarkup import ld_objects, meta_content, page_urls, text_of

    try:
        tree = lhtml.fromstring(raw)
    except (ValueError, lhtml.etree.ParserError):
        return frozenset()
    names = meta_content(tree, "og:site_name", "application-name", "twitter:site", "article:section")
    for obj in ld_objects(tree):
        publisher = obj.get("publisher")
        for p in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(p, dict):
                names.append(text_of(p.get("name")))
        section = obj.get("articleSection")
        names += [text_of(s) for s in (section if isinstance(section, list) else [section])]
    labels = [host_label(urlsplit(u).hostname or "") for u in page_urls(tree)]
    # a company's host may add its legal form to the name it goes by ("LeanData" at leandatainc.example)
    names += labels + [m.group(1) for label in labels for m in [_LEGAL_FORM.fullmatch(label)] if m]
    return frozenset(k for k in map(name_key, names) if k)


# a legal form a host's label may end with after the name ("acmeinc", "acme-ltd"); the name left is 3+ letters
_LEGAL_FORM = re.compile(r"([a-z0-9-]{3,}?)-?(?:inc|corp|llc|ltd|plc|gmbh)")


def cut_site(title: str | None, names: frozenset[str]) -> str | None:
    """A title less the page's own names at either end ("Headline | Section | Site" -> "Headline")."""
    if not title or not names:
        return title
    m = re.match(r"([^:]{1,60}):\s+(.+)", title)  # "Site: Headline"
    if m and name_key(m.group(1)) in names:
        title = m.group(2)
    parts = SEPARATOR.split(title)
    while len(parts) > 1 and name_key(parts[-1]) in names:
        parts.pop()
    while len(parts) > 1 and name_key(parts[0]) in names:
        parts.pop(0)
    return " ".join(parts)


def same_title_sans_site(got: str | None, gold: str | None, names: frozenset[str]) -> bool:
    """Whether a title is the gold, strictly or once the page's own site name and section are cut from both."""
    return same_title(got, gold) or same_title(cut_site(got, names), cut_site(gold, names))


def cut_note(right: int | bool) -> str:
    """What --errors prints after a title miss that the second figure counts right."""
    return f" ({SITE_CUT}: right)" if right else ""


# how the second figure is labelled wherever it is printed
SITE_CUT = "site name cut from both"
# the English news sets pooled into one line (the README quotes it), by the name each set reports under
NEWS_SETS = ("trafilatura's", "Postlight's", "fundus's", "newspaper4k's", "metascraper's", "snacktory's")


class Pool:
    """Title and date counts summed over the English news sets, per reader, printed as one line."""

    def __init__(self) -> None:
        self.sets: dict[str, dict[str, list[int]]] = {}

    def add(self, news_set: str, system: str, title: int, title_cut: int, n_title: int, date: int, n_date: int) -> None:
        """One set's figures (both halves) for one reader: right titles, right once the site name is cut, dates."""
        self.sets.setdefault(news_set, {})[system] = [title, title_cut, n_title, date, n_date]

    def line(self) -> str | None:
        """The pooled figures of every reader, or None unless every English news set was measured."""
        if any(s not in self.sets for s in NEWS_SETS):
            return None
        systems = list(dict.fromkeys(name for s in NEWS_SETS for name in self.sets[s]))
        out = []
        for name in systems:
            t, tc, nt, d, nd = (sum(self.sets[s].get(name, [0] * 5)[i] for s in NEWS_SETS) for i in range(5))
            out.append(f"{name}: title {t}/{nt} {t / max(nt, 1):.1%} ({SITE_CUT} {tc}/{nt} {tc / max(nt, 1):.1%}) · "
                       f"date {d}/{nd} {d / max(nd, 1):.1%}")
        return f"pooled English news ({', '.join(NEWS_SETS)}): " + " | ".join(out)


__all__ = ["NEWS_SETS", "SITE_CUT", "Pool", "cut_note", "cut_site", "host_label", "name_key", "page_names", "same_title_sans_site"]
