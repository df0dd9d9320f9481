"""A photographer's credit line "Name for OUTLET" names nobody in the story."""

import pytest

from generator.nlp.creditspans import credit_spans


def named(ann):
    return {e.name for e in ann.people + ann.organizations + ann.places}


@pytest.mark.parametrize("line", ["Tomas Brandt for NPR", "Tomas Brandt for The Test Herald", "Lena K. Okafor for USA TODAY."])
def test_a_name_for_outlet_line_is_a_credit(annotate_text, line):
    text = f"Ana Ruiz toured the flooded valley on Monday.\n\n{line}\n\nShe promised aid to the farmers."
    ann = annotate_text(text)
    assert not any("Brandt" in n or "Okafor" in n for n in named(ann))
    assert "Ana Ruiz" in {p.name for p in ann.people}


def test_a_name_for_outlet_closing_a_caption_line_is_a_credit(annotate_text):
    text = ("Ana Ruiz toured the flooded valley on Monday.\n\nFarmers wait for aid near the river in Tenby. "
            "Tomas Brandt for The Test Herald\n\nShe promised aid to the farmers.")
    ann = annotate_text(text)
    assert not any("Brandt" in n for n in named(ann))
    assert "Ana Ruiz" in {p.name for p in ann.people}


@pytest.mark.parametrize("text", [
    "Carlos Vidal for President\n\nThe slogan was everywhere in Lima.",  # a slogan, not an outlet
    "Ana Ruiz spoke to Carlos Vidal for CNN on Monday.",  # a sentence, not a line of its own
])
def test_a_slogan_or_a_sentence_is_no_credit(text):
    assert not credit_spans(text)
