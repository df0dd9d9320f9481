"""Pages as {uri: markdown}, rendered through the Jinja templates in templates/.

Writes nothing but the optional Markdown cache of briefing pages (generator/mdcache.py)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path

import jinja2

from . import annotated, brief, charts, genre, graphs, keypoints
from .cache import digest
from .corpus import KINDS, Corpus
from .escape import attr, code, front_matter, md, safe_url
from .lastbuild import LastPages, entity_inputs, unsettled
from .mdcache import MarkdownCache, fingerprint
from .memo import Rounds
from .model import Annotations, calendar_order, on_calendar, value_head
from .sourcing import profile

KIND_TITLES = {"people": "People", "organizations": "Organisations", "places": "Places"}
KEY_POINTS = 5
CHART_MARKS = 120  # most marks on the cross-briefing timeline chart


def environment(templates_dir: str | Path) -> jinja2.Environment:
    """The one Jinja environment: strict about undefined names, explicit escaping filters.

    One per templates folder and process: `mkdocs serve` rebuilds reuse its compiled templates
    (the loader still reloads a template whose file changed)."""
    return _environment(str(Path(templates_dir).resolve()))


@cache
def _environment(templates_dir: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown: untrusted text goes through |md or |attr
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md, attr=attr, yaml=front_matter, code=code, safe_url=safe_url,
                       fmt_date=fmt_date, plural=plural, shorten=brief.shorten,
                       quoted=brief.quoted)
    # the id of the sentence an evidence line quotes, the same on the briefing and the person's page
    env.globals["evidence_anchor"] = annotated.evidence_anchor
    return env


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 request', '2 requests', '0 requests' (many: an irregular plural, e.g. 'people')."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def evidence(entity, most: int = 2) -> list:
    """An entity's evidence with each sentence shown once (two roles stated in one sentence share it)."""
    seen, out = set(), []
    for ev in entity.evidence:
        key = (ev.sentence_start, ev.sentence_end) if ev.kind != "corrected" else ("corrected", ev.text)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out[:most]


def pages_of(doc) -> Callable[[int], str]:
    """A function giving "p. 12" for an offset of a PDF's text, "" for other formats or between pages."""
    blocks = sorted((b for b in doc.blocks if b.page is not None), key=lambda b: b.start)
    if not blocks:
        return lambda offset: ""
    starts = [b.start for b in blocks]

    def page(offset: int) -> str:
        # a bisect, not Document.page_at's walk: a 300-page report has thousands of blocks and marks
        i = bisect_right(starts, offset) - 1
        b = blocks[i] if i >= 0 else None
        return f"p. {b.page}" if b is not None and b.start <= offset <= b.end else ""

    return page


def fmt_date(value: str | None) -> str:
    """YYYY-MM-DD (or shorter) as '19 Aug 2019', a time as '22:30' or '22:30, 4 Sep 2010', year 420 as
    '420', astronomical year -0043 as '44 BC'; unknown stays 'date unknown'."""
    if not value:
        return "date unknown"
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    if "/" in value:
        a, b = value.split("/", 1)
        return f"{fmt_date(a)} – {fmt_date(b)}"
    day, _, time = value.rpartition("T") if "T" in value else ("", "", value if ":" in value else "")
    if time:
        clock = time[:5] if time.endswith(":00") else time
        return f"{clock}, {fmt_date(day)}" if day else clock
    sign = -1 if value.startswith("-") else 1
    parts = value[1:].split("-") if sign < 0 else value.split("-")
    astronomical = sign * int(parts[0])
    # the year 420, not "0420"; astronomical -0043 is 44 BC (the year 0000 is 1 BC)
    year = str(astronomical) if astronomical > 0 else f"{1 - astronomical} BC"
    if len(parts) == 3:
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {year}"
    if len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {year}"
    return year


