"""Joint statements: "Ana Ruiz and Tom Vidal said Z" is a claim of each named speaker, each on its own
person's page, while the briefing lists it once under the whole phrase."""

import re
from dataclasses import replace

import pytest

from generator import brief

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    return ann, [(names.get(c.speaker_id), c.speaker) for c in ann.claims if c.text.startswith(starts)]


@pytest.mark.parametrize("body, starts, people", [
    ("Ana Ruiz and Tom Vidal said the bridge over the river was unsafe.", "the bridge", ["Ana Ruiz", "Tom Vidal"]),
    ("Ana Ruiz, Tom Vidal and Lee Park told reporters that the new budget would fail.", "the new budget",
     ["Ana Ruiz", "Tom Vidal", "Lee Park"]),
    ("Both Ana Ruiz and Tom Vidal deny that they met the minister in May.", "they met",
     ["Ana Ruiz", "Tom Vidal"]),
])
def test_each_named_speaker_has_the_claim(annotate_text, body, starts, people):
    _, got = claims_of(annotate_text, body, starts)
    assert [name for name, _ in got] == people


@pytest.mark.parametrize("body, starts", [
    # a pronoun or an unnamed description is no speaker of its own: one claim, the named person's
    ("Ana Ruiz and her husband said the bridge over the river was unsafe.", "the bridge"),
    ("Ana Ruiz and he said the bridge over the river was unsafe.", "the bridge"),
])
def test_an_unnamed_conjunct_keeps_one_claim(annotate_text, body, starts):
    _, got = claims_of(annotate_text, body, starts)
    assert [name for name, _ in got] == ["Ana Ruiz"]


@pytest.mark.parametrize("body, starts", [
    # beside a body or a linked title, a possessed description or a plural group is no speaker of its own
    ("Ana Ruiz, the prime minister, spoke on Friday.\n\nThe prime minister and her husband denied that the "
     "budget had been leaked.", "the budget"),
    ("The president and his aides denied that the budget had been leaked.", "the budget"),
    ("The committee and other officials denied that the budget had been leaked.", "the budget"),
])
def test_a_body_or_title_beside_an_unnamed_conjunct_keeps_one_claim(annotate_text, body, starts):
    _, got = claims_of(annotate_text, body, starts)
    assert len(got) == 1


def test_one_name_read_across_and_is_not_split(annotate_text):
    _, got = claims_of(annotate_text, "Johnson and Johnson said the new drug was safe for children.", "the new")
    assert len(got) == 1


def test_the_briefing_lists_a_joint_statement_once_under_the_whole_phrase(annotate_text):
    from generator import annotated

    ann, _ = claims_of(annotate_text, "Ana Ruiz and Tom Vidal said the bridge over the river was unsafe.", "the bridge")
    shown = [c for _, c in brief.shown(ann.claims) if c.text.startswith("the bridge")]
    assert [brief.speaker(c) for c in shown] == ["Ana Ruiz and Tom Vidal"]
    marks = [m for m in annotated.marks_for(ann, lambda e: None, str) if m.kind == "claim"]
    assert len([m for m in marks if ann.document.text[m.start:m.end].startswith("the bridge")]) == 1


def test_each_persons_page_lists_the_joint_statement(annotate_text):
    from conftest import ROOT

    from generator.corpus import aggregate
    from generator.render import render_site

    ann, _ = claims_of(annotate_text, "Ana Ruiz and Tom Vidal said the bridge over the river was unsafe.", "the bridge")
    ann = replace(ann, document=replace(ann.document, source="a.txt"))
    corpus = aggregate([ann])
    pages = render_site(corpus, ROOT / "templates")
    first = ann.claims.index(next(c for c in ann.claims if c.text.startswith("the bridge"))) + 1
    for person in ("ana-ruiz", "tom-vidal"):
        page = pages[f"people/{person}.md"]
        assert "the bridge over the river was unsafe" in page
        assert f"#claim-{first}" in page  # both lead to the one claim the briefing lists
    briefing = pages[f"briefings/{corpus.slugs['a.txt']}.md"]
    # one key point and one entry of the claims list, each under the whole phrase
    listed = [line for line in briefing.splitlines() if re.match(r"\d+\. ", line) and "the bridge" in line]
    assert len(listed) == 2 and all("Ana Ruiz and Tom Vidal" in line for line in listed)
