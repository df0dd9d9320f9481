"""`python -m generator import`: a page, PDF or Word file becomes a .md seed that reads back the same."""

from __future__ import annotations

import subprocess
import sys

from formats import write_mixed_folder

from generator.seeds import read_seed


def test_imported_seeds_read_back_with_the_same_metadata_and_paragraphs(tmp_path):
    write_mixed_folder(tmp_path / "in")
    out = tmp_path / "seeds"
    files = [tmp_path / "in" / n for n in ("page.html", "report.pdf", "memo.docx")]
    proc = subprocess.run([sys.executable, "-m", "generator", "import", *map(str, files), "--out", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for path in files:
        original, imported = read_seed(path), read_seed(out / f"{path.stem}.md")
        assert (imported.title, imported.author, imported.outlet, imported.published, imported.url) == (
            original.title, original.author, original.outlet, original.published, original.url)
        body = [original.text[b.start:b.end] for b in original.blocks if b.kind != "title"]
        assert [imported.text[b.start:b.end] for b in imported.blocks] == body
    again = subprocess.run([sys.executable, "-m", "generator", "import", str(files[0]), "--out", str(out)],
                           capture_output=True, text=True)
    assert again.returncode == 1 and "exists" in again.stderr and "--force" in again.stderr


def test_metadata_that_yaml_would_misread_stays_text():
    from generator.importer import to_markdown
    from generator.model import Block, Document
    from generator.seeds import parse_seed

    text = "no\n\n---\n"
    doc = Document(source="x.pdf", slug="x", text=text, title="no", author="2021: {{ 7*7 }} #x", outlet="'Quoted'",
                   blocks=(Block("title", 0, 2), Block("paragraph", 4, 7)))
    back = parse_seed(to_markdown(doc), "x.md", "x", markdown=True)
    assert (back.title, back.author, back.outlet) == ("no", "2021: {{ 7*7 }} #x", "'Quoted'")
    assert back.text[back.blocks[0].start:back.blocks[0].end] == "---"
