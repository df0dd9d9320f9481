"""One person, one name in a briefing: a relative introduced by a kin noun and then a trade ("her husband,
artilleryman Tomas Quorin") is not the bare surname the main person goes by; a given name and a surname the
tagger found as two mentions side by side ("Ivan" + "Petrov's") are one name, not the surname of another; a
maiden name said after "marries" is the wife the text names with her husband's surname."""

from generator.nlp.mentions import Mention
from generator.nlp.splitnames import join_split_names


def people(a):
    return {p.name: sorted(a.document.text[s:e] for s, e in p.mentions) for p in a.people}


def test_a_relative_introduced_with_a_trade_after_the_kin_noun_is_not_the_bare_surname(annotate_text):
    a = annotate_text(
        "Ana Quorin helped her husband, artilleryman Tomas Quorin, and 600 troops defend the fort in 1776. "
        "When her husband was badly wounded, Quorin took over and fired his cannon. Quorin, who was also "
        "wounded, later became the first woman to receive a pension.")
    got = people(a)
    assert got["Ana Quorin"] == ["Ana Quorin", "Quorin", "Quorin"]
    assert got["Tomas Quorin"] == ["Tomas Quorin"]


TEXT = ('Anton Petrov was moved to a prison hospital. "We were next," the mayor said of Anton and his brother '
        "Ivan. The chase ended in Ivan Petrov's death.")


def _mention(word, nth=0, kind="person"):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Mention(start, start + len(word), word, kind, kind)


def test_a_given_name_right_before_a_surname_the_text_gives_is_one_name():
    ms = [_mention("Anton Petrov"), _mention("Anton", 1), _mention("Ivan"), _mention("Ivan", 1), _mention("Petrov", 1)]
    join_split_names(ms, TEXT)
    assert [m.text for m in ms] == ["Anton Petrov", "Anton", "Ivan", "Ivan Petrov"]
    assert TEXT[ms[-1].start:ms[-1].end] == "Ivan Petrov"


def test_two_surnames_side_by_side_stay_two_names():
    text = "Ana Ruiz and Tomas Vidal met. Ruiz Vidal talks went on."
    ms = [Mention(0, 8, "Ana Ruiz", "person"), Mention(13, 24, "Tomas Vidal", "person"),
          Mention(30, 34, "Ruiz", "person"), Mention(35, 40, "Vidal", "person")]
    join_split_names(ms, text)
    assert len(ms) == 4


def test_a_word_the_text_uses_alone_nowhere_else_and_no_census_name_is_not_joined():
    text = "Tomas Vidal spoke. The Quxbrook Vidal report came out."
    ms = [Mention(0, 11, "Tomas Vidal", "person"), Mention(23, 31, "Quxbrook", "person"), Mention(32, 37, "Vidal", "person")]
    join_split_names(ms, text)
    assert len(ms) == 3


def test_a_maiden_name_said_after_marries_is_the_wife_named_with_her_husbands_surname(annotate_text):
    a = annotate_text(
        "President Robert Kovac has resigned after 37 years in power. His wife, Grace Kovac, had hoped to "
        "succeed him, and her rise split the ruling party.\n\nA timeline:\n1980: Wins the first elections\n"
        "1996: Marries Grace Marufu\n")
    got = people(a)
    assert got["Grace Kovac"] == ["Grace Kovac", "Grace Marufu"]
    assert "Grace Marufu" not in got


def test_a_name_after_marries_with_no_one_else_bearing_the_other_surname_stays_apart(annotate_text):
    # nothing says Grace Kovac took her surname by marriage: no one else in the text is a Kovac
    a = annotate_text(
        "Grace Kovac, a lawyer, spoke for the family. The singer's brother Tom Petrov later said he "
        "married Grace Marufu, a teacher, in 1996.")
    got = people(a)
    assert "Grace Marufu" in got and "Grace Kovac" in got
