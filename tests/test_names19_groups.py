"""Not people (session 14, issue #14): a venue named before its noun ("the Tenby Pulse nightclub attack"), a
camp's member words glued before a name ("leading Tory Remainer Dominic Vale"), a group cut at a bracket
("Roma (Gypsies)") and the second of a couple an institution is named after ("the College of William and
Mary")."""


def people(a):
    return [p.name for p in a.people]


def test_a_venue_named_before_nightclub_is_no_person(annotate_text):
    # (a town that is also a first name: "Jackson Pulse" reads like a person's name)
    a = annotate_text("After the Jackson nightclub shooting in June, he appeared to endorse limits, Tom Vale said.\n\n"
                      "Sam Roe had his moment in June 2016, following the Jackson Pulse nightclub attack that left "
                      "49 dead.")
    assert people(a) == ["Tom Vale", "Sam Roe"]


def test_member_words_glued_before_a_full_name_are_no_person(annotate_text):
    a = annotate_text('And leading Tory Remainer Dominic Vale warned "we are about to make a serious mistake". '
                      "Vale said more.")
    assert people(a) == ["Dominic Vale"]


def test_a_group_cut_at_a_bracket_is_no_person(annotate_text):
    a = annotate_text("Other victims included Roma (Gypsies), disabled people, homosexuals and dissidents, "
                      "Ana Ruiz said.")
    assert people(a) == ["Ana Ruiz"]


def test_the_second_first_name_of_a_college_named_after_a_couple_is_no_person(annotate_text):
    a = annotate_text('"I think so," said Robert Vale, now the chancellor of the College of William and Mary '
                      "in Virginia.")
    assert people(a) == ["Robert Vale"]


def test_a_person_named_after_an_institution_and_and_stays_a_person(annotate_text):
    a = annotate_text("The dean spoke at the Bank of England and Mark Carney said rates would rise. Carney left.")
    assert people(a) == ["Mark Carney"]
