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


@pytest.fixture(scope="module")
def seed_text(nlp):
    """Annotate a seed written out in full (title line, standfirst, paragraphs)."""
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    def run(text: str):
        doc = parse_seed(text, "test.txt", "test")
        return annotate_doc(doc, nlp(nlp_text(doc)), "test")

    return run


def test_standfirst_subject_describes_the_headline_person(seed_text):
    ann = seed_text("Envoy meets senate chief Ana Ruiz – By Test Author (Test Outlet) / Aug 19 2019\n"
                    "Senate leader and political ally of the governor met a foreign envoy last month.\n"
                    "Ana Ruiz said the meeting was useful. Ruiz did not say more.\n")
    ruiz = person(ann, "Ana Ruiz")
    assert {"Senate leader", "political ally of the governor"} <= set(ruiz.roles)
    ev = next(e for e in ruiz.evidence if e.text == "Senate leader")
    assert ann.document.text[ev.sentence_start:ev.sentence_end].startswith("Senate leader and political ally")


def test_no_standfirst_role_when_the_headline_names_two_people(seed_text):
    ann = seed_text("Ana Ruiz meets Tomas Gil – By Test Author (Test Outlet) / Aug 19 2019\n"
                    "Senate leader met a foreign envoy last month.\n"
                    "Ana Ruiz and Tomas Gil said the meeting was useful.\n")
    assert not any("Senate leader" in r for p in ann.people for r in p.roles)


def test_organisations_acronyms_and_near_duplicates(annotate_text):
    ann = annotate_text("The Associated Press news agency reported the talks. The AP said more talks are planned. "
                        "The Constituent Assembly met. Critics of the Constitutional Assembly objected. "
                        "Defense Minister Carlos Ibarra attended.")
    orgs = {o.name: o for o in ann.organizations}
    assert "Associated Press" in orgs and "AP" in orgs["Associated Press"].aliases
    assert "Defense" not in orgs
    assert orgs["Constituent Assembly"].possible_duplicates == ("Constitutional Assembly",)


def test_a_link_or_handle_is_not_a_role(annotate_text):
    ann = annotate_text("Ramon Lopez (@ramonlopez) pic.twitter.com/abc123 wrote on Sunday. Lopez said more later.")
    assert not any("/" in r or "@" in r for p in ann.people for r in p.roles)


@pytest.mark.parametrize("text, name, role", [
    ("The portraits show fashion designer Halvard Oss in his studio.", "Halvard Oss", "fashion designer"),
    ("It quoted immigration barrister Colin Yeats at length.", "Colin Yeats", "immigration barrister"),
    ("Ana Ruiz, who dozens of countries recognise as the rightful leader, spoke.", "Ana Ruiz",
     "the rightful leader"),
])
def test_role_nouns_before_the_name_and_recognised_as(annotate_text, text, name, role):
    assert role in person(annotate_text(text), name).roles


def test_a_plural_standfirst_subject_is_not_the_headline_persons_role(seed_text):
    ann = seed_text("Voters turn on Ana Ruiz – By Test Author (Test Outlet) / Aug 19 2019\n"
                    "Voters are frustrated with the governor after a year of delays.\n"
                    "Ana Ruiz said the delays were over. Ruiz did not say more.\n")
    assert "Voters" not in person(ann, "Ana Ruiz").roles


def test_a_title_case_headline_verb_is_not_part_of_a_name(seed_text):
    ann = seed_text("Deputy Attorney General Rod Rosenthal Expects to Be Fired, Clouding Inquiry – By Test Author "
                    "(Test Outlet) / Aug 19 2019\n\n"
                    "Rod Rosenthal told officials he expects to be fired. Rosenthal declined to comment.\n")
    assert [p.name for p in ann.people] == ["Rod Rosenthal"]
