"""Relationship graphs and timeline charts on small hand-made annotations."""

import html
import math
from datetime import date

from generator import charts, graphs
from generator.model import Annotations, Claim, Document, Entity

TEXT = "Ana Ruiz met Ben Ode in Lima. Ruiz said Ode and Cy Tam would resign. Dee Wu stayed home."
#       0         1         2         3         4         5         6         7         8
#       0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567


def _span(word: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(word, start)
    return (i, i + len(word))


def annotations() -> Annotations:
    doc = Document("t.txt", "t", TEXT, "T")
    people = (
        Entity("p1", "person", "Ana Ruiz", mentions=(_span("Ana Ruiz"), _span("Ruiz", 10))),
        Entity("p2", "person", "Ben Ode", mentions=(_span("Ben Ode"), _span("Ode", 20))),
        Entity("p3", "person", "Cy Tam", mentions=(_span("Cy Tam"),)),
        Entity("p4", "person", "Dee Wu", mentions=(_span("Dee Wu"),)),
    )
    said = TEXT.index("Ode and")
    claim = Claim("Ode and Cy Tam would resign", said, TEXT.index(" would resign") + 13, speaker="Ruiz",
                  speaker_id="p1", source_type="named")
    first, second = TEXT.index("Ruiz said"), TEXT.index("Dee")
    return Annotations(doc, people=people, claims=(claim,), sentences=((0, first), (first, second), (second, len(TEXT))))


def test_people_in_one_sentence_are_linked_and_a_speaker_points_at_whom_they_name():
    links = graphs.links_in(annotations())
    assert links.together == {("p1", "p2"): 2, ("p1", "p3"): 1, ("p2", "p3"): 1}
    assert links.speaks == {("p1", "p2"): 1, ("p1", "p3"): 1}
    assert links.near("p3") == {"p1": 2, "p2": 1} and links.near("p4") == {}


def test_briefing_graph_ranks_by_links_and_leaves_out_the_unconnected():
    g = graphs.briefing_graph(annotations(), lambda e: f"../people/{e.id}/")
    assert [n.label for n in g.nodes] == ["Ana Ruiz", "Ben Ode", "Cy Tam"]
    assert g.nodes[0].href == "../people/p1/"
    assert {(e.a, e.b, e.kind) for e in g.edges} >= {("p1", "p2", "with"), ("p1", "p3", "speaks")}
    assert all(0 <= n.x <= 1 and 0 <= n.y <= 1 for n in g.nodes)


def test_spring_layout_is_deterministic_and_spreads_nodes():
    nodes = [graphs.Node(f"n{i}", f"N{i}") for i in range(8)]
    edges = [graphs.Edge(f"n{i}", f"n{(i + 1) % 8}", "with") for i in range(8)]
    a, b = graphs.spring(nodes, edges), graphs.spring(nodes, edges)
    assert a == b
    points = {(round(n.x, 2), round(n.y, 2)) for n in a}
    assert len(points) == 8 and all(0 <= x <= 1 and 0 <= y <= 1 for x, y in points)


def test_graph_svg_links_nodes_and_escapes_labels():
    nodes = [graphs.Node("a", '<script>alert("x")</script>', href='/p/"a"/', x=0, y=0),
             graphs.Node("b", "Bo & Co", href="../b/", x=1, y=1)]
    svg = charts.graph_svg(graphs.Graph(nodes, [graphs.Edge("a", "b", "speaks", 3)]), "Caption <b>")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert 'href="/p/&quot;a&quot;/"' in svg and 'href="../b/"' in svg
    assert "Bo &amp; Co" in svg and "Caption &lt;b&gt;" in svg
    assert 'marker-end="url(#graph-arrow)"' in svg
    assert charts.graph_svg(graphs.Graph(), "empty") == ""


def test_span_of_years_months_days_and_ranges():
    assert charts.span_of("2013") == (date(2013, 1, 1), date(2013, 12, 31))
    assert charts.span_of("2019-02") == (date(2019, 2, 1), date(2019, 2, 28))
    assert charts.span_of("2019-12") == (date(2019, 12, 1), date(2019, 12, 31))
    assert charts.span_of("2019-08-18") == (date(2019, 8, 18), date(2019, 8, 18))
    assert charts.span_of("2019-08-01/2019-09") == (date(2019, 8, 1), date(2019, 9, 30))


def test_axis_leaves_out_a_long_empty_stretch():
    spans = [charts.span_of(v) for v in ("2013", "2019-04", "2019-05", "2019-08-18")]
    axis = charts.Axis.fit(spans, 0, 700)
    assert len(axis.parts) == 2
    xs = [axis.x(d) for d in (date(2013, 6, 1), date(2019, 4, 1), date(2019, 5, 1), date(2019, 8, 18))]
    assert xs == sorted(xs)
    assert xs[1] - xs[0] < 150  # five empty years take a small gap, not most of the strip
    assert axis.parts[-1].x1 <= 700


def test_ticks_are_months_on_short_spans_and_years_on_long_ones():
    assert [t[1] for t in charts.ticks(date(2019, 3, 15), date(2019, 6, 2))] == ["Apr 2019", "May 2019", "Jun 2019"]
    years = charts.ticks(date(2001, 1, 1), date(2030, 1, 1), most=6)
    assert len(years) <= 6 and years[0][1] == "2001"


def test_timeline_svg_links_events_and_escapes_labels():
    events = [charts.Event("2019-08", "Talks <i>began</i>", "#date-1"), charts.Event("2013", "Chavez & co", "#date-2"),
              charts.Event("not a date", "skipped")]
    svg = charts.timeline_svg(events, "Events")
    assert svg.count('<g class="event">') == 4  # two events, in the wide and the narrow drawing
    assert 'href="#date-1"' in html.unescape(svg) and "Talks &lt;i&gt;began&lt;/i&gt;" in svg and "Chavez &amp; co" in svg
    assert charts.timeline_svg([], "none") == ""


def test_spring_layout_keeps_labels_of_close_nodes_apart():
    # a triangle of tightly linked people plus outliers: the triangle must not collapse onto one line
    nodes = [graphs.Node(c, c) for c in "abcdef"]
    edges = [graphs.Edge(a, b, "with", 9) for a, b in ("ab", "bc", "ac")] + [graphs.Edge("a", x, "with") for x in "def"]
    placed = graphs.spring(nodes, edges)
    for i, n in enumerate(placed):
        for m in placed[i + 1:]:
            assert abs(n.x - m.x) >= 0.4 or abs(n.y - m.y) >= 0.069


def _boxes(svg: str) -> list[tuple[float, float, float, float]]:
    """Each drawn label's box, estimated as the layout does (charts.CHAR per character)."""
    import re

    out = []
    for x, y, anchor, text in re.findall(r'<text x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)">([^<]*)</text>', svg):
        x, y, w = float(x), float(y), len(html.unescape(text)) * charts.CHAR
        left = x if anchor == "start" else x - w if anchor == "end" else x - w / 2
        out.append((left, y - 11, left + w, y + 3))
    return out


def test_labels_never_overlap_and_the_heaviest_nodes_keep_theirs():
    # 40 people, all linked to a few hubs: a crowded picture where not every name fits
    nodes = [graphs.Node(f"n{i}", f"Person Number{i} Longname", weight=100 - i) for i in range(40)]
    edges = [graphs.Edge(f"n{i}", f"n{i % 4}", "with", 2) for i in range(4, 40)]
    graph = graphs.Graph(graphs.spring(nodes, edges), edges)
    svg = charts.graph_svg(graph, "Crowd")
    wide = svg[svg.index('class="wide"'):svg.index('class="narrow"')]
    for drawing in (wide, svg[svg.index('class="narrow"'):]):
        boxes = _boxes(drawing)
        assert len(boxes) >= 5
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not (a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1), (a, b)
    assert 'data-id="n0"' in wide and ">Person Number0 Longname</text>" in wide  # the heaviest is labelled
    # an unlabelled node keeps its name for hover and screen readers
    assert "unlabelled" in svg and svg.count("<title>Person Number39 Longname: 61 mentions</title>") == 2


def test_a_long_name_that_fits_nowhere_falls_back_to_its_last_word():
    place = {"a": (20.0, 50.0), "b": (380.0, 50.0)}
    nodes = [graphs.Node("a", "Manuel Cristopher Figuera", weight=5), graphs.Node("b", "Bo", weight=9)]
    labels = charts.place_labels(nodes, place, {"a": 8, "b": 8}, 400, 100)
    assert labels["b"][3] == "Bo" and labels["a"][3] in ("Manuel Cristopher Figuera", "M. C. Figuera", "Figuera")
    # a person keeps the initials of the given names while they fit, the surname alone after that
    tight = charts.place_labels(nodes, place, {"a": 8, "b": 8}, 130, 100)
    assert tight["a"][3] == "M. C. Figuera"
    tighter = charts.place_labels(nodes, place, {"a": 8, "b": 8}, 100, 100)
    assert tighter["a"][3] == "Figuera"
    # an organisation's name is never made initials
    org = [graphs.Node("a", "Harbour Ferry Board", kind="organization", weight=5), nodes[1]]
    assert charts.place_labels(org, place, {"a": 8, "b": 8}, 100, 100)["a"][3] == "Board"


def test_the_connections_graph_stays_legible_at_a_thousand_briefings():
    """A synthetic corpus of 1,000 briefings and 3,000 people: the picture keeps the most connected
    people only, no two labels overlap, the best connected are all named, and each node can be filtered."""
    from types import SimpleNamespace as NS

    briefings, people, links = [], [], graphs.Links()
    for b in range(1000):
        briefings.append(NS(document=NS(source=f"s{b}", outlet=f"Outlet {b % 7}")))
    slugs = {f"s{b}": f"b{b}" for b in range(1000)}
    for i in range(3000):
        apps = [NS(briefing=f"b{(i * 7 + k) % 1000}", title=f"Briefing {(i * 7 + k) % 1000}") for k in range(1 + (i % 5 == 0) * 3)]
        people.append(NS(id=f"p{i}", name=f"Firstname{i} Surname{i}", appearances=apps, mention_count=1 + i % 9))
    for i in range(3000):  # a few hubs everyone meets, and a ring
        links.together[tuple(sorted((f"people/p{i}", f"people/p{i % 25}")))] += 1 + i % 3
        links.together[tuple(sorted((f"people/p{i}", f"people/p{(i + 1) % 3000}")))] += 1
    corpus = NS(briefings=briefings, slugs=slugs, entities={"people": people})
    graph = graphs.corpus_graph(corpus, links, lambda page: f"../{page}/")
    assert len(graph.nodes) == graphs.CORPUS_NODES
    svg = charts.graph_svg(graph, "Connections", "connections", filterable=True)
    assert "data-filter" in svg and svg.count("data-tags=") == 2 * len(graph.nodes)
    assert 'outlet:Outlet 0' in svg and 'briefing:Briefing 0' in svg
    wide = svg[svg.index('class="wide"'):svg.index('class="narrow"')]
    boxes = _boxes(wide)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1), (a, b)
    import re

    circles = [(float(x), float(y), float(r)) for x, y, r in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', wide)]
    overlaps = sum(1 for i, a in enumerate(circles) for b in circles[i + 1:]
                   if math.hypot(a[0] - b[0], a[1] - b[1]) < a[2] + b[2])
    assert overlaps == 0  # no circle hides another
    heaviest = sorted(graph.nodes, key=lambda n: -n.weight)[:5]
    named = html.unescape(wide)
    assert all(f">{n.label}<" in named or f">{n.label.split()[-1]}<" in named for n in heaviest)


def test_a_picture_whose_people_and_links_are_unchanged_is_laid_out_once():
    nodes = [graphs.Node(f"people/p{i}", f"Person {i}") for i in range(6)]
    edges = [graphs.Edge("people/p0", "people/p1", "with", 2), graphs.Edge("people/p1", "people/p2", "speaks")]
    graphs._spring_positions.cache_clear()
    first = graphs.spring(nodes, edges)
    # the same structure under other names and links (a rebuild's pages) reuses the positions
    renamed = [graphs.Node(n.id, n.label.upper(), href=f"../{n.id}/") for n in nodes]
    again = graphs.spring(renamed, edges)
    assert graphs._spring_positions.cache_info().hits == 1
    assert [(n.x, n.y) for n in again] == [(n.x, n.y) for n in first]
    assert [n.label for n in again] == [n.label for n in renamed]
    other = graphs.spring(nodes, [*edges, graphs.Edge("people/p3", "people/p4", "with")])
    assert graphs._spring_positions.cache_info().misses == 2 and other != first  # another link: laid out anew
