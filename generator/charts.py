"""Static SVG pictures made at build time: a relationship graph and a timeline strip.

The SVG goes inline into a Markdown page as a raw HTML block, so every href must already be
a final URL (MkDocs does not rewrite links inside raw HTML). Labels are untrusted text and
go through escape.attr / escape.html_text. Colours come from CSS classes (docs/assets), so
the pictures follow the light and dark schemes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from .escape import attr, html_text
from .graphs import Graph

CHAR = 6.8  # average label width per character at 12px, for layout only


LABEL_H = 14  # a label's box height at 12px, for layout only
NARROW = 400  # the phone variant's width: its 12px labels stay near 11px on a 360-400 px screen


def graph_svg(graph: Graph, caption: str, ident: str = "graph", width: int = 760, height: int = 480,
              filterable: bool = False) -> str:
    """The graph as an inline <figure> with two drawings: a wide one, and a narrow one phones show
    instead (CSS picks), so labels keep a readable size at any width; each node links to its page."""
    if not graph.nodes:
        return ""
    data = " data-filter" if filterable else ""  # docs/assets/graphfilter.js adds its controls
    out = [f'<figure class="picture graph" id="{attr(ident)}"{data} data-search-exclude>',
           _graph_drawing(graph, caption, ident, width, height, "wide"),
           _graph_drawing(graph, caption, f"{ident}-narrow", NARROW, max(height - 40, 360), "narrow"),
           f"<figcaption>{html_text(caption)}</figcaption></figure>"]
    return "\n".join(out)


def _graph_drawing(graph: Graph, caption: str, ident: str, width: int, height: int, variant: str) -> str:
    longest = min(max(len(n.label) for n in graph.nodes), 18)
    pad_x, pad_y = 20 + longest * CHAR * (0.5 if variant == "wide" else 0.25), 30
    place = {n.id: (pad_x + n.x * (width - 2 * pad_x), pad_y + n.y * (height - 2 * pad_y)) for n in graph.nodes}
    top = max((n.weight for n in graph.nodes), default=1)
    radius = {n.id: 5 + 9 * math.sqrt(n.weight / top) for n in graph.nodes}
    place = _apart(place, radius, (pad_x, pad_y, width - pad_x, height - pad_y))
    labels = place_labels(graph.nodes, place, radius, width, height)
    out = [f'<svg class="{variant}" viewBox="0 0 {width} {height}" role="group" aria-labelledby="{attr(ident)}-title" '
           'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{attr(ident)}-title">{html_text(caption)}</title>',
           f'<defs><marker id="{attr(ident)}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>']
    for e in graph.edges:
        (x1, y1), (x2, y2) = place[e.a], place[e.b]
        stroke = min(1 + math.log(e.weight), 5)
        data = f' data-a="{attr(e.a)}" data-b="{attr(e.b)}"'
        if e.kind == "speaks":
            # a curve, ending at the target circle's rim, so it stays apart from the straight "with" line
            mx, my = (x1 + x2) / 2 + (y2 - y1) * 0.15, (y1 + y2) / 2 - (x2 - x1) * 0.15
            dx, dy = x2 - mx, y2 - my
            d = math.hypot(dx, dy) or 1
            ex, ey = x2 - dx / d * (radius[e.b] + 3), y2 - dy / d * (radius[e.b] + 3)
            out.append(f'<path class="edge speaks"{data} d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}" '
                       f'stroke-width="{stroke:.1f}" marker-end="url(#{attr(ident)}-arrow)"/>')
        else:
            out.append(f'<line class="edge with"{data} x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                       f'stroke-width="{stroke:.1f}"/>')
    for n in graph.nodes:
        x, y = place[n.id]
        focus = " focus" if n.id == graph.focus else ""
        body = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[n.id]:.1f}"/>'
        spot = labels[n.id]
        if spot:
            tx, ty, anchor, text = spot
            body += f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">{html_text(text)}</text>'
        label = f"{n.label}: {n.weight} mention{'s' if n.weight != 1 else ''}"
        if n.href:
            body = f'<a href="{attr(n.href)}" aria-label="{attr(label)}"><title>{html_text(label)}</title>{body}</a>'
        else:
            body = f"<title>{html_text(label)}</title>{body}"
        tags = f' data-tags="{attr("|".join(n.tags))}"' if n.tags else ""
        out.append(f'<g class="node {attr(n.kind)}{focus}{"" if spot else " unlabelled"}" data-id="{attr(n.id)}"{tags}>'
                   f'{body}</g>')
    out.append("</svg>")
    return "\n".join(out)


Box = tuple[float, float, float, float]


def _apart(place: dict, radius: dict, bounds: Box, gap: float = 4, rounds: int = 40) -> dict:
    """Circles pushed apart until none overlaps another (a layout in the unit square can stack them once
    drawn at their sizes); each pair moves away along the line between them, in a fixed order."""
    pos = {k: list(v) for k, v in place.items()}
    ids = sorted(pos)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                dx, dy = pos[b][0] - pos[a][0], pos[b][1] - pos[a][1]
                d = math.hypot(dx, dy)
                need = radius[a] + radius[b] + gap
                if d >= need:
                    continue
                if d < 1e-6:  # on one spot: move apart sideways, the later one to the right
                    dx, dy, d = 1.0, 0.0, 1.0
                push = (need - d) / 2
                for k, sign in ((a, -1), (b, 1)):
                    pos[k][0] = min(max(pos[k][0] + sign * dx / d * push, bounds[0]), bounds[2])
                    pos[k][1] = min(max(pos[k][1] + sign * dy / d * push, bounds[1]), bounds[3])
                moved = True
        if not moved:
            break
    return {k: (v[0], v[1]) for k, v in pos.items()}


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(nodes, place: dict, radius: dict, width: float, height: float) -> dict[str, tuple | None]:
    """Each node's label as (x, y, text-anchor, text), or None where it has no room.

    The heaviest nodes are labelled first, each on the first side (outward, inward, below, above)
    where its box stays inside the picture and clear of every circle and every label placed so far,
    so no two labels ever overlap; a person's name that fits nowhere tries its initials and surname
    ("M. C. Figuera"), then any name its last word ("Figuera"), and an unlabelled node keeps its full
    name on hover and for screen readers.
    """
    circles = {n.id: (place[n.id][0] - radius[n.id], place[n.id][1] - radius[n.id],
                      place[n.id][0] + radius[n.id], place[n.id][1] + radius[n.id]) for n in nodes}
    taken: list[Box] = []
    out: dict[str, tuple | None] = {}
    for n in sorted(nodes, key=lambda n: (-n.weight, n.label, n.id)):
        x, y = place[n.id]
        r = radius[n.id]
        out[n.id] = None
        texts = [n.label, *_shorter(n)]
        for text in texts:
            w = len(text) * CHAR
            right = (x + r + 4, y + 4, "start", (x + r + 3, y - LABEL_H / 2, x + r + 5 + w, y + LABEL_H / 2))
            left = (x - r - 4, y + 4, "end", (x - r - 5 - w, y - LABEL_H / 2, x - r - 3, y + LABEL_H / 2))
            below = (x, y + r + 13, "middle", (x - w / 2 - 1, y + r + 1, x + w / 2 + 1, y + r + 2 + LABEL_H))
            above = (x, y - r - 5, "middle", (x - w / 2 - 1, y - r - 2 - LABEL_H, x + w / 2 + 1, y - r - 1))
            sides = (right, left) if x >= width / 2 else (left, right)
            for tx, ty, anchor, box in (*sides, below, above):
                inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
                if inside and not any(_overlaps(box, t) for t in taken) and \
                        not any(_overlaps(box, c) for i, c in circles.items() if i != n.id):
                    out[n.id] = (tx, ty, anchor, text)
                    taken.append(box)
                    break
            if out[n.id]:
                break
    return out


def _shorter(node) -> list[str]:
    """A label's shorter forms, longest first: a person's given names as initials, then the last word."""
    words = node.label.split()
    if len(words) < 2:
        return []
    given = [w for w in words[:-1] if w[:1].isupper()]
    initials = " ".join([*(f"{w[0]}." for w in given), words[-1]])
    return [initials, words[-1]] if node.kind == "person" and given and initials != node.label else [words[-1]]


@dataclass(frozen=True)
class Part:
    lo: int  # first day (ordinal) of a stretch of the axis
    hi: int  # day after its last
    x0: float
    x1: float


@dataclass(frozen=True)
class Axis:
    """A time axis that leaves out long empty stretches, so one old date doesn't squash the rest."""

    parts: tuple[Part, ...]

    @classmethod
    def fit(cls, spans: list[tuple[date | int, date | int]], left: float, right: float, gap: float = 28) -> Axis:
        spans = sorted((_day(a), _day(b) + 1) for a, b in spans)
        total = spans[-1][1] - spans[0][0] if spans else 1
        clusters: list[list[int]] = []  # [lo, hi, events]
        for a, b in spans:
            if clusters and a - clusters[-1][1] <= max(180, total * 0.25):
                clusters[-1][1] = max(clusters[-1][1], b)
                clusters[-1][2] += 1
            else:
                clusters.append([a, b, 1])
        room = right - left - gap * (len(clusters) - 1)
        least = min(80.0, room / len(clusters))
        events = sum(c[2] for c in clusters)
        widths = [least + (room - least * len(clusters)) * c[2] / events for c in clusters]
        parts, x = [], left
        for (lo, hi, _), w in zip(clusters, widths, strict=True):
            parts.append(Part(lo, hi, x, x + w))
            x += w + gap
        return cls(tuple(parts))

    def x(self, day: date | int) -> float:
        d = _day(day)
        for part in self.parts:
            if d <= part.hi:
                d = max(d, part.lo)
                return part.x0 + (d - part.lo) * (part.x1 - part.x0) / max(part.hi - part.lo, 1)
        return self.parts[-1].x1


