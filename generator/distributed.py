"""The extraction map on a Dask cluster (the optional `[dask]` extra), the cache as the meeting point.

The driver has computed every seed's cache key and found the misses; it sends them to the cluster
in batches. A worker loads the pipeline once per process (extract.nlp_for), annotates its batch
and writes each seed's annotations to the shared cache folder under the driver's key; it sends
back only the failures. The ordinary build then reads every seed from the cache. A task lost with
its worker is retried; a batch that fails as a whole is split into single seeds, so one bad seed
is reported without costing the others.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from .model import Annotations, Document

log = logging.getLogger(__name__)
BATCH = 16  # seeds per task: large enough to amortise a task's overhead, small enough to spread
RETRIES = 2  # a task whose worker died is run again this many times elsewhere
_LOCK = threading.Lock()  # a worker with several threads annotates one batch at a time (one pipeline)


class DaskMissing(RuntimeError):
    """The [dask] extra is not installed."""


def extract_on_cluster(
    jobs: list[tuple[Document, str]],
    pipeline_name: str | None,
    ident: str,
    cache_dir: str | Path | None,
    scheduler: str,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, str]:
    """Annotate (document, cache key) pairs on the cluster at `scheduler`, into the shared cache.

    Returns {source: message} for the seeds that failed; every other seed is in the cache.
    """
    if not cache_dir:
        raise ValueError("executor: dask needs a cache folder the workers share (cache_dir)")
    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise DaskMissing('executor: dask needs the extra: pip install -e ".[dask]"') from err
    from .cache import is_url
    from .codekey import code_fingerprint

    folder = cache_dir if is_url(cache_dir) else str(Path(cache_dir).resolve())  # a URL names the same place everywhere
    code = code_fingerprint()
    total, done = len(jobs), 0
    failed: dict[str, str] = {}
    if progress:
        progress(0, total)
    with Client(scheduler, set_as_default=False) as client:
        batches = [jobs[i:i + BATCH] for i in range(0, total, BATCH)]
        futures = {client.submit(run_batch, batch, pipeline_name, ident, folder, code, retries=RETRIES,
                                 pure=False): batch for batch in batches}
        pending = as_completed(list(futures), loop=client.loop)
        for future in pending:
            batch = futures.pop(future)
            try:
                failures = future.result()
            except Exception as err:  # the batch as a whole failed: try its seeds one by one
                if len(batch) > 1:
                    log.warning("a batch of %d seeds failed (%s: %s); retrying them one by one",
                                len(batch), type(err).__name__, err)
                    for job in batch:
                        single = client.submit(run_batch, [job], pipeline_name, ident, folder, code,
                                               retries=RETRIES, pure=False)
                        futures[single] = [job]
                        pending.add(single)
                    continue
                failures = [(batch[0][0].source, f"{type(err).__name__}: {err}")]
            failed.update(failures)
            done += len(batch)
            if progress:
                progress(done, total)
    return failed


def run_batch(jobs: list[tuple[Document, str]], pipeline_name: str | None, ident: str, folder: str,
              code: str) -> list[tuple[str, str]]:
    """On a worker: annotate a batch into the cache folder; the (source, message) of each failure."""
    from .cache import Cache
    from .codekey import code_fingerprint
    from .extract import _serial, nlp_for

    if code_fingerprint() != code:  # a key names the driver's code: annotations from other code must not fill it
        raise RuntimeError(f"this worker runs other extraction code ({code_fingerprint()}) than the driver ({code}): "
                           "install the same version of the generator on every worker")
    from .nlp import pipeline

    name = pipeline.pipeline_name(pipeline_name)
    if f"{name}@{pipeline.installed_version(name)}" != ident:
        raise RuntimeError(f"this worker has {name}@{pipeline.installed_version(name)}, the driver {ident}: "
                           "install the same spaCy pipeline on every worker")
    store = Cache(folder)
    failures: list[tuple[str, str]] = []
    with _LOCK:
        nlp_for(pipeline_name)  # loaded once per worker process and kept for later batches
        results = _serial([doc for doc, _ in jobs], pipeline_name, ident)
        for (_, key), result in zip(jobs, results, strict=True):
            if isinstance(result, Annotations):
                store.put(key, result)
            else:
                failures.append(result)
    return failures
