"""A familiar given name before a surname joins the full given name with a middle name the short form leaves
out ("Fran Velloway" / "Frances Ann Velloway") when their roles share a post, as it does without the middle
name (`nameforms.shortened_alike`); roles that share nothing keep them apart."""

from generator.identity import name_form
from generator.nameforms import shortened_alike
from tests.corpusmerge import app, merged


def test_a_familiar_given_name_joins_the_full_one_with_a_middle_name():
    pages, _ = merged(app("Fran Velloway", ["the president's homeland security adviser"], briefing="a"),
                      app("Frances Ann Velloway", ["a national security analyst"], briefing="b"))
    assert pages == [["Fran Velloway", "Frances Ann Velloway"]]


def test_roles_that_share_no_post_keep_them_apart():
    pages, _ = merged(app("Fran Velloway", ["actress"], briefing="a"),
                      app("Frances Ann Velloway", ["a national security analyst"], briefing="b"))
    assert pages == [["Fran Velloway"], ["Frances Ann Velloway"]]


def test_a_middle_name_the_short_form_states_otherwise_is_no_match():
    assert shortened_alike(name_form("Fran Ann Velloway"), name_form("Frances Ann Velloway"))
    assert not shortened_alike(name_form("Fran Bea Velloway"), name_form("Frances Ann Velloway"))
    assert not shortened_alike(name_form("Fran Velloway"), name_form("Frances Ann Vellow"))
