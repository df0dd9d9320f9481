"""Robustness at corpus scale: build every article of a corpus folder into one site and count what failed.

Reads the corpus in place (never copies it), runs the real pipeline (`generator.build.build_site`,
no annotation cache), then optionally a real `mkdocs build` into a temp folder, and prints pages
built, seeds rejected by reason, and crashes (exceptions that escaped the pipeline).

    python benchmarks/corpus_run.py [--corpus ../shared/corpus/allsides-1000] [--mkdocs] [--limit N]
"""

from __future__ import annotations

import argparse
import collections
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def default_corpus() -> Path:
    """../shared/corpus/allsides-1000 seen from the project or any folder above it (worktrees)."""
    for base in (ROOT, *ROOT.parents):
        candidate = base.parent / "shared" / "corpus" / "allsides-1000"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "corpus" / "allsides-1000"


def reason_of(problem: str) -> str:
    """An error's problem with its numbers blanked, so errors group by class."""
    return re.sub(r"\d+", "N", problem)


def link_seeds(corpus: Path, limit: int | None, into: Path) -> Path:
    """A seeds folder of symlinks to the corpus files (read in place, nothing copied)."""
    seeds = into / "seeds"
    seeds.mkdir()
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    for path in files[:limit] if limit else files:
        (seeds / path.name).symlink_to(path.resolve())
    return seeds


def run_mkdocs(seeds: Path, work: Path, cache: Path) -> tuple[int, int, float, str]:
    """A plain `mkdocs build` of the corpus seeds; returns exit code, HTML pages, seconds, warnings."""
    for name in ("mkdocs.yml", "templates", "docs"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, work / name)
    config = (work / "mkdocs.yml").read_text(encoding="utf-8")
    (work / "mkdocs.yml").write_text(config.replace("cache_dir: .cache/briefings", f"cache_dir: {cache}"), encoding="utf-8")
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(work / "mkdocs.yml")],
                          capture_output=True, text=True, cwd=work,
                          env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    seconds = time.perf_counter() - t
    pages = sum(1 for _ in (work / "site").rglob("index.html")) if (work / "site").is_dir() else 0
    warnings = "\n".join(line for line in proc.stderr.splitlines() if "WARNING" in line or "ERROR" in line)
    return proc.returncode, pages, seconds, warnings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--limit", type=int, default=None, help="only the first N files (sorted)")
    parser.add_argument("--mkdocs", action="store_true", help="also run a real `mkdocs build` (reuses the cache)")
    parser.add_argument("--pipeline", default=None)
    parser.add_argument("--cache-dir", type=Path, default=None, help="annotation cache (default: a fresh temp folder)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus folder not found: {args.corpus}", file=sys.stderr)
        return 2

    from generator.build import build_site

    with tempfile.TemporaryDirectory(prefix="corpus-run-") as tmp:
        work = Path(tmp)
        seeds = link_seeds(args.corpus, args.limit, work)
        total = sum(1 for _ in seeds.iterdir())
        print(f"corpus: {args.corpus} ({total} files)")
        crashes = 0
        t = time.perf_counter()
        try:
            cache = args.cache_dir or work / ".cache" / "briefings"
            result = build_site(seeds, ROOT / "templates", args.pipeline, cache)
        except Exception:  # the point of the run: any exception that escapes the pipeline is a crash
            traceback.print_exc()
            print("CRASH: the build raised instead of reporting the bad seed")
            return 1
        seconds = time.perf_counter() - t
        briefings = sum(1 for uri in result.pages if uri.startswith("briefings/") and uri != "briefings/index.md")
        print(f"build_site: {seconds:.1f}s, {len(result.pages)} pages, {briefings} briefing pages "
              f"from {len(result.annotations)} seeds, {result.extracted} extracted")
        print("timings: " + ", ".join(f"{k} {v:.1f}s" for k, v in result.timings.items()))
        reasons = collections.Counter(reason_of(e.problem) for e in result.errors)
        crashes += sum(n for r, n in reasons.items() if r.startswith("extraction failed"))
        print(f"seeds rejected: {len(result.errors)}")
        for reason, n in reasons.most_common():
            print(f"  {n:4d}  {reason}")
        for err in result.errors[:20]:
            print(f"    {err}")
        if briefings + len(result.errors) != total:
            print(f"MISMATCH: {total} seeds in, {briefings} pages + {len(result.errors)} errors out")
            crashes += 1
        if args.mkdocs:
            code, html_pages, secs, warnings = run_mkdocs(seeds, work, cache.resolve())
            print(f"mkdocs build: exit {code}, {html_pages} HTML pages, {secs:.1f}s")
            if warnings:
                print(warnings[:4000])
            crashes += code != 0
        print(f"crashes: {crashes}")
        return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
