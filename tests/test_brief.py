"""What a briefing shows first and how a claim reads, on short texts written for these tests."""

from generator import brief, keypoints
from generator.model import Annotations, Block, Claim, Document


def _ann(text: str, blocks: tuple, sentences: tuple = ()) -> Annotations:
    return Annotations(Document("t.txt", "t", text, "T", blocks=blocks), sentences=sentences)


def test_the_lead_is_the_standfirst_then_the_first_sentences_never_the_title_or_a_caption():
    title, stand = "Harbour closes", "The harbour closed on Monday after a storm."
    cap = "Boats in the harbour [Photo: A. Person]"
    body = "Ferries stopped at noon. The mayor said repairs would take a week. Fishermen waited. More text."
    text = "\n".join([title, stand, cap, body])
    starts = [text.index(x) for x in (title, stand, cap, body)]
    blocks = (Block("title", starts[0], starts[0] + len(title)), Block("standfirst", starts[1], starts[1] + len(stand)),
              Block("caption", starts[2], starts[2] + len(cap)), Block("paragraph", starts[3], len(text)))
    sentences = [(starts[1], starts[1] + len(stand))]
    for s in ("Ferries stopped at noon.", "The mayor said repairs would take a week.", "Fishermen waited.", "More text."):
        i = text.index(s)
        sentences.append((i, i + len(s)))
    lead = brief.lead(_ann(text, blocks, tuple(sentences)))
    assert lead.startswith(stand) and "Ferries stopped at noon." in lead
    assert "Boats" not in lead and "Harbour closes" not in lead and "More text" not in lead  # three sentences at most


def _lead_of(title: str, body: str, cuts: tuple[str, ...]) -> str:
    text = f"{title}\n{body}"
    b = len(title) + 1
    sentences, at = [], b
    for part in cuts:
        i = text.index(part, at)
        sentences.append((i, i + len(part)))
        at = i + len(part)
    blocks = (Block("title", 0, len(title)), Block("paragraph", b, len(text)))
    return brief.lead(Annotations(Document("t.txt", "t", text, title, blocks=blocks), sentences=tuple(sentences)))


def test_the_headline_printed_again_atop_the_body_is_not_the_lead():
    title = "Harbour closes after the storm"
    body = f"{title} Ferries may not sail for a week. The mayor said repairs had begun."
    lead = _lead_of(title, body, (f"{title} Ferries may not sail for a week.", "The mayor said repairs had begun."))
    assert lead.startswith("Ferries may not sail") and "Harbour closes" not in lead
    alone = _lead_of(title, f"{title}\nFerries stopped.", (title, "Ferries stopped."))
    assert alone == "Ferries stopped."


def test_a_kicker_the_parser_cut_at_its_colon_reads_as_one_sentence():
    lead = _lead_of("Port news", "EXCLUSIVE: The mayor said repairs had begun.", ("EXCLUSIVE", ": The mayor said repairs had begun."))
    assert lead == "EXCLUSIVE: The mayor said repairs had begun."


def test_a_quote_interrupted_by_its_attribution_shows_the_two_quoted_parts():
    text = "“We will stand by the president,” Ana Ruiz said. “And when we do, we win.”"
    c = Claim(text, 0, len(text), speaker="Ana Ruiz", form="quote", quote=True)
    assert brief.parts(c) == ["We will stand by the president", "And when we do, we win."]
    assert brief.display(c) == "“We will stand by the president” … “And when we do, we win.”"


def test_no_doubled_or_unbalanced_marks():
    c = Claim("I lost my memory.”", 0, 18, form="quote", quote=True)
    assert brief.display(c) == "“I lost my memory.”"
    c = Claim("the plan was “a disgrace”, she said", 0, 35)
    assert brief.display(c).count("“") == brief.display(c).count("”") == 1
    c = Claim("the country’s “new era", 0, 22)  # a quote that opened here and closes elsewhere
    assert brief.display(c) == "the country’s new era"  # the apostrophe stays


def test_an_attribution_set_off_by_commas_is_cut_out_of_the_claim():
    text = "New talks are planned, the envoy said, and a deal could follow."
    c = Claim(text, 0, len(text), speaker="the envoy", speaker_start=23, speaker_end=32, cue="said",
              cue_start=33, cue_end=37)
    assert brief.display(c, text) == "New talks are planned … and a deal could follow."
    quoted = "“The vote was a mistake,” Ana Ruiz said, calling it rushed."
    c = Claim(quoted, 0, len(quoted), speaker="Ana Ruiz", speaker_start=26, speaker_end=34, cue="said")  # no cue offsets
    assert brief.display(c, quoted) == "The vote was a mistake … calling it rushed."
    passive = "He was accused by officials of fraud."
    c = Claim(passive, 0, len(passive), speaker="officials", speaker_start=18, speaker_end=27, cue="accused",
              cue_start=7, cue_end=14)
    assert brief.display(c, passive) == passive  # part of the sentence: left whole


