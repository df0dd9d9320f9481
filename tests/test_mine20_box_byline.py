"""A box's byline naming the reporter's post and where they report from ("By Test News Middle East
correspondent Ana Ruiz, Tel Aviv") is a credit: the reporter is no person of the story (the twentieth
audit found such a byline as a person page)."""


def test_a_box_byline_with_its_place_is_a_credit(annotate_text):
    ann = annotate_text("Mayor Tom Reed opened the bridge on Friday.\n\n"
                        "By Test News Middle East correspondent Ana Ruiz, Tel Aviv\n\n"
                        "The talks have stalled for a year, and Reed said the bridge would help.")
    assert [p.name for p in ann.people] == ["Tom Reed"]


def test_a_sentence_naming_a_correspondent_stays_text(annotate_text):
    ann = annotate_text("Mayor Tom Reed opened the bridge on Friday, watched by correspondent Ana Ruiz.")
    assert "Ana Ruiz" in [p.name for p in ann.people]


def test_a_video_promo_line_is_a_credit(annotate_text):
    ann = annotate_text("Mayor Tom Reed said the bridge would open in May.\n\n"
                        "Could the new bridge end the ferry queues for good? Ana B. Ruiz explains. Photo: Test Images\n\n"
                        "The bridge cost $40 million.")
    assert [p.name for p in ann.people] == ["Tom Reed"]


def test_a_name_explaining_in_prose_stays_a_person(annotate_text):
    ann = annotate_text("Mayor Tom Reed said the bridge would open in May, and engineer Ana Ruiz explains why it "
                        "took so long.")
    assert "Ana Ruiz" in [p.name for p in ann.people]
