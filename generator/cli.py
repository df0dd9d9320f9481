"""Entrance 2: the command line, thin over build.py."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

import click

from .corpus import OWN_PAGE_FROM


@click.group()
@click.version_option(package_name="briefings-generator")
def main() -> None:
    """Annotated briefings from a folder of news articles."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--pipeline", default=None, help="spaCy pipeline to use (default: the best installed en_core_web_*).")
@click.option("--cache-dir", default=None, type=click.Path(file_okay=False), help="Reuse cached annotations.")
def extract(files: tuple[Path, ...], pipeline: str | None, cache_dir: str | None) -> None:
    """Print one JSON object per seed (JSON Lines): entities, who-is-who, claims, dates.

    \b
    Example:
      python -m generator extract seeds/*.txt > annotations.jsonl
    """
    from .build import annotate, read_all
    from .export import contract

    docs, errors = read_all(files, cache_dir=cache_dir)
    anns, more, _, _ = annotate(docs, pipeline, cache_dir)
    for ann in anns:
        sys.stdout.write(json.dumps(contract(ann), ensure_ascii=False) + "\n")
    _report(errors + more)
    sys.exit(1 if errors or more else 0)


@main.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--out", "out_dir", default="seeds", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the .md seeds into.")
@click.option("--force", is_flag=True, help="Replace a .md seed of the same name.")
def import_(files: tuple[Path, ...], out_dir: Path, force: bool) -> None:
    """Convert web pages, PDFs and Word files into .md seeds with front matter, to edit before building.

    \b
    Example:
      python -m generator import ~/Downloads/report.pdf ~/Downloads/article.html --out seeds
    """
    from .importer import to_markdown
    from .seeds import SeedError, read_seed

    failed = False
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in files:
        target = out_dir / f"{path.stem}.md"
        try:
            if path.suffix.lower() in (".txt", ".md"):
                raise SeedError(str(path), "is a text seed already", "copy it into the seeds folder as it is")
            if target.exists() and not force:
                raise SeedError(str(path), f"{target} exists", "pass --force to replace it")
            target.write_text(to_markdown(read_seed(path)), encoding="utf-8")
            click.echo(f"{path} -> {target}", err=True)
        except SeedError as err:
            _report([err])
            failed = True
    sys.exit(1 if failed else 0)


