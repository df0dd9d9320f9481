"""Who claims what, on whose word: attributions, speakers, anonymous sources and sourcing notes.

    cues.py      reporting verbs and "according to" in one parsed sentence
    quotes.py    quote marks paired into spans (plain text)
    credits.py   photo, video and audio credits of captions
    speakers.py  speaker phrase -> person, organisation, document or anonymous source
    notes.py     anonymity reasons, verification notes, unanswered requests for comment
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import AnonymousSource, Claim, CommentRequest
from . import cues, notes
from .credits import credits
from .found import Found
from .quotes import Quote, find_quotes
from .speakers import Resolver

DASH_SOURCE = re.compile(r"[ \t]*(?P<dash>[—–]|--?)[ \t]*(?P<src>[A-Z][^,\n—–()]{1,60}?)[ \t]*(?=,|\n|$|\()")
FLOATING_REACH = 1500  # characters back to the last speaker a quote on its own continues


@dataclass
class Extracted:
    """What the claims pass hands to annotate: claims, anonymous sources, requests for comment."""

    claims: list[Claim] = field(default_factory=list)
    anonymous_sources: list[AnonymousSource] = field(default_factory=list)
    comment_requests: list[CommentRequest] = field(default_factory=list)


def extract(doc, entity_at, document=None, people=()) -> Extracted:
    """Claims in a spaCy Doc. entity_at(start, end) -> (id, kind, name) of an overlapping entity or None;
    people: the document's person entities, so a surname alone ("Conyers replied") finds its person."""
    found: list[Found] = []
    bare: list[Found] = []
    for sent in doc.sents:
        with_content, without = cues.in_sentence(doc, sent)
        found.extend(with_content)
        bare.extend(without)
    found = _with_quotes(doc, found, bare)
    if document is not None:
        found.extend(credits(document))
    found = _dedupe(sorted(found, key=lambda f: (f.start, -f.end)), doc.text)

    resolver = Resolver(doc, entity_at, people)
    resolved = []
    for f in found:
        if f.form == "credit":
            resolved.append((f, None))
        elif f.speaker is not None:
            resolved.append((f, resolver.resolve(f.speaker, f.head_i, f.start)))
        else:
            resolved.append((f, None))
    for f, spk in resolved:
        if spk is not None and spk.anon_key is not None and f.via and resolver.anonymous[spk.anon_key].via is None:
            resolver.anonymous[spk.anon_key].via = f.via
    notes.anonymity_reasons(doc, resolver)
    unverified = notes.unverified_targets(doc, resolved)

    text = document.text if document is not None else doc.text
    out = Extracted()
    for k, a in enumerate(resolver.anonymous):
        out.anonymous_sources.append(AnonymousSource(
            id=f"anonymous-{k + 1}", description=text[a.description[0]:a.description[1]],
            start=a.description[0], end=a.description[1], affiliation=a.affiliation, access=a.access,
            reason=text[a.reason[0]:a.reason[1]] if a.reason else None,
            reason_start=a.reason[0] if a.reason else None, reason_end=a.reason[1] if a.reason else None,
            via=text[a.via[0]:a.via[1]] if a.via else None,
            mentions=tuple(sorted(set(a.mentions))),
        ))
    for k, (f, spk) in enumerate(resolved):
        out.claims.append(_claim(text, f, spk, unverified.get(k)))
    for bounds, span, ent, outcome in notes.comment_requests(doc, entity_at):
        out.comment_requests.append(CommentRequest(
            text=text[bounds[0]:bounds[1]], start=bounds[0], end=bounds[1],
            who=(ent[2] if ent else text[span[0]:span[1]]) if span else None,
            who_id=ent[0] if ent and ent[1] == "person" else None, outcome=outcome))
    return out


