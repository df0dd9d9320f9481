"""Where the text writes a name, found through the document's word index: the same places a search of
the whole text finds, so a long document is not searched once per name."""

import re

import pytest


@pytest.fixture(scope="module")
def doc(nlp):
    from generator.nlp.pipeline import with_cached_text
    return with_cached_text(nlp("Tarwala Bund met al-Tarwala in Tarwala. Tarwalas came to Tarwala-on-Sea. "
                                "Abu Abu Abu sat with Dr. Le Pen and Marine Le Pen at Acme News, Acme Newsroom."))


@pytest.mark.parametrize("name", ["Tarwala", "Tarwala Bund", "Abu Abu", "Le Pen", "Acme", "Acme News", "Nobody"])
def test_a_names_occurrences_are_where_its_first_word_is_a_whole_word(doc, name):
    from generator.nlp.personhood import text_of
    from generator.nlp.textindex import occurrences
    text = text_of(doc)
    expected = [i for i in range(len(text)) if text.startswith(name, i)
                and not (i and re.match(r"\w", text[i - 1]))
                and not re.match(r"\w", text[i + len(re.match(r"\w+", name).group()):][:1])]
    assert occurrences(doc, name) == expected


def test_a_name_not_starting_with_a_word_character_is_left_to_a_search(doc):
    from generator.nlp.textindex import occurrences
    assert occurrences(doc, "'Abd") is None


@pytest.mark.parametrize("name", ["Tarwala", "Abu Abu", "Le Pen", "Acme"])
def test_a_place_names_other_occurrences_match_the_search_they_replace(doc, name):
    from generator.nlp.personhood import text_of
    from generator.nlp.placenames import _written
    text = text_of(doc)
    searched = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    assert _written(doc, text, name) == searched


@pytest.mark.parametrize("name, person", [("Le Pen", True), ("Bund", False), ("Abu", False)])
def test_a_first_name_or_honorific_before_a_name_is_found_as_the_search_found_it(doc, name, person):
    from generator.nlp.outlets import _named_as_person, _person_word
    from generator.nlp.personhood import text_of
    text = text_of(doc)
    searched = any(_person_word(m.group(1)) for m in re.finditer(rf"([A-Za-z.]+)\s+{re.escape(name)}\b", text))
    assert _named_as_person(doc, text, name) == searched == person


@pytest.mark.parametrize("name, written", [("Acme", True), ("Marine", False)])
def test_a_name_written_with_news_after_it(doc, name, written):
    from generator.nlp.outlets import _written_with_news
    from generator.nlp.personhood import text_of
    assert _written_with_news(doc, text_of(doc), name) == written


@pytest.mark.parametrize("words", [["Tarwala"], ["Tarwala", "Bund"], ["Abu", "Abu"], ["Le", "Pen"],
                                   ["Acme", "News"], ["Dr.", "Le"], ["al-Tarwala", "in"], ["Nobody"]])
def test_a_phrases_starts_match_the_search_they_replace(doc, words):
    from generator.nlp.personhood import text_of
    from generator.nlp.textindex import phrase_starts
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b"
    assert phrase_starts(doc, words) == [m.start() for m in re.finditer(pattern, text_of(doc))]
