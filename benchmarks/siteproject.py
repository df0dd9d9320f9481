"""A throwaway site project for the browser and link benchmarks: the repository's mkdocs.yml,
templates and docs beside copies of the given seeds, built with `mkdocs build`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_seeds_site(project: Path, seeds: list[str], *options: str) -> subprocess.CompletedProcess:
    """Copy the site's sources and the seeds into `project` and run `mkdocs build -q` there with `options`."""
    for name in ("mkdocs.yml", "templates", "docs"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / name)
    (project / "seeds").mkdir()
    for seed in seeds:
        shutil.copy(seed, project / "seeds" / Path(seed).name)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", *options], cwd=project,
                          capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
