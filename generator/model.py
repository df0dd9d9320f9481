"""Plain records that cross stage boundaries: seeds -> annotations -> pages.

Everything here is a frozen dataclass of plain values with character offsets into the
seed's decoded text, so annotations serialise to JSON, cache and diff.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of a seed: title, standfirst, dateline, paragraph, subhead, caption."""

    kind: str
    start: int
    end: int
    credit: str | None = None  # photo credit of a caption, kept out of the body
    page: int | None = None  # the PDF page the block was printed on (1-based); None for other formats


@dataclass(frozen=True)
class Document:
    """A seed as read from disk: metadata and the decoded text with its blocks."""

    source: str
    slug: str
    text: str
    title: str
    author: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    tags: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    masked: tuple[Span, ...] = ()  # spans NLP must not see (byline, credits, front matter)
    kind: str | None = None  # news | opinion | analysis, as a .md seed's front matter declares it; None: genre.py decides

    def page_at(self, offset: int) -> int | None:
        """The PDF page the character at offset was printed on, or None (not a PDF, or between blocks)."""
        for b in self.blocks:
            if b.start <= offset < b.end or (offset == b.end and b.start < b.end):
                return b.page
        return None


@dataclass(frozen=True)
class Evidence:
    """A stated fact (a role, an age) with the sentence it came from."""

    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    kind: str = "role"  # role | age | affiliation | nationality | former


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place in one document, with all its mentions."""

    id: str
    kind: str  # person | organization | place
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    age: int | None = None
    salience: float = 0.0
    possible_duplicates: tuple[str, ...] = ()
    references: tuple[Span, ...] = ()  # descriptions and pronouns that refer to this person ("the senator", "she")


@dataclass(frozen=True)
class Claim:
    """Who claims what, on whose word, with the offsets of content, speaker and cue."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_id: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    source_type: str = "unattributed"  # named | organization | anonymous | document | unattributed
    quote: bool = False
    sentence_start: int = 0
    sentence_end: int = 0
    qualifiers: tuple[str, ...] = ()
    grade: str = "E"
    grade_reasons: tuple[str, ...] = ()
    rank: float = 0.0
    form: str = "indirect"  # indirect | quote | according_to | background (a treaty, a law) | floating | colon | post | credit
    via: str | None = None  # the outlet a source told ("has told the Associated Press")
    anonymous_id: str | None = None  # the AnonymousSource this claim rests on
    notes: tuple[str, ...] = ()  # sentences elsewhere that qualify it ("The AP was unable to verify ...")
    stance: str = "asserts"  # asserts | denies ("denied that X": X is the content) | questions
    opening_name: str | None = None  # who a "he"/"she" opening the content is, so the claim reads alone
    # a joint statement ("Ruiz and Vidal said Z") is a claim of each named speaker; each carries the
    # whole phrase, which the briefing shows once
    joint_speaker: str | None = None


@dataclass(frozen=True)
class AnonymousSource:
    """One unnamed source, kept as its own entry: how it is described, where from, why unnamed."""

    id: str
    description: str  # "a senior US administration official"
    start: int
    end: int
    affiliation: str | None = None  # "US administration"
    access: str | None = None  # "familiar with the July encounter"
    reason: str | None = None  # "they are not authorised to discuss the talks"
    reason_start: int | None = None
    reason_end: int | None = None
    via: str | None = None  # "the Associated Press news agency"
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class CommentRequest:
    """A request for comment the text says went unanswered or was declined ("did not respond")."""

    text: str  # the sentence
    start: int
    end: int
    who: str | None = None
    who_id: str | None = None
    outcome: str = "no response"  # no response | declined


@dataclass(frozen=True)
class DateRef:
    """A date expression resolved against the publication date, with its working."""

    text: str
    start: int
    end: int
    value: str | None
    granularity: str | None
    anchor: str | None = None
    rule: str = ""
    event: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    tense: str = ""  # past | future | present | "" : picks the occurrence of a weekday or month
    dateline: bool = False  # the article's own dateline ("Friday, July 21, 2017"): no event of its own
    bound: str = ""  # "before" | "until" | "after" | "since" | "by" | "": "before 2003" bounds its event


def calendar_order(value: str) -> tuple:
    """A sort key that puts a value's years in calendar order: "-0489" (490 BC) before "-0043" (44 BC)
    before "0079"; within a year the rest of the value sorts as written."""
    def one(part: str) -> tuple[int, str]:
        sign = -1 if part.startswith("-") else 1
        body = part[1:] if sign < 0 else part
        return (sign * int(body[:4]), body[4:]) if body[:4].isdigit() else (0, part)
    return tuple(one(p) for p in value.split("/"))


def value_head(value: str, cut: int) -> str:
    """The first `cut` characters of a value's first day, its sign not counted: ("-0043-03-15", 4) -> "-0043"."""
    head = value.split("/")[0]
    sign = "-" if head.startswith("-") else ""
    return sign + head[len(sign):][:cut]


def on_calendar(value: str | None) -> bool:
    """Whether a date value falls on the calendar: not unresolved, not a time of no known day ("22:30:00")."""
    return bool(value) and not (":" in value and "T" not in value)


@dataclass(frozen=True)
class Annotations:
    """Everything extracted from one seed: the only thing NLP hands to rendering."""

    document: Document
    people: tuple[Entity, ...] = ()
    organizations: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    dates: tuple[DateRef, ...] = ()
    anonymous_sources: tuple[AnonymousSource, ...] = ()
    comment_requests: tuple[CommentRequest, ...] = ()
    sentences: tuple[Span, ...] = ()
    pipeline: str = ""
    warnings: tuple[str, ...] = field(default=())


def to_dict(record: Any) -> dict:
    """A record as JSON-able dict (tuples become lists)."""
    return asdict(record)


def _build(cls: type, data: Any) -> Any:
    if data is None:
        return None
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        sub = _NESTED.get((cls.__name__, f.name))
        if sub is not None:
            value = tuple(_build(sub, v) for v in value)
        elif f.name == "document":
            value = _build(Document, value)
        elif isinstance(value, list):
            value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
        kwargs[f.name] = value
    return cls(**kwargs)


_NESTED = {
    ("Document", "blocks"): Block,
    ("Entity", "evidence"): Evidence,
    ("Annotations", "people"): Entity,
    ("Annotations", "organizations"): Entity,
    ("Annotations", "places"): Entity,
    ("Annotations", "claims"): Claim,
    ("Annotations", "dates"): DateRef,
    ("Annotations", "anonymous_sources"): AnonymousSource,
    ("Annotations", "comment_requests"): CommentRequest,
}


def document_from_dict(data: dict) -> Document:
    """Rebuild a Document from `to_dict` output (e.g. from the cache of read documents)."""
    return _build(Document, data)


def annotations_from_dict(data: dict) -> Annotations:
    """Rebuild Annotations from `to_dict` output (e.g. from the cache)."""
    return _build(Annotations, data)
