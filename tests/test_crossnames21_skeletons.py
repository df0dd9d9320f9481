"""Transliterations of one name across briefings that differ in more than single letters (`generator.nameskeletons`):
"Jihad Vorlani" / "Gehad el-Vorlani", "Abdulrahman Kessim" / "Abd ar-Rahman Kessim" are one person when their
roles share a word or their briefings name the same rarer names; two English names a letter apart, a one-letter
slip and a feminine surname are never joined by the skeleton."""

from generator.nameskeletons import english_alike, skeleton
from tests.corpusmerge import app, merged


def test_a_transliteration_with_j_for_g_and_the_particle_left_out_joins_when_the_roles_share_a_word():
    pages, _ = merged(app("Jihad Vorlani", ["senior adviser to the Justice Party"], briefing="a"),
                      app("Gehad el-Vorlani", ["a senior adviser to the movement"], briefing="b"))
    assert ["Gehad el-Vorlani", "Jihad Vorlani"] in pages


def test_the_same_spellings_with_nothing_in_common_stay_apart():
    pages, _ = merged(app("Jihad Vorlani", ["goalkeeper"], briefing="a"),
                      app("Gehad el-Vorlani", ["a senior adviser to the movement"], briefing="b"))
    assert ["Jihad Vorlani"] in pages and ["Gehad el-Vorlani"] in pages


def test_an_article_assimilated_to_a_sun_letter_is_one_spelling():
    pages, _ = merged(app("Abdulrahman Kessim", ["party spokesman"], briefing="a"),
                      app("Abd ar-Rahman Kessim", ["spokesman"], briefing="b"),
                      app("Abdurrahman Kessim", ["the spokesman"], briefing="c"))
    assert ["Abd ar-Rahman Kessim", "Abdulrahman Kessim", "Abdurrahman Kessim"] in pages


def test_w_and_u_and_k_and_q_are_one_spelling_of_a_surname():
    pages, _ = merged(app("Tarik al-Awbaki", ["a radical cleric"], briefing="a"),
                      app("Tarik al-Aubaqi", ["cleric"], briefing="b"))
    assert ["Tarik al-Aubaqi", "Tarik al-Awbaki"] in pages


def test_briefings_naming_the_same_rare_names_join_two_spellings_without_roles():
    filler = [app(f"Person{n} Filler{n}", briefing=f"f{n}", context=["united states", f"place{n}"]) for n in range(300)]
    here = app("Jihad Vorlani", briefing="a", context=["tarsk", "lund accord", "nordic council", "jihad vorlani"])
    there = app("Gehad el-Vorlani", briefing="b", context=["tarsk", "lund accord", "nordic council", "gehad el vorlani"])
    pages, _ = merged(*filler, here, there)
    assert ["Gehad el-Vorlani", "Jihad Vorlani"] in pages


def test_a_bare_surname_follows_its_full_name_to_the_other_spelling():
    pages, _ = merged(app("Gehad el-Vorlani", ["senior adviser"], briefing="a"),
                      app("Gehad el-Vorlani", ["senior adviser"], briefing="b"),
                      app("Jihad Vorlani", ["adviser"], briefing="c"),
                      app("Vorlani", ["adviser"], briefing="c", eid="y"))
    assert ["Gehad el-Vorlani", "Jihad Vorlani", "Vorlani"] in pages


def test_two_english_names_a_letter_apart_stay_apart_though_their_roles_agree():
    pages, _ = merged(app("Mark Kelly", ["Senator"], briefing="a"), app("Mark Kelley", ["Senator"], briefing="b"))
    assert ["Mark Kelly"] in pages and ["Mark Kelley"] in pages
    assert english_alike("mark kelly", "mark kelley")


def test_a_one_letter_slip_is_left_to_the_visible_misspelling_join():
    assert english_alike("dana kupac", "dana kupec")
    assert not english_alike("jihad vorlani", "gehad el vorlani")


def test_a_feminine_surname_has_its_own_skeleton():
    assert skeleton("zora tsarvaeva") != skeleton("zora tsarvaev")
    assert skeleton("jihad vorlani") == skeleton("gehad el vorlani")