def _date_order(value: str | None) -> tuple:
    """Dates by calendar value; times of no known day after them by clock, then the unresolved."""
    if not value:
        return (2, "")
    return (0, calendar_order(value)) if on_calendar(value) else (1, (value,))


def rel(page: str, target: str) -> str:
    """A relative link from one page's uri to another's (or to an anchor on the same page)."""
    path, hash_, anchor = target.partition("#")
    if hash_ and path == page:
        return f"#{anchor}"
    return _relative(page.rpartition("/")[0], path) + hash_ + anchor


def _relative(base: str, target: str) -> str:
    """posixpath.relpath(target, base) for "/"-separated paths under one root, without its
    abspath calls: tens of thousands of links are made per build."""
    b = [s for s in base.split("/") if s]
    t = [s for s in target.split("/") if s]
    i = 0
    while i < min(len(b), len(t)) and b[i] == t[i]:
        i += 1
    return "/".join([".."] * (len(b) - i) + t[i:]) or "."


def url(page: str, target: str) -> str:
    """target's served address relative to page's, for raw HTML (SVG) that MkDocs does not rewrite.

    Assumes MkDocs' default directory URLs: "people/x.md" is served at "people/x/".
    """
    def served(uri: str) -> str:
        path, _, anchor = uri.partition("#")
        base = path[:-3] if path.endswith(".md") else path
        base = "" if base == "index" else base[:-5] if base.endswith("/index") else base + "/"
        return base + (f"#{anchor}" if anchor else "")

    here, there = served(page), served(target)
    path, _, anchor = there.partition("#")
    out = _relative(here, path)
    if out == "." and anchor:
        return f"#{anchor}"  # on this page
    out = "./" if out == "." else out + "/"
    return out + (f"#{anchor}" if anchor else "")


