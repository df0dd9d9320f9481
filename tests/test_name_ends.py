"""Where a person's name ends: not at a participle hyphenated to it, and not after an apostrophe a wrong
encoding turned into "?". Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, name", [
    # "a Ron Paul-supporting mole": an adjective made with the name; the name is the person's
    ("The report names a disaffected, Ana Vidal-supporting analyst within the ministry.", "Ana Vidal"),
])
def test_the_name_ends_before_what_is_glued_after_it(annotate_text, text, name):
    ann = annotate_text(text + "\n\nAna Ruiz spoke on Monday. Tomas Brandt and Ana Vidal said nothing.")
    names = {p.name for p in ann.people}
    assert name in names
    assert not any(n != name and n.startswith(name) for n in names)


def test_a_possessive_whose_apostrophe_was_lost_is_the_name(nlp):
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    doc = parse_seed("Tomas Brandt?s tricky path to justice\n\nThe case of Tomas Brandt goes on. Brandt said so.\n",
                     "test.txt", "test")
    ann = annotate_doc(doc, nlp(nlp_text(doc)), "test")
    assert [p.name for p in ann.people] == ["Tomas Brandt"]


def test_only_an_s_after_a_question_mark_is_a_lost_apostrophe():
    from generator.nlp.names import POSSESSIVE_RE

    assert POSSESSIVE_RE.sub("", "Ana Ruiz?s") == "Ana Ruiz"
    assert POSSESSIVE_RE.sub("", "Who?") == "Who?"  # a question mark alone is no possessive


def test_a_lower_case_end_of_a_hyphenated_name_is_kept(annotate_text):
    ann = annotate_text("The activist Wong Yeung-tat spoke on Friday, and Wong Yeung-tat left.")
    assert "Wong Yeung-tat" in {p.name for p in ann.people}
