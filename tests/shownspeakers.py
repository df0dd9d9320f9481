"""What a page shows as a claim's speaker, for the speaker tests on multi-voice news (test_speakers19_shown,
test_speakers21_real)."""

LEAD = "The meeting took place on Monday.\n\n"


def shown(annotate_text, body, starts):
    """(shown speaker, person name or None, source type) of the claim whose content starts with `starts`
    (a joint statement's whole phrase, as the page shows it)."""
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    return c.joint_speaker or c.speaker, names.get(c.speaker_id), c.source_type
