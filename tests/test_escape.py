import markdown
import pytest

from generator.escape import attr, md

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![x](data:text/html,boom)",
    "# heading",
    "* item",
    "1. item",
    "| a | b |",
    "```code",
    "[ref]: https://evil.example",
    "<!-- comment -->",
    "!!! note",
    "{{ 7*7 }} {% for x in y %}",
    "Mary_Ann *bold* O'Brien",
    "<https://evil.example>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_renders_literally(text):
    html = markdown.markdown("Before " + md(text) + " after", extensions=["tables", "attr_list", "md_in_html", "admonition"])
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<h1" not in html
    assert "<em>" not in html and "<strong>" not in html and "<code>" not in html and "<!--" not in html
    visible = html.replace("<p>", "").replace("</p>", "")
    import html as h

    assert h.unescape(visible) == "Before " + " ".join(text.split()) + " after"


def test_md_keeps_edge_spaces():
    assert md(" a ") == " a "
    assert md("") == ""


def test_attr():
    assert attr('"><script>') == "&quot;&gt;&lt;script&gt;"
