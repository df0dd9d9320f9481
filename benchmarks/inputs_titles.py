"""Title and date on sets of real pages with the expected metadata: readability's test pages, the Postlight
parser's fixtures, fundus's parser tests, newspaper4k's test pages (htmldate's pages, dates only: inputs_dates.py).

Run through benchmarks/inputs.py (--only readability|parser|fundus|newspaper)."""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from pathlib import Path

from inputs_common import (
    FUNDUS,
    FUNDUS_DATA,
    NEWSPAPER,
    PARSER,
    READABILITY,
    _web_systems,
    git_files,
    git_show,
    half,
    is_english,
    mirror,
    ours,
    page_meta,
    readable,
    same_title,
)
from inputs_sitecut import SITE_CUT, Pool, cut_note, page_names, same_title_sans_site


def readability_pages(root: Path, limit: int | None) -> None:
    """Title and date on Mozilla readability's test pages (Apache-2.0), a set nobody here tuned for.

    Its expected-metadata.json is readability's own reviewed output: the title it should find
    (127 pages) and, where the page states one, the publication time (33 pages); a date is right
    when its day (as the page writes it, before any time-zone shift) matches.
    """
    repo = mirror(root, READABILITY)
    with tempfile.TemporaryDirectory() as tmp:
        folder = git_files(repo, ["test/test-pages"], Path(tmp)) / "test" / "test-pages"
        pages = sorted(p for p in folder.iterdir() if (p / "expected-metadata.json").exists())
        pages = pages[:limit] if limit else pages
        gold = {p.name: json.loads((p / "expected-metadata.json").read_text(encoding="utf-8")) for p in pages}
        english = [p for p in pages if (gold[p.name].get("lang") or "en").lower().startswith("en")]
        print(f"\n## Web pages: Mozilla readability's test pages, {len(pages)} pages ({len(english)} English or "
              "unmarked) with the expected title and publication date (title, date)")
        systems = _web_systems()
        for name, fn in systems.items():
            for label, group in (("English", english), ("all", pages)):
                titles = titles_cut = dates = n_title = n_date = 0
                for page in group:
                    source = page / "source.html"
                    if fn is None:
                        doc = ours(source)
                        meta = {"title": doc.title, "date": doc.published} if doc else {}
                    else:
                        try:
                            meta = fn(source.read_bytes())[1]
                        except Exception:
                            meta = {}
                    want = gold[page.name]
                    if want.get("title"):
                        n_title += 1
                        titles += same_title(meta.get("title"), want["title"])
                        titles_cut += same_title_sans_site(meta.get("title"), want["title"],
                                                           page_names(source.read_bytes()))
                    if want.get("publishedTime"):
                        n_date += 1
                        dates += (meta.get("date") or "")[:10] == want["publishedTime"][:10]
                print(f"{name + ', ' + label:34s} title {titles / max(n_title, 1):6.1%} "
                      f"({SITE_CUT} {titles_cut / max(n_title, 1):6.1%}) of {n_title} · "
                      f"date {dates / max(n_date, 1):6.1%} of {n_date}")


# what a per-site test of the Postlight parser expects: `assert.equal(title, '...')` after the fixture it read
_JS_STRING = r"""\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\$])*)`|(null))"""
_PARSER_TEST = re.compile(r"readFileSync\(\s*['\"]\./(fixtures/[^'\"]+)['\"]"
                          r"|assert\.(?:equal|strictEqual)\(\s*(title|date_published)\s*," + _JS_STRING)


def _js_unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        code = m.group(1)
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": "\t"}.get(code, code)
    return re.sub(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", one, text)


def parser_gold(repo: Path) -> dict[str, dict]:
    """{fixture path: {'title': ..., 'date_published': ...}} from the parser's per-site tests."""
    listing = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD",
                              "src/extractors/custom"], check=True, capture_output=True, text=True).stdout.split()
    gold: dict[str, dict] = {}
    for name in (n for n in listing if n.endswith(".test.js")):
        source = subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{name}"], check=True,
                                capture_output=True, text=True).stdout
        for fixture, expected in parser_expectations(source).items():
            gold.setdefault(fixture, {}).update(expected)
    return gold


