"""Across briefings: one page per real person, conservative merging, conflicting roles flagged."""

from dataclasses import replace

import pytest

from generator.corpus import aggregate
from generator.model import Entity


@pytest.fixture(scope="module")
def briefings(annotate_text):
    a = annotate_text("Defense Minister Rosa Vidal inspected the base. Vidal said it was ready.",
                      published="2019-08-01", title="Base inspected")
    b = annotate_text("Interior Minister Rosa Vidal visited the port. Vidal said the port was calm.",
                      published="2019-09-01", title="Port visited")
    c = annotate_text("Mayor Tomas Vidal opened the bridge. Vidal said it was safe.",
                      published="2019-10-01", title="Bridge opened")
    # each seed is its own file
    return tuple(replace(x, document=replace(x.document, source=f"{n}.txt")) for n, x in zip("abc", (a, b, c), strict=True))


def test_same_full_name_is_one_person_page_with_every_briefing(briefings):
    a, b, _ = briefings
    corpus = aggregate([a, b])
    vidal = [e for e in corpus.entities["people"] if e.name == "Rosa Vidal"]
    assert len(vidal) == 1
    assert sorted(ap.published for ap in vidal[0].appearances) == ["2019-08-01", "2019-09-01"]


def test_different_posts_are_flagged_as_conflicting(briefings):
    a, b, _ = briefings
    vidal = next(e for e in aggregate([a, b]).entities["people"] if e.name == "Rosa Vidal")
    assert {"Defense Minister", "Interior Minister"} <= vidal.conflicts


def test_two_people_with_one_surname_stay_apart(briefings):
    corpus = aggregate(list(briefings))
    names = sorted(e.name for e in corpus.entities["people"])
    assert names == ["Rosa Vidal", "Tomas Vidal"]


def test_bare_surname_joins_only_a_unique_full_name_with_compatible_roles():
    from generator.corpus import Appearance, _merge_surnames

    def app(name, roles):
        return Appearance("b", "t", None, Entity(id="x", kind="person", name=name, roles=roles))

    groups = {"ana gil": [app("Ana Gil", ("builder",))], "gil": [app("Gil", ("chief builder",))]}
    assert list(_merge_surnames(groups)) == ["ana gil"]
    groups = {"ana gil": [app("Ana Gil", ("builder",))], "gil": [app("Gil", ("mayor",))]}
    assert sorted(_merge_surnames(groups)) == ["ana gil", "gil"]


def test_person_page_shows_roles_per_briefing_and_flags_conflicts(briefings, tmp_path):
    from conftest import ROOT

    from generator.render import render_site

    a, b, _ = briefings
    pages = render_site(aggregate([a, b]), ROOT / "templates")
    page = pages["people/rosa-vidal.md"]
    assert "Conflicting roles" in page
    assert "Defense Minister ⚠ conflicts" in page and "Interior Minister ⚠ conflicts" in page
    assert "1 Aug 2019" in page and "1 Sep 2019" in page
    assert "Defense Minister Rosa Vidal inspected the base" in page  # the evidence sentence


def test_ages_that_disagree_are_flagged(briefings):
    a, b, _ = briefings
    pa = replace(a.people[0], age=50)
    pb = replace(b.people[0], age=58)
    corpus = aggregate([replace(a, people=(pa,)), replace(b, people=(pb,))])
    assert "age" in next(e for e in corpus.entities["people"] if e.name == "Rosa Vidal").conflicts


def test_a_place_named_in_one_briefing_is_described_there_and_gets_a_page_from_two(annotate_text):
    """Organisations and places named once in a corpus have no page of their own: the directory and
    every mention lead to their entry in the briefing; from two briefings on they get a page."""
    from conftest import ROOT

    from generator.render import render_site

    texts = {"a": "Ana Gil flew from Paris to Berlin on Monday.",
             "b": "Ana Gil flew from Paris to Madrid and then to Berlin on Friday."}
    anns = [replace(x, document=replace(x.document, source=f"{n}.txt"))
            for n, x in ((n, annotate_text(t, published="2020-01-10", title=f"Visit {n}")) for n, t in texts.items())]
    corpus = aggregate(anns)
    b = f"briefings/{corpus.slugs['b.txt']}.md"
    places = {e.name: e for e in corpus.entities["places"]}
    assert places["Paris"].page == "places/paris.md"
    madrid = places["Madrid"]
    assert madrid.page.startswith(f"{b}#who-")
    pages = render_site(corpus, ROOT / "templates")
    assert "places/paris.md" in pages and "places/madrid.md" not in pages
    anchor = madrid.page.split("#")[1]
    assert f'<span id="{anchor}"></span>Madrid' in pages[b]  # the entry the links lead to
    assert f'href="#{anchor}"' in pages[b]  # its mentions link there on the page
    assert f"[Madrid](../{b}#{anchor})" in pages["places/index.md"]
    assert "people/ana-gil.md" in pages  # every person has a page
    every = render_site(aggregate(anns, own_page_from=1), ROOT / "templates")
    assert "places/madrid.md" in every
