"""PDFs as seeds: text in reading order with its pages, no running headers or page numbers, and a
named error for a PDF that has no text to give (scanned, encrypted, truncated)."""

from __future__ import annotations

import io

import pytest
from formats import encrypted_pdf, make_pdf, report_pdf, scanned_pdf

from generator.readers.pdf import MAX_PAGES
from generator.seeds import SeedError, read_seed


def read(tmp_path, data: bytes, name: str = "report.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_seed(path, source=name)


@pytest.fixture()
def report(tmp_path):
    return read(tmp_path, report_pdf())


def test_metadata_from_the_document_info(report):
    assert (report.title, report.author, report.published) == (
        "State of the River Basin", "Regional Water Board", "2022-09-15")
    assert report.text.count("State of the River Basin") == 1  # the printed title is the title line only


def test_running_headers_footers_and_page_numbers_are_dropped(report):
    assert "Annual Report 2022" not in report.text
    assert "Page 1 of 3" not in report.text and "of 3" not in report.text


def test_lines_join_into_paragraphs_and_hyphenated_words_are_whole(report):
    paragraphs = [report.text[b.start:b.end] for b in report.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 9  # three paragraphs on each of three pages
    assert paragraphs[0] == ("The regional water board published its annual report on the state of the river basin. "
                             "Rainfall in the spring was a third below the long-term average, and reservoir levels "
                             "fell to their lowest point since records began.")
    assert "reviewed in the autumn, once" in paragraphs[1]  # "au-" + "tumn"
    assert "long-term" in paragraphs[0]  # a hyphen inside a line stays


def test_each_block_keeps_its_page_and_an_offset_finds_it(report):
    pages = [b.page for b in report.blocks if b.kind == "paragraph"]
    assert pages == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    third = [b for b in report.blocks if b.page == 3][0]
    at = report.text.index("Director Paulo Brandt", third.start)
    assert report.page_at(at) == 3
    assert report.page_at(report.text.index("Director Paulo Brandt")) == 1
    assert report.page_at(0) is None  # the title line is on no page


def test_a_footer_drawn_before_the_body_is_dropped_and_the_body_kept(tmp_path):
    # pypdf gives the text in the order it is drawn; a footer drawn first still sits at the page's foot
    pages = [[(500, 30, 9, f"- {n} -"), (72, 714, 11, f"The text of page {n} starts here and runs on"),
              (72, 700, 11, "to the end of its sentence.")] for n in (1, 2)]
    doc = read(tmp_path, make_pdf(pages, {"Title": "Order test"}))
    assert [doc.text[b.start:b.end] for b in doc.blocks[1:]] == [
        f"The text of page {n} starts here and runs on to the end of its sentence." for n in (1, 2)]


def test_title_from_the_first_page_when_the_info_has_none(tmp_path):
    pages = [[(72, 760, 22, "Ministry statement on fishing quotas"), (72, 730, 11, "March 4, 2021"),
              (72, 700, 11, "The ministry said on Tuesday that quotas for the coming year would fall."),
              (72, 686, 11, "Fishing groups said they had not been consulted.")]]
    doc = read(tmp_path, make_pdf(pages, {"Title": "Microsoft Word - statement_v3.docx"}))
    assert doc.title == "Ministry statement on fishing quotas"
    assert doc.published == "2021-03-04"
    assert doc.text.count("Ministry statement on fishing quotas") == 1


def test_a_larger_font_line_is_a_subhead(tmp_path):
    pages = [[(72, 760, 11, "The council met on Monday."), (72, 720, 15, "Budget"),
              (72, 690, 11, "The budget grew by a tenth.")]]
    doc = read(tmp_path, make_pdf(pages, {"Title": "Council notes"}))
    assert [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks][1:] == [
        ("paragraph", "The council met on Monday."), ("subhead", "Budget"), ("paragraph", "The budget grew by a tenth.")]


@pytest.mark.parametrize("name, data, problem, fix", [
    ("scan.pdf", scanned_pdf(), "has no text layer", "ocrmypdf"),
    ("locked.pdf", encrypted_pdf(), "is encrypted with a password", "unprotected copy"),
    ("cut.pdf", report_pdf()[:900], "is damaged or truncated", "download or export it again"),
    ("empty.pdf", b"", "is damaged or truncated", "export it again"),
    ("html.pdf", b"<html><body>not a pdf</body></html>", "is damaged or truncated", "export it again"),
])
def test_unreadable_pdfs_are_named_errors_with_the_fix(tmp_path, name, data, problem, fix):
    with pytest.raises(SeedError) as err:
        read(tmp_path, data, name)
    assert str(err.value).startswith(f"{name}: {problem}") and fix in str(err.value)


def test_a_pdf_locked_only_against_editing_is_read(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(report_pdf(1))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    doc = read(tmp_path, buf.getvalue())
    assert "reservoir levels" in doc.text


def test_a_pdf_whose_cross_reference_offset_is_wrong_is_repaired(tmp_path):
    data = report_pdf(6)
    at = data.rindex(b"startxref\n") + len(b"startxref\n")
    broken = data[:at] + b"12" + data[data.index(b"\n", at):]  # points into the header: pypdf rescans the file
    doc = read(tmp_path, broken)
    assert "reservoir levels" in doc.text and doc.title == "State of the River Basin"


def test_a_300_page_pdf_is_read(tmp_path):
    doc = read(tmp_path, report_pdf(300))
    assert sum(1 for b in doc.blocks if b.kind == "paragraph") == 900
    assert max(b.page for b in doc.blocks if b.page) == 300


def test_too_many_pages_is_refused_before_reading_them(tmp_path):
    data = make_pdf([[(72, 700, 11, "x")]] * (MAX_PAGES + 1), compress=False)
    with pytest.raises(SeedError, match=rf"many.pdf: has {MAX_PAGES + 1} pages"):
        read(tmp_path, data, "many.pdf")


def test_the_same_bytes_read_the_same(tmp_path):
    assert read(tmp_path, report_pdf(), "a.pdf") == read(tmp_path, report_pdf(), "a.pdf")


def test_a_pdf_of_a_huge_object_count_reads_in_bounded_time(tmp_path):
    import re

    base = report_pdf(1)
    out = io.BytesIO()
    out.write(base)
    first, n = 100, 150_000  # objects nothing refers to, in an appended update: a cross-reference table this long
    offsets = []
    for i in range(n):
        offsets.append(out.tell())
        out.write(b"%d 0 obj 0 endobj\n" % (first + i))
    xref = out.tell()
    out.write(b"xref\n%d %d\n" % (first, n) + b"".join(b"%010d 00000 n \n" % o for o in offsets))
    root = re.search(rb"/Root (\d+) 0 R", base).group(1)
    prev = re.search(rb"startxref\n(\d+)", base).group(1)
    out.write(b"trailer\n<< /Size %d /Root %s 0 R /Prev %s >>\nstartxref\n%d\n%%%%EOF\n" % (first + n, root, prev, xref))
    doc = read(tmp_path, out.getvalue())
    assert doc.title == "State of the River Basin" and "reservoir levels" in doc.text


def test_the_cache_key_is_the_file_s_bytes_so_new_metadata_is_seen(tmp_path):
    from generator.build import annotate, read_all

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    path = seeds / "r.pdf"
    path.write_bytes(report_pdf(1))
    first, _, _, _ = annotate(read_all([path], seeds)[0], cache_dir=tmp_path / "cache")
    path.write_bytes(report_pdf(1, {"Title": "State of the River Basin", "Author": "Someone Else"}))
    docs, _ = read_all([path], seeds)
    assert docs[0][0].text == first[0].document.text  # the same text: only the info's author changed
    second, _, extracted, _ = annotate(docs, cache_dir=tmp_path / "cache")
    assert extracted == 1 and second[0].document.author == "Someone Else"
    third, _, extracted, _ = annotate(read_all([path], seeds)[0], cache_dir=tmp_path / "cache")
    assert extracted == 0 and third[0] == second[0]


def test_running_headers_that_change_with_the_section_are_dropped(tmp_path):
    sections = ["Water", "Water", "Farming", "Farming", "Wetlands", "Wetlands"]
    pages = []
    for n, section in enumerate(sections, 1):
        header = f"{n} CHAPTER 2. {section.upper()}" if n % 2 == 0 else f"2.{n} {section.upper()} {n}"
        pages.append([(72, 800, 9, header), (72, 700, 11, f"On page {n} the board reported on {section.lower()}, "),
                      (72, 686, 11, "as every year.")])
    doc = read(tmp_path, make_pdf(pages, {"Title": "Board report"}))
    assert "CHAPTER" not in doc.text and "WATER" not in doc.text and "FARMING" not in doc.text
    assert "On page 3 the board reported on farming, as every year." in doc.text


@pytest.mark.parametrize("author, kept", [
    ("Regional Water Board", "Regional Water Board"), ("UNICEF", "UNICEF"), ("Administrator", None),
    ("jsmith", None), ("j.smith-2", None), ("Ana Ruiz", "Ana Ruiz"), ("Microsoft Office User", None),
])
def test_an_account_name_in_the_info_is_no_author(tmp_path, author, kept):
    doc = read(tmp_path, report_pdf(1, {"Title": "State of the River Basin", "Author": author}))
    assert doc.author == kept


def test_a_library_failure_of_any_kind_is_a_named_error(tmp_path, monkeypatch):
    import zlib

    import generator.readers.pdf as pdf

    def broken(raw):
        raise zlib.error("Error -3 while decompressing data: incorrect header check")

    monkeypatch.setattr(pdf, "read_pdf", broken)
    with pytest.raises(SeedError, match=r"^odd\.pdf: can't be read \(error: Error -3"):
        read(tmp_path, report_pdf(1), "odd.pdf")
