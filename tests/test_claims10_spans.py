"""Content spans: a bracket the content opened is closed, a participle's quote is not a split quote's half."""

LEAD = "The meeting took place on Monday.\n\n"


def test_a_bracket_opened_in_the_content_is_kept_closed(annotate_text):
    ann = annotate_text(LEAD + "The agency said the rocket reached a height of 3,700km (2,300 miles).")
    assert [c.text for c in ann.claims if c.form != "credit"] == ["the rocket reached a height of 3,700km (2,300 miles)"]


def test_a_quote_before_a_participle_cue_is_no_half_of_its_words(annotate_text):
    # the absolute "the council recommending" says its own words; the quote before it is the form's wording
    ann = annotate_text(LEAD + 'The form, which runs to twelve pages, "must be filled in by hand", the council '
                        'recommending "a black pen" if possible.')
    assert not [c for c in ann.claims if "filled in by hand" in c.text], [(c.text, c.speaker) for c in ann.claims]


def test_a_split_quote_around_a_finite_cue_still_joins(annotate_text):
    ann = annotate_text(LEAD + '"We will not sell the harbour," the mayor said, "not this year and not ever."')
    assert [(c.text, c.speaker) for c in ann.claims if c.form != "credit"] == [
        ('We will not sell the harbour," the mayor said, "not this year and not ever.', "the mayor")]
