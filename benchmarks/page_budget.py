"""Page-length budget and first screen of briefing pages, measured in Chromium at 1280 and 390 px.

    python benchmarks/page_budget.py SEED [SEED ...]

Copies the seeds into a temporary project (nothing is written to the repository), builds it with
`mkdocs build`, and prints for each briefing and width: the page height with its long sections
collapsed, the article's own rendered height (the full text expanded), their ratio (the budget is
3x), and how much of the in-brief block is on the first screen: the lead, and how many of its
points (key points, and an opinion piece's theses) end above the fold.
"""

from __future__ import annotations

import functools
import http.server
import sys
import tempfile
import threading
from pathlib import Path

from siteproject import build_seeds_site

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SIZES = ((1280, 900), (390, 844))
MEASURE = """() => {
  const box = document.querySelector('.full-text-box'), brief = document.querySelector('.in-brief');
  const first = brief.querySelector('li') || brief;
  const points = [...brief.querySelectorAll('ol > li, ul > li')];  // key points, and an opinion's theses
  return {collapsed: document.documentElement.scrollHeight, first: first.getBoundingClientRect().bottom,
          points: points.length, seen: points.filter(li => li.getBoundingClientRect().bottom <= innerHeight).length,
          genre: (document.querySelector('.genre') || {}).textContent || 'news'};
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main(seeds: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        site = project / "site"
        proc = build_seeds_site(project, seeds, "-d", str(site))
        if proc.returncode:
            print(proc.stderr, file=sys.stderr)
            return 1
        slugs = sorted(p.name for p in (site / "briefings").iterdir() if p.is_dir())
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/briefings/"
        print(f"{'briefing':48} {'genre':8} {'width':>5} {'collapsed':>9} {'article':>7} {'ratio':>5}  first screen")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for width, height in SIZES:
                page = browser.new_page(viewport={"width": width, "height": height})
                for slug in slugs:
                    page.goto(base + slug + "/")
                    page.wait_for_load_state("networkidle")
                    m = page.evaluate(MEASURE)
                    page.locator(".full-text-box > summary").click()
                    article = page.evaluate("""() => { const d = document.querySelector('.full-text-box');
                        return d.getBoundingClientRect().height - d.querySelector('summary').getBoundingClientRect().height; }""")
                    fits = (f"lead + {m['seen']} of {m['points']} points" if m["first"] <= height else "lead only")
                    print(f"{slug[:48]:48} {m['genre'].strip().lower():8} {width:5} {m['collapsed']:9.0f} {article:7.0f} "
                          f"{m['collapsed'] / article:5.2f}  {fits}")
                page.close()
            browser.close()
        server.shutdown()
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
