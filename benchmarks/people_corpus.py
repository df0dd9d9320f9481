"""Identity across a corpus: person pages that look split, names with a word glued on, credits as people.

Reads the corpus in place (never copies it), annotates each article with the real pipeline,
gathers the briefings with `generator.corpus.aggregate` (cross-briefing merging included) and
prints, over the person pages:

- suspected splits: pages whose name words are a subset of another page's, same last word
  ("Biden" beside "Joe Biden", "Andrew Cuomo" beside "Andrew M. Cuomo"), each word counted as often
  as the name says it (a doubled name, "Yusuf Yusuf", is a full name, no part of "Omar Yusuf");
- glued-word names: a first word that is no name — a word the corpus writes in lower case
  ("Follow", "Moderator", "Attacking"), a title, a weekday or month, or a country;
- credits as people: pages whose every mention sits on a credit line of its article
  ("… contributed to this report", "Reporting by …", "AP Photo/…", "Image: …");
- possible duplicates the corpus lists (ambiguous surnames, one-letter misspellings).

    python benchmarks/people_corpus.py [--corpus ../shared/corpus/allsides-1000] [--sample 150]
                                       [--cache-dir DIR] [--processes N] [--show N]
    python benchmarks/people_corpus.py --annotations DIR   # re-gather a cache folder's annotations as
                                                           # they are (after a change to corpus/identity only)
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_run import default_corpus  # noqa: E402  (the benchmarks folder is the script's own)

WEEKDAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december"}
# a credit as a reader sees it (the phrase, not its whole line: a caption names real people before
# its "(AP Photo/…)"); independent of the extraction's own credit rules
CREDIT = re.compile(
    r"(?im)^[^\n]{0,200}\bcontributed(?:\s+reporting|\s+to\s+this|\s+from|\s*\.?\s*$)[^\n]*$"
    r"|\b(?:reporting|editing|writing|photos?|photographs?) by\b[^\n]*"
    r"|\b(?:photos?|images?|video|credit)\s*[:/][^\n;)]*|(?:\S+\s){0,3}\S+/\s*(?:AP|Reuters|Getty Images|AFP|EPA)\b")


def sample_files(corpus: Path, n: int | None) -> list[Path]:
    """Every k-th file (sorted), so a sample spreads over the corpus and is the same each run."""
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    if not n or n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def name_words(name: str) -> list[str]:
    from generator.nlp.names import tokens

    return tokens(name)


def suspected_splits(pages) -> list[tuple[str, str]]:
    """(page, the page it looks part of): name words a subset of another page's, same last word.

    Words count as often as the name says them: "Yusuf Yusuf" is a full name, no part of "Omar Yusuf"
    (a bare "Yusuf" beside it is)."""
    words = [(p.name, Counter(name_words(p.name)), name_words(p.name)) for p in pages]
    by_last: dict[str, list[tuple[str, Counter]]] = {}
    for name, counted, w in words:
        if w:
            by_last.setdefault(w[-1], []).append((name, counted))
    out = []
    for group in by_last.values():
        for name, w in group:
            other = next((n2 for n2, w2 in group if n2 != name and w < w2), None)
            if other:
                out.append((name, other))
    return sorted(out)


def glued(name: str, lower: set[str]) -> bool:
    """A first word that is no name: written in lower case in the corpus, a title, a weekday or a country."""
    from generator.nlp.names import is_title_word
    from generator.nlp.personhood import given_names
    from generator.nlp.rules import words

    parts = name.split()
    if len(parts) < 2:
        return False
    first = parts[0].lower().strip(".,")
    if first in given_names():
        return False
    return (first in lower or is_title_word(first) or first in WEEKDAYS_MONTHS
            or first in words("countries"))


def credit_only(entity, text: str) -> bool:
    """Every mention of the entity inside a credit of its article."""
    lines = [m.span() for m in CREDIT.finditer(text)]
    return bool(entity.mentions) and all(any(s <= a < e for s, e in lines) for a, _ in entity.mentions)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--sample", type=int, default=150, help="articles to read, spread over the corpus (0: all)")
    ap.add_argument("--cache-dir", type=Path, default=None, help="annotation cache (default: none kept)")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--show", type=int, default=15, help="examples to print of each problem")
    ap.add_argument("--annotations", type=Path, default=None,
                    help="read every annotation in this cache folder instead of extracting")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus folder not found: {args.corpus}", file=sys.stderr)
        return 2

    import tempfile

    from generator.build import annotate, read_all
    from generator.corpus import aggregate

    t = time.perf_counter()
    if args.annotations:
        import json

        from generator.model import annotations_from_dict

        paths = sorted(args.annotations.rglob("*.json"))
        anns = [annotations_from_dict(json.loads(p.read_text(encoding="utf-8"))) for p in paths]
        anns = [a for a in anns if a.document.source]
        files, errors, failed = anns, [], []
    else:
        files = sample_files(args.corpus, args.sample or None)
        docs, errors = read_all(files)
        with tempfile.TemporaryDirectory(prefix="people-corpus-") as tmp:
            anns, failed, _, _ = annotate(docs, cache_dir=args.cache_dir or Path(tmp), processes=args.processes)
    corpus = aggregate(anns)
    seconds = time.perf_counter() - t
    pages = corpus.entities["people"]
    lower = {w for a in anns for w in re.findall(r"\b[a-z][a-z'-]+\b", a.document.text)}
    splits = suspected_splits(pages)
    glued_names = sorted(p.name for p in pages if glued(p.name, lower))
    texts = {corpus.slugs[a.document.source]: a.document.text for a in anns}
    credits = sorted(p.name for p in pages if all(credit_only(x.entity, texts[x.briefing]) for x in p.appearances))
    dupes = [p for p in pages if getattr(p, "possible_duplicates", ())]
    n = len(pages)
    print(f"corpus: {args.corpus} — {len(files)} articles read, {len(anns)} annotated, "
          f"{len(errors) + len(failed)} rejected, {seconds:.0f}s")
    print(f"person pages: {n}")
    print(f"suspected splits: {len(splits)} ({100 * len(splits) / max(n, 1):.1f} % of person pages)")
    print(f"glued-word names: {len(glued_names)} ({100 * len(glued_names) / max(n, 1):.1f} %)")
    print(f"credits listed as people: {len(credits)}")
    print(f"pages listing possible duplicates: {len(dupes)}")
    for title, items in (("splits", [f"{a}  ⊂  {b}" for a, b in splits]), ("glued", glued_names),
                         ("credits", credits),
                         ("possible duplicates", [f"{p.name}: {', '.join(p.possible_duplicates)}" for p in dupes])):
        if items and args.show:
            print(f"\n{title} (first {min(args.show, len(items))}):")
            for item in items[:args.show]:
                print(f"  {item}")
    firsts = Counter(p.name.split()[0] for p in pages if len(p.name.split()) > 1)
    print("\nmost frequent first words of person pages:", ", ".join(f"{w} {c}" for w, c in firsts.most_common(8)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
