"""Engine insurance: the same site built by Zensical, MkDocs' successor, which runs no third-party plugins.

`python -m generator.zensical --out DIR` exports the generated Markdown tree (`python -m generator
build`), lays the hand-written pages of docs/ over it, writes a copy of mkdocs.yml without the
`briefings` plugin (the pages already exist) and runs `zensical build` there. The site lands in
DIR/site. Zensical is an optional dependency (`pip install zensical`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

PLUGINS = ("search", "tags")  # the plugins Zensical provides itself


def config_for(mkdocs_yml: Path) -> dict:
    """The project's MkDocs config with only the plugins Zensical provides, reading docs/ and writing site/."""
    config = yaml.safe_load(mkdocs_yml.read_text(encoding="utf-8")) or {}
    kept = []
    for plugin in config.get("plugins", []):
        name = plugin if isinstance(plugin, str) else next(iter(plugin))
        if name in PLUGINS:
            kept.append(plugin)
    config["plugins"] = kept
    config["docs_dir"], config["site_dir"] = "docs", "site"
    return config


def prepare(project: Path, out: Path, seeds: Path | None = None) -> Path:
    """DIR/docs (generated pages plus docs/) and DIR/mkdocs.yml for Zensical; returns the config's path."""
    project, out = project.resolve(), out.resolve()
    markdown = out / "markdown"
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds or project / "seeds"),
                           "--out", str(markdown)], cwd=project, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"python -m generator build failed:\n{proc.stderr}")
    docs = out / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(markdown, docs)
    shutil.copytree(project / "docs", docs, dirs_exist_ok=True)  # hand-written pages and assets
    config = out / "mkdocs.yml"
    config.write_text(yaml.safe_dump(config_for(project / "mkdocs.yml"), sort_keys=False, allow_unicode=True),
                      encoding="utf-8")
    return config


def build(project: Path, out: Path, seeds: Path | None = None, strict: bool = True) -> subprocess.CompletedProcess:
    """Prepare DIR and run `zensical build` in it (the site lands in DIR/site)."""
    config = prepare(project, out, seeds)
    zensical = shutil.which("zensical") or str(Path(sys.executable).with_name("zensical"))
    cmd = [zensical, "build", "--clean", "-f", str(config)] + (["--strict"] if strict else [])
    return subprocess.run(cmd, cwd=config.parent, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    """Command line: build the site with Zensical into --out/site."""
    parser = argparse.ArgumentParser(prog="python -m generator.zensical", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("build/zensical"))
    parser.add_argument("--project", type=Path, default=Path("."), help="folder with mkdocs.yml, docs/ and seeds/")
    parser.add_argument("--seeds", type=Path, default=None)
    args = parser.parse_args(argv)
    proc = build(args.project, args.out, args.seeds)
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    if proc.returncode == 0:
        print(f"site written to {args.out / 'site'}")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
