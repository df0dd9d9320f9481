"""Rendering helpers: served URLs for raw HTML, and the annotated full text with its cards."""

import markdown
import pytest

from generator import annotated
from generator.model import Annotations, Block, Claim, DateRef, Document, Entity
from generator.render import fmt_date, url


@pytest.mark.parametrize(("page", "target", "expected"), [
    ("briefings/a.md", "people/b.md", "../../people/b/"),
    ("briefings/a.md", "index.md", "../../"),
    ("connections.md", "people/b.md", "../people/b/"),
    ("index.md", "people/b.md", "people/b/"),
    ("timeline.md", "briefings/a.md#date-2", "../briefings/a/#date-2"),
    ("people/b.md", "people/b.md", "./"),
    ("briefings/a.md", "briefings/a.md#who-x", "#who-x"),
    ("people/index.md", "people/b.md", "b/"),
])
def test_url_is_the_served_address_relative_to_the_page(page, target, expected):
    assert url(page, target) == expected


TEXT = 'Rosa <Vex> said on Monday that "prices" rose.'


def _briefing() -> Annotations:
    doc = Document("t.txt", "t", TEXT, "T", published="2019-08-19", blocks=(Block("paragraph", 0, len(TEXT)),))
    rosa = Entity("p1", "person", "Rosa <Vex>", roles=("mayor of *Tow*",), mentions=((0, 10),))
    monday = DateRef("Monday", 19, 25, "2019-08-19", "day", "2019-08-19", "weekday")
    claim = Claim('"prices" rose', 31, 44, speaker="Rosa <Vex>", speaker_id="p1", source_type="named",
                  grade="A", grade_reasons=("named source on the record",))
    return Annotations(doc, people=(rosa,), claims=(claim,), dates=(monday,))


def _html() -> str:
    ann = _briefing()
    marks = annotated.marks_for(ann, lambda e: "../../people/rosa-vex/", fmt_date)
    return markdown.markdown("\n\n".join(annotated.render_blocks(ann, marks)), extensions=["attr_list"])


def test_a_mention_links_to_its_page_and_carries_a_card_with_name_and_role():
    html = _html()
    assert '<a class="mention person" href="../../people/rosa-vex/" aria-describedby="c0">Rosa &lt;Vex&gt;</a>' in html
    assert '<span class="card" id="c0" data-search-exclude>' in html  # cards stay out of the search index
    card = html[html.index('id="c0"'):]
    assert card.startswith('id="c0" data-search-exclude><small>Person</small><strong>Rosa &lt;Vex&gt;</strong>mayor of *Tow*')
    assert "<em>" not in card and "<a" not in card.split("</span>")[0]  # role text literal; no second tab stop
    assert "<Vex>" not in html


def test_paragraphs_are_raw_html_that_markdown_leaves_alone():
    """Seed text in a paragraph is HTML-escaped, and Markdown syntax in it stays literal text."""
    text = "Ana said [x](javascript:alert(1)) and *this* <b>too</b> & more."
    doc = Document("t.txt", "t", text, "T", blocks=(Block("paragraph", 0, len(text)),))
    out = annotated.render_blocks(Annotations(doc), [])
    assert out == ["<p>Ana said [x](javascript:alert(1)) and *this* &lt;b&gt;too&lt;/b&gt; &amp; more.</p>"]
    html = markdown.markdown(out[0], extensions=["md_in_html"])
    assert "<a" not in html and "<em>" not in html and "<b>" not in html


def test_a_subhead_stays_a_markdown_heading_with_markdown_escaping():
    text = "Rosa *Vex* [speaks]"
    doc = Document("t.txt", "t", text, "T", blocks=(Block("subhead", 0, len(text)),))
    rosa = Entity("p1", "person", "Rosa *Vex*", mentions=((0, 10),))
    ann = Annotations(doc, people=(rosa,))
    out = annotated.render_blocks(ann, annotated.marks_for(ann, lambda e: "../x/", fmt_date))
    assert out[0].startswith("### ")
    html = markdown.markdown(out[0], extensions=["md_in_html"])
    assert html.startswith("<h3>") and "<em>" not in html and "Rosa *Vex*" in html and "[speaks]" in html


def test_a_date_links_to_its_timeline_entry_and_its_card_gives_the_working():
    html = _html()
    assert '<a class="mention date" href="#date-1" aria-describedby="c19">Monday</a>' in html
    card = html[html.index('id="c19"'):]
    assert "<strong>19 Aug 2019</strong>" in card and "“Monday” read as day, weekday" in card


