"""The Markdown cache of briefing pages: a hit gives the same page; a changed ingredient misses."""

from dataclasses import replace

from conftest import ROOT

from generator.corpus import aggregate
from generator.mdcache import MarkdownCache
from generator.render import render_site

TEMPLATES = ROOT / "templates"


def _briefings(annotate_text):
    texts = {"a": "Ana Gil flew from Paris to Berlin on Monday.",
             "b": "Ana Gil flew from Paris to Madrid on Friday, she said."}
    return [replace(x, document=replace(x.document, source=f"{n}.txt"))
            for n, x in ((n, annotate_text(t, published="2020-01-10", title=f"Visit {n}")) for n, t in texts.items())]


class Counting(MarkdownCache):
    def __init__(self, folder):
        super().__init__(folder)
        self.hits = self.puts = 0

    def get(self, key):
        text = super().get(key)
        self.hits += text is not None
        return text

    def put(self, key, text):
        self.puts += 1
        super().put(key, text)


def test_a_second_render_reads_briefings_from_the_cache_and_gives_the_same_pages(annotate_text, tmp_path):
    anns = _briefings(annotate_text)
    versions = {a.document.source: f"v1-{a.document.source}" for a in anns}
    first = Counting(tmp_path)
    pages = render_site(aggregate(anns), TEMPLATES, store=first, versions=versions)
    assert first.puts == 2 and first.hits == 0
    second = Counting(tmp_path)
    assert render_site(aggregate(anns), TEMPLATES, store=second, versions=versions) == pages
    assert second.hits == 2 and second.puts == 0
    assert render_site(aggregate(anns), TEMPLATES) == pages  # and the same as with no cache at all


def test_a_new_version_or_a_new_entity_page_renders_the_briefing_again(annotate_text, tmp_path):
    anns = _briefings(annotate_text)
    versions = {a.document.source: "v1" for a in anns}
    render_site(aggregate(anns), TEMPLATES, store=MarkdownCache(tmp_path), versions=versions)
    edited = Counting(tmp_path)
    render_site(aggregate(anns), TEMPLATES, store=edited, versions={**versions, "b.txt": "v2"})
    assert edited.hits == 1 and edited.puts == 1  # only the edited seed's page
    # Madrid gets a page of its own once a third briefing names it: briefing b links there now
    c = annotate_text("Ana Gil flew to Madrid again on Sunday.", published="2020-01-12", title="Visit c")
    more = [*anns, replace(c, document=replace(c.document, source="c.txt"))]
    store = Counting(tmp_path)
    pages = render_site(aggregate(more), TEMPLATES, store=store, versions={**versions, "c.txt": "v1"})
    b = next(u for u in pages if u.startswith("briefings/visit-b"))
    assert "places/madrid.md" in pages and "../places/madrid.md" in pages[b]
    assert store.hits == 1  # briefing a only: b's links changed, c is new
