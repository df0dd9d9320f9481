"""A name misspelt in one briefing joins the right spelling's page, visibly, even when that spelling is in one
briefing too, if the corpus writes the misspelt word in its own article only and the right word in two or more
("Konstatin" / "Konstantin"); two words each written in one article, or a slip written elsewhere too, stay
possible duplicates."""

from collections import Counter
from dataclasses import replace

from generator.corpus import Appearance, _merge_key, _merge_people
from generator.model import Entity


def app(name, roles=(), briefing="b"):
    return Appearance(briefing, "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles)))


def merged(*apps, written=None):
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    return _merge_people(groups, frozenset(), Counter(written or {}))


def names(out):
    return sorted(sorted({a.entity.name for a in v}) for v in out.values())


def test_a_slip_beside_one_briefing_of_a_name_in_use_joins_it_visibly():
    out, maybe = merged(app("Rosa Vidal", ("treasurer",), "b1"), app("Rosa Vidla", ("treasurer",), "x"),
                        written={"rosa": 4, "vidal": 3, "vidla": 1})
    assert names(out) == [["Rosa Vidal", "Rosa Vidla"]] and not maybe
    (apps,) = out.values()
    assert {a.briefing: a.spelled for a in apps} == {"b1": "", "x": "Rosa Vidla"}


def test_either_order_the_made_up_word_joins_the_word_in_use():
    out, _ = merged(app("Rosa Vidla", (), "x"), app("Rosa Vidal", (), "b1"),
                    written={"rosa": 4, "vidal": 2, "vidla": 1})
    (apps,) = out.values()
    assert {a.briefing: a.spelled for a in apps} == {"b1": "", "x": "Rosa Vidla"}


def test_two_words_each_written_once_or_a_slip_written_elsewhere_stay_possible_duplicates():
    for written in ({"vidal": 1, "vidla": 1}, {"vidal": 5, "vidla": 2}, {}):  # (roles that fit, no post shared)
        out, maybe = merged(app("Rosa Vidal", ("treasurer",), "b1"), app("Rosa Vidla", (), "x"),
                            written=written)
        assert names(out) == [["Rosa Vidal"], ["Rosa Vidla"]] and maybe


def test_two_real_names_one_letter_apart_in_one_briefing_each_stay_apart():
    out, maybe = merged(app("Tomas Kelly", ("astronaut",), "b1"), app("Tomas Kelley", ("reporter",), "x"),
                        written={"kelly": 30, "kelley": 1})
    assert names(out) == [["Tomas Kelley"], ["Tomas Kelly"]] and maybe


def test_the_corpus_counts_the_articles_that_write_each_word(annotate_text):
    from generator.corpus import aggregate

    texts = ["Treasurer Rosa Vidal closed the fund on Monday.", "The Vidal family sold the farm.",
             "Treasurer Rosa Vidla said the fund was safe."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"Fund news {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    people = aggregate(anns).entities["people"]
    assert [(p.name, sorted(a.spelled for a in p.appearances)) for p in people if "Rosa" in p.name] == [
        ("Rosa Vidal", ["", "Rosa Vidla"])]


def test_a_given_name_misspelt_as_another_surname_joins_a_surname_so_misspelt_does_not():
    # "Thornton" / "Thorton" are both surnames the census lists, neither a given name: before a surname they
    # are one given name misspelt; as surnames they may be two families
    out, _ = merged(app("Thornton Vidal", ("mayor",), "b1"), app("Thornton Vidal", (), "b2"),
                    app("Thorton Vidal", (), "x"))
    assert names(out) == [["Thornton Vidal", "Thorton Vidal"]]
    out, maybe = merged(app("Rosa Thornton", ("mayor",), "b1"), app("Rosa Thornton", (), "b2"),
                        app("Rosa Thorton", (), "x"))
    assert names(out) == [["Rosa Thornton"], ["Rosa Thorton"]] and maybe


def spoken(name, roles, briefing, n):
    a = app(name, roles, briefing)
    return replace(a, entity=replace(a.entity, mentions=tuple((i * 10, i * 10 + 5) for i in range(n))))


def test_one_briefing_each_neither_word_in_use_one_post_said_of_both_is_one_person():
    out, maybe = merged(spoken("Rosa Vidla", ("a Treasury spokeswoman",), "x", 1),
                        spoken("Rosa Vidal", ("spokeswoman",), "b1", 3), written={"vidal": 1, "vidla": 1, "rosa": 2})
    assert names(out) == [["Rosa Vidal", "Rosa Vidla"]] and not maybe
    (apps,) = out.values()  # named as more mentions write it; the other briefing says how it writes it
    assert {a.briefing: a.spelled for a in apps} == {"b1": "", "x": "Rosa Vidla"}


def test_one_briefing_each_without_a_shared_post_or_with_two_census_surnames_or_names_in_use_stays_apart():
    once = {"vidal": 1, "vidla": 1, "kelly": 1, "kelley": 1}
    for a, b, written in (
            (spoken("Rosa Vidla", ("treasurer",), "x", 1), spoken("Rosa Vidal", (), "b1", 3), once),
            (spoken("Rosa Vidla", ("his son",), "x", 1), spoken("Rosa Vidal", ("son",), "b1", 3), once),  # kin
            (spoken("Tomas Kelly", ("spokesman",), "x", 1), spoken("Tomas Kelley", ("spokesman",), "b1", 3), once),
            (spoken("Rosa Vidla", ("spokeswoman",), "x", 1), spoken("Rosa Vidal", ("spokeswoman",), "b1", 3),
             {"vidal": 4, "vidla": 3})):  # two names in use
        out, maybe = merged(a, b, written=written)
        assert len(out) == 2 and maybe
