"""The annotation cache: keyed by content, safe to delete, a damaged entry is a miss."""

import shutil
from pathlib import Path

import pytest

from generator.cache import Cache, Store, code_fingerprint, key_for
from generator.codekey import extraction_modules

PACKAGE = Path(__file__).resolve().parent.parent / "generator"


def test_round_trip_gives_equal_annotations(sample, tmp_path):
    store = Cache(tmp_path)
    store.put("ab" + "0" * 62, sample)
    assert store.get("ab" + "0" * 62) == sample


def test_missing_or_damaged_entry_is_a_miss(sample, tmp_path):
    store = Cache(tmp_path)
    key = "cd" + "1" * 62
    assert store.get(key) is None
    store.put(key, sample)
    next(tmp_path.rglob("*.json")).write_text("{not json", encoding="utf-8")
    assert store.get(key) is None


def test_no_folder_means_no_cache(sample):
    store = Cache(None)
    store.put("x" * 64, sample)
    assert store.get("x" * 64) is None


def test_key_depends_on_bytes_path_pipeline_and_corrections():
    base = key_for(b"text", "a.txt", "en_core_web_sm@3.8.0")
    assert base == key_for(b"text", "a.txt", "en_core_web_sm@3.8.0")
    others = {key_for(b"text!", "a.txt", "en_core_web_sm@3.8.0"), key_for(b"text", "b.txt", "en_core_web_sm@3.8.0"),
              key_for(b"text", "a.txt", "en_core_web_sm@3.8.1"),
              key_for(b"text", "a.txt", "en_core_web_sm@3.8.0", extra="correction")}
    assert base not in others and len(others) == 4


def _copy(tmp_path) -> Path:
    root = tmp_path / "generator"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")


@pytest.mark.parametrize("edited", ["charts.py", "render.py", "plugin.py", "sourcing.py", "corrections.py",
                                    "corpus.py", "build.py"])
def test_editing_code_that_runs_after_extraction_keeps_the_key(tmp_path, edited):
    root = _copy(tmp_path)
    before = code_fingerprint(root)
    _edit(root / edited)
    code_fingerprint.cache_clear()
    assert code_fingerprint(root) == before


@pytest.mark.parametrize("edited", ["nlp/dates.py", "nlp/claims/quotes.py", "nlp/data/titles.txt", "model.py",
                                    "slugs.py", "extract.py"])
def test_editing_extraction_code_or_a_rule_file_changes_the_key(tmp_path, edited):
    root = _copy(tmp_path)
    before = code_fingerprint(root)
    _edit(root / edited)
    code_fingerprint.cache_clear()
    assert code_fingerprint(root) != before


def test_a_module_the_extraction_starts_to_import_joins_the_key(tmp_path):
    root = _copy(tmp_path)
    (root / "helper_x.py").write_text("X = 1\n", encoding="utf-8")
    before = code_fingerprint(root)
    names = lambda: {p.name for p in extraction_modules(root)[0]}  # noqa: E731
    assert "helper_x.py" not in names()
    dates = root / "nlp" / "dates.py"
    dates.write_text(dates.read_text(encoding="utf-8") + "\nfrom ..helper_x import X  # noqa\n", encoding="utf-8")
    code_fingerprint.cache_clear()
    assert "helper_x.py" in names() and code_fingerprint(root) != before
    (root / "helper_x.py").write_text("X = 2\n", encoding="utf-8")
    after = code_fingerprint(root)
    code_fingerprint.cache_clear()
    assert code_fingerprint(root) != after


def test_templates_are_outside_the_package_and_the_walk_reaches_no_renderer():
    modules, external = extraction_modules(PACKAGE)
    names = {str(p.relative_to(PACKAGE)) for p in modules}
    assert {"nlp/annotate.py", "nlp/dates.py", "model.py", "extract.py"} <= names
    assert not names & {"render.py", "charts.py", "plugin.py", "sourcing.py", "build.py", "cache.py"}
    assert "spacy" in external and len(code_fingerprint()) == 16


def test_one_store_class_serves_the_three_caches(tmp_path):
    from generator.mdcache import MarkdownCache
    from generator.pagecache import PageCache

    assert all(isinstance(c(tmp_path).store, Store) for c in (Cache, MarkdownCache, PageCache))
    store = Store(tmp_path)
    store.write("ab" * 32, ".x", b"data")
    assert store.read("ab" * 32, ".x") == b"data" and store.has("ab" * 32, ".x")
    store.delete("ab" * 32, ".x")
    assert store.read("ab" * 32, ".x") is None


def test_a_cache_at_an_fsspec_url_is_read_and_written_through_fsspec(sample):
    fsspec = pytest.importorskip("fsspec", reason='fsspec comes with the [dask] extra: pip install -e ".[dask]"')
    import uuid

    url = f"memory://briefings-{uuid.uuid4().hex}"
    store = Cache(url)
    key = "ef" + "2" * 62
    assert store.get(key) is None and not store.has(key)
    store.put(key, sample)
    memory = fsspec.filesystem("memory")
    assert memory.isfile(f"/{url.split('://')[1]}/ef/{key}.json")  # in the object store, under the usual name
    Cache._memory.clear()  # read back from the store, not from the process's memory
    assert Cache(url).get(key) == sample
    memory.pipe_file(f"/{url.split('://')[1]}/ef/{key}.json", b"{not json")
    Cache._memory.clear()
    assert Cache(url).get(key) is None  # a damaged object is a miss, as a damaged file is


def test_a_build_with_its_cache_at_an_fsspec_url_reads_every_seed_back(project):
    fsspec = pytest.importorskip("fsspec", reason='fsspec comes with the [dask] extra: pip install -e ".[dask]"')
    import uuid

    from generator.build import build_site
    from generator.options import BuildOptions

    url = f"memory://briefings-{uuid.uuid4().hex}"
    opts = BuildOptions(seeds_dir=project / "seeds", templates_dir=project / "templates", corrections=None,
                        cache_dir=url, processes=1).resolved(project)
    assert opts.cache_dir == url  # a URL is not made a local path
    first = build_site(opts)
    names = fsspec.filesystem("memory").find(f"/{url.split('://')[1]}")
    assert first.extracted > 0 and any(n.endswith(".json") for n in names)
    assert any("/markdown/" in n and n.endswith(".md") for n in names)
    Cache._memory.clear()
    again = build_site(opts)
    assert again.extracted == 0 and again.pages == first.pages
