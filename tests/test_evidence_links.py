"""Every evidence sentence leads back to its place in the full text: who's who rows and a person's
roles link to #ev-<person>-N, an id on the person's mark in that sentence (or at the sentence)."""

from __future__ import annotations

import html as html_lib
import re

import markdown
from conftest import ROOT

from generator import annotated
from generator.model import Annotations, Block, Document, Entity, Evidence
from generator.render import environment, evidence, fmt_date

# written for these tests: a role stated before the name, one after it, and a sentence naming nobody
TEXT = ("The harbour master, Lena Holm, closed the pier. Holm, 52, said the storm had passed. "
        "She called it the worst in years, a former mayor of Tow added.")
LENA_MENTIONS = ((20, 29), (48, 52))
SHE = (85, 88)


def _lena(**extra) -> Entity:
    first, second = (0, 47), (48, 84)
    facts = (Evidence("harbour master", 4, 18, *first), Evidence("52", 54, 56, *second, kind="age"))
    return Entity("lena-holm", "person", "Lena Holm", roles=("harbour master",), mentions=LENA_MENTIONS,
                  evidence=facts, age=52, **extra)


def _render(ann: Annotations) -> str:
    marks = annotated.marks_for(ann, lambda e: "../../people/x/", fmt_date)
    return "\n\n".join(annotated.render_blocks(ann, marks))


def _tags(html: str) -> list[tuple[str, list]]:
    """Every element of an HTML fragment as (tag, attributes)."""
    from html.parser import HTMLParser

    found: list[tuple[str, list]] = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: found.append((tag, attrs))
    parser.feed(html)
    return found


def _doc(text: str = TEXT, blocks=None) -> Document:
    return Document("t.txt", "t", text, "T", blocks=blocks or (Block("paragraph", 0, len(text)),))


def test_each_evidence_sentence_gets_one_id_numbered_in_text_order():
    lena = _lena()
    assert annotated.evidence_anchors(lena) == {(0, 47): "ev-lena-holm-1", (48, 84): "ev-lena-holm-2"}
    role, age = lena.evidence
    assert annotated.evidence_anchor(lena, role) == "ev-lena-holm-1"
    assert annotated.evidence_anchor(lena, age) == "ev-lena-holm-2"
    # two facts stated in one sentence share its id; a correction has no sentence and no id
    same = Entity("p", "person", "P", evidence=(Evidence("a", 0, 1, 0, 9), Evidence("b", 3, 4, 0, 9),
                                                Evidence("c", 0, 0, 0, 0, kind="corrected")))
    assert annotated.evidence_anchors(same) == {(0, 9): "ev-p-1"}
    assert annotated.evidence_anchor(same, same.evidence[2]) is None


def test_the_id_sits_on_the_persons_mark_in_that_sentence_once():
    html = _render(Annotations(_doc(), people=(_lena(),)))
    assert html.count('id="ev-lena-holm-1"') == 1 and html.count('id="ev-lena-holm-2"') == 1
    # the mark of "Lena Holm" (20) in sentence one, the mark of "Holm" (48) in sentence two
    assert '<span class="m" id="ev-lena-holm-1"><a class="mention person" href="../../people/x/" aria-describedby="c20"' in html
    assert '<span class="m" id="ev-lena-holm-2"><a class="mention person" href="../../people/x/" aria-describedby="c48"' in html


def test_of_two_mentions_in_the_sentence_the_one_nearest_the_role_carries_the_id():
    text = "Holm met Lena Holm, the harbour master, at noon."
    ev = Evidence("the harbour master", 20, 38, 0, len(text))
    lena = Entity("lena-holm", "person", "Lena Holm", mentions=((0, 4), (9, 18)), evidence=(ev,))
    html = _render(Annotations(_doc(text), people=(lena,)))
    assert '<span class="m" id="ev-lena-holm-1"><a class="mention person" href="../../people/x/" aria-describedby="c9"' in html