def test_a_denial_says_so_and_is_never_stated_as_fact():
    denial = Claim("the minister took the money", 0, 27, stance="denies")
    assert brief.display(denial) == "denies: the minister took the money"
    question = Claim("the ferry is safe", 0, 17, stance="questions")
    assert brief.display(question) == "questions: the ferry is safe"
    assert brief.stance(Claim("x", 0, 1)) == "asserts"


def test_a_sub_claim_of_the_same_source_is_not_listed_again_and_credits_are_no_claims():
    parent = Claim("the port will close and jobs will go", 0, 36, speaker="the mayor", speaker_id="p1")
    child = Claim("jobs will go", 24, 36, speaker="the mayor", speaker_id="p1")
    other = Claim("jobs will go", 24, 36, speaker="a union leader", speaker_id="p2")
    credit = Claim("Photo: A. Person", 40, 56, form="credit")
    twin = Claim("the port will close and jobs will go", 0, 36, speaker="the mayor", speaker_id="p1")
    shown = brief.shown([parent, child, other, credit, twin])
    assert [i for i, _ in shown] == [1, 3]  # the parent once, the other source's own claim kept


def test_a_key_point_the_lead_already_says_is_left_out():
    said = Claim("The port closed on Monday", 0, 25, rank=3.0)
    new = Claim("Repairs will take a week", 30, 54, rank=2.0)
    points = keypoints.key_points([(1, said), (2, new)], "The port closed on Monday after a storm.")
    assert [i for i, _ in points] == [2]


def test_the_leads_first_attributed_claim_is_the_first_key_point():
    # "What happened" gives the lead's words without their source: the key point says who, and comes first
    said = Claim("the port would close on Monday", 20, 50, speaker="the mayor", source_type="named", rank=1.0)
    later = Claim("the port closed too early", 60, 85, speaker="the union", source_type="organization", rank=0.5)
    new = Claim("Repairs will take a week", 90, 114, speaker="an engineer", source_type="named", rank=3.0)
    bare = Claim("The storm hit the coast", 0, 23, rank=4.0)
    points = keypoints.key_points([(1, bare), (2, said), (3, later), (4, new)],
                              "The storm hit the coast. The mayor said the port would close on Monday. The union "
                              "said the port closed too early.")
    assert [i for i, _ in points] == [2, 4]


def test_the_leads_claim_is_shown_shorter_as_a_key_point():
    said = Claim("the port would close on Monday", 20, 50, speaker="the mayor", source_type="named")
    assert keypoints.said_in_lead(said, "The mayor said the port would close on Monday.")
    assert not keypoints.said_in_lead(said, "Repairs will take a week.")
    assert brief.LEAD_POINT_WORDS < brief.KEY_POINT_WORDS


def test_a_long_key_point_is_shortened_at_a_word_with_balanced_marks():
    words = " ".join(f"w{i}" for i in range(40))
    assert brief.shorten(words, 5) == "w0 w1 w2 w3 w4 …"
    assert brief.shorten(" ".join(words.split()[:12]), 5) == " ".join(words.split()[:12])  # a few words over: whole
    assert brief.shorten("“" + words + "”", 5).endswith("…”")


