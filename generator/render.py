"""Pages as {uri: markdown}, rendered through the Jinja templates in templates/. Writes nothing."""

from __future__ import annotations

import posixpath
from pathlib import Path

import jinja2

from . import annotated
from .corpus import KINDS, Corpus
from .escape import attr, code, front_matter, link_title, md, safe_url
from .model import Annotations
from .sourcing import profile

KIND_TITLES = {"people": "People", "organizations": "Organisations", "places": "Places"}
KEY_POINTS = 5


def environment(templates_dir: str | Path) -> jinja2.Environment:
    """The one Jinja environment: strict about undefined names, explicit escaping filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown: untrusted text goes through |md or |attr
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md, attr=attr, yaml=front_matter, code=code, safe_url=safe_url,
                       link_title=link_title, fmt_date=fmt_date)
    return env


def fmt_date(value: str | None) -> str:
    """YYYY-MM-DD (or shorter) as '19 Aug 2019'; unknown stays 'date unknown'."""
    if not value:
        return "date unknown"
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    if "/" in value:
        a, b = value.split("/", 1)
        return f"{fmt_date(a)} – {fmt_date(b)}"
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def rel(page: str, target: str) -> str:
    """A relative link from one page's uri to another's."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def render_site(corpus: Corpus, templates_dir: str | Path, errors: list | None = None) -> dict[str, str]:
    """Every generated page of the site."""
    env = environment(templates_dir)
    pages: dict[str, str] = {}
    texts = {corpus.slugs[a.document.source]: a.document.text for a in corpus.briefings}

    def sentence(briefing: str, ev) -> str:
        return texts[briefing][ev.sentence_start:ev.sentence_end]

    for ann in corpus.briefings:
        slug = corpus.slugs[ann.document.source]
        uri = f"briefings/{slug}.md"
        pages[uri] = env.get_template("briefing.md.j2").render(**briefing_context(corpus, ann, slug, uri))
    for kind in KINDS:
        for ent in corpus.entities[kind]:
            uri = f"{kind}/{ent.id}.md"
            pages[uri] = env.get_template("entity.md.j2").render(
                entity=ent, kind=kind, kind_title=KIND_TITLES[kind], sentence=sentence,
                briefing_link=lambda s, u=uri: rel(u, f"briefings/{s}.md"),
                home=rel(uri, "index.md"), directory=rel(uri, f"{kind}/index.md"))
        uri = f"{kind}/index.md"
        pages[uri] = env.get_template("directory.md.j2").render(
            kind=kind, kind_title=KIND_TITLES[kind],
            entities=sorted(corpus.entities[kind], key=lambda e: (-len(e.appearances), -e.mention_count, e.name)),
            link=lambda e, u=uri: rel(u, f"{e.kind}/{e.id}.md"))
    listing = [_summary(corpus, a) for a in corpus.briefings]
    pages["index.md"] = env.get_template("index.md.j2").render(
        briefings=listing, counts={k: len(corpus.entities[k]) for k in KINDS}, errors=errors or [])
    pages["briefings/index.md"] = env.get_template("briefings.md.j2").render(
        briefings=listing, link=lambda s: f"{s}.md")
    pages["timeline.md"] = env.get_template("timeline.md.j2").render(
        entries=corpus.timeline, link=lambda s, i: f"briefings/{s}.md#date-{i}",
        index_of=lambda t: _date_index(corpus, t))
    return pages


def _summary(corpus: Corpus, ann: Annotations) -> dict:
    slug = corpus.slugs[ann.document.source]
    return {"slug": slug, "doc": ann.document, "people": len(ann.people), "claims": len(ann.claims),
            "top": [p.name for p in ann.people[:3]]}


def _date_index(corpus: Corpus, entry) -> int:
    ann = next(a for a in corpus.briefings if corpus.slugs[a.document.source] == entry.briefing)
    return ann.dates.index(entry.date) + 1


def briefing_context(corpus: Corpus, ann: Annotations, slug: str, uri: str) -> dict:
    """Everything briefing.md.j2 needs for one seed."""

    def link_of(entity) -> str | None:
        target = corpus.links.get((slug, entity.id))
        return rel(uri, f"{target}.md") if target else None

    def title_of(entity) -> str:
        role = "; ".join(entity.roles[:2])
        return f"{entity.name}" + (f" — {role}" if role else "")

    marks = annotated.marks_for(ann, link_of, title_of)
    claims = list(ann.claims)
    key_points = sorted(enumerate(claims, 1), key=lambda ic: -ic[1].rank)[:KEY_POINTS]
    words = len(ann.document.text.split())
    return {
        "ann": ann, "doc": ann.document, "slug": slug,
        "people": ann.people, "organizations": ann.organizations, "places": ann.places,
        "claims": claims, "key_points": key_points,
        "dates": sorted(enumerate(ann.dates, 1), key=lambda d: (d[1].value or "9999", d[1].start)),
        "profile": profile(claims), "reading_minutes": max(1, round(words / 230)),
        "blocks": annotated.render_blocks(ann, marks),
        "link_of": link_of, "sentence": lambda s, e: ann.document.text[s:e],
        "home": rel(uri, "index.md"),
    }
