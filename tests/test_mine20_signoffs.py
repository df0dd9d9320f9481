"""A story by two reporters ("By Ana Ruiz, Lee Park (Test Journal)") whose last paragraph runs on into
their contact line ("… in an hour. Write to Ana Ruiz at ana.ruiz@example.com and Lee Park at …"): the
reporters are the story's source, never people of it (an audit found a second author's person page)."""

from generator.nlp.annotate import annotate_doc, nlp_text
from generator.seeds import parse_seed

TEXT = ("Ferry service to resume – By Ana Ruiz, Lee Park (Test Journal) / Aug. 19, 2019\n\n"
        "Mayor Tom Reed said the ferry would run again in May. A crossing could take about an hour, "
        "Reed told the council. Write to Ana Ruiz at ana.ruiz@example.com and Lee Park at lee.park@example.com\n")


def test_each_author_and_the_contact_line_are_no_people(nlp):
    doc = parse_seed(TEXT, "t.txt", "t")
    ann = annotate_doc(doc, nlp(nlp_text(doc)), "test")
    assert [p.name for p in ann.people] == ["Tom Reed"]


def test_a_write_to_sentence_without_an_address_stays_text(nlp):
    text = TEXT.replace(" Write to Ana Ruiz at ana.ruiz@example.com and Lee Park at lee.park@example.com",
                        " Write to Senator Maria Delgado, the mayor urged residents.")
    doc = parse_seed(text, "t.txt", "t")
    ann = annotate_doc(doc, nlp(nlp_text(doc)), "test")
    assert "Maria Delgado" in [p.name for p in ann.people]
