"""A site's links to its other stories ("Related posts:" and the headlines after it, "RELATED: <headline>")
are no part of the story: their names are no people of it (issue 14, tenth session). Texts written for
these tests."""

import pytest

BLOCK = """Ana Ruiz said the deal was done.

Related posts:

Facing Legal Trouble Abroad? Where Should Fugitives Head?

For Tom Vidal, Tenby Is Haven For The Hunted

Also on Tuesday, Ruiz spoke with Lee Park about the plan."""

ONE_LINE = """Ana Ruiz said the deal was done.
RELATED: Tom Vidal Arrives in Tenby Amid Fears of War
Lee Park said the talks would go on."""


def names(entities) -> set[str]:
    return {e.name for e in entities}


@pytest.mark.parametrize("text", [BLOCK, ONE_LINE])
def test_a_name_only_in_related_links_is_no_person(annotate_text, text):
    people = names(annotate_text(text).people)
    assert "Tom Vidal" not in people
    assert {"Ana Ruiz", "Lee Park"} <= people  # the story's people, before and after the links, stay


def test_the_links_end_at_the_first_line_of_prose():
    from generator.nlp.creditspans import related_links

    (start, end), = related_links(BLOCK)
    assert BLOCK[start:end].endswith("Tenby Is Haven For The Hunted")


def test_a_label_inside_a_sentence_is_no_link():
    from generator.nlp.creditspans import related_links

    assert related_links("Ana Ruiz said the related posts: were all deleted.\nSee also the report.") == []
