"""A bare given name said with a title one living person bears ("Pope Tomas") is that one person in every
briefing of the corpus; a bare given name said with no such title stays with its own briefing."""

from dataclasses import replace

from generator.corpus import aggregate


def _corpus(annotate_text, texts):
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"News {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    return aggregate(anns)


def test_a_pope_named_by_his_given_name_is_one_page_across_briefings(annotate_text):
    corpus = _corpus(annotate_text, ["Pope Tomas prayed for the victims of the flood on Sunday.",
                                     "The visit of Pope Tomas to the island ended on Tuesday.",
                                     "Pope Tomas met the mayor, who thanked him for the gift."])
    pages = [p for p in corpus.entities["people"] if p.name == "Tomas"]
    assert len(pages) == 1 and len(pages[0].appearances) == 3


def test_a_bare_given_name_without_such_a_title_stays_in_its_briefing(annotate_text):
    corpus = _corpus(annotate_text, ["His brother Tomas prayed for the victims of the flood on Sunday.",
                                     "Her son Tomas visited the island on Tuesday."])
    assert len([p for p in corpus.entities["people"] if p.name == "Tomas"]) == 2