@dataclass(frozen=True)
class Event:
    value: str  # YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or "a/b"
    label: str
    href: str | None = None


# Days in 400 Gregorian years: shifting a date by whole cycles keeps its weekday and leap years,
# so a day before the Common Era gets an ordinal (zero or negative) that Python's date has not.
CYCLE_DAYS, CYCLE_YEARS = 146097, 400


def ordinal(y: int, m: int = 1, d: int = 1) -> int:
    """The proleptic Gregorian day number of an astronomical year, month and day (1 BC is year 0)."""
    k = 0 if y >= 1 else (CYCLE_YEARS - y) // CYCLE_YEARS
    return date(y + k * CYCLE_YEARS, m, d).toordinal() - k * CYCLE_DAYS


def from_ordinal(n: int) -> tuple[int, int, int]:
    """(astronomical year, month, day) of a day number, before the Common Era too."""
    k = 0 if n >= 1 else (CYCLE_DAYS - n) // CYCLE_DAYS
    d = date.fromordinal(n + k * CYCLE_DAYS)
    return d.year - k * CYCLE_YEARS, d.month, d.day


def days_of(value: str) -> tuple[int, int]:
    """The day numbers of the first and last day an ISO date, month, year, dated time or "a/b" range
    covers; a leading "-" is a year before the Common Era ("-0043" is 44 BC)."""
    if "/" in value:
        a, b = value.split("/", 1)
        return days_of(a)[0], days_of(b)[1]
    value = value.split("T")[0]  # a time on a day marks that day
    sign = -1 if value.startswith("-") else 1
    parts = [int(p) for p in (value[1:] if sign < 0 else value).split("-")]
    y = sign * parts[0]
    if len(parts) == 1:
        return ordinal(y), ordinal(y + 1) - 1
    if len(parts) == 2:
        m = parts[1]
        return ordinal(y, m), ordinal(y + (m == 12), m % 12 + 1) - 1
    return ordinal(y, parts[1], parts[2]), ordinal(y, parts[1], parts[2])


