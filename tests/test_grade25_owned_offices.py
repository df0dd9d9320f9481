"""A role a named body or country owns ("Norvik's chief executive", "Peru's foreign minister") describes the
person the text named with that role before: named, graded A, on that person's page."""

LEAD = "The storm closed the coast road on Monday.\n\n"


def test_a_companys_officer_is_the_person_named_with_the_office_after_the_company(annotate_text):
    ann = annotate_text(LEAD + "Norvik Foods will stop selling sugary drinks in schools. Chief executive Tom Vidal "
                        "said the firm had listened to parents.\n\nNorvik's chief executive said he expected sales "
                        "to fall by a tenth.")
    c = next(c for c in ann.claims if c.text.startswith("he expected sales"))
    assert (c.speaker_id, c.source_type, c.grade) == ("tom-vidal", "named", "A")


def test_a_countrys_minister_is_the_person_named_with_that_countrys_office(annotate_text):
    ann = annotate_text(LEAD + "Peru's Foreign Minister Ana Ruiz met her Chilean counterpart in Lima on Monday.\n\n"
                        "Peru's foreign minister said the border talks had gone well.")
    c = next(c for c in ann.claims if c.text.startswith("the border talks"))
    assert (c.speaker_id, c.source_type, c.grade) == ("ana-ruiz", "named", "A")
