"""Which person a description is: a party word only one country's party uses ("the GOP president")
ties the description to that country, never to a foreign leader named beside. Short texts written
for these tests."""


def test_a_party_word_ties_a_description_to_its_country(annotate_text):
    ann = annotate_text("President Ann Roe spoke by phone with Turkish President Kemal Arslan on Sunday, the "
                        "White House said. Arslan pressed for the troops to leave. The GOP president said the "
                        "call went well.")
    claim = next(c for c in ann.claims if c.text == "the call went well")
    assert claim.speaker_id == "ann-roe"



def test_a_party_word_still_fits_a_states_senator(annotate_text):
    ann = annotate_text("Sen. Ann Roe (R-Ohio) met Turkish President Kemal Arslan on Monday. Arslan asked for more "
                        "time. The GOP senator said the meeting went well.")
    claim = next(c for c in ann.claims if c.text == "the meeting went well")
    assert claim.speaker_id == "ann-roe"


def _links(nlp, body):
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.nlp.references import references_of
    from generator.seeds import parse_seed

    doc = parse_seed(f"Test briefing – By Test Author (Test Outlet) / 19 August 2019\n\n{body}\n", "test.txt", "test")
    sp = nlp(nlp_text(doc))
    annotate_doc(doc, sp, "test")
    return {k: [sp.text[a:b] for a, b in v] for k, v in references_of(sp).items()}


def test_he_after_someone_new_told_by_a_relative_clause_is_not_the_man_named_before(nlp):
    links = _links(nlp, "Police arrested Tom Vidal, 47, at the scene. Witnesses said they had been helping a man "
                        "who had fainted. He later died in hospital.")
    assert "He" not in links.get("tom-vidal", [])


def test_he_after_a_named_man_still_links(nlp):
    links = _links(nlp, "Police arrested Tom Vidal, 47, at the scene. Witnesses said they had seen him earlier. "
                        "He later appeared in court.")
    assert "He" in links.get("tom-vidal", [])


def test_a_subject_is_not_the_person_named_as_its_verbs_object(nlp):
    links = _links(nlp, "President Ann Roe spoke by phone with President Kemal Arslan of Turkey on Sunday. Arslan "
                        "has long asked for the troops to leave. In its readout, the White House said the GOP "
                        "president informed President Arslan of the plan.")
    assert "the GOP president" not in links.get("kemal-arslan", [])
    assert "the GOP president" in links.get("ann-roe", [])


def test_he_is_not_the_man_he_thanked(nlp):
    links = _links(nlp, "Tom Vidal met Karl Ebert in Berlin on Monday. Later that day, he thanked Ebert for the talks.")
    assert "he" not in links.get("karl-ebert", [])


def test_a_name_inside_the_object_does_not_bind_the_subject(nlp):
    links = _links(nlp, "Sen. Ann Roe promised in 2010 to clean up the state budget. It might be hard for the "
                        "senator to confront the ghost of Roe past.")
    assert "the senator" in links.get("ann-roe", [])
