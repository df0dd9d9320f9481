"""`prune-cache` removes what no build used lately and keeps every entry a build still reads."""

import os
import shutil
import subprocess
import sys
import time

import pytest
from conftest import ROOT, SAMPLE

from generator.cache import Cache, Store
from generator.cacheprune import DAY, prune
from generator.model import Annotations, Document


def _age(folder, days: float) -> None:
    """Make every file of a folder look untouched (read and written) for `days` days."""
    then = time.time() - days * DAY
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (then, then))


def _files(folder) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def _build(tmp_path):
    return subprocess.run(
        [sys.executable, "-m", "generator", "build", "--seeds", str(tmp_path / "seeds"),
         "--templates", str(ROOT / "templates"), "--out", str(tmp_path / "out"),
         "--cache-dir", str(tmp_path / "cache")],
        capture_output=True, text=True, cwd=ROOT)


def test_a_warm_build_keeps_its_entries_and_old_ones_go(tmp_path):
    (tmp_path / "seeds").mkdir()
    shutil.copy(SAMPLE, tmp_path / "seeds")
    assert _build(tmp_path).returncode == 0
    cache = tmp_path / "cache"
    live = _files(cache)
    assert any(name.endswith(".json") for name in live) and any(name.endswith(".md") for name in live)
    # an entry of older code beside them, and a temporary file a killed writer left
    (cache / "ab").mkdir(exist_ok=True)
    (cache / "ab" / "ab01.json").write_text("{}", encoding="utf-8")
    (cache / "markdown" / "cd").mkdir(parents=True, exist_ok=True)
    (cache / "markdown" / "cd" / "cd02.md").write_text("old page", encoding="utf-8")
    (cache / "ab" / "tmpx.tmp").write_text("half", encoding="utf-8")
    _age(cache, 60)
    proc = _build(tmp_path)  # a new process: reads every entry it needs, which marks them used
    assert proc.returncode == 0, proc.stderr

    dry = prune(cache, 30, dry_run=True)
    assert dry.removed == 2 and _files(cache) == live | {"ab/ab01.json", "markdown/cd/cd02.md", "ab/tmpx.tmp"}
    report = prune(cache, 30)
    assert report.removed == 2 and report.kept == dry.kept > 0
    assert _files(cache) == live


def test_a_page_entry_goes_whole_or_stays_whole(tmp_path):
    pages = tmp_path / "pages" / "ef"
    pages.mkdir(parents=True)
    (pages / "ef03.html.z").write_bytes(b"x")
    (pages / "ef03.json").write_bytes(b"{}")
    _age(tmp_path, 60)
    os.utime(pages / "ef03.json")  # its metadata was read now: the page is in use
    assert prune(tmp_path, 30).removed == 0 and len(_files(tmp_path)) == 2
    _age(tmp_path, 60)
    assert prune(tmp_path, 30).removed == 1 and _files(tmp_path) == set()


def test_marking_an_entry_used_keeps_its_stamp(tmp_path):
    """The in-memory annotation cache trusts an entry while its modification time is the same:
    marking it used must not change that, or every serve rebuild would parse it again."""
    cache = Cache(tmp_path)
    ann = Annotations(Document("a.txt", "a", "Text.", "A"))
    cache.put("ab12", ann)
    _age(tmp_path, 60)
    stamp = cache.store.stamp("ab12", ".json")
    Store._used.discard(cache.store.path("ab12", ".json"))  # as in a new process
    assert cache.get("ab12") == ann
    assert cache.store.stamp("ab12", ".json") == stamp
    assert cache.store.path("ab12", ".json").stat().st_atime > time.time() - DAY


def test_an_object_store_or_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="lifecycle"):
        prune("s3://bucket/cache", 30)
    with pytest.raises(ValueError, match="does not exist"):
        prune(tmp_path / "nothing", 30)
    proc = subprocess.run([sys.executable, "-m", "generator", "prune-cache", "--cache-dir", str(tmp_path / "nothing")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "does not exist" in proc.stderr and "Traceback" not in proc.stderr


def test_reading_an_entry_used_today_writes_nothing(tmp_path, monkeypatch):
    """A warm rebuild reads thousands of entries: one used within the day is not written to (its
    access time is left to the kernel), one unused for longer is marked, its stamp kept."""
    import generator.cache as cache_mod

    writes = []
    real_utime = os.utime
    monkeypatch.setattr(cache_mod.os, "utime", lambda *a, **k: (writes.append(a), real_utime(*a, **k)))
    store = Store(tmp_path)
    store.write("cd34", ".md", b"page")
    path = store.path("cd34", ".md")
    hour_ago = time.time() - 3600
    real_utime(path, (hour_ago, hour_ago))
    assert store.read("cd34", ".md") == b"page" and writes == []
    month_ago = time.time() - 30 * DAY
    real_utime(path, (month_ago, month_ago))
    assert store.read("cd34", ".md") == b"page" and len(writes) == 1
    assert path.stat().st_atime > time.time() - 60 and abs(path.stat().st_mtime - month_ago) < 1
