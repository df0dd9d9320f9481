"""Title and date on Media Cloud's metadata library's test pages (mediacloud/metadata-lib, Apache-2.0), a set the
readers were never tuned on.

Its tests (mcmetadata/test/test_titles.py, test_dates.py) check the title and publication day its extractor gives on
saved pages kept in mcmetadata/test/fixtures (a page fetched by URL is cached there under `filesafe_url`'s name).
Only the pages saved there, English by their `<html lang>`, with an expected title or day (a test expecting none, on a
page that is no article, is left out); a page both files test counts once. The expected titles are the headline
without the site's name ("Teen driver charged following collision near Shakespeare: OPP"). Read from the mirror at
benchmark time, nothing copied; halves by a hash of the page's name, as the other sets.

Run through benchmarks/inputs.py (--only mediacloud).
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

from inputs_common import git_show, mirror
from inputs_more import measure

MEDIACLOUD = "mediacloud+metadata-lib"
TESTS = "mcmetadata/test"
FIXTURES = f"{TESTS}/fixtures"
_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([a-zA-Z_-]+)")


def filesafe_url(url: str) -> str:
    """The name the library's tests cache a fetched page under (mcmetadata/test/__init__.py)."""
    return "cached-" + re.sub(r"\W+", "", re.sub('"', "", url))


def _constant(node, env: dict):
    """A call's argument as a Python value: a literal, a name assigned a literal before, or `dt.date(y, m, d)`."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return env.get(node.id)
    if isinstance(node, ast.Call) and all(isinstance(a, ast.Constant) for a in node.args) and len(node.args) == 3:
        y, m, d = (a.value for a in node.args)
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def title_gold(source: str) -> dict[str, str]:
    """{fixture name: expected title} from test_titles.py (`_fetch_and_validate(url, title)`, `_load_and_validate`)."""
    out = {}
    for fn in ast.walk(ast.parse(source)):
        if not isinstance(fn, ast.FunctionDef):
            continue
        env: dict = {}
        for statement in fn.body:  # in source order: a `url = "..."` before each call that reads it
            if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
                env[statement.targets[0].id] = _constant(statement.value, env)
                continue
            for node in ast.walk(statement):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and len(node.args) >= 2 and \
                        node.func.attr in ("_fetch_and_validate", "_load_and_validate"):
                    where, want = _constant(node.args[0], env), _constant(node.args[1], env)
                    if isinstance(where, str) and isinstance(want, str):
                        out[where if node.func.attr == "_load_and_validate" else filesafe_url(where)] = want
    return out


def date_gold(source: str) -> dict[str, str]:
    """{fixture name: expected day} from test_dates.py's parameterised (url, dt.date(...)) pairs."""
    out = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[0], ast.Constant) and \
                isinstance(node.elts[0].value, str) and node.elts[0].value.startswith("http"):
            day = _constant(node.elts[1], {})
            if isinstance(day, str):
                out[filesafe_url(node.elts[0].value)] = day
    return out


def mediacloud_pages(root: Path, errors: bool) -> None:
    """Title and date on Media Cloud's saved test pages, per half."""
    repo = mirror(root, MEDIACLOUD)
    listing = set(subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "--name-only", "HEAD", FIXTURES + "/"],
                                 check=True, capture_output=True, text=True).stdout.split())
    titles = title_gold(git_show(repo, f"{TESTS}/test_titles.py").decode("utf-8"))
    days = date_gold(git_show(repo, f"{TESTS}/test_dates.py").decode("utf-8"))
    pages = []
    for name in sorted(set(titles) | set(days)):
        path = f"{FIXTURES}/{name}"
        if path not in listing:
            continue
        raw = git_show(repo, path)
        lang = _LANG.search(raw[:20000])
        if not lang or not lang.group(1).lower().startswith(b"en"):
            continue
        pages.append({"page": name if name.endswith(".html") else name + ".html", "title": titles.get(name),
                      "date": days.get(name), "raw": lambda path=path: git_show(repo, path)})
    measure(f"Media Cloud's metadata library's test pages, {len(pages)} English pages with the expected title (of "
            f"{sum(bool(p['title']) for p in pages)}) or day (of {sum(bool(p['date']) for p in pages)})",
            pages, errors)
