"""Speed and memory at corpus scale: the bare spaCy pass against a cold and a one-seed rebuild.

Builds a temporary site (a copy of mkdocs.yml, templates/ and docs/, and a seeds/ folder of
symlinks to the corpus files, which are read in place and never copied into the project),
then prints, from one run on one machine:

- the bare spaCy pass: the build's pipeline over the same texts, `nlp.pipe`, one process;
- the cold `mkdocs build`, split by stage (read, extract, aggregate, render, MkDocs);
- the rebuild after editing one seed (a new `mkdocs build` process, warm cache);
- peak RSS of the build (the largest process, and the sum over its process tree);
- pages built, and whether every article has its page;

and the three ratios against their targets.

    python benchmarks/speed.py [--corpus ../shared/corpus/allsides-1000] [--limit N] [--keep]
    python benchmarks/speed.py --dask [--limit N]   # also: cold builds on a Dask LocalCluster of 1 and 2 workers
    python benchmarks/speed.py --tune 64   # batch sizes and 1 vs 2 worker processes, interleaved
    python benchmarks/speed.py --scaling [--base 10]   # one seed of N, 4N, 16N articles: time per token
    python benchmarks/speed.py --extract-cpu 200   # CPU seconds of spaCy and of the extraction after it, N articles
    python benchmarks/speed.py --scaling --whole [--base 10]   # the same, whole cold `mkdocs build`s
    python benchmarks/speed.py --long-seed 3   # `mkdocs build` of one seed of about 3 MB of articles
    python benchmarks/speed.py --serve [--limit N]   # `mkdocs serve`: seconds from editing a seed to its page served
    python benchmarks/speed.py --serve --dirty --project /tmp/p   # `mkdocs serve --dirty`, a project kept warm
    python benchmarks/speed.py --serve --dirty --project /tmp/p --profile   # its rebuilds in-process, CPU and profile
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (or beside the folder of worktrees the checkout is in)
DEFAULT_CORPUS = next((p / "shared" / "corpus" / "allsides-1000" for p in (ROOT.parent, ROOT.parent.parent)
                       if (p / "shared" / "corpus" / "allsides-1000").is_dir()),
                      ROOT.parent / "shared" / "corpus" / "allsides-1000")
TARGETS = {"cold": 1.35, "rebuild": 0.10, "rss_gib": 1.5}
STAGE_RE = re.compile(r"(read|extract|aggregate|render) ([0-9.]+)s")
COUNTS_RE = re.compile(r"(\d+) briefings \((\d+) extracted, (\d+) from cache\), (\d+) pages")

BARE = """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from generator.nlp.annotate import nlp_text
from generator.nlp.pipeline import load
from generator.seeds import find_seeds, read_seed
nlp = load()
t1 = time.perf_counter()
texts = [nlp_text(read_seed(p)) for p in find_seeds(sys.argv[1])]
t2 = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=int(sys.argv[2])))
t3 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "read": t2 - t1, "pipe": t3 - t2, "tokens": tokens,
                  "pipes": nlp.pipe_names}))
"""


class PeakRSS(threading.Thread):
    """Samples the resident memory of a process and all its descendants from /proc."""

    def __init__(self, pid: int, every: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak, self.done = pid, every, 0, threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, sum(_rss(p) for p in _tree(self.pid)))
            time.sleep(self.every)


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                todo += [int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
        except OSError:
            pass
    return out


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run(cmd: list[str], cwd: Path) -> dict:
    """Run a command; its wall time, output, largest-process and process-tree peak RSS."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    t = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = PeakRSS(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler.done.set()
    if proc.returncode:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)  # the command and its children
    return {"wall": wall, "cpu": cpu, "stdout": out, "stderr": err, "tree_rss": sampler.peak}


def make_project(tmp: Path, corpus: Path, limit: int | None) -> list[Path]:
    """mkdocs.yml, templates and docs copied; seeds as symlinks to the corpus files."""
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    for name in ("templates", "docs"):
        shutil.copytree(ROOT / name, tmp / name)
    seeds = tmp / "seeds"
    seeds.mkdir()
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))[:limit]
    for path in files:
        (seeds / path.name).symlink_to(path.resolve())
    return files


