"""`python -m generator build` writes the Markdown tree with the user's corrections applied."""

import shutil
import subprocess
import sys

from conftest import ROOT, SAMPLE


def run_build(tmp_path, corrections: str):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SAMPLE, seeds)
    (tmp_path / "corrections.yml").write_text(corrections, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--templates", str(ROOT / "templates"),
         "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"),
         "--corrections", str(tmp_path / "corrections.yml")],
        capture_output=True, text=True, cwd=ROOT)


def test_build_applies_corrections(tmp_path):
    proc = run_build(tmp_path, "- drop: Hugo Chavez\n- rename: Nicolas Maduro\n  to: Nicolás Maduro\n")
    assert proc.returncode == 0, proc.stderr
    people = {p.name for p in (tmp_path / "out" / "people").iterdir()}
    assert "nicolas-maduro.md" in people and "hugo-chavez.md" not in people
    assert "Nicolás Maduro" in (tmp_path / "out" / "people" / "nicolas-maduro.md").read_text(encoding="utf-8")


def test_build_reports_a_bad_corrections_file(tmp_path):
    proc = run_build(tmp_path, "- drop: [unclosed\n")
    assert proc.returncode != 0
    assert "corrections.yml" in proc.stderr and "Traceback" not in proc.stderr