def span_of(value: str) -> tuple[date, date]:
    """The first and last day an ISO date, month, year, dated time or "a/b" range covers (Common Era)."""
    a, b = days_of(value)
    return date.fromordinal(a), date.fromordinal(b)


def year_label(y: int) -> str:
    """An astronomical year as a reader writes it: 2019, 79, 44 BC (for -43)."""
    return str(y) if y >= 1 else f"{1 - y} BC"


def timeline_svg(events: list[Event], caption: str, ident: str = "timeline", width: int = 760, lanes: int = 8) -> str:
    """A strip chart: one mark per event (a bar for a month or a year), labels stacked in lanes;
    drawn wide and narrow (phones show the narrow one), so labels keep a readable size."""
    dated = []
    for e in events:
        try:
            dated.append((days_of(e.value), e))
        except ValueError:
            continue
    if not dated:
        return ""
    dated.sort(key=lambda d: (d[0][0], d[0][1], d[1].label))
    return "\n".join([f'<figure class="picture timeline-chart" id="{attr(ident)}" data-search-exclude>',
                      _timeline_drawing(dated, caption, ident, width, lanes, "wide"),
                      _timeline_drawing(dated, caption, f"{ident}-narrow", NARROW, lanes, "narrow"),
                      f"<figcaption>{html_text(caption)}</figcaption></figure>"])