def edit_one_seed(seeds: Path, name: str,
                  sentence: str = "The minister said on Tuesday that the talks would resume.") -> None:
    """Replace one symlink by an edited copy (the corpus file itself is never touched)."""
    link = seeds / name
    text = link.read_text(encoding="utf-8")
    link.unlink()
    link.write_text(text.rstrip("\n") + f"\n\n{sentence}\n", encoding="utf-8")


def mkdocs_build(tmp: Path, config: str = "mkdocs.yml") -> dict:
    res = run([sys.executable, "-m", "mkdocs", "build", "-f", str(tmp / config)], tmp)
    res["stages"] = {k: float(v) for k, v in STAGE_RE.findall(res["stderr"])}
    m = COUNTS_RE.search(res["stderr"])
    res["briefings"], res["extracted"], res["cached"], res["pages"] = map(int, m.groups()) if m else (0, 0, 0, 0)
    res["stages"]["mkdocs"] = res["wall"] - sum(res["stages"].values())
    return res


def dask_builds(tmp: Path, workers: tuple[int, ...] = (1, 2)) -> list[tuple[int, dict]]:
    """Cold `mkdocs build`s with `executor: dask` on a LocalCluster of n worker processes (one thread each),
    each from an empty cache. The cluster is started before the clock (a real one is already running);
    each worker loads the pipeline on its first batch, inside the time. CPU time covers the build and the
    workers (reaped when the cluster closes)."""
    from distributed import LocalCluster

    out = []
    for n in workers:
        shutil.rmtree(tmp / ".cache", ignore_errors=True)
        shutil.rmtree(tmp / "site", ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            config = (tmp / "mkdocs.yml").read_text(encoding="utf-8").replace(
                "      cache_dir: .cache/briefings\n",
                f"      cache_dir: .cache/briefings\n      executor: dask\n      scheduler: {cluster.scheduler_address}\n")
            (tmp / "mkdocs-dask.yml").write_text(config, encoding="utf-8")
            res = mkdocs_build(tmp, "mkdocs-dask.yml")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        res["cpu_all"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if res["extracted"] == 0 or "executor: dask" not in config:
            sys.exit("the Dask build extracted nothing: the config was not switched to the cluster")
        out.append((n, res))
    return out


def load() -> str:
    """The load average (1, 5, 15 minutes): the machine is shared, so every figure carries it."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def machine() -> str:
    mem = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal:")), 0)
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} cores ({cpu}), {mem / 2**20:.0f} GiB, Python {platform.python_version()}"


def tune(corpus: Path, n: int, rounds: int = 2) -> None:
    """Time nlp.pipe batch sizes and the extraction map with 1 and 2 processes on the first n articles,
    interleaved so that other load on the machine falls on every setting alike."""
    from generator import extract as ex
    from generator.nlp.annotate import nlp_text
    from generator.nlp.pipeline import load
    from generator.seeds import read_seed

    docs = [read_seed(p) for p in sorted(corpus.iterdir())[:n]]
    texts = [nlp_text(d) for d in docs]
    nlp = load()
    ex.PARALLEL_MIN = 1
    times: dict[str, list[float]] = {}
    for _ in range(rounds):
        for bs in (4, 16, 64):
            t = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=bs):
                pass
            times.setdefault(f"nlp.pipe batch_size={bs}", []).append(time.perf_counter() - t)
        for procs in (1, 2):
            t = time.perf_counter()
            list(ex.extract(docs, None, "tune", processes=procs))
            times.setdefault(f"extract, {procs} process(es)", []).append(time.perf_counter() - t)
    for label, ts in times.items():
        print(f"{label:28} " + "  ".join(f"{t:6.1f} s" for t in ts))


def extract_cpu(corpus: Path, n: int, every: int = 5, rounds: int = 2) -> None:
    """Process CPU time (not wall: the machine may be shared) of the spaCy pass and of the extraction
    after it (annotate + grade) over every `every`-th article, n of them; the extraction's best of rounds."""
    from spacy.tokens import Doc

    from generator.build import grade
    from generator.extract import BATCH_SIZE
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.nlp.pipeline import load as load_pipeline
    from generator.nlp.pipeline import parse, with_cached_text
    from generator.seeds import read_seed

    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))[::every][:n]
    docs = [read_seed(p) for p in files]
    nlp = load_pipeline()
    t = time.process_time()
    parsed = list(parse(nlp, [nlp_text(d) for d in docs], BATCH_SIZE))
    spacy_cpu = time.process_time() - t
    # each round extracts from fresh Docs: the rules keep per-Doc memos in user_data
    blobs = [p.to_bytes(exclude=["tensor", "user_data"]) for p in parsed]
    for d, p in zip(docs[:3], parsed[:3], strict=True):  # rule files and lexicons load once, outside the clock
        grade(annotate_doc(d, p, "bench"))
    best = float("inf")
    for _ in range(rounds):
        fresh = [with_cached_text(Doc(nlp.vocab).from_bytes(b)) for b in blobs]
        t = time.process_time()
        for d, p in zip(docs, fresh, strict=True):
            grade(annotate_doc(d, p, "bench"))
        best = min(best, time.process_time() - t)
    tokens = sum(len(p) for p in parsed)
    print(f"{len(docs)} articles (every {every}th of {corpus}), {tokens:,} tokens; load {load()}")
    print(f"spaCy pass (parse):          {spacy_cpu:6.2f} s CPU")
    print(f"extraction (annotate+grade): {best:6.2f} s CPU, best of {rounds}  ({best / spacy_cpu:.2f} x the spaCy pass)")


