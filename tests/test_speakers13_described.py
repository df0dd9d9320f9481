"""Who a description or a pronoun names when it names no one the text can tell: the widow beside her
husband's name, a named expert among experts, a pronoun that stands for no one. Short texts written
for these tests."""


def _speakers(ann):
    return {c.text: (c.speaker, c.source_type) for c in ann.claims}


def test_a_kin_description_beside_a_name_of_the_other_sex_is_not_that_person(annotate_text):
    ann = annotate_text("The widow of one of the pilots, Capt. Tom Vidal, said the minister had made her cry.")
    speaker, kind = _speakers(ann)["the minister had made her cry"]
    assert kind == "anonymous" and "Vidal" not in speaker
    vidal = next(p for p in ann.people if p.name == "Tom Vidal")
    assert not any("widow" in r for r in vidal.roles)


def test_a_kin_description_beside_a_name_of_its_own_sex_is_that_person(annotate_text):
    ann = annotate_text("The widow of the late mayor, Ana Ruiz, said the city owed him a statue.")
    assert _speakers(ann)["the city owed him a statue"][1] == "named"
    assert any(c.speaker_id == "ana-ruiz" for c in ann.claims)


def test_the_one_person_named_among_a_plural_source_speaks(annotate_text):
    ann = annotate_text("Tax experts like Michael Dunne say the fee rarely exceeds $300.")
    claim = next(c for c in ann.claims if c.text.startswith("the fee"))
    assert claim.speaker_id == "michael-dunne" and claim.source_type == "named"


def test_several_people_named_among_a_plural_source_are_no_one_voice(annotate_text):
    ann = annotate_text("Tax experts like Michael Dunne and Ana Ruiz say the fee rarely exceeds $300.")
    claim = next(c for c in ann.claims if c.text.startswith("the fee"))
    assert claim.speaker_id is None


def test_a_pronoun_that_stands_for_no_one_is_no_named_source(annotate_text):
    ann = annotate_text("She said the bridge would close for a year.")
    claim = next(c for c in ann.claims if c.text.startswith("the bridge"))
    assert claim.source_type != "named" and claim.grade != "A"


def test_a_pronoun_object_of_a_clause_the_verbs_object_does_is_not_that_object(annotate_text):
    # "thanked Ebert for appointing him": Ebert appoints, so "him" is the one who thanks
    ann = annotate_text("Gen. Tom Vidal thanked President Karl Ebert for appointing him in a short statement.")
    vidal = next(p for p in ann.people if p.name == "Tom Vidal")
    ebert = next(p for p in ann.people if p.name == "Karl Ebert")
    him = ann.document.text.index(" him ") + 1
    assert any(r[0] == him for r in vidal.references) and not any(r[0] == him for r in ebert.references)


def test_a_pronoun_of_an_unnamed_kin_subject_is_not_the_name_beside_it(annotate_text):
    ann = annotate_text("The widow of one of the pilots, Capt. Lee Vidal, said the minister had made her cry. "
                        "She said she would write to him.")
    vidal = next(p for p in ann.people if p.name == "Lee Vidal")
    words = {ann.document.text[a:b] for a, b in vidal.references}
    assert not words & {"her", "She", "she"}
    assert not any("widow" in r for r in vidal.roles)


def test_a_date_before_the_speakers_words_is_no_part_of_them(annotate_text):
    ann = annotate_text("In April, 2019 the Navy acknowledged that the tapes were real.")
    claim = next(c for c in ann.claims if c.text.startswith("the tapes"))
    assert claim.speaker == "the Navy"
