"""Who-is-who roles, ages and evidence: short texts written for these tests, and the sample seed."""

import pytest


def person(ann, name):
    return next(p for p in ann.people if p.name == name)


@pytest.mark.parametrize("text, name, role", [
    ("Defense Minister Carlos Ibarra inspected the troops.", "Carlos Ibarra", "Defense Minister"),
    ("The hospital was run by Hugh Hillman, a doctor, for years.", "Hugh Hillman", "a doctor"),
    ("As president of the national senate, Ibarra has great power.", "Ibarra", "president of the national senate"),
    ("Ana Ibarra, who is considered the most powerful woman in the province, spoke.", "Ana Ibarra",
     "the most powerful woman in the province"),
    ("They met Delgado's former spy chief, General Rafael Ortega, after the vote.", "Rafael Ortega",
     "former spy chief"),
])
def test_roles_are_found_with_their_sentence(annotate_text, text, name, role):
    ann = annotate_text(text)
    p = person(ann, name)
    assert role in p.roles
    ev = next(e for e in p.evidence if e.text == role)
    sentence = ann.document.text[ev.sentence_start:ev.sentence_end]
    assert role in sentence and sentence.strip() == sentence


def test_age_after_the_name(annotate_text):
    ann = annotate_text("Maria Soto, 56, is the chief negotiator of the union.")
    assert person(ann, "Maria Soto").age == 56


@pytest.mark.parametrize("text, name, junk", [
    # a list, not an apposition
    ("Lopez, the army and the police are not part of those talks.", "Lopez", "the army"),
    # the appositive describes the clause, not the person
    ("The council has the power to remove Ramon Lopez, a position that could matter later.",
     "Ramon Lopez", "a position"),
])
def test_no_role_from_lists_or_clauses(annotate_text, text, name, junk):
    ann = annotate_text("Ramon Lopez leads the party. " + text)
    p = person(ann, "Ramon Lopez")
    assert not any(r.startswith(junk) for r in p.roles)


def test_evidence_of_a_title_mention_stops_at_the_title(sample):
    text = sample.document.text
    cabello = person(sample, "Diosdado Cabello")
    first = min(cabello.evidence, key=lambda ev: ev.sentence_start)
    sentence = text[first.sentence_start:first.sentence_end]
    assert "Al Jazeera" not in sentence and "By" not in sentence


def test_sample_who_is_who(sample):
    names = [p.name for p in sample.people]
    for want in ("Diosdado Cabello", "Nicolas Maduro", "Juan Guaido", "Donald Trump", "Hugo Chavez",
                 "Manuel Cristopher Figuera", "Vladimir Padrino", "Nestor Reverol"):
        assert names.count(want) == 1, want
    assert not set(names) & {"Al Jazeera Staff", "Manaure Quintero", "Miraflores Press", "Al Jazeera", "Reuters"}
    cabello = person(sample, "Diosdado Cabello")
    assert cabello.age == 56
    assert "president of the country’s Constituent Assembly" in cabello.roles
    assert any("boss" in r for r in cabello.roles)
    assert not any("US in secret talks" in r for r in cabello.roles)
    figuera = person(sample, "Manuel Cristopher Figuera")
    assert {"General", "former spy chief"} <= set(figuera.roles)
    assert person(sample, "Vladimir Padrino").roles == ("Defense Minister",)
    assert person(sample, "Nestor Reverol").roles == ("Interior Minister",)
    assert not any("position" in r for r in person(sample, "Nicolas Maduro").roles)
    assert names[:2] == ["Nicolas Maduro", "Diosdado Cabello"] or names[:2] == ["Diosdado Cabello", "Nicolas Maduro"]
