"""Across briefings: the Arabic qaf written "q", "g" or "k" and dhal written "dh" or "d" are one name's
spellings; a spelling that fits only one joined since still joins; a bare surname goes where its full name
went. Names made up for these tests."""

from test_splits12_identity import _pages
from test_splits13_identity import _app


def test_q_and_g_and_dh_spellings_of_one_name_said_of_one_post_are_one_page():
    pages, _ = _pages(_app("Hamdar Qaddisi", ("Col.", "country's leader"), "a"),
                      _app("Hamdar Gaddisi", ("Colonel", "Libyan leader"), "b"),
                      _app("Hamdar Qadhisi", ("leader",), "c"))
    assert pages == [["Hamdar Gaddisi", "Hamdar Qaddisi", "Hamdar Qadhisi"]]


def test_a_bare_surname_goes_where_its_full_name_went():
    pages, _ = _pages(_app("Hamdar Qaddisi", ("Col.", "country's leader"), "a"), _app("Qaddisi", ("Col.",), "a"),
                      _app("Hamdar Gaddisi", ("Colonel", "Libyan leader"), "b"),
                      _app("Hamdar Gaddisi", ("former leader",), "c"))
    assert pages == [["Hamdar Gaddisi", "Hamdar Qaddisi", "Qaddisi"]]


def test_both_parts_respelt_join_only_when_the_posts_share_a_word():
    pages, _ = _pages(_app("Hamdar Gaddisi", ("Libyan leader",), "a"), _app("Hamdor Qadhisi", ("goalkeeper",), "b"))
    assert len(pages) == 2
