"""How the claims reader does on grids of sentence forms the project wrote itself.

A grid (benchmarks/forms/*.jsonl) holds one short made-up news text per line, each written to show
one form of attribution (a denial with a noun object, a question after "pressed", a speaker named in
the paragraph before), with the claims a reader finds in it:

    {"id": "deny-np-01", "kind": "denial: verb + noun object",
     "text": "Mayor Ana Ruiz denied the allegations on Tuesday. ...",
     "claims": [{"content": "the allegations", "stance": "denies", "speaker": "Ana Ruiz"}]}

`content` occurs once in `text`; `stance` is asserts, denies or questions; `speaker` is the full name
the page should show, or null when the source is unnamed (then the speaker is not checked). The texts
are the project's own, not corpus sentences: a form missed here is missed on any article that uses it.

    python benchmarks/forms.py benchmarks/forms/denials.jsonl [...] [--misses]

prints, per kind (the words before the kind's colon) and in all: claims, found (a claim of the
extractor overlaps at least half the shorter of the two spans, matched greedily as ../shared/eval's
scorer does), stance right over the denials and questions, assertions marked otherwise, and speaker
shown right over the named speakers (the shown name holds the expected surname).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def words(name: str | None) -> set[str]:
    return {w.lower().strip(".'’") for w in re.findall(r"[\w'’.-]+", name or "")}


def match(golds: list[tuple[int, int]], preds: list[dict]) -> dict[int, int]:
    """Gold index -> prediction index, best overlap first, each used once."""
    pairs = []
    for i, g in enumerate(golds):
        for j, c in enumerate(preds):
            p = (c["start"], c["end"])
            ov = overlap(g, p)
            if ov and ov >= 0.5 * min(g[1] - g[0], p[1] - p[0]):
                pairs.append((ov / max(g[1] - g[0], p[1] - p[0]), i, j))
    out, used = {}, set()
    for _, i, j in sorted(pairs, reverse=True):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def load(paths: list[Path]) -> list[dict]:
    items = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            for c in item["claims"]:
                if item["text"].count(c["content"]) != 1:
                    sys.exit(f"{path}:{n}: {item['id']}: content does not occur exactly once: {c['content']!r}")
                if c["stance"] not in ("asserts", "denies", "questions"):
                    sys.exit(f"{path}:{n}: {item['id']}: unknown stance {c['stance']!r}")
            items.append(item)
    ids = [i["id"] for i in items]
    if len(ids) != len(set(ids)):
        sys.exit("grid ids repeat")
    return items


def extract(items: list[dict]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for item in items:
            f = Path(tmp) / f"{item['id']}.txt"
            f.write_text(item["text"] + "\n", encoding="utf-8")
            files.append(str(f))
        out = subprocess.run([sys.executable, "-m", "generator", "extract", *files], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    return {Path(d["source"]).stem: d for d in docs}


def score(items: list[dict], docs: dict[str, dict]):
    rows = defaultdict(lambda: defaultdict(int))
    misses = []
    for item in items:
        kind = item["kind"].split(":")[0].strip()
        doc = docs.get(item["id"]) or {}
        text = item["text"]
        names = {e["id"]: e["name"] for e in doc.get("people", [])}
        preds = [c for c in doc.get("claims", []) if c.get("end", 0) > c.get("start", 0)]
        golds = [(text.index(c["content"]), text.index(c["content"]) + len(c["content"])) for c in item["claims"]]
        got = match(golds, preds)
        for i, want in enumerate(item["claims"]):
            c = preds[got[i]] if i in got else None
            stance = (c or {}).get("stance") or "asserts"
            shown = names.get((c or {}).get("speaker_id")) or (c or {}).get("speaker")
            wrong = []
            for row in (rows[kind], rows["all"]):
                row["claims"] += 1
                row["found"] += c is not None
                if want["stance"] != "asserts":
                    row["stance_gold"] += 1
                    row["stance_right"] += c is not None and stance == want["stance"]
                elif c is not None:
                    row["stance_false"] += stance != "asserts"
                if want.get("speaker") and c is not None:
                    row["speaker_gold"] += 1
                    row["speaker_right"] += want["speaker"].split()[-1].lower().strip(".") in words(shown)
            if c is None:
                wrong.append("not found")
            else:
                if stance != want["stance"]:
                    wrong.append(f"stance {stance}")
                if want.get("speaker") and want["speaker"].split()[-1].lower().strip(".") not in words(shown):
                    wrong.append(f"speaker {shown!r}")
            if wrong:
                seen = f" | pred {text[c['start']:c['end']]!r}" if c is not None else ""
                misses.append(f"miss {item['id']} {', '.join(wrong)}: want {want['stance']} "
                              f"{want.get('speaker')!r} {want['content']!r}{seen}")
    return rows, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("grids", nargs="+", type=Path)
    ap.add_argument("--misses", action="store_true", help="list each claim missed, or found with another stance or speaker")
    args = ap.parse_args()
    items = load(args.grids)
    rows, misses = score(items, extract(items))
    for kind in sorted(rows, key=lambda k: (k == "all", k)):
        r = rows[kind]
        fig = {"claims": r["claims"], "found": r["found"],
               "stance": f"{r['stance_right']}/{r['stance_gold']}", "stance_false": r["stance_false"],
               "speaker_shown": f"{r['speaker_right']}/{r['speaker_gold']}"}
        print(f"{kind:24} {json.dumps(fig)}")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
