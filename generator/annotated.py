"""The briefing's full text as Markdown, with mentions linked, dates explained and claims graded."""

from __future__ import annotations

from dataclasses import dataclass

from .escape import attr, link_title, md
from .model import Annotations


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # person | organization | place | date | claim
    href: str | None = None
    title: str = ""
    ident: str = ""
    grade: str = ""


def marks_for(ann: Annotations, link_of, title_of) -> list[Mark]:
    """Every mention, date and claim of a briefing as a Mark; link_of(entity) gives its page path."""
    out = []
    for kind in ("people", "organizations", "places"):
        for e in getattr(ann, kind):
            href = link_of(e)
            for s, t in e.mentions:
                out.append(Mark(s, t, e.kind, href, title_of(e), e.id))
    for d in ann.dates:
        working = f"{d.text} → {d.value or 'unresolved'}" + (f" ({d.granularity}; {d.rule}; anchor {d.anchor})" if d.value else f" ({d.rule})")
        out.append(Mark(d.start, d.end, "date", None, working))
    for i, c in enumerate(ann.claims):
        who = c.speaker or "no named source"
        out.append(Mark(c.start, c.end, "claim", None, f"Grade {c.grade}: {who} — {'; '.join(c.grade_reasons)}", f"claim-{i + 1}", c.grade))
    return out


def render_blocks(ann: Annotations, marks: list[Mark]) -> list[str]:
    """One Markdown chunk per block of the seed (the title excluded)."""
    doc = ann.document
    out = []
    for b in doc.blocks:
        if b.kind == "title":
            continue
        end = b.end
        if b.credit:
            end = doc.text.rfind("[", b.start, b.end)
            end = b.end if end < 0 else end
        body = _inline(doc.text, b.start, end, marks)
        if b.kind == "subhead":
            out.append(f"### {body}")
        elif b.kind == "standfirst":
            out.append(f"**{body}**")
        elif b.kind == "caption":
            out.append(f"*Photo caption:* {body}" + (f" <small>({md(b.credit)})</small>" if b.credit else ""))
        elif b.kind == "dateline":
            out.append(f"*{body}*")
        else:
            out.append(body)
    return out


def _inline(text: str, start: int, end: int, marks: list[Mark]) -> str:
    inner = sorted((m for m in marks if m.kind != "claim" and start <= m.start and m.end <= end),
                   key=lambda m: (m.start, -m.end))
    kept, last = [], start
    for m in inner:
        if m.start >= last:
            kept.append(m)
            last = m.end
    claims = [m for m in marks if m.kind == "claim" and m.start < end and start < m.end]
    opens = {}
    closes = {}
    for c in claims:
        s, e = max(c.start, start), min(c.end, end)
        if any(s < k.end and k.start < s for k in kept) or any(e < k.end and k.start < e for k in kept):
            continue
        opens.setdefault(s, c)
        closes.setdefault(e, c)
    parts = []
    bounds = sorted({start, end, *opens, *closes, *(m.start for m in kept), *(m.end for m in kept)})
    by_start = {m.start: m for m in kept}
    skip_to = start
    for i, b in enumerate(bounds):
        if b in closes and b > start:
            c = closes[b]
            parts.append(f'<sup class="grade grade-{c.grade}" title="{attr(c.title)}">{c.grade}</sup></span>')
        if b in opens and b < end:
            parts.append(f'<span class="claim" id="{opens[b].ident}">')
        if b >= end:
            break
        nxt = bounds[i + 1]
        if b < skip_to:
            continue
        if b in by_start:
            m = by_start[b]
            parts.append(_mark(text[m.start:m.end], m))
            skip_to = m.end
        else:
            parts.append(md(text[b:nxt]) if text[b:nxt].strip() else " ")
    return "".join(parts).strip()


def _mark(surface: str, m: Mark) -> str:
    if m.kind == "date":
        return f'<span class="mention date" title="{attr(m.title)}">{md(surface)}</span>'
    if m.href:
        return f'[{md(surface)}]({m.href} "{link_title(m.title)}"){{ .mention .{m.kind} }}'
    return f'<span class="mention {m.kind}" title="{attr(m.title)}">{md(surface)}</span>'
