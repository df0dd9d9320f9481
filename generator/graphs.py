"""Who appears with whom and who speaks about whom, as plain graphs with a deterministic layout.

A graph's nodes are people; an edge joins two people named in the same sentence ("with") or
runs from a claim's speaker to each person the claim names ("speaks"). Layouts use no
randomness, so the same seeds always draw the same picture.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .memo import Rounds
from .model import Annotations

BRIEFING_NODES = 14  # a briefing graph shows its most connected people, no more
CORPUS_NODES = 40
EGO_NODES = 12


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    kind: str = "person"
    href: str | None = None
    weight: int = 1  # mentions
    x: float = 0.0
    y: float = 0.0
    tags: tuple[str, ...] = ()  # what a picture's filter matches: briefings and outlets it appears in


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    kind: str  # with (undirected) | speaks (a speaks about b)
    weight: int = 1


@dataclass
class Links:
    """Co-occurrence counts {(a, b): n} with a < b and speaks-about counts {(speaker, person): n}."""

    together: Counter = field(default_factory=Counter)
    speaks: Counter = field(default_factory=Counter)
    _near: dict | None = field(default=None, repr=False)

    def degree(self) -> Counter:
        out: Counter = Counter()
        for (a, b), n in (*self.together.items(), *self.speaks.items()):
            out[a] += n
            out[b] += n
        return out

    def near(self, node: str) -> Counter:
        """How often each other node is linked with this one, either way (an index built once)."""
        if self._near is None:
            self._near = defaultdict(Counter)
            for (a, b), n in (*self.together.items(), *self.speaks.items()):
                self._near[a][b] += n
                self._near[b][a] += n
        return self._near.get(node, Counter())


@dataclass
class Graph:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    focus: str | None = None  # the node the picture is about (an entity page's own node)


def links_in(ann: Annotations) -> Links:
    """Who appears with whom and who speaks about whom in one briefing, by local entity id."""
    people = ann.people
    starts = sorted((s, p.id) for p in people for s, _ in p.mentions)
    together: Counter = Counter()
    offsets = [m for m, _ in starts]
    for s, e in ann.sentences:
        ids = sorted({pid for _, pid in starts[bisect_left(offsets, s):bisect_left(offsets, e)]})
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                together[(a, b)] += 1
    speaks: Counter = Counter()
    for c in ann.claims:
        if not c.speaker_id:
            continue
        for _, pid in starts[bisect_left(offsets, c.start):bisect_left(offsets, c.end)]:
            if pid != c.speaker_id:
                speaks[(c.speaker_id, pid)] += 1
    return Links(together, speaks)


def briefing_graph(ann: Annotations, link_of) -> Graph:
    """The people of one briefing; link_of(entity) gives each node's page."""
    links = links_in(ann)
    degree = links.degree()
    ranked = sorted(ann.people, key=lambda p: (-degree[p.id], -len(p.mentions), p.name))
    chosen = [p for p in ranked if degree[p.id]][:BRIEFING_NODES]
    nodes = [Node(p.id, p.name, "person", link_of(p), len(p.mentions)) for p in chosen]
    return _with_edges(nodes, links, radial)


def corpus_links(corpus) -> Links:
    """links_in over every briefing, keyed by corpus page ("people/<id>")."""
    out = Links()
    _LINKS_IN.new_round()
    for ann in corpus.briefings:
        slug = corpus.slugs[ann.document.source]
        # an unchanged seed's annotations are the same object in the next build of a serve process
        links = _LINKS_IN.of(ann, lambda a=ann: links_in(a))
        page = {p.id: corpus.links.get((slug, p.id)) for p in ann.people}
        for (a, b), n in links.together.items():
            pa, pb = page[a], page[b]
            if pa and pb and pa != pb:
                out.together[tuple(sorted((pa, pb)))] += n
        for (a, b), n in links.speaks.items():
            if page.get(a) and page.get(b) and page[a] != page[b]:
                out.speaks[(page[a], page[b])] += n
    return out


_LINKS_IN = Rounds()  # links_in of each briefing, by its annotations object


def corpus_graph(corpus, links: Links, href) -> Graph:
    """The most connected people across briefings; href(page) gives a node's link."""
    degree = links.degree()
    people = {f"people/{e.id}": e for e in corpus.entities["people"]}
    ranked = sorted((p for p in people if degree[p]),
                    key=lambda p: (-len(people[p].appearances), -degree[p], people[p].name))[:CORPUS_NODES]
    outlet = {corpus.slugs[a.document.source]: a.document.outlet or "outlet unknown" for a in corpus.briefings}

    def tags(entity) -> tuple[str, ...]:
        # what the page's filter matches: each briefing (by title) and outlet the person appears in
        seen = dict.fromkeys([f"outlet:{outlet.get(a.briefing, 'outlet unknown')}" for a in entity.appearances]
                             + [f"briefing:{a.title}" for a in entity.appearances])
        return tuple(seen)

    nodes = [Node(p, people[p].name, "person", href(p), people[p].mention_count, tags=tags(people[p])) for p in ranked]
    return _with_edges(nodes, links, spring)


