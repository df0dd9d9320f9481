"""The built site in headless Chromium, as a reader meets it.

The site is built with `mkdocs build --strict` and `site_url` on a project sub-path, then served
from 127.0.0.1 under that sub-path, so a link that only works at a host's root fails here.
Screenshots go to tests/screenshots/; with UPDATE_SCREENSHOTS=1 in the environment they also
replace the ones the README shows in docs/screenshots/.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import CHROMIUM, serve

PREFIX = "/briefings/"  # the project sub-path, as on https://<user>.github.io/briefings/
SHOTS = Path(__file__).parent / "screenshots"
README_SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
BRIEFING_SLUG = "us-in-secret-talks-with-venezuela-socialist-boss-diosdado-ca"
# A second seed, written for this test: a Markdown seed with tags from another outlet.
TAGGED_SEED = """---
title: Harbour board approves new ferry line
outlet: Test Gazette
author: Test Reporter
date: 2021-03-04
tags: [transport, harbour]
---
The harbour board approved a new ferry line on Tuesday, its chair Mirela Dostal said.

Mirela Dostal said the ferry would start in May. Port engineer Tomas Arnell said the pier was ready.
"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium; .ci/run does)"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The sample site built with a sub-path site_url into <www>/briefings/."""
    from conftest import ROOT

    project = tmp_path_factory.mktemp("project")
    for name in ("mkdocs.yml", "templates", "docs", "seeds"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, project / name)
    (project / "seeds" / "harbour-ferry.md").write_text(TAGGED_SEED, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text("site_url: https://example.github.io/briefings/\n" + config.read_text())
    www = tmp_path_factory.mktemp("www")
    out = www / PREFIX.strip("/")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(out)],
                          capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    return www


@pytest.fixture(scope="module")
def base(site):
    with serve(site) as root:
        yield root + PREFIX


class Visit:
    """A page opened in a fresh context that records errors and every request to another host."""

    def __init__(self, browser, base: str, **context):
        self.context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **context})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.base = base

    def _route(self, route):
        if urlsplit(route.request.url).hostname in ("127.0.0.1", None):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        assert response is not None and response.ok, path
        self.page.wait_for_load_state("networkidle")
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture()
def visit(browser, base):
    opened = []

    def make(**context):
        v = Visit(browser, base, **context)
        opened.append(v)
        return v

    yield make
    for v in opened:
        v.close()


def shoot(page, name: str, **kwargs):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / name), **kwargs)
    if os.environ.get("UPDATE_SCREENSHOTS"):
        shutil.copy(SHOTS / name, README_SHOTS / name)


@pytest.mark.parametrize("path", ["", f"briefings/{BRIEFING_SLUG}/", "people/diosdado-cabello/", "connections/", "timeline/"])
def test_page_loads_clean_and_stays_on_this_host(visit, path):
    v = visit()
    page = v.open(path)
    assert page.locator("h1").first.is_visible()
    assert v.errors == [], v.errors
    assert v.foreign == [], v.foreign


def test_every_internal_link_resolves(site):
    """Every href and src on every page (SVG links included) reaches a file, and its #anchor an id there."""
    root = site / PREFIX.strip("/")
    pages = {p: _Links.of(p.read_text(encoding="utf-8")) for p in root.rglob("*.html")}
    assert len(pages) > 20
    broken = []
    for page, links in pages.items():
        here = "/" + page.relative_to(site).as_posix()
        for href in links.hrefs:
            url = urlsplit(urljoin(here, href))
            if url.scheme or url.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            target = site / url.path.lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not url.path.startswith(PREFIX) or not target.is_file():
                broken.append(f"{here}: {href}")
            elif url.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                if url.fragment not in ids:
                    broken.append(f"{here}: {href} (no such anchor)")
    assert broken == []


