"""A sentence ending in a colon introduces its subject's quote even when a title's full stop stands
in it ("Ms. Roe pushed back: "..."): the full stop the tokenizer keeps on "Ms." ends no sentence, so
the quote is not handed to the last speaker. Short texts written for these tests."""

import pytest


@pytest.mark.parametrize("body, words, who", [
    ('"We may look at the budget," Mr. Felix Orban said.\n\nMs. Clara Nyman shot back: "May? Why not commit to it '
     'today?"', "May? Why not", "clara-nyman"),
    ('"The port will reopen," Gov. Hana Sato said.\n\nSen. Malik Osei was unconvinced: "Nobody believes that date '
     'any more."', "Nobody believes", "malik-osei"),
])
def test_a_colon_introduction_with_a_title_abbreviation(annotate_text, body, words, who):
    claim = next(c for c in annotate_text(body).claims if c.text.startswith(words))
    assert claim.speaker_id == who
