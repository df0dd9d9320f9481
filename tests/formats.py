"""Documents written for the tests in each seed format: a saved news page, a PDF, a Word file.

The PDFs are written byte by byte (a small, valid PDF 1.4 with Helvetica text), so a test states
exactly what is on each page: running headers, page numbers, a word hyphenated at a line end.
"""

from __future__ import annotations

import io
import zlib
from pathlib import Path

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour council approves new ferry route | The Coastal Ledger</title>
<link rel="canonical" href="https://ledger.example.org/news/2021/harbour-ferry-route">
<meta property="og:title" content="Harbour council approves new ferry route">
<meta property="og:site_name" content="The Coastal Ledger">
<meta name="author" content="Marta Quell">
<meta property="article:published_time" content="2021-03-04T09:30:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour council approves new ferry route", "datePublished": "2021-03-04T09:30:00Z",
 "author": {"@type": "Person", "name": "Marta Quell"}}</script>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Harbour council approves new ferry route</h1>
<p class="byline">By <span class="author">Marta Quell</span>, <time datetime="2021-03-04">March 4, 2021</time></p>
<div class="share"><a href="#">Share on Twitter</a> <a href="#">Share on Facebook</a></div>
<p>The harbour council voted on Wednesday to open a ferry route between Westport and the island of Carrow,
ending a decade of argument about the crossing.</p>
<p>Councillor Ines Varga, who chairs the transport committee, said the first boats would sail in June.
"This is a route people have asked for since their grandparents' time," she told reporters.</p>
<h2>Costs and timetable</h2>
<p>The operator, Carrow Sea Lines, estimates the route will cost 4 million euros a year to run.
A spokesman for the company said fares would be set after a public consultation in April.</p>
<p>Opponents of the plan, including the fishing cooperative of Westport, argued that the new pier would
disturb spawning grounds. The council promised an environmental study before construction begins.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Bridge repairs delayed again</a></li>
<li><a href="/b">New lighthouse museum opens</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><div class="comment"><p>Finally! About time this happened, says a reader.</p></div></section>
<footer><p>Copyright 2021 The Coastal Ledger. All rights reserved. Privacy policy. Terms of use.</p></footer>
</body></html>
"""

# what the page's article says, and the furniture around it that must not reach the briefing
ARTICLE_HTML_KEEPS = ("ferry route between Westport and the island of Carrow", "Costs and timetable",
                      "cost 4 million euros a year", "environmental study before construction begins")
ARTICLE_HTML_DROPS = ("cookies", "Share on Twitter", "Related stories", "Bridge repairs", "About time this happened",
                      "All rights reserved", "Sport")


def _pdf_string(text: str) -> bytes:
    data = text.encode("latin-1")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[list[tuple[float, float, float, str]]], info: dict[str, str] | None = None,
             compress: bool = True) -> bytes:
    """A PDF whose pages hold the given lines: (x, y, font size, text), y from the bottom of an A4 page."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages) + (1 if info else 0) + 1  # allotted below, after the pages
    kids = []
    for lines in pages:
        stream = b"".join(b"BT /F1 %g Tf %g %g Td %s Tj ET\n" % (size, x, y, _pdf_string(text))
                          for x, y, size, text in lines)
        if compress:
            stream = zlib.compress(stream)
        content = add(b"<< /Length %d%s >>\nstream\n" % (len(stream), b" /Filter /FlateDecode" if compress else b"")
                      + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    info_id = add(b"<< " + b" ".join(b"/%s %s" % (k.encode(), _pdf_string(v)) for k, v in info.items()) + b" >>") \
        if info else None
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) \
        == pages_id
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, catalog, b" /Info %d 0 R" % info_id if info_id else b"", xref))
    return out.getvalue()


REPORT_PARAGRAPHS = [
    ["The regional water board published its annual report on the state of the river basin.",
     "Rainfall in the spring was a third below the long-term average, and reservoir levels fell",
     "to their lowest point since records began."],
    ["Director Paulo Brandt said the board would ask farmers to cut irrigation by a fifth.",
     "He added that the measures were temporary and would be reviewed in the au-",
     "tumn, once the winter rains had been measured."],
    ["Environmental groups welcomed the plan but said it came too late for the wetlands",
     "downstream of the dam, where bird counts fell sharply over the summer."],
]


