"""Read seeds from disk into Documents: metadata, blocks and masked spans. No spaCy here."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import yaml

from .model import Block, Document
from .slugs import slugify

SUPPORTED = (".txt", ".md")
MAX_BYTES = 20 * 1024 * 1024  # a seed larger than this is refused, not truncated

# "Title – By Author (Outlet) / Aug 19 2019"; every part after the title may be missing.
_DASH = r"\s+[–—-]\s+"
_BYLINE = r"(?:By\s+(?P<author>[^()/]*?)\s*)?(?:\((?P<outlet>[^()]*)\)\s*)?(?:/\s*(?P<date>[^/]+?)\s*)?$"
HEADER_RE = re.compile(rf"^(?P<title>.*?)(?P<meta>{_DASH}(?=By\b|\(|/){_BYLINE})")
TITLE_DATE_RE = re.compile(r"^(?P<title>.*?)(?P<meta>\s+/\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\s*)$")
BYLINE_LINE_RE = re.compile(rf"^(?=By\b|\(|/){_BYLINE}")
CAPTION_RE = re.compile(r"\s*\[(?P<credit>(?:File:\s*)?[^\[\]]{2,80}/[^\[\]]{2,60}|File:[^\[\]]{2,80})\]\s*$")
DATELINE_RE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}\s*$"
)
DATELINE_START_RE = re.compile(DATELINE_RE.pattern.removesuffix(r"\s*$") + r"(?=\s|$)")
DATE_FORMATS = ("%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y", "%b. %d %Y", "%b. %d, %Y",
                "%Y-%m-%d", "%A, %B %d, %Y", "%d %B %Y", "%d %b %Y")


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
        return text.strftime("%Y-%m-%d")
    cleaned = re.sub(r"\s+", " ", str(text).strip())
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def decode(raw: bytes, source: str) -> str:
    """Seed bytes as text: UTF-8 with or without BOM, newlines normalised as text mode does."""
    if b"\x00" in raw[:4096] and raw.count(b"\x00") > len(raw) // 100:
        raise SeedError(source, "looks like a binary file (NUL bytes)", "only UTF-8 .txt and .md seeds are read")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SeedError(source, f"is not valid UTF-8 (byte {err.start})",
                        "re-save it as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # control characters other than newline and tab carry no text and confuse renderers
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)


def read_seed(path: str | Path, source: str | None = None, slug: str | None = None) -> Document:
    """Read one seed (.txt in the sample's layout, or .md with YAML front matter)."""
    path = Path(path)
    source = source or str(path)
    if path.suffix.lower() not in SUPPORTED:
        raise SeedError(source, f"unsupported file type '{path.suffix or '(none)'}'",
                        "convert it to .txt or .md")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SeedError(source, f"is {size} bytes, over the {MAX_BYTES}-byte limit", "split it")
        raw = path.read_bytes()
    except OSError as err:
        raise SeedError(source, f"can't be read: {err.strerror}") from None
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
        try:
            meta = yaml.safe_load(text[4:end]) or {}
        except yaml.YAMLError as err:
            raise SeedError(source, f"front matter is not valid YAML: {str(err).splitlines()[0]}") from None
        if not isinstance(meta, dict):
            raise SeedError(source, "front matter is not a mapping", "use `key: value` lines")
        pos = text.find("\n", end + 1)
        pos = len(text) if pos < 0 else pos + 1
        masked.append((0, pos))
    lines = _lines(text, pos)
    if not lines:
        raise SeedError(source, "has no text after its front matter")
    blocks: list[Block] = []
    header = {}
    first_start, first_end = lines[0]
    if not meta.get("title"):
        header, meta_start = _header(text[first_start:first_end])
        if meta_start is not None:
            masked.append((first_start + meta_start, first_end))
            first_end = first_start + meta_start
        blocks.append(Block("title", first_start, first_end))
        lines = lines[1:]
        if lines:
            s, e = lines[0]
            m = BYLINE_LINE_RE.match(text[s:e])
            if m and text[s:e].strip() and (m.group("author") or m.group("outlet") or m.group("date")):
                header = {k: v or header.get(k) for k, v in m.groupdict().items()}
                masked.append((s, e))
                lines = lines[1:]
    for i, (s, e) in enumerate(lines):
        # a standfirst follows the title line directly, as in the sample seed
        standfirst = i == 0 and not markdown and text[blocks[-1].end:s].count("\n") == 1 if blocks else False
        block = _block(text, s, e, standfirst)
        blocks.append(block)
        if block.credit:
            masked.append((CAPTION_RE.search(text, s, e).start(), e))
    title = str(meta.get("title") or text[first_start:first_end]).strip() or "Untitled"
    published = parse_date(meta.get("date")) or parse_date(header.get("date"))
    if published is None:
        for b in blocks[:4]:
            # a dateline line, or one run into the first paragraph: "Thursday, May 7, 2015 On Tuesday, ..."
            m = DATELINE_START_RE.match(text[b.start:b.end]) if b.kind != "title" else None
            if m:
                published = parse_date(m.group())
                break
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [tags]
    return Document(
        source=source,
        slug=slugify(str(meta.get("slug") or title.strip() or slug))[:60].strip("-") or slug,
        text=text,
        title=" ".join(title.split()),
        author=_clean(meta.get("author") or header.get("author")),
        outlet=_clean(meta.get("outlet") or header.get("outlet")),
        published=published,
        url=_clean(meta.get("url")),
        tags=tuple(sorted({str(t).strip() for t in tags if str(t).strip()})),
        blocks=tuple(blocks),
        masked=tuple(sorted(set(masked))),
    )


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
    m = HEADER_RE.match(line)
    if m and m.group("title").strip():
        return m.groupdict(), m.start("meta")
    m = TITLE_DATE_RE.match(line)
    if m and parse_date(m.group("date")):
        return {"date": m.group("date")}, m.start("meta")
    return {}, None


def _block(text: str, s: int, e: int, standfirst: bool) -> Block:
    line = text[s:e]
    m = CAPTION_RE.search(line)
    if m:
        return Block("caption", s, e, credit=m.group("credit").strip())
    if DATELINE_RE.match(line):
        return Block("dateline", s, e)
    if standfirst:
        return Block("standfirst", s, e)
    words = line.split()
    if len(words) <= 8 and line[-1] not in ".!?:;,\"'”’)" and not line.startswith(("“", '"', "‘")):
        return Block("subhead", s, e)
    return Block("paragraph", s, e)
