"""Read seeds from disk into Documents: metadata, blocks and masked spans. No spaCy here."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import yaml

from .lineechoes import echoed_prefix
from .model import Block, Document
from .nlp.creditspans import related_lines
from .nlp.dateline import published_in_text
from .nlp.rules import words
from .slugs import slugify
from .textrepair import repair_encoding
from .titleecho import title_echo, title_opening

SUPPORTED = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")  # the last four: generator/readers/
MAX_BYTES = 20 * 1024 * 1024  # a seed larger than this is refused, not truncated

# "Title – By Author (Outlet) / Aug 19 2019"; every part after the title may be missing.
# Possessive quantifiers (`*+`) keep these linear: with plain ones a title line such as
# "T - By" + 1,000 spaces + "(" backtracks for minutes. Captured parts keep trailing spaces.
_DASH = r"\s++[–—-]\s++"
_BYLINE = r"(?:By\s++(?P<author>[^()/]*+))?(?:\((?P<outlet>[^()]*+)\)\s*+)?(?:/\s*+(?P<date>[^/]++))?$"
HEADER_RE = re.compile(rf"^(?P<title>.*?)(?P<meta>{_DASH}(?=By\b|\(|/){_BYLINE})")
TITLE_DATE_RE = re.compile(r"^(?P<title>.*?)(?P<meta>\s++/\s*+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\s*+)$")
BYLINE_LINE_RE = re.compile(rf"^(?=By\b|\(|/){_BYLINE}")
HEADER_MAX = 600  # a longer first line is a title (or a paragraph), never title plus byline
# a photo credit closes its line: "[File: Miraflores Press/EPA]"; at most CAPTION_MAX characters
CAPTION_RE = re.compile(r"\[(?P<credit>(?:File:\s*)?[^\[\]]{2,80}/[^\[\]]{2,60}|File:[^\[\]]{2,80})\]$")
CAPTION_MAX = 160
PAREN_CREDIT_RE = re.compile(r"(?<=[.!?] )\((?P<credit>[A-Z][\w.'’ -]{1,40}/(?P<agency>[A-Z][\w.'’ -]{1,40}))\)$")
# an e-mail or web address, also as a saved page spaced it ("Ana.Ruiz Example.Com")
ADDRESS_RE = re.compile(r"@|https?:|www\.|\b\w+\.(?:com|org|net|gov|edu|co\.uk)\b", re.I)
ECHO_LINES = 3  # a picture's line repeating the headline is looked for among the first lines after it
TITLE_MAX = 400  # a longer first line is shown as text and the title is made from its first words
SCALARS = (str, int, float, date, datetime)
KINDS = ("news", "opinion", "analysis")  # what front matter `kind:` may declare
YEARS = (1000, 9998)  # a publication date outside these years is treated as unknown
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
DATELINE_RE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}\s*$"
)
DATELINE_START_RE = re.compile(DATELINE_RE.pattern.removesuffix(r"\s*$") + r"(?=\s|$)")
# a web page's archive picker ("Select Date… December, 2015 November, 2015 …"): a line mostly of months
# with their years is the page's, not the story's: no lead, no dates, no names
MONTH_YEAR_RE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
                           r"|December),?\s+\d{4}\b")
PICKER_MONTHS = 6
DATE_FORMATS = ("%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y", "%b. %d %Y", "%b. %d, %Y",
                "%Y-%m-%d", "%A, %B %d, %Y", "%d %B %Y", "%d %b %Y")


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML where dates stay text: `date: 2019-02-30` is then an unknown date, not a crash."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class SeedError(Exception):
    """A seed that can't be read; the message names the file, the problem and the fix."""

    def __init__(self, path: str, problem: str, fix: str = ""):
        self.path, self.problem, self.fix = path, problem, fix
        super().__init__(f"{path}: {problem}" + (f" ({fix})" if fix else ""))


def find_seeds(folder: str | Path) -> list[Path]:
    """Every seed file under folder, sorted; hidden files and folders are skipped."""
    root = Path(folder)
    if not root.is_dir():
        raise SeedError(str(folder), "seeds folder not found", "create it or point seeds_dir at it")
    found = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        found.append(path)
    return found


def parse_date(text: str | None) -> str | None:
    """A publication date string as YYYY-MM-DD, or None if it isn't a real date."""
    if text is None:
        return None
    if isinstance(text, (date, datetime)):
        return _plausible(text)
    cleaned = re.sub(r"\s+", " ", str(text).strip())
    for fmt in DATE_FORMATS:
        try:
            return _plausible(datetime.strptime(cleaned, fmt))
        except ValueError:
            continue
    return None


