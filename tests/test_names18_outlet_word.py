"""A name ending in a newspaper's word in another language ("Gazeta", as "Gazette") is an outlet, not a person."""


def test_a_gazeta_is_no_person(annotate_text):
    ann = annotate_text("Ana Ruiz, a reporter for Novaya Gazeta, said the paper would fight on.")
    assert [p.name for p in ann.people] == ["Ana Ruiz"]
