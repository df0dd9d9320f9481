"""Property-based tests (Hypothesis): any text in, no crash; every offset slices to its mention."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.escape import attr, html_inline, md
from generator.seeds import SeedError, decode, parse_seed
from generator.slugs import slugify

EXTENSIONS = ["tables", "attr_list", "md_in_html", "admonition"]
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# Words that make spaCy find people, organisations, places, claims and dates, mixed with markup,
# odd punctuation and unicode, so generated texts reach the extractors and not just the tokenizer.
WORDS = [
    "Jane", "Walker", "O'Brien", "Mary_Ann", "Dr.", "President", "Smith", "Ms", "Zoë", "Guaidó", "al-Assad",
    "said", "told", "Reuters", "according", "to", "officials", "the", "ministry", "of", "Defence", "Paris",
    "New", "York", "on", "Monday", "last", "week", "January", "5,", "2020", "in", "1999", "yesterday",
    "\"We", "will", "win,\"", "“No”", "’s", "(AP)", "[File: A/B]", "-", "–", "—", "|", "*", "_", "#", "`",
    "<script>", "{{", "}}", "{%", "%}", "[x](javascript:1)", "&amp;", "\u200b", "\u202e", "😀", ".", ",", ";",
    ":", "?", "!", "...", "'", "\"", "\n", "\n\n", "\t", "By", "---",
]
words = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60)
texts = st.one_of(st.text(max_size=300), words.map(" ".join), words.map("".join))


def check_document(doc, text: str) -> None:
    n = len(doc.text)
    assert doc.text == text
    last = 0
    for b in doc.blocks:
        assert last <= b.start < b.end <= n
        assert doc.text[b.start:b.end] == doc.text[b.start:b.end].strip()
        last = b.end
    for s, e in doc.masked:
        assert 0 <= s <= e <= n
    assert doc.title and "\n" not in doc.title and doc.title == " ".join(doc.title.split())
    assert SLUG.fullmatch(doc.slug), doc.slug
    assert doc.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.published)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_any_bytes(raw):
    try:
        text = decode(raw, "x.txt")
    except SeedError as err:
        assert "x.txt" in str(err)
        return
    assert "\r" not in text
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text)


@settings(max_examples=400, deadline=None)
@given(texts, st.booleans())
def test_parse_seed_any_text(text, markdown_seed):
    try:
        doc = parse_seed(text, "x.md" if markdown_seed else "x.txt", "x", markdown=markdown_seed)
    except SeedError as err:
        assert "x." in str(err) and err.problem
        return
    check_document(doc, text)


front = st.dictionaries(st.sampled_from(["title", "author", "outlet", "date", "url", "slug", "tags", "other"]),
                        st.one_of(st.text(max_size=20), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=3)),
                        max_size=5)


@settings(max_examples=200, deadline=None)
@given(front, st.one_of(st.text(max_size=40), st.sampled_from(["", ":", "- a", "[", "{{", "&a x", "*a", "!!python/none"])),
       texts)
def test_parse_seed_any_front_matter(meta, raw_yaml, body):
    import yaml

    block = yaml.safe_dump(meta, allow_unicode=True) + raw_yaml
    text = f"---\n{block}\n---\n{body}"
    try:
        doc = parse_seed(text, "x.md", "x", markdown=True)
    except SeedError as err:
        assert "x.md" in str(err) and err.fix
        return
    check_document(doc, text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_slugify_any_text(text):
    assert SLUG.fullmatch(slugify(text))


def shown(text: str) -> str:
    """What a reader sees of text: spaces collapsed, control characters as U+FFFD."""
    return " ".join(re.sub(r"[\x00-\x08\x0e-\x1b\x7f]", "\ufffd", text).split())


def _only_text(converted: str) -> str:
    assert converted.startswith("<p>") and converted.endswith("</p>"), converted
    inner = converted[3:-4]
    assert "<" not in inner and ">" not in inner, inner  # no element, comment or autolink
    return html.unescape(inner)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_md_any_text_renders_literally(text):
    if not text.split():
        return
    out = markdown.markdown("x" + md(text) + "x", extensions=EXTENSIONS)
    edges = (" " if text[0].isspace() else "", " " if text[-1].isspace() else "")
    assert _only_text(out) == "x" + edges[0] + shown(text) + edges[1] + "x"


@settings(max_examples=500, deadline=None)
@given(texts)
def test_html_inline_any_text_renders_literally_in_a_raw_paragraph(text):
    """The full text's paragraphs are raw HTML blocks: Markdown must pass them through untouched."""
    if not text.split():
        return
    out = markdown.markdown(f"<p>x{html_inline(text)}x</p>", extensions=EXTENSIONS)
    edges = (" " if text[0].isspace() else "", " " if text[-1].isspace() else "")
    assert _only_text(out) == "x" + edges[0] + shown(text) + edges[1] + "x"


