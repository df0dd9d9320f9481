"""A real `mkdocs build --strict` of a folder holding one seed of each format: .txt, .md, a saved
web page, a PDF and a Word file each become a briefing with its title, outlet and date."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT
from formats import write_mixed_folder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    project = tmp_path_factory.mktemp("mixed")
    for name in ("mkdocs.yml", "templates", "docs"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / name)
    titles = write_mixed_folder(project / "seeds")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")],
                          capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    pages = {}
    for page in (project / "site" / "briefings").glob("*/index.html"):
        text = page.read_text(encoding="utf-8")
        source = re.search(r"Source file: <code>([^<]+)</code>", text).group(1)
        pages[html.unescape(source)] = text
    return titles, pages, proc


def test_every_format_builds_a_briefing_with_its_title(mixed):
    titles, pages, proc = mixed
    assert set(pages) == set(titles)
    for source, title in titles.items():
        assert "<h1 id=" in pages[source] and html.escape(title, quote=False) in pages[source], source
    assert "WARNING" not in proc.stderr


@pytest.mark.parametrize("source, meta", [
    ("page.html", "Marta Quell · The Coastal Ledger · "),
    ("report.pdf", "Regional Water Board · outlet unknown · "),
    ("memo.docx", "Dana Okafor · outlet unknown · "),
])
def test_author_outlet_and_date_come_from_the_file(mixed, source, meta):
    _, pages, _ = mixed
    line = re.search(r'<p class="briefing-meta">(.*?)</p>', pages[source], re.S).group(1)
    assert " ".join(html.unescape(re.sub(r"<[^>]+>", "", line)).split()).startswith(meta)
    assert "Publication date unknown" not in pages[source]


def test_a_page_links_its_canonical_url_and_keeps_no_furniture(mixed):
    _, pages, _ = mixed
    page = pages["page.html"]
    assert 'href="https://ledger.example.org/news/2021/harbour-ferry-route"' in page
    assert "Share on Twitter" not in page and "Related stories" not in page and "cookies" not in page


def test_briefings_from_a_page_pdf_and_word_file_have_the_same_sections_as_from_a_txt(mixed):
    _, pages, _ = mixed

    def sections(text):
        return [h for h in re.findall(r"<h2 id=\"([^\"]+)\"", text) if h != "full-text"]

    for source in ("page.html", "report.pdf", "memo.docx"):
        assert set(sections(pages["plain.txt"])) <= set(sections(pages[source])) | {"connections"}, source
    assert "Ines Varga" in pages["page.html"] and "Paulo Brandt" in pages["report.pdf"]
    assert "Leila Haddad" in pages["memo.docx"]