def _claim(text: str, f: Found, spk, note: str | None) -> Claim:
    if f.form == "credit":
        speaker, source_type, ent, anon = f.speaker_text, "organization" if "/" in (f.speaker_text or "") else "named", None, None
    elif spk is None:
        speaker, source_type, ent, anon = None, "unattributed", None, None
    else:
        speaker, source_type, ent, anon = spk.text, spk.source_type, spk.entity, spk.anon_key
    return Claim(
        text=text[f.start:f.end], start=f.start, end=f.end,
        speaker=speaker,
        speaker_start=f.speaker[0] if f.speaker else None,
        speaker_end=f.speaker[1] if f.speaker else None,
        speaker_id=ent[0] if ent and ent[1] == "person" else None,
        cue=text[f.cue[0]:f.cue[1]] if f.cue else None,
        cue_start=f.cue[0] if f.cue else None, cue_end=f.cue[1] if f.cue else None,
        source_type=source_type, quote=f.quote,
        sentence_start=f.sentence[0], sentence_end=f.sentence[1],
        qualifiers=("unverified",) if note else (),
        form=f.form, via=text[f.via[0]:f.via[1]] if f.via else None,
        anonymous_id=f"anonymous-{anon + 1}" if anon is not None else None,
        notes=(note,) if note else (),
    )


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _with_quotes(doc, found: list[Found], bare: list[Found]) -> list[Found]:
    """Direct quotes joined to the claim that holds them, their cue, or the last speaker."""
    text = doc.text
    out = list(found)
    last: tuple[Found, Quote] | None = None
    for q in find_quotes(text):
        holders = [f for f in out if f.start <= q.start and q.end <= f.end + 2]
        if holders:
            for f in holders:
                f.quote = True
            last = (holders[-1], q)
            continue
        own = [f for f in out if _overlaps(f.start, f.end, q.start, q.end) and f.cue
               and not q.start <= f.cue[0] < q.end and f.form != "floating"]
        if own:
            f = own[0]
            f.start, f.end, f.quote = min(f.start, q.start), max(f.end, q.end), True
            last = (f, q)
            continue
        if last is not None and _continues(text, last, q):
            last[0].end = max(last[0].end, q.end)
            continue
        after = _cue_after(text, out, q)
        if after is not None:
            after.start, after.quote = q.start, True
            continue
        cue = _bare_cue(text, bare, q)
        if cue is not None:
            f = Found(q.start, q.end, cue.speaker, cue.cue, True, cue.sentence, cue.head_i, form="quote",
                      via=cue.via)
            out.append(f)
            last = (f, q)
            continue
        dash = _dash_source(doc, q)
        if dash is not None:
            out.append(dash)
            last = (dash, q)
            continue
        intro = _colon_intro(doc, q)
        if intro is not None:
            out.append(intro)
            last = (intro, q)
            continue
        if not _speech_like(text, q):
            continue  # a scare quote or a title: "the US's "brutal blockade""
        prev = [f for f in out if f.speaker and f.end <= q.start and q.start - f.end < FLOATING_REACH]
        if prev:
            p = max(prev, key=lambda f: f.end)
            if p.quote and _only_cue_between(text, p, q):
                # ""...," Eastman said. "And more."": the quote goes on after its cue
                p.end = q.end
                continue
            f = Found(q.start, q.end, p.speaker, None, True, (q.start, q.end), p.head_i, form="floating")
            out.append(f)
            last = (f, q)
    return out


def _continues(text: str, last: tuple[Found, Quote], q: Quote) -> bool:
    """A split quote: ""...," he said, "..."" continues the quote before the cue."""
    f, prev = last
    if f.cue is None or prev.close_at is None:
        return False
    between = text[prev.close_at + 1:q.open_at]
    return prev.close_at < f.cue[0] < q.open_at and len(between) < 80 and "\n" not in between and "." not in between


def _only_cue_between(text: str, p: Found, q: Quote) -> bool:
    """Nothing but the claim's own cue and speaker (and punctuation) between it and the next quote."""
    chars = list(text[p.end:q.open_at])
    for span in (p.cue, p.speaker):
        if span and p.end <= span[0] and span[1] <= q.open_at:
            for i in range(span[0] - p.end, span[1] - p.end):
                chars[i] = " "
    rest = "".join(chars)
    return p.cue is not None and p.cue[0] >= p.end and not rest.strip(" \t,.;:!?\"“”") and "\n" not in rest


def _cue_after(text: str, found: list[Found], q: Quote) -> Found | None:
    """The first half of a split quote: ""We will win," she said, "and soon."" joins the claim after it."""
    if q.close_at is None:
        return None
    for f in found:
        if f.cue and f.speaker and q.close_at < f.speaker[0] and q.close_at < f.cue[0] < f.start:
            between = text[q.close_at + 1:min(f.speaker[0], f.cue[0])]
            if len(between) < 40 and "\n" not in between and "." not in between:
                return f
    return None