def _plausible(day: date) -> str | None:
    # relative dates ("tomorrow", "last year") are computed from this one: keep clear of date.min and date.max
    return day.strftime("%Y-%m-%d") if YEARS[0] <= day.year <= YEARS[1] else None


def decode(raw: bytes, source: str) -> str:
    """Seed bytes as text: UTF-8 with or without BOM, newlines normalised as text mode does."""
    if b"\x00" in raw[:4096] and raw.count(b"\x00") > len(raw) // 100:
        raise SeedError(source, "looks like a binary file (NUL bytes)", "only UTF-8 .txt and .md seeds are read")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SeedError(source, f"is not valid UTF-8 (byte {err.start})",
                        "re-save it as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`") from None
    text = repair_encoding(text.replace("\r\n", "\n").replace("\r", "\n"))
    # control characters other than newline and tab carry no text and confuse renderers
    return _CONTROL.sub(" ", text)


def read_seed(path: str | Path, source: str | None = None, slug: str | None = None) -> Document:
    """Read one seed (.txt in the sample's layout, .md with YAML front matter, or a web page, PDF, Word file)."""
    path = Path(path)
    source = source or str(path)
    if path.suffix.lower() not in SUPPORTED:
        raise SeedError(source, f"unsupported file type '{path.suffix or '(none)'}'",
                        "convert it to .txt, .md, .html, .pdf or .docx")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SeedError(source, f"is {size} bytes, over the {MAX_BYTES}-byte limit", "split it")
        raw = path.read_bytes()
    except OSError as err:
        raise SeedError(source, f"can't be read: {err.strerror}") from None
    if path.suffix.lower() not in (".txt", ".md"):
        from .readers import ReaderError
        from .readers.layout import read_document

        try:
            return read_document(raw, path.suffix.lower(), source, slug or slugify(path.stem))
        except ReaderError as err:
            raise SeedError(source, err.problem, err.fix) from None
    return parse_seed(decode(raw, source), source, slug or slugify(path.stem), markdown=path.suffix.lower() == ".md")


