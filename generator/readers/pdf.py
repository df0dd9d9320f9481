"""PDFs: text in reading order with page numbers, by pypdf (chosen by measurement: see README).

Each page's text comes in pypdf's order (the content stream's, which is the reading order of
what word processors and TeX write, columns included), line by line with each line's height on
the page and font size. From those: running headers, footers and page numbers go; lines join
into paragraphs at vertical gaps; a word hyphenated at a line end is joined; a line in a larger
font is a subhead; the title, author and date come from the document info or the first page.
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass
from statistics import median

from . import Extracted, Part, ReaderError, byline, one_line

MAX_PAGES = 3000  # a longer PDF is refused: no report a briefing is made of is longer
# reading stops with an error after this much CPU time (not wall time, so a busy machine does not turn a
# good PDF into an error); a 300-page report takes about a second, a 117-page book of formulas 10 s
MAX_SECONDS = 300.0
MAX_LINE_CHARS = 20_000  # a page line longer than this is cut: a content stream can draw one endless line
EDGE = 0.09  # running headers and footers sit in this share of the page's height at its top or bottom
NUMBER_EDGE = 0.15  # a bare page number may sit higher (TeX's wide margins)
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
                           "\u00ad": ""})  # and the soft hyphen, which marks where a word may break
PAGE_NUMBER_RE = re.compile(r"^(?:(?:page|p\.|seite)\s*)?[-–—(]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—)]?"
                            r"(?:\s*(?:of|/|von)\s*\d{1,4})?$", re.I)
SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", ")")
# Info titles that are a file or tool name, not the document's title
JUNK_TITLE_RE = re.compile(r"^(?:untitled|microsoft word - .*|.*\.(?:docx?|pdf|tex|dvi|indd|rtf|odt)|document\d*)$", re.I)
DATE_LINE_FORMATS = ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b. %d, %Y", "%A, %B %d, %Y", "%Y-%m-%d")


@dataclass
class Line:
    """One line of a page as pypdf output it: its text, height from the page's foot, and font size."""

    text: str
    y: float | None
    size: float
    page: int


def read_pdf(raw: bytes) -> Extracted:
    """The text of a PDF in reading order, one part per paragraph with its page, and its metadata."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # repairs of slightly broken files are not news
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted and not _decrypts(reader):
            raise ReaderError("is encrypted with a password",
                              "save an unprotected copy (in a PDF viewer: print to PDF) or decrypt it, "
                              "e.g. `qpdf --decrypt --password=… in.pdf out.pdf`")
        count = len(reader.pages)
    except ReaderError:
        raise
    except FileNotDecryptedError:
        raise ReaderError("is encrypted with a password", "save an unprotected copy of it") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, NotImplementedError, AssertionError) as err:
        raise ReaderError(f"is damaged or truncated ({_short(err)})",
                          "download or export it again; a PDF viewer's 'save as' often repairs it") from None
    if count == 0:
        raise ReaderError("is damaged or truncated (no pages found)", "download or export it again")
    if count > MAX_PAGES:
        raise ReaderError(f"has {count} pages, over the {MAX_PAGES} this reader takes", "split it")
    lines = _lines(reader, count)
    if sum(len(line.text) for line in lines) < 20 * min(count, 5):
        raise ReaderError("has no text layer (a scanned image?)",
                          "run OCR on it first, e.g. `ocrmypdf in.pdf out.pdf`, and use the output")
    body = _drop_furniture(lines, count)
    info = _info(reader)
    title = info.get("title")
    parts = _paragraphs(body)
    if title:  # the title printed on the first page is the briefing's title line, not text
        parts = [p for i, p in enumerate(parts) if not (i < 4 and p.page == 1 and _same(p.text, title))]
    else:
        title, parts = _first_page_title(parts)
    published = _first_page_date(parts) or info.get("date")
    return Extracted(parts=tuple(parts), title=title, author=info.get("author"), published=published)


def _decrypts(reader) -> bool:
    """Whether the empty user password opens it (a PDF 'protected' only against editing or printing)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # a cipher pypdf can't use is as closed as a password
        return False


def _short(err: Exception) -> str:
    text = one_line(str(err)) or type(err).__name__
    return text if len(text) <= 120 else text[:117] + "…"


def _lines(reader, count: int) -> list[Line]:
    """Every page's lines in pypdf's order, with height and font size; bounded in time."""
    from pypdf.errors import PdfReadError

    started = time.process_time()
    out: list[Line] = []
    for n in range(count):
        if time.process_time() - started > MAX_SECONDS:
            raise ReaderError(f"took over {MAX_SECONDS:.0f} s of CPU time to read (stopped at page {n + 1} of {count})",
                              "split it, or export its text to a .txt seed")
        current: list = [[], None, 0.0]  # pieces, y, largest font size

        def visit(text, cm, tm, font, size, current=current, n=n):
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) if tm[3] and cm[3] else 1.0
            points = float(size) * scale
            for i, piece in enumerate(text.split("\n")):
                if i:
                    _close(current, out, n + 1)
                if piece.strip():
                    # pypdf starts no new line on a jump up the page (footer, then body; next column)
                    if current[1] is not None and "".join(current[0]).strip() and \
                            abs(y - current[1]) > max(points * 0.8, 4.0):
                        _close(current, out, n + 1)
                    if current[1] is None:
                        current[1] = y
                    current[2] = max(current[2], points)
                current[0].append(piece)

        try:
            page = reader.pages[n]
            height = float(page.mediabox.height) or 842.0
            before = len(out)
            page.extract_text(visitor_text=visit)
            _close(current, out, n + 1)
        except ReaderError:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
                RecursionError, NotImplementedError, AssertionError, ZeroDivisionError) as err:
            raise ReaderError(f"page {n + 1} can't be read ({_short(err)})",
                              "download or export it again; a PDF viewer's 'save as' often repairs it") from None
        for line in out[before:]:  # heights as a share of the page, so pages of any size compare
            line.y = None if line.y is None else line.y / height
    return out