def parser_expectations(source: str) -> dict[str, dict]:
    """{fixture: {'title'/'date_published': value}} from one test file: each assertion binds to the fixture read before it."""
    out: dict[str, dict] = {}
    fixture = None
    for m in _PARSER_TEST.finditer(source):
        if m.group(1):
            fixture = m.group(1)
        elif fixture:
            value = next((g for g in m.groups()[2:6] if g is not None), None)
            out.setdefault(fixture, {})[m.group(2)] = None if value == "null" else _js_unescape(value)
    return out


def parser_pages(root: Path, limit: int | None, errors: bool, pool: Pool | None = None) -> None:
    """Title and date on the Postlight parser's fixtures: real news pages, the expected title being the visible headline.

    A date is right when its day is within one day of the expected time's (that is given in UTC,
    the reader keeps the day as the page writes it).
    """
    import datetime as dt

    repo = mirror(root, PARSER)
    gold = parser_gold(repo)
    fixtures = sorted(gold)[:limit] if limit else sorted(gold)
    pages = []
    for fixture in fixtures:
        raw = git_show(repo, fixture)
        lang = re.search(rb"<html[^>]*\blang=[\"']?([a-zA-Z-]+)", raw[:5000])
        if not lang or lang.group(1).lower().startswith(b"en"):
            pages.append((fixture, raw))
    print(f"\n## Web pages: the Postlight parser's fixtures, {len(pages)} English or unmarked pages (title = the "
          "visible headline, date); dev and held-out halves by a hash of the file name")
    systems = _web_systems()
    for name, fn in systems.items():
        rows: dict[str, list[tuple[int, ...]]] = {"dev": [], "held-out": []}
        with tempfile.TemporaryDirectory() as tmp:
            for fixture, raw in pages:
                meta = page_meta(fn, raw, Path(fixture).name, tmp)
                want, part = gold[fixture], half(Path(fixture).name)
                title_ok = same_title(meta.get("title"), want.get("title"))
                got = (meta.get("date") or "")[:10] or None
                date_ok = bool(got and want.get("date_published")) and abs(
                    (dt.date.fromisoformat(got) - dt.date.fromisoformat(want["date_published"][:10])).days) <= 1
                cut_ok = same_title_sans_site(meta.get("title"), want.get("title"), page_names(raw))
                rows[part].append((int(title_ok), int(bool(want.get("title"))), int(date_ok),
                                   int(bool(want.get("date_published"))), int(cut_ok)))
                if errors and fn is None and readable(part, "Postlight's"):
                    out = [f"  title: got {meta.get('title')!r}, gold {want['title']!r}" + cut_note(cut_ok)] if want.get("title") \
                        and not title_ok else []
                    out += [f"  date: got {got!r}, gold {want['date_published']!r}"] if want.get("date_published") \
                        and not date_ok else []
                    if out:
                        print(f"[{part}] {fixture}\n" + "\n".join(out))
        _report(name, rows, "Postlight's", pool)


def _report(name: str, rows: dict[str, list[tuple[int, ...]]], news_set: str, pool: Pool | None) -> None:
    """Per half and both: title (strict, and with the site's name cut from both), date; rows are
    (title right, titled, date right, dated, title right once the site's name is cut)."""
    for part, group in (*rows.items(), ("both", rows["dev"] + rows["held-out"])):
        t, nt, d, nd, tc = (sum(r[i] for r in group) for i in range(5))
        print(f"{name + ', ' + part:34s} title {t / max(nt, 1):6.1%} ({SITE_CUT} {tc / max(nt, 1):6.1%}) of {nt} · "
              f"date {d / max(nd, 1):6.1%} of {nd}")
        if part == "both" and pool is not None:
            pool.add(news_set, name, t, tc, nt, d, nd)


def _version_key(name: str) -> tuple[int, ...]:
    """'V1_1' -> (1, 1): a fundus parser's versions in the order they came into use."""
    return tuple(int(n) for n in re.findall(r"\d+", name))