def render_site(corpus: Corpus, templates_dir: str | Path, errors: list | None = None,
                store: MarkdownCache | None = None, versions: dict[str, str] | None = None) -> dict[str, str]:
    """Every generated page of the site. With a store and each seed's annotation version, briefing
    pages whose ingredients are unchanged are read from the store instead of rendered."""
    env = environment(templates_dir)
    for memo in (MarkdownCache.memory, _SUMMARIES):
        memo.new_round()
    store = store or MarkdownCache(None)
    versions = versions or {}
    made_with = fingerprint(templates_dir) if store.folder and versions else ""
    LAST.new_round(made_with)
    pages: dict[str, str] = {}
    texts = {corpus.slugs[a.document.source]: a.document.text for a in corpus.briefings}

    def sentence(briefing: str, ev) -> str:
        return texts[briefing][ev.sentence_start:ev.sentence_end]

    for ann in corpus.briefings:
        slug = corpus.slugs[ann.document.source]
        uri = f"briefings/{slug}.md"
        key = _briefing_key(corpus, ann, slug, made_with, versions.get(ann.document.source)) if made_with else None
        text = store.get(key) if key else None
        if text is None:
            text = env.get_template("briefing.md.j2").render(**briefing_context(corpus, ann, slug, uri))
            if key:
                store.put(key, text)
        pages[uri] = text
    links = graphs.corpus_links(corpus)
    claim_at = _claim_indices(corpus)
    people = {f"people/{e.id}": e for e in corpus.entities["people"]}
    by_slug = {slug: versions.get(source) for source, slug in corpus.slugs.items()}
    own = [(kind, ent, f"{kind}/{ent.id}.md") for kind in KINDS for ent in corpus.entities[kind]
           if ent.page == f"{kind}/{ent.id}.md"]  # the others are described in their one briefing
    duplicates, inputs = {}, {}
    by_ids = {kind: {e.id: e for e in corpus.entities[kind]} for kind in KINDS}
    for kind, ent, uri in own:
        by_id = by_ids[kind]
        # pages that may be this one's person or thing, left apart because nothing settled it
        duplicates[uri] = [(by_id[d].name, rel(uri, by_id[d].page)) for d in ent.possible_duplicates
                           if d in by_id and by_id[d].page]
        inputs[uri] = entity_inputs(ent, uri, made_with, by_slug, duplicates[uri])
    # an ego graph changes with its own page's inputs or with a neighbour's: only those are made again
    changed = {u.removesuffix(".md") for u in inputs if LAST.changed(u, inputs[u])}
    changed |= {u.removesuffix(".md") for u in LAST.gone(inputs, tuple(f"{k}/" for k in KINDS))}
    fresh = unsettled(changed, LAST.links, links)
    for kind, ent, uri in own:
        pages[uri] = LAST.page(uri, inputs[uri], lambda k=kind, e=ent, u=uri: _entity_page(
            env, store, made_with, k, e, u, corpus, links, people, by_slug, duplicates[u], sentence, claim_at),
            fresh=uri.removesuffix(".md") in fresh)
    LAST.links = links
    for kind in KINDS:
        uri = f"{kind}/index.md"
        ranked = sorted(corpus.entities[kind], key=lambda e: (-len(e.appearances), -e.mention_count, e.name))
        # what the directory shows of each entity: a page is made again only when that changed
        shown = tuple((e.name, e.page, len(e.appearances), e.mention_count, tuple(r for r, _ in e.roles))
                      for e in ranked)
        pages[uri] = LAST.page(uri, (made_with, shown), lambda k=kind, u=uri, r=ranked: env.get_template(
            "directory.md.j2").render(kind=k, kind_title=KIND_TITLES[k], entities=r, link=lambda x, u=u: rel(u, x.page)))
    # an unchanged seed's annotations are the same object in the next build of a serve process
    listing = [_SUMMARIES.of(a, lambda a=a: _summary(corpus, a), corpus.slugs[a.document.source])
               for a in corpus.briefings]
    pages["index.md"] = env.get_template("index.md.j2").render(
        briefings=listing, counts={k: len(corpus.entities[k]) for k in KINDS}, errors=errors or [])
    outlets = Counter(b["doc"].outlet or "outlet unknown" for b in listing)
    pages["briefings/index.md"] = env.get_template("briefings.md.j2").render(
        briefings=listing, link=lambda s: f"{s}.md", outlets=sorted(outlets.items(), key=lambda o: (-o[1], o[0])),
        tags=sorted({t for b in listing for t in b["doc"].tags}))
    index_of = _date_indices(corpus)
    # the entries of unchanged seeds are the same objects as in the last build: comparing them is cheap
    pages["timeline.md"] = LAST.page("timeline.md", (made_with, tuple(corpus.timeline),
                                                     tuple(index_of(t) for t in corpus.timeline)),
                                     lambda: env.get_template("timeline.md.j2").render(
        entries=corpus.timeline, link=lambda s, anchor: f"briefings/{s}.md#{anchor}",
        index_of=index_of, chart=_corpus_timeline(corpus, index_of)))
    pages["connections.md"] = env.get_template("connections.md.j2").render(
        graph=charts.graph_svg(graphs.corpus_graph(corpus, links, lambda t: url("connections.md", f"{t}.md")),
                               "The most connected people across all briefings", "connections-graph", filterable=True),
        people=len(corpus.entities["people"]), limit=graphs.CORPUS_NODES)
    return pages


def _entity_page(env, store, made_with, kind, ent, uri, corpus, links, people, by_slug, duplicates,
                 sentence, claim_at) -> str:
    """One entity page's Markdown: from the Markdown cache when its key (ego graph included) is there."""
    ego = graphs.ego_graph(corpus, links, f"{kind}/{ent.id}", lambda t: url(uri, f"{t}.md"), people)
    key = _entity_key(ent, uri, ego, made_with, by_slug, duplicates) if made_with else None
    text = store.get(key) if key else None
    if text is not None:
        return text
    text = env.get_template("entity.md.j2").render(
        entity=ent, kind=kind, kind_title=KIND_TITLES[kind], sentence=sentence,
        graph=charts.graph_svg(ego, f"Who {ent.name} appears with or speaks about, across briefings", "ego",
                               height=400),
        briefing_link=lambda s: rel(uri, f"briefings/{s}.md"),
        claim_link=lambda s, c: rel(uri, f"briefings/{s}.md" + claim_at(s, c)),
        duplicates=duplicates,
        home=rel(uri, "index.md"), directory=rel(uri, f"{kind}/index.md"))
    if key:
        store.put(key, text)
    return text


