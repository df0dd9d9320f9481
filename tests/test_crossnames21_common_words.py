"""A bare surname said with nothing only a person gets ("With Vorlind, the question is ...") joins the corpus's
one bearer of it unless the word is a word of the language: one the corpus writes in lower case about as often
as with a capital ("a harmon"), not one it capitalises in hundreds of articles and writes in lower case in two."""

from collections import Counter
from dataclasses import replace

from generator.corpus import _merge_key, _merge_people
from generator.personshape import common_words
from tests.corpusmerge import app


def test_a_word_capitalised_in_far_more_articles_is_a_name_not_a_common_word():
    lowered = Counter({"vorlind": 2, "harmon": 1, "grace": 3})
    written = Counter({"vorlind": 300, "harmon": 2, "grace": 40})
    assert common_words(lowered, written) == {"harmon", "grace"}


def pages(common):
    apps = [app("Tomas Vorlind", ["President"], briefing=f"b{n}") for n in range(5)]
    apps.append(replace(app("Vorlind", briefing="x"), shaped=False))
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    out, _ = _merge_people(groups, common)
    return sorted(sorted({a.entity.name for a in v}) for v in out.values())


def test_an_unshaped_bare_name_joins_its_one_bearer_when_the_corpus_writes_it_as_a_name():
    assert pages(common_words(Counter({"vorlind": 2}), Counter({"vorlind": 300}))) == [["Tomas Vorlind", "Vorlind"]]


def test_an_unshaped_bare_word_of_the_language_stays_apart():
    assert pages(common_words(Counter({"vorlind": 30}), Counter({"vorlind": 40}))) == [["Tomas Vorlind"], ["Vorlind"]]