def fundus_gold(repo: Path) -> list[dict]:
    """[{'path', 'group', 'url', 'title', 'date', 'text'}] from fundus's parser tests, one per saved page.

    Each publisher's JSON holds one expectation per parser version; its pages are named
    Publisher_YYYY_MM_DD.html.gz after the crawl day, and each version is tested on the page crawled
    while it was in use, so sorted versions pair with sorted pages (publishers whose counts differ are
    left out rather than guessed).
    """
    listing = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD", FUNDUS_DATA],
                             check=True, capture_output=True, text=True).stdout.split("\n")

    pages = []
    for name in sorted(n for n in listing if n.endswith(".json")):
        folder, publisher = name.rsplit("/", 1)[0], name.rsplit("/", 1)[1][:-5]
        versions = json.loads(git_show(repo, name))
        files = sorted(n for n in listing if n.startswith(f"{folder}/{publisher}_") and n.endswith(".html.gz")
                       and re.fullmatch(r"\d{4}_\d{2}_\d{2}", n.rsplit("/", 1)[1][len(publisher) + 1:-8]))
        if len(files) != len(versions):
            continue
        info = json.loads(git_show(repo, f"{folder}/meta.info") or b"{}") if f"{folder}/meta.info" in listing else {}
        for path, version in zip(files, sorted(versions, key=_version_key), strict=True):
            want = versions[version]
            body = want.get("body") or {}
            text = " ".join([*body.get("summary", []), *(p for s in body.get("sections", [])
                                                         for p in [*s.get("headline", []), *s.get("paragraphs", [])])])
            pages.append({"path": path, "group": folder.rsplit("/", 1)[1], "title": want.get("title"),
                          "date": (want.get("publishing_date") or "")[:10] or None, "text": text,
                          "url": info.get(path.rsplit("/", 1)[1], {}).get("url")})
    return pages


def fundus_pages(root: Path, every_language: bool, limit: int | None, errors: bool, pool: Pool | None = None) -> None:
    """Title and date on fundus's parser tests (flairNLP/fundus, MIT): real news pages of many outlets.

    The expected title and publishing date are what fundus's hand-written parser for each outlet
    extracts, reviewed in its tests; English pages are told by the expected article text. A date
    is right when its day is the expected one's as stored (in the time zone the page gives), or
    within a day of it (the second figure: a page's printed local day against a UTC time).
    """
    import datetime as dt
    import gzip

    repo = mirror(root, FUNDUS)
    pages = [p for p in fundus_gold(repo) if every_language or is_english([p["text"]])]
    pages = pages[:limit] if limit else pages
    print(f"\n## Web pages: fundus's parser tests, {len(pages)} {'' if every_language else 'English '}news pages of "
          f"{len({p['path'].rsplit('/', 1)[1].split('_')[0] for p in pages})} outlets (title, date); dev and "
          "held-out halves by a hash of the file name")
    for name, fn in _web_systems().items():
        rows: dict[str, list[tuple[int, ...]]] = {"dev": [], "held-out": []}
        with tempfile.TemporaryDirectory() as tmp:
            for page in pages:
                raw = gzip.decompress(git_show(repo, page["path"]))
                file = Path(page["path"]).name[:-3]
                meta = page_meta(fn, raw, file, tmp)
                part = half(file)
                got = (meta.get("date") or "")[:10] or None
                title_ok = same_title(meta.get("title"), page["title"])
                date_ok = got == page["date"]
                near = bool(got and page["date"]) and abs(
                    (dt.date.fromisoformat(got) - dt.date.fromisoformat(page["date"])).days) <= 1
                printed = int(fn is None and not title_ok and headline_over_declared(raw, meta.get("title"), page["title"]))
                cut_ok = same_title_sans_site(meta.get("title"), page["title"], page_names(raw))
                rows[part].append((int(title_ok), int(bool(page["title"])), int(date_ok), int(near),
                                   int(bool(page["date"])), printed, int(cut_ok)))
                if errors and fn is None and readable(part, "fundus's"):
                    out = [f"  title: got {meta.get('title')!r}, gold {page['title']!r}" + cut_note(cut_ok)] if page["title"] \
                        and not title_ok else []
                    out += [f"  date: got {got!r}, gold {page['date']!r}"] if page["date"] and not date_ok else []
                    if out:
                        print(f"[{part}] {page['path']}\n" + "\n".join(out))
        for part, group in (*rows.items(), ("both", rows["dev"] + rows["held-out"])):
            t, nt, d, near, nd, printed, tc = (sum(r[i] for r in group) for i in range(7))
            if part == "both" and pool is not None and not every_language:
                pool.add("fundus's", name, t, tc, nt, d, nd)
            print(f"{name + ', ' + part:34s} title {t / max(nt, 1):6.1%} ({SITE_CUT} {tc / max(nt, 1):6.1%}) of {nt} · "
                  f"date {d / max(nd, 1):6.1%} "
                  f"(within a day {near / max(nd, 1):6.1%}) of {nd}"
                  + (f" · title misses that are the printed headline against another declared title: {printed}"
                     if fn is None else ""))