def _timeline_drawing(dated: list, caption: str, ident: str, width: int, lanes: int, variant: str) -> str:
    left, right = 20, width - 20
    axis = Axis.fit([span for span, _ in dated], left, right)
    x_of = axis.x

    placed, taken = [], [[] for _ in range(lanes)]
    for (a, b), e in dated:
        x0, x1 = x_of(a), max(x_of(b + 1), x_of(a) + 3)
        text = _short(e.label, 44 if variant == "wide" else 28)
        w = len(text) * CHAR + 12
        flip = x0 + w > width  # near the right edge the label runs leftwards
        box = (x0 - w, x0) if flip else (x0, x0 + w)
        lane = next((i for i in range(lanes) if all(box[1] < s or t < box[0] for s, t in taken[i])), None)
        if lane is not None:
            taken[lane].append(box)
        placed.append((x0, x1, lane, flip, text, e))
    used = max((p[2] for p in placed if p[2] is not None), default=0) + 1
    axis_y = 24 + used * 22
    height = axis_y + 34
    out = [f'<svg class="{variant}" viewBox="0 0 {width} {height}" role="group" aria-labelledby="{attr(ident)}-title" '
           'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{attr(ident)}-title">{html_text(caption)}</title>',
           ]
    for part in axis.parts:
        out.append(f'<line class="axis" x1="{part.x0:.1f}" y1="{axis_y}" x2="{part.x1:.1f}" y2="{axis_y}"/>')
        for day, label in ticks(part.lo, part.hi - 1, max(1, int((part.x1 - part.x0) // 90))):
            x = x_of(day)
            anchor = "start" if x - left < 30 else "end" if right - x < 30 else "middle"
            out.append(f'<g class="tick"><line class="axis" x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}"/>'
                       f'<text x="{x:.1f}" y="{axis_y + 18}" text-anchor="{anchor}">{html_text(label)}</text></g>')
    for a, b in zip(axis.parts, axis.parts[1:], strict=False):
        # a break in the axis: the years between two clusters of events are left out
        mid = (a.x1 + b.x0) / 2
        out.append(f'<g class="tick break"><text x="{mid:.1f}" y="{axis_y + 4}" text-anchor="middle">≈</text></g>')
    for x0, x1, lane, flip, text, e in placed:
        y = axis_y - 12 - (lane or 0) * 22 if lane is not None else axis_y
        body = [f'<title>{html_text(e.value)}: {html_text(e.label)}</title>']
        if lane is not None:
            body.append(f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{x0:.1f}" y2="{axis_y}"/>')
            anchor = f'x="{x0 - 7:.1f}" text-anchor="end"' if flip else f'x="{x0 + 7:.1f}"'
            body.append(f'<text {anchor} y="{y + 4:.1f}">{html_text(text)}</text>')
        if x1 - x0 > 8:
            body.append(f'<rect x="{x0:.1f}" y="{axis_y - 4}" width="{x1 - x0:.1f}" height="8" rx="4" class="period"/>')
        body.append(f'<circle cx="{x0:.1f}" cy="{y:.1f}" r="5"/>')
        inner = "".join(body)
        if e.href:
            inner = f'<a href="{attr(e.href)}" aria-label="{attr(e.value + ": " + e.label)}">{inner}</a>'
        out.append(f'<g class="event">{inner}</g>')
    out.append("</svg>")
    return "\n".join(out)


def _short(label: str, limit: int = 44) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _day(day: date | int) -> int:
    return day if isinstance(day, int) else day.toordinal()


def ticks(lo: date | int, hi: date | int, most: int = 8) -> list[tuple[date | int, str]]:
    """Axis ticks: years over long spans, months over short ones, at most `most` of them; given
    dates, ticks are dates, given day numbers (which reach before the Common Era), day numbers."""
    as_date = isinstance(lo, date)
    lo, hi = _day(lo), _day(hi)

    def back(n: int) -> date | int:
        return date.fromordinal(n) if as_date else n

    (ly, lm, ld), (hy, hm, _) = from_ordinal(lo), from_ordinal(hi)
    months = (hy - ly) * 12 + hm - lm
    if months > 24:
        years = list(range(ly + (lo > ordinal(ly)), hy + 1))
        every = max(1, math.ceil(len(years) / most))
        return [(back(ordinal(y)), year_label(y)) for y in years[::every]]
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    firsts = []
    y, m = ly, lm
    while (y, m) <= (hy, hm):
        if ordinal(y, m) >= lo:
            firsts.append((y, m))
        y, m = y + (m == 12), m % 12 + 1
    if not firsts:
        return [(back(lo), f"{ld} {names[lm - 1]} {year_label(ly)}")]
    every = max(1, math.ceil(len(firsts) / most))
    return [(back(ordinal(y, m)), f"{names[m - 1]} {year_label(y)}") for y, m in firsts[::every]]
