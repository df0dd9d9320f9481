"""The Markdown cache of briefing and entity pages: a hit gives the same page; a changed ingredient misses."""

from dataclasses import replace

from conftest import ROOT

from generator.corpus import aggregate
from generator.mdcache import MarkdownCache
from generator.render import LAST, render_site

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
        self.found: list[str] = []

    def get(self, key):
        text = super().get(key)
        self.hits += text is not None
        self.found += [text] if text is not None else []
        return text

    def put(self, key, text):
        self.puts += 1
        super().put(key, text)

    def hit_pages(self, pages: dict[str, str]) -> set[str]:
        """The pages whose Markdown came from the cache."""
        return {uri for uri, text in pages.items() if text in self.found}


def _own_pages(pages):
    return {u for u in pages if u.split("/")[0] in ("people", "organizations", "places") and u.count("/") == 1
            and not u.endswith("/index.md")}


def test_a_second_render_reads_briefings_from_the_cache_and_gives_the_same_pages(annotate_text, tmp_path):
    anns = _briefings(annotate_text)
    versions = {a.document.source: f"v1-{a.document.source}" for a in anns}
    first = Counting(tmp_path)
    LAST.forget()  # each render here is a new process's: none keeps the last build's pages
    pages = render_site(aggregate(anns), TEMPLATES, store=first, versions=versions)
    entity_pages = _own_pages(pages)
    assert "people/ana-gil.md" in entity_pages
    assert first.puts == 2 + len(entity_pages) and first.hits == 0  # two briefings and the entity pages
    second = Counting(tmp_path)
    LAST.forget()
    assert render_site(aggregate(anns), TEMPLATES, store=second, versions=versions) == pages
    assert second.hits == 2 + len(entity_pages) and second.puts == 0
    assert render_site(aggregate(anns), TEMPLATES) == pages  # and the same as with no cache at all


def test_a_new_version_or_a_new_entity_page_renders_the_briefing_again(annotate_text, tmp_path):
    anns = _briefings(annotate_text)
    versions = {a.document.source: "v1" for a in anns}
    render_site(aggregate(anns), TEMPLATES, store=MarkdownCache(tmp_path), versions=versions)
    LAST.forget()  # each render here is a new process's
    edited = Counting(tmp_path)
    pages = render_site(aggregate(anns), TEMPLATES, store=edited, versions={**versions, "b.txt": "v2"})
    # only the edited seed's page, and the pages of the entities it names (Ana Gil's among them)
    assert edited.hit_pages(pages) == {u for u in pages if u.startswith("briefings/visit-a")}
    # Madrid gets a page of its own once a third briefing names it: briefing b links there now
    c = annotate_text("Ana Gil flew to Madrid again on Sunday.", published="2020-01-12", title="Visit c")
    more = [*anns, replace(c, document=replace(c.document, source="c.txt"))]
    store = Counting(tmp_path)
    LAST.forget()
    pages = render_site(aggregate(more), TEMPLATES, store=store, versions={**versions, "c.txt": "v1"})
    b = next(u for u in pages if u.startswith("briefings/visit-b"))
    assert "places/madrid.md" in pages and "../places/madrid.md" in pages[b]
    # briefing a only (b's links changed, c is new), and the entity pages c adds nothing to
    hits = store.hit_pages(pages)
    assert {u for u in hits if u.startswith("briefings/")} == {u for u in pages if u.startswith("briefings/visit-a")}
    assert "people/ana-gil.md" not in hits and "places/madrid.md" not in hits
    assert _own_pages(pages) - hits == {"people/ana-gil.md", "places/madrid.md"}


# Three briefings that share people, so that an edit of one changes pages of people it does not name:
# Carl Vance is named in c only, but his page's graph shows Tom Reed, whom the edits of b change.
LINKED = {"a": "The mayor, Ana Gil, met Tom Reed in Paris on Monday.",
          "b": "Ana Gil and Tom Reed spoke in Paris on Friday, she said. Tom Reed left early.",
          "c": "Tom Reed met Carl Vance in Madrid on Sunday."}
EDITS = [("b", "Ana Gil and Tom Reed spoke with Lena Park in Paris on Friday, she said. Tom Reed left early."),
         ("b", "Ana Gil spoke in Paris on Friday, she said."),  # Tom Reed and Lena Park leave b
         ("c", "Tom Reed met Carl Vance in Madrid on Tuesday.")]  # another date


def test_pages_made_again_only_where_an_edit_reaches_equal_a_fresh_render(annotate_text, tmp_path, monkeypatch):
    from generator import render
    from generator.lastbuild import LastPages

    def seed(name, text):
        x = annotate_text(text, published="2020-01-10", title=f"Meeting {name}")
        return replace(x, document=replace(x.document, source=f"{name}.txt"))

    texts = dict(LINKED)
    anns = {n: seed(n, t) for n, t in texts.items()}
    versions = {f"{n}.txt": "v0" for n in texts}
    LAST.forget()
    served = render_site(aggregate(list(anns.values())), TEMPLATES, store=MarkdownCache(tmp_path / "served"),
                         versions=versions)
    for n, (name, text) in enumerate(EDITS, 1):
        before = served
        anns[name] = seed(name, text)
        versions[f"{name}.txt"] = f"v{n}"
        store = Counting(tmp_path / "served")
        served = render_site(aggregate(list(anns.values())), TEMPLATES, store=store, versions=versions)
        with monkeypatch.context() as m:  # a new process, with a cache of its own
            m.setattr(render, "LAST", LastPages())
            fresh = render_site(aggregate(list(anns.values())), TEMPLATES, store=MarkdownCache(tmp_path / f"fresh{n}"),
                                versions=versions)
        assert served == fresh
        if n == 2:  # Tom Reed's mentions in b are gone: Carl Vance's graph, in c only, counts them
            assert served["people/carl-vance.md"] != before["people/carl-vance.md"]
    # the last edit (c's date) reaches Tom Reed, Carl Vance and Tom's neighbour Ana Gil, not Paris's page:
    # that one is not even looked up in the Markdown cache
    assert store.hits + store.puts == len(anns) + 3 and "places/paris.md" in served
    assert "people/lena-park.md" not in served and "people/carl-vance.md" in served
