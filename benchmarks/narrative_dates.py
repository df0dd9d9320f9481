"""Dates on narrative text with no publication date: biographies and interviews read by hand.

Builds the gold records (doc_id, text, dates with start/end and `when` or `from`/`to`) from
benchmarks/narrative_dates/docs/*.txt and annotations.tsv, runs `python -m generator extract`
on the texts, and scores with the shared scorer (called, not copied):

    python benchmarks/narrative_dates.py [--eval ../shared/eval] [--keep PRED.jsonl] [--show]

--show prints each gold date the extractor missed or resolved differently. The figures are
printed for the biographies, the interviews (texts named interview_*) and both together.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "benchmarks" / "narrative_dates"
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def gold_records() -> list[dict]:
    """One gold record per text; a date's offsets are the nth whole-word match of its text."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((SET / "docs").glob("*.txt"))}
    dates: dict[str, list[dict]] = {k: [] for k in texts}
    for n, line in enumerate((SET / "annotations.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        doc_id, surface, nth, value = line.split("\t")
        if doc_id not in texts:
            sys.exit(f"annotations.tsv line {n}: no text docs/{doc_id}.txt")
        hits = list(re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", texts[doc_id]))
        if len(hits) < int(nth):
            sys.exit(f"annotations.tsv line {n}: {surface!r} occurs {len(hits)} times in {doc_id}, not {nth}")
        m = hits[int(nth) - 1]
        entry = {"text": surface, "start": m.start(), "end": m.end()}
        if "/" in value:
            entry["from"], entry["to"] = value.split("/")
        else:
            entry["when"] = value
        dates[doc_id].append(entry)
    return [{"doc_id": k, "text": texts[k], "dates": sorted(dates[k], key=lambda d: d["start"])} for k in texts]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--keep", type=Path, help="also write the predictions to this file")
    ap.add_argument("--show", action="store_true", help="print the gold dates missed or resolved differently")
    args = ap.parse_args()
    records = gold_records()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = []
        for r in records:
            path = tmp / f"{r['doc_id']}.txt"
            path.write_text(r["text"], encoding="utf-8")
            files.append(str(path))
        pred = tmp / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as f:
            subprocess.run([sys.executable, "-m", "generator", "extract", *files], stdout=f, check=True, cwd=ROOT)
        if args.keep:
            args.keep.write_text(pred.read_text(encoding="utf-8"), encoding="utf-8")
        if args.show:
            _show(records, pred)
        groups = {"biographies": [r for r in records if not r["doc_id"].startswith("interview_")],
                  "interviews": [r for r in records if r["doc_id"].startswith("interview_")],
                  "together": records}
        for name, group in groups.items():
            gold = tmp / f"gold_{name}.jsonl"
            gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in group), encoding="utf-8")
            out = subprocess.run([sys.executable, str(args.eval / "score.py"), "dates", str(gold), str(pred)],
                                 capture_output=True, text=True, check=True)
            print(f"narrative dates, {name:<12} {out.stdout.strip()}")


def _show(records: list[dict], pred: Path) -> None:
    preds = {Path(p["source"]).stem: p.get("dates", []) for p in map(json.loads, pred.read_text().splitlines())}
    for r in records:
        got = preds.get(r["doc_id"], [])
        for d in r["dates"]:
            want = d.get("when") or f"{d['from']}/{d['to']}"
            hits = [p for p in got if p["start"] < d["end"] and d["start"] < p["end"]]
            if not any(str(p.get("value")) == want for p in hits):
                print(f"{r['doc_id']}: {d['text']!r} want {want}, got {[(p['text'], p.get('value'), p.get('rule')) for p in hits]}")
        for p in got:
            if not any(p["start"] < d["end"] and d["start"] < p["end"] for d in r["dates"]):
                print(f"{r['doc_id']}: spurious {p['text']!r} -> {p.get('value')} ({p.get('rule')})")


if __name__ == "__main__":
    main()
