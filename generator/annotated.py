"""The briefing's full text, with mentions carded, dates explained and claims graded.

Every mark becomes a focusable element followed by a hidden card (`.m > .card`); CSS shows the
card on :hover and :focus-within, so cards work by mouse and keyboard with JavaScript off.

Paragraphs are raw HTML blocks (`<p>…</p>`), which Markdown passes through without its inline
pass: that pass over thousands of marks was most of a briefing page's build time. Only subheads
stay Markdown headings, so they keep their place in the page's table of contents. Links are
therefore served addresses (MkDocs rewrites no link inside raw HTML), and text is escaped for
the context it lands in: HTML in paragraphs, Markdown in headings.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .brief import joint_repeats, speaker
from .escape import attr, html_inline, md
from .model import Annotations
from .slugs import slugify

KIND_LABELS = {"person": "Person", "organization": "Organisation", "place": "Place", "date": "Date"}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # person | organization | place | date | claim | anchor (an empty, positioned id: start == end)
    href: str | None = None  # the page (or in-page anchor) the card links to
    name: str = ""  # the card's heading: entity name, resolved date, "Grade B"
    detail: str = ""  # the card's body: roles, the date's working, the grade's reasons
    ident: str = ""
    grade: str = ""
    anchor: str = ""  # a mention's own id: where a who's-who or person-page evidence line leads


def evidence_anchors(entity) -> dict[tuple[int, int], str]:
    """Each evidence sentence of a person -> its id in the full text: "ev-<entity id>-<n>", n from 1 in
    text order. Who's who, person pages and the full text all ask this one function, so they agree.

    The entity id is a slug (letters, digits, single hyphens) and n has no hyphen, so two people's ids
    never meet; a cached id that is no slug is made one, so seed text never reaches an id or a link.
    """
    spans = sorted({(ev.sentence_start, ev.sentence_end) for ev in entity.evidence
                    if ev.kind != "corrected" and ev.sentence_end > ev.sentence_start})
    base = slugify(entity.id, "entity")
    return {span: f"ev-{base}-{n}" for n, span in enumerate(spans, 1)}


def evidence_anchor(entity, ev) -> str | None:
    """The id of the sentence an evidence line quotes (None for a correction, which has no sentence)."""
    return evidence_anchors(entity).get((ev.sentence_start, ev.sentence_end))


def _evidence_targets(entity) -> tuple[dict[tuple[int, int], str], list[tuple[int, str]]]:
    """Where each evidence id goes: on the person's mark in that sentence nearest the stated role (a name,
    else a description or pronoun linked to them), or, with none there, at the sentence's start."""
    on_marks: dict[tuple[int, int], str] = {}
    spots: list[tuple[int, str]] = []
    spans = [(s, t) for s, t in entity.mentions]
    spans += [sp for sp in (_span(r) for r in getattr(entity, "references", ()) or ()) if None not in sp]
    for (lo, hi), ident in evidence_anchors(entity).items():
        said = min(ev.start for ev in entity.evidence if (ev.sentence_start, ev.sentence_end) == (lo, hi))
        inside = [sp for sp in spans if lo <= sp[0] and sp[1] <= hi and sp[1] > sp[0] and sp not in on_marks]
        if inside:
            on_marks[min(inside, key=lambda sp: (abs(sp[0] - said), sp[0]))] = ident
        else:
            spots.append((lo, ident))
    return on_marks, spots


def marks_for(ann: Annotations, link_of, fmt_date=str) -> list[Mark]:
    """Every mention, date and claim of a briefing as a Mark; link_of(entity) gives its page's served address."""
    out = []
    for kind in ("people", "organizations", "places"):
        for e in getattr(ann, kind):
            href = link_of(e)
            facts = ["; ".join(e.roles[:2]), f"age {e.age}" if e.age else "", f"{len(e.mentions)} mention{'s' if len(e.mentions) != 1 else ''} here"]
            detail = " · ".join(f for f in facts if f)
            # the sentences its evidence lines quote, anchored on its mark there (or at the sentence)
            on_marks, spots = _evidence_targets(e)
            for s, t in e.mentions:
                out.append(Mark(s, t, e.kind, href, e.name, detail, e.id, anchor=on_marks.get((s, t), "")))
            # descriptions and pronouns the people extractor links to this entity ("the minister", "she")
            for ref in getattr(e, "references", ()) or ():
                s, t = _span(ref)
                if s is not None and t is not None and t > s:
                    out.append(Mark(s, t, e.kind, href, f"refers to {e.name}", detail, e.id,
                                    anchor=on_marks.get((s, t), "")))
            out.extend(Mark(at, at, "anchor", ident=ident) for at, ident in spots)
    for i, d in enumerate(ann.dates, 1):
        if d.value:
            working = f"“{d.text}” read as {d.granularity}, {d.rule}, anchored on {d.anchor or 'no date'}"
        else:
            working = f"“{d.text}” left unresolved ({d.rule})"
        out.append(Mark(d.start, d.end, "date", f"#date-{i}", fmt_date(d.value) if d.value else "unresolved", working, f"text-date-{i}"))
    person_names = {p.id: p.name for p in ann.people}
    repeats = joint_repeats(ann.claims)  # a joint statement is marked once, under the whole phrase
    for i, c in enumerate(ann.claims, 1):
        if i in repeats:
            continue
        who = speaker(c, person_names) or "no named source"
        out.append(Mark(c.start, c.end, "claim", None, f"Grade {c.grade}", f"{who} — {'; '.join(c.grade_reasons)}",
                        f"claim-{i}", c.grade))
    return out


