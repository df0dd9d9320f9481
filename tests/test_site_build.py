"""A real `mkdocs build --strict` of the shipped seeds into a temp folder."""

import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def mkdocs_build(project, *args):
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), *args],
                          capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    import shutil

    from conftest import ROOT

    project = tmp_path_factory.mktemp("site")
    for name in ("mkdocs.yml", "templates", "docs", "seeds"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / name)
    proc = mkdocs_build(project, "--strict")
    assert proc.returncode == 0, proc.stderr
    return project, proc


def test_strict_build_makes_briefing_home_and_person_pages(built):
    project, proc = built
    site = project / "site"
    briefings = [p for p in (site / "briefings").iterdir() if p.is_dir()]
    assert len(briefings) == 1
    briefing = (briefings[0] / "index.html").read_text()
    assert "Diosdado Cabello" in briefing
    assert (site / "people" / "diosdado-cabello" / "index.html").exists()
    home = (site / "index.html").read_text()
    assert f'href="briefings/{briefings[0].name}/"' in home
    assert 'href="../../people/diosdado-cabello/"' in briefing
    person = (site / "people" / "diosdado-cabello" / "index.html").read_text()
    assert f'href="../../briefings/{briefings[0].name}/"' in person
    assert "WARNING" not in proc.stderr


def test_cards_are_on_the_page_but_not_in_the_search_index(built):
    """The plugin hides cards from the search plugin (which would parse them only to skip them)."""
    import json

    project, _ = built
    site = project / "site"
    briefing = next(p for p in (site / "briefings").iterdir() if p.is_dir()) / "index.html"
    assert briefing.read_text().count('<span class="card" ') > 20
    index = json.loads((site / "search" / "search_index.json").read_text())
    text = " ".join(d["text"] for d in index["docs"])
    assert "Constituent Assembly" in text and "Cabello" in text  # the briefing's own text is found
    assert "mentions here" not in text and "mention here" not in text and "read as" not in text  # card text is not
    briefing_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("briefings/"))
    assert "Grade " not in briefing_text  # nor a grade badge's card


def test_no_request_to_other_hosts(built):
    project, _ = built
    for page in (project / "site").rglob("*.html"):
        html = page.read_text()
        assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
        for src in re.findall(r'<(?:script|link)[^>]+(?:src|href)="(https?://[^"]+)"', html):
            pytest.fail(f"{page} loads {src}")


def test_bad_seed_fails_strict_but_plain_build_publishes_the_rest(built, tmp_path):
    import shutil

    project, _ = built
    copy = tmp_path / "p"
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site"))
    (copy / "seeds" / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    strict = mkdocs_build(copy, "--strict")
    assert strict.returncode != 0 and "broken.txt" in strict.stderr
    plain = mkdocs_build(copy)
    assert plain.returncode == 0 and "broken.txt" in plain.stderr
    home = (copy / "site" / "index.html").read_text()
    assert "broken.txt" in home and "Diosdado Cabello" in home
