"""The one pipeline both entrances call: read -> annotate (cached) -> aggregate -> render."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .cache import Cache, key_for
from .corpus import aggregate
from .model import Annotations, Document
from .render import render_site
from .seeds import SeedError, find_seeds, read_seed

log = logging.getLogger(__name__)
BATCH_SIZE = 16


@dataclass
class BuildResult:
    pages: dict[str, str]
    annotations: list[Annotations]
    errors: list[SeedError]
    timings: dict[str, float] = field(default_factory=dict)
    extracted: int = 0  # seeds that went through spaCy (cache misses)
    warnings: list[str] = field(default_factory=list)  # e.g. a correction that matches nothing


@cache
def nlp_for(name: str | None):
    """One loaded pipeline per process, kept across `mkdocs serve` rebuilds."""
    from .nlp import pipeline

    return pipeline.load(name)


def read_all(paths: Iterable[Path], root: Path | None = None) -> tuple[list[tuple[Document, bytes]], list[SeedError]]:
    """Read every seed; a bad one becomes an error naming it and the rest go on."""
    docs, errors = [], []
    for path in paths:
        source = str(path.relative_to(root)) if root else str(path)
        try:
            doc = read_seed(path, source=source)
            docs.append((doc, path.read_bytes()))
        except SeedError as err:
            errors.append(err)
    return docs, errors


def annotate(
    docs: list[tuple[Document, bytes]],
    pipeline_name: str | None = None,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Annotations], list[SeedError], int]:
    """Annotations for every document: from the cache where the seed is unchanged, else from spaCy."""
    from .nlp import pipeline
    from .nlp.annotate import annotate_doc, nlp_text

    store = Cache(cache_dir)
    name = pipeline.pipeline_name(pipeline_name)
    version = pipeline.installed_version(name)
    ident = f"{name}@{version}"
    results: dict[int, Annotations] = {}
    misses = []
    for i, (doc, raw) in enumerate(docs):
        k = key_for(raw, doc.source, ident)
        hit = store.get(k)
        if hit is not None:
            results[i] = hit
        else:
            misses.append((i, doc, k))
    errors: list[SeedError] = []
    if misses:
        nlp = nlp_for(pipeline_name)
        too_long = [m for m in misses if len(m[1].text) > nlp.max_length]
        for _, doc, _ in too_long:
            errors.append(SeedError(doc.source, f"is {len(doc.text)} characters, over the pipeline's limit of "
                                    f"{nlp.max_length}", "split it into several seeds"))
        todo = [m for m in misses if len(m[1].text) <= nlp.max_length]
        parsed = nlp.pipe((nlp_text(doc) for _, doc, _ in todo), batch_size=BATCH_SIZE)
        for n, ((i, doc, k), parsed_doc) in enumerate(zip(todo, parsed, strict=False), 1):
            try:
                ann = annotate_doc(doc, parsed_doc, ident)
            except Exception as err:  # one seed's failure must not stop the others
                log.debug("extraction failed for %s", doc.source, exc_info=True)
                errors.append(SeedError(doc.source, f"extraction failed: {type(err).__name__}: {err}",
                                        "report it with this file attached"))
                continue
            store.put(k, ann)
            results[i] = ann
            if progress:
                progress(n, len(todo))
    return [results[i] for i in sorted(results)], errors, len(misses)


def build_site(
    seeds_dir: str | Path,
    templates_dir: str | Path,
    pipeline_name: str | None = None,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    corrections: str | Path | None = None,
) -> BuildResult:
    """Read, annotate, aggregate and render every seed; returns pages, writes nothing but the cache."""
    timings = {}
    t = time.perf_counter()
    root = Path(seeds_dir)
    docs, errors = read_all(find_seeds(root), root)
    timings["read"] = time.perf_counter() - t
    t = time.perf_counter()
    anns, more, extracted = annotate(docs, pipeline_name, cache_dir, progress)
    errors += more
    timings["extract"] = time.perf_counter() - t
    notes: list[str] = []
    if corrections:  # applied after the cache, so editing corrections.yml never re-runs spaCy
        from .corrections import apply, load

        anns, notes = apply(anns, load(corrections))
    t = time.perf_counter()
    corpus = aggregate(anns)
    timings["aggregate"] = time.perf_counter() - t
    t = time.perf_counter()
    pages = render_site(corpus, templates_dir, errors)
    timings["render"] = time.perf_counter() - t
    return BuildResult(pages, anns, errors, timings, extracted, notes)
