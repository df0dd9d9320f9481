"""Deterministic and atomic output: the same seeds give byte-identical trees, and a failed write
leaves the previous tree as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from conftest import ROOT, SAMPLE

from generator.cli import MARKER, write_tree

HOSTILE = Path(__file__).parent / "hostile"
# seeds that build into pages, with names, claims, dates, markup and two seeds sharing a title
MIXED = ["markdown-names.txt", "same-title-a.txt", "same-title-b.txt", "html-script.md", "bom-crlf.txt",
         "future-date.txt", "sub/folder/nested.txt", "unicode-tricks.txt", "empty.txt"]


def cli_build(seeds: Path, out: Path, cache: Path, hash_seed: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out),
                           "--cache-dir", str(cache)], capture_output=True, text=True, cwd=ROOT, env=env)


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_two_builds_are_byte_identical(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SAMPLE, seeds / SAMPLE.name)
    for name in MIXED:
        (seeds / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(HOSTILE / name, seeds / name)
    # fresh extraction twice, with different hash seeds (set order), then once from the cache
    first = cli_build(seeds, tmp_path / "a", tmp_path / "cache-a", "1")
    second = cli_build(seeds, tmp_path / "b", tmp_path / "cache-b", "2")
    cached = cli_build(seeds, tmp_path / "c", tmp_path / "cache-a", "3")
    for proc in (first, second, cached):
        assert proc.returncode == 1 and "error: empty.txt: is empty" in proc.stderr, proc.stderr
    a, b, c = tree(tmp_path / "a"), tree(tmp_path / "b"), tree(tmp_path / "c")
    assert len(a) > 15 and MARKER in a
    assert a.keys() == b.keys() == c.keys()
    assert [k for k in a if a[k] != b[k]] == []
    assert [k for k in a if a[k] != c[k]] == []


def test_write_tree_swaps_in_a_complete_tree(tmp_path):
    out = tmp_path / "out"
    write_tree({"index.md": "one\n", "people/a.md": "A\n"}, out)
    write_tree({"index.md": "two\n"}, out)
    assert tree(out) == {MARKER: tree(out)[MARKER], "index.md": b"two\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "no temporary folder left behind"


def test_failed_write_leaves_the_previous_tree(tmp_path):
    out = tmp_path / "out"
    write_tree({"index.md": "old\n"}, out)
    before = tree(out)
    with pytest.raises(click.ClickException, match="outside the output folder"):
        write_tree({"a.md": "new\n", "../../escape.md": "x"}, out)
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert not (tmp_path.parent / "escape.md").exists()


def test_write_tree_refuses_a_folder_it_did_not_write(tmp_path):
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "precious.txt").write_text("keep me")
    with pytest.raises(click.ClickException, match="did not write"):
        write_tree({"index.md": "x"}, tmp_path / "project")
    assert (tmp_path / "project" / "precious.txt").read_text() == "keep me"


@pytest.mark.parametrize("out", ["seeds", "seeds/out", "."])
def test_write_tree_refuses_to_overlap_the_seeds(tmp_path, out):
    (tmp_path / "seeds").mkdir()
    with pytest.raises(click.ClickException, match="overlaps the seeds folder"):
        write_tree({"index.md": "x"}, tmp_path / out, seeds_dir=tmp_path / "seeds")
    assert list((tmp_path / "seeds").iterdir()) == []


def test_cli_refuses_a_bad_out_before_extracting(tmp_path):
    (tmp_path / "seeds").mkdir()
    shutil.copy(SAMPLE, tmp_path / "seeds" / SAMPLE.name)
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(tmp_path / "seeds"),
                           "--out", str(tmp_path / "seeds")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode != 0 and "overlaps the seeds folder" in proc.stderr
    assert "extracting" not in proc.stderr
