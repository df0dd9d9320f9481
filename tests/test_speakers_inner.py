"""Words reported inside a named speaker's quote: a generic "you could tell" or "it shows" is the
quoted speaker's own aside (no second claim), and a quoted "they" is no source from outside the quote."""

LEAD = "The hearing took place on Monday. The Daily Courier reported that the vote was close.\n\n"


def claims(annotate_text, body):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    return [(c.text, c.speaker, names.get(c.speaker_id)) for c in ann.claims if c.form != "credit"]


def test_a_generic_you_inside_a_quote_is_no_second_claim(annotate_text):
    found = claims(annotate_text, '"You could tell the dam was about to give way," said engineer Tom Vale.')
    assert [name for text, _, name in found if "dam was about" in text] == ["Tom Vale"]


def test_it_shows_inside_a_quote_is_no_claim_of_the_last_outlet(annotate_text):
    found = claims(annotate_text, 'Mayor Ann Cole said on Monday that "it shows how far the town has come '
                                  'that the bridge is even news."')
    assert all("Courier" not in (speaker or "") for text, speaker, _ in found if "vote was close" not in text)
    assert [name for text, _, name in found if "how far the town" in text] == ["Ann Cole"]


def test_they_inside_a_quote_is_not_the_last_source(annotate_text):
    body = ('Officials said the plant would close.\n\n"I was sorry that they thought it wise to close it," '
            'said plant manager Tom Vale.')
    inner = [(speaker, name) for text, speaker, name in claims(annotate_text, body) if text.startswith("it wise")]
    assert all(name is None and speaker.lower() == "they" for speaker, name in inner)
