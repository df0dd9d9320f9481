"""Title and date on further libraries' saved test pages: metascraper's integration pages (microlinkhq/metascraper,
MIT) and snacktory's test pages (smallrivers/snacktory, Apache-2.0).

Run through benchmarks/inputs.py (--only metascraper|snacktory)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import tempfile
from pathlib import Path

from inputs_common import (
    METASCRAPER,
    SNACKTORY,
    _web_systems,
    body,
    git_show,
    half,
    is_english,
    mirror,
    norm,
    ours,
    readable,
    same_title,
    update_gold,
)
from inputs_sitecut import SITE_CUT, Pool, cut_note, page_names, same_title_sans_site
from inputs_titles import headline_over_declared

INTEGRATION = "packages/metascraper/test/integration"
# one test of an integration folder: its name, then the page it reads (`readFile(resolve(__dirname, 'input.html'))`)
_TEST = re.compile(r"""\btest\)?\(\s*['"]([^'"]+)['"]|readFile\(\s*resolve\(\s*__dirname\s*,\s*['"]([^'"]+)['"]""")
# one snapshot of AVA's report (snapshots/index.js.md): "## name", then the object's `key: value,` lines
_SECTION = re.compile(r"^## (.+)$", re.M)
_FIELD = re.compile(r"^\s+(title|date|lang): (null|'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"),?\s*$", re.M)


def _js_value(literal: str) -> str | None:
    """A JavaScript string literal of the report as Python text (None for `null`)."""
    if literal == "null":
        return None
    body = literal[1:-1]
    return re.sub(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)",
                  lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] in "ux" and len(m.group(1)) > 1
                  else {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def snapshot_fields(report: str) -> dict[str, dict]:
    """{test name: {'title', 'date', 'lang'}} from one AVA snapshot report (Markdown)."""
    heads = list(_SECTION.finditer(report))
    out = {}
    for i, head in enumerate(heads):
        chunk = report[head.end():heads[i + 1].start() if i + 1 < len(heads) else len(report)]
        out[head.group(1).strip()] = {m.group(1): _js_value(m.group(2)) for m in _FIELD.finditer(chunk)}
    return out


def test_pages(source: str) -> dict[str, str]:
    """{test name: page path relative to the test's folder} from one integration test file."""
    out, name = {}, None
    for m in _TEST.finditer(source):
        if m.group(1):
            name = m.group(1)
        elif name and name not in out:
            out[name] = m.group(2).removeprefix("./")
    return out


def metascraper_gold(repo: Path) -> list[dict]:
    """[{'page': 'folder/input.html', 'title', 'date', 'lang'}]: each saved page with the snapshot its test keeps."""
    listing = set(subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD", INTEGRATION],
                                 check=True, capture_output=True, text=True).stdout.split("\n"))
    pages = []
    for folder in sorted({n[len(INTEGRATION) + 1:].split("/")[0] for n in listing if n.startswith(INTEGRATION + "/")}):
        test, report = f"{INTEGRATION}/{folder}/index.js", f"{INTEGRATION}/{folder}/snapshots/index.js.md"
        if test not in listing or report not in listing:
            continue
        fields = snapshot_fields(git_show(repo, report).decode("utf-8"))
        for name, page in test_pages(git_show(repo, test).decode("utf-8")).items():
            if f"{INTEGRATION}/{folder}/{page}" in listing and name in fields:
                pages.append({"page": f"{folder}/{page}", **fields[name]})
    return pages


def metascraper_pages(root: Path, errors: bool, pool: Pool | None = None) -> None:
    """Title and date on metascraper's integration pages, English or unmarked (by the `lang` it reports).

    The expected title and date are metascraper's own output, kept in its tests' snapshots: its
    title is a declared one as the page gives it (`og:title`, `<title>`, ...; a site's name after a
    separator is often kept), its date an ISO time in UTC, so a date is right within a day of it.
    Halves by a hash of the page's path under the integration folder ("bbc/input.html").
    """
    repo = mirror(root, METASCRAPER)
    pages = [{**p, "raw": lambda p=p: git_show(repo, f"{INTEGRATION}/{p['page']}")}
             for p in metascraper_gold(repo) if (p.get("lang") or "en").lower().startswith("en")]
    measure(f"metascraper's integration pages, {len(pages)} English or unmarked pages with the expected title and "
            "date", pages, errors, pool, "metascraper's")


def measure(label: str, pages: list[dict], errors: bool, pool: Pool | None = None, news_set: str = "") -> None:
    """Title and date right, per half, for each reader; with --errors our dev half's misses.

    Each page is {'page': its name (hashed into a half), 'raw': a function giving its bytes, 'title',
    'date'}; a date is right within a day of the expected one's. `pool` sums both halves under `news_set`.
    """
    n_dev = sum(half(p["page"]) == "dev" for p in pages)
    print(f"\n## Web pages: {label}; dev half {n_dev}, held-out half {len(pages) - n_dev} (by a hash of the path)")
    for name, fn in _web_systems().items():
        rows: dict[str, list[tuple[int, ...]]] = {"dev": [], "held-out": []}
        with tempfile.TemporaryDirectory() as tmp:
            for page in pages:
                raw = page["raw"]()
                text, meta = _read(fn, raw, page["page"].replace("/", "-"), tmp)
                part, want_date = half(page["page"]), (page.get("date") or "")[:10] or None
                got = (meta.get("date") or "")[:10] or None
                title_ok = same_title(meta.get("title"), page.get("title"))
                cut_ok = same_title_sans_site(meta.get("title"), page.get("title"), page_names(raw))
                date_ok = bool(got and want_date) and abs(
                    (dt.date.fromisoformat(got) - dt.date.fromisoformat(want_date)).days) <= 1
                # our misses by kind (each counted once, in this order): the gold is our title with the
                # site's name kept; the gold is another title the page declares than the headline it prints;
                # the gold is the day the page states it was updated, ours the day it states it came out
                site = int(fn is None and not title_ok and site_kept(meta.get("title"), page.get("title")))
                printed = int(fn is None and not title_ok and not site and headline_over_declared(
                    raw, meta.get("title"), page.get("title")))
                updated = int(fn is None and not date_ok and update_gold(raw, want_date, got))
                found = [s for s in page.get("with", ()) if norm(s) in norm(text)]
                leaked = [s for s in page.get("without", ()) if norm(s) in norm(text)]
                rows[part].append((int(title_ok), int(bool(page.get("title"))), int(date_ok), int(bool(want_date)),
                                   printed, site, updated, len(found), len(page.get("with", ())),
                                   len(page.get("without", ())) - len(leaked), len(page.get("without", ())),
                                   int(cut_ok)))
                if errors and fn is None and readable(part, news_set):
                    out = [f"  title: got {meta.get('title')!r}, gold {page['title']!r}" + cut_note(cut_ok)] if page.get("title") \
                        and not title_ok else []
                    out += [f"  date: got {got!r}, gold {page['date']!r}"] if want_date and not date_ok else []
                    out += [f"  missing: {s[:90]!r}" for s in page.get("with", ()) if s not in found]
                    out += [f"  leaked: {s[:90]!r}" for s in leaked]
                    if out:
                        print(f"[{part}] {page['page']}\n" + "\n".join(out))
        for part, group in (*rows.items(), ("both", rows["dev"] + rows["held-out"])):
            t, nt, d, nd, printed, site, updated, w, nw, wo, nwo, tc = (sum(r[i] for r in group) for i in range(12))
            if part == "both" and pool is not None:
                pool.add(news_set, name, t, tc, nt, d, nd)
            print(f"{name + ', ' + part:34s} title {t / max(nt, 1):6.1%} ({SITE_CUT} {tc / max(nt, 1):6.1%}) of {nt}"
                  + (f" · date {d / max(nd, 1):6.1%} of {nd}" if nd else "")
                  + (f" · must-contain {w / nw:6.1%} of {nw}" if nw else "")
                  + (f" · must-not-contain absent {wo / nwo:6.1%} of {nwo}" if nwo else ""))
            if fn is None:
                print(f"  of our misses: titles whose gold keeps the site's name at a separator {site} of {nt - t}, "
                      f"the printed headline against another declared title {printed}"
                      + (f"; dates whose gold is the stated update day {updated} of {nd - d}" if nd else ""))


def _read(fn, raw: bytes, file: str, tmp: str) -> tuple[str, dict]:
    """(the text, {'title', 'date'}) of one saved page by a system of `_web_systems()` (None: ours, as a seed file)."""
    if fn is None:
        path = Path(tmp) / file
        path.write_bytes(raw)
        doc = ours(path)
        return (body(doc), {"title": doc.title, "date": doc.published}) if doc else ("", {})
    try:
        return fn(raw)
    except Exception:  # a library that fails on a page scores nothing on it
        return "", {}


def site_kept(got: str | None, gold: str | None) -> bool:
    """Whether a title miss is the gold less what follows its last separator ("Headline | Outlet" against "Headline").

    Reporting only: metascraper keeps a declared title whole, the reader cuts the site's name from it.
    """
    if not got or not gold:
        return False
    from generator.readers.sitename import TITLE_PARTS

    parts = TITLE_PARTS.split(gold)
    return len(parts) > 1 and any(same_title(got, " ".join(parts[:i])) or same_title(got, " ".join(parts[i:]))
                                  for i in range(1, len(parts)))


SNACKTORY_TEST = "src/test/java/de/jetwick/snacktory/ArticleTextExtractorTest.java"
SNACKTORY_RESOURCES = "src/test/resources/de/jetwick/snacktory"
_JAVA_STRING = r'"((?:\\.|[^"\\])*)"'
# in one test method: the page it reads, `assertEquals("title", x.getTitle())` (a prefix-only check is no gold), and
# `assertTrue(..., x.getText().startsWith("..."))` (or contains, endsWith; assertFalse: a snippet that must not be there)
_JAVA_PAGE = re.compile(r'readFileAsString\(\s*' + _JAVA_STRING + r'\s*\)|getResourceAsStream\(\s*' + _JAVA_STRING
                        + r'\s*\)|assertEquals\(\s*' + _JAVA_STRING + r'\s*,\s*\w+\.getTitle\(\)\s*\)|(@Test)'
                        + r'|assert(True|False)\((?:[^;]*?,\s*)?\w+\.getText\(\)\.(?:startsWith|contains|endsWith)\(\s*'
                        + _JAVA_STRING + r'\s*\)\s*\)\s*;')


def snacktory_gold(source: str) -> dict[str, dict]:
    """{page path in the repository: {'title', 'with', 'without'}} from snacktory's extractor test (comments left out)."""
    source = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    source = re.sub(r"^\s*//.*$", "", source, flags=re.M)
    out: dict[str, dict] = {}
    page = None
    for m in _JAVA_PAGE.finditer(source):
        if m.group(4):  # a new test method: no page read yet
            page = None
        elif m.group(1) or m.group(2):
            page = m.group(1) or f"{SNACKTORY_RESOURCES}/{m.group(2)}"
            if page in out:  # a page two methods read: its first method's expectations stand
                page = None
            else:
                out[page] = {"title": None, "with": [], "without": []}
        elif page and m.group(3) is not None:
            out[page]["title"] = out[page]["title"] or _js_value(f'"{m.group(3)}"')
        elif page and m.group(6) is not None:
            out[page]["with" if m.group(5) == "True" else "without"].append(_js_value(f'"{m.group(6)}"'))
    return out


def snacktory_pages(root: Path, errors: bool, pool: Pool | None = None) -> None:
    """Title and text snippets on snacktory's test pages (smallrivers/snacktory, Apache-2.0), the English ones.

    The expected title is what snacktory's extractor gives, checked in its tests: often the
    headline, sometimes the whole `<title>` with the site's name ("... -- Engadget", "... | SEJ");
    its tests also check how the article's text begins, ends or what it holds (must-contain) or
    must not hold. The pages were saved in 2010-2020; English by their paragraphs' words; halves by
    a hash of the page's path.
    """
    from lxml import html as lhtml

    repo = mirror(root, SNACKTORY)
    gold = snacktory_gold(git_show(repo, SNACKTORY_TEST).decode("utf-8"))
    pages = []
    for path, want in sorted(gold.items()):
        if not want["title"] and not want["with"]:
            continue
        try:
            raw = git_show(repo, path)
            words = lhtml.fromstring(raw).xpath("//p//text()")
        except (subprocess.CalledProcessError, ValueError, lhtml.etree.ParserError):
            continue
        if is_english([" ".join(words)]):
            pages.append({"page": path, "raw": lambda path=path: git_show(repo, path), "date": None, **want})
    measure(f"snacktory's test pages, {len(pages)} English pages with the expected title (of "
            f"{sum(bool(p['title']) for p in pages)}) and the text's opening, closing or inner snippets", pages, errors,
            pool, "snacktory's")
