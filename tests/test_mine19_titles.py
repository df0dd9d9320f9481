"""Titles before a name read whole: a department's "and" ("Health and Human Services Secretary") and a
word that is never a person's name ("Brexit Secretary") are part of the title, not cut from it."""

import pytest


def roles_of(annotate_text, body):
    return {p.name: p.roles for p in annotate_text("The meeting took place on Monday.\n\n" + body).people}


@pytest.mark.parametrize("body, name, role", [
    ("Health and Human Services Secretary Tom Reed said the plan works.", "Tom Reed",
     "Health and Human Services Secretary"),
    ("Work and Pensions Secretary Ann Cole said the plan works.", "Ann Cole", "Work and Pensions Secretary"),
    ("Brexit Secretary Tom Reed said it showed progress.", "Tom Reed", "Brexit Secretary"),
])
def test_a_title_before_a_name_reads_whole(annotate_text, body, name, role):
    assert roles_of(annotate_text, body)[name] == (role,)


def test_a_person_before_and_is_no_part_of_the_next_title(annotate_text):
    roles = roles_of(annotate_text, "Senator Ann Cole and Defense Secretary Tom Reed met on Monday.")
    assert roles["Tom Reed"] == ("Defense Secretary",)


@pytest.mark.parametrize("body, name, role", [
    ("The plan split Democrats and President Tom Reed last year.", "Tom Reed", "President"),
    ("The Pentagon and Director of National Intelligence Tom Reed said the threat was real.", "Tom Reed",
     "Director of National Intelligence"),
])
def test_a_title_after_and_opens_a_title_of_its_own(annotate_text, body, name, role):
    assert roles_of(annotate_text, body)[name] == (role,)
