"""Publication dates on htmldate's evaluation pages, a set of dated pages with no titles.

Run through benchmarks/inputs.py (--only htmldate)."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from inputs_common import (
    HTMLDATE,
    HTMLDATE_SETS,
    TRAFILATURA,
    git_show,
    half,
    is_english,
    mirror,
    page_meta,
    trafilatura_alone,
)


def htmldate_gold(repo: Path, trafilatura_repo: Path | None) -> list[dict]:
    """[{'path', 'url', 'date'}] from htmldate's evaluation sets, the pages trafilatura's set also holds left out."""
    listing = set(subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD", "tests"],
                                 check=True, capture_output=True, text=True).stdout.split("\n"))
    seen = set()
    if trafilatura_repo is not None and trafilatura_repo.exists():  # measured already, with trafilatura's set
        seen = {u.rstrip("/") for u in json.loads(git_show(trafilatura_repo, "tests/evaldata.json"))}
    pages = []
    for name in HTMLDATE_SETS:
        for url, want in json.loads(git_show(repo, name)).items():
            path = next((f"{f}/{want['file']}" for f in ("tests/cache", "tests/eval", "tests/test_set")
                         if f"{f}/{want['file']}" in listing), None)
            if path and isinstance(want.get("date"), str) and url.rstrip("/") not in seen:
                pages.append({"path": path, "url": url, "date": want["date"]})
    return pages


def htmldate_pages(root: Path, limit: int | None, errors: bool) -> None:
    """Publication date on htmldate's evaluation pages (adbar/htmldate, Apache-2.0) not also in trafilatura's set.

    Its golds are the day a page was published, one day per page; English pages are told by the
    text of their paragraphs. htmldate is tuned on these pages (as trafilatura on its own set), so
    htmldate alone is flattered here; the reader uses htmldate among its date sources.
    """
    from htmldate import find_date
    from lxml import html as lhtml

    repo = mirror(root, HTMLDATE)
    pages = []
    for page in htmldate_gold(repo, root / TRAFILATURA / "repo"):
        raw = git_show(repo, page["path"])
        try:
            text = " ".join(lhtml.fromstring(raw).xpath("//p//text()"))
        except (ValueError, lhtml.etree.ParserError):
            continue
        if is_english([text]):
            pages.append((page, raw))
    pages = pages[:limit] if limit else pages
    print(f"\n## Web pages: htmldate's evaluation pages, {len(pages)} English pages not in trafilatura's set "
          "(publication date); dev and held-out halves by a hash of the file name")
    systems = {"ours (read_seed)": None, "trafilatura alone": trafilatura_alone,
               "htmldate alone": lambda raw: ("", {"date": find_date(raw, original_date=True)})}
    for name, fn in systems.items():
        rows: dict[str, list[tuple[int, int]]] = {"dev": [], "held-out": []}
        with tempfile.TemporaryDirectory() as tmp:
            for page, raw in pages:
                file = Path(page["path"]).name
                got = page_meta(fn, raw, file, tmp).get("date")
                part = half(file)
                rows[part].append((int((got or "")[:10] == page["date"]), int(not got)))
                if errors and fn is None and part == "dev" and (got or "")[:10] != page["date"]:
                    print(f"[dev] {page['path']} ({page['url']})\n  date: got {got!r}, gold {page['date']!r}")
        for part, group in (*rows.items(), ("both", rows["dev"] + rows["held-out"])):
            right, none = sum(r[0] for r in group), sum(r[1] for r in group)
            print(f"{name + ', ' + part:34s} date {right / max(len(group), 1):6.1%} of {len(group)} · "
                  f"{len(group) - right - none} wrong, {none} without a date")
