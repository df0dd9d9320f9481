"""The build pipeline at scale: chunked parsing of long texts, the worker pool, the cache hit path."""

import re
import subprocess
import sys

import pytest
from conftest import ROOT

from generator.nlp.pipeline import parse, split_text

PARAGRAPH = ("Maria Lopez, the mayor of Springfield, said on Monday that the bridge would reopen in May. "
             "The council said the repairs cost $2 million.\n\n")


@pytest.mark.parametrize("text,limit", [
    ("one two three. four five six.\n\nseven eight", 10),
    ("a" * 25, 10),  # no separator: cut hard
    ("short", 100),
    ("", 10),
    (PARAGRAPH * 5, 300),
])
def test_split_text_pieces_join_back_within_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)


def test_split_text_prefers_paragraph_breaks():
    pieces = split_text(PARAGRAPH * 4, len(PARAGRAPH) * 2 + 10)
    assert pieces == [PARAGRAPH * 2, PARAGRAPH * 2]


def test_long_text_parsed_in_pieces_keeps_offsets_and_entities(nlp):
    text = PARAGRAPH * 6
    whole = nlp(text)
    [chunked] = list(parse(nlp, [text], chunk_chars=len(PARAGRAPH) * 2 + 1))
    assert chunked.text == text
    assert [(e.start_char, e.end_char, e.label_) for e in chunked.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    assert [s.start_char for s in chunked.sents] == [s.start_char for s in whole.sents]
    assert [t.lemma_ for t in chunked] == [t.lemma_ for t in whole]


def test_pieces_of_a_long_text_wait_for_the_join_without_their_activations(nlp, monkeypatch):
    from generator.nlp import pipeline

    seen = []
    join = pipeline._joined

    def spy(docs):
        seen.extend(d.tensor.size for d in docs)  # what the pieces hold while they wait for each other
        return join(docs)

    monkeypatch.setattr(pipeline, "_joined", spy)
    text = PARAGRAPH * 6
    [chunked] = list(parse(nlp, [text], chunk_chars=len(PARAGRAPH) * 2 + 1))
    assert len(seen) == 3 and not any(seen)  # the 96 floats a token of tok2vec output are dropped at once
    assert chunked.text == text and chunked.tensor.size == 0
    assert [(e.start_char, e.label_) for e in chunked.ents] == [(e.start_char, e.label_) for e in nlp(text).ents]


def test_parse_keeps_order_across_batches(nlp):
    texts = [f"Text number {i} was written by John Smith." for i in range(7)]
    docs = list(parse(nlp, texts, batch_size=3, chunk_chars=20))
    assert [d.text for d in docs] == texts


def _seeds(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"s{i}.txt").write_text(
            f"Bridge report {i} – By Test Author (Test Outlet) / Aug 19 2019\n\n"
            f"Maria Lopez, the mayor of Springfield, said on Monday that bridge {i} would reopen in May.\n",
            encoding="utf-8")
    return folder


def test_worker_pool_gives_the_same_annotations_as_one_process(tmp_path, monkeypatch):
    from generator import extract as ex
    from generator.build import read_all
    from generator.seeds import find_seeds

    docs = [d for d, _ in read_all(find_seeds(_seeds(tmp_path / "seeds", 3)))[0]]
    monkeypatch.setattr(ex, "PARALLEL_MIN", 2)
    monkeypatch.setattr(ex, "BATCH_SIZE", 2)
    pooled = list(ex.extract(docs, None, "test", processes=2))
    assert pooled == list(ex.extract(docs, None, "test", processes=1))
    assert [a.document.source for a in pooled] == [d.source for d in docs]
    assert all(a.people and a.people[0].name == "Maria Lopez" for a in pooled)


CACHED_BUILD = """
import sys
from generator.build import build_site
r = build_site(sys.argv[1], sys.argv[2], cache_dir=sys.argv[3], processes=1)
print(r.extracted, len(r.annotations), "spacy" in sys.modules)
"""


def test_rebuild_from_cache_extracts_only_the_edited_seed_and_skips_spacy(tmp_path):
    seeds = _seeds(tmp_path / "seeds", 3)
    cache = tmp_path / "cache"

    def build():
        out = subprocess.run([sys.executable, "-c", CACHED_BUILD, str(seeds), str(ROOT / "templates"), str(cache)],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        return out.stdout.split()

    assert build() == ["3", "3", "True"]
    assert build() == ["0", "3", "False"]  # everything cached: spaCy is never imported
    (seeds / "s1.txt").write_text((seeds / "s1.txt").read_text() + "\nThe council met on Tuesday.\n")
    assert build() == ["1", "3", "True"]


@pytest.mark.slow
def test_second_mkdocs_build_copies_unchanged_pages_from_the_page_cache_byte_for_byte(project):
    import shutil

    shutil.rmtree(project / "seeds")
    _seeds(project / "seeds", 2)

    def mkdocs_build(site):
        proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
                               "-d", str(project / site)], capture_output=True, text=True, cwd=ROOT,
                              env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
        assert proc.returncode == 0, proc.stderr
        return proc.stderr

    first = mkdocs_build("site1")
    assert "0 generated pages from the page cache" in first
    second = mkdocs_build("site2")
    assert " 0 rendered" in second and "(0 extracted, 2 from cache)" in second
    files = sorted(p.relative_to(project / "site1") for p in (project / "site1").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(project / "site2") for p in (project / "site2").rglob("*") if p.is_file())
    for rel in files:
        if rel.suffix != ".gz":  # sitemap.xml.gz carries a timestamp
            assert (project / "site1" / rel).read_bytes() == (project / "site2" / rel).read_bytes(), rel
    (project / "seeds" / "s1.txt").write_text((project / "seeds" / "s1.txt").read_text() + "\nJohn Smith met her.\n")
    third = mkdocs_build("site3")
    assert "(1 extracted, 1 from cache)" in third and "0 rendered" not in third


@pytest.mark.slow
def test_an_mkdocs_build_with_its_cache_at_an_fsspec_url_keeps_the_page_cache_there_too(project):
    pytest.importorskip("fsspec", reason='fsspec comes with the [dask] extra: pip install -e ".[dask]"')
    import shutil

    shutil.rmtree(project / "seeds")
    _seeds(project / "seeds", 1)
    bucket = project / "bucket"
    config = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(re.sub(r"cache_dir: .*", f"cache_dir: {bucket.as_uri()}", config))
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
                           "-d", str(project / "site")], capture_output=True, text=True, cwd=project,
                          env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert any((bucket / "pages").rglob("*.html.z"))  # the finished pages sit beside the annotations
    assert not any(p.name.startswith("file:") for p in project.rglob("*"))  # no local folder named after the URL
