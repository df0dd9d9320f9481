"""Length scaling: one long seed made of the first N, 4N and 16N articles of a corpus (read in place).

Prints, per size, the CPU time (not wall: the machine may be shared) of the spaCy pass, the extraction over the parsed Doc (annotate + grade), and the
rendering of the site, each as time per token, and the ratio of the largest size's figure to the
smallest's (target: at most 2). Called by `benchmarks/speed.py --scaling`; `--profile` adds the
slowest functions of the largest size's extraction and rendering. `whole_builds` (`--scaling --whole`)
times the whole cold `mkdocs build` of each size instead (spaCy, extraction, rendering and MkDocs).
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from collections.abc import Callable
from pathlib import Path

TARGET = 2.0
# a seed written for the benchmark: the build's fixed cost (imports, pipeline load, MkDocs and the
# theme, the hand-written pages) is measured on it and taken off every size's figure
TINY = "A short note – By Test Author (Test Outlet) / Jan 5 2021\n\nThe council met on Monday.\n"


def long_seed(corpus: Path, articles: int) -> str:
    """The first `articles` files of the corpus, one after another, as one seed's text."""
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))[:articles]
    if len(files) < articles:
        raise SystemExit(f"{corpus} has {len(files)} articles, {articles} needed")
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in files) + "\n"


def measure(text: str, nlp, templates: Path, profile: cProfile.Profile | None = None) -> dict:
    """Seconds for parse, extract and render of one seed, and its token count."""
    from generator.build import grade
    from generator.corpus import aggregate
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.nlp.pipeline import parse
    from generator.render import render_site
    from generator.seeds import parse_seed

    document = parse_seed(text, "long.txt", "long")
    t = time.process_time()
    doc = next(parse(nlp, [nlp_text(document)]))
    parsed = time.process_time() - t
    if profile:
        profile.enable()
    t = time.process_time()
    ann = grade(annotate_doc(document, doc, "scaling"))
    extracted = time.process_time() - t
    t = time.process_time()
    pages = render_site(aggregate([ann]), templates)
    rendered = time.process_time() - t
    if profile:
        profile.disable()
    return {"chars": len(text), "tokens": len(doc), "parse": parsed, "extract": extracted, "render": rendered,
            "pages": len(pages)}


def run(corpus: Path, base: int, factors: tuple[int, ...], templates: Path, show_profile: bool = False) -> bool:
    """Print the scaling table; True when every stage's time per token stays within TARGET of 1x."""
    from generator.nlp.pipeline import load

    nlp = load()
    rows = {}
    print(f"length scaling: the first {base} articles of {corpus} as one seed, then {', '.join(map(str, factors[1:]))} "
          "times as many")
    print(f"{'size':>5} {'chars':>10} {'tokens':>9}   {'parse us/tok':>12} {'extract us/tok':>14} {'render us/tok':>13}")
    prof = None
    measure(long_seed(corpus, base), nlp, templates)  # warm-up: rule files, imports, templates load once
    for f in factors:
        prof = cProfile.Profile() if show_profile and f == factors[-1] else None
        r = rows[f] = measure(long_seed(corpus, base * f), nlp, templates, prof)
        per = {k: r[k] / r["tokens"] * 1e6 for k in ("parse", "extract", "render")}
        print(f"{f:>4}x {r['chars']:>10,} {r['tokens']:>9,}   {per['parse']:>12.1f} {per['extract']:>14.1f} "
              f"{per['render']:>13.1f}   ({r['parse']:.1f} + {r['extract']:.1f} + {r['render']:.1f} s)")
    ok = True
    lo, hi = rows[factors[0]], rows[factors[-1]]
    for stage in ("parse", "extract", "render"):
        ratio = (hi[stage] / hi["tokens"]) / (lo[stage] / lo["tokens"])
        ok &= ratio <= TARGET
        print(f"{stage:8} time per token at {factors[-1]}x / at {factors[0]}x: {ratio:5.2f}  target <= {TARGET:.1f}  "
              f"{'ok' if ratio <= TARGET else 'MISSED'}")
    if prof is not None:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(40)
        print(out.getvalue())
    return ok


def whole_builds(corpus: Path, base: int, factors: tuple[int, ...], build: Callable[[str], dict]) -> bool:
    """Print CPU time per token of whole cold `mkdocs build`s (one seed of base x f articles each), the
    fixed cost of a build of a one-line seed taken off; True when the largest stays within TARGET of 1x.

    build(text) runs a cold build of a project whose only seed is text; it returns its "cpu" seconds.
    """
    from generator.nlp.pipeline import load, parse

    nlp = load()
    fixed = build(TINY)["cpu"]
    print(f"whole cold mkdocs build, one seed of the first {base} x N articles of {corpus}; "
          f"a one-line seed's build, {fixed:.1f} s CPU, taken off each")
    print(f"{'size':>5} {'chars':>10} {'tokens':>9}   {'build CPU s':>11} {'us/token':>9}   stages (wall)")
    rows = {}
    for f in factors:
        text = long_seed(corpus, base * f)
        tokens = sum(len(doc) for doc in parse(nlp.tokenizer, [text]))  # the build's tokens, without parsing
        res = build(text)
        rows[f] = (res["cpu"] - fixed) / tokens * 1e6
        stages = ", ".join(f"{k} {v:.1f}" for k, v in res.get("stages", {}).items())
        print(f"{f:>4}x {len(text):>10,} {tokens:>9,}   {res['cpu']:>11.1f} {rows[f]:>9.1f}   {stages}")
    ratio = rows[factors[-1]] / rows[factors[0]]
    print(f"build    time per token at {factors[-1]}x / at {factors[0]}x: {ratio:5.2f}  target <= {TARGET:.1f}  "
          f"{'ok' if ratio <= TARGET else 'MISSED'}")
    return ratio <= TARGET
