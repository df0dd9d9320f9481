"""Which person a he/she pronoun links to (references.py via pronounlinks.py): the subject that goes
on, not the nearest name; short texts written for these tests."""

import pytest


def refs(ann, name):
    """The texts linked to the person called `name`."""
    p = next(p for p in ann.people if p.name == name)
    return [ann.document.text[s:e] for s, e in p.references]


@pytest.mark.parametrize("text, name, other", [
    # the subject of the sentence before goes on, not the person it accused or met
    ("Sen. Tom Vidal accused Rep. Karl Ebert of lying. He said the report was false.", "Tom Vidal", "Karl Ebert"),
    ("Mayor Paul Ivers met Karl Ebert on Monday. He left early.", "Paul Ivers", "Karl Ebert"),
    # the same for an object pronoun: the subject the story is about
    ("Tom Vidal said the bill would fail. Ana Ruiz praised him on Monday.", "Tom Vidal", "Ana Ruiz"),
])
def test_a_pronoun_in_a_later_sentence_is_the_subject_going_on(annotate_text, text, name, other):
    ann = annotate_text(text)
    assert refs(ann, name) and not refs(ann, other)


def test_a_name_only_inside_quoted_words_is_not_who_the_pronoun_outside_is(annotate_text):
    ann = annotate_text('Karl Ebert spoke after the vote, saying, "Tom Vidal is wrong and Paul Ivers agrees." '
                        "He left early.")
    assert refs(ann, "Karl Ebert") == ["He"]
    assert refs(ann, "Paul Ivers") == [] and refs(ann, "Tom Vidal") == []


def test_the_owner_of_an_object_is_not_who_the_pronoun_is(annotate_text):
    ann = annotate_text("Rep. Karl Ebert released a memo on Monday. Sen. Tom Vidal attacked Ebert's claim, "
                        "and he completely debunked that idea.")
    assert refs(ann, "Tom Vidal") == ["he"]


def test_a_possessive_owning_the_same_thing_is_its_owner_before(annotate_text):
    ann = annotate_text("Mayor Paul Ivers met Karl Ebert on Monday. Ebert asked for Ivers's resignation. "
                        "His resignation came a week later.")
    assert refs(ann, "Paul Ivers") == ["His"]


def test_a_passive_sentence_with_no_person_subject_keeps_the_nearest(annotate_text):
    ann = annotate_text("The bill was opposed by Karl Ebert. He said it would cost too much.")
    assert refs(ann, "Karl Ebert") == ["He"]


def test_a_stated_gender_is_never_crossed(annotate_text):
    ann = annotate_text("Mr. Ebert met Carla Ruiz on Monday. Ms. Ibsen joined them. He said the talks went well.")
    assert refs(ann, "Ebert") == ["He"]


def test_a_he_in_quoted_words_is_not_the_quoter(annotate_text):
    ann = annotate_text('Sen. Karl Ebert praised President Tom Vidal on Monday. "I like the president," Ebert said. '
                        '"I do not like his politics."')
    assert refs(ann, "Tom Vidal")[-1:] == ["his"]
    assert "his" not in refs(ann, "Karl Ebert")


def test_an_object_pronoun_is_not_the_subject_of_the_clause_above(annotate_text):
    ann = annotate_text("Sen. Karl Ebert praised President Tom Vidal on Monday. He recalled riding with him "
                        "aboard the plane.")
    assert refs(ann, "Karl Ebert") == ["He"]
    assert refs(ann, "Tom Vidal") == ["him"]


def test_the_latest_subject_of_joined_clauses_goes_on(annotate_text):
    ann = annotate_text('Mr. Karl Ebert said the programs were legal, but Mr. Tom Vidal said they were not. '
                        '"I think it is a violation of our privacy," he said.')
    assert refs(ann, "Tom Vidal") == ["he"]


def test_the_subject_pronoun_of_a_clause_the_main_verb_governs_is_its_subject(annotate_text):
    ann = annotate_text("Sen. Karl Ebert praised President Tom Vidal, even if he also criticizes his job performance.")
    assert refs(ann, "Karl Ebert")[:1] == ["he"]


def test_an_object_pronoun_an_object_of_the_verb_above_acts_on_may_be_its_subject(annotate_text):
    ann = annotate_text("Sen. Ana Ruiz has called on the army to back her since Monday.")
    assert refs(ann, "Ana Ruiz") == ["her"]


def test_a_participle_clause_does_not_pass_its_reported_subject_up(annotate_text):
    # "saying he had done" may be either man: the clause above decides nothing, the nearest stays
    ann = annotate_text("Sen. Karl Ebert thanked Gen. Tom Vidal, saying he had done an outstanding job.")
    assert refs(ann, "Tom Vidal") == ["he"]
