"""Documents read from PDFs, pages and Word files are cached by the file's bytes: a rebuild reads none again."""

from __future__ import annotations

from formats import report_pdf

from generator.build import read_all
from generator.seeds import SeedError


def test_a_second_build_takes_the_document_from_the_cache(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "r.pdf").write_bytes(report_pdf(2))
    first, errors = read_all([seeds / "r.pdf"], seeds, tmp_path / "cache")
    assert not errors and first[0][0].title == "State of the River Basin"

    import generator.readers.pdf as pdf

    def fail(raw):
        raise AssertionError("read again")

    monkeypatch.setattr(pdf, "read_pdf", fail)
    second, errors = read_all([seeds / "r.pdf"], seeds, tmp_path / "cache")
    assert not errors and second == first
    (seeds / "r.pdf").write_bytes(report_pdf(3))  # new bytes: read again (and the reader's failure named)
    docs, errors = read_all([seeds / "r.pdf"], seeds, tmp_path / "cache")
    assert docs == [] and "read again" in str(errors[0])


def test_a_bad_file_is_not_cached_and_is_named_every_time(tmp_path):
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    for _ in range(2):
        docs, errors = read_all([tmp_path / "bad.pdf"], tmp_path, tmp_path / "cache")
        assert docs == [] and isinstance(errors[0], SeedError) and "bad.pdf" in str(errors[0])


def test_an_unreadable_cache_entry_is_a_miss(tmp_path):
    (tmp_path / "r.pdf").write_bytes(report_pdf(1))
    first, _ = read_all([tmp_path / "r.pdf"], tmp_path, tmp_path / "cache")
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{not json")
    again, _ = read_all([tmp_path / "r.pdf"], tmp_path, tmp_path / "cache")
    assert again == first
