"""`mkdocs serve` timing: seconds from editing one seed to its new page being served.

Called by `benchmarks/speed.py --serve` (`--dirty` for `mkdocs serve --dirty`, `--project DIR` to
keep the project and its caches warm between runs).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from speed import ROOT, edit_one_seed, machine, make_project, mkdocs_build


def serve_edit(corpus: Path, limit: int | None, port: int = 8000, dirty: bool = False,
               project: Path | None = None, edits: int = 3) -> None:
    """Under `mkdocs serve` on a warm cache: seconds from editing one seed to its new page being served.

    project: a folder kept between runs (made and built on first use), so its caches stay warm."""
    import html

    tmp = project.resolve() if project else Path(tempfile.mkdtemp(prefix="briefings-serve-"))
    proc = None
    try:
        print(f"machine: {machine()}")
        if project and (tmp / "mkdocs.yml").is_file():
            files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))[:limit]
            print(f"corpus:  {len(files)} articles from {corpus}, project {tmp} (warm)")
        else:
            tmp.mkdir(parents=True, exist_ok=True)
            files = make_project(tmp, corpus, limit)
            print(f"corpus:  {len(files)} articles from {corpus}")
            cold = mkdocs_build(tmp)  # fills the caches, as a first `mkdocs serve` would
            print(f"cold mkdocs build: {cold['wall']:7.1f} s, {cold['pages']} pages")
        target = files[len(files) // 2]
        title = html.escape(target.read_text(encoding="utf-8").splitlines()[0].strip(), quote=False)
        page = next(p for p in sorted((tmp / "site" / "briefings").glob("*/index.html"))
                    if title in p.read_text(encoding="utf-8"))
        url = f"http://127.0.0.1:{port}/briefings/{page.parent.name}/"
        # unbuffered: the log is read while serve runs, and a rebuild's last line must not wait in a buffer
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        log = open(tmp / "serve.log", "w+")
        command = ["mkdocs", "serve", "--livereload", *(["--dirty"] if dirty else []), "-a", f"127.0.0.1:{port}"]
        print(f"command: {' '.join(command)}")
        proc = subprocess.Popen([sys.executable, "-m", *command, "-f", str(tmp / "mkdocs.yml")],
                                cwd=tmp, env=env, stdout=log, stderr=log)
        t = time.perf_counter()
        _wait_for(url, lambda body: title in body, 3600)
        print(f"mkdocs serve, first build and serving: {time.perf_counter() - t:6.1f} s")
        time.sleep(5)  # the pipeline loads in the background meanwhile, as while a user reads
        stamp = time.strftime("%H%M%S")  # each run's edits differ from the last run's
        built = _log_count(log, "Documentation built in")
        for n in range(edits):
            marker = f"The minister said on Tuesday that round {n + 1} of the talks ({stamp}) would resume."
            load = " ".join(f"{x:.1f}" for x in os.getloadavg())
            cpu = _cpu(proc.pid)
            edit_one_seed(tmp / "seeds", target.name, marker)
            t = time.perf_counter()
            # the claim list quotes it whole (in the full text, "Tuesday" is wrapped in a date mark)
            quoted = marker.split(" on Tuesday that ")[1][:-1]
            _wait_for(url, lambda body, m=quoted: m in body, 600)
            served = time.perf_counter() - t
            end = time.perf_counter() + 600  # the rest of the rebuild (search index, sitemap) after the page
            while _log_count(log, "Documentation built in") <= built and time.perf_counter() < end:
                time.sleep(0.05)
            built = _log_count(log, "Documentation built in")
            # CPU time of the serve process over the whole rebuild: what an idle machine's wall time would be
            print(f"edit {n + 1}: edited page served after {served:6.1f} s, rebuild done after "
                  f"{time.perf_counter() - t:6.1f} s, {_cpu(proc.pid) - cpu:5.1f} s CPU (load average {load})")
            time.sleep(3)
        log.seek(0)
        lines = [ln.rstrip() for ln in log if ("briefings" in ln and ("pages;" in ln or "page cache" in ln
                                                                      or "kept as written" in ln))
                 or "Documentation built in" in ln]
        for line in lines[-4 * edits:]:
            print(f"  serve log: {line}")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        if not project:
            shutil.rmtree(tmp, ignore_errors=True)


def _wait_for(url: str, ready, timeout: float) -> None:
    import urllib.error
    import urllib.request

    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                if ready(resp.read().decode("utf-8", "replace")):
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    sys.exit(f"{url} not ready after {timeout:.0f} s")


def _log_count(log, text: str) -> int:
    """How many lines of the serve log (a file being written) contain text."""
    log.flush()
    with open(log.name, encoding="utf-8", errors="replace") as f:
        return sum(text in line for line in f)


def _cpu(pid: int) -> float:
    """CPU seconds (user and system) a process has used so far, with its waited-for children."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def profile_rebuilds(project: Path, edits: int = 3, top: int = 40) -> None:
    """The rebuilds `mkdocs serve --dirty` runs, in this process (config reloaded, one site folder, no
    HTTP server): each edit's wall and CPU time, and cProfile's slowest functions of the last one."""
    import cProfile
    import logging
    import pstats

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    served = "http://127.0.0.1:8000/"
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for name in ("mkdocs.structure.pages", "mkdocs.commands.build"):
        logging.getLogger(name).setLevel(logging.WARNING)

    def get_config():
        config = load_config(config_file=str(project / "mkdocs.yml"))
        config.site_url = served
        return config

    import gc

    collected: list[tuple[int, float]] = []  # (generation, seconds) of each collection, from the callbacks
    started = {}

    def clock(phase, info):
        if phase == "start":
            started["t"] = time.perf_counter()
        else:
            collected.append((info["generation"], time.perf_counter() - started.pop("t", time.perf_counter())))

    gc.callbacks.append(clock)
    config = get_config()
    config.plugins.on_startup(command="serve", dirty=True)
    t = time.perf_counter()
    build(config, serve_url=served, dirty=True)
    print(f"first serve build: {time.perf_counter() - t:6.1f} s")
    files = sorted((project / "seeds").iterdir())
    target = files[len(files) // 2]
    stamp = time.strftime("%H%M%S")
    for n in range(edits):
        edit_one_seed(project / "seeds", target.name,
                      f"The minister said on Tuesday that round {n + 1} of the talks ({stamp}) would resume.")
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        profiler = cProfile.Profile() if n == edits - 1 else None
        t, cpu = time.perf_counter(), time.process_time()
        collected.clear()
        if profiler:
            profiler.enable()
        build(get_config(), serve_url=served, dirty=True)
        if profiler:
            profiler.disable()
        print(f"edit {n + 1}: rebuild {time.perf_counter() - t:6.1f} s wall, {time.process_time() - cpu:5.1f} s CPU"
              f"{' (profiled)' if profiler else ''} (load average {load})")
        full = [s for g, s in collected if g == 2]
        print(f"  garbage collection: {sum(s for _, s in collected):.2f} s in {len(collected)} runs, "
              f"{len(full)} of them full ({sum(full):.2f} s)")
    stats = pstats.Stats(profiler)
    stats.dump_stats(project / "rebuild.prof")  # for a closer look: python -m pstats <project>/rebuild.prof
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top // 2)
