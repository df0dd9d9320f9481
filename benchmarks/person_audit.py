"""An audit of person pages by reading: a random sample of the corpus's person pages, each laid out
with the sentences that name it, for a reader to judge; then the share judged right.

    python benchmarks/person_audit.py sheet [--corpus DIR] [--pages 200] [--seed 1] [--cache-dir DIR] > sheet.md
    python benchmarks/person_audit.py score VERDICTS.tsv

`sheet` annotates the corpus in place (never copies it), gathers the briefings across the corpus
(cross-briefing identity included), draws the pages at random (a fixed seed) and prints each
page's name, aliases, roles and up to four mention sentences from its briefings. A reader writes
one verdict per page into a TSV (`n`, `name`, `verdict`, `note`), verdict one of:

- `ok`          one real individual, correctly and fully enough named;
- `misnamed`    one real individual, but the name shown is wrong (a glued word, a cut name);
- `not_person`  no person (an organisation, place, title, credit, thing);
- `merged`      two or more real people on one page;
- `split`       a real person who has another page too (named by the note).

`score` prints the share of `ok` and the count of each other verdict.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

VERDICTS = ("ok", "misnamed", "not_person", "merged", "split")


def sentence_around(text: str, start: int, end: int, reach: int = 160) -> str:
    """The line-bounded stretch around a mention, the mention marked with ** **."""
    a = max(text.rfind("\n", 0, start) + 1, start - reach)
    b = text.find("\n", end)
    b = min(b if b >= 0 else len(text), end + reach)
    return (text[a:start] + "**" + text[start:end] + "**" + text[end:b]).replace("\n", " ").strip()


def sheet(args) -> int:
    import tempfile

    from people_corpus import default_corpus, sample_files

    from generator.build import annotate, read_all
    from generator.corpus import aggregate

    corpus_dir = args.corpus or default_corpus()
    files = sample_files(corpus_dir, None)
    docs, _ = read_all(files)
    with tempfile.TemporaryDirectory(prefix="person-audit-") as tmp:
        anns, _, _, _ = annotate(docs, cache_dir=args.cache_dir or Path(tmp), processes=args.processes)
    corpus = aggregate(anns)
    texts = {corpus.slugs[a.document.source]: a.document.text for a in anns}
    pages = sorted(corpus.entities["people"], key=lambda p: p.name)
    chosen = random.Random(args.seed).sample(pages, min(args.pages, len(pages)))
    print(f"# Person-page audit sheet: {len(chosen)} of {len(pages)} person pages, seed {args.seed}\n")
    for n, page in enumerate(chosen, 1):
        aliases = sorted({a for x in page.appearances for a in x.entity.aliases} - {page.name})
        roles = sorted({r for x in page.appearances for r in x.entity.roles})
        print(f"## {n}. {page.name}\n")
        print(f"- aliases: {'; '.join(aliases) or '-'}\n- roles: {'; '.join(roles) or '-'}")
        print(f"- briefings: {len(page.appearances)}")
        shown = 0
        for x in page.appearances:
            for s, e in x.entity.mentions[:2]:
                if shown < 4:
                    print(f"- [{x.briefing[:40]}] {sentence_around(texts[x.briefing], s, e)}")
                    shown += 1
        print()
    return 0


def score(args) -> int:
    with open(args.verdicts, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t")]
    counts = Counter(r["verdict"].strip() for r in rows)
    unknown = set(counts) - set(VERDICTS)
    if unknown:
        print(f"unknown verdicts: {sorted(unknown)} (expected one of {', '.join(VERDICTS)})", file=sys.stderr)
        return 2
    n = len(rows)
    print(f"pages audited: {n}")
    print(f"one real person, correctly named: {counts['ok']} ({100 * counts['ok'] / max(n, 1):.1f} %)")
    for v in VERDICTS[1:]:
        print(f"{v:12} {counts[v]}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sheet")
    s.add_argument("--corpus", type=Path, default=None)
    s.add_argument("--pages", type=int, default=200)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--cache-dir", type=Path, default=None)
    s.add_argument("--processes", type=int, default=2)
    c = sub.add_parser("score")
    c.add_argument("verdicts", type=Path)
    args = ap.parse_args()
    return sheet(args) if args.cmd == "sheet" else score(args)


if __name__ == "__main__":
    sys.exit(main())