def test_a_claim_is_wrapped_and_ends_with_a_focusable_grade_and_its_reasons():
    html = _html()
    assert '<span class="claim" id="claim-1">' in html
    assert '<sup class="grade grade-A" tabindex="0" aria-describedby="gclaim-1">A</sup>' in html
    assert "Rosa &lt;Vex&gt; — named source on the record" in html
    card = html[html.index('id="gclaim-1"'):]
    assert card.startswith('id="gclaim-1" data-search-exclude><small>Claim</small><strong>Grade A</strong>')
    assert "card-kind" not in html  # the same slim card as a mention's: no nested span, no unstyled class


def test_cross_briefing_timeline_chart_groups_by_month_when_dates_are_many(monkeypatch):
    from generator import render
    from generator.corpus import TimelineEntry

    entries = [TimelineEntry(f"2020-{m:02d}-{d:02d}", "b", "B", DateRef("x", 0, 1, f"2020-{m:02d}-{d:02d}", "day"))
               for m in (1, 2, 3) for d in range(1, 11)]

    class Corpus:
        timeline = entries

    assert render._corpus_timeline(Corpus(), lambda t: 1).count('<g class="event">') == 60  # wide and narrow drawing
    monkeypatch.setattr(render, "CHART_MARKS", 5)
    svg = render._corpus_timeline(Corpus(), lambda t: 1)
    assert svg.count('<g class="event">') == 6 and "10 events" in svg


def test_a_timeline_entry_links_to_the_first_equal_date_of_its_own_briefing():
    from generator.corpus import aggregate
    from generator.render import _date_indices

    monday, may = DateRef("Monday", 10, 16, "2021-03-01", "day"), DateRef("May", 30, 33, "2021-05", "month")
    anns = [Annotations(Document(f"{name}.txt", name, "x" * 40, name.title(), published="2021-03-03"), dates=dates)
            for name, dates in (("harbour", (monday, may, monday)), ("bridge", (may,)))]
    corpus = aggregate(anns)
    index_of = _date_indices(corpus)
    assert sorted((t.briefing, t.date.text, index_of(t)) for t in corpus.timeline) == \
        [("bridge", "May", 1), ("harbour", "May", 2), ("harbour", "Monday", 1)]  # a repeated date: its first


def _claims_html(claims: tuple, blocks: tuple) -> str:
    doc = Document("t.txt", "t", TEXT, "T", published="2019-08-19", blocks=blocks)
    rosa = Entity("p1", "person", "Rosa <Vex>", mentions=((0, 10),))
    ann = Annotations(doc, people=(rosa,), claims=claims)
    marks = annotated.marks_for(ann, lambda e: "../../people/rosa-vex/", fmt_date)
    return markdown.markdown("\n\n".join(annotated.render_blocks(ann, marks)), extensions=["attr_list"])


def test_every_claim_keeps_its_anchor():
    whole = (Block("paragraph", 0, len(TEXT)),)
    # starts inside the mention "Rosa <Vex>"; two claims share a start; one sits in the (unrendered) title
    claims = (Claim("sa <Vex> said", 2, 15, grade="D"), Claim("Rosa <Vex> said on Monday", 0, 25, grade="B"),
              Claim('"prices" rose', 31, 44, grade="A"))
    html = _claims_html(claims, whole)
    for n in (1, 2, 3):
        assert html.count(f'id="claim-{n}"') == 1
    headline = (Block("title", 0, 26), Block("paragraph", 27, len(TEXT)))
    html = _claims_html((Claim("Rosa <Vex> said on Monday", 0, 25, grade="B"),), headline)
    assert html.count('id="claim-1"') == 1


def test_a_claim_over_two_paragraphs_has_one_anchor_and_one_badge():
    blocks = (Block("paragraph", 0, 26), Block("paragraph", 27, len(TEXT)))
    html = _claims_html((Claim(TEXT[11:44], 11, 44, grade="C"),), blocks)
    assert html.count('id="claim-1"') == 1
    assert html.count("grade-C") == 1


def test_a_card_counts_one_mention_in_the_singular():
    html = _html()
    card = html[html.index('id="c0"'):]
    assert "1 mention here" in card and "1 mentions" not in html


def test_counts_agree_in_number():
    from generator.render import plural

    assert plural(1, "request") == "1 request" and plural(0, "request") == "0 requests"
    assert plural(2, "person", "people") == "2 people"