@main.command()
@click.option("--seeds", "seeds_dir", default="seeds", show_default=True, type=click.Path(file_okay=False))
@click.option("--templates", "templates_dir", default="templates", show_default=True, type=click.Path(file_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the Markdown tree into (replaced as a whole).")
@click.option("--pipeline", default=None, help="spaCy pipeline to use.")
@click.option("--cache-dir", default=".cache/briefings", show_default=True, type=click.Path(file_okay=False))
@click.option("--corrections", default="corrections.yml", show_default=True, type=click.Path(dir_okay=False),
              help="Hand corrections to the who-is-who, applied when the file exists.")
@click.option("--own-page-from", default=OWN_PAGE_FROM, show_default=True, type=click.IntRange(1),
              help="Briefings that must name an organisation or place before it gets a page of its own.")
@click.option("--processes", default=None, type=click.IntRange(1), help="Local extraction processes (default: one per core).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:8786",
              help="Extract cache misses on this Dask scheduler (needs the [dask] extra and a cache the "
                   "workers share: a mounted folder, or an fsspec URL such as s3://bucket/cache).")
def build(seeds_dir: str, templates_dir: str, out_dir: Path, pipeline: str | None, cache_dir: str,
          corrections: str, own_page_from: int, processes: int | None, scheduler: str | None) -> None:
    """Write the generated Markdown pages to a folder, for inspection or another site engine.

    \b
    Example:
      python -m generator build --seeds seeds --out build/markdown
    """
    from .build import build_site
    from .corrections import CorrectionsError
    from .options import BuildOptions

    _check_out_dir(out_dir.resolve(), seeds_dir)
    options = BuildOptions(seeds_dir=seeds_dir, templates_dir=templates_dir, pipeline=pipeline, cache_dir=cache_dir,
                           corrections=corrections if Path(corrections).is_file() else None,
                           own_page_from=own_page_from, processes=processes,
                           executor="dask" if scheduler else "local", scheduler=scheduler)
    try:
        with _progress() as bar:
            result = build_site(options, progress=bar)
    except CorrectionsError as err:
        raise click.ClickException(str(err)) from None
    write_tree(result.pages, out_dir, seeds_dir)
    for note in result.warnings:
        click.echo(f"warning: {note}", err=True)
    click.echo(f"{len(result.pages)} pages from {len(result.annotations)} seeds written to {out_dir}", err=True)
    _report(result.errors)
    sys.exit(1 if result.errors else 0)


MARKER = ".briefings-tree"  # marks a folder `build` wrote, so it may replace it as a whole


@main.command("prune-cache")
@click.option("--cache-dir", default=".cache/briefings", show_default=True, type=click.Path(file_okay=False))
@click.option("--unused-days", default=30.0, show_default=True, type=click.FloatRange(0),
              help="Remove entries no build has read or written for this many days.")
@click.option("--dry-run", is_flag=True, help="Only say what would be removed.")
def prune_cache(cache_dir: str, unused_days: float, dry_run: bool) -> None:
    """Remove cache entries no build has used lately (old code, settings or seeds); the rest stay.

    \b
    Example:
      python -m generator prune-cache --unused-days 7
    """
    from .cacheprune import prune

    try:
        report = prune(cache_dir, unused_days, dry_run)
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    verb = "would remove" if dry_run else "removed"
    click.echo(f"{cache_dir}: {verb} {report.removed} entries ({report.removed_bytes / 1e6:.1f} MB); "
               f"kept {report.kept} ({report.kept_bytes / 1e6:.1f} MB) used in the last {unused_days:g} days")


def write_tree(pages: dict[str, str], out_dir: Path, seeds_dir: str | Path | None = None) -> None:
    """Write pages into a fresh folder next to out_dir, then swap it in: never a half-written tree.

    An existing out_dir is replaced only if it is empty or was written by this command: `--out .`
    must not delete a project. Files are written as UTF-8 with "\n" newlines, in sorted order.
    """
    out_dir = out_dir.resolve()
    _check_out_dir(out_dir, seeds_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        for uri, content in sorted(pages.items()):
            path = (tmp / uri).resolve()
            if tmp not in path.parents:
                raise click.ClickException(f"refusing to write outside the output folder: {uri}")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode("utf-8"))
        (tmp / MARKER).write_text("Written by `python -m generator build`; replaced as a whole by the next build.\n")
        old = out_dir.with_name(f".{out_dir.name}-old")
        if out_dir.exists():
            shutil.rmtree(old, ignore_errors=True)
            out_dir.rename(old)
        tmp.rename(out_dir)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _check_out_dir(out_dir: Path, seeds_dir: str | Path | None) -> None:
    if seeds_dir is not None:
        seeds = Path(seeds_dir).resolve()
        if out_dir == seeds or seeds in out_dir.parents or out_dir in seeds.parents:
            raise click.ClickException(f"--out {out_dir} overlaps the seeds folder {seeds}; "
                                       "write the pages somewhere else, e.g. build/markdown")
    if out_dir.exists() and not out_dir.is_dir():
        raise click.ClickException(f"--out {out_dir} is a file; give a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise click.ClickException(f"--out {out_dir} holds files this command did not write; "
                                   "give an empty or new folder (it is replaced as a whole)")


def _report(errors) -> None:
    for err in errors:
        click.echo(f"error: {err}", err=True)


class _progress:
    """A progress bar with ETA on stderr while seeds go through spaCy."""

    def __enter__(self):
        self.bar = None
        return self

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc="extracting", unit="seed", file=sys.stderr)
        self.bar.update(done - self.bar.n)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.close()
