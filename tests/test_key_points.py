"""Key points that tell the story: the lead's and the headline subject's claims first, each distinct
(no caption printed twice, no sub-claim repeating its parent), denials kept as denials."""

from generator.model import Claim, Entity
from generator.sourcing import grade_claims

TITLE = "Senator Ruth Adler attacks summit – By Test Author (Test Outlet) / Aug 19 2019\n"
LEAD = ("Senator Ruth Adler called the summit one of the most disgraceful performances by a leader she had ever "
        "seen, in a statement issued late on Monday night from her office in the capital.\n")
FILLER = "The weather in the capital was mild and the streets were quiet for most of the day.\n" * 8


def claim(text, body, source_type="named", speaker_id=None, **kw):
    start = body.index(text)
    return Claim(text=text, start=start, end=start + len(text), source_type=source_type, speaker_id=speaker_id,
                 sentence_start=start, sentence_end=start + len(text), **kw)


def top(ranked):
    return max((c for c in ranked), key=lambda c: c.rank)


def test_lead_claim_comes_first():
    body = TITLE + LEAD + FILLER + "A farmer said the price of grain had doubled since the spring because of the war.\n"
    lead = claim("the summit one of the most disgraceful performances by a leader she had ever seen", body,
                 speaker_id="ruth-adler")
    later = claim("the price of grain had doubled since the spring because of the war", body, speaker_id="farm")
    adler = Entity(id="ruth-adler", kind="person", name="Ruth Adler", mentions=((8, 18),), salience=0.5)
    # the farmer is quoted more often elsewhere: salient, but not what the story leads with
    at = body.index("the war")
    farmer_heavy = Entity(id="farm", kind="person", name="Farm", mentions=((at, at + 7),), salience=9.0)
    ranked = grade_claims([lead, later], body, [adler, farmer_heavy])
    assert top(ranked).text == lead.text


def test_headline_subjects_claim_before_an_equal_one():
    body = TITLE + LEAD + FILLER + "Tom Baker said the talks had failed. Ruth Adler said the talks had ended.\n"
    other = claim("the talks had failed", body, speaker_id="tom-baker")
    subject = claim("the talks had ended", body, speaker_id="ruth-adler")
    people = [Entity(id="ruth-adler", kind="person", name="Ruth Adler", mentions=((8, 18),), salience=2.0),
              Entity(id="tom-baker", kind="person", name="Tom Baker", mentions=((body.index("Tom"), 0),),
                     salience=2.0)]
    ranked = {c.text: c.rank for c in grade_claims([other, subject], body, people)}
    assert ranked["the talks had ended"] > ranked["the talks had failed"]


def test_a_caption_printed_twice_is_one_key_point():
    caption = "The minister visits the flooded town of Kell on Tuesday, officials said"
    body = TITLE + LEAD + caption + ".\n" + FILLER + caption + ".\n"
    first = claim(caption, body, "organization")
    second_start = body.rindex(caption)
    second = Claim(text=caption, start=second_start, end=second_start + len(caption), source_type="organization")
    ranked = grade_claims([first, second], body)
    assert ranked[0].rank > 0 and ranked[1].rank == 0.0


def test_a_sub_claim_does_not_repeat_its_parent():
    body = TITLE + "The premier said she believes the new flag has a strong rationale and will win the vote.\n"
    outer = claim("she believes the new flag has a strong rationale and will win the vote", body)
    inner = claim("the new flag has a strong rationale and will win the vote", body)
    ranked = grade_claims([outer, inner], body)
    assert ranked[0].rank > 0 and ranked[1].rank == 0.0


def test_a_denial_in_the_lead_is_a_key_point_shown_as_a_denial(annotate_text):
    ann = annotate_text("President Ivan Petrov denied that his country meddled in the election, in a speech to "
                        "parliament on Tuesday that lasted more than two hours and drew loud applause.\n\n"
                        + FILLER.replace("\n", " "),
                        title="Petrov denies meddling")
    best = max(ann.claims, key=lambda c: c.rank)
    assert best.text.startswith("his country meddled in the election")
    assert best.stance == "denies" and "the source denies this" in best.grade_reasons