def test_a_sentence_naming_the_person_only_by_pronoun_anchors_on_the_pronoun():
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Referenced(Entity):  # the people extractor's Entity.references: descriptions and pronouns
        references: tuple = ()

    ev = Evidence("a former mayor of Tow", TEXT.index("a former"), len(TEXT) - 7, 85, len(TEXT))
    lena = Referenced("lena-holm", "person", "Lena Holm", mentions=LENA_MENTIONS, evidence=(ev,), references=(SHE,))
    html = _render(Annotations(_doc(), people=(lena,)))
    assert f'<span class="m" id="ev-lena-holm-1"><a class="mention person" href="../../people/x/" aria-describedby="c{SHE[0]}"' in html


def test_a_sentence_without_the_persons_mark_is_anchored_at_its_start():
    ev = Evidence("a former mayor of Tow", TEXT.index("a former"), len(TEXT) - 7, 85, len(TEXT))
    lena = Entity("lena-holm", "person", "Lena Holm", mentions=LENA_MENTIONS, evidence=(ev,))
    html = _render(Annotations(_doc(), people=(lena,)))
    assert html.count('id="ev-lena-holm-1"') == 1
    assert 'passed. <span id="ev-lena-holm-1"></span>She called' in html


def test_an_id_in_the_title_a_subhead_or_an_overlapped_mark_still_lands_in_the_text():
    """Every id a link leads to exists once: a strict build fails on a dangling anchor."""
    title = "Lena Holm named harbour master"
    text = f"{title}\nThe storm\nThe pier closed on Monday, Lena Holm said."
    head, body = len(title) + 1, len(title) + 11
    blocks = (Block("title", 0, len(title)), Block("subhead", head, body - 1), Block("paragraph", body, len(text)))
    said = text.index("Lena Holm said")
    lena = Entity("lena-holm", "person", "Lena Holm", mentions=((0, 9), (said, said + 9)),
                  evidence=(Evidence("harbour master", 16, 30, 0, len(title)),
                            Evidence("storm", head + 4, head + 9, head, body - 1),
                            Evidence("said", said + 10, said + 14, body, len(text))))
    # another entity's longer mark hides Lena's mark, so her third sentence's id can't sit on it
    club = Entity("o1", "organization", "Lena Holm said", mentions=((said, said + 14),))
    ann = Annotations(_doc(text, blocks), people=(lena,), organizations=(club,))
    out = annotated.render_blocks(ann, annotated.marks_for(ann, lambda e: None, fmt_date))
    html = "\n\n".join(out)
    for n in (1, 2, 3):
        assert html.count(f'id="ev-lena-holm-{n}"') == 1, n
    # the headline's and the subhead's in the text's first block; the hidden mark's at its paragraph's start
    assert 'id="ev-lena-holm-1"' in out[0] and 'id="ev-lena-holm-2"' in out[0] and out[0].startswith("### The storm")
    assert out[-1].startswith('<p><span id="ev-lena-holm-3"></span>The pier closed')


def test_ids_are_stable_and_unique_across_people_whose_ids_end_in_numbers():
    """'ann' and 'ann-2' (unique_slugs' suffix) never share an id: the last part is always the number."""
    def person(ident, n):
        return Entity(ident, "person", ident, evidence=tuple(Evidence("r", i * 10, i * 10 + 1, i * 10, i * 10 + 9)
                                                             for i in range(n)))
    ids = [i for p in (person("ann", 12), person("ann-2", 3), person("ann-21", 2)) for i in annotated.evidence_anchors(p).values()]
    assert len(ids) == len(set(ids)) == 17
    assert annotated.evidence_anchors(person("ann", 12)) == annotated.evidence_anchors(person("ann", 12))


