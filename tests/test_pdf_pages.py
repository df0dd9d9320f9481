"""A briefing made from a PDF says on which page each evidence sentence, claim and dated event was
printed ("p. 2"); a briefing from any other format shows no page numbers."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from formats import make_pdf

from generator.build import grade
from generator.corpus import aggregate
from generator.nlp.annotate import annotate_doc, nlp_text
from generator.render import render_site
from generator.seeds import read_seed

# one paragraph a page, each with a named speaker, a role and a date, written for this test
PAGES = [
    ["The harbour authority published its review of the northern pier on Friday."],
    ["Harbour master Tomas Elling said on Monday that the pier would close for repairs."],
    ["Chief engineer Rika Solberg said the pilings had rotted in several places",
     "and warned that the work would take until March."],
]


def _pdf() -> bytes:
    pages = []
    for n, lines in enumerate(PAGES, 1):
        body = [(72, 740 - 14 * i, 11, line) for i, line in enumerate(lines)]
        if n == 1:
            body.append((72, 770, 20, "Review of the northern pier"))
        pages.append(body + [(500, 40, 9, f"Page {n} of {len(PAGES)}")])
    return make_pdf(pages, {"Title": "Review of the northern pier", "Author": "Harbour Authority",
                            "CreationDate": "D:20220916103000+02'00'"})


@pytest.fixture(scope="module")
def briefings(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdfpages")
    (folder / "review.pdf").write_bytes(_pdf())
    # the same words as a .txt seed: no page numbers there
    (folder / "review.txt").write_text("Review of the northern pier – By Harbour Authority / Sep 16 2022\n\n"
                                       + "\n\n".join(" ".join(p) for p in PAGES) + "\n", encoding="utf-8")
    anns = []
    for name in ("review.pdf", "review.txt"):
        doc = read_seed(folder / name, source=name)
        anns.append(grade(annotate_doc(doc, nlp(nlp_text(doc)), "test")))
    corpus = aggregate(anns)
    pages = render_site(corpus, ROOT / "templates")
    return {name: pages[f"briefings/{corpus.slugs[name]}.md"] for name in ("review.pdf", "review.txt")}, anns


def _section(page: str, heading: str) -> str:
    return page.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]


def test_the_reader_kept_each_paragraph_s_page(briefings):
    _, (pdf, _) = briefings
    doc = pdf.document
    assert doc.page_at(doc.text.index("Tomas Elling")) == 2
    assert doc.page_at(doc.text.index("pilings")) == 3


def test_evidence_claims_and_dates_show_the_page_they_were_printed_on(briefings):
    pages, _ = briefings
    page = pages["review.pdf"]
    who = _section(page, "Who's who")
    row = next(line for line in who.splitlines() if "Tomas Elling" in line)
    # the page follows the evidence sentence (itself a link to the sentence in the full text)
    assert re.search(r'close for repairs\\\.”\]\(#ev-tomas-elling-\d+ "[^"]*"\)\{: \.evidence \} <small class="page">p\. 2</small>', row), row
    row = next(line for line in who.splitlines() if "Rika Solberg" in line)
    assert '<small class="page">p. 3</small>' in row, row
    claims = _section(page, "Claims")
    line = next(x for x in claims.splitlines() if "close for repairs" in x)
    assert '<small class="page">p. 2</small>' in line and "p. 3" not in line, line
    line = next(x for x in claims.splitlines() if "rotted" in x)
    assert '<small class="page">p. 3</small>' in line, line
    timeline = _section(page, "Timeline")
    line = next(x for x in timeline.splitlines() if "“Monday”" in x)
    assert '<small class="page">p. 2</small>' in line, line
    line = next(x for x in timeline.splitlines() if "“March”" in x)
    assert '<small class="page">p. 3</small>' in line, line


def test_other_formats_show_no_page_numbers(briefings):
    pages, _ = briefings
    assert 'class="page"' not in pages["review.txt"]
    assert "Tomas Elling" in pages["review.txt"]