def _briefing_key(corpus: Corpus, ann: Annotations, slug: str, made_with: str, version: str | None) -> str | None:
    """What one briefing page is made of: its annotations' version, slug, where each of its entities
    is described, the templates and code (briefing_context reads nothing else of the corpus)."""
    if version is None:
        return None
    targets = [_described_at(corpus, slug, e) or "" for kind in KINDS for e in getattr(ann, kind)]
    return digest(made_with, version, slug, *targets)


def _entity_key(ent, uri: str, ego, made_with: str, versions: dict[str, str | None],
                duplicates: list[tuple[str, str]]) -> str | None:
    """What one entity page is made of: its name, page and possible duplicates (named and linked), each
    appearance's briefing (slug and annotations' version) and entity id, its graph, the templates and code."""
    seen = [(ap.briefing, versions.get(ap.briefing), ap.entity.id) for ap in ent.appearances]
    if any(v is None for _, v, _ in seen):
        return None
    return digest(made_with, "entity", uri, ent.name, ent.page, *(p for d in duplicates for p in d),
                  *(part for s, v, e in seen for part in (s, v, e)), repr(ego))


def _described_at(corpus: Corpus, slug: str, entity) -> str | None:
    """The page (uri, maybe with an anchor) that describes one briefing's entity, if any."""
    target = corpus.links.get((slug, entity.id))
    return corpus.pages[target] if target else None


def listed_claims(ann: Annotations) -> tuple[genre.Genre, list]:
    """The piece's genre and the claims its pages list and count, as (index, claim): credits, repeats of a
    parent claim and, in an opinion piece, the author's own claims (the argument) left out."""
    kind = genre.recognise(ann)
    shown = brief.shown(ann.claims)
    if kind.opinion:
        shown = [(i, c) for i, c in shown if not genre.authored_by(c, ann.document.author)]
    return kind, shown


_SUMMARIES = Rounds()  # the briefings listing's row of each seed, by its annotations and slug
LAST = LastPages()  # corpus pages of this process's last build, with what each was made from


def _summary(corpus: Corpus, ann: Annotations) -> dict:
    slug = corpus.slugs[ann.document.source]
    return {"slug": slug, "doc": ann.document, "people": len(ann.people), "claims": len(listed_claims(ann)[1]),
            "top": [p.name for p in ann.people[:3]]}


def _corpus_timeline(corpus: Corpus, index_of) -> str:
    """One mark per distinct date across briefings; a date several briefings share says how many.

    Past CHART_MARKS distinct dates the marks are per month, then per year, so the chart stays small.
    """
    groups: dict[str, list] = {}
    for cut in (None, 7, 4):  # the whole value, YYYY-MM, YYYY
        groups = {}
        for t in corpus.timeline:
            value = t.value if cut is None else value_head(t.value, cut)
            groups.setdefault(value, []).append(t)
        if len(groups) <= CHART_MARKS:
            break
    events = []
    for value, entries in groups.items():
        first = entries[0]
        label = first.date.event or first.date.text
        if len(entries) > 1:
            label = f"{len(entries)} events"
        events.append(charts.Event(value, label, url("timeline.md", f"briefings/{first.briefing}.md#date-{index_of(first)}")))
    return charts.timeline_svg(events, "Dated events across briefings; each mark leads to its sentence", "timeline-chart")


