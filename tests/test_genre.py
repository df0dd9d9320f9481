"""News, opinion or analysis from plain text rules, and the author's argument, on texts written for these tests."""

import pytest

from generator import genre
from generator.model import Annotations, Block, Claim, Document


def _ann(body: str, title: str = "Harbour plans", author: str | None = "Test Writer", tags: tuple = (),
         standfirst: str = "", claims: tuple = ()) -> Annotations:
    text = f"{title}\n{standfirst}\n{body}" if standfirst else f"{title}\n{body}"
    blocks = [Block("title", 0, len(title))]
    if standfirst:
        blocks.append(Block("standfirst", len(title) + 1, len(title) + 1 + len(standfirst)))
    start = text.index(body)
    sentences = []
    for para in body.split("\n"):
        p = text.index(para, start)
        blocks.append(Block("paragraph", p, p + len(para)))
        for s in para.replace(". ", ".\x00").split("\x00"):
            i = text.index(s, p)
            sentences.append((i, i + len(s)))
    doc = Document("t.txt", "t", text, title, author=author, tags=tags, blocks=tuple(blocks))
    return Annotations(doc, claims=claims, sentences=tuple(sentences))


NEWS = "The harbour board met on Tuesday. Its chair said the ferry would start in May. Repairs cost two million."


@pytest.mark.parametrize(("title", "kind"), [
    ("Opinion: The harbour deserves better", "opinion"),
    ("OPINION | The harbour deserves better", "opinion"),
    ("The harbour deserves better | Opinion", "opinion"),
    ("Op-Ed: Ferries are not a luxury", "opinion"),
    ("Analysis: What the ferry vote means", "analysis"),
    ("Commentary - Why the board failed", "opinion"),
    ("The harbour board approves a ferry", "news"),
    ("An analysis of ferry costs finds savings", "news"),  # the word inside a headline is no label
])
def test_a_label_in_the_title(title, kind):
    assert genre.recognise(_ann(NEWS, title=title)).kind == kind


def test_byline_tags_and_standfirst_labels():
    assert genre.recognise(_ann(NEWS, author="Mara Holt, Columnist")).kind == "opinion"
    assert genre.recognise(_ann(NEWS, tags=("analysis",))).kind == "analysis"
    stand = "The board should think again, the author writes."
    assert genre.recognise(_ann(NEWS, standfirst=stand)).kind == "opinion"
    assert genre.recognise(_ann(NEWS)).kind == "news"


def test_front_matter_kind_wins():
    ann = _ann(NEWS, title="Opinion: x")

    class WithKind:  # a Document whose reader kept front matter `kind:`
        def __init__(self, doc, kind):
            self.__dict__.update(doc.__dict__, kind=kind)

    assert genre.recognise(Annotations(WithKind(ann.document, "analysis"), sentences=ann.sentences)).kind == "analysis"
    assert genre.recognise(Annotations(WithKind(ann.document, "news"), sentences=ann.sentences)).kind == "news"


def test_first_person_argument_outside_quotes_is_opinion_and_quoted_first_person_is_not():
    argued = ("I have lived by this harbour for years. My view is simple.\n"
              "The board voted on Tuesday.\n"
              "I think the board is wrong. I fear the ferry will fail.\n"
              "Give me one reason to trust them.")
    assert genre.recognise(_ann(argued)).kind == "opinion"
    quoted = ("The harbour board voted on Tuesday.\n"
              "“I love this harbour,” a fisherman said. “My boat is here,” he said.\n"
              "A trader said: “I stay. I mean it.\n"  # a quote running on into the next paragraph
              "“Ask me again next year, and my answer is the same.”")
    assert genre.recognise(_ann(quoted)).kind == "news"
    song = ("The singer released a song on Friday.\n"
            "I can feel the tide come in\nMy boat is leaving now\nI will not come back\n"
            "The song was played on the radio.")
    assert genre.recognise(_ann(song)).kind == "news"  # lines without an end mark are lyrics, not argument


def test_the_argument_is_the_authors_own_sentences_never_a_sources_claim():
    body = ("The ferry plan is a mistake the city cannot afford. The board chair said costs would fall. "
            "Other ports tried the same thing years ago. The board should put the plan to a public vote.")
    said = body.index("costs would fall")
    title = "Opinion: Stop the ferry"
    offset = len(title) + 1
    claim = Claim("costs would fall", offset + said, offset + said + 16, speaker="The board chair", source_type="named")
    theses = genre.argument(_ann(body, title=title, claims=(claim,)), most=2)
    assert theses == ["The ferry plan is a mistake the city cannot afford.",
                      "The board should put the plan to a public vote."]


def test_the_author_is_not_a_graded_source():
    assert genre.authored_by(Claim("x", 0, 1, speaker="I"), "Mara Holt")
    assert genre.authored_by(Claim("x", 0, 1, speaker="Holt"), "Mara Holt")
    assert not genre.authored_by(Claim("x", 0, 1, speaker="the mayor"), "Mara Holt")


def test_initials_are_no_first_person():
    text = ("The C.I.A. director met the F.B.I. chief.\nOfficials at the C.I.A. said little.\n"
            "A U.S. senator asked the C.I.A. for papers.\nThe I.R.S. declined to comment.")
    assert genre.recognise(_ann(text)).kind == "news"


def test_page_furniture_and_questions_are_no_thesis():
    body = ("JUST WATCHED Harbour plans Replay More Videos ... MUST WATCH the ferry story now.\n"
            "Who will pay for the new ferry line this year?\n"
            "The city should pay for the ferry out of its own budget.")
    assert genre.argument(_ann(body, title="Opinion: Pay for it")) == ["The city should pay for the ferry out of its own budget."]


def test_an_md_seed_declared_opinion_shows_argument(nlp, tmp_path):
    """Front matter `kind: opinion` on a text with no other clue of opinion: the page shows the argument."""
    from conftest import ROOT

    from generator.build import grade
    from generator.corpus import aggregate
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.render import render_site
    from generator.seeds import read_seed

    body = ("The harbour board voted on Tuesday to delay the ferry for another year.\n\n"
            "The board should stop hiding behind its consultants and build the pier now.\n\n"
            "Its chair, Lena Brook, said the money was not there.\n")
    for kind in ("opinion", None):
        path = tmp_path / f"{kind}.md"
        front = f"kind: {kind}\n" if kind else ""
        path.write_text(f"---\ntitle: Build the pier\nauthor: Ola Strand\ndate: 2021-05-06\n{front}---\n\n{body}",
                        encoding="utf-8")
        doc = read_seed(path, source=path.name)
        ann = grade(annotate_doc(doc, nlp(nlp_text(doc)), "test"))
        corpus = aggregate([ann])
        page = render_site(corpus, ROOT / "templates")[f"briefings/{corpus.slugs[path.name]}.md"]
        if kind:
            assert '<span class="genre">Opinion</span>' in page
            assert "<strong>Argument</strong>" in page and "build the pier now" in page.split("## Who's who")[0]
        else:
            assert "<strong>Argument</strong>" not in page and 'class="genre"' not in page