def _span(ref) -> tuple[int | None, int | None]:
    """A reference's offsets, whether it is a (start, end) pair or a record with start and end."""
    if isinstance(ref, (tuple, list)) and len(ref) >= 2:
        return ref[0], ref[1]
    return getattr(ref, "start", None), getattr(ref, "end", None)


def render_blocks(ann: Annotations, marks: list[Mark]) -> list[str]:
    """One chunk per block of the seed (the title excluded): a raw HTML paragraph or a Markdown subhead."""
    doc = ann.document
    out: list[str] = []
    rendered = []
    # each block looks only at the marks that can reach it: a seed of 30,000 paragraphs stays linear
    ordered = sorted(marks, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    reach = max((m.end - m.start for m in ordered), default=0)
    anchored: set[str] = set()
    for b in doc.blocks:
        if b.kind == "title":
            continue
        end = b.end
        if b.credit:
            end = doc.text.rfind("[", b.start, b.end)
            end = b.end if end < 0 else end
        near = ordered[bisect_left(starts, b.start - reach):bisect_left(starts, end)]
        if b.kind == "subhead":
            # plain text: a mark's card inside a heading would run into the table of contents and the
            # heading's id ('John AvlonPersonJohn Avlon1 mention here'); a claim here is anchored below
            out.append(f"### {md(' '.join(doc.text[b.start:end].split()))}")
            rendered.append(b)
            continue
        body = _inline(doc.text, b.start, end, near, anchored, html_inline)
        if b.kind == "standfirst":
            out.append(f"<p><strong>{body}</strong></p>")
        elif b.kind == "caption":
            credit = f" <small>({html_inline(b.credit)})</small>" if b.credit else ""
            out.append(f'<p class="caption"><em>Photo caption:</em> {body}{credit}</p>')
        elif b.kind == "dateline":
            out.append(f"<p><em>{body}</em></p>")
        else:
            out.append(f"<p>{body}</p>")
        rendered.append(b)
    _anchor_the_rest(out, rendered, [(m.ident, m.start) for m in marks if m.kind in ("claim", "date", "anchor")]
                     + [(m.anchor, m.start) for m in marks if m.anchor])
    return out


RAW_OPEN, RAW_CLOSE = '<div class="full-text">', "</div>"


def grouped(chunks: list[str]) -> list[str]:
    """Runs of raw HTML paragraphs as one `<div class="full-text">` block each, subheads between.

    Such a block holds only markup this module wrote, one paragraph a line, so generator/rawblocks.py
    can hand it to Markdown whole instead of having it parse every tag (the result is the same).
    """
    out: list[str] = []
    run: list[str] = []
    for chunk in chunks:
        if chunk.startswith("<p"):
            run.append(chunk)
            continue
        if run:
            out.append("\n".join([RAW_OPEN, *run, RAW_CLOSE]))
            run = []
        out.append(chunk)
    if run:
        out.append("\n".join([RAW_OPEN, *run, RAW_CLOSE]))
    return out


def _anchor_the_rest(out: list[str], rendered: list, wanted: list[tuple[str, int]]) -> None:
    """Every claim keeps its #claim-N anchor, every date its #text-date-N and every evidence sentence its
    #ev-…-N, so no link dangles (a strict build fails on them): one in the title or a subhead, or one
    that couldn't be placed (a date inside a longer mention), is anchored in its block or the first:
    an evidence id at the paragraph's start, where its sentence is read from, the others at its end."""
    anchored = set(re.findall(r'id="([^"]*)"', "".join(out)))
    starts = [b.start for b in rendered]
    for ident, at in wanted:
        if ident in anchored:
            continue
        anchored.add(ident)
        i = max(bisect_right(starts, at) - 1, 0)
        span = f'<span id="{ident}"></span>'
        if not out:
            out.append(span)
        elif ident.startswith("ev-") and out[i].startswith("<p"):
            cut = out[i].index(">") + 1
            out[i] = f"{out[i][:cut]}{span}{out[i][cut:]}"
        else:
            end = len(out[i]) - len("</p>") if out[i].endswith("</p>") else len(out[i])
            out[i] = f"{out[i][:end]} {span}{out[i][end:]}"


def _inline(text: str, start: int, end: int, marks: list[Mark], anchored: set[str], esc) -> str:
    """text[start:end] with its marks; esc makes plain text literal (html_inline or md)."""
    inner = sorted((m for m in marks if m.kind not in ("claim", "anchor") and start <= m.start and m.end <= end),
                   key=lambda m: (m.start, -m.end))
    spots: dict[int, list[str]] = {}
    for m in marks:
        if m.kind == "anchor" and start <= m.start < end and m.ident not in anchored:
            spots.setdefault(m.start, []).append(m.ident)
    kept, last = [], start
    for m in inner:
        if m.start >= last:
            kept.append(m)
            last = m.end
    claims = [m for m in marks if m.kind == "claim" and m.start < end and start < m.end]
    opens: dict[int, list[Mark]] = {}
    closes: dict[int, list[Mark]] = {}
    for c in claims:
        # a claim edge inside a mention moves to the mention's edge, so every claim keeps its anchor
        s = min([max(c.start, start)] + [k.start for k in kept if k.start < max(c.start, start) < k.end])
        e = max([min(c.end, end)] + [k.end for k in kept if k.start < min(c.end, end) < k.end])
        opens.setdefault(s, []).append(c)
        closes.setdefault(e, []).append(c)
    for group in opens.values():
        group.sort(key=lambda c: -c.end)  # the outer claim opens first
    for group in closes.values():
        group.sort(key=lambda c: -c.start)  # the inner claim closes first
    parts = []
    bounds = sorted({start, end, *opens, *closes, *spots, *(m.start for m in kept), *(m.end for m in kept)})
    by_start = {m.start: m for m in kept}
    skip_to = start
    for i, b in enumerate(bounds):
        if b in closes and b > start:
            # the grade badge goes where the claim ends, not where a paragraph cuts it
            parts.extend(f"{_grade(c, esc)}</span>" if b >= c.end else "</span>" for c in closes[b])
        if b in opens and b < end:
            for c in opens[b]:
                # a claim over several paragraphs carries its anchor in the first one only
                anchor = f' id="{c.ident}"' if c.ident not in anchored else ""
                anchored.add(c.ident)
                parts.append(f'<span class="claim"{anchor}>')
        if b >= end:
            break
        nxt = bounds[i + 1]
        if b < skip_to:
            continue  # inside a mention: a spot here is anchored at its paragraph's start instead
        for ident in spots.get(b, ()):
            anchored.add(ident)
            parts.append(f'<span id="{ident}"></span>')
        if b in by_start:
            m = by_start[b]
            parts.append(_mark(text[m.start:m.end], m, esc, anchored))
            skip_to = m.end
        else:
            parts.append(esc(text[b:nxt]) if text[b:nxt].strip() else " ")
    return "".join(parts).strip()


def _mark(surface: str, m: Mark, esc, anchored: set[str]) -> str:
    """A focusable mention, a link to where it is described, followed by its hidden card.

    The card holds text only, so Tab goes from mention to mention (one stop each); its markup is
    kept small because every element is parsed again by Markdown, the search index and the browser.
    """
    card = f"c{m.start}"
    # a date's place in the text, where the timeline's entries lead (numbers only), or the sentence a
    # who's-who evidence line quotes (made by evidence_anchors: a slug and a number, never seed text)
    own = m.ident if m.kind == "date" else m.anchor if m.anchor not in anchored else ""
    if own:
        anchored.add(own)
        own = f' id="{own}"'
    if m.href:
        head = f'<a class="mention {m.kind}" href="{attr(m.href)}" aria-describedby="{card}">{esc(surface)}</a>'
    else:
        head = f'<span class="mention {m.kind}" tabindex="0" aria-describedby="{card}">{esc(surface)}</span>'
    return f'<span class="m"{own}>{head}{_card(card, KIND_LABELS.get(m.kind, m.kind), m.name, m.detail, esc)}</span>'


def _card(ident: str, kind: str, name: str, detail: str, esc) -> str:
    return (f'<span class="card" id="{ident}" data-search-exclude><small>{kind}</small><strong>{esc(name)}</strong>'
            f'{esc(detail)}</span>')


def _grade(c: Mark, esc) -> str:
    """A claim's closing grade badge: focusable, with its reasons in a card."""
    card = f"g{c.ident}"
    return (f'<span class="m"><sup class="grade grade-{attr(c.grade)}" tabindex="0" aria-describedby="{card}">{esc(c.grade)}</sup>'
            f'{_card(card, "Claim", c.name, c.detail, esc)}</span>')
