"""Quality against external gold data: people, organisations/places, claims and dates on the GUM Wikinews articles.

Writes each gold record's text to <doc_id>.txt in a temp folder, runs
`python -m generator extract` on them, scores with ../shared/eval/score.py and prints the
figures beside a naive baseline (spaCy PERSON strings grouped by text).

    python benchmarks/quality.py [--eval ../shared/eval] [--only people|entities|claims|dates]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def score(eval_dir: Path, what: str, gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(eval_dir / "score.py"), what, str(gold), str(pred)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def naive_people(files: list[Path]) -> list[dict]:
    """The baseline: spaCy PERSON entities grouped by their exact text."""
    sys.path.insert(0, str(ROOT))
    from generator.nlp.pipeline import load

    nlp = load()
    out = []
    for path in files:
        doc = nlp(path.read_text(encoding="utf-8"))
        names = sorted({e.text for e in doc.ents if e.label_ == "PERSON"})
        out.append({"source": str(path), "people": [{"name": n, "aliases": [n]} for n in names]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--only", choices=["people", "entities", "claims", "dates"])
    ap.add_argument("--keep", type=Path, help="also write the predictions to this file")
    args = ap.parse_args()
    gold_news = args.eval / "gum" / "gum_news.jsonl"
    gold_attr = args.eval / "gum" / "gum_news_attribution.jsonl"
    records = [json.loads(line) for line in gold_news.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = []
        for r in records:
            path = tmp / f"{r['doc_id']}.txt"
            path.write_text(r["text"], encoding="utf-8")
            files.append(path)
        pred = tmp / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as f:
            subprocess.run([sys.executable, "-m", "generator", "extract", *map(str, files)],
                           stdout=f, check=True, cwd=ROOT)
        if args.keep:
            args.keep.write_text(pred.read_text(encoding="utf-8"), encoding="utf-8")
        report = {}
        if args.only in (None, "people"):
            base = tmp / "baseline.jsonl"
            base.write_text("".join(json.dumps(r) + "\n" for r in naive_people(files)), encoding="utf-8")
            report["people"] = score(args.eval, "people", gold_news, pred)
            report["people_baseline"] = score(args.eval, "people", gold_news, base)
        if args.only in (None, "entities"):
            report["entities"] = score(args.eval, "entities", gold_news, pred)
        if args.only in (None, "claims"):
            report["claims"] = score(args.eval, "claims", gold_attr, pred)
        if args.only in (None, "dates"):
            report["dates"] = score(args.eval, "dates", gold_news, pred)
    for k, v in report.items():
        print(f"{k:16} {json.dumps(v)}")


if __name__ == "__main__":
    main()
