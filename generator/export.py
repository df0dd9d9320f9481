"""The extract contract: one JSON object per seed, stable keys other tools and benchmarks read."""

from __future__ import annotations

from .model import Annotations, Entity


def _entity(e: Entity, text: str) -> dict:
    # an evidence's `text` is the role as the who-is-who gives it ("official" for one of "officials
    # Ana Ruiz and …"); `stated` is the words at [start, end] it was read from, as written
    return {"id": e.id, "name": e.name, "aliases": list(e.aliases), "roles": list(e.roles),
            "mentions": [list(m) for m in e.mentions], "age": e.age,
            "evidence": [{"text": ev.text, "stated": text[ev.start:ev.end], "start": ev.start, "end": ev.end,
                          "kind": ev.kind, "sentence": [ev.sentence_start, ev.sentence_end]} for ev in e.evidence],
            "possible_duplicates": list(e.possible_duplicates),
            "references": [list(r) for r in e.references]}


def contract(ann: Annotations, source: str | None = None) -> dict:
    """The documented extract object for one seed."""
    d = ann.document
    return {
        "source": source or d.source, "title": d.title, "outlet": d.outlet, "author": d.author,
        "published": d.published, "url": d.url, "tags": list(d.tags), "kind": d.kind,
        # the text every offset below indexes: the seed as decoded, or as extracted from a page, PDF or Word file
        "text": d.text,
        # where each PDF page's text is: [start, end, page]; empty for other formats
        "pages": [[b.start, b.end, b.page] for b in d.blocks if b.page is not None],
        "people": [_entity(e, d.text) for e in ann.people],
        "organizations": [_entity(e, d.text) for e in ann.organizations],
        "places": [_entity(e, d.text) for e in ann.places],
        "claims": [{"text": c.text, "start": c.start, "end": c.end, "speaker": c.speaker,
                    "speaker_start": c.speaker_start, "speaker_end": c.speaker_end,
                    "speaker_id": c.speaker_id, "cue": c.cue, "source_type": c.source_type,
                    "quote": c.quote, "qualifiers": list(c.qualifiers), "grade": c.grade,
                    "grade_reasons": list(c.grade_reasons), "form": c.form, "via": c.via,
                    "anonymous_id": c.anonymous_id, "notes": list(c.notes),
                    "stance": c.stance} for c in ann.claims],
        "anonymous_sources": [{"id": a.id, "description": a.description, "start": a.start, "end": a.end,
                               "affiliation": a.affiliation, "access": a.access, "reason": a.reason,
                               "via": a.via, "mentions": [list(m) for m in a.mentions]}
                              for a in ann.anonymous_sources],
        "comment_requests": [{"text": r.text, "start": r.start, "end": r.end, "who": r.who,
                              "who_id": r.who_id, "outcome": r.outcome} for r in ann.comment_requests],
        "dates": [_date(x) for x in ann.dates if x.value],
        "unresolved_dates": [_date(x) for x in ann.dates if not x.value],
    }


def _date(x) -> dict:
    return {"text": x.text, "start": x.start, "end": x.end, "value": x.value,
            "granularity": x.granularity, "anchor": x.anchor, "rule": x.rule, "tense": x.tense or None,
            "bound": x.bound or None, "event": x.event}
