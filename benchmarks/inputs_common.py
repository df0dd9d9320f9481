"""What benchmarks/inputs.py and benchmarks/inputs_titles.py share: the mirrors, the readers compared, the halves."""

from __future__ import annotations

import collections
import hashlib
import io
import re
import subprocess
import sys
import tarfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAFILATURA = "adbar+trafilatura"
SCRAPINGHUB = "scrapinghub+article-extraction-benchmark"
READABILITY = "mozilla+readability"
PARSER = "postlight+parser"
FUNDUS = "flairNLP+fundus"
HTMLDATE = "adbar+htmldate"
NEWSPAPER = "AndyTheFactory+newspaper4k"
METASCRAPER = "microlinkhq+metascraper"
SNACKTORY = "smallrivers+snacktory"
HTMLDATE_SETS = ("tests/eval_default.json", "tests/eval_mediacloud_2020.json")
FUNDUS_DATA = "tests/resources/parser/test_data"
PDF_SAMPLES = "py-pdf+sample-files"
PDF_BENCH = "py-pdf+benchmarks"
TARGETS = {"title": 0.90, "date": 0.90, "with": 0.95, "without": 0.95, "f1": 0.95}
ENGLISH = set("the and of to in is that for it was on with as are be this by at from have has not".split())


def git_files(repo: Path, paths: list[str], into: Path) -> Path:
    """Unpack paths of a mirror's HEAD into a folder (the mirrors are bare git directories)."""
    data = subprocess.run(["git", "--git-dir", str(repo), "archive", "HEAD", *paths], check=True,
                          capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into


def mirror(root: Path, name: str) -> Path:
    repo = root / name / "repo"
    if not repo.exists():
        sys.exit(f"{repo} not found: fetch github:{name.replace('+', '/')} first (a public snapshot)")
    return repo


def norm(text: str | None) -> str:
    """Text with its white space runs made one space and its invisible format characters (Unicode Cf: a
    left-to-right mark, a zero-width space, a soft hyphen) left out, on both sides of every comparison."""
    return " ".join(_FORMAT.sub("", text or "").split())


# the invisible format characters of Unicode (category Cf), which a page may carry and an extractor drop
_FORMAT = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x110000)
                                    if unicodedata.category(chr(c)) == "Cf") + "]")


def words(text: str) -> collections.Counter:
    return collections.Counter(re.findall(r"\w+", text.casefold()))


def prf(got: str, expected: str) -> tuple[float, float]:
    g, e = words(got), words(expected)
    tp = sum((g & e).values())
    p = tp / sum(g.values()) if g else (1.0 if not e else 0.0)
    r = tp / sum(e.values()) if e else 1.0
    return p, r


def f1_of(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Mean precision and recall over documents, and the F1 of those means (as the article benchmark does)."""
    if not pairs:
        return 0.0, 0.0, 0.0
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def same_title(a: str | None, b: str | None) -> bool:
    def key(t):
        return re.sub(r"\W+", " ", norm(t).casefold()).strip()
    return bool(a and b) and key(a) == key(b)


def is_english(snippets: list[str]) -> bool:
    tokens = re.findall(r"[a-z]+", " ".join(snippets).lower())
    return len(tokens) >= 6 and sum(t in ENGLISH for t in tokens) / len(tokens) >= 0.12


def body(doc) -> str:
    """A Document's text without its title line: what the libraries alone give, too."""
    return "\n".join(doc.text[b.start:b.end] for b in doc.blocks if b.kind != "title")


# --- readers -----------------------------------------------------------------------------------


def ours(path: Path):
    from generator.seeds import SeedError, read_seed

    try:
        return read_seed(path, source=path.name)
    except SeedError:
        return None


def trafilatura_alone(raw: bytes) -> tuple[str, dict]:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if doc is None:
        return "", {}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return d.get("text") or "", {"title": d.get("title"), "date": d.get("date")}


def readability_alone(raw: bytes) -> tuple[str, dict]:
    from lxml import html as lhtml
    from readability import Document

    doc = Document(raw)
    summary = doc.summary(html_partial=True)
    text = lhtml.fromstring(summary).text_content() if summary.strip() else ""
    return text, {"title": doc.short_title(), "date": None}


# --- measures ----------------------------------------------------------------------------------


def half(name: str) -> str:
    """'dev' or 'held-out' by a stable hash of a page's file name: rules are read off the dev half only."""
    return "dev" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


# sets whose held-out half was graduated to dev in the thirteenth session (its misses may be read now); the
# untuned sets (readability's, Media Cloud's, htmldate's, the bodies) keep theirs unread
GRADUATED = frozenset({"trafilatura's", "Postlight's", "fundus's", "newspaper4k's", "metascraper's", "snacktory's",
                       "Goose's"})


def readable(part: str, news_set: str) -> bool:
    """Whether --errors may print a page's misses: the dev half's, or any of a graduated set's."""
    return part == "dev" or news_set in GRADUATED


def _web_systems() -> dict:
    """The readers measured side by side on web pages: ours (None: `read_seed`), and each library alone."""
    systems = {"ours (read_seed)": None, "trafilatura alone": trafilatura_alone}
    if _has("readability"):
        systems["readability-lxml alone"] = readability_alone
    return systems


def page_meta(fn, raw: bytes, file: str, tmp: str | Path) -> dict:
    """{'title', 'date'} of one saved page by a system of `_web_systems()`: ours reads it as a seed file
    written under `tmp` with its own name; a library that fails on a page scores nothing on it."""
    if fn is None:
        path = Path(tmp) / file
        path.write_bytes(raw)
        doc = ours(path)
        return {"title": doc.title, "date": doc.published} if doc else {}
    try:
        return fn(raw)[1]
    except Exception:
        return {}


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def git_show(repo: Path, name: str) -> bytes:
    """One file of a mirror's HEAD, as bytes."""
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{name}"], check=True,
                          capture_output=True).stdout


def update_gold(raw: bytes, gold: str | None, got: str | None) -> bool:
    """Whether a date miss is a page whose gold is the day it states it was updated, ours the day it states it came out.

    Reporting only (what counts as right is unchanged): trafilatura's evaluation data do not say
    what their `date` is, and on some pages it is the page's update date (JSON-LD `dateModified`,
    `article:modified_time`, "Updated March 14, 2021" printed on the page) where the reader, for a
    briefing, takes the publication date the page also states.
    """
    from lxml import html as lhtml

    from generator.readers.pagedate import day, declared_dates, printed_day
    from generator.readers.pagemarkup import ld_objects, meta_content

    if not gold or not got or gold == got:
        return False
    try:
        tree = lhtml.fromstring(raw)
    except (ValueError, lhtml.etree.ParserError):
        return False
    published = {day(d) for d in declared_dates(tree)}
    updated = {day(o.get("dateModified")) for o in ld_objects(tree) if isinstance(o.get("dateModified"), str)}
    updated |= {day(v) for v in meta_content(tree, *_MODIFIED_META)}
    text = " ".join(" ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")).split())
    updated |= {printed_day(text[label.end():label.end() + 60]) for label in _UPDATED.finditer(text)}
    return got in published and gold in updated


# `<meta>` names of a page's update time, and the labels a page prints before its update day
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
                  "modified")
_UPDATED = re.compile(r"\b(?:updated?|last modified|modified|last changed?|letzte änderung|aktualisiert)\b:?", re.I)
