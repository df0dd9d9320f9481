"""A photo caption whose credit is a photographer and a picture agency in round brackets is a caption,
not the story's first paragraph (so not its lead); a bracket naming no agency stays text."""

from generator.seeds import parse_seed

HEAD = "The bridge – By Ana Ruiz (Test Outlet) / Aug. 19, 2019\n\n"


def _blocks(first_line):
    doc = parse_seed(HEAD + first_line + "\n\nThe mayor said the bridge would open in May.\n", "t.txt", "t")
    return [(b.kind, b.credit) for b in doc.blocks if b.kind != "title"]


def test_a_credit_in_round_brackets_closes_a_caption():
    line = "The mayor talks with reporters at the town hall, Dec. 12, 2012, in Kell. (Tom Lee/Getty Images)"
    assert _blocks(line)[0] == ("caption", "Tom Lee/Getty Images")


def test_a_bracket_naming_no_picture_agency_is_text():
    line = "The mayor talks with reporters at the town hall in Kell. (Tom Lee/The Kell Herald)"
    assert _blocks(line)[0] == ("paragraph", None)


def test_the_lead_is_not_the_caption(annotate_text):
    from generator import brief

    ann = annotate_text("The mayor talks with reporters at the town hall, Dec. 12, 2012, in Kell. (Tom Lee/Getty "
                        "Images)\n\nThe mayor said on Tuesday that the new bridge would open in May.")
    assert brief.lead(ann).startswith("The mayor said on Tuesday")
