"""A quote standing alone after a sentence whose subject is a description of the person named just before
("The senator ... joined a group of mayors who have criticized X") goes on with the person the sentence
is about, not the group named in its relative clause; and a "some say" inside the quote is part of the
words, not who says them."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def shown_person(annotate_text, body, starts):
    """The person shown as the speaker of the claim whose content starts with `starts`, or None."""
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    return names.get(c.speaker_id)


STANDALONE = ('Rep. Tom Hale, Ohio Democrat, said Sunday that some lawmakers who voted no were cruel.\n\n'
              'The congressman, in an interview on the radio, joined a group of city mayors who have sharply '
              'criticized the House leaders for the delays in passing the bill.\n\n')


@pytest.mark.parametrize("quote, starts", [
    ('"It may be some in the majority who are so cold that they do not want to help people who live, '
     'maybe, in the wrong towns."', "It may be some"),
    ('“It may be some in the majority who are so cold that they do not want to help people who happen to be, '
     'maybe, some say, because they are from the wrong towns.”', "It may be some"),
])
def test_a_standalone_quote_goes_on_with_the_person_the_sentence_before_is_about(annotate_text, quote, starts):
    assert shown_person(annotate_text, STANDALONE + quote + "\n\nThe bill passed on Friday.", starts) == "Tom Hale"


def test_a_quote_inside_a_participle_cue_keeps_both_claims_of_the_speaker(annotate_text):
    # the participle's cue stands before the quote and its speaker after it: neither is inside the quote
    body = ('Sen. Tom Hale, another senator opposing the plan, spoke on Friday.\n\n'
            'Saying the next mayor will deal with "a city on fire," Hale said the budget was "not reassuring."')
    assert shown_person(annotate_text, body, "the next mayor") == "Tom Hale"
    assert shown_person(annotate_text, body, "the budget was") == "Tom Hale"
