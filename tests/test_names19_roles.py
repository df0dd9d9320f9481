"""Roles that read right (session 14, issue #14): the body a title before a name is "of" ends at its
sentence's full stop and before a day ("Judge Tomas Vale of the Tenby Judges' Club. He …")."""


def roles(a, name):
    return next(p.roles for p in a.people if p.name == name)


def test_the_body_of_a_title_ends_at_the_sentences_full_stop(annotate_text):
    a = annotate_text("All but seven courts went on strike Monday in protest, said Judge Tomas Vale of the Tenby "
                      "Judges' Club. He described the edict as \"vicious\".")
    assert roles(a, "Tomas Vale") == ("Judge of the Tenby Judges' Club",)


def test_an_abbreviations_full_stop_stays_inside_the_body(annotate_text):
    a = annotate_text("The bill was backed by Chairman Ana Ruiz of the U.S. Senate Finance Committee on Monday.")
    assert roles(a, "Ana Ruiz") == ("Chairman of the U.S. Senate Finance Committee",)
