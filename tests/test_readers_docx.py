"""Word files as seeds: paragraphs, headings and tables in order; title, author and date from the
core properties; a damaged file or a zip bomb is a named error."""

from __future__ import annotations

import io
import zipfile

import pytest
from formats import memo_docx

from generator.seeds import SeedError, read_seed


@pytest.fixture()
def memo(tmp_path):
    return read_seed(memo_docx(tmp_path / "memo.docx"), source="memo.docx")


def test_core_properties_give_title_author_and_date(memo):
    assert (memo.title, memo.author, memo.published) == ("Budget memo for the spring session", "Dana Okafor", "2023-02-14")
    assert memo.text.count("Budget memo for the spring session") == 1  # the heading repeating it is the title line


def test_paragraphs_headings_and_table_rows_in_order(memo):
    assert [(b.kind, memo.text[b.start:b.end]) for b in memo.blocks] == [
        ("title", "Budget memo for the spring session"),
        ("paragraph", "The finance office asked every department to hold spending at last year's level."),
        ("subhead", "Staffing"),
        ("paragraph", "Minister Leila Haddad said no posts would be cut before the autumn review, "
                      "according to a note sent to staff on Monday."),
        ("paragraph", "Department | Change"),
    ]


def test_a_title_style_paragraph_is_the_title_when_the_properties_have_none(tmp_path):
    import docx

    d = docx.Document()
    d.core_properties.title = ""
    d.add_paragraph("Quarterly staffing note", style="Title")
    d.add_paragraph("Three posts were filled in March.")
    d.save(str(tmp_path / "note.docx"))
    doc = read_seed(tmp_path / "note.docx")
    assert doc.title == "Quarterly staffing note"
    assert doc.text == "Quarterly staffing note\n\nThree posts were filled in March.\n"


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("name, data, problem", [
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "is not a Word .docx file"),
    ("empty.docx", b"", "is not a Word .docx file"),
    ("no-document.docx", _zip({"hello.txt": b"hi"}), "is not a readable Word file"),
    ("bomb.docx", _zip({"word/document.xml": b"\x00" * (11 * 1024 * 1024)}), "unpacks to"),
])
def test_damaged_word_files_are_named_errors(tmp_path, name, data, problem):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(SeedError) as err:
        read_seed(tmp_path / name, source=name)
    assert str(err.value).startswith(f"{name}: {problem}") and ".docx" in err.value.fix


def test_a_truncated_word_file_is_a_named_error(tmp_path, memo):
    data = (tmp_path / "memo.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    with pytest.raises(SeedError, match=r"^cut\.docx: is not a Word \.docx file"):
        read_seed(tmp_path / "cut.docx", source="cut.docx")


def test_a_damaged_document_part_is_a_named_error(tmp_path, memo):
    data = (tmp_path / "memo.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        entries = {i.filename: z.read(i.filename) for i in z.infolist()}
    entries["word/document.xml"] = entries["word/document.xml"][:300]
    (tmp_path / "broken.docx").write_bytes(_zip(entries))
    with pytest.raises(SeedError, match=r"^broken\.docx: (has a damaged document part|is not a readable Word file)"):
        read_seed(tmp_path / "broken.docx", source="broken.docx")


def test_a_word_file_by_the_default_account_has_no_author(tmp_path):
    doc = read_seed(memo_docx(tmp_path / "m.docx", author="Windows User"))
    assert doc.author is None and doc.title == "Budget memo for the spring session"