def one_seed_build(text: str) -> dict:
    """A cold `mkdocs build` of a temporary project whose only seed is text (written in the temp copy)."""
    tmp = Path(tempfile.mkdtemp(prefix="briefings-one-"))
    try:
        make_project(tmp, DEFAULT_CORPUS, 0)
        (tmp / "seeds" / "long.txt").write_text(text, encoding="utf-8")
        return mkdocs_build(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def long_seed_build(corpus: Path, megabytes: float) -> None:
    """`mkdocs build` (cold) of a project whose one seed is the corpus's first articles run together."""
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
    parts, size = [], 0
    for path in files:
        if size >= megabytes * 1e6:
            break
        text = path.read_text(encoding="utf-8").strip()
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
    tmp = Path(tempfile.mkdtemp(prefix="briefings-long-"))
    try:
        make_project(tmp, corpus, 0)
        (tmp / "seeds" / "long.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")  # in the temp copy only
        print(f"machine: {machine()}")
        print(f"one seed of {size / 1e6:.2f} MB ({len(parts)} articles of {corpus} run together)")
        print(f"load before: {load()}")
        res = mkdocs_build(tmp)
        print(f"load after:  {load()}")
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in res["stages"].items())
        print(f"cold mkdocs build: {res['wall']:7.1f} s wall, {res['cpu']:.1f} s CPU  ({stages}), "
              f"peak RSS {res['tree_rss'] / 2**30:.2f} GiB")
        print(f"{'under 5 minutes':30} {'yes' if res['wall'] < 300 else 'NO'}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, help="only the first N articles (for a quick look)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary project and print its path")
    ap.add_argument("--tune", type=int, metavar="N", help="only time batch sizes and processes on N articles")
    ap.add_argument("--serve", action="store_true", help="only: seconds from a seed edit to its page under mkdocs serve")
    ap.add_argument("--dirty", action="store_true", help="with --serve: `mkdocs serve --dirty`")
    ap.add_argument("--project", type=Path, help="with --serve: a project folder kept between runs (warm caches)")
    ap.add_argument("--edits", type=int, default=3, help="with --serve: how many edits to time")
    ap.add_argument("--scaling", action="store_true", help="only the length-scaling run (1x, 4x, 16x)")
    ap.add_argument("--base", type=int, default=10, help="articles in the 1x seed of --scaling")
    ap.add_argument("--whole", action="store_true", help="with --scaling: whole cold mkdocs builds, CPU time")
    ap.add_argument("--profile", action="store_true", help="with --scaling: profile the largest size; with --serve --dirty: the rebuilds in-process, profiled")
    ap.add_argument("--dask", action="store_true", help="also cold builds on a Dask LocalCluster of 1 and 2 workers")
    ap.add_argument("--long-seed", type=float, metavar="MB", help="only: mkdocs build of one seed of about MB megabytes")
    ap.add_argument("--extract-cpu", type=int, metavar="N",
                    help="only: CPU time of spaCy and of the extraction after it on N articles (every 5th)")
    args = ap.parse_args()
    if args.extract_cpu:
        return extract_cpu(args.corpus, args.extract_cpu)
    if args.tune:
        return tune(args.corpus, args.tune)
    if args.scaling:
        import scaling

        if args.whole:
            print(f"machine: {machine()}\nload before: {load()}")
            ok = scaling.whole_builds(args.corpus, args.base, (1, 4, 16), one_seed_build)
            print(f"load after:  {load()}")
            sys.exit(0 if ok else 1)
        ok = scaling.run(args.corpus, args.base, (1, 4, 16), ROOT / "templates", args.profile)
        sys.exit(0 if ok else 1)
    if args.serve:
        import serve

        if args.profile:
            if not (args.dirty and args.project):
                sys.exit("--serve --profile needs --dirty and --project (a built project)")
            return serve.profile_rebuilds(args.project.resolve(), args.edits)
        return serve.serve_edit(args.corpus, args.limit, dirty=args.dirty, project=args.project, edits=args.edits)
    if args.long_seed:
        return long_seed_build(args.corpus, args.long_seed)
    from generator.build import BATCH_SIZE

    tmp = Path(tempfile.mkdtemp(prefix="briefings-speed-"))
    try:
        files = make_project(tmp, args.corpus, args.limit)
        print(f"machine: {machine()}")
        print(f"corpus:  {len(files)} articles from {args.corpus}")
        print(f"load:    {load()}")

        bare = run([sys.executable, "-c", BARE, str(tmp / "seeds"), str(BATCH_SIZE)], ROOT)
        b = json.loads(bare["stdout"])
        print(f"bare spaCy pass:   {bare['wall']:7.1f} s, {bare['cpu']:.1f} s CPU  (load {b['load']:.1f} s, pipe {b['pipe']:.1f} s, "
              f"{b['tokens']:,} tokens, {b['tokens'] / b['pipe']:,.0f} tokens/s; {', '.join(b['pipes'])})")

        cold = mkdocs_build(tmp)
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in cold["stages"].items())
        print(f"cold mkdocs build: {cold['wall']:7.1f} s, {cold['cpu']:.1f} s CPU  ({stages})")

        edit_one_seed(tmp / "seeds", files[len(files) // 2].name)
        warm = mkdocs_build(tmp)
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in warm["stages"].items())
        print(f"rebuild, 1 edited: {warm['wall']:7.1f} s, {warm['cpu']:.1f} s CPU  ({stages}; "
              f"{warm['extracted']} seed re-extracted)")

        rss = max(cold["tree_rss"], warm["tree_rss"]) / 2**30
        print(f"peak RSS:          {rss:7.2f} GiB (sum over the build's processes)")
        built = {p.parent.name for p in (tmp / "site" / "briefings").glob("*/index.html")}
        print(f"pages built:       {cold['pages']:7d}  ({cold['briefings']} briefings; "
              f"{len(built)} briefing pages in site/ for {len(files)} articles)")

        ratios = [("cold build / bare spaCy pass", cold["wall"] / bare["wall"], TARGETS["cold"]),
                  ("rebuild / cold build", warm["wall"] / cold["wall"], TARGETS["rebuild"]),
                  ("peak RSS (GiB)", rss, TARGETS["rss_gib"])]
        print(f"{'cold / bare, in CPU time':30} {cold['cpu'] / bare['cpu']:6.2f}  (the wall-time ratio above is the "
              "target; on a shared machine this one says more)")
        ok = True
        for label, value, target in ratios:
            ok &= value <= target
            print(f"{label:30} {value:6.2f}  target <= {target:.2f}  {'ok' if value <= target else 'MISSED'}")
        every = len(built) == len(files)
        print(f"{'every article has its page':30} {'yes' if every else 'NO'}")
        if args.dask:
            print(f"load:    {load()}")
            pages = {p.relative_to(tmp / "site"): p.read_bytes() for p in (tmp / "site" / "briefings").rglob("*.html")}
            for n, res in dask_builds(tmp):
                stages = ", ".join(f"{k} {v:.1f} s" for k, v in res["stages"].items())
                same = pages == {p.relative_to(tmp / "site"): p.read_bytes()
                                 for p in (tmp / "site" / "briefings").rglob("*.html")}
                print(f"cold, Dask {n} worker(s): {res['wall']:7.1f} s, {res['cpu_all']:.1f} s CPU with the workers "
                      f"({stages}; {res['extracted']} seeds on the cluster; {res['wall'] / cold['wall']:.2f} x the "
                      f"local cold build; briefing pages {'identical' if same else 'DIFFERENT'})")
        print(f"load:    {load()}")
        if not (ok and every):
            sys.exit(1)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    main()
