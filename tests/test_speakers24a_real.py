"""Speakers on real multi-voice news, nineteenth session (ids 0001-0500): kinds of sentence unseen
articles use, each pinned by sentences written for the test."""

import pytest

from tests.shownspeakers import shown


@pytest.mark.parametrize("body, starts, person", [
    ('Mayor Ben Oduya met the council on Monday.\n\nAfterwards a reporter asked Mr Oduya if his deputy had let '
     'him down. He responded: "I don\'t know, he praised me last night."', "I don't know", "Ben Oduya"),
    ('The storm hit the coast on Monday.\n\nThe host asked Nadia Kline why she stayed in the town. "Better me than '
     'a child," she said.', "Better me than", "Nadia Kline"),
    ('Governor Ray Holt spoke on Friday.\n\nA journalist asked Senator Ada Quinn whether the bill would pass. '
     '"We have the votes," she replied.', "We have the votes", "Ada Quinn"),
])
def test_the_person_asked_a_question_answers_it(annotate_text, body, starts, person):
    """"A reporter asked Mr Oduya if ... He responded:": the pronoun after a question put to a named
    person is the one asked, not the unnamed asker whose question the extractor reports."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


def test_making_sure_is_no_attitude_and_no_source(annotate_text):
    """"his aides were making sure that Z": seeing to it that Z, not the aides' belief; no claim of theirs."""
    ann = annotate_text('Mayor Ben Oduya spoke on Monday. Oduya said his aides were making sure that the roads '
                        'are clear.\n\n"We are ready for the snow," he said.')
    assert not [c for c in ann.claims if c.text.startswith("the roads")], [(c.speaker, c.text) for c in ann.claims]


@pytest.mark.parametrize("words, heads, deps, pos, main", [
    # "As the weekend's dust was settling, Mr. Dole's top adviser, Lance Hubbard, played down the row."
    # as the parser gives it within a story: "settling" the root, "played" its conjunct
    (["As", "the", "weekend", "'s", "dust", "was", "settling", ",", "Mr.", "Dole", "'s", "top", "adviser", ",",
      "Lance", "Hubbard", ",", "played", "down", "the", "row", "."],
     [6, 2, 4, 2, 6, 6, 6, 6, 9, 12, 9, 12, 17, 12, 15, 12, 12, 6, 17, 20, 17, 6],
     ["mark", "det", "poss", "case", "nsubj", "aux", "ROOT", "punct", "compound", "poss", "case", "amod", "nsubj",
      "punct", "compound", "appos", "punct", "conj", "prt", "det", "dobj", "punct"],
     ["SCONJ", "DET", "NOUN", "PART", "NOUN", "AUX", "VERB", "PUNCT", "PROPN", "PROPN", "PART", "ADJ", "NOUN",
      "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT"], "played"),
    # "As prices rose, and wages fell, ...": two clauses joined by "and" under the mark stay the root's
    (["As", "prices", "rose", ",", "and", "wages", "fell", "."], [2, 2, 2, 2, 2, 6, 2, 2],
     ["mark", "nsubj", "ROOT", "punct", "cc", "nsubj", "conj", "punct"],
     ["SCONJ", "NOUN", "VERB", "PUNCT", "CCONJ", "NOUN", "VERB", "PUNCT"], "rose"),
    # no opening mark: the root is the main clause
    (["Prices", "rose", ",", "wages", "fell", "."], [1, 1, 1, 4, 1, 1], ["nsubj", "ROOT", "punct", "nsubj", "conj",
                                                                         "punct"],
     ["NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"], "rose"),
])
def test_the_main_clause_of_an_opening_subordinate_clause_made_root(nlp, words, heads, deps, pos, main):
    """The main clause's verb, whose subject goes on as "he", past a root the parser gave to an opening
    "As ..." clause (the parse built by hand, as the parser gives it in a long story)."""
    from spacy.tokens import Doc

    from generator.nlp.claims.mainclause import main_verb

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert main_verb(next(doc.sents)).text == main


def test_a_month_in_the_words_is_not_the_person_of_that_surname(annotate_text):
    """"Mrs Mayo ruled out X, and she also said 'it would be wrong' to hold votes due from 23-26 May":
    a month that spells a person's surname is a date, not the person named inside her own words."""
    body = ('Prime Minister Helen May spoke on Monday. European Council President Jan Horak said all options '
            'remained open.\n\nMrs May ruled out a second vote, and she also said "it would be wrong" to ask '
            'voters to elect members due to sit from 23-26 May, three years after the vote.')
    spk, name, kind = shown(annotate_text, body, "it would be wrong")
    assert name == "Helen May", (spk, kind)


@pytest.mark.parametrize("body, starts, want", [
    ('Mayor Lena Brandt is in a race to sell the housing plan to the council.\n\nA spokesman for Mrs Brandt said '
     'she and her team were calling councillors all day to win support.\n\nThe Green Party\'s housing spokesman '
     'Tom Vidal said the plan would fail.', "she and her team", "A spokesman for Mrs Brandt"),
    ('Mr. Kell was met in Oslo by the US ambassador and was in good health, said a State Department official.\n\n'
     'Ali Haddad, a Liberation Front political official, said Mr. Kell had been held because his visa had expired.',
     "Mr. Kell was met", "a State Department official"),
])
def test_an_indefinite_description_naming_whom_it_speaks_for_is_not_someone_else_named_next(annotate_text, body,
                                                                                             starts, want):
    """"A spokesman for Mrs Brandt said ..." is not "The Green Party's housing spokesman Tom Vidal" named
    after it, nor "a State Department official" the rebel official named next: the description names
    whom it speaks for and no role of theirs does, so it stays an unnamed source in its own words."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (spk, name, kind) == (want, None, "anonymous")


@pytest.mark.parametrize("body, starts, person", [
    ('Sen. Walt Brody criticised the plan on Thursday.\n\nBrody, a former pilot, said Tom Vidal was wrong on both '
     'counts. The Ohio Republican said that he and Vidal had "deep differences" on the budget.',
     "he and Vidal had", "Walt Brody"),
    ('Sen. Ada Quinn, the chairwoman of the panel, said a law like the one Rep. Lena Brandt is pushing will be '
     'needed.\n\n"I think it is very serious," the Oregon Democrat told reporters.', "I think it is very serious",
     "Ada Quinn"),
])
def test_a_party_member_described_is_not_someone_named_only_in_a_sources_words(annotate_text, body, starts, person):
    """"McCain said Hagel was wrong. The Arizona Republican said ...": the party member described goes on
    with the source, not with the person the source's words name last."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, kind)


@pytest.mark.parametrize("body, starts, person", [
    ('Former Ambassador to the U.N. Nina Hallett said the U.S. would be "taking names" of countries that vote '
     'against it.', "the U.S. would be", "Nina Hallett"),
    ('Treasury Secretary Steve Marlow - the first of the US delegation to arrive in Geneva - said the president '
     'was "determined to deal" with trade.', "the president was", "Steve Marlow"),
    ('"That\'s going to be special!" said Director of National Intelligence Dan Cole, when he was told about the '
     'invitation.', "That's going to be special", "Dan Cole"),
])
def test_a_title_of_a_body_run_into_a_name_is_the_person_named(annotate_text, body, starts, person):
    """"Former Ambassador to the U.N. Nina Hallett said": the tagger takes the name for part of the body
    (or the phrase runs on past a dash or a comma); the titles run straight into the name, who speaks."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk
