"""Hostile and messy seeds (tests/hostile/, written for these tests): each becomes a page that shows
its text literally and safely, or an error that names the file, the reason and the fix, while every
other seed still builds."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from generator.escape import code, front_matter, json_script, safe_url, svg
from generator.model import Annotations
from generator.seeds import SeedError, parse_seed, read_seed
from generator.slugs import slugify, unique_slugs

HOSTILE = Path(__file__).parent / "hostile"
PAGE, ERROR, IGNORED = "page", "error", "ignored"

# Every file of the hostile corpus and what must come of it: (PAGE, title), (ERROR, words of the reason)
# or (IGNORED, why): files and folders whose names start with a dot are skipped, like MkDocs does.
EXPECTED = {
    "empty.txt": (ERROR, "is empty"),
    "whitespace-only.txt": (ERROR, "is empty"),
    "binary.txt": (ERROR, "binary file"),
    "invalid-utf8.txt": (ERROR, "not valid UTF-8"),
    "windows-1252.txt": (ERROR, "not valid UTF-8"),
    "bom-crlf.txt": (PAGE, "Budget talks stall"),
    "nul-and-control.txt": (PAGE, "Control characters in a title"),
    "mixed-newlines.txt": (PAGE, "Old Mac newlines"),
    "title-only.txt": (PAGE, "Only a title and nothing else"),
    "no-header.txt": (PAGE, "The council voted on Tuesday to close the library, according to a statement "
                            "released by the mayor's office. Residents said they would appeal the decision."),
    "one-long-line.txt": (PAGE, "The committee heard evidence from many witnesses about the state of the …"),
    "html-script.txt": (PAGE, "<script>alert('title')</script> Breaking news – By <img src=x onerror=alert('byline')> "
                              "(<b onmouseover=alert(1)>Outlet</b>)"),
    "html-script.md": (PAGE, "</title><script>alert('fm-title')</script>"),
    "jinja.txt": (PAGE, "Template {{ 7*7 }} title {% raw %}"),
    "jinja-front-matter.md": (PAGE, "{{ 7*7 }} {% for x in y %}"),
    "markdown-syntax.md": (PAGE, "# Heading | with *stars* and [link](javascript:alert(1))"),
    "markdown-syntax.txt": (PAGE, "# Markdown | in a *plain* text title"),
    "markdown-names.txt": (PAGE, "Names with Markdown characters"),
    "unicode-tricks.txt": (PAGE, "Right‑to‑left \u202etxt.exe\u202c and zero\u200bwidth \U0001f600 title"),
    "punctuation-only.txt": (PAGE, "!!!"),
    "yaml-unclosed.md": (ERROR, "front matter is not closed"),
    "yaml-invalid.md": (ERROR, "front matter is not valid YAML"),
    "yaml-python-tag.md": (ERROR, "front matter is not valid YAML"),
    "yaml-alias-bomb.md": (ERROR, "`title` must be plain text"),
    "front-matter-list-title.md": (ERROR, "`title` must be plain text"),
    "yaml-not-mapping.md": (ERROR, "front matter is not a mapping"),
    "yaml-only.md": (ERROR, "no text after its front matter"),
    "yaml-impossible-date.md": (PAGE, "A report with an impossible date"),
    "slug-traversal.md": (PAGE, "../../../etc/passwd"),
    "title-traversal.txt": (PAGE, "../../../../outside/index"),
    "index-title.txt": (PAGE, "Index"),
    "same-title-a.txt": (PAGE, "Two seeds share this title"),
    "same-title-b.txt": (PAGE, "Two seeds share this title"),
    "odd name with spaces.txt": (PAGE, "A seed with spaces in its file name"),
    "ünïcødé-名前.txt": (PAGE, "日本のニュース"),
    "[link](x) `back`tick.txt": (PAGE, "A file name with Markdown characters"),
    "UPPER-CASE.TXT": (PAGE, "An upper-case file extension"),
    "sub/folder/nested.txt": (PAGE, "A seed in a sub-folder"),
    "future-date.txt": (PAGE, "News from the future"),
    "impossible-date.txt": (PAGE, "An impossible date"),
    "report.pdf": (ERROR, "is damaged or truncated"),
    # web pages, PDFs and Word files: written by tests/formats.py `write_hostile_formats`
    "broken-tags.html": (PAGE, "Flood warning lifted for river towns"),
    "nested-tables.html": (ERROR, "has no article text"),
    "script-only.htm": (ERROR, "has no article text"),
    "scanned.pdf": (ERROR, "has no text layer"),
    "encrypted.pdf": (ERROR, "is encrypted with a password"),
    "truncated.pdf": (ERROR, "is damaged or truncated"),
    "corrupt.docx": (ERROR, "is not a Word .docx file"),
    "zip-bomb.docx": (ERROR, "a zip bomb?"),
    "README": (ERROR, "unsupported file type '(none)'"),
    ".hidden-seed.txt": (IGNORED, "hidden file"),
    "sub/.hidden-folder/inside.txt": (IGNORED, "hidden folder"),
}


def hostile_files() -> list[str]:
    return sorted(str(p.relative_to(HOSTILE)) for p in HOSTILE.rglob("*") if p.is_file())


def mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), *args],
                          capture_output=True, text=True,
                          env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})


def hostile_project(folder: Path) -> Path:
    """A copy of the site config, templates and docs with the hostile corpus as its seeds."""
    for name in ("mkdocs.yml", "templates", "docs"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, folder / name)
    shutil.copytree(HOSTILE, folder / "seeds")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The hostile corpus through build_site, then a plain `mkdocs build` (reusing the cache)."""
    from generator.build import build_site

    project = hostile_project(tmp_path_factory.mktemp("hostile"))
    result = build_site(project / "seeds", project / "templates", cache_dir=project / ".cache" / "briefings")
    proc = mkdocs(project)
    assert proc.returncode == 0, proc.stderr
    return project, result, proc


def page_of(result, source: str) -> str:
    ann = next(a for a in result.annotations if a.document.source == source)
    return f"briefings/{ann.document.slug}"


# --- the corpus and its outcomes ---------------------------------------------------------------


def test_corpus_is_complete():
    assert len(hostile_files()) >= 30
    assert set(hostile_files()) == set(EXPECTED)


def test_the_corpus_web_pages_pdfs_and_word_files_are_made_by_code(tmp_path):
    from formats import write_hostile_formats

    write_hostile_formats(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert all(name in EXPECTED for name in made)
    # byte for byte what the code writes, but for Word files (a zip timestamp) and encryption (a random key)
    for name in made:
        if not name.endswith(".docx") and name != "encrypted.pdf":
            assert (tmp_path / name).read_bytes() == (HOSTILE / name).read_bytes(), name


def test_every_seed_gets_its_outcome(built):
    _, result, _ = built
    pages = {a.document.source: a for a in result.annotations}
    errors = {e.path: e for e in result.errors}
    assert len(errors) == len(result.errors), "one error per bad seed"
    for name, (outcome, detail) in EXPECTED.items():
        if outcome == PAGE:
            assert name in pages and name not in errors, (name, errors.get(name))
            assert pages[name].document.title == detail
        elif outcome == ERROR:
            assert name in errors and name not in pages, name
            assert detail in errors[name].problem and name in str(errors[name])
            assert errors[name].fix, f"{name}: the error says what to do"
        else:
            assert name not in pages and name not in errors
    assert len(pages) + len(errors) == sum(1 for o, _ in EXPECTED.values() if o != IGNORED)


def test_page_paths_are_safe_unique_and_never_replace_a_listing(built):
    _, result, _ = built
    for uri in result.pages:
        assert re.fullmatch(r"(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[a-z0-9]+(?:-[a-z0-9]+)*\.md", uri), uri
    slugs = _slugs(result)
    assert len(set(slugs.values())) == len(slugs) == len(result.annotations)
    assert "All briefings" in result.pages["briefings/index.md"]
    assert slugs["same-title-a.txt"] != slugs["same-title-b.txt"]
    assert slugs["slug-traversal.md"] == "tmp-evil" and slugs["title-traversal.txt"] == "outside-index"
    assert slugs["index-title.txt"] == "index-page"


def _slugs(result) -> dict[str, str]:
    from generator.corpus import aggregate

    return aggregate(result.annotations).slugs


def test_tags_only_from_front_matter(built):
    _, result, _ = built
    tags = {a.document.source: a.document.tags for a in result.annotations}
    assert tags["future-date.txt"] == () and tags["yaml-impossible-date.md"] == ()
    assert tags["html-script.md"] == ("<script>alert('tag')</script>", "a|b")


def test_dates_future_and_impossible(built):
    _, result, _ = built
    pub = {a.document.source: a.document.published for a in result.annotations}
    assert pub["future-date.txt"] == "2099-01-01"
    assert pub["impossible-date.txt"] is None and pub["yaml-impossible-date.md"] is None
    assert pub["bom-crlf.txt"] == "2019-08-19"


# --- the published HTML is inert and shows the text literally ----------------------------------

# Tags seed text could smuggle in; none of them belongs in a generated page's article.
SMUGGLED = {"script", "iframe", "object", "embed", "img", "b", "base", "form", "frame", "style", "link", "meta", "math"}
URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "srcset"}