class _Titles(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.titles = []
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.titles += [v for k, v in attrs if k == "title"]


@settings(max_examples=500, deadline=None)
@given(texts)
def test_attr_any_text_stays_in_its_attribute(text):
    out = markdown.markdown(f'x <span title="{attr(text)}">y</span> x', extensions=EXTENSIONS)
    parsed = _Titles()
    parsed.feed(out)
    assert parsed.tags == ["p", "span"] and parsed.titles == [shown(text)], out


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.text, self.tags = [], [], []

        self.inside = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs))
            self.inside = True

    def handle_endtag(self, tag):
        self.inside = self.inside and tag != "a"

    def handle_data(self, data):
        if self.inside:
            self.text.append(data)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_mention_link_shows_its_text(surface):
    if not surface.split():
        return
    out = markdown.markdown(f'x [{md(surface)}](../people/a.md){{ .mention .person }} x', extensions=EXTENSIONS)
    parsed = _Links()
    parsed.feed(out)
    assert parsed.tags == ["p", "a"], out
    assert parsed.links[0]["href"] == "../people/a.md" and parsed.links[0]["class"] == "mention person"
    assert "".join(parsed.text).strip() == shown(surface)


def _folded(text: str) -> str:
    from generator.nlp.names import fold

    return fold(text)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, "2019-08-19", "2099-01-01"]))
def test_extract_contract_any_text(annotate_text, text, published):
    """The extract contract on any text: every offset slices to the text it names."""
    from generator.export import contract

    try:
        ann = annotate_text(text, published=published)
    except SeedError:
        return  # an empty seed is an error, not a crash
    out = contract(ann)
    full = ann.document.text
    for kind in ("people", "organizations", "places"):
        for e in out[kind]:
            forms = {_folded(a) for a in e["aliases"]}
            for s, t in e["mentions"]:
                assert 0 <= s < t <= len(full)
                assert _folded(full[s:t]) in forms, (full[s:t], e["aliases"])
            for ev in e["evidence"]:
                assert full[ev["start"]:ev["end"]] == ev["stated"]
                # the role shown is the stated words, or their singular ("officials" -> "official")
                assert _folded(ev["text"])[:-1] in _folded(ev["stated"]) or ev["kind"] == "corrected", (ev, e["name"])
                assert ev["sentence"][0] <= ev["start"] <= ev["end"] <= ev["sentence"][1] <= len(full)
    for c in out["claims"]:
        assert full[c["start"]:c["end"]] == c["text"]
        if c["speaker_start"] is not None:
            assert 0 <= c["speaker_start"] < c["speaker_end"] <= len(full)
    for d in out["dates"] + out["unresolved_dates"]:
        assert full[d["start"]:d["end"]] == d["text"]


@given(st.text(max_size=80))
def test_strip_marks_drops_diacritics_one_character_for_one(text):
    import unicodedata

    from generator.nlp.names import strip_marks

    def one(ch: str) -> str:  # the rule, character by character
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        return base if len(base) == 1 else ch

    assert strip_marks(text) == "".join(one(ch) for ch in text)
    assert strip_marks("Guaidó met Zoë in Malmö") == "Guaido met Zoe in Malmo"
