import functools
import http.server
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_1ba701c77f26d7f4.txt"


@pytest.fixture(scope="session")
def nlp():
    from generator.build import nlp_for

    return nlp_for(None)


@pytest.fixture(scope="session")
def annotate_text(nlp):
    """Annotate a short text written for a test, as a seed with an optional publication date."""
    from generator.build import grade
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    def run(body: str, published: str | None = "2019-08-19", title: str = "Test briefing", author: str = "Test Author"):
        header = f"{title} – By {author} (Test Outlet)" + (f" / {_fmt(published)}" if published else "")
        doc = parse_seed(f"{header}\n\n{body}\n", "test.txt", "test")
        return grade(annotate_doc(doc, nlp(nlp_text(doc)), "test"))  # graded after the cache, as a build does

    return run


def _fmt(iso: str) -> str:
    from datetime import date

    return date.fromisoformat(iso).strftime("%b %d %Y")


@pytest.fixture(scope="session")
def sample(nlp):
    from generator.build import grade
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import read_seed

    doc = read_seed(SAMPLE, source="seeds/000_1ba701c77f26d7f4.txt")
    return grade(annotate_doc(doc, nlp(nlp_text(doc)), "test"))


@pytest.fixture()
def project(tmp_path):
    """A copy of the project's site config, templates, docs and seeds in a temp folder."""
    for name in ("mkdocs.yml", "templates", "docs", "seeds"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, tmp_path / name)
        else:
            shutil.copy(src, tmp_path / name)
    return tmp_path


# Browser tests: Debian's Chromium driven by Playwright (never a downloaded browser). Without the
# background-networking flags Chromium tries to reach Google's hosts, which this network refuses.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(folder: Path):
    """Serve folder on 127.0.0.1 (a free port) for the duration; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
