"""A web page's archive picker saved with the story ("Select Date… December, 2015 November, 2015 …") is the
page's: an unseen page showed it as "What happened" and put twelve months of 2015 on the timeline of a 2012
story. A line mostly of months with their years gives no lead, no dates and no names."""

PICKER = ("On Media Blog Archives Select Date… December, 2015 November, 2015 October, 2015 September, 2015 "
          "August, 2015 July, 2015 June, 2015 May, 2015")


def test_an_archive_picker_gives_no_lead_and_no_dates(annotate_text):
    from generator.brief import lead

    ann = annotate_text(PICKER + "\n\nThe mayor of Tenby defended the harbour plan on Monday.")
    assert not [d for d in ann.dates if "2015" in (d.value or "")]
    assert lead(ann).startswith("The mayor of Tenby defended the harbour plan")
    assert not [o.name for o in ann.organizations if "Archives" in o.name]


def test_a_paragraph_that_names_a_few_months_stays_text(annotate_text):
    body = "Prices rose in May, 2015 and again in June, 2015, the bank said, before falling in July, 2015."
    ann = annotate_text(body)
    assert [d.value for d in ann.dates if d.value and d.value.startswith("2015")]
