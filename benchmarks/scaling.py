"""Length scaling: one long seed made of the first N, 4N and 16N articles of a corpus (read in place).

Prints, per size, the CPU time (not wall: the machine may be shared) of the spaCy pass, the extraction over the parsed Doc (annotate + grade), and the
rendering of the site, each as time per token, and the ratio of the largest size's figure to the
smallest's (target: at most 2). Called by `benchmarks/speed.py --scaling`; `--profile` adds the
slowest functions of the largest size's extraction and rendering.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from pathlib import Path

TARGET = 2.0


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
