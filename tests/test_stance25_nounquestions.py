"""Questions whose doubted thing is not a whether-clause after "asked": yes-or-no questions opening a quote
and left open before its statements."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, question, statement", [
    ('"Nobody doubts the dam matters," Tessa Marlow said. "Now, was it built well? Was it worth it? The '
     'engineers have their own view on that. I am not convinced."',
     "Now, was it built well? Was it worth it?", "The engineers have their own view on that. I am not convinced."),
    ('"The league backs open debate," Omar Kettering said. "Will this rule allow insults to players? For '
     'our club, it is a line we keep."',
     "Will this rule allow insults to players?", "For our club, it is a line we keep."),
])
def test_questions_opening_a_quote_are_asked_and_the_statements_after_them_said(annotate_text, body, question, statement):
    got = claims_of(annotate_text, body)[1:]
    speaker = got[0][1]
    assert speaker and got == [(question, speaker, "questions"), (statement, speaker, "asserts")]


def test_a_quote_that_asks_and_answers_itself_states_the_answer(annotate_text):
    for body in ('"Did the rival firm copy our design? Yes. Will we sue them? No," Dana Pruitt said.',
                 '"Could the town pay for the bridge? Maybe. But the school is too costly," Dana Pruitt said.',
                 '"Why are we raising the fee? Because the pool needs a new roof," Dana Pruitt said.'):
        assert [stance for *_, stance in claims_of(annotate_text, body)] == ["asserts"], body
    # the same question left open is asked
    got = claims_of(annotate_text, '"Could the town pay for the bridge? The school board has its doubts," Dana Pruitt said.')
    assert [stance for *_, stance in got] == ["questions", "asserts"]


def test_a_yes_or_no_question_put_to_you_before_statements_is_rhetoric(annotate_text):
    got = claims_of(annotate_text, '"We need the new pool," Dana Pruitt said. "Are you willing to drive an hour to '
                                   'swim? Families here have waited long enough."')
    assert all(stance == "asserts" for *_, stance in got)
    # the same question about a third party is asked
    got = claims_of(annotate_text, '"We need the new pool," Dana Pruitt said. "Are families willing to drive an hour '
                                   'to swim? The board has its own view on that."')
    assert [stance for *_, stance in got] == ["asserts", "questions", "asserts"]