def test_the_outlets_own_background_is_no_key_point(annotate_text):
    # a treaty the outlet cites and a sentence nobody is said to say explain the story: they stay claims
    # (with a document grade) but the news is what the people in it say
    ann = annotate_text("Senator Ruth Adler said on Monday that the new bridge over the river would open before the "
                        "end of 2031, two years earlier than the date the county had given in its plan last spring.\n\n"
                        "Control of the river has never been settled, and according to the 1990 border treaty, the "
                        "final status of the river is to be agreed later. The old bridges are considered unsafe.\n\n"
                        "Mayor Tom Baker said the town would pay for half of the bridge.",
                        title="Adler: bridge by 2031")
    background = [c for c in ann.claims if "final status" in c.text]
    assert background and background[0].source_type == "document" and background[0].rank == 0.0
    assert all(c.rank == 0.0 for c in ann.claims if c.source_type == "unattributed")
    assert max(ann.claims, key=lambda c: c.rank).speaker_id == "ruth-adler"



def test_the_other_half_of_a_quote_split_by_its_cue_is_no_second_key_point(annotate_text):
    from generator import keypoints
    from generator.render import listed_claims

    ann = annotate_text("Senator Ruth Adler said on Monday that the new bridge over the river would open before the "
                        "end of 2031, two years earlier than planned.\n\n"
                        '"The money is there and the county has agreed," Adler said. "Nothing now stands in the way '
                        'of the works starting in the spring."\n\n'
                        "Mayor Tom Baker said the town would pay for half of the bridge.",
                        title="Adler: bridge by 2031")
    _, shown = listed_claims(ann)
    points = [c.text for _, c in keypoints.key_points(shown, "", 5, ann.document.text)]
    halves = [p for p in points if p.startswith(("The money is there", "Nothing now stands"))]
    assert len(halves) == 1
    # another source's claim, and the same source's claim in another paragraph, stay key points
    assert any("half of the bridge" in p for p in points) and any("open before" in p for p in points)


def test_a_headline_claim_the_text_retells_gives_way_to_the_texts_telling(annotate_text):
    from generator import brief, keypoints
    from generator.render import listed_claims

    ann = annotate_text("Senator Ruth Adler on Monday vowed to block the new pipeline through the valley unless the "
                        "company moves its route.\n\nMayor Tom Baker said the town would pay for half of the bridge.",
                        title="Ruth Adler vows to block the pipeline")
    _, shown = listed_claims(ann)
    points = [c for _, c in keypoints.key_points(shown, brief.lead(ann), 5, ann.document.text)]
    title_end = ann.document.text.index("\n")
    # the lead's sentence is the key point, not the headline's shorter copy of it
    assert points and points[0].start > title_end and "block the new pipeline" in points[0].text
    assert all(not (c.start < title_end and "pipeline" in c.text) for c in points[:2])


def test_a_headline_claim_no_other_claim_retells_keeps_its_rank():
    body = TITLE + LEAD + FILLER
    head = claim("summit", body, speaker_id="ruth-adler")
    ranked = grade_claims([head], body)
    assert ranked[0].rank > 0


def test_other_voices_come_before_a_third_point_from_one_source(annotate_text):
    from generator import keypoints
    from generator.render import listed_claims

    ann = annotate_text("Senator Ruth Adler said on Monday that the new bridge would open before the end of 2031.\n\n"
                        "Adler said the county had agreed to pay for the access roads.\n\n"
                        "Adler said the works would start in the spring.\n\n"
                        "Adler said the old ferry would keep running until the bridge opens.\n\n"
                        "Mayor Tom Baker said the town could not afford its half of the bridge.",
                        title="Adler: bridge by 2031")
    _, shown = listed_claims(ann)
    points = [c for _, c in keypoints.key_points(shown, "", 3, ann.document.text)]
    assert any("afford" in c.text for c in points)
    assert sum("Adler" in (c.speaker or "") for c in points) == 2


def test_a_single_voice_story_still_fills_its_key_points(annotate_text):
    from generator import keypoints
    from generator.render import listed_claims

    ann = annotate_text("Senator Ruth Adler said on Monday that the new bridge would open before the end of 2031.\n\n"
                        "Adler said the county had agreed to pay for the access roads.\n\n"
                        "Adler said the works would start in the spring.\n\n"
                        "Adler said the old ferry would keep running until the bridge opens.",
                        title="Adler: bridge by 2031")
    _, shown = listed_claims(ann)
    assert len(keypoints.key_points(shown, "", 5, ann.document.text)) == 4