def _close(current: list, out: list[Line], page: int) -> None:
    text = "".join(current[0]).translate(LIGATURES)[:MAX_LINE_CHARS]
    if text.strip():
        out.append(Line(one_line(text), current[1], current[2] or 10.0, page))
    current[0], current[1], current[2] = [], None, 0.0


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def _drop_furniture(lines: list[Line], pages: int) -> list[Line]:
    """Lines without running headers, footers and page numbers: at a page's edge and repeated or a number."""
    # at an edge: in the page's top or bottom band; a bare page number also as a page's first or last line
    first = {}
    for i, line in enumerate(lines):
        first.setdefault(line.page, i)
    last = {line.page: i for i, line in enumerate(lines)}
    at_edge = [line.y is not None and (line.y > 1 - EDGE or line.y < EDGE) for line in lines]
    ends = [i == first[line.page] or i == last[line.page]
            or (line.y is not None and (line.y > 1 - NUMBER_EDGE or line.y < NUMBER_EDGE)) for i, line in enumerate(lines)]
    seen: Counter = Counter()
    for line, edge in zip(lines, at_edge, strict=True):
        if edge:
            seen[_furniture_key(line.text)] += 1
            seen.update({_shape(line)} - {None})
    repeated = {k for k, n in seen.items() if pages >= 2 and n >= max(2, pages * 0.3)}
    out = []
    for line, edge, end in zip(lines, at_edge, ends, strict=True):
        if (edge and (_furniture_key(line.text) in repeated or _shape(line) in repeated)) or \
                (end and PAGE_NUMBER_RE.match(line.text)):
            continue
        out.append(line)
    return out


def _shape(line: Line) -> str | None:
    """A running header that changes with the section ('16 CHAPTER 1', '1.5 COMPACTNESS 17'): a short
    line at the top or foot led or closed by a page number. Such lines on many pages are furniture."""
    words = line.text.split()
    if not words or len(words) > 8 or line.y is None:
        return None
    band = "top" if line.y > 0.5 else "foot"
    if re.fullmatch(r"\d{1,4}", words[0]):
        return f"{band}: number first"
    if re.fullmatch(r"\d{1,4}", words[-1]):
        return f"{band}: number last"
    return None


def _paragraphs(lines: list[Line]) -> list[Part]:
    """Lines joined into paragraphs at vertical gaps, changes of font size and page breaks after a sentence."""
    if not lines:
        return []
    body_size = median(line.size for line in lines)
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:], strict=False)
            if a.page == b.page and a.y is not None and b.y is not None and 0 < a.y - b.y < 0.05]
    spacing = sorted(gaps)[len(gaps) // 4] if gaps else 0.02  # a low quantile: most gaps are within paragraphs
    parts: list[Part] = []
    current: list[Line] = []

    def flush():
        if current:
            head = current[0].size > body_size * 1.15 and len(current) <= 3
            text = _join([line.text for line in current])
            parts.append(Part("subhead" if head and len(text) <= 200 else "paragraph", text, current[0].page))
            current.clear()

    for line in lines:
        if current:
            prev = current[-1]
            ended = prev.text.endswith(SENTENCE_END)
            if line.page != prev.page:
                new = ended
            elif line.y is None or prev.y is None:
                new = False
            else:
                gap = prev.y - line.y
                # a jump up the page is the next column: the paragraph goes on unless a sentence ended
                new = gap > spacing * 1.6 or (gap < 0 and ended)
            if abs(line.size - prev.size) > max(1.0, body_size * 0.1):
                new = True
            if new:
                flush()
        current.append(line)
    flush()
    return parts


def _join(lines: list[str]) -> str:
    """Lines as one text: a word broken by a hyphen at a line end is made whole again."""
    text = lines[0]
    for line in lines[1:]:
        if re.search(r"[^\W\d_]-$", text) and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return text


def _info(reader) -> dict[str, str]:
    """Title, author and date (YYYY-MM-DD) from the document information, where set and sensible."""
    out: dict[str, str] = {}
    try:
        meta = reader.metadata or {}
        title, author = one_line(str(meta.get("/Title") or "")), one_line(str(meta.get("/Author") or ""))
        created = meta.creation_date if hasattr(meta, "creation_date") else None
    except Exception:  # a broken info dictionary is no reason to lose the text
        return out
    if title and not JUNK_TITLE_RE.match(title) and len(title) > 3:
        out["title"] = title
    if byline(author):
        out["author"] = byline(author)
    if created is not None:
        out["date"] = created.strftime("%Y-%m-%d")
    return out


def _same(a: str, b: str) -> bool:
    return one_line(a).casefold() == one_line(b).casefold()


def _first_page_title(parts: list[Part]) -> tuple[str | None, list[Part]]:
    """The first page's first subhead (its largest print, near the top) as title, taken out of the text."""
    for i, part in enumerate(parts[:4]):
        if part.page == 1 and part.kind == "subhead":
            return part.text, parts[:i] + parts[i + 1:]
    return None, parts


def _first_page_date(parts: list[Part]) -> str | None:
    """A line near the start of the first page that is a date and nothing else ('March 4, 2021')."""
    from datetime import datetime

    for part in parts[:6]:
        if part.page != 1 or len(part.text) > 40:
            continue
        for fmt in DATE_LINE_FORMATS:
            try:
                return datetime.strptime(part.text.strip(), fmt).strftime("%Y-%m-%d")
            except ValueError:
                continue
    return None
