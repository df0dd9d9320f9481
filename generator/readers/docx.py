"""Word files (.docx): paragraphs, headings and tables in order, by python-docx; core properties
give title, author and date. The zip is checked first, so a zip bomb is refused unopened."""

from __future__ import annotations

import io
import zipfile

from . import Extracted, Part, ReaderError, byline, one_line

MAX_UNPACKED = 200 * 1024 * 1024  # all parts unpacked; a real memo is a few MB with its images
MAX_RATIO = 200  # unpacked/packed size of one large part; text XML packs about 10:1
MAX_PARTS = 10_000
MAX_PARAGRAPHS = 200_000


def read_docx(raw: bytes) -> Extracted:
    """The text of a Word file, one part per paragraph, heading or table row, and its core properties."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_zip(raw)
    try:
        document = docx.Document(io.BytesIO(raw))
        props = document.core_properties
        title, author, created = one_line(props.title), one_line(props.author), props.created
        blocks = list(document.iter_inner_content())
        # style names by id, read once: python-docx's `paragraph.style` searches every style per call
        names = {st.style_id: st.name or "" for st in document.styles}
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, AttributeError) as err:
        raise ReaderError(f"is not a readable Word file ({one_line(str(err))[:120] or type(err).__name__})",
                          "open it in Word or LibreOffice and save it again as .docx") from None
    except Exception as err:  # lxml's XMLSyntaxError and kin: a damaged document part
        if type(err).__module__.startswith("lxml"):
            raise ReaderError(f"has a damaged document part ({one_line(str(err))[:120]})",
                              "open it in Word or LibreOffice and save it again as .docx") from None
        raise
    parts: list[Part] = []
    for block in blocks:
        if len(parts) > MAX_PARAGRAPHS:
            raise ReaderError(f"has over {MAX_PARAGRAPHS:,} paragraphs", "split it")
        if hasattr(block, "rows"):  # a table: one part per row, cells in order
            for row in block.rows:
                cells = []
                for cell in row.cells:
                    text = one_line(cell.text)
                    if text and (not cells or cells[-1] != text):  # a merged cell repeats across the row
                        cells.append(text)
                if cells:
                    parts.append(Part("paragraph", " | ".join(cells)))
            continue
        text = one_line(block.text)
        if not text:
            continue
        style = names.get(block._p.style or "", "")
        if style == "Title" and not title:
            title = text
            continue
        heading = style.startswith(("Heading", "Title"))
        if heading and not parts and title and text.casefold() == title.casefold():
            continue  # the heading that repeats the title is the title line already
        parts.append(Part("subhead" if heading else "paragraph", text))
    return Extracted(parts=tuple(parts), title=title or None, author=byline(author),
                     published=created.strftime("%Y-%m-%d") if created else None)


def _check_zip(raw: bytes) -> None:
    """Refuse what is no zip, or unpacks to far more than it packs (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReaderError("is not a Word .docx file (no zip inside: damaged, or an old .doc renamed)",
                          "open it in Word or LibreOffice and save it as .docx") from None
    if len(infos) > MAX_PARTS:
        raise ReaderError(f"has {len(infos):,} parts inside, over {MAX_PARTS:,}", "save it again as .docx")
    unpacked = sum(i.file_size for i in infos)
    big = [i for i in infos if i.file_size > 10 * 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1)]
    if unpacked > MAX_UNPACKED or big:
        raise ReaderError(f"unpacks to {unpacked:,} bytes from {len(raw):,} (a zip bomb?)",
                          "save the text again as a new .docx")
