import shutil
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
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    def run(body: str, published: str | None = "2019-08-19", title: str = "Test briefing"):
        header = f"{title} – By Test Author (Test Outlet)" + (f" / {_fmt(published)}" if published else "")
        doc = parse_seed(f"{header}\n\n{body}\n", "test.txt", "test")
        return annotate_doc(doc, nlp(nlp_text(doc)), "test")

    return run


def _fmt(iso: str) -> str:
    from datetime import date

    return date.fromisoformat(iso).strftime("%b %d %Y")


@pytest.fixture(scope="session")
def sample(nlp):
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import read_seed

    doc = read_seed(SAMPLE, source="seeds/000_1ba701c77f26d7f4.txt")
    return annotate_doc(doc, nlp(nlp_text(doc)), "test")


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
