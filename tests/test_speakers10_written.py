"""A speaker as written and as shown: no glued "'s", a handle is its owner or itself, "Mr. Roe" shows
the briefing's "Tom Roe", a possessive description is the person stated to be it (issue #13)."""

import pytest


def claim_of(annotate_text, body, starts):
    ann = annotate_text(body)
    return next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))


@pytest.mark.parametrize("body, starts, speaker, speaker_id", [
    # a clitic of "has" glued to the name is no part of it
    ("Governor Carla Tucker toured the state on Monday. Tucker's said the new dam would flood three villages.",
     "the new dam", "Tucker", "carla-tucker"),
    ("Governor Carla Tucker toured the state on Monday. Tucker's warned her rivals, saying the new dam would "
     "flood three villages.", "the new dam", "Tucker", "carla-tucker"),
    # the lawyer of the governor is the lawyer, not the governor; once the text names who that is, that person
    ("Governor Carla Tucker toured the state on Monday. Tucker's lawyer said the audit was unfair.",
     "the audit", "Tucker's lawyer", None),
    ("Governor Carla Tucker toured the state on Monday. Her lawyer, Ivo Brandt, defended her on Tuesday. "
     "Tucker's lawyer said the audit was unfair.", "the audit", "Tucker's lawyer", "ivo-brandt"),
])
def test_a_possessive_subject(annotate_text, body, starts, speaker, speaker_id):
    c = claim_of(annotate_text, body, starts)
    assert "'s" not in (c.speaker or "").replace("Tucker's lawyer", "")
    assert (c.speaker, c.speaker_id) == (speaker, speaker_id), (c.speaker, c.speaker_id)


@pytest.mark.parametrize("body, starts, speaker", [
    ("Senator Mitt Harlow criticised the plan on Tuesday. The vote came after weeks of debate. Mr. Harlow told "
     "reporters that the plan was a mistake.", "the plan was", "Mitt Harlow"),
    ("Finance Minister Greta Lindqvist spoke in Oslo. \"The budget is balanced,\" Ms Lindqvist said.",
     "The budget", "Greta Lindqvist"),
])
def test_a_courtesy_title_shows_the_briefings_name(annotate_text, body, starts, speaker):
    from generator.brief import speaker as shown

    c = claim_of(annotate_text, body, starts)
    assert c.speaker == speaker
    assert shown(c, {c.speaker_id: speaker}) == speaker  # as a page and its key points show it


def test_a_title_that_says_more_than_the_name_stays(annotate_text):
    c = claim_of(annotate_text, "Senator Greta Lindqvist spoke in Oslo. Sen. Lindqvist said the budget was "
                                "balanced.", "the budget")
    assert (c.speaker, c.speaker_id) == ("Sen. Lindqvist", "greta-lindqvist")


@pytest.mark.parametrize("body, starts, speaker, speaker_id", [
    # a handle that spells a person of the briefing is that person
    ("Governor Carla Tucker attacked the dam plan on Monday. @GovCarlaTucker wrote that the plan was a disgrace.",
     "the plan was", "@GovCarlaTucker", "carla-tucker"),
    ("Governor Carla Tucker attacked the dam plan on Monday. \"The plan is a disgrace,\" Tucker (@GovTucker) wrote.",
     "The plan", "Tucker", "carla-tucker"),
    ("Senator Ivo Brandt (@SenBrandt) said the vote was a sham.", "the vote", "Senator Ivo Brandt", "ivo-brandt"),
    # an unknown handle is shown as written, never as someone else
    ("Governor Carla Tucker attacked the dam plan on Monday. @riverwatch77 wrote that the plan would ruin the "
     "valley.", "the plan would", "@riverwatch77", None),
])
def test_a_handle(annotate_text, body, starts, speaker, speaker_id):
    c = claim_of(annotate_text, body, starts)
    assert (c.speaker, c.speaker_id) == (speaker, speaker_id), (c.speaker, c.speaker_id)


def test_an_ambiguous_handle_is_no_one(annotate_text):
    c = claim_of(annotate_text, "Governor Carla Tucker and her brother Paul Tucker attacked the dam plan on "
                                "Monday. @TeamTucker wrote that the plan was a disgrace.", "the plan was")
    assert (c.speaker, c.speaker_id) == ("@TeamTucker", None)


def test_a_courtesy_title_of_the_other_sex_keeps_its_words():
    from generator.nlp.claims.written import courtesy_name

    entity = ("tom-harlow", "person", "Tom Harlow")
    assert courtesy_name("Mr. Harlow", entity, lambda pid: "m") == "Tom Harlow"
    assert courtesy_name("Mrs. Harlow", entity, lambda pid: "m") is None
    assert courtesy_name("Mr. Tom Harlow", entity) is None  # a full name is shown as it is