def test_a_wire_dateline_opening_the_first_paragraph_is_not_part_of_what_happened():
    for dateline, first in (("OSLO, Norway (AP) — ", "Ferry crews walked out on Friday."),
                            ("NEW HAVEN (Wire) - ", "“We are ready,” the mayor said."),
                            ("LIMA — ", "Ferry crews walked out on Friday.")):
        text = f"T\n{dateline}{first} Talks resume next week."
        p = text.index(dateline)
        s2 = text.index("Talks")
        ann = _ann(text, (Block("title", 0, 1), Block("paragraph", p, len(text))), ((p, s2 - 1), (s2, len(text))))
        assert brief.lead(ann) == f"{first} Talks resume next week."
    # the parser made the dateline a sentence of its own
    text = "T\nOSLO, Norway (AP) — Ferry crews walked out on Friday. Talks resume next week."
    p, s1, s2 = 2, text.index("Ferry"), text.index("Talks")
    ann = _ann(text, (Block("title", 0, 1), Block("paragraph", p, len(text))), ((p, s1 - 1), (s1, s2 - 1), (s2, len(text))))
    assert brief.lead(ann) == "Ferry crews walked out on Friday. Talks resume next week."
    # the parser cut the place word from the rest of the dateline before its comma
    text = "T\nHALDEN, Ore. — Ferry crews walked out on Friday. Talks resume next week."
    p, s1, s2 = 2, text.index(","), text.index("Talks")
    ann = _ann(text, (Block("title", 0, 1), Block("paragraph", p, len(text))), ((p, s1), (s1, s2 - 1), (s2, len(text))))
    assert brief.lead(ann) == "Ferry crews walked out on Friday. Talks resume next week."
    # the parser cut the place word from the rest of the dateline, or a standfirst comes first
    text = "T\nHALDEN, Ore. — Ferry crews walked out on Friday. Talks resume next week."
    p, s1, s2 = 2, text.index(","), text.index("Talks")
    ann = _ann(text, (Block("title", 0, 1), Block("paragraph", p, len(text))), ((p, s1), (s1, s2 - 1), (s2, len(text))))
    assert brief.lead(ann) == "Ferry crews walked out on Friday. Talks resume next week."
    text = "T\nCrews want more pay.\nHALDEN —Ferry crews walked out on Friday."
    f, p = 2, text.index("HALDEN")
    ann = _ann(text, (Block("title", 0, 1), Block("standfirst", f, p - 1), Block("paragraph", p, len(text))),
               ((f, p - 1), (p, len(text))))
    assert brief.lead(ann) == "Crews want more pay. Ferry crews walked out on Friday."
    # a hyphen run into a name is no dateline's dash ("OVD-Info, a group …")
    text = "T\nOVD-Info, a monitoring group, counted 40 arrests."
    ann = _ann(text, (Block("title", 0, 1), Block("paragraph", 2, len(text))), ((2, len(text)),))
    assert brief.lead(ann) == "OVD-Info, a monitoring group, counted 40 arrests."
    # capitals that start a sentence are no dateline
    text = "T\nUK - EU talks resumed on Friday."
    ann = _ann(text, (Block("title", 0, 1), Block("paragraph", 2, len(text))), ((2, len(text)),))
    assert brief.lead(ann) == "UK - EU talks resumed on Friday."


def test_what_happened_skips_filler_lines_and_a_dateline_in_the_writers_case():
    for filler in ("Read a version of this story in French.", "JUST WATCHED Ferry strike Replay More Videos",
                   "Watch: the ferry strike in pictures"):
        dateline = "Bergen, Norway (Wire) -- "
        text = f"T\n{filler}\n{dateline}Ferry crews walked out on Friday. Talks resume next week."
        f, p, s2 = 2, text.index(dateline), text.index("Talks")
        ann = _ann(text, (Block("title", 0, 1), Block("paragraph", f, p - 1), Block("paragraph", p, len(text))),
                   ((f, p - 1), (p, s2 - 1), (s2, len(text))))
        assert brief.lead(ann) == "Ferry crews walked out on Friday. Talks resume next week."
    # a sentence that only starts like a filler word is news
    text = "T\nWatchdog officials (Wire) said the port was safe."
    ann = _ann(text, (Block("title", 0, 1), Block("paragraph", 2, len(text))), ((2, len(text)),))
    assert brief.lead(ann) == "Watchdog officials (Wire) said the port was safe."


def test_an_outlet_alone_in_brackets_opening_the_first_paragraph_is_not_part_of_what_happened():
    """'(CNN) – Ann Roe remained firm ...': a wire dateline with no place, only its outlet, is no news."""
    for dateline in ("(Wire) – ", "(Harbour Post) - ", "(Wire) -- "):
        text = f"T\n{dateline}Ferry crews walked out on Friday. Talks resume next week."
        p, s2 = 2, text.index("Talks")
        ann = _ann(text, (Block("title", 0, 1), Block("paragraph", p, len(text))), ((p, s2 - 1), (s2, len(text))))
        assert brief.lead(ann) == "Ferry crews walked out on Friday. Talks resume next week."
    # a bracket that opens a sentence and goes on with it is the sentence's own
    text = "T\n(Updated) Ferry crews walked out on Friday."
    ann = _ann(text, (Block("title", 0, 1), Block("paragraph", 2, len(text))), ((2, len(text)),))
    assert brief.lead(ann) == "(Updated) Ferry crews walked out on Friday."


