"""The full text's raw HTML blocks go to Markdown whole: the same HTML as parsing them, ids kept."""

import re

import markdown

from generator import annotated
from generator.model import Annotations, Block, Document, Entity
from generator.rawblocks import RawBlocks, ids
from generator.render import fmt_date

EXTENSIONS = ["tables", "attr_list", "md_in_html", "admonition", "toc"]
TEXT = "Intro\n\nRosa Vex said </div> <script>x</script> & more.\n\nA subhead\n\nShe left [early](javascript:x)."


def _page() -> str:
    starts = [m.start() for m in re.finditer(r"(?:^|(?<=\n\n))\S", TEXT)]
    ends = [TEXT.find("\n\n", s) % (len(TEXT) + 1) for s in starts]
    kinds = ["paragraph", "paragraph", "subhead", "paragraph"]
    blocks = tuple(Block(k, s, e) for k, s, e in zip(kinds, starts, ends, strict=True))
    doc = Document("t.txt", "t", TEXT, "T", blocks=blocks)
    rosa = Entity("p1", "person", "Rosa Vex", mentions=((7, 15),))
    ann = Annotations(doc, people=(rosa,))
    chunks = annotated.grouped(annotated.render_blocks(ann, annotated.marks_for(ann, lambda e: "../x/", fmt_date)))
    return "## Full text\n\n" + "\n\n".join(chunks) + "\n\n[to Rosa](#c7)\n"


def test_runs_of_paragraphs_are_grouped_around_subheads():
    chunks = _page().split("\n\n")
    assert [c.split("\n")[0][:24] for c in chunks[1:4]] == ['<div class="full-text">', "### A subhead", '<div class="full-text">']


def test_the_html_is_the_same_with_and_without_the_extension():
    page = _page()
    plain = markdown.markdown(page, extensions=EXTENSIONS)
    fast = markdown.markdown(page, extensions=[*EXTENSIONS, RawBlocks()])
    assert re.sub(r"\n+", "\n", plain) == re.sub(r"\n+", "\n", fast)
    assert "&lt;/div&gt; &lt;script&gt;" in fast and "<script>" not in fast  # seed text stays text
    assert "javascript" in fast and 'href="javascript' not in fast
    assert '<h3 id="a-subhead">A subhead</h3>' in fast  # subheads stay headings, in the table of contents


def test_ids_inside_the_blocks_are_reported_for_the_link_checker():
    assert {"c7"} <= ids(_page())


def _graph_page() -> str:
    from generator import charts, graphs

    nodes = [graphs.Node("a", "Rosa <Vex> & co", href="../a/", weight=3), graphs.Node("b", "Lee Park", href="../b/")]
    figure = charts.graph_svg(graphs.Graph(nodes, [graphs.Edge("a", "b", "speaks", 2)]), "Who *Rosa* meets", "ego")
    return f"# Rosa Vex\n\nIn 2 briefings\n\n{figure}\n\n## Briefings\n\n- one\n\n{figure.replace('ego', 'end')}\n"


def test_a_graph_figure_gives_the_same_html_and_its_ids():
    page = _graph_page()
    plain = markdown.markdown(page, extensions=EXTENSIONS)
    fast = markdown.markdown(page, extensions=[*EXTENSIONS, RawBlocks()])
    assert fast == plain  # byte for byte, line breaks included
    assert "Rosa &lt;Vex&gt;" in fast and "<em>" not in fast  # the caption is text, not Markdown
    found = ids(page)
    assert {"ego", "ego-title", "ego-narrow-title", "end"} <= found
    assert not any("/" in i or i in ("a", "b") for i in found)  # a node's data-id is no element id
