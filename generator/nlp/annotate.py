"""One seed's Document -> Annotations: the spaCy pass and the extractors over its Doc."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Annotations, Document, Entity
from ..slugs import unique_slugs
from . import claims as claims_mod
from . import dates as dates_mod
from . import entities as ent_mod
from . import orgs as orgs_mod
from . import people as people_mod
from . import personclusters
from .creditspans import byline_sources
from .doublegiven import start_double_given
from .marriednames import join_married
from .mentions import raw_mentions
from .names import key
from .orgduplicates import near_duplicates
from .particlesurnames import retype_particle_surnames
from .personhood import lower_words, text_of
from .placenames import retype_places
from .references import link_references, readable_roles, references_of
from .splitnames import join_split_names
from .stoplesstitles import cut_stopless_titles


def nlp_text(document: Document) -> str:
    """The seed's text with bylines, credits and front matter blanked out, offsets unchanged."""
    chars = list(document.text)
    for s, e in document.masked:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
        if s < e and s > 0:
            chars[s] = "\n"  # a masked byline or credit ends the sentence before it
    return "".join(chars)


def annotate_all(documents: Iterable[Document], nlp, pipeline: str = "", batch_size: int = 16) -> Iterator[Annotations]:
    """Annotations for each document, in order, with one nlp.pipe pass over them all."""
    docs = list(documents)
    for document, doc in zip(docs, nlp.pipe((nlp_text(d) for d in docs), batch_size=batch_size), strict=False):
        yield annotate_doc(document, doc, pipeline)


def annotate_doc(document: Document, doc, pipeline: str = "") -> Annotations:
    """Extract entities, who-is-who, claims and dates from one parsed document."""
    # the byline's names, each of several authors too ("By Ana Ruiz, Lee Park"): the story's source, no one in it
    sources = byline_sources(document.author, document.outlet, text_of(doc))
    exclude = {key(x) for x in sources}
    mentions = raw_mentions(doc, exclude)
    ent_mod.decide_types(mentions, lower_words(doc))
    retype_places(doc, mentions)  # "in the city of X": a name the text only places is a place
    mentions = ent_mod.add_missed(text_of(doc), mentions, sources)
    mentions = orgs_mod.tidy(doc, mentions)  # organisations and places: no fragments, glued words, beliefs
    personclusters.namesake_places(mentions, text_of(doc))  # "trade with Jordan" beside "Rep. Carl Jordan"
    personclusters.renamed_people(mentions, text_of(doc))  # "Ana Ruiz - now Ana Vidal" typed a place
    retype_particle_surnames(mentions)  # "Tariq Al-Vidali" typed a place beside "Vidali said"
    cut_stopless_titles(mentions)  # "Sen Ruiz said" beside "Ana Ruiz"
    start_double_given(mentions, text_of(doc))  # "Micah" before "David-Cole Fletcher"
    join_split_names(mentions, text_of(doc), lower_words(doc))  # "Ilyan" + "Quorin's": one name in two pieces
    people_clusters = personclusters.cluster_people([m for m in mentions if m.kind == "person"], text_of(doc))
    people_clusters = personclusters.join_nicknames(text_of(doc), people_clusters)  # 'X, known as "Ari"'
    people_clusters = join_married(text_of(doc), people_clusters)  # "Marries Ana Vidal": Ana Ruiz's maiden name
    org_clusters = orgs_mod.join(ent_mod.cluster_others([m for m in mentions if m.kind == "organization"],
                                                        "organization"), text_of(doc))
    place_clusters = orgs_mod.join(ent_mod.cluster_others([m for m in mentions if m.kind == "place"], "place"),
                                   text_of(doc))

    blocks = [(b.start, b.end) for b in document.blocks]
    # the standfirst's unnamed subject describes the one person the headline names
    titles = [(b.start, b.end) for b in document.blocks if b.kind == "title"]
    in_title = [c for c in people_clusters if any(s <= m.start < e for s, e in titles for m in c.mentions)]
    headline_person = in_title[0] if len(in_title) == 1 else None
    ids = unique_slugs(ent_mod.canonical(c) for c in people_clusters + org_clusters + place_clusters)
    dupes = {}
    for group in (org_clusters, place_clusters):
        for i, others in near_duplicates(group).items():
            dupes[id(group[i])] = tuple(ent_mod.canonical(group[j]) for j in others)
    people, orgs, places = [], [], []
    for cluster, ident in zip(people_clusters + org_clusters + place_clusters, ids, strict=False):
        spans = tuple((m.start, m.end) for m in cluster.mentions)
        evidence, age = (people_mod.describe(doc, list(spans), blocks) if cluster.kind == "person" else ([], None))
        if cluster is headline_person:
            evidence = people_mod.standfirst_roles(doc, document.blocks) + evidence
        entity = Entity(
            id=ident, kind=cluster.kind, name=ent_mod.canonical(cluster),
            aliases=tuple(ent_mod.aliases(cluster)),
            roles=tuple(dict.fromkeys(ev.text for ev in evidence if ev.kind == "role")),
            mentions=spans, evidence=tuple(evidence), age=age,
            salience=_salience(spans, len(text_of(doc))) + (HEADLINE_WEIGHT if cluster in in_title else 0.0),
            possible_duplicates=dupes.get(id(cluster), ()),
        )
        {"person": people, "organization": orgs, "place": places}[cluster.kind].append(entity)

    # descriptions and pronouns are linked before the claims, whose speaker rules read them
    link_references(doc, people)
    refs = references_of(doc)
    people = [replace(p, references=refs.get(p.id, ()), roles=readable_roles(doc, p, people)) for p in people]
    found = claims_mod.extract(doc, MentionIndex(people + orgs + places).entity_at, document, people)
    claims = found.claims  # graded after the cache (build.grade), so a grading change never re-parses
    speaking = {c.speaker_id for c in claims if c.speaker_id}
    people = [_boost(p, p.id in speaking) for p in people]
    return Annotations(
        document=document,
        people=tuple(sorted(people, key=lambda e: (-e.salience, e.name))),
        organizations=tuple(sorted(orgs, key=lambda e: (-e.salience, e.name))),
        places=tuple(sorted(places, key=lambda e: (-e.salience, e.name))),
        claims=tuple(claims),
        dates=tuple(dates_mod.extract(doc, document.published)),
        anonymous_sources=tuple(found.anonymous_sources),
        comment_requests=tuple(found.comment_requests),
        # (a slice of the cached text: Span.text joins the sentence's tokens again)
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents if text_of(doc)[s.start_char:s.end_char].strip()),
        pipeline=pipeline,
    )


