"""Names that are no one's, or words that are no part of one (issue 14, tenth session): a party's letter
and a state after a lawmaker's name, a cause's group named by its head word ("… Campaign", "…
Coalition"), a creed's adjective before a name the model took whole for a person. Short texts written
for these tests."""

import pytest


def names(entities) -> set[str]:
    return {e.name for e in entities}


@pytest.mark.parametrize("text, name", [
    # a party tag with a space after its dash: the state is no one's surname
    ("Sen. Tom Vidal, R- Kansas, said he suspected the mayor was involved.", "R- Kansas"),
    ("Rep. Ana Ruiz, D- Ohio, agreed with the governor on Tuesday.", "D- Ohio"),
    # a party tag's state the model takes alone
    ('But Rep. Tom Vidal, R-Calif., chairman of the committee, called the remarks "revisionist history."', "Calif."),
    # (a two-letter one too)
    ("Sen. Tom Vidal, R-Ga., vice chairman of the panel, said the deal was weak.", "Ga."),
    # what a group for a cause calls itself ends its name
    ('"Guns kill," said Tom Vidal of the Carter Campaign to Prevent Gun Violence.', "Carter Campaign"),
    ("Ana Ruiz of the Marlow Coalition said the river was dirty.", "Marlow Coalition"),
    ("Ana Ruiz, who runs the Tenby Initiative, said the river was dirty.", "Tenby Initiative"),
])
def test_a_name_no_one_has(annotate_text, text, name):
    assert name not in names(annotate_text(text).people)


@pytest.mark.parametrize("text, person", [
    ("Sen. Tom Vidal, R- Kansas, said he suspected the mayor was involved.", "Tom Vidal"),
    ('"Guns kill," said Tom Vidal of the Carter Campaign to Prevent Gun Violence.', "Tom Vidal"),
    ("Ana Ruiz of the Marlow Coalition said the river was dirty.", "Ana Ruiz"),
])
def test_the_person_beside_it_stays(annotate_text, text, person):
    assert person in names(annotate_text(text).people)


@pytest.mark.parametrize("text, person", [
    # "Islamist" is a creed's adjective in -ist, no first name: the run of proper nouns is the man alone
    ("The Islamist Mursal said he had cut all ties with Damascus.", "Mursal"),
    ("The Marxist Ruiz said she had won.", "Ruiz"),
])
def test_a_creed_before_a_name_is_no_part_of_it(nlp, text, person):
    from generator.nlp.mentions import raw_mentions

    people = {m.text for m in raw_mentions(nlp(text), set()) if m.label == "person"}
    assert people == {person}


@pytest.mark.parametrize("name, tag", [("Calif.", True), ("Fla.", True), ("Mass.", True), ("Ga.", True), ("Ala", False), ("Ga", False),
                                       ("Ana Ruiz", False)])
def test_a_states_ap_abbreviation_alone_is_no_name(name, tag):
    from generator.nlp.notnames import state_abbreviation

    assert state_abbreviation(name) is tag