def headline_over_declared(raw: bytes, got: str | None, gold: str | None) -> bool:
    """Whether a title miss is the page's printed `<h1>` where the gold is another title the page declares.

    Reporting only: the reader shows the headline printed on the page when its metadata confirms it
    (the Postlight fixtures' gold), where fundus's parsers often take a social or search title.
    """
    from lxml import html as lhtml

    from generator.readers.pagemeta import declared

    try:
        page = declared(lhtml.fromstring(raw))
    except (ValueError, lhtml.etree.ParserError):
        return False
    return (any(same_title(got, h) for h in page.h1s)
            and any(same_title(gold, t) or same_title(gold, _cut(t)) for t in page.titles))


def _cut(title: str) -> str:
    """A declared title less a site's name after its last separator ("Headline | Outlet")."""
    return re.split(r"\s+[|\-–—:»]\s+(?=[^|\-–—:»]*$)", title)[0]


def newspaper_pages(root: Path, errors: bool, pool: Pool | None = None) -> None:
    """Title and date on newspaper4k's test pages (AndyTheFactory/newspaper4k, MIT): the metadata its tests expect.

    tests/data/metadata/NAME.json gives the title and publish date newspaper4k extracts from
    tests/data/html/NAME.html, checked in its tests; English pages by the language it gives. A
    date is right when its day is the expected one's, or within a day (its times are often UTC).
    """
    import datetime as dt

    repo = mirror(root, NEWSPAPER)
    listing = set(subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD", "tests/data"],
                                 check=True, capture_output=True, text=True).stdout.split("\n"))
    pages = []
    for name in sorted(n for n in listing if n.startswith("tests/data/metadata/") and n.endswith(".json")):
        html = f"tests/data/html/{Path(name).stem}.html"
        want = json.loads(git_show(repo, name))
        if html in listing and (want.get("meta_lang") or want.get("language") or "").startswith("en"):
            pages.append((html, want.get("title"), (want.get("publish_date") or "")[:10] or None))
    print(f"\n## Web pages: newspaper4k's test pages, {len(pages)} English pages with the expected title and date")
    for name, fn in _web_systems().items():
        rows: dict[str, list[tuple[int, ...]]] = {"dev": [], "held-out": []}
        with tempfile.TemporaryDirectory() as tmp:
            for html, title, date in pages:
                raw = git_show(repo, html)
                meta = page_meta(fn, raw, Path(html).name, tmp)
                got, part = (meta.get("date") or "")[:10] or None, half(Path(html).name)
                title_ok = same_title(meta.get("title"), title)
                date_ok = bool(got and date) and abs((dt.date.fromisoformat(got) - dt.date.fromisoformat(date)).days) <= 1
                cut_ok = same_title_sans_site(meta.get("title"), title, page_names(raw))
                rows[part].append((int(title_ok), int(bool(title)), int(date_ok), int(bool(date)), int(cut_ok)))
                out = [f"  title: got {meta.get('title')!r}, gold {title!r}" + cut_note(cut_ok)] if title and not title_ok else []
                out += [f"  date: got {got!r}, gold {date!r}"] if date and not date_ok else []
                if errors and fn is None and readable(part, "newspaper4k's") and out:
                    print(f"[{part}] {html}\n" + "\n".join(out))
        _report(name, rows, "newspaper4k's", pool)
