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

A partial gold set (articles with `"scope": "stance"`, where only the denials and questions were
annotated, beside articles with `"scope": "all"`, annotated fully) prints only what it can measure:
how many of its denials and questions are found at all and with their stance (over every article),
and the full claims figures, `stance_false` among them, over the fully annotated articles.
`--misses` lists each denial or question not found, or found with another stance.
"""

from __future__ import annotations

import argparse
import importlib.util
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
    ap.add_argument("--misses", action="store_true", help="partial gold: list the denials and questions missed")
    args = ap.parse_args()
    if args.only and not args.split:
        ap.error("--only needs --split")
    annotated = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = [a["doc_id"] for a in annotated]
    if any(a.get("scope") == "stance" for a in annotated):
        if args.split or args.only:
            ap.error("a partial (stance) gold set has no halves")
        partial(args, annotated)
        return
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


def partial(args, annotated: list[dict]) -> None:
    """Figures of a gold set annotated for stance only (see the module's docstring)."""
    full = [a["doc_id"] for a in annotated if a.get("scope", "all") == "all"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        gold = tmp / "gold.jsonl"
        gold.write_text(run([sys.executable, str(args.eval / "convert_reader.py"), str(args.gold), str(args.corpus)]),
                        encoding="utf-8")
        files = [str(args.corpus / f"{a['doc_id']}.txt") for a in annotated]
        preds = run([sys.executable, "-m", "generator", "extract", *files], cwd=ROOT)
        if args.keep:
            args.keep.write_text(preds, encoding="utf-8")
        pred = tmp / "pred.jsonl"
        pred.write_text(preds, encoding="utf-8")
        whole = json.loads(run([sys.executable, str(args.eval / "score.py"), "claims", str(gold), str(pred)]))
        wanted = sum(c.get("stance", "asserts") != "asserts" for a in annotated for c in a["claims"])
        # over every article: the scorer's stance recall is over the denials and questions matched
        found, right = whole["stance_gold"], round(whole["stance_recall"] * whole["stance_gold"])
        print(f"stance   {json.dumps({'docs': len(annotated), 'denials_questions': wanted, 'found': found, 'found_rate': round(found / wanted, 4) if wanted else 0.0, 'stance_right': right, 'stance_recall': whole['stance_recall'], 'stance_recall_of_all': round(right / wanted, 4) if wanted else 0.0, 'speaker_shown_accuracy': whole['speaker_shown_accuracy'], 'speaker_shown_gold': whole['speaker_shown_gold']})}")
        if full:
            chosen = tmp / "pred-full.jsonl"
            chosen.write_text("".join(line + "\n" for line in preds.splitlines()
                                      if line.strip() and Path(json.loads(line)["source"]).stem in full), encoding="utf-8")
            figures = json.loads(run([sys.executable, str(args.eval / "score.py"), "claims", str(gold), str(chosen)]))
            print(f"{f'claims (fully annotated, {len(full)} docs)'} {json.dumps(figures)}")
        if args.misses:
            for line in misses(args.eval / "score.py", gold, pred):
                print(line)


def misses(scorer: Path, gold: Path, pred: Path) -> list[str]:
    """Each gold denial or question not found, or found with another stance, matched as the scorer does."""
    spec = importlib.util.spec_from_file_location("score", scorer)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    preds = score.by_stem(score.load(str(pred)))
    out = []
    for g in score.load(str(gold)):
        p, text = preds.get(g["doc_id"]) or {}, g["text"]
        golds = [(score.span_of(a["contents"]), a) for a in g["attributions"]]
        pcl = [c for c in p.get("claims", []) if c.get("end", 0) > c.get("start", 0)]
        pairs = [(score.overlap(gc, (c["start"], c["end"])) / max(gc[1] - gc[0], c["end"] - c["start"]), i, j)
                 for i, (gc, _) in enumerate(golds) for j, c in enumerate(pcl)
                 if score.overlap(gc, (c["start"], c["end"])) >= max(1, 0.5 * min(gc[1] - gc[0], c["end"] - c["start"]))]
        by_gold = dict(score.greedy_match(pairs))
        for i, (gc, a) in enumerate(golds):
            if a["stance"] == "asserts":
                continue
            c = pcl[by_gold[i]] if i in by_gold else None
            if c is not None and (c.get("stance") or "asserts") == a["stance"]:
                continue
            near = c or next((c for c in pcl if score.overlap(gc, (c["start"], c["end"]))), None)
            # "taken": the claim found there is matched to another gold claim of the same words (a joint
            # statement found once, a denial not found beside the claim it shares its words with)
            taken = near is not None and pcl.index(near) in by_gold.values()
            kind = "wrong stance" if c is not None else "taken" if taken else "span" if near is not None else "not found"
            seen = f" | pred {near.get('stance')} {near.get('speaker')!r}: {text[near['start']:near['end']][:120]!r}" if near else ""
            out.append(f"miss {g['doc_id']} {kind:12} {a['stance']} {a['speaker_entity']['canonical_name']!r}: "
                       f"{text[gc[0]:gc[1]][:100]!r}{seen}")
    return out


if __name__ == "__main__":
    main()
