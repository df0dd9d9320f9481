"""Stance, twenty-fourth round: a doubt or question a speaker voices inside their own quote, in three shapes
the quote's words had kept asserted. A quote of one sentence going on after its speaker's words, with no cue of
its own, is read whole as a quote with a cue is ('... she told them. "I'm just wondering why Z."'); a doubt or
question said through a verb it hangs from ("I tend to doubt that Z", "we have to see whether Z", "we need to
find out whether Z"), not the speaker's own aim ("we want to see if we can ..."), a condition ("we may want to
know") or a negation; and a clause a "but" turns to after a statement ('"A, but it's unclear whether Z"'),
nested in the quote, which stays asserted as said."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


# a quote of one sentence, no cue of its own, after its speaker's words


@pytest.mark.parametrize("body, content", [
    ('Nadia Ferrant told the panel that the council had called the plan a burden. "I\'m just wondering why the'
     ' safety of the children isn\'t as important."', "why the safety of the children isn't as important"),
    ('"The ledger is what counts," Osric Vale, a budget analyst, told reporters. "We have to see whether the'
     ' council will open its books to the auditors."', "the council will open its books to the auditors"),
])
def test_a_cueless_quote_after_its_speaker_that_only_asks_is_the_question(annotate_text, body, content):
    claims = claims_of(annotate_text, body)
    assert any(text == content and stance == "questions" for _, text, stance in claims)
    assert not any(content in text and text != content for _, text, _ in claims)


def test_a_cueless_quote_after_its_speaker_is_read_whole_only_for_what_it_asks(annotate_text):
    claims = claims_of(annotate_text, 'Nadia Ferrant told the panel that the council had called the plan a burden.'
                                      ' "I am just asking the council to keep its word." Tobias Renn spoke next.'
                                      ' "I wonder why the council waited so long."')
    assert ("Nadia Ferrant", "I am just asking the council to keep its word.", "asserts") in claims
    assert ("Tobias Renn", "why the council waited so long", "questions") in claims


# a doubt or question through a verb it hangs from


@pytest.mark.parametrize("quote, content", [
    ("Maybe, but I tend to doubt that the weather had much to do with the loss",
     "the weather had much to do with the loss"),
    ("I have to wonder whether the mayor signed the deal", "the mayor signed the deal"),
    ("We need to find out whether the mayor signed the deal", "the mayor signed the deal"),
    ("We want to understand why the pumps failed twice", "why the pumps failed twice"),
])
def test_a_doubt_through_a_verb_it_hangs_from_questions_what_it_takes(annotate_text, quote, content):
    claims = claims_of(annotate_text, f'"{quote}," said Tobias Renn.')
    assert claims == [("Tobias Renn", content, "questions")]


@pytest.mark.parametrize("quote", [
    "We want to see if we can strike a good deal",  # the speaker's own aim
    "I have to understand that the voters are angry",  # no question
    "We may want to know whether the mayor signed the deal",  # a condition
    "I don't need to ask whether the mayor signed the deal",  # negated
    "I tend to think the mayor signed the deal",  # a view held
])
def test_only_a_question_or_doubt_through_such_a_verb_questions(annotate_text, quote):
    claims = claims_of(annotate_text, f'"{quote}," said Tobias Renn. "We have to see whether the board will meet,"'
                                      " said Mirela Dost.")
    assert ("Tobias Renn", quote, "asserts") in claims
    assert ("Mirela Dost", "the board will meet", "questions") in claims


# a clause "but" turns to


@pytest.mark.parametrize("quote, content", [
    ("We backed the plan, but it's unclear whether the council read it", "the council read it"),
    ("The ferry is the best thing for the island, but it's an open question what is better for the spring vote",
     "it's an open question what is better for the spring vote"),
])
def test_a_doubt_a_but_turns_to_is_nested_in_the_quote(annotate_text, quote, content):
    claims = claims_of(annotate_text, f'"{quote}," said Mirela Dost.')
    assert ("Mirela Dost", quote, "asserts") in claims
    assert ("Mirela Dost", content, "questions") in claims


def test_a_statement_a_but_turns_to_stays_in_the_quote(annotate_text):
    quote = "We backed the plan, but the council never read it"
    claims = claims_of(annotate_text, f'"{quote}," said Mirela Dost. "We backed the plan, but it is unclear whether'
                                      ' the council read it," said Tobias Renn.')
    assert ("Mirela Dost", quote, "asserts") in claims
    assert not any(speaker == "Mirela Dost" and stance != "asserts" for speaker, _, stance in claims)
    assert ("Tobias Renn", "the council read it", "questions") in claims
