"""A full name whose surname is one letter from the spelling the same article writes more often is a slip:
the page takes the spelling written more often (the nineteenth audit's "Mossimo Giuannulli" beside two
"Mr Giannulli"); a tie keeps the full name as written."""


def names_of(annotate_text, body):
    return [p.name for p in annotate_text("The meeting took place on Monday.\n\n" + body).people]


def test_the_spelling_written_more_often_names_the_person(annotate_text):
    body = ("The singer and her husband, designer Tomas Verhovenn, pleaded guilty. Mr Verhoven will serve five "
            "months. The singer and Mr Verhoven paid the fines.")
    assert "Tomas Verhoven" in names_of(annotate_text, body)


def test_a_tie_keeps_the_full_name_as_written(annotate_text):
    body = "The adviser Tomas Verhovenn spoke first. Later Verhoven said the talks were over."
    names = names_of(annotate_text, body)
    assert "Tomas Verhovenn" in names and "Tomas Verhoven" not in names