def test_a_speaker_is_shown_without_the_relative_clause_that_describes_them():
    c = Claim("the dam will hold", 0, 17, speaker="Ola Brun , who chairs the river board since 2009")
    assert brief.speaker(c) == "Ola Brun"
    c = Claim("x", 0, 1, speaker="The port authority, which runs the docks")
    assert brief.speaker(c) == "The port authority"
    c = Claim("x", 0, 1, speaker="the harbour master, Ines Varga")  # an apposition is who they are: kept
    assert brief.speaker(c) == "the harbour master, Ines Varga"
    assert brief.speaker(Claim("x", 0, 1)) == ""


def test_a_cue_that_is_only_a_colon_is_not_shown_as_a_word():
    assert brief.cue(Claim("x", 0, 1, cue=":")) is None
    assert brief.cue(Claim("x", 0, 1, cue="told")) == "told"


def test_a_quote_interrupted_by_a_long_attribution_is_still_two_parts():
    text = ('“I sailed the route twice,” said Ola Brun, who is already being talked about as a harbour chief. '
            '“The ferry is safe.”')
    c = Claim(text, 0, len(text), speaker="Ola Brun", form="quote", quote=True)
    assert brief.display(c) == "“I sailed the route twice” … “The ferry is safe.”"


def test_a_lone_straight_quotation_mark_is_dropped():
    c = Claim('agreeing, "A promise made in 1990 binds nobody today.', 0, 52)
    assert '"' not in brief.display(c) and brief.display(c).endswith("binds nobody today.")


def test_a_quoted_sentence_never_shows_doubled_marks():
    assert brief.quoted("“The pier is safe,” the engineer said.") == "“‘The pier is safe,’ the engineer said.”"
    assert brief.quoted('The mayor called it "a scandal."') == "“The mayor called it ‘a scandal.’”"
    assert brief.quoted("Plain words.") == "“Plain words.”"


def test_a_description_linked_to_a_person_is_shown_after_the_persons_name():
    names = {"ines-varga": "Ines Varga"}
    c = Claim("x", 0, 1, speaker="the harbour master", speaker_id="ines-varga")
    assert brief.speaker(c, names) == "Ines Varga (the harbour master)"
    # the speaker's words already name the person: shown as they are
    c = Claim("x", 0, 1, speaker="Harbour master Varga", speaker_id="ines-varga")
    assert brief.speaker(c, names) == "Harbour master Varga"
    # an organisation or an unlinked source keeps its words
    c = Claim("x", 0, 1, speaker="the port authority", speaker_id="port-authority")
    assert brief.speaker(c, names) == "the port authority"


def test_a_sites_follow_widget_is_not_the_lead():
    lead = _lead_of("Port news today", "The mayor said repairs had begun. Interested in Ana Ruiz? Add Ana Ruiz as an "
                    "interest to stay up to date on the latest Ana Ruiz news. Ferries sailed again.",
                    ("The mayor said repairs had begun.", "Interested in Ana Ruiz?",
                     "Add Ana Ruiz as an interest to stay up to date on the latest Ana Ruiz news.", "Ferries sailed again."))
    assert "Interested" not in lead and "interest to stay" not in lead and "Ferries sailed again." in lead


def test_a_heading_printed_after_the_standfirst_is_not_the_lead():
    title, stand = "Port news", "The harbour reopened but fishermen say the damage lingers. Five lessons from the storm"
    body = "The tide has turned on the coast. Boats are back."
    text = "\n".join([title, stand, body])
    b1, b2 = len(title) + 1, len(title) + len(stand) + 2
    blocks = (Block("title", 0, len(title)), Block("standfirst", b1, b1 + len(stand)), Block("paragraph", b2, len(text)))
    sentences = [(text.index(x), text.index(x) + len(x)) for x in (
        "The harbour reopened but fishermen say the damage lingers.", "Five lessons from the storm",
        "The tide has turned on the coast.", "Boats are back.")]
    lead = brief.lead(_ann(text, blocks, tuple(sentences)))
    assert lead.startswith("The harbour reopened but fishermen say the damage lingers. The tide has turned on the coast.")
    alone = (Block("title", 0, len(title)), Block("paragraph", b1, b1 + 27))  # a block of one such line stays
    assert brief.lead(_ann(text, alone, ((b1, b1 + 27),))) == text[b1:b1 + 27]
