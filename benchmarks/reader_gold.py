"""Quality on the project's own reader-checked sets: unseen corpus articles annotated by reading.

The annotations (benchmarks/gold/*.jsonl, in the reading format of ../shared/eval/convert_reader.py)
hold short excerpts only: each claim's words, names and roles. The article texts stay in the
corpus folder and are read from there at run time. This script converts the annotations to the
scorer's gold format, runs `python -m generator extract` on the annotated articles and prints
what ../shared/eval/score.py measures for people and claims.

    python benchmarks/reader_gold.py [--gold benchmarks/gold/claims_allsides.jsonl]
                                     [--corpus ../shared/corpus/allsides-1000] [--eval ../shared/eval]
                                     [--split 0500] [--only dev|held]

`--split ID` also prints the figures of the documents before ID (the development half, whose
errors may be read) and from ID on (the held-out half, read only as these figures); `--only`
runs one half alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def run(cmd: list[str], **kw) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True, **kw).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold" / "claims_allsides.jsonl")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "allsides-1000")
    ap.add_argument("--eval", type=Path, default=SHARED / "eval")
    ap.add_argument("--keep", type=Path, help="also write the predictions to this file")
    ap.add_argument("--split", help="doc id where the held-out half starts: figures for each half too")
    ap.add_argument("--only", choices=("dev", "held"), help="with --split: run one half only")
    args = ap.parse_args()
    if args.only and not args.split:
        ap.error("--only needs --split")
    ids = [json.loads(line)["doc_id"] for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    halves = {"dev": [i for i in ids if args.split and i < args.split],
              "held": [i for i in ids if args.split and i >= args.split]}
    if args.only:
        ids = halves[args.only]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        gold = tmp / "gold.jsonl"
        gold.write_text(run([sys.executable, str(args.eval / "convert_reader.py"), str(args.gold), str(args.corpus)]),
                        encoding="utf-8")
        pred = tmp / "pred.jsonl"
        files = [str(args.corpus / f"{i}.txt") for i in ids]
        pred.write_text(run([sys.executable, "-m", "generator", "extract", *files], cwd=ROOT), encoding="utf-8")
        if args.keep:
            args.keep.write_text(pred.read_text(encoding="utf-8"), encoding="utf-8")
        parts = {"all": ids} if args.only else {"all": ids, **(halves if args.split else {})}
        lines = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
        for label, part in parts.items():
            # the scorer leaves out gold documents without a prediction: one half's predictions score that half
            chosen = tmp / f"pred-{label}.jsonl"
            chosen.write_text("".join(json.dumps(p) + "\n" for p in lines if Path(p["source"]).stem in part),
                              encoding="utf-8")
            # the people scorer counts every gold document: a half is scored on claims only
            for what in ("people", "claims") if label == "all" else ("claims",):
                figures = json.loads(run([sys.executable, str(args.eval / "score.py"), what, str(gold), str(chosen)]))
                name = what if label == "all" else f"{what} ({label}, {len(part)} docs)"
                print(f"{name:8} {json.dumps(figures)}")


if __name__ == "__main__":
    main()
