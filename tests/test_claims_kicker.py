"""A topic kicker before a headline ("Brexit: X in final push …") is the story's topic, not a source,
even where the tagger reads the kicker as a person's name: the document's entities decide
(`entity_at`, as the pipeline gives it after its own decisions)."""

from generator.nlp.claims.headlines import in_headlines

TEXT = "Hannah Rudd: Lee in final push to win support for the harbour deal\n\nThe vote is on Monday."
QUOTED = 'Hannah Rudd: Lee "will win the harbour vote"\n\nThe vote is on Monday.'


def entities(kicker_kind):
    """entity_at with the line's opening words of kicker_kind and "Lee" a person."""
    def entity_at(start, end):
        if start == 0:
            return ("e1", kicker_kind, "Hannah Rudd")
        if start == 13:
            return ("e2", "person", "Tom Lee")
        return None
    return entity_at


def test_a_kicker_the_document_does_not_know_as_a_person_is_no_source(nlp):
    assert in_headlines(nlp(TEXT), entities("organization")) == []


def test_a_person_before_the_colon_stays_a_source(nlp):
    found = in_headlines(nlp(TEXT), entities("person"))
    assert [TEXT[f.start:f.end] for f in found] == ["Lee in final push to win support for the harbour deal"]


def test_a_kicker_before_a_quote_stays_a_source(nlp):
    assert in_headlines(nlp(QUOTED), entities("organization")) != []
