"""A page named by an article's own slip of the pen ("Masrour Barzanib" once, "Barzani" once in one article)
takes the spelling its article also writes when the corpus writes the slip in that one article only and the
other word in several (`misspelt.righted`); two names in use, or a slip the corpus writes elsewhere, stay."""

from generator.misspelt import righted

WRITTEN = {"vorlenq": 1, "vorlen": 4, "hasan": 1, "hassan": 6, "kestrov": 1, "kestrova": 1}


def test_the_articles_own_other_spelling_in_use_elsewhere_names_the_page():
    assert righted("Tomas Vorlenq", ["Tomas Vorlenq", "Vorlen"], WRITTEN) == "Tomas Vorlen"


def test_a_spelling_no_other_article_writes_rights_nothing():
    assert righted("Ana Kestrova", ["Ana Kestrova", "Kestrov"], WRITTEN) == "Ana Kestrova"


def test_a_surname_the_census_lists_is_no_slip():
    assert righted("Ana Hasan", ["Ana Hasan", "Hassan"], WRITTEN) == "Ana Hasan"


def test_a_name_its_article_writes_one_way_only_stays():
    assert righted("Tomas Vorlenq", ["Tomas Vorlenq", "Vorlenq"], WRITTEN) == "Tomas Vorlenq"