def _bare_cue(text: str, bare: list[Found], q: Quote) -> Found | None:
    """A cue with no content of its own in the quote's sentence, or ending the sentence before it with ":"."""
    short = len(text[q.start:q.end].split()) < 4
    for b in bare:
        if b.cue and q.start <= b.cue[0] < q.end:
            continue
        s, e = b.sentence
        if _overlaps(s, e, q.open_at, q.end + 1):
            near = b.cue[1] <= q.open_at and q.open_at - b.cue[1] < 40 or (
                q.close_at is not None and q.close_at < b.cue[0] and b.cue[0] - q.close_at < 40)
            if near and not short:
                return b  # a fragment in scare quotes mid-sentence is no quote of the speaker
            continue
        if e <= q.open_at and text[e:q.open_at].strip() == "" and text[s:e].rstrip().endswith(":"):
            return b
    return None


def _dash_source(doc, q: Quote) -> Found | None:
    """A quote followed by a dash and its source: ""Document found on street" — The Canadian Press, 2008"."""
    if q.close_at is None:
        return None
    m = DASH_SOURCE.match(doc.text, q.close_at + 1)
    if not m:
        return None
    span = doc.char_span(m.start("src"), m.end("src"), alignment_mode="contract")
    if span is None or not any(t.pos_ == "PROPN" for t in span):
        return None
    return Found(q.start, q.end, (span.start_char, span.end_char), (m.start("dash"), m.end("dash")), True,
                 (q.open_at, m.end()), span.root.i, form="quote")


def _colon_intro(doc, q: Quote) -> Found | None:
    """A short introduction ending in a colon names the speaker: "From the ministry:" then the quote."""
    text = doc.text
    j = q.open_at
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or text[j - 1] != ":":
        return None
    line_start = max(text.rfind("\n", 0, j - 1), text.rfind(". ", 0, j - 1) + 1) + 1
    intro = doc.char_span(line_start, j - 1, alignment_mode="expand")
    if intro is None or not 0 < len(intro) <= 8:
        return None
    chunks = [c for c in intro.noun_chunks if c.root.pos_ in ("PROPN", "NOUN", "PRON")]
    if not chunks:
        return None
    # the first noun phrase speaks ("Candidate Jane Roe on the border:" is Jane Roe, not the border),
    # with the phrases right beside it ("The candidate Jane Roe")
    run = [chunks[0]]
    for c in chunks[1:]:
        if text[run[-1].end_char:c.start_char].strip(" ,") == "":
            run.append(c)
        else:
            break
    head = next((c.root for c in run if c.root.pos_ == "PROPN"), run[0].root)
    return Found(q.start, q.end, (run[0].start_char, run[-1].end_char), (j - 1, j), True,
                 (line_start, q.end), head.i, form="colon")


def _speech_like(text: str, q: Quote) -> bool:
    """A quote standing as its own sentence or paragraph, long enough to say something."""
    if len(text[q.start:q.end].split()) < 4:
        return False
    before = text[max(0, q.open_at - 3):q.open_at].rstrip(" \t")
    return not before or before[-1] in "\n.:!?"


def _dedupe(found: list[Found], text: str) -> list[Found]:
    """One claim per stretch of text; a claim inside another ("X said he believes Y") stays when its speaker differs."""
    out: list[Found] = []
    for f in found:
        clash = [g for g in out if _overlaps(f.start, f.end, g.start, g.end)]
        if not clash:
            out.append(f)
            continue
        if all(_nested(f, g, text) for g in clash):
            # an outer claim ending where f ends keeps its closing punctuation, so the two nest
            # cleanly on the page; that must not make two outer claims end together or touch a neighbour
            ends = [g.end + (g.end == f.end) for g in clash]
            neighbours = any(g.end <= h.start < e for g, e in zip(clash, ends, strict=True) for h in out)
            if len(set(ends)) == len(ends) and not neighbours:
                for g, e in zip(clash, ends, strict=True):
                    g.end = e
                out.append(f)
            continue
        worse = [g for g in clash if _score(g) < _score(f)]
        if len(worse) == len(clash):
            for g in worse:
                out.remove(g)
            out.append(f)
    return sorted(out, key=lambda f: (f.start, -f.end))


def _nested(f: Found, g: Found, text: str) -> bool:
    closing = f.end == g.end and g.end < len(text) and text[g.end] in ".!?\"”’"
    inside = g.start < f.start and (f.end < g.end or closing)
    return inside and f.cue is not None and f.speaker is not None and f.speaker != g.speaker


def _score(f: Found) -> tuple:
    # a photo credit yields to a claim made in its caption
    return (f.form != "credit", f.speaker is not None, f.cue is not None, f.end - f.start)