def _who_is_who(people=(), organizations=(), places=()) -> str:
    from conftest import ROOT

    from generator.render import environment, evidence

    env = environment(ROOT / "templates")
    return env.get_template("partials/who_is_who.md.j2").render(
        people=people, organizations=organizations, places=places, link_of=lambda e: None,
        sentence=lambda s, e: "She, the mayor and a judge, spoke."[s:e], evidence=evidence, page=lambda offset: "")


def test_one_evidence_sentence_is_shown_once_per_person_and_roles_once():
    from generator.model import Evidence

    same = [Evidence("mayor", 5, 10, 0, 34), Evidence("judge", 21, 26, 0, 34)]
    ana = Entity("p1", "person", "Ana", roles=("mayor", "Mayor", "judge"), evidence=tuple(same), mentions=((0, 3),))
    out = _who_is_who(people=(ana,))
    assert out.count("She, the mayor and a judge, spoke") == 1
    assert "| mayor; judge |" in out
    assert "| # |" not in out  # no number column eating a phone's width


def test_an_age_without_a_role_reads_age_alone_and_a_quoted_sentence_has_single_inner_marks():
    from generator.model import Evidence

    teen = Entity("p1", "person", "Ana", age=14, evidence=(Evidence("14", 5, 7, 0, 34, kind="age"),), mentions=((0, 3),))
    nobody = Entity("p2", "person", "Bo", mentions=((0, 2),))
    out = _who_is_who(people=(teen, nobody))
    assert "| age 14 |" in out and "— · age" not in out
    assert "| Bo | — | 1 mention |" in out
    from conftest import ROOT

    from generator.render import environment, evidence

    env = environment(ROOT / "templates")
    said = "“The pier is safe,” Ana said."
    out = env.get_template("partials/who_is_who.md.j2").render(
        people=(Entity("p1", "person", "Ana", roles=("engineer",), evidence=(Evidence("engineer", 0, 3, 0, len(said)),),
                       mentions=((20, 23),)),), organizations=(), places=(), link_of=lambda e: None,
        sentence=lambda s, e: said[s:e], evidence=evidence, page=lambda offset: "")
    assert "“‘The pier is safe,’ Ana said\\.”" in out and "““" not in out


def test_places_start_their_own_paragraph_after_the_organisations():
    org = Entity("o1", "organization", "Harbour Board", mentions=((0, 5),))
    place = Entity("l1", "place", "Lima", mentions=((6, 10),))
    html = markdown.markdown(_who_is_who(organizations=(org,), places=(place,)), extensions=["md_in_html"])
    assert "<p><strong>Places:</strong>" in html and "<p><strong>Organisations:</strong>" in html


def test_a_reference_linked_to_a_person_says_whom_it_refers_to():
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Referenced(Entity):  # the people extractor's Entity.references: descriptions and pronouns
        references: tuple = ()

    text = "Rosa Vex arrived. The mayor said she would stay."
    doc = Document("t.txt", "t", text, "T", blocks=(Block("paragraph", 0, len(text)),))
    rosa = Referenced("p1", "person", "Rosa Vex", roles=("mayor",), mentions=((0, 8),), references=((18, 27), (33, 36)))
    ann = Annotations(doc, people=(rosa,))
    html = "".join(annotated.render_blocks(ann, annotated.marks_for(ann, lambda e: "../p1/", fmt_date)))
    assert html.count("<strong>refers to Rosa Vex</strong>") == 2
    assert '>The mayor</a>' in html and '>she</a>' in html
    plain = Annotations(doc, people=(Entity("p1", "person", "Rosa Vex", mentions=((0, 8),)),))
    assert "refers to" not in "".join(annotated.render_blocks(plain, annotated.marks_for(plain, lambda e: None, fmt_date)))


def test_a_directory_lists_each_role_once():
    from types import SimpleNamespace as NS

    from conftest import ROOT

    from generator.render import environment

    env = environment(ROOT / "templates")
    person = NS(name="Ana Ruiz", appearances=[1, 2, 3], mention_count=5,
                roles=[("President", "a"), ("president", "b"), ("President", "c"), ("Mayor", "c")])
    out = env.get_template("directory.md.j2").render(kind="people", kind_title="People", entities=[person],
                                                      link=lambda e: "ana.md")
    assert "| President; Mayor |" in out