class _Scan(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_article = 0
        self.in_script = False
        self.title = ""
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.in_article += 1
        if self.in_article and tag in SMUGGLED:
            self.problems.append(f"<{tag}> in the article")
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in URL_ATTRS and re.match(r"\s*(javascript|data|vbscript):", value):
                self.problems.append(f"<{tag} {name}={value[:40]}>")
        self.in_script = tag == "script"
        self.in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article -= 1
        self.in_script = self.in_title = False

    def handle_data(self, data):
        if self.in_script and ("alert" in data or "pwned" in data):
            self.problems.append(f"script runs seed text: {data[:60]}")
        if self.in_title:
            self.title += data


def scan(page: str) -> _Scan:
    parser = _Scan()
    parser.feed(page)
    return parser


VOID = {"br", "hr", "img", "input", "wbr", "meta", "link", "area", "col", "source"}


class _Text(HTMLParser):
    """The article's text as read, entities decoded: without grade markers and hover cards."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0
        self.hidden: list[str] = []  # open tags of a grade marker or hover card

    def handle_starttag(self, tag, attrs):
        self.depth += tag == "article"
        classes = (dict(attrs).get("class") or "").split()
        if (self.hidden or tag == "sup" or "card" in classes) and tag not in VOID:
            self.hidden.append(tag)

    def handle_endtag(self, tag):
        self.depth -= tag == "article"
        if self.hidden and self.hidden[-1] == tag:
            self.hidden.pop()

    def handle_data(self, data):
        if self.depth and not self.hidden:
            self.parts.append(data)


def visible(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return " ".join("".join(parser.parts).split())


def html_of(project: Path, result, source: str) -> str:
    return (project / "site" / page_of(result, source) / "index.html").read_text(encoding="utf-8")


def test_no_page_carries_script_handlers_or_unsafe_links(built):
    project, _, _ = built
    pages = sorted((project / "site").rglob("*.html"))
    assert len(pages) > 40
    problems = {str(p.relative_to(project / "site")): scan(p.read_text(encoding="utf-8")).problems for p in pages}
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.parametrize("source, shown", [
    ("html-script.txt", "<script>alert('standfirst')</script>"),
    ("html-script.txt", "Click <a href=\"javascript:alert('link')\">here</a> or <iframe src=\"https://evil.example\"></iframe> now."),
    ("html-script.txt", "</title><script>alert('close')</script> and \"><script>alert('attr')</script>"),
    ("html-script.md", "\"><svg onload=alert('fm-author')>"),
    ("html-script.md", "<img src=x onerror=alert('fm-outlet')>"),
    ("jinja.txt", "{{ 7*7 }} and {{ config.__class__ }} and {% for x in range(3) %}loop{% endfor %} and {# comment #}."),
    ("jinja-front-matter.md", "{% include 'briefing.md.j2' %}"),
    ("markdown-syntax.md", "See [this][ref] and [that](javascript:alert('inline'))"),
    ("markdown-syntax.md", "| col a | col b |"),
    ("markdown-syntax.md", "```html"),
    ("markdown-syntax.md", "[ref]: javascript:alert('ref')"),
    ("markdown-syntax.md", "<!-- a hidden comment --> and <https://evil.example>"),
    ("markdown-syntax.md", "!!! danger \"Admonition\""),
    ("markdown-syntax.md", "Text {: onclick=\"alert('attr')\" } and {#id .class} and *emphasis* and __strong__."),
    ("markdown-syntax.txt", "[click](javascript:alert('txt'))"),
    ("markdown-names.txt", "Sean O'Brien, the mayor of the city, met Mary_Ann Jones on Monday."),
    ("markdown-names.txt", "The group * Star Alliance * and the firm A|B Holdings"),
    ("nul-and-control.txt", "The bell rang, an escape [31m appeared"),
])
def test_seed_text_is_shown_literally(built, source, shown):
    project, result, _ = built
    assert shown in visible(html_of(project, result, source))


def test_titles_and_urls_stay_text(built):
    project, result, _ = built
    page = html_of(project, result, "html-script.md")
    assert scan(page).title == "</title><script>alert('fm-title')</script> - Annotated briefings"
    assert "fm-url" not in page  # a javascript: URL never becomes the "original article" link
    jinja = visible(html_of(project, result, "jinja.txt"))
    assert "{{ 7*7 }}" in jinja and "49" not in jinja
    heading = visible(html_of(project, result, "markdown-syntax.md"))
    assert heading.startswith("# Heading | with *stars* and [link](javascript:alert(1))")


def test_home_lists_every_bad_seed(built):
    project, _, proc = built
    home = visible((project / "site" / "index.html").read_text(encoding="utf-8"))
    for name, (outcome, _) in EXPECTED.items():
        if outcome == ERROR:
            assert name in home and name in proc.stderr, name


@pytest.mark.slow
def test_strict_build_fails_and_names_bad_seeds(built):
    project, _, _ = built
    proc = mkdocs(project, "--strict", "-d", str(project / "site-strict"))
    assert proc.returncode != 0
    for name, (outcome, _) in EXPECTED.items():
        assert (name in proc.stderr) == (outcome == ERROR), name


def test_cli_build_exit_status_and_tree(built, tmp_path):
    project, result, _ = built
    out = tmp_path / "markdown"
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(project / "seeds"),
                           "--templates", str(project / "templates"), "--out", str(out),
                           "--cache-dir", str(project / ".cache" / "briefings")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    for name, (outcome, _) in EXPECTED.items():
        assert (f"error: {name}: " in proc.stderr) == (outcome == ERROR), name
    written = {str(p.relative_to(out)) for p in out.rglob("*.md")}
    assert written == set(result.pages)


# --- several megabytes, one enormous line -------------------------------------------------------


PARAGRAPH = "The committee heard evidence from Jane Walker about the state of the roads on Monday.\n\n"


def test_several_megabytes_and_one_huge_line_are_read_in_linear_time(tmp_path):
    from generator.nlp.pipeline import MAX_LENGTH

    (tmp_path / "several-megabytes.txt").write_text("A very long report\n\n" + PARAGRAPH * (3_100_000 // len(PARAGRAPH)))
    (tmp_path / "one-huge-line.txt").write_text("word " * (MAX_LENGTH // 5 + 100_000))
    t = time.perf_counter()
    big = read_seed(tmp_path / "several-megabytes.txt")
    line = read_seed(tmp_path / "one-huge-line.txt")
    assert time.perf_counter() - t < 20
    assert len(big.text) > 3_000_000 and len(big.blocks) > 30_000 and big.title == "A very long report"
    assert len(line.text) > MAX_LENGTH and line.title.endswith("…") and len(line.title) < 100
    assert [b.kind for b in line.blocks] == ["paragraph"], "the one line is shown as text, not lost in a title"


def test_full_text_renders_in_linear_time():
    """30,000 paragraphs with a mention and a claim each: marks are matched to blocks by position."""
    from generator.annotated import Mark, render_blocks
    from generator.model import Annotations, Block, Document

    n = 30_000
    text = PARAGRAPH * n
    step = len(PARAGRAPH)
    blocks = tuple(Block("paragraph", i * step, i * step + step - 2) for i in range(n))
    marks = [Mark(i * step + 37, i * step + 48, "person", name="Jane Walker") for i in range(n)]
    marks += [Mark(i * step, i * step + step - 2, "claim", ident=f"claim-{i + 1}", grade="E") for i in range(n)]
    ann = Annotations(document=Document("x.txt", "x", text, "T", blocks=blocks))
    t = time.perf_counter()
    out = render_blocks(ann, marks)
    assert time.perf_counter() - t < 30
    assert len(out) == n and 'id="claim-30000"' in out[-1] and "Jane Walker" in out[-1]


def test_claims_in_the_title_keep_their_anchor():
    """Found in the allsides-1000 run: headlines like "X says Y" gave claims whose #claim-N link dangled."""
    from generator.annotated import Mark, render_blocks
    from generator.seeds import parse_seed as parse

    doc = parse("Mayor says the bridge will close\n\nThe bridge is old, engineers said.\n", "x.txt", "x")
    title, body = doc.blocks[0], doc.blocks[1]
    marks = [Mark(title.start + 11, title.end, "claim", ident="claim-1", grade="E"),
             Mark(body.start, body.start + 17, "claim", ident="claim-2", grade="E"),
             Mark(body.start + 4, body.start + 10, "person", name="p")]
    out = "\n\n".join(render_blocks(Annotations(document=doc), marks))
    assert 'id="claim-1"' in out and 'id="claim-2"' in out


@pytest.mark.slow
def test_long_seeds_build_or_fail_clearly_and_the_rest_builds(tmp_path):
    """Seeds past one spaCy piece (a long multi-paragraph text, one long line) and a normal one."""
    from generator.build import build_site
    from generator.export import contract

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "long-report.txt").write_text("A long report\n\n" + PARAGRAPH * (250_000 // len(PARAGRAPH)))
    (seeds / "long-line.txt").write_text(PARAGRAPH.strip().replace("\n", " ") + " " + "word " * 50_000)
    (seeds / "good.txt").write_text("A good seed\n\n\"We agree,\" said Jane Walker, the minister.\n")
    result = build_site(seeds, ROOT / "templates", cache_dir=tmp_path / "cache", processes=1)
    built = {a.document.source: a for a in result.annotations}
    assert "good.txt" in built
    for name in ("long-report.txt", "long-line.txt"):
        errors = [e for e in result.errors if e.path == name]
        assert (name in built) != bool(errors), name  # a page, or an error that says what to do
        if errors:
            assert errors[0].fix
            continue
        out, text = contract(built[name]), built[name].document.text
        for e in out["people"]:
            for s, t in e["mentions"]:
                assert text[s:t] in e["aliases"] or text[s:t] == e["name"]
    assert len(built["long-report.txt"].people[0].mentions) > 2000 if "long-report.txt" in built else True


ADVERSARIAL = {
    "byline of spaces": "T - By " + " " * 590 + "(\n\nBody.\n",
    "many dashes and slashes": "a - / " * 2000 + "(\n\nBody.\n",
    "long inner space run": "Title\n\nword" + " " * 300_000 + "word.\n",
    "many brackets": "Title\n\n" + "[a/b " * 100_000 + "\n",
    "second line of spaces": "Title\nBy " + " " * 590 + "(\n\nBody.\n",
    "title date spaces": "Title" + " " * 590 + "/\n\nBody.\n",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_reader_stays_fast_on_adversarial_lines(name):
    t = time.perf_counter()
    doc = parse_seed(ADVERSARIAL[name], "x.txt", "x")
    assert doc.blocks
    assert time.perf_counter() - t < 1.0


# --- the reader's rules ---------------------------------------------------------------------


def test_a_sentence_starting_with_by_is_text_not_a_byline():
    doc = parse_seed("A title\nBy the time the police arrived, the crowd had gone.\n\nBody.\n", "x.txt", "x")
    assert doc.author is None
    assert "By the time" in [doc.text[b.start:b.end][:11] for b in doc.blocks]


def test_front_matter_strings_lose_controls_and_lone_surrogates():
    doc = parse_seed('---\ntitle: "A\\x00B\\ud800C"\nauthor: "\\x1b[31mRed"\n---\nBody.\n', "x.md", "x", markdown=True)
    assert doc.title == "A B\ufffdC" and doc.author == "[31mRed"


@pytest.mark.parametrize("front, problem", [
    ("date: !!timestamp 2019-02-30", "impossible value"),
    ("tags: [[nested]]", "`tags` must be plain text"),
    ("url: {a: b}", "`url` must be plain text"),
])
def test_front_matter_errors_name_the_key(front, problem):
    with pytest.raises(SeedError) as err:
        parse_seed(f"---\n{front}\n---\nBody.\n", "x.md", "x", markdown=True)
    assert problem in str(err.value) and "x.md" in str(err.value)


@pytest.mark.parametrize("header, published", [
    ("T – (P) / Dec 31 9999", None), ("T – (P) / Jan 1 0001", None), ("T – (P) / Jan 1 2099", "2099-01-01"),
])
def test_publication_dates_far_out_are_unknown(header, published):
    assert parse_seed(f"{header}\n\nBody.\n", "x.txt", "x").published == published


def test_relative_dates_near_the_calendar_edges_do_not_fail(annotate_text):
    ann = annotate_text("It happened yesterday, and it happens again tomorrow and next week.", published="9998-12-31")
    assert {d.text for d in ann.dates} >= {"tomorrow"}


def test_read_seed_names_a_folder_that_is_not_a_file(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(SeedError) as err:
        read_seed(tmp_path / "folder.txt", source="folder.txt")
    assert "folder.txt" in str(err.value)


# --- slugs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, slug", [
    ("../../etc/passwd", "etc-passwd"),
    ("..", "untitled"),
    ("Index", "index-page"),
    ("CON", "con-page"),
    ("O'Brien & Mary_Ann", "o-brien-mary-ann"),
    ("Zoë Ångström", "zoe-angstrom"),
    ("名前", "untitled"),
    ("a/b\\c", "a-b-c"),
])
def test_slugify_is_safe(text, slug):
    assert slugify(text) == slug


def test_unique_slugs_never_collide_and_are_stable():
    names = ["A", "a", "A 2", "a", "A-2", "a 3"]
    first = unique_slugs(names)
    assert len(set(first)) == len(first) and first == unique_slugs(names)


def test_briefing_slugs_survive_a_new_seed_with_the_same_title():
    before = unique_slugs(["Same", "Same", "Other"], keys=["b.txt", "c.txt", "d.txt"])
    after = unique_slugs(["Same", "Same", "Same", "Other"], keys=["z.txt", "b.txt", "c.txt", "d.txt"])
    assert before[0] == after[1] == "same" and before[1] == after[2] and before[2] == after[3] == "other"
    assert len(set(after)) == 4 and after[0].startswith("same-")
    # a slug that looks like another seed's hashed suffix still never collides
    tricky = unique_slugs(["x", "x", "x-" + after[0][5:]], keys=["a", "z.txt", "c"])
    assert len(set(tricky)) == 3


# --- escaping filters -------------------------------------------------------------------------


@pytest.mark.parametrize("url, safe", [
    ("https://example.org/a?q=1&r=(2)", "https://example.org/a?q=1&r=%282%29"),
    ("https://example.org/a b", ""),
    ("http://example.org/x\"onmouseover=alert(1)", "http://example.org/x%22onmouseover=alert%281%29"),
    ("HTTPS://Example.org/", "HTTPS://Example.org/"),
    ("javascript:alert(1)", ""),
    (" JavaScript:alert(1)", ""),
    ("data:text/html,<script>alert(1)</script>", ""),
    ("//evil.example/x", ""),
    ("/relative/path", ""),
    ("http://[::1", ""),
    ("https://example.org/<script>", "https://example.org/%3Cscript%3E"),
    (None, ""),
])
def test_safe_url_keeps_only_http_links(url, safe):
    assert safe_url(url) == safe


@pytest.mark.parametrize("text", [
    "</title><script>alert(1)</script>", 'a "quoted" \\ back', "line\nbreak\u2028and\u0085more",
    "tab\there", "\x00\x1b\x7f\x9f", "\ud800 lone", "emoji \U0001f600", "# not: a comment", "- not a list",
    "{{ 7*7 }}", "'single'", "&amp;", "\ufeffbom", "", "   ",
])
def test_front_matter_is_one_yaml_string_of_escaped_html(text):
    out = front_matter(text)
    assert "\n" not in out and out.startswith('"')
    assert yaml.safe_load(f"title: {out}\n") == {"title": html.escape(" ".join(text.split()), quote=True)}


def test_json_script_cannot_close_its_element():
    value = {"name": "</script><script>alert(1)</script>", "x": "\u2028&'"}
    out = json_script(value)
    assert "<" not in out and ">" not in out and "&" not in out and "'" not in out and "\u2028" not in out
    assert json.loads(out) == value


def test_svg_and_code_text():
    assert svg('<a onload="x">\x00') == "&lt;a onload=&quot;x&quot;&gt;\ufffd"
    assert code("a`b\nc") == "a'b c"
