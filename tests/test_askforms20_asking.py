"""Questions, forms grid round (benchmarks/forms/questions.jsonl): pressing verbs with the question hung on
the one pressed ("quizzed the auditor about whether Z") or an infinitive of explaining parsed as an adverbial
clause ("pushed the envoy to explain why Z"); "demanded answers about how Z"; a participle of wanting to know
or of wondering is the subject's own question, not one put by someone unnamed; a question noun's frame ("the
real question is who Z", "there are growing questions over whether Z", "Among the questions auditors raise
is why Z", "put a blunt question to the general: Z?")."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("The committee chair, Omar Haddad, quizzed the bank's auditor about whether the losses had been hidden.",
     "The committee chair, Omar Haddad", "the losses had been hidden"),
    ("Senator Tess Ames pushed the envoy to explain why the talks had collapsed.", "Senator Tess Ames",
     "why the talks had collapsed"),
    ("The union's leader, Piotr Zielinski, demanded answers about how the pension fund had been managed.",
     "The union's leader, Piotr Zielinski", "how the pension fund had been managed"),
    ("Governor Lia Moreno toured the shuttered clinic on Friday, demanding to know why its funding had been cut.",
     "Governor Lia Moreno", "why its funding had been cut"),
    ("Wondering whether the ballots had been counted twice, Mina Park wrote to the election board.", "Mina Park",
     "the ballots had been counted twice"),
])
def test_a_question_pressed_or_wanted_is_the_askers(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


def test_answers_about_a_thing_put_no_question(annotate_text):
    assert all(stance != "questions" for _, _, stance in claims_of(annotate_text, "Parents want answers about the budget."))


@pytest.mark.parametrize("body, speaker, content", [
    ('"The real question is who signed the order," said Aldo Ferri.', "Aldo Ferri", "who signed the order"),
    ("There are growing questions over whether the regulator was warned in time, said Ines Duval.", "Ines Duval",
     "the regulator was warned in time"),
    ("Among the questions residents have raised is why the mine was allowed to reopen.", "residents",
     "why the mine was allowed to reopen"),
    ("Senator Hugo Blanc put a blunt question to the general: had the convoy been warned?", "Senator Hugo Blanc",
     "had the convoy been warned?"),
])
def test_a_question_noun_frames_the_question(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)
