"""Live preview: a rebuild under `mkdocs serve --dirty` after an edit gives the pages a fresh build gives.

The sessions drive MkDocs the way `mkdocs serve` does (one process, the config reloaded for each
rebuild, plugins told the command at startup, the same site folder), in a subprocess each.
"""

import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT

# mkdocs.commands.serve's builder, without the HTTP server: load the config, build, and after
# each edit (a seed path and text to write) load it again and rebuild into the same folder.
SESSION = """
import json, logging, shutil, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

project, site, mode, edits = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
url = "http://127.0.0.1:8000/"
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

def get_config():
    config = load_config(config_file=f"{project}/mkdocs.yml", site_dir=site)
    config.site_url = url
    return config

config = get_config()
config.plugins.on_startup(command="serve", dirty=mode == "dirty")
build(config, serve_url=url, dirty=mode == "dirty")
for n, (seed, text) in enumerate(edits, 1):
    Path(seed).write_text(text, encoding="utf-8")
    build(get_config(), serve_url=url, dirty=mode == "dirty")
    shutil.copytree(site, f"{site}.{n}")
"""

SEED = "{title} – By Test Author (Test Outlet) / Aug 19 2019\n\n{body}\n"
BODIES = [
    "Maria Lopez, the mayor of Springfield, said on Monday that the bridge would reopen in May.",
    "Tom Reed of the Springfield Council said on Tuesday that the repairs cost $2 million.",
    "Maria Lopez told reporters on Wednesday that the council would vote on the budget.",
]
ADDED = "Jane Holloway, a spokeswoman for the Harbour Trust, said on Thursday that the ferry would stop."


def _session(project, site, mode, edits=()):
    proc = subprocess.run([sys.executable, "-c", SESSION, str(project), str(site), mode, json.dumps(edits)],
                          capture_output=True, text=True, cwd=ROOT,
                          env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    return proc.stderr


def _tree(site):
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_dirty_serve_rebuilds_after_edits_equal_fresh_builds(project):
    import shutil

    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    for i, body in enumerate(BODIES):
        (project / "seeds" / f"s{i}.txt").write_text(SEED.format(title=f"Bridge report {i}", body=body))
    seed = project / "seeds" / "s1.txt"
    original = seed.read_text()
    edited = SEED.format(title="Bridge report 1", body=f"{BODIES[1]} {ADDED}")
    other = project / "seeds" / "s2.txt"
    dated = other.read_text()
    redated = dated.replace("on Wednesday", "on Friday")
    # edit one seed (a new person, a new date), put it back (her page must go again), then change
    # another seed's date (Maria Lopez's page, the timeline; the rest of the site stays as it was)
    log = _session(project, project / "served", "dirty",
                   [(str(seed), edited), (str(seed), original), (str(other), redated)])
    after_edit, after_revert, after_redate = (_tree(project / f"served.{n}") for n in (1, 2, 3))

    kept = [int(n) for n in re.findall(r"(\d+) generated pages unchanged since the last build", log)]
    assert len(kept) == 4 and kept[0] == 0 and all(k > 0 for k in kept[1:])  # the first build writes every page

    states = [(after_edit, {seed: edited, other: dated}), (after_revert, {seed: original}), (after_redate, {other: redated})]
    for n, (served, writes) in enumerate(states):
        for path, text in writes.items():
            path.write_text(text)
        _session(project, project / f"fresh{n}", "plain")
        fresh = _tree(project / f"fresh{n}")
        assert sorted(served) == sorted(fresh)  # no page missing, no stale page left
        for name in fresh:
            if not name.endswith(".gz"):  # sitemap.xml.gz carries the build's timestamp
                assert served[name] == fresh[name], name
    assert after_revert["timeline/index.html"] != after_redate["timeline/index.html"]

    assert "Jane Holloway" in after_edit["people/index.html"].decode()
    assert "Jane Holloway" not in after_revert["people/index.html"].decode()
    index = json.loads(after_edit["search/search_index.json"])
    located = {doc["location"].partition("#")[0] for doc in index["docs"]}
    pages = {name.removesuffix("index.html") for name in after_edit
             if name.endswith("index.html") and name not in ("404.html",)}
    assert pages <= located  # every page of the site is in the search index
    assert any("Jane Holloway" in doc["text"] for doc in index["docs"])


def test_served_search_docs_are_the_json_a_full_serialisation_gives():
    from generator.pagecache import ServedPages

    served = ServedPages()
    a = [{"location": "a/", "title": "A \u00e9", "text": "x"}, {"location": "a/#s", "title": "S", "text": ""}]
    b = [{"location": "b/", "title": "B", "text": "<b>quoted \"text\"</b>"}]
    served.remember_search("a.md", a)
    served.remember_search("b.md", b)
    served.remember_search("empty.md", [])
    assert served.search_docs(["b.md", "empty.md", "a.md"]) == json.dumps(b + a, separators=(",", ":"))
    assert served.search_docs([]) == "[]"
    served.update({}, {"b.md"})  # a.md left the site: its entries go with it
    assert served.search_docs(["a.md", "b.md"]) == json.dumps(b, separators=(",", ":"))


def test_a_process_keeps_what_its_last_build_used_and_drops_the_rest():
    from generator.memo import Rounds

    memo = Rounds()
    a, b = ["annotations a"], ["annotations b"]
    calls = []
    memo.of(a, lambda: calls.append("a") or 1)
    memo.of(b, lambda: calls.append("b") or 2)
    memo.new_round()  # the next build uses only a
    assert memo.of(a, lambda: calls.append("a again") or 0) == 1
    memo.new_round()
    assert memo.of(a, lambda: 0) == 1
    assert memo.of(b, lambda: calls.append("b again") or 3) == 3  # b was not used by the last build
    assert calls == ["a", "b", "b again"]
    assert memo.of(["equal to a, not a"], lambda: 5) == 5  # identity, not equality


def test_markdown_read_by_the_last_build_comes_from_memory(tmp_path):
    from generator.mdcache import MarkdownCache

    MarkdownCache.memory.new_round()
    MarkdownCache(tmp_path).put("k1", "# Page one")
    MarkdownCache.memory.new_round()
    for path in tmp_path.rglob("*.md"):  # the files go; this process still knows what they said
        path.unlink()
    assert MarkdownCache(tmp_path).get("k1") == "# Page one"
    assert MarkdownCache(tmp_path / "other").get("k1") is None  # another cache folder is another cache
    MarkdownCache.memory.new_round()
    MarkdownCache.memory.new_round()
    assert MarkdownCache(tmp_path).get("k1") is None  # unused by a whole build: forgotten, and no file


def test_compiled_templates_kept_by_a_serve_process_follow_their_source(tmp_path):
    import jinja2

    from generator.plugin import _TemplateCode

    kept = _TemplateCode()
    (tmp_path / "main.html").write_text("Hello {{ name }}")
    for source, expected in (("Hello {{ name }}", "Hello Ana"), ("Bye {{ name }}", "Bye Ana")):
        (tmp_path / "main.html").write_text(source)
        # a new environment per build, as MkDocs makes one, sharing the kept code
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), bytecode_cache=kept)
        assert env.get_template("main.html").render(name="Ana") == expected
    assert len(kept.code) == 1
