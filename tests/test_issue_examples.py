"""The cases that showed the wrong speaker, a denial read as an assertion or a muddled source on
multi-voice news (#13), each rewritten as short sentences for the test."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return ann, [c for c in ann.claims if c.form != "credit"]


def names(ann):
    return {p.id: p.name for p in ann.people}


@pytest.mark.parametrize("body, starts, speaker", [
    # a critic's words about a leader are the critic's
    ('Senator Ann Holt said on Sunday: "Ivan Petrov and his thugs are responsible for this Soviet-style aggression."',
     "Ivan Petrov and his thugs", "Ann Holt"),
    ('"Ivan Petrov and his thugs are responsible for this aggression," Senator Ann Holt said.',
     "Ivan Petrov and his thugs", "Ann Holt"),
    # the minister who defends a strike, not the general it killed
    ("Secretary of State Mark Ruiz defended the strike that killed General Omar Saleh, saying it saved American "
     "lives.", "it saved American lives", "Mark Ruiz"),
    # the accused's own words are his, not those of the people he names
    ('"I was only a messenger for Rudy Gold and Joe Banner," Igor Lenz said.', "I was only a messenger", "Igor Lenz"),
    # coordinated subjects: the one who "said"
    ("President Dan Cole called the general a terrorist and Secretary of State Mark Ruiz said the strike was lawful.",
     "the strike was lawful", "Mark Ruiz"),
])
def test_the_right_speaker(annotate_text, body, starts, speaker):
    ann, claims = claims_of(annotate_text, body)
    c = next(c for c in claims if c.text.startswith(starts))
    assert names(ann).get(c.speaker_id) == speaker, (c.speaker, c.text)
    assert c.source_type == "named"


def test_a_spokeswomans_remark_about_someone_is_not_his(annotate_text):
    ann, claims = claims_of(annotate_text, "A spokeswoman for the firm said Igor Lenz had never worked there.")
    (c,) = claims
    assert c.speaker == "A spokeswoman for the firm" and c.speaker_id is None and c.source_type == "anonymous"


def test_the_criticised_persons_page_gets_no_critics_claims(annotate_text):
    ann, claims = claims_of(annotate_text, 'Senator Ann Holt said: "Ivan Petrov is a danger to us all."\n\n'
                                           '"Ivan Petrov must be stopped," said Senator Tom Reed.\n\n'
                                           "He added that Ivan Petrov had lied to the world.")
    petrov = next(p.id for p in ann.people if p.name == "Ivan Petrov")
    assert [c.text for c in claims if c.speaker_id == petrov] == []


@pytest.mark.parametrize("body, content, stance", [
    ("President Ivan Petrov denied that Russia meddled in the election.", "Russia meddled in the election", "denies"),
    ("President Dan Cole denied that he did anything wrong in regard to the aid.",
     "he did anything wrong in regard to the aid", "denies"),
    ('"I did not think this was a good moment for our country," Senator Ben Carr said.',
     "I did not think this was a good moment for our country", "asserts"),
])
def test_denials_read_as_denials(annotate_text, body, content, stance):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.stance) for c in claims] == [(content, stance)]