def test_every_page_gives_the_same_claim_count(tmp_path):
    """The briefing's meta line, its sourcing line, its claims list and the home page agree."""
    import re
    import shutil

    from conftest import ROOT, SAMPLE

    from generator.build import build_site

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SAMPLE, seeds / SAMPLE.name)
    pages = build_site(seeds, ROOT / "templates", cache_dir=tmp_path / "cache", processes=1).pages
    page = next(v for k, v in pages.items() if k.startswith("briefings/") and not k.endswith("index.md"))
    meta = int(re.search(r"(\d+) claims?</span>\n</p>", page).group(1))
    sourcing = int(re.search(r"of (\d+) claims? rest on", page).group(1))
    listed = int(re.search(r"<summary>All (\d+) claims?", page).group(1))
    claims = page[page.index("## Claims"):page.index("### Anonymous sources")]
    items = len(re.findall(r"^\d+\. \*\*[A-E]\*\*", claims, re.M))
    home = int(re.search(r"· (\d+) claims", pages["index.md"]).group(1))
    assert meta == sourcing == listed == items == home > 5


OPINION_SEED = """Opinion: The harbour deserves its ferry – By Mara Holt (Test Gazette) / Mar 04 2021
The city should stop waiting and build the ferry line, the author writes.

The city should build the ferry line this year, before the old pier falls apart.

The harbour board chair, Tomas Arnell, said the pier could carry the new boats.

Waiting another decade would be a mistake that the city cannot afford.
"""


def test_an_opinion_piece_shows_its_argument_and_grades_only_the_claims_it_cites(tmp_path):
    from conftest import ROOT

    from generator.build import build_site

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "opinion.txt").write_text(OPINION_SEED, encoding="utf-8")
    pages = build_site(seeds, ROOT / "templates", cache_dir=tmp_path / "cache", processes=1).pages
    page = next(v for k, v in pages.items() if k.startswith("briefings/") and not k.endswith("index.md"))
    brief_block = page[page.index('<div class="in-brief"'):page.index("</div>", page.index('<div class="in-brief"'))]
    assert '<span class="genre">Opinion</span>' in page
    assert "<strong>In short:</strong>" in brief_block and "<strong>Argument</strong>" in brief_block
    argument = brief_block[brief_block.index("Argument"):brief_block.index("Claims the author cites")]
    assert "build the ferry line this year" in argument and "mistake" in argument
    assert "Arnell" not in argument  # a source's claim is graded, never part of the author's argument
    assert "Mara Holt" not in brief_block.split("Claims the author cites")[1]  # the author is no graded source


def test_a_subhead_naming_a_person_stays_plain_text_for_the_table_of_contents():
    text = "Ana Vex\nThe harbour board met on Monday, Ana Vex said."
    doc = Document("t.txt", "t", text, "T", blocks=(Block("subhead", 0, 7), Block("paragraph", 8, len(text))))
    ana = Entity("p1", "person", "Ana Vex", mentions=((0, 7), (40, 47)))
    claim = Claim("The harbour board met on Monday", 8, 39, speaker="Ana Vex", grade="A", source_type="named")
    ann = Annotations(doc, people=(ana,), claims=(claim,))
    out = annotated.render_blocks(ann, annotated.marks_for(ann, lambda e: "../p1/", fmt_date))
    assert out[0] == "### Ana Vex"
    html = markdown.markdown("\n\n".join(annotated.grouped(out)), extensions=["toc", "md_in_html"])
    assert '<h3 id="ana-vex">Ana Vex</h3>' in html
    assert 'aria-describedby="c40"' in html and 'id="claim-1"' in html  # the body keeps its marks


def test_a_date_in_the_full_text_carries_the_anchor_its_timeline_entry_leads_to():
    html = _html()
    assert '<span class="m" id="text-date-1"><a class="mention date" href="#date-1"' in html


def test_a_date_inside_a_longer_mention_is_still_anchored_in_its_paragraph():
    """Overlapping marks keep the longer one; the date's #text-date-N must not dangle (strict build)."""
    text = "The Monday Club met."
    doc = Document("t.txt", "t", text, "T", blocks=(Block("paragraph", 0, len(text)),))
    club = Entity("o1", "organization", "The Monday Club", mentions=((0, 15),))
    monday = DateRef("Monday", 4, 10, "2019-08-19", "day", "2019-08-19", "weekday")
    ann = Annotations(doc, organizations=(club,), dates=(monday,))
    out = annotated.render_blocks(ann, annotated.marks_for(ann, lambda e: None, fmt_date))
    assert out[0].count('id="text-date-1"') == 1 and "mention organization" in out[0]