def test_a_hostile_entity_id_or_sentence_never_reaches_an_id_a_link_or_markup():
    """Seed text stays literal in the who's-who link; a cached id that is no slug becomes one."""
    text = 'Ana [x](javascript:alert(1)){: onclick="alert(2)"} <b>{{ 7*7 }}</b>, the *mayor*, left.'
    ev = Evidence("the *mayor*", text.index("the *mayor*"), text.index(", left"), 0, len(text))
    ana = Entity('x" onmouseover="alert(3)', "person", "Ana <i>", roles=("the *mayor*",), mentions=((0, 3),),
                 evidence=(ev,))
    ident = annotated.evidence_anchor(ana, ev)
    assert re.fullmatch(r"ev-[a-z0-9]+(-[a-z0-9]+)*-1", ident)
    full = _render(Annotations(_doc(text), people=(ana,)))
    assert f'<span class="m" id="{ident}">' in full and 'onmouseover="' not in full and "<b>" not in full
    env = environment(ROOT / "templates")
    page = env.get_template("partials/who_is_who.md.j2").render(
        people=(ana,), organizations=(), places=(), link_of=lambda e: None,
        sentence=lambda s, e: text[s:e], evidence=evidence, page=lambda offset: "")
    html = markdown.markdown(page, extensions=["tables", "attr_list", "md_in_html"])
    links = re.findall(r"<a [^>]*>", html)
    assert links == [f'<a class="evidence" href="#{ident}" title="Show this sentence in the full text">']
    tags = _tags(html)
    assert not {t for t, _ in tags} & {"b", "i", "em", "script"}
    assert not [a for _, attrs in tags for a, _ in attrs if a.startswith("on")]
    link_text = html_lib.unescape(re.search(r'class="evidence"[^>]*>(.*?)</a>', html).group(1))
    assert "[x](javascript:alert(1)){:" in link_text and "<b>{{ 7*7 }}</b>, the *mayor*" in link_text  # literal


def test_who_is_who_evidence_links_to_its_sentence_and_a_correction_stays_plain():
    lena = _lena()
    fixed = Entity("bo", "person", "Bo", roles=("judge",), mentions=((0, 2),),
                   evidence=(Evidence("judge", 0, 0, 0, 0, kind="corrected"),))
    env = environment(ROOT / "templates")
    page = env.get_template("partials/who_is_who.md.j2").render(
        people=(lena, fixed), organizations=(), places=(), link_of=lambda e: None,
        sentence=lambda s, e: TEXT[s:e], evidence=evidence, page=lambda offset: "")
    html = markdown.markdown(page, extensions=["tables", "attr_list", "md_in_html"])
    assert html.count('class="evidence"') == 2
    assert '<a class="evidence" href="#ev-lena-holm-1" title="Show this sentence in the full text">“The harbour master, Lena Holm, closed the pier.”</a>' in html
    assert 'href="#ev-lena-holm-2"' in html and "(correction)" in html


def test_a_persons_roles_link_to_the_sentence_in_each_briefing(tmp_path):
    """Built from a seed written for this test: each evidence line of the person page leads to an id of
    its briefing page, and that id is on the person's mark in the quoted sentence."""
    from generator.build import build_site

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "pier.txt").write_text(
        "Harbour pier closes – By Test Reporter (Test Gazette) / Mar 04 2021\n\n"
        "The harbour master, Lena Holm, closed the pier on Monday. Port engineer Tomas Arnell said the "
        "pier was unsafe.\n\nHolm said the repairs would take a year.\n", encoding="utf-8")
    pages = build_site(seeds, ROOT / "templates", cache_dir=tmp_path / "cache", processes=1).pages
    person = next(v for k, v in pages.items() if k.startswith("people/") and "lena" in k)
    links = re.findall(r"\]\(\.\./briefings/([^)#]+)\.md#(ev-[a-z0-9-]+) ", person)
    assert links, person
    for slug, ident in links:
        briefing = pages[f"briefings/{slug}.md"]
        assert briefing.count(f'id="{ident}"') == 1
        where = briefing.index(f'id="{ident}"')
        assert "Lena Holm" in briefing[where:where + 200] or "Holm" in briefing[where:where + 200]
    who = next(v for k, v in pages.items() if k.startswith("briefings/") and not k.endswith("index.md"))
    row = next(line for line in who.splitlines() if line.startswith("| [Lena Holm]"))
    assert re.search(r'\]\(#ev-lena-holm-\d+ "Show this sentence in the full text"\)\{: \.evidence \}', row)
