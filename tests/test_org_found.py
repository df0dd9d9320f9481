"""Organisation names the model missed: found by their head noun, and found again where the text
repeats a name it tagged once."""

import pytest

from generator.nlp.mentions import Mention
from generator.nlp.orgfind import find


def names(entities):
    return [e.name for e in entities]


@pytest.mark.parametrize("text, org", [
    ("Her skin was weeping, according to the Tenby Morning Herald.", "Tenby Morning Herald"),
    ("According to the Harbour Interior Ministry over 300 pilgrims were hurt in a stampede.",
     "Harbour Interior Ministry"),
    ("The Vexmoor News observed that the hashtag spread quickly.", "Vexmoor News"),
])
def test_a_run_headed_by_an_institutions_noun_is_an_organisation(annotate_text, text, org):
    assert org in names(annotate_text(text).organizations)


def test_two_institutions_joined_by_and_stay_two(nlp):
    doc = nlp("Scientists at the Harbour Institute of Technology and the University of Tenby found it.")
    a, b = (Mention(doc.text.find(n), doc.text.find(n) + len(n), n, "organization", label="organization")
            for n in ("Harbour Institute of Technology", "University of Tenby"))
    assert [m.text for m in find(doc, [a, b])] == [a.text, b.text]


def test_a_small_word_or_hyphenated_word_before_the_run_is_none_of_it(nlp):
    doc = nlp("In the Tenby District Council elections, the pro-Harbour Coastal People Party won.")
    texts = [m.text for m in find(doc, [])]
    assert "Coastal People Party" in texts
    assert not any(t.startswith(("In ", "Harbour")) for t in texts)


def test_a_headline_run_is_not_read_for_names(nlp):
    doc = nlp("Harbour Party Wins Big In Tenby Vote\n\nVoters came out on Monday.")
    assert find(doc, []) == []


def test_a_name_tagged_once_is_found_where_the_text_repeats_it(nlp):
    doc = nlp("Greenpeace said the ship left port. Activists from Greenpeace boarded it on Monday.")
    first = Mention(0, 10, "Greenpeace", "organization", label="organization")
    out = find(doc, [first])
    assert [(m.start, m.text) for m in out] == [(0, "Greenpeace"), (51, "Greenpeace")]
    assert [s.label_ for s in doc.spans["found_orgs"]] == ["again"]


def test_a_name_inside_a_longer_capitalised_name_is_not_found_again(nlp):
    doc = nlp("Explorer lost users. Microsoft said Internet Explorer 6 would die.")
    first = Mention(0, 8, "Explorer", "organization", label="organization")
    assert [m.start for m in find(doc, [first])] == [0]


def test_a_place_the_model_found_keeps_its_kind(nlp):
    doc = nlp("Nato was set up in 1949 to counter the Soviet Union.")
    place = Mention(doc.text.find("Soviet Union"), doc.text.find("Soviet Union") + 12, "Soviet Union", "place",
                    label="place")
    assert [m.kind for m in find(doc, [place])] == ["place"]


def test_a_newspaper_the_model_took_for_a_place_is_an_organisation(nlp):
    doc = nlp("Ana Brandt, editor at large at the Tenby Gazette, said it was worse.")
    start = doc.text.find("Tenby Gazette")
    place = Mention(start, start + 13, "Tenby Gazette", "place", label="place")
    assert [m.kind for m in find(doc, [place])] == ["organization"]
