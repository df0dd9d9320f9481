"""Who appears with whom and who speaks about whom, as plain graphs with a deterministic layout.

A graph's nodes are people; an edge joins two people named in the same sentence ("with") or
runs from a claim's speaker to each person the claim names ("speaks"). Layouts use no
randomness, so the same seeds always draw the same picture.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    kind: str  # with (undirected) | speaks (a speaks about b)
    weight: int = 1


@dataclass
class Graph:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    focus: str | None = None  # the node the picture is about (an entity page's own node)


def links_in(ann: Annotations) -> tuple[Counter, Counter]:
    """(co-occurrence counts {(a, b): n} with a < b, speaks-about counts {(speaker, person): n}) by local id."""
    people = ann.people
    starts = sorted((s, p.id) for p in people for s, _ in p.mentions)
    together: Counter = Counter()
    for s, e in ann.sentences:
        ids = sorted({pid for m, pid in starts if s <= m < e})
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                together[(a, b)] += 1
    speaks: Counter = Counter()
    for c in ann.claims:
        if not c.speaker_id:
            continue
        for m, pid in starts:
            if c.start <= m < c.end and pid != c.speaker_id:
                speaks[(c.speaker_id, pid)] += 1
    return together, speaks


def briefing_graph(ann: Annotations, link_of) -> Graph:
    """The people of one briefing; link_of(entity) gives each node's page."""
    together, speaks = links_in(ann)
    degree: Counter = Counter()
    for (a, b), n in (*together.items(), *speaks.items()):
        degree[a] += n
        degree[b] += n
    ranked = sorted(ann.people, key=lambda p: (-degree[p.id], -len(p.mentions), p.name))
    chosen = [p for p in ranked if degree[p.id]][:BRIEFING_NODES]
    nodes = [Node(p.id, p.name, "person", link_of(p), len(p.mentions)) for p in chosen]
    return _with_edges(nodes, together, speaks, radial)


def corpus_links(corpus) -> tuple[Counter, Counter]:
    """links_in over every briefing, keyed by corpus page ("people/<id>")."""
    together: Counter = Counter()
    speaks: Counter = Counter()
    for ann in corpus.briefings:
        slug = corpus.slugs[ann.document.source]
        t, s = links_in(ann)
        page = {p.id: corpus.links.get((slug, p.id)) for p in ann.people}
        for (a, b), n in t.items():
            pa, pb = page[a], page[b]
            if pa and pb and pa != pb:
                together[tuple(sorted((pa, pb)))] += n
        for (a, b), n in s.items():
            if page.get(a) and page.get(b) and page[a] != page[b]:
                speaks[(page[a], page[b])] += n
    return together, speaks


def corpus_graph(corpus, links: tuple[Counter, Counter], href) -> Graph:
    """The most connected people across briefings; href(page) gives a node's link."""
    together, speaks = links
    degree: Counter = Counter()
    for (a, b), n in (*together.items(), *speaks.items()):
        degree[a] += n
        degree[b] += n
    people = {f"people/{e.id}": e for e in corpus.entities["people"]}
    ranked = sorted((p for p in people if degree[p]),
                    key=lambda p: (-len(people[p].appearances), -degree[p], people[p].name))[:CORPUS_NODES]
    nodes = [Node(p, people[p].name, "person", href(p), people[p].mention_count) for p in ranked]
    return _with_edges(nodes, together, speaks, spring)


def ego_graph(corpus, links: tuple[Counter, Counter], page: str, href) -> Graph:
    """One person (page "people/<id>") at the centre with the people they appear with or speak about."""
    together, speaks = links
    near: Counter = Counter()
    for (a, b), n in (*together.items(), *speaks.items()):
        if page in (a, b):
            near[b if a == page else a] += n
    people = {f"people/{e.id}": e for e in corpus.entities["people"]}
    if page not in people or not near:
        return Graph()
    others = sorted(near, key=lambda p: (-near[p], people[p].name))[:EGO_NODES]
    nodes = [Node(p, people[p].name, "person", href(p), people[p].mention_count) for p in [page, *others]]
    graph = _with_edges(nodes, together, speaks, radial)
    graph.focus = page
    return graph


def _with_edges(nodes: list[Node], together: Counter, speaks: Counter, layout) -> Graph:
    ids = {n.id for n in nodes}
    edges = [Edge(a, b, "with", n) for (a, b), n in sorted(together.items()) if a in ids and b in ids]
    edges += [Edge(a, b, "speaks", n) for (a, b), n in sorted(speaks.items()) if a in ids and b in ids]
    return Graph(layout(nodes, edges), edges)


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
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    k = math.sqrt(4.0 / n)
    pairs = defaultdict(int)
    for e in edges:
        pairs[tuple(sorted((index[e.a], index[e.b])))] += e.weight
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
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    w, h = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return [_at(node, (pos[i][0] - min(xs)) / w, (pos[i][1] - min(ys)) / h) for i, node in enumerate(nodes)]


def _at(node: Node, x: float, y: float) -> Node:
    return Node(node.id, node.label, node.kind, node.href, node.weight, round(x, 4), round(y, 4))
