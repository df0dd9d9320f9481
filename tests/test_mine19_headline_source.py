"""A headline "Ana Ruiz defends attack on Tom Doe: words" is the person's: the source before "on" is the
person, not the deed (an unseen page showed "— Chris Matthews defends attack")."""


def test_the_source_before_on_is_the_person_not_the_deed(nlp):
    from generator.nlp.claims.headlines import _on_topic

    doc = nlp("Ann Cole defends attack on Bill Hale: Tories 'splitting country along class lines'")
    left = doc.char_span(0, doc.text.index(":"), alignment_mode="expand")
    who = _on_topic(left)
    assert who is not None and who.text == "Ann Cole"


def test_a_source_with_no_verb_stays_whole(nlp):
    from generator.nlp.claims.headlines import _on_topic

    doc = nlp("Ann Cole on ferries: the board is 'a ship without a captain'")
    left = doc.char_span(0, doc.text.index(":"), alignment_mode="expand")
    assert _on_topic(left).text == "Ann Cole"
