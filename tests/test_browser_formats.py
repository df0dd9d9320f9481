"""The briefings made from a saved web page, a PDF and a Word file, in headless Chromium: each loads
without errors or requests to other hosts, shows its title, and its marks open their cards."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from conftest import CHROMIUM, ROOT, serve
from formats import write_mixed_folder

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = tmp_path_factory.mktemp("formats")
    for name in ("mkdocs.yml", "templates", "docs"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / name)
    titles = write_mixed_folder(project / "seeds")
    out = project / "site"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
                           "-d", str(out)], capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    with serve(out) as root:
        yield root + "/", titles


@pytest.mark.parametrize("source", ["page.html", "report.pdf", "memo.docx"])
def test_briefing_from_each_format_loads_clean(browser, site, source):
    from generator.slugs import slugify

    base, titles = site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    foreign: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))

    def route(r):
        if urlsplit(r.request.url).hostname in ("127.0.0.1", None):
            r.continue_()
        else:
            foreign.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    try:
        response = page.goto(f"{base}briefings/{slugify(titles[source])[:60].strip('-')}/")
        assert response is not None and response.ok
        page.wait_for_load_state("networkidle")
        assert page.locator("h1").first.inner_text().strip() == titles[source]
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")  # the full text is folded
        mention = page.locator(".full-text .mention").first
        mention.focus()
        card = page.locator(f"#{mention.get_attribute('aria-describedby')}")
        assert card.is_visible()
        # a PDF's claims, evidence and dates say on which page they were printed; other formats have no pages
        pages = page.locator("small.page")
        if source == "report.pdf":
            assert pages.count() > 0 and pages.first.is_visible()
            assert all(t.startswith("p. ") for t in pages.all_inner_texts())
        else:
            assert pages.count() == 0
        assert errors == [] and foreign == [], (errors, foreign)
    finally:
        context.close()
