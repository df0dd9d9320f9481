"""Title and date on sets of real pages with the expected metadata: readability's test pages, the Postlight
parser's fixtures.

Run through benchmarks/inputs.py (--only readability|parser)."""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from pathlib import Path

from inputs_common import (
    PARSER,
    READABILITY,
    _web_systems,
    git_files,
    half,
    mirror,
    ours,
    same_title,
)


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
                titles = dates = n_title = n_date = 0
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
                    if want.get("publishedTime"):
                        n_date += 1
                        dates += (meta.get("date") or "")[:10] == want["publishedTime"][:10]
                print(f"{name + ', ' + label:34s} title {titles / max(n_title, 1):6.1%} of {n_title} · "
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


def parser_pages(root: Path, limit: int | None, errors: bool) -> None:
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
        raw = subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{fixture}"], check=True,
                             capture_output=True).stdout
        lang = re.search(rb"<html[^>]*\blang=[\"']?([a-zA-Z-]+)", raw[:5000])
        if not lang or lang.group(1).lower().startswith(b"en"):
            pages.append((fixture, raw))
    print(f"\n## Web pages: the Postlight parser's fixtures, {len(pages)} English or unmarked pages (title = the "
          "visible headline, date); dev and held-out halves by a hash of the file name")
    systems = _web_systems()
    for name, fn in systems.items():
        rows: dict[str, list[tuple[int, int, int, int]]] = {"dev": [], "held-out": []}
        with tempfile.TemporaryDirectory() as tmp:
            for fixture, raw in pages:
                if fn is None:
                    path = Path(tmp) / Path(fixture).name
                    path.write_bytes(raw)
                    doc = ours(path)
                    meta = {"title": doc.title, "date": doc.published} if doc else {}
                else:
                    try:
                        meta = fn(raw)[1]
                    except Exception:  # a library that fails on a page scores nothing on it
                        meta = {}
                want, part = gold[fixture], half(Path(fixture).name)
                title_ok = same_title(meta.get("title"), want.get("title"))
                got = (meta.get("date") or "")[:10] or None
                date_ok = bool(got and want.get("date_published")) and abs(
                    (dt.date.fromisoformat(got) - dt.date.fromisoformat(want["date_published"][:10])).days) <= 1
                rows[part].append((int(title_ok), int(bool(want.get("title"))), int(date_ok),
                                   int(bool(want.get("date_published")))))
                if errors and fn is None and part == "dev":
                    out = [f"  title: got {meta.get('title')!r}, gold {want['title']!r}"] if want.get("title") \
                        and not title_ok else []
                    out += [f"  date: got {got!r}, gold {want['date_published']!r}"] if want.get("date_published") \
                        and not date_ok else []
                    if out:
                        print(f"[dev] {fixture}\n" + "\n".join(out))
        for part, group in (*rows.items(), ("both", rows["dev"] + rows["held-out"])):
            t, nt, d, nd = (sum(r[i] for r in group) for i in range(4))
            print(f"{name + ', ' + part:34s} title {t / max(nt, 1):6.1%} of {nt} · date {d / max(nd, 1):6.1%} of {nd}")

