"""What an unseen page (a papal visit) showed: a "Read more: <headline>" link line read as a claim and
made a key point; "The taoiseach said" given no source; a quoted subhead "'Modernised Ireland'" listed
as a place."""


def test_a_read_more_line_is_no_claim(annotate_text):
    ann = annotate_text("The mayor left Lyon on Sunday after a two-day visit.\n\n"
                        "Read more: When the mayor asked the city for its patience\n\n"
                        "Crowds lined the streets to see her.")
    assert [c.text for c in ann.claims] == []


def test_a_labelled_link_line_keeps_the_story_around_it(annotate_text):
    ann = annotate_text("Read more: Why the bridge closed\n\nThe mayor said the bridge would reopen in May.")
    assert [(c.text, c.speaker) for c in ann.claims] == [("the bridge would reopen in May", "The mayor")]


def test_the_taoiseach_is_a_named_source(annotate_text):
    ann = annotate_text("Taoiseach Ciaran Byrne met the delegation at the airport.\n\n"
                        "The taoiseach said that the country had changed its laws.")
    [claim] = [c for c in ann.claims if c.text == "the country had changed its laws"]
    assert claim.source_type == "named" and claim.speaker_id == "ciaran-byrne"


def test_a_lower_case_word_before_a_place_named_alone_is_no_part_of_it(annotate_text):
    ann = annotate_text("The minister said the country had modernised its schools.\n\n'Modernised Ireland'\n\n"
                        "Crowds gathered across Ireland to hear him.")
    assert [p.name for p in ann.places] == ["Ireland"]
