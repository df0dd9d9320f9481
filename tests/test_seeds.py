import pytest

from generator.seeds import SeedError, find_seeds, parse_seed, read_seed

SAMPLE_HEAD = "US in secret talks with Venezuela socialist boss Diosdado Cabello – By Al Jazeera Staff (Al Jazeera) / Aug 19 2019"


def blocks(doc):
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_sample_header_line():
    doc = parse_seed(SAMPLE_HEAD + "\nStandfirst here.\nBody paragraph one.\n", "s.txt", "s")
    assert doc.title == "US in secret talks with Venezuela socialist boss Diosdado Cabello"
    assert (doc.author, doc.outlet, doc.published) == ("Al Jazeera Staff", "Al Jazeera", "2019-08-19")
    assert [k for k, _ in blocks(doc)] == ["title", "standfirst", "paragraph"]
    masked = "".join(doc.text[s:e] for s, e in doc.masked)
    assert "Al Jazeera Staff" in masked and "Diosdado" not in masked


@pytest.mark.parametrize("line, expected", [
    ("A title — By Jane Doe (The Paper) / Jan 5 2020", ("A title", "Jane Doe", "The Paper", "2020-01-05")),
    ("A title - By Jane Doe", ("A title", "Jane Doe", None, None)),
    ("A title – (The Paper)", ("A title", None, "The Paper", None)),
    ("A title – By Jane Doe / Mar 3 2018", ("A title", "Jane Doe", None, "2018-03-03")),
    ("A title with a dash - not a byline", ("A title with a dash - not a byline", None, None, None)),
    ("Just a title", ("Just a title", None, None, None)),
])
def test_header_variants(line, expected):
    doc = parse_seed(line + "\n\nBody text here.\n", "s.txt", "s")
    assert (doc.title, doc.author, doc.outlet, doc.published) == expected


def test_byline_on_second_line():
    doc = parse_seed("A title\nBy Jane Doe, John Roe (BBC News)\n\nBody text.\n", "s.txt", "s")
    assert (doc.author, doc.outlet) == ("Jane Doe, John Roe", "BBC News")
    assert [k for k, _ in blocks(doc)] == ["title", "paragraph"]


def test_captions_and_subheads():
    text = (SAMPLE_HEAD + "\nStandfirst.\nFirst paragraph of the story.\nBreaking the stalemate\n"
            "Cabello is seen as a rival of Maduro [File: Miraflores Press/EPA]\n"
            "He spoke in Caracas [Manaure Quintero/Reuters]\nLast paragraph.\n")
    doc = parse_seed(text, "s.txt", "s")
    kinds = blocks(doc)
    assert kinds[3] == ("subhead", "Breaking the stalemate")
    assert kinds[4][0] == "caption" and doc.blocks[4].credit == "File: Miraflores Press/EPA"
    assert kinds[5][0] == "caption" and doc.blocks[5].credit == "Manaure Quintero/Reuters"
    masked = "".join(doc.text[s:e] for s, e in doc.masked)
    assert "Reuters" in masked and "Caracas" not in masked


def test_front_matter_markdown():
    text = "---\ntitle: A report\noutlet: The Wire\nauthor: Ann Lee\ndate: 2021-03-04\nurl: https://example.org/x\ntags: [energy, gas]\n---\nBody text here.\n"
    doc = parse_seed(text, "r.md", "r", markdown=True)
    assert (doc.title, doc.outlet, doc.author, doc.published, doc.url, doc.tags) == (
        "A report", "The Wire", "Ann Lee", "2021-03-04", "https://example.org/x", ("energy", "gas"))
    assert [k for k, _ in blocks(doc)] == ["paragraph"]


def test_dateline_gives_publication_date():
    doc = parse_seed("Some headline\n\nFriday, July 21, 2017\n\nBody.\n", "g.txt", "g")
    assert doc.published == "2017-07-21"


def test_bom_and_crlf(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes("\ufeffTitle – By A (B) / Aug 19 2019\r\nStand.\r\nBody.\r\n".encode())
    doc = read_seed(path)
    assert doc.text.startswith("Title") and "\r" not in doc.text
    assert doc.published == "2019-08-19"


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n\t\n", "is empty"),
    ("latin.txt", "caf\xe9 cr\xe8me".encode("cp1252"), "not valid UTF-8"),
    ("doc.odt", b"PK\x03\x04", "unsupported file type"),
    ("doc.pdf", b"%PDF-1.4", "damaged or truncated"),
    ("bin.txt", b"\x00\x01\x02" * 100, "binary"),
    ("bad.md", b"---\ntitle: [unclosed\n---\nBody\n", "front matter"),
])
def test_unreadable_seeds_name_the_file(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SeedError) as err:
        read_seed(path)
    assert problem in str(err.value) and name in str(err.value)


def test_find_seeds_skips_hidden(tmp_path):
    (tmp_path / "a.txt").write_text("A\n\nB\n")
    (tmp_path / ".hidden.txt").write_text("A\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("B\n")
    assert [p.name for p in find_seeds(tmp_path)] == ["a.txt", "b.md"]


@pytest.mark.parametrize(("value", "kind"), [("opinion", "opinion"), ("Analysis", "analysis"), (" news ", "news")])
def test_front_matter_kind_is_kept_on_the_document(value, kind):
    doc = parse_seed(f"---\ntitle: Ferries now\nkind: {value}\n---\nThe ferry should run all year.\n", "k.md", "k",
                     markdown=True)
    assert doc.kind == kind
    assert parse_seed("---\ntitle: Ferries now\n---\nBody.\n", "k.md", "k", markdown=True).kind is None


@pytest.mark.parametrize("value", ["rumour", "[opinion]", "{a: 1}"])
def test_an_unknown_kind_is_a_named_error(value):
    with pytest.raises(SeedError, match=r"k\.md: .*kind"):
        parse_seed(f"---\ntitle: Ferries now\nkind: {value}\n---\nBody.\n", "k.md", "k", markdown=True)


def test_kind_survives_the_annotation_cache(tmp_path):
    from generator.cache import Cache
    from generator.model import Annotations

    doc = parse_seed("---\ntitle: Ferries now\nkind: opinion\n---\nBody.\n", "k.md", "k", markdown=True)
    cache = Cache(tmp_path)
    cache.put("abc", Annotations(doc))
    assert cache.get("abc").document.kind == "opinion"
