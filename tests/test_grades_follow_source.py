"""Grades follow the source: a description the text resolves to a name is named, an anonymous source
keeps its later words anonymous, and the stated reason for anonymity is the reason, not the access."""

LEAD = "The meeting took place on Monday.\n\n"


def test_headline_description_later_named_is_graded_as_named(annotate_text):
    ann = annotate_text("Oleg Brandt, a Ukraine-born associate of the mayor's lawyer, was arrested on Friday.\n\n"
                        "Brandt said he had done nothing wrong.",
                        title="A Ukraine-born associate of the mayor's lawyer says he was paid in cash")
    head = next(c for c in ann.claims if c.text == "he was paid in cash")
    assert head.speaker_id == "oleg-brandt" and head.source_type == "named" and head.grade == "A"


def test_anonymous_source_keeps_its_later_quotes_anonymous(annotate_text):
    # a named ambassador elsewhere in the text must not take the unnamed one's words
    ann = annotate_text(LEAD + "Ambassador Jane Roe testified on Tuesday. An ambassador who spoke on condition of "
                        "anonymity because he was not authorized to discuss the talks said the aid was frozen in "
                        'July.\n\n"We all knew it was a trade," the ambassador said. He added that the order came '
                        "from the top.")
    claims = [c for c in ann.claims if c.form != "credit"]
    assert [(c.source_type, c.grade, c.anonymous_id) for c in claims] == [("anonymous", "D", "anonymous-1")] * 3
    assert not any(c.speaker_id for c in claims)


def test_stated_reason_for_anonymity_is_the_reason_not_the_access(annotate_text):
    ann = annotate_text(LEAD + "A person familiar with the talks, who spoke on condition of anonymity to discuss "
                        "private meetings, said the envoy had met the general twice.")
    (src,) = ann.anonymous_sources
    assert src.access == "familiar with the talks"
    assert src.reason == "to discuss private meetings"


def test_reason_in_the_relative_clause_is_not_access(annotate_text):
    ann = annotate_text(LEAD + "An ambassador who spoke on condition of anonymity because he was not authorized to "
                        "discuss the talks said the aid was frozen in July.")
    (src,) = ann.anonymous_sources
    assert src.access is None
    assert src.reason == "he was not authorized to discuss the talks"


def test_a_description_never_named_is_an_unnamed_source(annotate_text):
    ann = annotate_text(LEAD + "The coach said the team would train on Sunday despite the storm.")
    (c,) = [c for c in ann.claims if c.form != "credit"]
    assert (c.source_type, c.grade, c.speaker) == ("anonymous", "D", "The coach")
    assert [a.description for a in ann.anonymous_sources] == ["The coach"]


def test_a_description_of_a_named_person_is_named(annotate_text):
    ann = annotate_text(LEAD + "Foreign Minister Ana Ruiz arrived in Rome on Friday. The minister said the talks "
                        "would resume in March.")
    (c,) = [c for c in ann.claims if c.form != "credit"]
    assert (c.source_type, c.grade, c.speaker_id) == ("named", "A", "ana-ruiz")
