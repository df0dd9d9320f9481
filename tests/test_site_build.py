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


def _anchor_links(page, pattern):
    """(href, resolved target file, anchor) of each link on a built page whose anchor matches pattern."""
    out = []
    for href in re.findall(r'href="([^"#]*)#([^"]+)"', page.read_text()):
        path, anchor = href
        if re.fullmatch(pattern, anchor):
            target = (page.parent / path / "index.html").resolve() if path else page
            out.append((f"{path}#{anchor}", target, anchor))
    return out


def _has_id(target, anchor):
    return target.exists() and f'id="{anchor}"' in target.read_text()


def test_a_persons_claims_lead_to_each_claims_anchor_in_the_briefing(built):
    project, _ = built
    people = sorted((project / "site" / "people").glob("*/index.html"))
    links = [link for person in people for link in _anchor_links(person, r"claim-\d+")]
    assert links and all(href.startswith("../../briefings/") for href, _, _ in links)
    assert all(_has_id(target, anchor) for _, target, anchor in links), links


def test_timeline_entries_lead_to_their_date_in_the_briefings_full_text(built):
    project, _ = built
    site = project / "site"
    briefing = next(p for p in (site / "briefings").iterdir() if p.is_dir()) / "index.html"
    for page, prefix in ((briefing, ""), (site / "timeline" / "index.html", "../briefings/")):
        links = _anchor_links(page, r"text-date-\d+")
        assert len(links) > 3 and all(href.startswith(prefix) for href, _, _ in links)
        assert all(_has_id(target, anchor) for _, target, anchor in links), links
        # the id sits on the date's mark in the full text, not on its timeline entry
        text = links[0][1].read_text()
        assert re.search(rf'<span class="m" id="{links[0][2]}"><(a|span) class="mention date"', text)


def test_evidence_lines_lead_to_their_sentence_in_the_briefings_full_text(built):
    """Who's who rows (in-page) and person pages' roles (across pages) link to #ev-<person>-N, an id on
    the person's mark in the quoted sentence; the strict build above already failed on a dangling one."""
    project, _ = built
    site = project / "site"
    briefing = next(p for p in (site / "briefings").iterdir() if p.is_dir()) / "index.html"
    rows = _anchor_links(briefing, r"ev-[a-z0-9-]+-\d+")
    people = sorted((site / "people").glob("*/index.html"))
    roles = [link for person in people for link in _anchor_links(person, r"ev-[a-z0-9-]+-\d+")]
    assert len(rows) > 5 and all(href.startswith("#") for href, _, _ in rows)
    assert roles and all(href.startswith("../../briefings/") for href, _, _ in roles)
    for _, target, anchor in rows + roles:
        text = target.read_text()
        assert text.count(f'id="{anchor}"') == 1, anchor
    text = briefing.read_text()
    on_marks = [a for _, _, a in rows if re.search(rf'<span class="m" id="{a}"><a class="mention person"', text)]
    assert len(on_marks) >= len(rows) - 2  # all but a headline's sentence sit on the person's mark


def test_no_page_has_two_elements_with_one_id(built):
    """A link to #x must have one place to go: headings, the full text's anchors and the pictures' ids
    never meet (the Connections page's heading and its graph were both #connections)."""
    from collections import Counter

    project, _ = built
    for page in (project / "site").rglob("*.html"):
        ids = Counter(re.findall(r'(?<![-\w])id="([^"]+)"', page.read_text()))
        assert [i for i, n in ids.items() if n > 1] == [], page


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


def test_graphs_are_on_the_page_but_not_in_the_search_index(built):
    """The plugin hides the data-search-exclude pictures from the search plugin too, and the page keeps them."""
    import json

    project, _ = built
    site = project / "site"
    person = (site / "people" / "diosdado-cabello" / "index.html").read_text()
    assert '<figure class="picture graph"' in person and "<svg" in person
    caption = re.search(r"<figcaption>([^<]+)</figcaption>", person).group(1)
    index = json.loads((site / "search" / "search_index.json").read_text())
    text = " ".join(d["text"] + " " + d["title"] for d in index["docs"])
    assert "Cabello" in text and caption not in text


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
