"""Stance, eleventh round: the classes of English denial and doubt, written from the dictionary rather
than fitted to a corpus, each frame pinned by a sentence written for it: verbs of denial (disclaim,
discount, disavow a deed), phrasal verbs (shrug off, fire back at, bristle at, slap down), idioms
(pour cold water on), words calling a claim false or scorning it (erroneous, a smear, garbage,
stupid), nouns naming another's words (comments, remarks), doubts (disbelief, "it was unclear whether
Z"), a quoted "We reject these claims", a gerund the parser hung on a name, a doubt in a clause joined
with its own subject, and a denial pointing past a speaker's verdict on their own claim."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, stance", [
    # verbs of denial
    ("The company discounted reports that it would close the plant.", "it would close the plant", "denies"),
    ("Senator Alan Reed disclaimed any knowledge of the payments.", "any knowledge of the payments", "denies"),
    ("Senator Alan Reed disavowed any role in the scheme.", "any role in the scheme", "denies"),
    ("The spokesman disclaimed responsibility for the leak.", "responsibility for the leak", "denies"),
    # phrasal verbs and idioms of denial
    ("The coach shrugged off suggestions that he would resign.", "he would resign", "denies"),
    ("The campaign fired back at accusations that it had broken finance rules.", "it had broken finance rules", "denies"),
    ("The senator bristled at the suggestion that he had misled voters.", "he had misled voters", "denies"),
    ("The White House slapped down reports that the adviser would be fired.", "the adviser would be fired", "denies"),
    ("The general poured cold water on reports that troops would withdraw.", "troops would withdraw", "denies"),
    # words calling a claim false, or scorning it
    ("The ministry said the report was erroneous.", "the report", "denies"),
    ("The minister said the claims were garbage.", "the claims", "denies"),
    # doubts
    ("Many lawmakers expressed disbelief over the official account.", "the official account", "questions"),
    ("The senator said it was unclear whether the money had been spent.", "the money had been spent", "questions"),
    ("The senator said it was not clear whether the money had been spent.", "the money had been spent", "questions"),
    ("The minister voiced skepticism that the ceasefire would hold.", "the ceasefire would hold", "questions"),
])
def test_a_class_of_denial_or_doubt(annotate_text, body, content, stance):
    claims = claims_of(annotate_text, body)
    assert (content, stance) in [(c.text, c.stance) for c in claims]


@pytest.mark.parametrize("body", [
    # a wh-question says not knowing how, and questions no claim
    "The senator said it was unclear how the money would be raised, but the plan would go ahead.",
    # a plan, not a claim, is unclear
    "The senator said the plan was unclear and would cost too much.",
    # raising questions inside a speaker's report stays the speaker's words
    "The senator said the lapses raise questions about the agency.",
    # someone's comments hit back at or dismissed are criticised, not called false
    "Critics have hit back against the mayor's comments this week, faulting him for making claims based on an anonymous source.",
    "The former minister dismissed comments to be made later by the chancellor, who will warn against leaving without a deal.",
])
def test_no_doubt_where_the_words_assert(annotate_text, body):
    assert {c.stance for c in claims_of(annotate_text, body)} == {"asserts"}


def test_a_quoted_rejection_of_these_claims_denies(annotate_text):
    body = 'Activists accused the ministry of torturing prisoners. "We reject these claims," the ministry said in a statement.'
    denials = [c for c in claims_of(annotate_text, body) if c.stance == "denies"]
    assert [c.speaker for c in denials] == ["the ministry"]


def test_scorned_remarks_are_denied(annotate_text):
    body = 'The official dismissed remarks by the envoy - who had said the talks may fail - as "stupid".'
    assert [(c.speaker, c.stance) for c in claims_of(annotate_text, body) if c.stance != "asserts"] == [
        ("The official", "denies")]


def test_comments_described_as_untrue_are_denied(annotate_text):
    body = 'The aide said the story was true. The adviser described the aide\'s comments as "baseless and untrue."'
    assert ("The adviser", "denies") in [(c.speaker, c.stance) for c in claims_of(annotate_text, body)]


def test_a_gerund_parsed_onto_a_name_is_denied(annotate_text):
    body = ("The student was visiting the country with a tour group when he was detained for stealing a poster. "
            "The regime has denied mistreating Warmbier.")
    assert ("mistreating Warmbier", "denies") in [(c.text, c.stance) for c in claims_of(annotate_text, body)]


def test_a_doubt_in_a_clause_of_its_own_is_the_doubters(annotate_text):
    claims = claims_of(annotate_text, "The mayor said crime had fallen, but critics cast doubt on the figures.")
    assert ("critics", "questions") in [(c.speaker, c.stance) for c in claims]


def test_a_denial_points_past_a_verdict_on_the_claim(annotate_text):
    body = ('The mayor said the council had hidden the report. "That is a fact, plain and simple," the mayor said. '
            "The council has denied the allegation.")
    denials = [(c.speaker, c.text) for c in claims_of(annotate_text, body) if c.stance == "denies"]
    assert denials == [("The council", "the council had hidden the report")]


def test_a_reported_own_rejection_is_one_denial(annotate_text):
    # the source's own "it" right after the cue: one denial of what the claims say, not a second assertion
    claims = claims_of(annotate_text, "The firm said that it rejects the allegation that its workers were underpaid.")
    assert [(c.speaker, c.text, c.stance) for c in claims] == [("The firm", "its workers were underpaid", "denies")]
