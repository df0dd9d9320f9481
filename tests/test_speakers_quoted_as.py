""""The paper quoted an official as saying Z": the one quoted says Z, not the paper; so too "a
report quoting focus groups as saying Z", however the parser hangs the "as". And a "they" opening a
sentence is the plural subject of the sentence before, not the last group that spoke."""

import pytest

LEAD = "The vote was on Monday.\n\n"


def claim(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    return next((c for c in ann.claims if c.form != "credit" and c.text.startswith(starts)), None)


@pytest.mark.parametrize("body, starts, speaker", [
    ("The Daily Courier quoted a senior official as saying the talks had failed.", "the talks", "a senior official"),
    ("The agency issued a report quoting focus groups as saying the party was out of touch.", "the party",
     "focus groups"),
    ("State media quoted the minister, Ana Varga, as saying the border would reopen soon.", "the border",
     "the minister, Ana Varga"),
])
def test_the_one_quoted_as_saying_is_the_speaker(annotate_text, body, starts, speaker):
    c = claim(annotate_text, body, starts)
    assert c is not None and c.speaker == speaker


def test_they_opening_a_sentence_is_the_plural_subject_before(annotate_text):
    body = ("The agency issued a report quoting focus groups as saying the party was out of touch.\n\n"
            "But House Republicans feel differently. They believe they were elected to block new laws.")
    c = claim(annotate_text, body, "they were elected")
    assert c is not None and c.speaker == "House Republicans"
