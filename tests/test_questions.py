"""Questions a source puts are claims with stance "questions": the question is the content, the
asker the speaker (none when the asker is not named), and what the asked person answers is theirs."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, speaker", [
    ("The reporter asked the minister whether the bridge would reopen.", "the bridge would reopen", "The reporter"),
    ("Senator Ann Cole asked if the plan had been approved.", "the plan had been approved", "Senator Ann Cole"),
    ("Ann Cole asked the mayor on Sunday if “the city plans to keep its word.”",
     "the city plans to keep its word", "Ann Cole"),
    # a wh-word stays: it is part of what is asked
    ("Some farmers wondered whose side the governor was on.", "whose side the governor was on", "Some farmers"),
    ("The minister has asked officials how the files ended up on the street.",
     "how the files ended up on the street", "The minister"),
    ("The senator questioned why the agency did not publish the report.",
     "why the agency did not publish the report", "The senator"),
])
def test_a_question_put_by_a_source(annotate_text, body, content, speaker):
    assert claims_of(annotate_text, body) == [(content, speaker, "questions")]


def test_a_question_put_by_someone_unnamed_is_nobodys_and_the_answer_is_the_answerers(annotate_text):
    assert claims_of(annotate_text, "The minister was asked whether schools should close.") == [
        ("schools should close", None, "questions")]
    got = claims_of(annotate_text, "Asked whether the plant would close, the chairman said the board had not decided.")
    assert got == [("the plant would close", None, "questions"),
                   ("the board had not decided", "the chairman", "asserts")]


def test_quoted_words_that_only_ask_are_questions(annotate_text):
    got = claims_of(annotate_text, "“For instance,” Ann Cole said, “If the river rises again, would that be a "
                                   "disaster? Would the mayor resign?”")
    assert [(speaker, stance) for _, speaker, stance in got] == [("Ann Cole", "questions")]
    # one question among statements does not make the statements questions (the question opening the
    # quote is asked on its own: tests/test_stance25_nounquestions.py)
    got = claims_of(annotate_text, "“Would anyone drive there? The roads are closed and the bridge is out,” "
                                   "the mayor said.")
    assert got[-1][0].startswith("The roads are closed") and got[-1][1:] == ("the mayor", "asserts")


def test_a_quote_that_states_then_asks_is_a_statement_and_a_question(annotate_text):
    body = ('Senator Bo Hart said the interpreters should not be called.\n\n"They are in some cases hired staff. '
            'In the future, would any notes even be taken if you did this?"')
    assert claims_of(annotate_text, body)[1:] == [
        ("They are in some cases hired staff.", "Senator Bo Hart", "asserts"),
        ("In the future, would any notes even be taken if you did this?", "Senator Bo Hart", "questions")]


def test_a_question_quote_before_its_cue_sentence(annotate_text):
    # the parser ends the sentence at the quote's "?": the cue after it still speaks the quote
    assert claims_of(annotate_text, '"Why would anyone drive there?" the mayor asked.') == [
        ("Why would anyone drive there?", "the mayor", "questions")]


@pytest.mark.parametrize("body, content, speaker", [
    ("Reporters pressed the spokesman on whether the plan would pass.", "the plan would pass", "Reporters"),
    ("Farmers wanted to know why the grants were cut.", "why the grants were cut", "Farmers"),
])
def test_pressing_with_a_question_and_wanting_to_know(annotate_text, body, content, speaker):
    assert claims_of(annotate_text, body) == [(content, speaker, "questions")]


def test_grilled_by_someone_on_a_question_is_their_question(annotate_text):
    got = claims_of(annotate_text, "Grilled by the host on what the city is doing to make schools safer, Ms Cole "
                                   "said the rules would change.")
    assert got == [("what the city is doing to make schools safer", "the host", "questions"),
                   ("the rules would change", "Ms Cole", "asserts")]


@pytest.mark.parametrize("body", ["She challenged the ruling in court.", "The council pressed ahead with the plan."])
def test_pressing_without_a_question_is_no_claim(annotate_text, body):
    assert claims_of(annotate_text, body) == []


@pytest.mark.parametrize("body", [
    # a tag on a statement ("..., okay?", "..., right?") asks nothing
    '"I would have sent him if he had not gone, okay?" Mayor Ray Dunn said.',
    '"That is the deal we made, right?" Mayor Ray Dunn said.',
])
def test_a_tag_question_is_a_statement(annotate_text, body):
    assert [stance for _, _, stance in claims_of(annotate_text, body)] == ["asserts"]


def test_the_answer_told_after_a_question_is_not_part_of_it(annotate_text):
    claims = claims_of(annotate_text, "The judge asked Ray Dunn whether he had ever testified before, to which Dunn "
                                      "replied that he had not.")
    assert ("he had ever testified before", "The judge", "questions") in claims


@pytest.mark.parametrize("body, question", [
    # what a source is asked about is no claim of anyone's: not "the governor would veto ... — he, thought"
    ("Asked whether he thought the governor would veto the whole bill, Senator Ray Dunn said that would be a "
     "mistake.", "he thought the governor would veto the whole bill"),
    ("When asked on Friday whether he had warned the rebels that the army would cross the river, the mayor told "
     "the reporter she was rude.", "he had warned the rebels that the army would cross the river"),
])
def test_a_cue_inside_a_question_is_no_claim(annotate_text, body, question):
    claims = claims_of(annotate_text, body)
    assert (question, None, "questions") in claims
    assert [c for c in claims if c[2] == "asserts" and c[0] in question] == []


def test_said_that_keeps_a_demonstrative_subject(annotate_text):
    claims = claims_of(annotate_text, "Senator Ray Dunn said that would be a huge mistake for the state.")
    assert claims == [("that would be a huge mistake for the state", "Senator Ray Dunn", "asserts")]


def test_if_after_a_stranded_preposition_is_a_condition(annotate_text):
    # "could be asked about if X": "if" opens a condition, not a question
    for body in ("Of the things the senator could be asked about if his faith becomes an issue, the prophecy is "
                 "the most debated.",
                 "Of the many things that the senator, a former bishop, could be asked about if his faith becomes "
                 "an issue, the prophecy is the most debated."):
        assert [c for c in claims_of(annotate_text, body) if c[2] == "questions"] == []


def test_if_you_ask_me_whether_is_no_question_of_the_speakers(annotate_text):
    # the speaker restates the question put to them: one claim of theirs, no question they put
    claims = claims_of(annotate_text, '"If you are asking me whether the mayor believes that reporters should be '
                                      'jailed, the answer is no," the aide said.')
    assert [stance for _, _, stance in claims] == ["asserts"]
