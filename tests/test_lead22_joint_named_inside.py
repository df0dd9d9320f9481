"""A person the claim's own words name is no speaker of it, though the parser joins them to the speakers
(seventeenth session, read on an unseen page). Sentences written for the test."""

LEAD = "The meeting took place on Monday.\n\n"


def speakers(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    return sorted(names.get(c.speaker_id) or c.speaker for c in ann.claims if c.text.startswith(starts))


def test_a_nominee_in_apposition_before_the_speakers_is_not_one_of_them(annotate_text):
    body = ("Senator Ana Lund of Ohio has said she will place a hold on the nomination of the president’s "
            "director of national parks, Carl B. Weber, and Mr. Vidal and Mr. Marsh also said they intended to "
            "use Mr. Weber’s nomination to force the administration to answer questions about the March fire.")
    assert speakers(annotate_text, body, "they intended") == ["Marsh", "Vidal"]


def test_joint_speakers_named_only_in_the_phrase_all_speak(annotate_text):
    body = "Senator Tom Vidal and Senator Jo Marsh said the hearing would go ahead."
    assert speakers(annotate_text, body, "the hearing") == ["Jo Marsh", "Tom Vidal"]
