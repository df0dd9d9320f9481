"""Questions whose doubted thing is not a whether-clause after "asked": yes-or-no questions opening a quote
and left open before its statements; a quality or a matter put in question ("questioned the governor's
toughness", "questioning British naval capabilities", "questioned his nomination")."""

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


@pytest.mark.parametrize("body, speaker, content", [
    ("Senator Ann Roe questioned the governor's toughness for months.", "Senator Ann Roe", "the governor's toughness"),
    ("After openly questioning the governor's toughness for months, Senator Ann Roe praised him on Friday.",
     "Senator Ann Roe", "the governor's toughness"),
    ("Two council members questioned the ferry's seaworthiness and its reliability.", "Two council members",
     "the ferry's seaworthiness and its reliability"),
    ("Several senators questioned his nomination because of his record.", "Several senators", "his nomination"),
])
def test_a_quality_or_a_matter_questioned_is_in_question(annotate_text, body, speaker, content):
    assert (content, speaker, "questions") in claims_of(annotate_text, body)


def test_a_quality_questioned_inside_another_sources_words_is_the_questioners(annotate_text):
    got = claims_of(annotate_text, "Ann Roe said the drill comes at a time when some in Norway are questioning "
                                   "British naval capabilities.")
    assert ("British naval capabilities", "some in Norway", "questions") in got
    assert any(s == "Ann Roe" and st == "asserts" for _, s, st in got)


def test_a_thing_or_a_person_questioned_is_no_claim(annotate_text):
    for body in ("The senator questioned the firm's business in the region.", "Police questioned the city's witness on Friday.",
                 "The inspector questioned the town's majority leader."):
        assert not [c for c in claims_of(annotate_text, body) if c[2] == "questions"], body
    # a quality of the same firm is put in question
    got = claims_of(annotate_text, "The senator questioned the firm's trustworthiness.")
    assert ("the firm's trustworthiness", "The senator", "questions") in got


def test_a_yes_or_no_question_put_to_you_before_statements_is_rhetoric(annotate_text):
    got = claims_of(annotate_text, '"We need the new pool," Dana Pruitt said. "Are you willing to drive an hour to '
                                   'swim? Families here have waited long enough."')
    assert all(stance == "asserts" for *_, stance in got)
    # the same question about a third party is asked
    got = claims_of(annotate_text, '"We need the new pool," Dana Pruitt said. "Are families willing to drive an hour '
                                   'to swim? The board has its own view on that."')
    assert [stance for *_, stance in got] == ["asserts", "questions", "asserts"]