def ego_graph(corpus, links: Links, page: str, href, people: dict | None = None) -> Graph:
    """One person (page "people/<id>") at the centre with the people they appear with or speak about."""
    near = links.near(page)
    people = people if people is not None else {f"people/{e.id}": e for e in corpus.entities["people"]}
    if page not in people or not near:
        return Graph()
    others = sorted((p for p in near if p in people), key=lambda p: (-near[p], people[p].name))[:EGO_NODES]
    nodes = [Node(p, people[p].name, "person", href(p), people[p].mention_count) for p in [page, *others]]
    graph = _with_edges(nodes, links, radial)
    graph.focus = page
    return graph


def _with_edges(nodes: list[Node], links: Links, layout) -> Graph:
    """The edges among the chosen nodes only (pairwise look-ups: cheap for a few dozen nodes)."""
    edges = []
    for i, x in enumerate(nodes):
        for y in nodes[i + 1:]:
            a, b = sorted((x.id, y.id))
            if links.together.get((a, b)):
                edges.append(Edge(a, b, "with", links.together[(a, b)]))
            for s, t in ((a, b), (b, a)):
                if links.speaks.get((s, t)):
                    edges.append(Edge(s, t, "speaks", links.speaks[(s, t)]))
    return Graph(layout(nodes, edges), sorted(edges, key=lambda e: (e.kind != "with", e.a, e.b)))


def radial(nodes: list[Node], edges: list[Edge]) -> list[Node]:
    """The first node at the centre, the rest on a circle in rank order (unit square coordinates)."""
    if not nodes:
        return []
    if len(nodes) <= 3:
        return _circle(nodes)
    rest = len(nodes) - 1
    out = [_at(nodes[0], 0.5, 0.5)]
    for i, n in enumerate(nodes[1:]):
        angle = -math.pi / 2 + 2 * math.pi * i / rest
        out.append(_at(n, 0.5 + 0.5 * math.cos(angle), 0.5 + 0.5 * math.sin(angle)))
    return out


def _circle(nodes: list[Node]) -> list[Node]:
    if len(nodes) == 1:
        return [_at(nodes[0], 0.5, 0.5)]
    return [_at(n, 0.5 + 0.5 * math.cos(math.pi + 2 * math.pi * i / len(nodes)),
                0.5 + 0.5 * math.sin(math.pi + 2 * math.pi * i / len(nodes))) for i, n in enumerate(nodes)]


def spring(nodes: list[Node], edges: list[Edge], rounds: int = 200) -> list[Node]:
    """Fruchterman-Reingold from a circle start with a cooling step: deterministic, unit square output."""
    n = len(nodes)
    if n <= 3:
        return _circle(nodes)
    index = {node.id: i for i, node in enumerate(nodes)}
    pairs = defaultdict(int)
    for e in edges:
        pairs[tuple(sorted((index[e.a], index[e.b])))] += e.weight
    positions = _spring_positions(n, tuple(pairs.items()), rounds)  # in edge order, as the sums ran
    return [_at(node, x, y) for node, (x, y) in zip(nodes, positions, strict=True)]


@lru_cache(maxsize=64)  # a rebuild that leaves a picture's people and their links as they were lays it out once
def _spring_positions(n: int, weighted: tuple[tuple[tuple[int, int], int], ...], rounds: int) -> tuple:
    """The unit-square positions of n nodes joined by these weighted index pairs: depends on nothing else."""
    pairs = dict(weighted)
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    k = math.sqrt(4.0 / n)
    step = 0.2
    for _ in range(rounds):
        move = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                d = max(math.hypot(dx, dy), 1e-3)
                f = k * k / d
                move[i][0] += dx / d * f
                move[i][1] += dy / d * f
                move[j][0] -= dx / d * f
                move[j][1] -= dy / d * f
        for (i, j), w in pairs.items():
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            d = max(math.hypot(dx, dy), 1e-3)
            f = d * d / k * min(1 + math.log(w), 3)
            move[i][0] -= dx / d * f
            move[i][1] -= dy / d * f
            move[j][0] += dx / d * f
            move[j][1] += dy / d * f
        for i in range(n):
            # a weak pull to the centre keeps unconnected people on the page
            move[i][0] -= pos[i][0] * 0.05
            move[i][1] -= pos[i][1] * 0.05
            d = max(math.hypot(*move[i]), 1e-9)
            pos[i][0] += move[i][0] / d * min(d, step)
            pos[i][1] += move[i][1] / d * min(d, step)
        step *= 0.98
    return tuple(tuple(p) for p in _separate(_unit(pos)))


def _unit(pos: list[list[float]]) -> list[list[float]]:
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    w, h = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return [[(x - min(xs)) / w, (y - min(ys)) / h] for x, y in pos]


def _separate(pos: list[list[float]], dx: float = 0.4, dy: float = 0.07, rounds: int = 60) -> list[list[float]]:
    """Push apart nodes whose labels would overlap (side by side on nearly one line), vertically."""
    for _ in range(rounds):
        moved = False
        for i in range(len(pos)):
            for j in range(i + 1, len(pos)):
                gap_y = pos[j][1] - pos[i][1]
                if abs(pos[j][0] - pos[i][0]) < dx and abs(gap_y) < dy:
                    push = (dy - abs(gap_y)) / 2 + 1e-3
                    sign = 1 if gap_y > 0 or (gap_y == 0 and j > i) else -1
                    pos[j][1] += sign * push
                    pos[i][1] -= sign * push
                    moved = True
        if not moved:
            break
        pos = _unit(pos)
    return pos


def _at(node: Node, x: float, y: float) -> Node:
    return replace(node, x=round(x, 4), y=round(y, 4))
