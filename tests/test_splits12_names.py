"""One person, one name in a briefing: an initial written without its dot does not end a name; a son named
in full with his suffix does not take the bare surname of a father the text names in full; a father named
inside his son's Arabic name is another person."""

import pytest


def people(a):
    return {p.name: sorted(a.document.text[s:e] for s, e in p.mentions) for p in a.people}


@pytest.mark.parametrize("text, name", [
    ("A spokesman for House Speaker Robert A Hasting, Ohio Republican, said the plan would fail.", "Robert A Hasting"),
    ("A spokeswoman for House Speaker Sarah A Denton, Ohio Republican, said the plan would fail.", "Sarah A Denton"),
    ("A spokesman for House Speaker David A Marlow, Ohio Republican, said the plan would fail.", "David A Marlow"),
])
def test_an_initial_without_its_dot_is_not_the_end_of_a_name(annotate_text, text, name):
    assert name in people(annotate_text(text))


def test_a_regnal_numeral_is_no_initial(annotate_text):
    names = people(annotate_text("The museum shows a portrait of King Henry V Tuesday through Friday, curators said."))
    assert not any(n.endswith("Tuesday") for n in names)


def test_a_bare_surname_beside_a_father_and_his_namesake_son_is_the_father(annotate_text):
    a = annotate_text(
        "Lawyers for Mayor Tomas Quorrin are seeking to stop the release of a report on the city budget.\n\n"
        "It also portrays Mr Quorrin as being surprised at winning the election.\n\n"
        "The meeting, which involved Mr Quorrin's eldest child Tomas Quorrin Jr, is being investigated by the "
        "council as part of its inquiry into the contracts.\n\n"
        "Mr Quorrin strongly denies any wrongdoing took place.")
    got = people(a)
    assert got["Tomas Quorrin Jr"] == ["Tomas Quorrin Jr"]
    assert got["Tomas Quorrin"].count("Quorrin") == 3


def test_a_father_named_inside_his_sons_name_is_another_person(annotate_text):
    a = annotate_text(
        "The strike killed Abd al-Rahman Tariq al-Quorrin, 16, in Yemen in October. His father, Tariq al-Quorrin, "
        "a cleric, had been killed two weeks earlier. Officials said Tariq al-Quorrin planned attacks abroad.")
    names = [p.name for p in a.people]
    assert "Abd al-Rahman Tariq al-Quorrin" in names and "Tariq al-Quorrin" in names
