"""A pronoun speaker goes on with the last source, not with a person named only in that source's own
phrase ("Roe, who met President Doe on Friday, said ..."). Short texts written for these tests."""


def test_he_goes_on_with_the_source_not_a_person_named_in_its_relative_clause(annotate_text):
    ann = annotate_text(
        "Read a full transcript of the talks with Sens. Keller and Alder here.\n\n"
        "Alder, who met with President Stone on Friday along with other members of the caucus leadership, said "
        "that the president expressed his full support for the bill.\n\n"
        '"The president made it very clear in that meeting that this was a top priority for him in this session '
        "and that he expects to work with all of us in an effort to pass it and he's fully committed to it.\"\n\n"
        'He added that a cap on fees is an "essential part" of any bill.')
    claim = next(c for c in ann.claims if c.text.startswith("a cap on fees"))
    assert claim.speaker_id == "alder"
