"""A photographer's credit "Name / OUTLET" closing a caption's last sentence is a credit, not a person."""


def test_a_slash_credit_closing_a_caption_is_no_person(annotate_text):
    ann = annotate_text('The meeting ran late.\n\nSen. Ana Ruiz speaks to "Good Morning" co-host Lee Park on March 6, '
                        '2019. Mark Hollis / NBC News\n\nRuiz said the bill would pass.')
    assert "Mark Hollis" not in [p.name for p in ann.people]


def test_names_joined_by_a_slash_inside_a_sentence_stay_people(annotate_text):
    ann = annotate_text("Voters chose between Tom Vale / Ana Ruiz and their rivals on Tuesday.")
    assert {"Tom Vale", "Ana Ruiz"} <= {p.name for p in ann.people}