def _claim_indices(corpus: Corpus):
    """(briefing slug, claim) -> "#claim-N", the claim's anchor in that briefing's full text ("" if none).

    Keyed by the claim's span, made once per build: every claim of ann.claims keeps its anchor."""
    at: dict[tuple[str, int, int], int] = {}
    for ann in corpus.briefings:
        slug = corpus.slugs[ann.document.source]
        for i, c in enumerate(ann.claims, 1):
            at.setdefault((slug, c.start, c.end), i)

    def anchor(slug: str, claim) -> str:
        n = at.get((slug, claim.start, claim.end))
        return f"#claim-{n}" if n else ""
    return anchor


def _date_indices(corpus: Corpus):
    """A timeline entry -> the number of its date on its briefing's page (the first equal date, from 1).

    Made once: a search of the briefings and of a briefing's dates per entry grew with the square of
    the corpus, and of a long seed's dates."""
    first: dict[tuple[str, object], int] = {}
    for ann in corpus.briefings:
        slug = corpus.slugs[ann.document.source]
        for i, date in enumerate(ann.dates, 1):
            first.setdefault((slug, date), i)
    return lambda entry: first[(entry.briefing, entry.date)]


def briefing_context(corpus: Corpus, ann: Annotations, slug: str, uri: str) -> dict:
    """Everything briefing.md.j2 needs for one seed."""

    def link_of(entity) -> str | None:
        target = _described_at(corpus, slug, entity)
        return rel(uri, target) if target else None

    def url_of(entity) -> str | None:
        target = _described_at(corpus, slug, entity)
        return url(uri, target) if target else None

    marks = annotated.marks_for(ann, url_of, fmt_date)
    # a time of no known day ("22:30") is no event on the timeline; a dated one is an event on its day
    events = [charts.Event(d.value, d.event or d.text, f"#date-{i}") for i, d in enumerate(ann.dates, 1) if on_calendar(d.value)]
    claims = list(ann.claims)
    kind, shown = listed_claims(ann)  # every count on the page is of these
    lead = brief.lead(ann)
    key_points = keypoints.key_points(shown, lead, KEY_POINTS, ann.document.text)
    words = len(ann.document.text.split())
    sourcing = profile([c for _, c in shown])
    text = ann.document.text
    return {
        "ann": ann, "doc": ann.document, "slug": slug,
        "people": ann.people, "organizations": ann.organizations, "places": ann.places,
        "claims": claims, "shown": shown, "key_points": key_points, "lead": lead,
        # the lead's claim as key point: its source and grade matter, its words were just read
        "key_words": {n: brief.LEAD_POINT_WORDS if keypoints.said_in_lead(c, lead) else brief.KEY_POINT_WORDS
                      for n, c in key_points},
        "say": lambda c: brief.display(c, text), "speaker": partial(brief.speaker, names={p.id: p.name for p in ann.people}), "cue": brief.cue, "genre": kind if kind.opinion else None,
        "argument": genre.argument(ann) if kind.opinion else [],
        "dates": sorted(enumerate(ann.dates, 1), key=lambda d: (_date_order(d[1].value), d[1].start)),
        "profile": sourcing, "reading_minutes": max(1, round(words / 230)),
        "grades": [(g, n) for g, n in sourcing["grades"].items() if n],  # photo credits left out, as in the profile
        "blocks": annotated.grouped(annotated.render_blocks(ann, marks)),
        "graph": charts.graph_svg(graphs.briefing_graph(ann, url_of),
                                  "Who appears with whom (lines) and who speaks about whom (arrows)", "graph"),
        "timeline_chart": charts.timeline_svg(events, "Dated events in this briefing; each mark leads to its entry",
                                              "timeline-chart"),
        "link_of": link_of, "sentence": lambda s, e: ann.document.text[s:e], "evidence": evidence,
        "page": pages_of(ann.document),
        "home": rel(uri, "index.md"),
    }
