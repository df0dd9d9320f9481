"""Engine insurance: the exported Markdown tree plus the hand-written pages build with Zensical."""

import importlib.util
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("zensical") is None,
                       reason="zensical is not installed (pip install zensical; `make install` does, with the test extra)"),
]


def test_the_exported_tree_builds_with_zensical_strict(tmp_path):
    from generator import zensical

    proc = zensical.build(ROOT, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = tmp_path / "site"
    briefing = next((site / "briefings").glob("us-in-secret-talks*/index.html")).read_text(encoding="utf-8")
    assert 'class="in-brief"' in briefing and 'class="card"' in briefing and "svg" in briefing
    for page in ("people/diosdado-cabello/index.html", "connections/index.html", "how-to-read/index.html",
                 "assets/briefings.css", "assets/cards.js"):
        assert (site / page).is_file(), page
    # every relative link of the briefing page reaches a file of the site
    here = "/briefings/x/index.html"
    missing = []
    for href in re.findall(r'href="([^"#:]+)(?:#[^"]*)?"', briefing):
        path = urlsplit(urljoin(here, href)).path
        target = site / path.lstrip("/")
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            missing.append(href)
    assert missing == []


def test_the_zensical_config_drops_only_the_briefings_plugin():
    from generator import zensical

    config = zensical.config_for(ROOT / "mkdocs.yml")
    names = [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]
    assert "briefings" not in names and "search" in names
    assert config["theme"]["name"] == "material" and config["docs_dir"] == "docs"
    assert Path(ROOT / "mkdocs.yml").read_text().count("briefings:") == 1  # the project's own config is untouched
