"""Speaker phrases that are no one of the names inside them: a list of names in the modifier of a
group noun, and an "it" that stands for no organisation; short texts written for these tests."""


def speakers(ann):
    return [c.speaker for c in ann.claims]


def test_lawyers_for_a_list_of_people_are_the_speaker(annotate_text):
    ann = annotate_text("Lawyers for Russian businessmen Ivan Petrov, Oleg Sidorov and Pavel Orlov argued that "
                        "the charges should be dropped.")
    assert speakers(ann) == ["Lawyers for Russian businessmen Ivan Petrov, Oleg Sidorov and Pavel Orlov"]
    assert all(c.speaker_id is None for c in ann.claims)


def test_a_listed_name_takes_no_role_from_the_name_before_it(annotate_text):
    ann = annotate_text("Lawyers for Russian businessmen Ivan Petrov, Oleg Sidorov and Pavel Orlov argued that "
                        "the charges should be dropped.")
    sidorov = next(p for p in ann.people if p.name == "Oleg Sidorov")
    assert not any("Petrov" in r for r in sidorov.roles)


def test_named_people_joined_still_speak_each(annotate_text):
    ann = annotate_text("Tom Vidal and Karl Ebert said the case was weak.")
    assert sorted(speakers(ann)) == ["Karl Ebert", "Tom Vidal"]


def test_an_it_that_stands_for_no_one_named_is_no_speaker(annotate_text):
    ann = annotate_text("Tom Vidal paid the money, which it alleged was a bribe.")
    assert all((c.speaker or "").lower() != "it" for c in ann.claims)


def test_an_it_with_its_organisation_before_keeps_it(annotate_text):
    ann = annotate_text("The lawsuit names three banks, which it alleged were part of the scheme.")
    assert "The lawsuit" in speakers(ann)
