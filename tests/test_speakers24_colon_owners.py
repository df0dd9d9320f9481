"""A quote after a colon whose introduction has a subject of its own ("It is a familiar refrain among
the judges: ...") is not the words of whoever spoke last paragraphs before; an introduction with no
subject ("adding:") still goes on with the last speaker. Short texts written for these tests."""


def test_a_refrain_after_a_colon_is_not_the_last_speakers(annotate_text):
    ann = annotate_text("\"Without the chamber's role,\" said attorney Paul Garvey, representing the leaders, "
                        "\"there is no case here at all.\"\n\nClash of views\n\nThe court could dismiss the case on "
                        "narrow grounds, but most analysts expect a broader ruling.\n\nBut inside the court, there "
                        "are no hints. It is a familiar refrain among its nine members over the capital's guessing "
                        "game: \"Those who know don't talk. And those who talk don't know.\"")
    assert not any("who know" in c.text and c.speaker_id == "paul-garvey" for c in ann.claims)


def test_a_quote_after_he_told_reporters_still_goes_on(annotate_text):
    ann = annotate_text("\"We will rebuild the bridge,\" Mayor Lena Brandt said on Monday.\n\nLater she told "
                        "reporters: \"The money is already there and the work starts in May.\"")
    claim = next(c for c in ann.claims if "money is already there" in c.text)
    assert claim.speaker_id == "lena-brandt"
