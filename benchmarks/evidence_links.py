"""Where every evidence line leads, on a site built from the given seeds.

    python benchmarks/evidence_links.py SEED [SEED ...]

Copies the seeds into a temporary project (nothing is written to the repository), builds it with
`mkdocs build --strict`, and prints: how many who's-who rows and person-page roles quote an
evidence sentence, how many of those quotes are links, how many links find exactly one id on their
briefing page, where those ids sit (on the person's mark, or at a sentence's or paragraph's start),
and how many pages have two elements with one id.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from siteproject import build_seeds_site

EVIDENCE_LINK = re.compile(r'<a class="evidence" href="([^"#]*)#(ev-[^"]+)"')
ID = re.compile(r'(?<![-\w])id="([^"]+)"')


def main(seeds: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        proc = build_seeds_site(project, seeds, "--strict")
        if proc.returncode:
            print(proc.stderr, file=sys.stderr)
            return 1
        site = project / "site"
        counts: Counter = Counter()
        for page in sorted(site.rglob("index.html")):
            html = page.read_text(encoding="utf-8")
            where = "person page" if page.parent.parent.name == "people" else "who's who"
            ids = Counter(ID.findall(html))
            counts["pages with a repeated id"] += any(n > 1 for n in ids.values())
            for table in re.findall(r"<table>.*?</table>", html, re.S):
                if "<th>Evidence</th>" not in table:
                    continue
                for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]:
                    cell = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[-1]
                    counts[f"{where}: quoted evidence cells"] += "“" in cell
                    counts[f"{where}: quoted but not linked"] += "“" in cell and 'class="evidence"' not in cell
            for path, anchor in EVIDENCE_LINK.findall(html):
                counts[f"{where}: evidence links"] += 1
                target = (page.parent / path / "index.html").resolve() if path else page
                text = target.read_text(encoding="utf-8") if target.exists() else ""
                found = text.count(f'id="{anchor}"')
                if found != 1:
                    counts["links finding no id or several"] += 1
                elif f'<span class="m" id="{anchor}">' in text:
                    counts["link targets on the person's mark"] += 1
                else:
                    counts["link targets at a sentence's or paragraph's start"] += 1
        print(f"{len(seeds)} seeds, strict build passed")
        for key in sorted(counts):
            print(f"{key}: {counts[key]}")
        return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
