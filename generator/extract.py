"""The per-seed map Document -> Annotations: in this process, or over a pool of worker processes.

Each worker loads the pipeline once and sends back plain Annotations (small), never spaCy Docs.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import cache

from .model import Annotations, Document

log = logging.getLogger(__name__)
BATCH_SIZE = 16  # not yet measured on an idle machine: `benchmarks/speed.py --tune N` compares 4, 16, 64
# A pool costs a pipeline load per worker (a few seconds): worth it only for this many seeds.
PARALLEL_MIN = 48

Failure = tuple[str, str]  # (source, message): picklable, unlike an exception with extra fields
Result = Annotations | Failure


_LOADING = threading.Lock()


def nlp_for(name: str | None):
    """One loaded pipeline per process, kept across `mkdocs serve` rebuilds (and loaded once when a
    preloading thread and a build ask at the same time)."""
    with _LOADING:
        return _load(name)


@cache
def _load(name: str | None):
    from .nlp import pipeline

    return pipeline.load(name)


def extract(docs: list[Document], pipeline_name: str | None, ident: str, processes: int = 1) -> Iterator[Result]:
    """Annotations (or a failure) for each document, in order, streamed as they are made."""
    if processes > 1 and len(docs) >= PARALLEL_MIN:
        yield from _parallel(docs, pipeline_name, ident, processes)
    else:
        yield from _serial(docs, pipeline_name, ident)


def _serial(docs: list[Document], pipeline_name: str | None, ident: str) -> Iterator[Result]:
    from .nlp.annotate import annotate_doc, nlp_text
    from .nlp.pipeline import parse

    nlp = nlp_for(pipeline_name)
    for doc, parsed in zip(docs, parse(nlp, (nlp_text(d) for d in docs), BATCH_SIZE), strict=True):
        try:
            yield annotate_doc(doc, parsed, ident)
        except Exception as err:  # one seed's failure must not stop the others
            log.debug("extraction failed for %s", doc.source, exc_info=True)
            yield (doc.source, f"{type(err).__name__}: {err}")


def _parallel(docs: list[Document], pipeline_name: str | None, ident: str, processes: int) -> Iterator[Result]:
    # spawn, not fork: `mkdocs serve` runs threads, and a forked child may inherit a held lock.
    ctx = multiprocessing.get_context("spawn")
    batches = [docs[i:i + BATCH_SIZE] for i in range(0, len(docs), BATCH_SIZE)]
    with ProcessPoolExecutor(processes, mp_context=ctx, initializer=nlp_for, initargs=(pipeline_name,)) as pool:
        for results in pool.map(_work, batches, [pipeline_name] * len(batches), [ident] * len(batches)):
            yield from results


def _work(docs: list[Document], pipeline_name: str | None, ident: str) -> list[Result]:
    return list(_serial(docs, pipeline_name, ident))