class MentionIndex:
    """Every entity's mentions sorted by start: the entity at a span in log time, not a scan of all."""

    def __init__(self, entities: list[Entity]):
        spans = sorted((s, t, n, e) for n, e in enumerate(entities) for s, t in e.mentions)
        self.starts = [s for s, _, _, _ in spans]
        self.spans = spans
        self.widest = max((t - s for s, t, _, _ in spans), default=0)

    def entity_at(self, start: int, end: int) -> tuple[str, str, str] | None:
        """(id, kind, name) of an entity with a mention overlapping [start, end): the last person in
        entity order if any, else the first organisation or place."""
        # a mention overlapping the span starts before its end and less than the widest mention before it
        lo = bisect_left(self.starts, start - self.widest + 1)
        hi = bisect_left(self.starts, end)
        hits = [(n, e) for s, t, n, e in self.spans[lo:hi] if s < end and start < t]
        people = [(n, e) for n, e in hits if e.kind == "person"]
        if people:
            e = max(people, key=lambda h: h[0])[1]
        elif hits:
            e = min(hits, key=lambda h: h[0])[1]
        else:
            return None
        return (e.id, e.kind, e.name)


HEADLINE_WEIGHT = 3.0  # a name in the headline is what the briefing is about


def _salience(spans: tuple, length: int) -> float:
    """More mentions and earlier mentions weigh more."""
    if not spans:
        return 0.0
    first = spans[0][0] / max(length, 1)
    return round(len(spans) + 2.0 * (1.0 - first), 4)


def _boost(entity: Entity, speaks: bool) -> Entity:
    return replace(entity, salience=round(entity.salience + (2.0 if speaks else 0.0), 4))
