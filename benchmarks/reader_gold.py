"""Quality on the project's own reader-checked sets: unseen corpus articles annotated by reading.

The annotations (benchmarks/gold/*.jsonl, in the reading format of ../shared/eval/convert_reader.py)
hold short excerpts only: each claim's words, names and roles. The article texts stay in the
corpus folder and are read from there at run time. This script converts the annotations to the
scorer's gold format, runs `python -m generator extract` on the annotated articles and prints
what ../shared/eval/score.py measures for people and claims.

    python benchmarks/reader_gold.py [--gold benchmarks/gold/claims_allsides.jsonl]
                                     [--corpus ../shared/corpus/allsides-1000] [--eval ../shared/eval]
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
    args = ap.parse_args()
    ids = [json.loads(line)["doc_id"] for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
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
        for what in ("people", "claims"):
            figures = json.loads(run([sys.executable, str(args.eval / "score.py"), what, str(gold), str(pred)]))
            print(f"{what:8} {json.dumps(figures)}")


if __name__ == "__main__":
    main()