def report_pdf(pages: int = 3, info: dict[str, str] | None = None) -> bytes:
    """A report of a few pages with a running header, a running footer and page numbers on each."""
    out = []
    for n in range(1, pages + 1):
        lines = [(72, 800, 9, "Regional Water Board - Annual Report 2022"), (500, 40, 9, f"Page {n} of {pages}")]
        y = 740
        if n == 1:
            lines.append((72, 770, 20, "State of the River Basin"))
            y = 730
        for para in REPORT_PARAGRAPHS:
            for line in para:
                lines.append((72, y, 11, line))
                y -= 14
            y -= 14
        out.append(lines)
    return make_pdf(out, info if info is not None else
                    {"Title": "State of the River Basin", "Author": "Regional Water Board",
                     "CreationDate": "D:20220915103000+02'00'"})


def scanned_pdf() -> bytes:
    """A PDF whose pages carry no text (as a scan without OCR): only a drawn rectangle."""
    pdf = make_pdf([[], []], {"Title": "Scanned letter"})
    return pdf


def encrypted_pdf() -> bytes:
    """The report, encrypted with a user password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(report_pdf(1))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def memo_docx(path: Path, title: str = "Budget memo for the spring session", author: str = "Dana Okafor") -> Path:
    """A Word memo: core properties, a heading, paragraphs, an empty paragraph and a table."""
    from datetime import datetime

    import docx

    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = author
    d.core_properties.created = datetime(2023, 2, 14, 9, 0)
    d.add_heading(title, level=1)
    d.add_paragraph("The finance office asked every department to hold spending at last year's level.")
    d.add_paragraph("")
    d.add_heading("Staffing", level=2)
    d.add_paragraph("Minister Leila Haddad said no posts would be cut before the autumn review, "
                    "according to a note sent to staff on Monday.")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Department"
    table.rows[0].cells[1].text = "Change"
    d.save(str(path))
    return path


def write_mixed_folder(folder: Path) -> dict[str, str]:
    """One seed of each format in folder; returns file name -> the title its briefing must have."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "plain.txt").write_text("Bakers strike in the capital – By Ana Ruiz (Daily Post) / Jan 5 2020\n\n"
                                      "Bakers in the capital stopped work on Monday, the union said.\n", encoding="utf-8")
    (folder / "notes.md").write_text("---\ntitle: Port reopens after storm\ndate: 2020-02-01\n---\n\n"
                                     "The port reopened on Saturday, officials said.\n", encoding="utf-8")
    (folder / "page.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (folder / "report.pdf").write_bytes(report_pdf())
    memo_docx(folder / "memo.docx")
    return {"plain.txt": "Bakers strike in the capital", "notes.md": "Port reopens after storm",
            "page.html": "Harbour council approves new ferry route", "report.pdf": "State of the River Basin",
            "memo.docx": "Budget memo for the spring session"}


BROKEN_HTML = """<html><head><title>Flood warning lifted for river towns</title>
<meta property="og:title" content="Flood warning lifted for river towns"><body><div><div><p>The weather service lifted
its flood warning for the river towns on Sunday <b>after the water <i>fell below</b> the danger mark</i>, officials
said.<p>Residents who had left their homes were told they could return <table><tr><td>from Monday morning
<p>Schools will reopen on Tuesday, the education office said in a statement posted on its website late on Saturday.
<p>The river rose two metres in three days after the heaviest rain in the region for a decade <script>document.write('
<div>never closed
"""


def write_hostile_formats(folder: Path) -> None:
    """The hostile corpus's web pages, PDFs and Word files: each written by this code, deterministic."""
    import zipfile

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken-tags.html").write_text(BROKEN_HTML, encoding="utf-8")
    nested = "<table><tr><td>" * 5000 + "A cell deep inside." + "</td></tr></table>" * 5000
    (folder / "nested-tables.html").write_text(f"<html><body>{nested}</body></html>", encoding="utf-8")
    (folder / "script-only.htm").write_text("<html><body><script>alert('x')</script></body></html>", encoding="utf-8")
    (folder / "scanned.pdf").write_bytes(scanned_pdf())
    (folder / "encrypted.pdf").write_bytes(encrypted_pdf())
    whole = report_pdf(2)
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    good = io.BytesIO()
    memo_docx(Path(folder / "corrupt.docx"))
    data = (folder / "corrupt.docx").read_bytes()
    (folder / "corrupt.docx").write_bytes(data[: len(data) // 3])
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("word/document.xml", b" " * (12 * 1024 * 1024))
    (folder / "zip-bomb.docx").write_bytes(good.getvalue())
