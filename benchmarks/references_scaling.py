"""How linking descriptions and pronouns to people grows with a text's length.

Writes one text for the measure (N short paragraphs, each naming a titled person, then describing
them twice: "Sen. Ana Ruiz spoke … The senator said …, and the senator added …"), parses it as a
build does (`pipeline.parse`, text cached), annotates it once, then times `link_references` alone
(best of three) and prints, per size, the time and the time per description.

    python benchmarks/references_scaling.py [--paragraphs 100 400 1600]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GIVEN = ["Ana", "Tomas", "Lena", "Carlos", "Ines", "Paul", "Rudy", "Marta", "Jorge", "Nora"]
SURNAMES = ["Ruiz", "Vidal", "Brandt", "Garza", "Kohl", "Ivers", "Sato", "Okafor", "Ibarra", "Petrov"]
TITLES = [("Sen.", "senator"), ("Gov.", "governor"), ("Mayor", "mayor"), ("Judge", "judge"),
          ("Ambassador", "ambassador")]


def text(paragraphs: int) -> str:
    """The seed written for the measure: a titled person per paragraph, described twice after."""
    out = []
    for i in range(paragraphs):
        surname = SURNAMES[(i // 10) % 10] + ("" if i < 100 else chr(97 + (i // 100) % 26) + "ko")
        title, noun = TITLES[i % 5]
        out.append(f"{title} {GIVEN[i % 10]} {surname} spoke on Monday about the budget. The {noun} said the "
                   f"plan would fail, and the {noun} added that the vote was close.")
    body = "\n\n".join(out)
    return f"Long test – By Test Author (Test Outlet) / August 19, 2019\n\n{body}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--paragraphs", type=int, nargs="+", default=[100, 400, 1600])
    args = ap.parse_args()
    from generator.build import nlp_for
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.nlp.pipeline import parse
    from generator.nlp.references import link_references
    from generator.seeds import parse_seed

    nlp = nlp_for(None)
    for n in args.paragraphs:
        document = parse_seed(text(n), "long.txt", "long")
        doc = next(parse(nlp, [nlp_text(document)]))
        people = annotate_doc(document, doc, "bench").people
        times = []
        for _ in range(3):
            t = time.perf_counter()
            link_references(doc, people)
            times.append(time.perf_counter() - t)
        refs = len(doc.spans["person_refs"])
        print(f"paragraphs {n:5d}  tokens {len(doc):6d}  people {len(people):4d}  links {refs:5d}  "
              f"link_references {min(times):7.3f} s  ({1e3 * min(times) / max(refs, 1):.3f} ms per link)")


if __name__ == "__main__":
    main()