def test_generated_pages_stay_out_of_the_navigation(site):
    """The left-hand nav is embedded in every page: it must not grow with the number of briefings or people."""
    root = site / PREFIX.strip("/")
    html = (root / "briefings" / BRIEFING_SLUG / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary"'):]
    nav = nav[:nav.index("</nav>")]
    assert "diosdado-cabello" not in nav  # no person page in the nav
    assert nav.count("<a ") <= 15


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    @classmethod
    def of(cls, html: str) -> _Links:
        parser = cls()
        parser.feed(html)
        return parser

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if key == "id" and value:
                self.ids.add(value)
            elif key in ("href", "src") and value and not value.startswith("data:"):
                self.hrefs.append(value)


def test_search_finds_a_person_by_surname(visit):
    page = visit().open("")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("Cabello", delay=20)  # Material listens to key events
    result = page.locator(".md-search-result__item a[href*='people/diosdado-cabello/']")
    result.first.wait_for(state="visible", timeout=15_000)
    assert "Cabello" in result.first.inner_text()


def test_hovering_or_focusing_a_mention_shows_its_card(visit):
    v = visit()
    page = v.open(f"briefings/{BRIEFING_SLUG}/")
    page.locator(".full-text-box > summary").click()
    mention = page.locator(".md-content p .m > a.mention.person").first
    card = mention.locator("xpath=following-sibling::span[contains(@class, 'card')]")
    assert not card.is_visible()
    mention.hover()
    assert card.is_visible()
    assert card.locator("strong").inner_text().strip()  # the person's name, then what the text says of them
    assert "people/" in mention.get_attribute("href")
    shoot(page, "card.png", clip=_around(mention.bounding_box(), card.bounding_box()))
    page.mouse.move(0, 0)
    assert not card.is_visible()
    mention.focus()  # keyboard readers reach the same card
    assert card.is_visible()


def test_tab_walks_from_mention_to_mention_each_showing_its_card(visit):
    page = visit().open(f"briefings/{BRIEFING_SLUG}/")
    page.locator(".full-text-box > summary").click()  # the full text is collapsed at first
    page.locator(".full-text-box .legend").evaluate("h => { h.tabIndex = -1; h.focus(); }")
    seen = []
    for _ in range(3):  # one stop per mark: cards hold no links of their own
        page.keyboard.press("Tab")
        focused = page.locator(":focus")
        assert "mention" in focused.get_attribute("class") or "grade" in focused.get_attribute("class")
        assert page.locator(":focus + .card").is_visible()
        assert page.locator(".md-content .card:visible").count() == 1
        seen.append(focused.evaluate("e => e.getAttribute('aria-describedby')"))
    assert len(set(seen)) == 3


def test_cards_work_with_javascript_off(visit):
    page = visit(java_script_enabled=False).open(f"briefings/{BRIEFING_SLUG}/")
    page.locator(".full-text-box > summary").click()
    mention = page.locator(".md-content .m > .mention.date").first
    mention.hover()
    card = mention.locator("xpath=following-sibling::span[contains(@class, 'card')]")
    assert card.is_visible() and mention.inner_text() in card.text_content()  # the card gives the working


def test_graph_and_timeline_render_and_lead_to_pages(visit):
    v = visit()
    page = v.open(f"briefings/{BRIEFING_SLUG}/")
    shoot(page, "briefing.png")  # what a reader sees first
    bar = page.locator(".grade-bar span")
    claims = int(re.search(r"(\d+) claims", page.locator(".briefing-meta").inner_text()).group(1))
    assert bar.first.is_visible() and sum(int(t.split("·")[1]) for t in bar.all_inner_texts()) == claims
    graph = page.locator("#graph svg.wide")
    graph.scroll_into_view_if_needed()
    box = graph.bounding_box()
    assert box["width"] > 500 and box["height"] > 250
    assert page.locator("#graph svg.wide .node").count() >= 3
    assert page.locator("#graph svg.wide .edge").count() >= 2
    events = page.locator("#timeline-chart svg.wide .event")
    assert events.count() >= 3 and page.locator("#timeline-chart svg.wide .tick").count() >= 2
    node = page.locator("#graph svg.wide .node a").first
    label = node.get_attribute("aria-label").split(":")[0]
    node.click()
    page.wait_for_load_state()
    assert "/people/" in page.url and page.locator("h1").inner_text().strip() == label
    page.go_back()
    page.locator("#timeline-chart svg.wide .event a").first.click()
    assert re.search(r"#date-\d+$", page.url)


def test_person_and_connections_pages(visit):
    v = visit()
    page = v.open("people/diosdado-cabello/")
    assert page.locator("#ego svg.wide .node.focus").count() == 1
    shoot(page, "person.png", full_page=True)
    page = v.open("connections/")
    page.locator("#connections-graph svg.wide").scroll_into_view_if_needed()
    assert page.locator("#connections-graph svg.wide .node").count() >= 3
    shoot(page, "graph.png")


def test_dark_mode_and_print(visit):
    v = visit(color_scheme="dark")
    page = v.open(f"briefings/{BRIEFING_SLUG}/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    shoot(page, "briefing-dark.png")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".md-sidebar--primary").is_visible()
    page.locator(".full-text-box > summary").click()
    page.locator(".md-content .m > a.mention.person").first.hover()
    assert page.locator(".md-content .card:visible").count() == 0


def test_briefing_list_filters_by_outlet_and_tag(visit):
    page = visit().open("briefings/")
    rows = page.locator(".briefing-list tbody tr")
    assert rows.count() == 2
    outlet = page.locator(".briefing-filter select[aria-label='Outlet']")
    assert {"Al Jazeera", "Test Gazette"} <= set(outlet.locator("option").all_inner_texts())
    outlet.select_option("Al Jazeera")
    assert rows.locator("visible=true").count() == 1 and "Cabello" in rows.locator("visible=true").inner_text()
    outlet.select_option("")
    page.locator(".briefing-filter select[aria-label='Tag']").select_option("harbour")
    assert rows.locator("visible=true").count() == 1 and "ferry" in rows.locator("visible=true").inner_text()
    page.locator(".briefing-filter input").fill("no briefing has this title")
    assert rows.locator("visible=true").count() == 0


def test_briefing_list_is_complete_without_javascript_and_tags_have_a_page(visit):
    v = visit(java_script_enabled=False)
    page = v.open("briefings/")
    assert page.locator(".briefing-list tbody tr").count() == 2
    assert page.locator(".briefing-filter").count() == 0
    page = v.open("tags/")
    assert page.locator("a[href*='harbour-board-approves-new-ferry-line']").count() >= 1


def _around(a: dict, b: dict, pad: int = 12) -> dict:
    x, y = min(a["x"], b["x"]) - pad, min(a["y"], b["y"]) - pad
    return {"x": max(x, 0), "y": max(y, 0), "width": max(a["x"] + a["width"], b["x"] + b["width"]) - x + pad,
            "height": max(a["y"] + a["height"], b["y"] + b["height"]) - y + pad}


# --- Phones: the same pages at 390 px (an iPhone 12-14 width) and on a desktop at 1280 px. ---
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True, "device_scale_factor": 2}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PAGES = ["", "briefings/", f"briefings/{BRIEFING_SLUG}/", "people/", "people/diosdado-cabello/", "organizations/",
         "places/", "connections/", "timeline/", "how-to-read/", "tags/"]
# Every visible element's right edge, outside the header's search drawer (Material slides it in off-screen).
_TOO_WIDE = """() => { const W = document.documentElement.clientWidth; const out = [];
  for (const e of document.querySelectorAll('.md-main *, .md-header *')) {
    if (e.closest('.md-search, .md-sidebar')) continue;
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > W + 1 && e.checkVisibility({opacityProperty: true, visibilityProperty: true}))
      out.push(`${e.tagName.toLowerCase()}.${e.getAttribute('class') || ''} right=${Math.round(r.right)}`);
  }
  return {scroll: document.documentElement.scrollWidth, width: W, wide: out.slice(0, 5)}; }"""


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280px", "390px"])
def test_no_element_is_wider_than_the_viewport_and_no_console_error(visit, size):
    v = visit(**size)
    for path in PAGES:
        page = v.open(path)
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")  # long sections too
        found = page.evaluate(_TOO_WIDE)
        assert found["scroll"] <= found["width"] and found["wide"] == [], (path, found)
    assert v.errors == [], v.errors


def test_tables_become_stacked_cards_on_a_phone(visit):
    page = visit(**PHONE).open(f"briefings/{BRIEFING_SLUG}/")
    table = page.locator(".md-content table").first
    assert table.locator("thead").is_hidden()
    row = table.locator("tbody tr").first
    assert row.evaluate("r => getComputedStyle(r).display") == "block"
    cells = row.locator("td")
    assert cells.first.inner_text().strip() and "people/" in cells.first.locator("a").get_attribute("href")
    assert cells.nth(1).get_attribute("data-label") == "Role in this briefing"  # labelled by cards.js
    assert cells.nth(2).get_attribute("data-label") == "Evidence"
    row.scroll_into_view_if_needed()
    box = row.bounding_box()
    assert box["width"] <= 390 and cells.nth(2).bounding_box()["width"] > 250  # the evidence gets the width
    shoot(page, "who-phone.png")


def test_pictures_scale_to_a_phone_with_readable_labels(visit):
    page = visit(**PHONE).open(f"briefings/{BRIEFING_SLUG}/")
    for ident in ("graph", "timeline-chart"):
        assert page.locator(f"#{ident} svg.wide").is_hidden()
        svg = page.locator(f"#{ident} svg.narrow")
        svg.scroll_into_view_if_needed()
        box = svg.bounding_box()
        assert 300 <= box["width"] <= 390
        sizes = svg.locator("text").evaluate_all("ts => ts.map(t => t.getBoundingClientRect().height)")
        assert sizes and min(sizes) >= 10  # a 12px label is drawn at least 10 px tall
    # a line running under a name doesn't cut through it: labels carry a halo in the page's colour
    halo = page.locator("#graph svg.narrow g.node text").first.evaluate(
        "t => [getComputedStyle(t).paintOrder, getComputedStyle(t).stroke, getComputedStyle(document.body).backgroundColor]")
    assert halo[0].startswith("stroke") and halo[1] == halo[2], halo


def test_a_tap_on_a_mention_shows_its_card_and_a_second_tap_follows_the_link(visit):
    page = visit(**PHONE).open(f"briefings/{BRIEFING_SLUG}/")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    mention = page.locator(".md-content p .m > a.mention.person").first
    card = mention.locator("xpath=following-sibling::span[contains(@class, 'card')]")
    mention.scroll_into_view_if_needed()
    mention.tap()
    assert card.is_visible() and BRIEFING_SLUG in page.url  # the card, not the person's page
    box = card.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # a sheet inside the screen
    shoot(page, "card-phone.png")
    mention.tap()
    page.wait_for_url("**/people/**")
    grade_page = visit(**PHONE).open(f"briefings/{BRIEFING_SLUG}/")
    grade_page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    grade = grade_page.locator(".md-content sup.grade[tabindex]").first
    grade.scroll_into_view_if_needed()
    grade.tap()
    assert grade.locator("xpath=following-sibling::span[contains(@class, 'card')]").is_visible()


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280px", "390px"])
def test_in_brief_comes_first_and_within_the_first_screen(visit, size):
    """Under the title: what happened (the article's own lead) and the key points; the whole block, every
    key point included, fits the first screen on a desktop and on a phone (390x844)."""
    page = visit(**size).open(f"briefings/{BRIEFING_SLUG}/")
    fold = size["viewport"]["height"]
    block = page.locator(".in-brief")
    lead = block.locator(".lead")
    assert "What happened" in lead.inner_text()
    from conftest import SAMPLE

    lead_text = lead.inner_text().split(":", 1)[1].strip()
    article = " ".join(SAMPLE.read_text(encoding="utf-8").split())
    assert all(s in article for s in lead_text.split(". ")[:2])  # taken from the article, not written for it
    points = block.locator("ol > li")
    assert 1 <= points.count() <= 5
    assert lead.bounding_box()["y"] < fold
    for i in range(points.count()):
        box = points.nth(i).bounding_box()
        assert box["y"] + box["height"] <= fold, (i + 1, box)
    box = block.bounding_box()
    assert box["y"] + box["height"] <= fold
    if size is PHONE:
        shoot(page, "in-brief-phone.png")  # the desktop's first screen is briefing.png


def test_page_length_budget_with_sections_collapsed(visit):
    """The briefing page, long sections collapsed, is at most three times the article's own height."""
    for size in (DESKTOP, PHONE):
        page = visit(**size).open(f"briefings/{BRIEFING_SLUG}/")
        collapsed = page.evaluate("document.documentElement.scrollHeight")
        page.locator(".full-text-box > summary").click()
        article = page.evaluate("""() => { const d = document.querySelector('.full-text-box');
            return d.getBoundingClientRect().height - d.querySelector('summary').getBoundingClientRect().height; }""")
        assert article > 400 and collapsed <= 3 * article, (size, collapsed, article)


def test_every_card_is_reachable_by_keyboard_and_by_tap(visit):
    page = visit().open(f"briefings/{BRIEFING_SLUG}/")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    heads = page.locator(".md-content .m")
    n = heads.count()
    assert n > 20
    reachable = heads.evaluate_all("""ms => ms.filter(m => { const h = m.firstElementChild, c = m.querySelector('.card');
        return c && c.id === h.getAttribute('aria-describedby') && (h.matches('a[href]') || h.tabIndex === 0); }).length""")
    assert reachable == n


def test_a_key_point_link_opens_the_collapsed_full_text_at_its_claim(visit):
    page = visit().open(f"briefings/{BRIEFING_SLUG}/")
    assert not page.locator(".full-text-box").evaluate("d => d.open")
    page.locator(".in-brief ol > li a[href^='#claim-']").first.click()
    target = page.url.split("#")[1]
    assert page.locator(".full-text-box").evaluate("d => d.open")
    assert page.locator(f"#{target}").is_visible()


def test_a_timeline_entry_opens_the_collapsed_full_text_at_its_date(visit):
    page = visit().open(f"briefings/{BRIEFING_SLUG}/")
    page.evaluate("document.querySelectorAll('details:not(.full-text-box)').forEach(d => d.open = true)")
    page.locator("li a[href^='#text-date-']").first.click()
    target = page.url.split("#")[1]
    assert target.startswith("text-date-") and page.locator(".full-text-box").evaluate("d => d.open")
    assert page.locator(f"#{target} .mention.date").is_visible()


def test_connections_graph_filters_by_outlet_briefing_and_person(visit):
    page = visit().open("connections/")
    bar = page.locator(".graph-filter")
    nodes = page.locator("#connections-graph svg.wide g.node")
    total = nodes.count()
    assert total >= 3 and page.locator("#connections-graph svg.wide g.node.dim").count() == 0
    assert "Al Jazeera" in bar.locator("select[aria-label='Outlet'] option").all_inner_texts()
    briefing = bar.locator("select[aria-label='Briefing'] option").all_inner_texts()
    assert any("Cabello" in t for t in briefing)
    bar.locator("input[aria-label='Person']").fill("Cabello")
    lit = page.locator("#connections-graph svg.wide g.node:not(.dim)")
    assert 1 < lit.count() < total  # Cabello and the people linked with him
    assert any("Cabello" in (a or "") for a in lit.locator("a").evaluate_all("as => as.map(a => a.getAttribute('aria-label'))"))
    bar.locator("input[aria-label='Person']").fill("nobody has this name")
    assert page.locator("#connections-graph svg.wide g.node.dim").count() == total


# The quoted sentence's box on screen, found in the full text's paragraph around the id (hidden cards left
# out; letters and digits compared, since a quote's inner marks become single ones in who's who).
_SENTENCE_BOX = """([ident, quote]) => {
  const target = document.getElementById(ident), para = target.closest('p');
  const norm = s => s.replace(/[^\\p{L}\\p{N}]/gu, '').toLowerCase();
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT,
    {acceptNode: n => n.parentElement.closest('.card') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
  let flat = '', at = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    for (let i = 0; i < n.data.length; i++) if (norm(n.data[i])) { flat += norm(n.data[i]); at.push([n, i]); }
  const want = norm(quote), start = flat.indexOf(want);
  if (start < 0) return null;
  const range = document.createRange();
  range.setStart(...at[start]);
  const [endNode, endOffset] = at[start + want.length - 1];
  range.setEnd(endNode, endOffset + 1);
  const r = range.getBoundingClientRect(), head = document.querySelector('.md-header').getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, header: head.bottom, height: innerHeight};
}"""


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280px", "390px"])
def test_a_who_is_who_evidence_link_opens_the_full_text_with_its_sentence_in_view(visit, size):
    """Each who's-who evidence sentence is a link: clicked (tapped on a phone), it opens the collapsed full
    text and scrolls to the person's mark in that sentence, the whole sentence between header and fold."""
    v = visit(**size)
    page = v.open(f"briefings/{BRIEFING_SLUG}/")
    links = page.locator("table a.evidence")
    targets = links.evaluate_all("as => as.map(a => [a.getAttribute('href').slice(1), a.textContent])")
    assert len(targets) > 5 and all(t.startswith("ev-") for t, _ in targets)
    on_marks = 0
    for i, (ident, quote) in enumerate(targets):
        page = v.open(f"briefings/{BRIEFING_SLUG}/")
        assert not page.locator(".full-text-box").evaluate("d => d.open")
        link = page.locator("table a.evidence").nth(i)
        link.scroll_into_view_if_needed()
        link.tap() if size is PHONE else link.click()
        page.wait_for_function("id => location.hash === '#' + id", arg=ident)
        assert page.locator(".full-text-box").evaluate("d => d.open"), ident
        target = page.locator(f"#{ident}")
        page.wait_for_timeout(100)  # the scroll after the section opens
        box = target.bounding_box()
        assert box and 0 <= box["y"] and box["y"] + box["height"] <= size["viewport"]["height"], (ident, box)
        if not target.evaluate("t => t.matches('.m')"):
            continue  # a sentence naming the person only in the headline: anchored where the text starts
        on_marks += 1
        seen = page.evaluate(_SENTENCE_BOX, [ident, quote.strip("“”")])
        assert seen is not None, (ident, quote)
        assert seen["top"] >= seen["header"] - 1 and seen["bottom"] <= seen["height"], (ident, seen)
        assert target.locator(".mention").evaluate("m => getComputedStyle(m).outlineStyle") == "solid"  # marked
        shoot(page, f"evidence-{size['viewport']['width']}.png")  # the last one stays: one deep in the text
    assert on_marks >= len(targets) - 2
    assert v.errors == [], v.errors


def test_a_person_page_role_leads_to_its_sentence_in_the_briefing(visit):
    page = visit(**PHONE).open("people/diosdado-cabello/")
    link = page.locator("table a.evidence").last
    href = link.get_attribute("href")
    assert f"briefings/{BRIEFING_SLUG}/#ev-" in href
    link.scroll_into_view_if_needed()
    link.tap()
    page.wait_for_url(f"**/briefings/{BRIEFING_SLUG}/#ev-*")
    page.wait_for_load_state("networkidle")
    ident = page.url.split("#")[1]
    assert page.locator(".full-text-box").evaluate("d => d.open")
    page.wait_for_timeout(100)
    box = page.locator(f"#{ident}").bounding_box()
    assert box and 0 <= box["y"] and box["y"] + box["height"] <= 844, (ident, box)


def test_an_evidence_link_works_with_javascript_off(visit):
    """Chromium opens a <details> that holds a link's target by itself; cards.js only adds the
    second click on the same link. The mark stops a third of the screen down (CSS scroll-margin)."""
    page = visit(java_script_enabled=False, **PHONE).open(f"briefings/{BRIEFING_SLUG}/")
    link = page.locator("table a.evidence").nth(3)
    ident = link.get_attribute("href")[1:]
    link.click()
    page.wait_for_timeout(300)
    assert page.locator(".full-text-box").evaluate("d => d.open")
    box = page.locator(f"#{ident}").bounding_box()
    assert box and 844 * 0.2 < box["y"] < 844 * 0.6, (ident, box)
