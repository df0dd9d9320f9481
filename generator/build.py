"""The one pipeline both entrances call: read -> annotate (cached) -> aggregate -> render."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .cache import Cache, digest, key_for, subfolder
from .corpus import aggregate
from .doccache import read_cached
from .extract import BATCH_SIZE, extract, nlp_for  # noqa: F401  (nlp_for: one pipeline per process)
from .mdcache import MarkdownCache
from .model import Annotations, Document
from .options import BuildOptions
from .readers.layout import READERS
from .render import render_site
from .seeds import SeedError, find_seeds, read_seed

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    pages: dict[str, str]
    annotations: list[Annotations]
    errors: list[SeedError]
    timings: dict[str, float] = field(default_factory=dict)
    extracted: int = 0  # seeds that went through spaCy (cache misses)
    warnings: list[str] = field(default_factory=list)  # e.g. a correction that matches nothing


def default_processes() -> int:
    """Worker processes for extraction: one per core."""
    return max(1, os.cpu_count() or 1)


def read_all(paths: Iterable[Path], root: Path | None = None,
             cache_dir: str | Path | None = None) -> tuple[list[tuple[Document, bytes]], list[SeedError]]:
    """Read every seed; a bad one becomes an error naming it and the rest go on."""
    docs, errors = [], []
    for path in paths:
        source = str(path.relative_to(root)) if root else str(path)
        try:
            stamp = _stamp(path)
            known = _READ.get((str(path), source))
            if known is not None and stamp is not None and known[0] == stamp:  # unchanged since this process read it
                docs.append(known[1])
                continue
            if path.suffix.lower() in READERS:  # a page, PDF or Word file: keyed by its bytes, read once
                docs.append(read_cached(path, source, cache_dir))
            else:
                doc = read_seed(path, source=source)
                docs.append((doc, doc.text.encode("utf-8")))  # the cache key's content: read once, as decoded
            if stamp is not None:
                _remember(_READ, (str(path), source), (stamp, docs[-1]))
        except SeedError as err:
            errors.append(err)
    return docs, errors


# A `mkdocs serve` process rebuilds the whole site after each edit: what it read or graded before
# is kept while its inputs are unchanged (a seed's file stamp; the very annotations object the
# annotation cache returned), so an edit re-reads and re-grades only the edited seed.
MEMORY = 20_000
_READ: dict[tuple[str, str], tuple[tuple, tuple[Document, bytes]]] = {}
_GRADED: dict[str, tuple[Annotations, Annotations]] = {}


def _stamp(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino, st.st_dev


def _remember(memory: dict, key, value) -> None:
    memory.pop(key, None)
    memory[key] = value
    while len(memory) > MEMORY:
        del memory[next(iter(memory))]


def annotate(
    docs: list[tuple[Document, bytes]],
    pipeline_name: str | None = None,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    processes: int = 1,
    scheduler: str | None = None,
) -> tuple[list[Annotations], list[SeedError], int, dict[str, str]]:
    """Annotations for every document, graded: from the cache where the seed is unchanged, else from
    spaCy; the errors, how many seeds went through spaCy, and each annotated seed's cache key by source.

    New annotations go to the cache as they are made; spaCy is imported only on a cache miss. With a
    Dask scheduler the misses are extracted on the cluster, which writes them to the same cache.
    """
    from .nlp import pipeline

    store = Cache(cache_dir)
    name = pipeline.pipeline_name(pipeline_name)
    ident = f"{name}@{pipeline.installed_version(name)}"
    results: dict[int, Annotations] = {}
    keys: dict[str, str] = {}
    misses = []
    for i, (doc, raw) in enumerate(docs):
        k = keys[doc.source] = key_for(raw, doc.source, ident)
        hit = store.get(k)
        if hit is not None:
            results[i] = hit
        else:
            misses.append((i, doc, k))
    errors: list[SeedError] = []
    if misses and scheduler:
        from .distributed import extract_on_cluster

        failed = extract_on_cluster([(doc, k) for _, doc, k in misses], pipeline_name, ident, cache_dir,
                                    scheduler, progress)
        for i, doc, k in misses:
            got = store.get(k) if doc.source not in failed else None
            if got is not None:
                results[i] = got
            elif doc.source in failed:
                errors.append(SeedError(doc.source, f"extraction failed: {failed[doc.source]}",
                                        "report it with this file attached"))
            else:
                errors.append(SeedError(doc.source, f"the Dask workers left no annotations in {cache_dir}",
                                        "give the workers the same cache folder (a shared mount)"))
    elif misses:
        if progress:
            progress(0, len(misses))
        made = extract([doc for _, doc, _ in misses], pipeline_name, ident, processes)
        for n, ((i, doc, k), result) in enumerate(zip(misses, made, strict=True), 1):
            if isinstance(result, Annotations):
                store.put(k, result)
                results[i] = result
            else:
                errors.append(SeedError(doc.source, f"extraction failed: {result[1]}",
                                        "report it with this file attached"))
            if progress:
                progress(n, len(misses))
    anns = [_graded(keys[docs[i][0].source], results[i]) for i in sorted(results)]
    return anns, errors, len(misses), {a.document.source: keys[a.document.source] for a in anns}


def _graded(key: str, ann: Annotations) -> Annotations:
    """grade(ann), reused while the cache hands out the same annotations object for this key."""
    known = _GRADED.get(key)
    if known is not None and known[0] is ann:
        return known[1]
    graded = grade(ann)
    _remember(_GRADED, key, (ann, graded))
    return graded


def grade(ann: Annotations) -> Annotations:
    """Annotations with their claims graded and ranked: a presentation decision, made after the cache."""
    from dataclasses import replace

    from .sourcing import grade_claims

    return replace(ann, claims=tuple(grade_claims(list(ann.claims), ann.document.text, ann.people)))


def build_site(
    options: BuildOptions | str | Path,
    templates_dir: str | Path | None = None,
    pipeline: str | None = None,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    **settings,
) -> BuildResult:
    """Read, annotate, aggregate and render every seed; returns pages, writes nothing but the cache.

    options: a BuildOptions, or (the older form) the seeds folder followed by the templates folder,
    pipeline and cache folder, with any other BuildOptions field as a keyword.
    """
    if not isinstance(options, BuildOptions):
        settings = {"corrections": None, **settings}  # the older form: no corrections unless named
        options = BuildOptions(seeds_dir=options, templates_dir=templates_dir, pipeline=pipeline,
                               cache_dir=cache_dir, **settings)
    opts = options
    timings = {}
    t = time.perf_counter()
    root = Path(opts.seeds_dir)
    docs, errors = read_all(find_seeds(root), root, cache_dir)
    timings["read"] = time.perf_counter() - t
    t = time.perf_counter()
    processes = default_processes() if opts.processes is None else opts.processes
    scheduler = opts.scheduler if opts.executor == "dask" else None
    anns, more, extracted, versions = annotate(docs, opts.pipeline, opts.cache_dir, progress, processes, scheduler)
    errors += more
    timings["extract"] = time.perf_counter() - t
    notes: list[str] = []
    corrections = opts.corrections
    if corrections:  # applied after the cache, so editing corrections.yml never re-runs spaCy
        from .corrections import apply, load

        anns, notes = apply(anns, load(corrections))
        fixes = Path(corrections).read_bytes() if Path(corrections).is_file() else b""
        versions = {source: digest(key, fixes) for source, key in versions.items()}
    t = time.perf_counter()
    corpus = aggregate(anns, opts.own_page_from)
    timings["aggregate"] = time.perf_counter() - t
    t = time.perf_counter()
    store = MarkdownCache(subfolder(opts.cache_dir, "markdown"))
    pages = render_site(corpus, opts.templates_dir, errors, store, versions)
    timings["render"] = time.perf_counter() - t
    return BuildResult(pages, anns, errors, timings, extracted, notes)