def parse_seed(text: str, source: str, slug: str, markdown: bool = False) -> Document:
    """Split decoded seed text into metadata and blocks, with offsets into text."""
    if not text.strip():
        raise SeedError(source, "is empty", "add a title line and some text")
    meta: dict = {}
    masked: list[tuple[int, int]] = []
    pos = 0
    if markdown and text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end < 0:
            raise SeedError(source, "front matter is not closed", "end it with a line '---'")
        meta = _front_matter(text[4:end], source)
        pos = text.find("\n", end + 1)
        pos = len(text) if pos < 0 else pos + 1
        masked.append((0, pos))
    lines = _lines(text, pos)
    if not lines:
        raise SeedError(source, "has no text after its front matter", "add the article's text below the closing '---'")
    blocks: list[Block] = []
    header = {}
    first_start, first_end = lines[0]
    if not meta.get("title") and first_end - first_start > TITLE_MAX:
        # one long first line (a scraped page without line breaks) is text, not a title
        header = {"title": _shorten(text[first_start:first_end])}
    elif not meta.get("title"):
        header, meta_start = _header(text[first_start:first_end])
        if meta_start is not None:
            masked.append((first_start + meta_start, first_end))
            first_end = first_start + meta_start
        blocks.append(Block("title", first_start, first_end))
        lines = lines[1:]
        if lines:
            s, e = lines[0]
            m = BYLINE_LINE_RE.match(text[s:e]) if e - s <= HEADER_MAX else None
            if m and _is_byline(m):
                header = {k: v or header.get(k) for k, v in m.groupdict().items()}
                masked.append((s, e))
                lines = lines[1:]
    title_line = text[first_start:first_end] if blocks else str(meta.get("title") or "")
    echoed = 0  # where the last line's own words start after a masked echo of the line above
    for i, (s, e) in enumerate(lines):
        # a standfirst follows the title line directly, as in the sample seed
        standfirst = i == 0 and not markdown and text[blocks[-1].end:s].count("\n") == 1 if blocks else False
        echo = title_echo(text, s, e, title_line) if i < ECHO_LINES else None
        if echo:  # a picture's caption, its credit and a copy of the headline: the copy is no text
            blocks.append(Block("caption", s, echo[0], credit=echo[1]))
            masked.append((echo[0], e))
            continue
        block = _block(text, s, e, standfirst)
        blocks.append(block)
        if i < ECHO_LINES and (opening := title_opening(text[s:e], title_line)):
            # the headline again, glued to the story's first sentence: the space between them ends a sentence
            # (the copy's words stay, as the title's own do: a name in it may be who the story goes on with)
            masked.append((s + opening, s + opening + 1))
        if _date_picker(text[s:e]):
            masked.append((s, e))
            continue
        if block.credit:
            masked.append((_caption(text, s, e).start(), e))
        elif i and (repeat := echoed_prefix(text[max(lines[i - 1][0], echoed):lines[i - 1][1]], text[s:e])):
            masked.append((s, s + repeat))  # a timeline line repeating the entry above it
            echoed = s + repeat
    # "Read more: When the mayor …": a link to another story on a line of its own is the page's, not the story's
    masked += related_lines(text, pos)
    title = meta.get("title") or header.get("title") or text[first_start:first_end]
    title = " ".join(str(title).split()) or "Untitled"
    title = _shorten(title) if len(title) > TITLE_MAX else title
    published = parse_date(meta.get("date")) or parse_date(header.get("date"))
    if published is None:
        for b in blocks[:4]:
            # a dateline line, or one run into the first paragraph: "Thursday, May 7, 2015 On Tuesday, ..."
            m = DATELINE_START_RE.match(text[b.start:b.end]) if b.kind != "title" else None
            if m:
                published = parse_date(m.group())
                break
    published = published or parse_date(published_in_text(text))  # a date line of the text's own
    tags = meta.get("tags")
    tags = tags if isinstance(tags, list) else [] if tags is None else [tags]
    return Document(
        source=source,
        slug=slugify(str(meta.get("slug") or title), fallback="")[:60].strip("-") or slug,
        text=text,
        title=title,
        author=_clean(meta.get("author")) or _byline_authors(header.get("author")),
        outlet=_clean(meta.get("outlet") or header.get("outlet")),
        published=published,
        url=_clean(meta.get("url")),
        tags=tuple(sorted({str(t).strip() for t in tags if str(t).strip()})),
        blocks=tuple(blocks),
        masked=tuple(sorted(set(masked))),
        kind=meta.get("kind"),
    )


def _date_picker(line: str) -> bool:
    """Six months or more with their years making up most of the line's words."""
    found = MONTH_YEAR_RE.findall(line)
    return len(found) >= PICKER_MONTHS and 2 * len(found) >= len(line.split()) / 2  # (two words a month)


