"""Headless Chromium on the hostile corpus's site: the `<script>` seeds' pages run no seed script.

Every briefing page is loaded over HTTP with alert/confirm/prompt trapped, every mention and
grade marker hovered (Material shows `title` attributes as tooltips), and requests to other hosts
blocked and recorded.
"""

from __future__ import annotations

import pytest
from conftest import serve
from playwright.sync_api import Error as PlaywrightError
from test_hostile import hostile_project, mkdocs

pytestmark = [pytest.mark.browser, pytest.mark.slow]


TRAP = """
window.__seen = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => { window.__seen.push(name + ":" + args.join(",")); return null; };
}
"""

INSPECT = """() => {
  const all = [...document.querySelectorAll("*")];
  return {
    seen: window.__seen,
    handlers: all.flatMap(e => [...e.attributes].filter(a => a.name.startsWith("on")).map(a => e.tagName + " " + a.name)),
    smuggled: [...document.querySelectorAll("article script, article iframe, article img, article object, article embed, article b")]
      .map(e => e.outerHTML.slice(0, 80)),
    links: [...document.querySelectorAll("a[href]")].map(a => a.getAttribute("href"))
      .filter(h => /^\\s*(javascript|data|vbscript):/i.test(h)),
    title: document.title,
  };
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = hostile_project(tmp_path_factory.mktemp("hostile-browser"))
    proc = mkdocs(project)
    assert proc.returncode == 0, proc.stderr
    with serve(project / "site") as root:
        yield project / "site", root + "/"


def test_script_seed_pages_run_no_script(site, browser):
    root, base = site
    pages = sorted(str(p.parent.relative_to(root)) + "/" for p in (root / "briefings").glob("*/index.html"))
    assert len(pages) > 20
    context = browser.new_context()
    outside: list[str] = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                  else (outside.append(route.request.url), route.abort()))
    context.add_init_script(TRAP)
    page = context.new_page()
    page.set_default_timeout(5000)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    found = {}
    for path in pages + ["", "people/", "briefings/"]:
        page.goto(base + path, wait_until="load")
        for el in page.query_selector_all("article .mention, article sup, article a")[:60]:
            if el.is_visible():  # cards open over later marks: hover without waiting for them
                try:
                    el.hover(force=True, timeout=2000)
                except PlaywrightError:  # a link inside a card closes with the card the last hover opened
                    continue
        result = page.evaluate(INSPECT)
        problems = {k: v for k, v in result.items() if v and k != "title"}
        if problems:
            found[path] = problems
        if "fm-title" in path or "script-alert-title" in path:
            assert "<script>" in result["title"], "the title is shown as text"
    context.close()
    assert found == {}
    assert dialogs == []
    assert outside == []