def _front_matter(block: str, source: str) -> dict:
    """The YAML front matter as a mapping of plain values; anything else is a SeedError."""
    fix = "use `key: value` lines, e.g. `title: A report` and `date: 2021-03-04`"
    try:
        meta = yaml.load(block, Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as err:
        raise SeedError(source, f"front matter is not valid YAML: {str(err).splitlines()[0]}", fix) from None
    except (ValueError, TypeError, OverflowError) as err:  # e.g. `date: 2019-02-30` fails in the YAML loader
        raise SeedError(source, f"front matter has an impossible value: {err}", fix) from None
    if not isinstance(meta, dict):
        raise SeedError(source, "front matter is not a mapping", fix)
    for key in ("title", "slug", "author", "outlet", "url", "date", "tags", "kind"):
        value = meta.get(key)
        items = value if key == "tags" and isinstance(value, list) else [value]
        # nested values (and YAML alias bombs) have no place here: they would print as huge reprs
        if not all(v is None or isinstance(v, SCALARS) for v in items):
            raise SeedError(source, f"front matter `{key}` must be plain text, not a list or mapping", fix)
        if value is not None:
            meta[key] = [_plain(v) for v in items] if key == "tags" else _plain(value)
    kind = meta.get("kind")
    if kind is not None:
        meta["kind"] = str(kind).strip().lower()
        if meta["kind"] not in KINDS:
            raise SeedError(source, f"front matter `kind: {(_clean(kind) or '')[:40]}` is not one of {', '.join(KINDS)}",
                            "write `kind: news`, `kind: opinion` or `kind: analysis`, or leave it out")
    return meta


def _plain(value):
    """A front-matter string without what YAML escapes can smuggle in: controls and lone surrogates."""
    if not isinstance(value, str):
        return value
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", value))


def _is_byline(m: re.Match) -> bool:
    """A second line like 'By Jane Doe (BBC News) / Jan 5 2020', not a sentence starting with 'By'."""
    author, outlet, date_ = (m.group(k) for k in ("author", "outlet", "date"))
    if outlet or date_:
        return True
    # "By the time the police arrived, the crowd had gone." is text, not a byline
    return bool(author and author.strip()) and len(author.split()) <= 8 and not author.rstrip().endswith((".", "!", "?"))


def _caption(text: str, s: int, e: int) -> re.Match | None:
    """The photo credit closing a line, searched only in its last characters (it is short): "[File: X/EPA]",
    or a photographer and picture agency in round brackets after a sentence ("… in Washington. (Ana
    Ruiz/Getty Images)")."""
    m = CAPTION_RE.search(text, max(s, e - CAPTION_MAX), e)
    if m is not None:
        return m
    m = PAREN_CREDIT_RE.search(text, max(s, e - CAPTION_MAX), e)
    agency = m.group("agency").lower().split() if m else []
    return m if agency and (" ".join(agency) in words("picture_agencies") or agency[0] in words("picture_agencies")) else None


def _shorten(line: str, words: int = 12) -> str:
    parts = line.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _byline_authors(value) -> str | None:
    """The byline's names without an address the page ran into them ("Ana Ruiz, Ana.Ruiz Example.Com")."""
    names = [part for part in str(value or "").split(",") if not ADDRESS_RE.search(part)]
    return _clean(",".join(names).strip(" ,"))


def _clean(value) -> str | None:
    return " ".join(str(value).split()) or None if value else None


def _lines(text: str, pos: int) -> list[tuple[int, int]]:
    """Non-blank lines from pos on, as (start, end) with surrounding spaces trimmed."""
    out = []
    for m in re.finditer(r"[^\n]+", text[pos:]):
        s, e = m.start() + pos, m.end() + pos
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _header(line: str) -> tuple[dict, int | None]:
    """Metadata from the title line and where the metadata part starts in it."""
    if len(line) > HEADER_MAX:
        return {}, None
    m = HEADER_RE.match(line)
    if m and m.group("title").strip():
        return m.groupdict(), m.start("meta")
    m = TITLE_DATE_RE.match(line)
    if m and parse_date(m.group("date")):
        return {"date": m.group("date")}, m.start("meta")
    return {}, None


# a live page's update stamp opening a line: "Update at 9:22 a.m. ET.", "UPDATED 3 p.m.:", "Update, 10:40 GMT -"
UPDATE_STAMP = re.compile(r"(?i)\(?(?:most recent |latest )?update[ds]?\b[ ,:]*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*"
                          r"(?:a\.m\.|p\.m\.|am\b|pm\b)?(?:\s*[A-Z]{2,4}\b)?[.:)]*\s*[-–—]?\s*")


def _block(text: str, s: int, e: int, standfirst: bool) -> Block:
    line = text[s:e]
    m = _caption(text, s, e)
    if m:
        return Block("caption", s, e, credit=m.group("credit").strip())
    if DATELINE_RE.match(line):
        return Block("dateline", s, e)
    if standfirst:
        return Block("standfirst", s, e)
    words = line.split()
    stamp = UPDATE_STAMP.match(line)
    heading = stamp and [w for w in line[stamp.end():].split() if len(w) > 3 and w.strip("\"“‘'")[:1].isalpha()]
    if heading and len(line[stamp.end():].split()) <= 20 and sum(w.strip("\"“‘'")[:1].isupper() for w in heading) > len(heading) / 2:
        return Block("subhead", s, e)  # a live page's "Update at 9:22 a.m. ET. Rates Hold:" heads what follows
    # "Write to Ana Ruiz at ana.ruiz@example.com" signs off; it heads nothing
    if len(words) <= 8 and line[-1] not in ".!?:;,\"'”’)" and not line.startswith(("“", '"', "‘")) \
            and not ADDRESS_RE.search(line):
        return Block("subhead", s, e)
    # an updated headline over the story: every longer word capitalised, no full stop, not a quotation
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if len(words) <= 20 and line[-1] not in ".!?:;,\"'”’)" and not line.startswith(("“", '"', "‘")) \
            and len(long_words) >= 3 and all(w[:1].isupper() for w in long_words) \
            and not all(w.isupper() for w in long_words) and not line.startswith(("—", "–", "-")):
        # (a line in capitals is a link to another story; "—Ana Ruiz in Lima" credits a reporter)
        return Block("subhead", s, e)
    return Block("paragraph", s, e)
