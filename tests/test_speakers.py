"""Who speaks: the subject of the cue wherever it stands, never a person named only inside the quote,
a pronoun or description the who-is-who links, a role that names its person, else the cue's words."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body, **kw):
    ann = annotate_text(LEAD + body, **kw)
    return ann, [c for c in ann.claims if c.form != "credit"]


def speaker_of(annotate_text, body, starts):
    """The claim whose content starts with `starts`, and the person entity name shown for it."""
    ann, claims = claims_of(annotate_text, body)
    c = next(c for c in claims if c.text.startswith(starts))
    names = {p.id: p.name for p in ann.people}
    return c, names.get(c.speaker_id)


@pytest.mark.parametrize("body, starts, speaker", [
    # a subject the parser splits at the comma between an office and a name is one speaker
    ('Speaking in a statement, Norway\'s Foreign Minister, Anna Berg said, "We are in talks with all sides, '
     'and we want a deal soon."', "We are in talks", "Anna Berg"),
    # a coordinated cue takes the subject of the verb it hangs from, whatever that verb is
    ("Senator Ruth Adler walked out of the hearing and said the deal was a disaster for farmers.",
     "the deal was a disaster", "Ruth Adler"),
    # a participle cue: "..., saying"
    ("Governor Tom Baker signed the bill on Tuesday, saying it would protect tenants from eviction.",
     "it would protect tenants", "Tom Baker"),
    # "was quoted as saying", "is reported as saying": the passive verb's subject
    ("Senator Ann Cole was quoted as saying that the bill would pass in May.", "the bill would pass", "Ann Cole"),
    ("Security adviser John Bolt is reported as saying that European firms trading with Iran will have to stop.",
     "European firms", "John Bolt"),
    # a relative cue: the antecedent speaks, and the content is what the relative clause says
    ("The union backed Mayor Lena Park, who said the strike would end within a week.",
     "the strike would end", "Lena Park"),
    # a weekday after the closing mark is no name after the quote: the subject of the verb speaks
    ("The governor Lena Vogt declared the bridge “a total loss” Tuesday, confirming that the state had closed it "
     "for good.", "the state had closed", "Lena Vogt"),
    # a name the parser made the subject of its apposition's to-infinitive still speaks
    ("Rep. Barbara Kell (D., Ore.), the only member of the state delegation to oppose the 1998 treaty on river "
     'shipping, said the new dams are "a costly blunder that nobody in the valley asked for."',
     "the new dams", "Barbara Kell"),
    # a relative cue on a description in apposition to a name: the name speaks
    ("Dan Hollis, the mayor's former driver who once boasted he had never missed a single shift, was "
     "sentenced on Friday.", "he had never missed", "Dan Hollis"),
    # the name after a dangling "like" in a split subject is what the speaker is compared to
    ('Chancellor Ada Krenz, like European Council President Donald Tomas has announced she will work "until the '
     'last hours" to try to avoid it.', "she will work", "Ada Krenz"),
    ('Chancellor Krenz, like European Council President Donald Tomas has announced she will work "until the '
     'last hours" to try to avoid it.', "she will work", "Krenz"),
    # a relative clause the parser hangs from the verb still speaks for the name right before "who"
    ("Mr. Hale, meanwhile, appeared to side this week with the activist Julian Ruiz who again said that his "
     "source for the emails was a friend.", "his source", "Julian Ruiz"),
    # titles joined before one name are that person, not the head of government an office word recalls
    ("Prime Minister Jane Ward said the attack was sickening.\n\nLabour leader and Islington North MP Tom Reed "
     "also visited the area, telling reporters that the attack was an attack on all of us.", "the attack was an",
     "Tom Reed"),
    ("Prime Minister Jane Ward said the attack was sickening.\n\nGreen leader and Bristol West MP Carla Denyer "
     "also visited the area, telling reporters that the attack was an attack on all of us.", "the attack was an",
     "Carla Denyer"),
])
def test_cue_subject_speaks(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


def test_participle_of_a_finding_after_an_event_has_no_speaker(annotate_text):
    _, claims = claims_of(annotate_text, "Forty drivers failed the test last month, showing that the course was too short.")
    assert all(c.speaker != "Forty drivers" for c in claims)


def test_cue_inside_another_speakers_report_takes_nothing_before_it(annotate_text):
    # the auditor's "flagged" sits inside the councillor's report: the words before it are hers
    _, claims = claims_of(annotate_text,
                          'Councillor Jane Roe said the plan was "overdue" after the auditor "flagged it last spring."')
    assert [c.speaker for c in claims] == ["Councillor Jane Roe"]


def test_a_name_inside_a_quote_is_not_a_later_pronouns_speaker(annotate_text):
    # a critic's words about someone must not become that someone's words
    body = ('Senator Ruth Adler spoke on Monday: "Nobody should trust Ivan Petrov."\n\n'
            "She said sanctions would follow within weeks.")
    c, shown = speaker_of(annotate_text, body, "sanctions would follow")
    assert shown == "Ruth Adler"


def test_headline_description_is_the_person_named_later(annotate_text):
    # "Retired teacher says ..." in the headline, then "Maria Lopez, a retired teacher, said": named
    ann = annotate_text("Maria Lopez, a retired teacher from Leeds, said the school had hidden the report for years.",
                        title="Retired teacher says the school hid its report")
    c = next(c for c in ann.claims if c.text == "the school hid its report")
    assert c.speaker_id == "maria-lopez" and c.source_type == "named" and c.grade == "A"


def test_indefinite_description_after_the_name_is_someone_else(annotate_text):
    # once Maria Lopez is named, "a retired teacher" is another person, left as the cue's own words
    body = ("Maria Lopez, a retired teacher, said the school had hidden the report.\n\n"
            "A retired teacher said the heating had been broken since May.")
    c, shown = speaker_of(annotate_text, body, "the heating")
    assert shown is None and c.speaker == "A retired teacher"


def test_linked_reference_wins_over_the_nearest_name(nlp):
    # the who-is-who (references.py) links the pronoun; set by hand here as the interface allows
    from spacy.tokens import Span

    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    document = parse_seed("Test briefing – By Test Author (Test Outlet) / Aug 19 2019\n\n"
                          "Ruth Adler met Tom Baker on Friday. She said the deal was dead.\n", "t.txt", "t")
    doc = nlp(nlp_text(document))
    she = next(t for t in doc if t.text == "She")
    doc.spans["person_refs"] = [Span(doc, she.i, she.i + 1, label="ruth-adler")]
    ann = annotate_doc(document, doc, "t")
    c = next(c for c in ann.claims if c.text.startswith("the deal"))
    assert c.speaker_id == "ruth-adler" and c.speaker == "Ruth Adler"


@pytest.mark.parametrize("body, starts, speaker", [
    # a whole sentence ending in a colon introduces its subject's words
    ("During questions on Wednesday, Prime Minister Carl Dunn defended the record of his government: "
     '"We are working as fast as we can to bring that law forward."', "We are working", "Carl Dunn"),
    ("Opposition leader Vera Kranz, who has long opposed the scheme, attacked the minister over the costs of the "
     'new airport: "This is money we simply do not have, and everyone in the region knows it."',
     "This is money", "Vera Kranz"),
    # a participle opening the sentence is no part of the speaker
    ("Writing in a blog post, columnist Pavel Marek of the Daily Ledger called the long dispute over the stadium "
     'a farce: "Nobody will win this fight, least of all the fans."', "Nobody will win", "Pavel Marek"),
    # the previous paragraph ends in a colon; its subject, parsed off the verb, speaks
    ('Asked about the plan, Ann Holt, a Republican from Ohio, was blunt:\n\n"It is a disaster for every farmer in '
     'the state."', "It is a disaster", "Ann Holt"),
    # "For X, ...:" opening the introducing sentence: X speaks, not the clause's subject
    ("Some voters were angry at the council. For economist Hanna Lutz, the lesson is a plain one: "
     '"People will not pay more for a service that keeps getting worse every single year."',
     "People will not pay", "Hanna Lutz"),
    # "according to" an office and a name
    ("The old library drew record crowds when it showed its map collection in 2012, according to archivist "
     "Helen Brody.", "The old library", "Helen Brody"),
])
def test_speaker_of_introduced_quotes(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


@pytest.mark.parametrize("body, starts, speaker", [
    # the clause before the colon introduces the quote: its subject is the "he" that closes it, not the
    # source who spoke last
    ("Professor Lena Vogt said the budget was late again.\n\nSenator Paul Dorn attacked Governor Mark Abel over "
     'the delay: "This is a mess that could have been avoided with a little planning," he said.',
     "This is a mess", "Paul Dorn"),
    # the introducing clause's own "he" goes on: who it names after it does not speak
    ("Professor Lena Vogt praised the governor.\n\nSenator Paul Dorn sat on the budget panel; he does not "
     'quarrel with her praise of Governor Mark Abel: "The man learned our ways slowly, but he did learn them," '
     "he says.", "The man learned", "Paul Dorn"),
    ("Professor Lena Vogt said the mayor had a mixed record.\n\nIn a radio ad in 2010, Mayor Ted Dorn proudly spoke "
     'about his quarrels with the unions: "Every contract I signed cost the city less than the last," he said.',
     "Every contract I signed", "Ted Dorn"),
])
def test_pronoun_closing_a_colon_introduced_quote(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


@pytest.mark.parametrize("body, starts, speaker", [
    # a clause of contrast after the main clause goes on with the main clause's subject, not the person
    # the main clause mentions last
    ("Governor Mark Abel criticised the plan. Senator Paul Dorn also praised Mr. Abel's decision, though in "
     "2009 he said he had grave doubts about the levy.", "he had grave doubts", "Paul Dorn"),
])
def test_pronoun_in_a_trailing_clause_of_contrast(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


@pytest.mark.parametrize("body, starts, speaker", [
    # the sentence before is about a person's point: that person goes on as "he", not the person attacked
    ("Mayor Tom Reyes answered first. Senator Paul Dorn's main aim was to paint Governor Mark Abel as an idle "
     'manager. "We hear plans every spring, and nothing is ever built," he said.', "We hear plans", "Paul Dorn"),
])
def test_pronoun_after_a_sentence_about_a_persons_point(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


def test_denial_introducing_a_quote_gives_the_quote_to_the_denier(annotate_text):
    body = ('In a statement to the radio station, the club denied the allegations:\n\n'
            '"He was never forced to stay. He was free to leave at any time."')
    _, claims = claims_of(annotate_text, body)
    assert [(c.speaker, c.text) for c in claims] == [
        ("the club", "He was never forced to stay. He was free to leave at any time.")]


def test_coordinated_cue_the_parser_joins_to_the_reported_clause(annotate_text):
    # "and claim" belongs to the club's report, not to Jane Roe inside it
    _, claims = claims_of(annotate_text,
                          "The club said Jane Roe was a volunteer and claim she has a motive for misrepresenting her years.")
    assert all(c.speaker == "The club" for c in claims)


def test_pronoun_speaker_is_not_the_person_the_words_name(annotate_text):
    # "He said, 'Orson Welles changed ...'": the nearest name is who the quote is about
    body = 'For Dana Pike, a teacher at the school, Orson Welles was a giant. He said, "Orson Welles changed how ' \
           'every film after him was made."'
    c, shown = speaker_of(annotate_text, body, "Orson Welles changed")
    assert shown == "Dana Pike"


def test_quote_glued_to_its_cue_hides_the_name_inside(annotate_text):
    # 'said," [The mayor] ...' opens a quote; the pronoun after it is the speaker again
    body = ('Ana Reyes spoke to the crowd on Friday. Ana Reyes said," [Mayor Tom Hale] liked the way the old '
            'market looked". She explained how the market had shaped the town.')
    c, shown = speaker_of(annotate_text, body, "how the market")
    assert shown == "Ana Reyes"


@pytest.mark.parametrize("body, starts, shown, person", [
    # a pronoun opening a coordinated subject is resolved as it would be alone, the others kept
    ("President Jane Morrow condemned the bombing on Sunday, as she and other leaders vowed to find the attackers.",
     "to find the attackers", "Jane Morrow and other leaders", "Jane Morrow"),
    ("Governor Paul Hensley criticised the ruling, as he and his aides promised to appeal it.",
     "to appeal it", "Paul Hensley and his aides", "Paul Hensley"),
])
def test_a_pronoun_in_a_coordinated_subject_is_the_person_it_stands_for(annotate_text, body, starts, shown, person):
    c, name = speaker_of(annotate_text, body, starts)
    assert (c.speaker, name) == (shown, person)


@pytest.mark.parametrize("body, starts, speaker", [
    # a reporting verb after the quote's comma, however the parser reads it
    ('"Officers of the army were sent to the front to lead operations if the enemy does not stop the broadcasts '
     'within two days", added TNA.', "Officers of the army", "TNA"),
    # "according to" vouches for the clause it stands in
    ("The Ledger has learned that according to a forum post made on Friday, the city website is being attacked "
     "by hackers.", "the city website", "a forum post made on Friday"),
])
def test_speaker_text(annotate_text, body, starts, speaker):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text.split(",")[0][:len(starts)], c.speaker) for c in claims] == [(starts, speaker)]


def test_a_link_to_the_person_the_quote_names_is_not_taken(nlp):
    # the who-is-who may link "He" to the nearest man; the quote names him, so he is not its speaker
    from spacy.tokens import Span

    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    document = parse_seed("Test briefing – By Test Author (Test Outlet) / Aug 19 2019\n\n"
                          'For Dan Pike, a teacher at the school, Orson Welles was a giant. He said, "Orson Welles '
                          'changed how every film after him was made."\n', "t.txt", "t")
    doc = nlp(nlp_text(document))
    he = next(t for t in doc if t.text == "He")
    ann = annotate_doc(document, doc, "t")  # fills person_refs itself when references.py is there
    ids = {p.name: p.id for p in ann.people}
    doc.spans["person_refs"] = [Span(doc, he.i, he.i + 1, label=ids["Orson Welles"])]
    from generator.nlp import claims as claims_mod

    found = claims_mod.extract(doc, lambda s, e: next(((p.id, "person", p.name) for p in ann.people
                                                        if any(a < e and s < b for a, b in p.mentions)), None),
                               document, list(ann.people))
    c = next(c for c in found.claims if c.text.startswith("Orson Welles changed"))
    assert c.speaker_id == ids["Dan Pike"]


def test_an_acronym_like_a_relative_pronoun_is_an_organisation(annotate_text):
    _, claims = claims_of(annotate_text, "WHO say vitamin deficiency is the most common cause of illness in children.")
    assert [(c.speaker, c.source_type) for c in claims] == [("WHO", "organization")]


@pytest.mark.parametrize("body, speaker", [
    # a participle aside is no part of the speaker phrase
    ("President Dan Cole, speaking at a rally in Ohio, said the economy was booming.", "President Dan Cole"),
    # a party and state in brackets keeps its closing bracket
    ("Sen. Mary Holt (R-Maine) said in an interview that she would vote no on the bill.", "Sen. Mary Holt (R-Maine)"),
])
def test_speaker_phrase(annotate_text, body, speaker):
    _, claims = claims_of(annotate_text, body)
    assert [c.speaker for c in claims] == [speaker]


def test_a_counter_claim_has_its_own_speaker(annotate_text):
    _, claims = claims_of(annotate_text, "Democrats argued that the evidence was overwhelming, while Republicans "
                                         "countered that the process was unfair.")
    assert [(c.speaker, c.text) for c in claims] == [("Democrats", "the evidence was overwhelming"),
                                                     ("Republicans", "the process was unfair")]


def test_quote_standing_alone_after_someone_elses_sentence(annotate_text):
    # the person the paragraph before is about answers; the earlier speaker does not go on
    body = ('"We will win this fight in the courts," Senator Ann Holt said on Monday.\n\n'
            "Ivan Petrov dismissed the remarks on Tuesday.\n\n"
            '"She knows nothing about our country or its people."')
    c, shown = speaker_of(annotate_text, body, "She knows nothing")
    assert shown == "Ivan Petrov"


def test_quote_standing_alone_that_names_the_person_before_it_stays_with_the_speaker(annotate_text):
    body = ('"We will win this fight in the courts," Senator Ann Holt said on Monday.\n\n'
            "Ivan Petrov met the envoy on Tuesday.\n\n"
            '"Petrov knows nothing about our country or its people."')
    c, shown = speaker_of(annotate_text, body, "Petrov knows nothing")
    assert shown == "Ann Holt"


@pytest.mark.parametrize("body, starts, speaker", [
    # "the spokeswoman" is the person stated to be press secretary
    ("Dana Whitfield, the mayor's press secretary, met reporters on Friday. Councillor Omar Reyes left early.\n\n"
     "The spokeswoman said the budget would be published in March.", "the budget would be", "Dana Whitfield"),
    # "the Ohio lawmaker" is the senator, the most recently mentioned lawmaker
    ("Senator Paul Hendry of Ohio voted against the bill. Representative Carla Mendes backed it.\n\n"
     "The lawmaker said the vote was a mistake.", "the vote was a mistake", "Carla Mendes"),
])
def test_definite_description_of_an_office_is_its_holder(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


def test_the_man_who_is_the_subject_of_the_previous_sentence(annotate_text):
    # a writer varies "Victor Hale" by what he did: "the man who ..." is him, not an unnamed source
    body = ("Victor Hale won the regional election in April by a wide margin.\n\n"
            "The man who promised to close the old mine said the decision would be made by June.")
    c, shown = speaker_of(annotate_text, body, "the decision would be")
    assert shown == "Victor Hale", (c.speaker, c.text)


def test_free_relative_speaks_through_its_pronoun(annotate_text):
    # "What she told the board was ...": the pronoun inside the free relative is the speaker
    body = ("Governor Alma Ruiz visited the clinic on Friday.\n\n"
            'What she told the staff was blunt: "The clinic will stay open next year, and nobody will lose a job."')
    _, claims = claims_of(annotate_text, body)
    names = [c.speaker for c in claims]
    assert all(not (n or "").lower().startswith("what") for n in names), names
    assert any(c.speaker_id == "alma-ruiz" for c in claims), [(c.speaker, c.text) for c in claims]


def test_a_place_in_the_description_rules_out_an_office_holder_from_elsewhere(annotate_text):
    # "the Ohio lawmaker" is the Ohio senator even though the Texas representative was named since
    body = ("Paul Hendry, a senator from Ohio, voted against the bill. Carla Mendes, a representative from Texas, "
            "backed it.\n\nThe Ohio lawmaker said the vote was a mistake.")
    c, shown = speaker_of(annotate_text, body, "the vote was a mistake")
    assert shown == "Paul Hendry", (c.speaker, c.text)


def test_a_leader_of_another_country_is_not_the_description(annotate_text):
    # "the US leader" cannot be the Russian president, however recently he was named
    body = ("President Tom Baker flew to Vienna on Sunday. He met Ivan Sorokin, the Russian president, at the palace.\n\n"
            "The US leader said the talks had gone well.")
    c, shown = speaker_of(annotate_text, body, "the talks had gone well")
    assert shown == "Tom Baker", (c.speaker, c.text)


def test_an_office_of_another_body_is_not_the_description(annotate_text):
    # "the leader of the State Assembly" is no leader whose stated office is of another body
    body = ("President Tom Baker refused to sign the budget on Friday. Speaker Ana Ruiz said she would wait.\n\n"
            "However, the opposition leader of the State Assembly said the next move was up to Mr Baker.")
    c, shown = speaker_of(annotate_text, body, "the next move was up to Mr Baker")
    assert shown != "Tom Baker", (c.speaker, c.text)


def test_a_pronoun_skips_the_nearer_person_of_the_other_sex(annotate_text):
    # "she" after Mike Tanner was named is still Laura Grant, the woman the story is about
    body = ("Laura Grant visited the clinic on Friday. The building is old. The roof leaks. The lifts are broken. "
            "Mike Tanner, the manager, showed the wards.\n\n"
            'What she told the nurses was blunt: "The clinic will stay open next year, and nobody will lose a job."')
    c, shown = speaker_of(annotate_text, body, "The clinic will stay open")
    assert shown == "Laura Grant", (c.speaker, c.text)


@pytest.mark.parametrize("body, starts, speaker", [
    # the people a source names in its own words are talked about: "he" after them is still the source
    ('Representative Tom Ruiz said the promises Mr Carter had made to Mr Volkov meant "the public deserves to '
     'know what was agreed".\n\nIf the envoy refused to testify, he should be called before the panel, he wrote.',
     "If the envoy refused", "Tom Ruiz"),
    # the subject of the sentence before goes on as "he", not a name that sentence only mentions
    ("Senator Dan Moore, a longtime friend of Judge Paul Kerr, agreed with the governor.\n\n"
     "He said the state had a duty to rebuild the dams.", "the state had a duty", "Dan Moore"),
    # "she" after a woman who just spoke, not a person named by a surname alone whose gender is never told
    ("Education Secretary Anna Lopez said the budget was tight. Vice President Carter said the schools would open "
     "in May.\n\n"
     "She said the money should follow the pupils.", "the money should follow", "Anna Lopez"),
    # a day the parser takes into the speaker phrase after the verb is not part of the name
    ('Senator Ruth Adler spoke to reporters. "Nothing has changed since the vote in April," said Adler Wednesday.',
     "Nothing has changed", "Ruth Adler"),
    # the quote the cue closes is no sentence of its own: the subject before the quote goes on as "he",
    # not the man that subject blamed, whom the quote calls "he"
    ("Senator Paul Grant (D., Ohio) toured a steel mill in Toledo, Ohio, and blamed Mr. Victor Hale for the "
     "layoffs. \u201cWhy doesn\u2019t he ask the owners to keep the plant open?\u201d he said.",
     "Why doesn", "Paul Grant"),
    # "he" as subject of the sentence before is the same person: looked for from there, past a sentence the
    # parser split after the quote's "!"
    ('President Paul Hale said on Twitter that Iran "made a very big mistake!" before telling reporters alongside '
     "Canadian Prime Minister Justin Moore that the country would not stand for it.\n\nAt the same time, he seemed "
     "to leave open the possibility that it was not an intentional act.\n\n\u201cI find it hard to believe it was "
     "intentional,\u201d he said.", "I find it hard", "Paul Hale"),
    # "he" in a clause joined to one whose subject is named is that subject, not the last speaker
    ("Former Governor Dan Hill said on Monday that \u201cthe board should be replaced.\u201d\n\nSen. Ray Moss, "
     "Ohio Republican, stopped short of accusing the board of lying, but he said serious questions remain over the "
     "budget.", "serious questions", "Ray Moss"),
    # the one person a plural subject names as its example goes on as "he"
    ("President Barack Olsen won a second term.\n\nCraig Shelby, a conservative adviser, spoke on Monday. \"I think "
     "the chairman did a strong job,\" says Bill Greer, a strategist.\n\nBut others, like Shelby, see a need for "
     "much more fundamental change, given what he sees as the historic nature of Olsen's re-election.\n\n"
     "\"Sometimes it takes a second election to understand the first,\" he said.", "Sometimes it takes",
     "Craig Shelby"),
    # the subject of a clause of contrast opening the sentence is its "he", and the next "He added" goes on with him
    ('Acting Director Ken Cucchi spoke on Sunday.\n\nOn Friday, President Donald Trask confirmed that raids would '
     'begin on Sunday.\n\n"They are going to take people out," Trask said at the White House.\n\nWhile Cucchi '
     'declined to get specific on when the raids would start, he said on Sunday that "it shows how far we have '
     'fallen."\n\nHe added that agents have a tougher time doing their job.', "agents have a tougher", "Ken Cucchi"),
    # an organisation named inside a report is not who a later "he" is
    ("Mr. Ben Rowe said U.S. intelligence believes the regime has used sarin against several rebel targets over the "
     "past year, and he listed the dates. He said the known death toll is 100 to 150 people.", "the known death toll",
     "Ben Rowe"),
    # in a relative clause, the subject of the sentence the clause hangs in
    ('In an interview, President Oberg said, "For us to say that you have to get insurance is absolutely not a tax '
     'increase."\n\nFreshman Republican Rep. Dave Schwab of Arizona pointed to that argument from the president, '
     "which he said his opponent also made.", "which he said", "Dave Schwab"),
    # "he" inside a speaker's quote is a person that quote named before it
    ('"I met Senator Tom Berg last week, and he says that legal immigrants are welcome," Ann Cole said.',
     "legal immigrants", "Tom Berg"),
    # the subject goes on as "he", not the owner of the argument the subject challenged
    ("Mr. Dan Ross directly challenged Mr. Tom Reed's argument that the tax would help the farms.\n\n"
     "He said any new tax would hurt the farmers.", "any new tax", "Dan Ross"),
])
def test_pronoun_and_inverted_speakers(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


def test_a_verb_opening_the_next_paragraph_is_no_cue_of_the_quote(annotate_text):
    # "Write to the author at ..." under an article is not who said the quote above it
    body = ('Mayor Tom Hale spoke on Monday.\n\n"We will open the books," he said. "Nothing is hidden from the '
            'voters of this town."\n\nWrite to Jo Bell at jo.bell@example.com.')
    _, claims = claims_of(annotate_text, body)
    assert claims and all(c.speaker_id == "tom-hale" for c in claims), [(c.speaker, c.text) for c in claims]


def test_headline_office_before_a_colon_is_the_person_holding_it(annotate_text):
    # "Council spokesman: …" drops the article a headline drops; its capitalised words name the office,
    # and the speaker is the person stated to hold it (a press secretary is a spokesman)
    body = ("Council spokesman: If the bridge stays shut, it's the builder's fault\n\n"
            "Council press secretary Paul Reed said on Sunday that the bridge would reopen in May.")
    c, shown = speaker_of(annotate_text, body, "If the bridge stays shut")
    assert shown == "Paul Reed" and c.source_type == "named"


def test_a_source_reported_inside_a_quote_is_not_the_next_he(annotate_text):
    # Cole speaks only inside Roe's quote; "He added" goes on with Roe, whose quote it is
    body = ("“I do not know why the board waited,” Tom Roe said on Friday. “Dan Cole said that he never saw the "
            "letter, and that is simply not true.”\n\n"
            "He added: “The letter was sent to his office in May.”")
    c, shown = speaker_of(annotate_text, body, "The letter was sent")
    assert shown == "Tom Roe"


@pytest.mark.parametrize("body, starts, speaker", [
    # a description resolved as a speaker goes on as "he" after the quote, not the person its
    # sentence only mentions; and "the vice-president" is not the president
    ("Vice President Carl Ostrander arrived in Oslo on Monday with President Lars Moen.\n\n"
     "The US vice-president praised Mr Moen's decision to expand the port, saying it had \"changed the region\".\n\n"
     "\"Norway is our oldest partner,\" he stated. \"We will open a new consulate in Bergen next spring.\"",
     "Norway is our oldest partner", "Carl Ostrander"),
    ("Vice President Carl Ostrander arrived in Oslo on Monday with President Lars Moen.\n\n"
     "The US vice-president praised Mr Moen's decision to expand the port, saying it had \"changed the region\".",
     "it had", "Carl Ostrander"),
    # the same with the office hyphenated, however the parser splits "vice-president"
    ("The new port will open before the end of 2031, Vice-President Carl Ostrander has said.\n\n"
     "The US vice-president defended Mr Moen's decision to break with his party in a speech to parliament "
     "on Monday, saying it had \"ended a long dispute\".", "it had", "Carl Ostrander"),
])
def test_a_description_speaker_goes_on_as_he(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


def test_he_after_an_unnamed_subject_is_that_source_not_the_person_it_mentions(annotate_text):
    # "He said" continues the unnamed official the sentence before is about, not the general it names
    body = ("General Tom Reyes is under investigation over his emails.\n\n"
            "The senior defense official who described the inquiry into General Reyes would not say whether "
            "the messages were classified. He said he did not know whether the minister had read them.")
    c, shown = speaker_of(annotate_text, body, "the minister had read")  # (a question: "did not know whether Z")
    assert shown is None and c.source_type == "anonymous", (c.speaker, c.text)


@pytest.mark.parametrize("body, starts", [
    # a heading and a byline line between the name and the description are passed over
    ("Victor Hale won the regional election in April by a wide margin.\n\n"
     "Hale puts rivals on the back foot\n\nAnalysis by Jo Marsh, Northern Times\n\n"
     "The man who promised to close the old mine said the decision would be made by June.",
     "the decision would be"),
    # "the man who ..." twice in a row is the same person again
    ("Victor Hale won the regional election in April by a wide margin.\n\n"
     "The man who promised to close the old mine now wants to keep it open.\n\n"
     "The man who campaigned on coal said the jobs mattered more than the budget.",
     "the jobs mattered"),
])
def test_the_man_who_looks_past_headings_and_repeats(annotate_text, body, starts):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == "Victor Hale", (c.speaker, c.text)


@pytest.mark.parametrize("body, starts", [
    # the parser may take a noun of the quote for the subject: the name after "said" speaks
    ('"The more towns that would join, I think the better," said Councillor Tom Reddin. "Anything a town '
     'can do to cut the cost is welcome."', "The more towns"),
    ('"The more towns that would join, I think the better," said Councillor Tom Reddin. "Anything a town '
     'can do to cut the cost is welcome."', "Anything a town"),
])
def test_the_name_after_said_speaks_for_the_quote_before(annotate_text, body, starts):
    ann, claims = claims_of(annotate_text, body)
    c = next(c for c in claims if starts in c.text)
    assert c.speaker_id == "tom-reddin", (c.speaker, c.text)


@pytest.mark.parametrize("body, starts, speaker", [
    # a surname with its particle, after the full name, is the person
    ('Deputy Foreign Minister Faisal al Rahim said the strike was a provocation.\n\n'
     '"When they attack, this is a declaration of war," al Rahim said.', "When they attack", "Faisal al Rahim"),
    # "the U.N. secretary-general" is the person stated to hold the office
    ("United Nations Secretary-General Ban Ki-moon said the UN could not verify the claims.\n\n"
     "The U.N. secretary-general called on all sides to show restraint.", "all sides", "Ban Ki-moon"),
])
def test_a_surname_or_office_after_the_full_name_is_the_person(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


def test_state_media_is_an_organisation_not_an_anonymous_source(annotate_text):
    c, _ = speaker_of(annotate_text, "State media said the army was only clearing the area.", "the army")
    assert c.source_type == "organization", (c.speaker, c.source_type)


@pytest.mark.parametrize("body, starts, speaker", [
    # "added the South Carolina Republican" after a quote: the person just named, not a word of the quote
    ('"I think the dam is about to break on the budget," Sen. Lindsey Grant wrote on Monday.\n\n'
     '"We are going to find a system failure before, during, and after the vote," added the South Carolina '
     'Republican.', "We are going to find", "Lindsey Grant"),
    # "the Pope" after two popes were named is the one named last
    ("Pope John Paul II visited the shrine in 1979. Pope Francis arrived on Sunday.\n\n"
     "The Pope said the shrine was a place of peace.", "the shrine was a place", "Francis"),
])
def test_a_party_or_title_description_is_the_person_named_last(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


def test_a_party_description_is_not_someone_of_the_other_party(annotate_text):
    body = ("Democratic Senator Ann Cole of Ohio spoke first.\n\n"
            '"The vote was a mistake and we will undo it," said the Texas Republican.')
    c, shown = speaker_of(annotate_text, body, "The vote was a mistake")
    assert shown != "Ann Cole", (c.speaker, c.text)


def test_he_after_a_warning_to_someone_is_the_person_warned(annotate_text):
    # the person a request is put to is who the story goes on about, not a name the source talks about
    body = ("Foreign Secretary Tom Hale is travelling to Washington on Sunday to discuss the matter.\n\n"
            "The UN also warned Mr Ray Dorsey not to walk away from the deal.\n\n"
            "However, he has threatened that the US will withdraw from the deal on 12 May.")
    c, shown = speaker_of(annotate_text, body, "the US will withdraw")
    assert shown == "Ray Dorsey", (c.speaker, c.text)


@pytest.mark.parametrize("body, starts, speaker", [
    # the name in apposition speaks, not another person whose role is of the same office class
    ("Party leader Ann Foyle said the plan could not pass.\n\n"
     'During the debate, the leader of the Green group, Ian Blackwood, said there was "no such thing as a good '
     'deal".', "there was", "Ian Blackwood"),
    # a quote standing alone after a sentence about a person named in apposition is theirs
    ('Senator Ruth Adler said the plan was "a disgrace".\n\n'
     "The region's police chief, Omar Tellez, backed the idea. \"If such a centre opens in the valley, that will be "
     'a good sign for all of us."', "If such a centre", "Omar Tellez"),
    # "according to" a description with the name set off after it, however the parser hangs the name
    ('According to the chairman of the House committee, Republican Rep. Paul Kerr of New York, the director '
     'testified today that "from the start, he had told us that this was a terrorist attack."', "the director",
     "Paul Kerr"),
])
def test_the_name_in_apposition_speaks(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


def test_the_president_is_not_the_prime_minister(annotate_text):
    body = ("Prime Minister Tom Hale met donors on Monday.\n\n"
            "The president added that the talks had gone well for both countries.")
    c, shown = speaker_of(annotate_text, body, "the talks had gone well")
    assert shown != "Tom Hale", (c.speaker, c.text)


def test_a_transcript_label_names_the_speaker(annotate_text):
    # 'HALE: "..."' in a transcript excerpt is Hale's, not the last speaker's before the excerpt
    body = ('Speaker Paul Ryder also released a video this week, saying "it is time for the wall".\n\n'
            "Here are some key quotes from the call.\n\nOn the Mexico phone call\n\n"
            'HALE: "I won the state because the state is a drug-infested den."\n\n'
            "President Tom Hale spoke to the Mexican leader for an hour.")
    c, shown = speaker_of(annotate_text, body, "I won the state")
    assert shown == "Tom Hale", (c.speaker, c.text)


@pytest.mark.parametrize("body, starts, opening", [
    # "X said he ...": the "he" opening the words is X, not the subject of the sentence before
    ("Earlier, Prime Minister Tom Hale said the two countries were working together.\n\n"
     "President Omar Tellez said he will no longer accept the envoy as a mediator.", "he will no longer", "Omar Tellez"),
    # an unnamed speaker's "he" is not guessed
    ("General Tom Reyes is under investigation.\n\n"
     "An official said he did not know that the minister had read the emails.", "he did not know", None),
])
def test_who_an_opening_he_stands_for(annotate_text, body, starts, opening):
    c, _ = speaker_of(annotate_text, body, starts)
    assert c.opening_name == opening, (c.speaker, c.opening_name)


def test_an_organisation_is_not_the_person_whose_role_begins_with_it(annotate_text):
    body = ("Nate Orwell, an ACLU staff attorney, said the suit sought no money.\n\n"
            "The ACLU pushed back, calling the company's claims a misguided attempt at marketing.")
    c, shown = speaker_of(annotate_text, body, "the company's claims")
    assert shown is None and c.source_type == "organization", (c.speaker, c.source_type)


def test_a_we_inside_a_quote_is_no_speaker_for_the_next_quote(annotate_text):
    # the quote after '"We ... request ...," he said.' goes on with the spokesman
    body = ("Indian officials said the troops had acted in self-defence.\n\n"
            'Foreign ministry spokesman Zhao Lin said troops crossed the line twice. "We again solemnly request that '
            'the other side restrains its front line troops," he said. "Do not cross the border, do not provoke '
            'trouble, do not take any action that would complicate the situation."')
    _, claims = claims_of(annotate_text, body)
    c = next(c for c in claims if "Do not cross the border" in c.text)
    assert c.speaker_id == "zhao-lin", (c.speaker, c.text)


@pytest.mark.parametrize("body, starts, speaker", [
    # "they" after named people joined as the subject of the sentence before are those people
    ("Business groups wrote to the minister, saying the country faced an emergency.\n\nUnion chief Frances "
     "Ogden and business chief Carol Fairley have requested a meeting.\n\nThey said: \"Our country is facing a "
     "national emergency. Firms are not ready for this outcome.\"", "Our country", "Frances Ogden and Carol Fairley"),
    # unnamed people joined as a subject are a group "they" goes on with
    ("The suspect's mother, sister and nephew said in a statement: \"We are in shock, it is unbelievable.\"\n\n"
     "They added that their hearts went out to the injured.", "their hearts",
     "The suspect's mother, sister and nephew"),
])
def test_they_after_a_joined_subject_is_that_subject(annotate_text, body, starts, speaker):
    c, _ = speaker_of(annotate_text, body, starts)  # (named people: each one's claim, shown as their joint statement)
    assert (c.joint_speaker or c.speaker) == speaker, (c.speaker, c.text)


@pytest.mark.parametrize("body, outer, inner", [
    # a trailing cue set off by a comma reports the whole clause before it, the clause's own cue inside
    ('Spokesman Jay Tran rejected the attacks.\n\nMs. Ruiz believed in 1998 and still believes that "there are '
     'steps we can take to promote opportunity for all," Tran said.', "Jay Tran", "Ruiz"),
    ('Intelligence officials now "clearly believe" that the attack was not a spontaneous event sparked by the video, '
     "Rep. Paul Kerr (R-N.Y.) just told reporters.", "Paul Kerr", "Intelligence officials"),
])
def test_a_trailing_cue_reports_a_clause_with_its_own_cue(annotate_text, body, outer, inner):
    ann, claims = claims_of(annotate_text, body)
    names = {p.id: p.name for p in ann.people}
    # the outer claim holds the inner one, which keeps its own speaker
    assert [names.get(c.speaker_id) or c.speaker for c in claims[-2:]] == [outer, inner]
    assert claims[-2].start <= claims[-1].start and claims[-1].end <= claims[-2].end


@pytest.mark.parametrize("body, starts, speaker", [
    # a name modifying a common noun is not who the noun is: the description stays the speaker's words
    ("Senator Ann Cole has not said whether she will run, but a veteran Cole strategist told reporters on Monday "
     "that the campaign was ready.", "the campaign was ready", "a veteran Cole strategist"),
    ("Mayor Ann Cole spoke first.\n\nThe Cole strategist said the race was close.", "the race was close",
     "The Cole strategist"),
])
def test_a_name_modifying_a_description_is_not_its_speaker(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert (c.speaker, shown) == (speaker, None)


def test_a_passive_cue_is_not_said_by_the_subject_it_is_joined_to(annotate_text):
    # the chairman is the one urged, not the one urging
    _, claims = claims_of(annotate_text, "In the meantime, Tom Reed, the Ohio lawyer elected party chairman in 2011, "
                                         "will likely seek a second term in January and is being urged to do so by "
                                         "influential party members.")
    assert all(c.speaker is None or "Reed" not in c.speaker for c in claims)


def test_he_inside_a_speakers_own_quote_is_not_that_speaker(annotate_text):
    # the governor does not call himself "he": the cue inside his quote is someone else's, unresolved here
    ann, claims = claims_of(annotate_text, "Governor Mark Rossi softened his tone in a speech on Thursday.\n\n"
                                           "The president's action, Rossi said, is \"a temporary measure that he "
                                           "seems to think will be just enough to get him through the election.\"")
    inner = next(c for c in claims if c.text.startswith("will be just enough"))
    assert inner.speaker_id is None


@pytest.mark.parametrize("words, heads, deps, pos, name", [
    # "One lawmaker, Sen. Ann Parr, threatened": the name set off by a comma, parsed as a conjunct
    (["One", "lawmaker", ",", "Sen.", "Ann", "Parr", ",", "threatened"], [1, 7, 1, 5, 5, 1, 5, 7],
     ["nummod", "nsubj", "punct", "compound", "compound", "conj", "punct", "ROOT"],
     ["NUM", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"], 5),
    # "Labour leader and Leeds MP Ann Parr visited": titles joined before one name
    (["Labour", "leader", "and", "Leeds", "MP", "Ann", "Parr", "visited"], [1, 7, 1, 4, 6, 6, 1, 7],
     ["amod", "nsubj", "cc", "compound", "compound", "compound", "conj", "ROOT"],
     ["ADJ", "NOUN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"], 6),
    # "The mayor and Ann Parr visited": with an article, two people; the description stays the head
    (["The", "mayor", "and", "Ann", "Parr", "visited"], [1, 5, 1, 4, 1, 5],
     ["det", "nsubj", "cc", "compound", "conj", "ROOT"], ["DET", "NOUN", "CCONJ", "PROPN", "PROPN", "VERB"], 1),
])
def test_the_name_a_description_head_stands_for(nlp, words, heads, deps, pos, name):
    from spacy.tokens import Doc, Span

    from generator.nlp.claims.phrases import titled_name

    # the parse as the parser gives it for such sentences, built by hand so the rule is tested alone
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    last = deps.index("conj")
    doc.ents = [Span(doc, last - 1, last + 1, label="PERSON")]
    assert titled_name(doc[1]).i == name


@pytest.mark.parametrize("body, starts, speaker", [
    # "with X arguing": the noun of the "with" phrase does the participle, not the sentence's subject
    ("Two years ago, the president established a no-fly zone over the region without seeking the approval of "
     "Congress, creating a constitutional crisis with Republicans and Democrats in the House arguing that Mr. Hale "
     "overstepped his powers.", "Mr. Hale overstepped", "Republicans and Democrats in the House"),
    ("Mayor Ann Cole closed the bridge on Monday, with residents saying it was unsafe.", "it was unsafe", "residents"),
    # a participle after a clause of time goes with the main verb, not the clause's subject
    ('A coalition of about 50 civil liberties groups issued a statement after Mr. Kent testified at a hearing in '
     'February about requiring passwords, saying it amounts to "a direct assault on fundamental rights."',
     "it amounts to", "A coalition of about 50 civil liberties groups"),
])
def test_participle_speaker(annotate_text, body, starts, speaker):
    c, _ = speaker_of(annotate_text, body, starts)
    assert c.speaker == speaker


@pytest.mark.parametrize("body, starts, speaker", [
    # a cue after the closing quote, joined by the parser to the quoted clause, is the name's after the quote
    ('But Rep. Peter Kong, former chairman of the security committee, said handing over weapons to the rebel forces '
     'might be "counterproductive."\n\n"Unfortunately, to a large extent, rebel elements have a lot of control '
     'within the movements. My concern is that, by arming the rebels, we could be strengthening them," Kong, '
     'R-New York, said on CNN.', "Unfortunately", "Kong"),
    ('"So when we move, we have to do it with a coalition, the Arab coalition, the other countries in the area," '
     "Dutch Rupert, D-Maryland, said on CBS.", "So when we move", "Dutch Rupert, D-Maryland"),
])
def test_the_name_after_a_closing_quote_speaks(annotate_text, body, starts, speaker):
    c, _ = speaker_of(annotate_text, body, starts)
    assert c.speaker == speaker


def test_he_in_what_an_unnamed_group_said_is_no_earlier_speaker(annotate_text):
    # the people at the scene speak of someone unnamed: not the senator who spoke before
    ann, claims = claims_of(annotate_text, "Senator Tom Berg visited the area, telling reporters that the attack was "
                                           "an attack on all of us.\n\nThe driver of the van was detained by "
                                           "bystanders.\n\nPeople at the scene said he had told them he wanted "
                                           "to hurt people.")
    inner = next(c for c in claims if c.text.startswith("he wanted"))
    assert inner.speaker_id is None


def test_a_quote_going_on_after_a_source_inside_a_quote_stays_with_its_speaker(annotate_text):
    _, claims = claims_of(annotate_text, '"President Olsen said that he believes in redistribution," Ryan Pell told '
                                         'supporters in Danville. "Mitt Rumsey and I are not running to redistribute '
                                         'the wealth. We are running to help Americans create wealth."')
    c = next(c for c in claims if c.text.startswith("Mitt Rumsey"))
    assert c.speaker == "Ryan Pell"


@pytest.mark.parametrize("body", [
    # the former holder named last is not "the president" while someone holds the office in the text
    "President Ann Roe visited the dam on Monday. Former President Jo Doe built it in 1990.\n\n"
    "The president said the dam would be repaired this year.",
    "Former President Jo Doe built the dam in 1990. President Ann Roe visited it on Monday.\n\n"
    "The president said the dam would be repaired this year.",
])
def test_the_office_is_its_current_holder_not_a_former_one(annotate_text, body):
    c, shown = speaker_of(annotate_text, body, "the dam would be repaired")
    assert shown == "Ann Roe", (c.speaker, c.text)


def test_a_former_description_keeps_the_former_holder(annotate_text):
    body = ("President Ann Roe visited the dam on Monday. Former President Jo Doe built it in 1990.\n\n"
            "The former president said the dam would be repaired this year.")
    c, shown = speaker_of(annotate_text, body, "the dam would be repaired")
    assert shown == "Jo Doe", (c.speaker, c.text)


@pytest.mark.parametrize("body, speaker", [
    # the next sentence names the holder with the description word for word, in apposition
    ("The top Republican on the committee, however, said the report was incomplete. Rep. Jo Roe, the top "
     "Republican on the committee, has asked for more documents.", "Jo Roe"),
    # a name the next sentence gives without that description is not known to be the speaker
    ("The top Republican on the committee, however, said the report was incomplete. Rep. Jo Roe, who has led "
     "the panel since 2015, has asked for more documents.", None),
])
def test_a_description_is_the_person_stated_with_it_word_for_word(annotate_text, body, speaker):
    c, shown = speaker_of(annotate_text, body, "the report was incomplete")
    assert shown == speaker, (c.speaker, c.text)
    assert c.speaker.startswith("The top Republican"), c.speaker


def test_an_inverted_cue_after_a_long_aside_is_said_by_the_name_after_it(annotate_text):
    # the name after "says" is set off by a relative clause the parser reads as its own clause
    body = ('Ann Lee, in an interview Wednesday, said the party had done well. "We won every seat," she said.\n\n'
            '"He inherited a total, unmitigated disaster from Tom Hale," the former Ohio lieutenant governor who '
            'ran the party for two years, says Jack Oliver, who was national finance vice chairman for the 2004 '
            'campaign, was finance director for the 2000 campaign, and served as deputy chairman of the party '
            'during the 2002 midterm elections.')
    c, shown = speaker_of(annotate_text, body, "He inherited")
    assert shown == "Jack Oliver", (c.speaker, c.text)
    _, claims = claims_of(annotate_text, body)
    assert not any(c.text.startswith("was finance director") for c in claims), [c.text for c in claims]


def test_parenthetical_cue_is_not_joined_to_the_sentence_subject(annotate_text):
    # "Adler, the source said, is ...": the source speaks about Adler; Adler says nothing here
    _, claims = claims_of(annotate_text, "Senator Ruth Adler spoke to reporters. Adler, the source said, is "
                                         "calm about the criticism because her voters stand by her.")
    c = next(c for c in claims if "calm about" in c.text)
    assert c.speaker == "the source" and c.speaker_id is None


def test_name_hung_on_its_appositions_infinitive_is_the_subject(nlp):
    # the parse the pipeline gives some long appositions: the name is made the subject of "to vote", and
    # "said" is left without one; the name still speaks (a Doc built with that parse, words written here)
    from spacy.tokens import Doc

    from generator.nlp.claims.subjects import subject
    words = ["Rep.", "Ann", "Kell", ",", "the", "only", "member", "to", "vote", "against", "it", ",", "said",
             "the", "raids", "are", "illegal", "."]
    heads = [2, 2, 8, 2, 6, 6, 2, 8, 12, 8, 9, 12, 12, 14, 15, 12, 15, 12]
    deps = ["compound", "compound", "nsubj", "punct", "det", "amod", "appos", "aux", "ccomp", "prep", "pobj",
            "punct", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PART", "VERB", "ADP", "PRON", "PUNCT",
           "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject(doc[12]).text == "Kell"


def test_parenthetical_cue_after_an_apposition_is_said_by_the_apposition(annotate_text):
    _, claims = claims_of(annotate_text, "A consular officer in Lagos allegedly took bribes. The consular officer, the "
                                         "Office of the Inspector General says, was also accused of taking cash.")
    c = next(c for c in claims if "accused" in c.text)
    assert c.speaker == "the Office of the Inspector General"


@pytest.mark.parametrize("body, starts, speaker", [
    # a question standing as a heading names who the next paragraph's "it" or "they" is
    ("Officials in Norland said the reactor was safe.\n\nHow has the watchdog agency reacted?\n\nIt pointed out "
     "that its inspectors had found no sign of a leak at the site.", "its inspectors", "the watchdog agency"),
    ("Governor Mark Abel said the plan was sound.\n\nWhat have opposition parties said?\n\nThey said the plan "
     "would raise taxes for most families.", "the plan would raise", "opposition parties"),
])
def test_pronoun_after_a_question_heading(annotate_text, body, starts, speaker):
    _, claims = claims_of(annotate_text, body)
    c = next(c for c in claims if c.text.startswith(starts))
    assert c.speaker == speaker


def test_cue_after_a_quote_whose_subject_the_parser_lost_is_the_name_after_the_quote(nlp):
    # '"It is bad," Dan Ofer, an aide of Levin’s party, told Radio.': the parser took "’s" for a verb and
    # made the name its subject, leaving "told" without one (a Doc built with that parse, words written here)
    from spacy.tokens import Doc

    from generator.nlp.claims.subjects import subject
    words = ["“", "It", "is", "bad", ",", "”", "Dan", "Ofer", ",", "an", "aide", "of", "Levin", "’s", "party", ",",
             "told", "Radio", "."]
    heads = [2, 2, 16, 2, 2, 13, 7, 13, 7, 10, 7, 10, 11, 2, 2, 16, 16, 16, 16]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "compound", "nsubj", "punct", "det", "appos", "prep",
            "pobj", "dep", "attr", "punct", "ROOT", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN",
           "AUX", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    tags = ["``", "PRP", "VBZ", "JJ", ",", "''", "NNP", "NNP", ",", "DT", "NN", "IN", "NNP", "VBZ", "NN", ",", "VBD",
            "NNP", "."]
    lemmas = [w.lower() for w in words]
    lemmas[16] = "tell"
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 4 + ["B-PERSON"] + ["O"] * 6
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)
    assert subject(doc[16]).text == "Ofer"


@pytest.mark.parametrize("subject, shown", [
    ("the engineer repairing it", ("the engineer",)),  # parsed: a participle with its own subject
    ("the contractor building it", ("contractor", "the contractor")),  # parsed: a compound noun + relative
])
def test_pronoun_object_of_a_participle_before_the_cue_does_not_speak(annotate_text, subject, shown):
    # "the engineer repairing it said": the parser may take "it" for the subject of "said"; the
    # noun the participle phrase describes speaks, and no organisation "it" is shown
    _, claims = claims_of(annotate_text, f'Residents say the bridge has been shut for weeks. But {subject} '
                                         'said the council "did not want the bridge to be seen" '
                                         'when the mayor drives past.')
    c = next(c for c in claims if c.text.startswith("the council"))
    assert c.speaker in shown and c.source_type == "anonymous"


def test_cue_after_a_noun_the_parser_joined_elsewhere_is_that_nouns(annotate_text):
    # "... better by 50 to 41 percent and seven of 10 respondents said ...": the parser may join
    # "respondents" to "percent" and "said" to the first verb; the respondents speak, not "she"
    _, claims = claims_of(annotate_text, "Governor Tom Doe and Senator Jim Roe met in a debate. Other answers showed "
                                         "that Roe was seen as more honest by a 55 to 40 percent margin; he explained "
                                         "himself better by 52 to 44 percent and six out of 10 respondents said Doe "
                                         "spent more time attacking his rival.")
    c = next(c for c in claims if c.text.startswith("Doe spent"))
    assert "respondents" in c.speaker and c.speaker_id is None


@pytest.mark.parametrize("body, starts, speaker", [
    ("The old approach does not seem like it is going to work \u2014 there is deep concern about the secretive nature "
     "of the hackers and key Senate Republicans immediately criticized the mayor for his decision.",
     "the mayor for", "key Senate Republicans"),
    ("There is deep concern about the nature of the attackers and key Senate Republicans immediately criticized "
     "the mayor for his decision.", "the mayor for", "key Senate Republicans"),
    ("There were doubts about the cost of the bridge and Ana Ruiz quickly said the plan was too expensive.",
     "the plan was", "Ana Ruiz"),
])
def test_cue_after_a_noun_and_its_adverb_the_parser_joined_elsewhere_is_that_nouns(annotate_text, body, starts,
                                                                                      speaker):
    """"concern about the attackers and key Republicans immediately criticized": the parser joined the
    senators to "attackers"; past the verb's own adverb, they are who criticised (no claim was found)."""
    _, claims = claims_of(annotate_text, body)
    c = next((c for c in claims if c.text.startswith(starts)), None)
    assert c is not None and c.speaker == speaker, [(c.speaker, c.text) for c in claims]


@pytest.mark.parametrize("body, starts, speaker", [
    # a dateline opening the paragraph is where the story was filed, not part of who speaks
    ("Valletta, Malta – The interior minister denied on Monday that the ships had been turned away.",
     "the ships had been turned away", "The interior minister"),
    ("Lisbon, Portugal – Portugal has hit back at Spanish accusations it shelters smugglers, with the navy "
     "rejecting the report.",
     "Spanish accusations", "Portugal"),
    ("OSLO – The fisheries minister said the quotas would not change.", "the quotas", "The fisheries minister"),
])
def test_a_dateline_is_no_part_of_the_speaker(annotate_text, body, starts, speaker):
    c, _ = speaker_of(annotate_text, body, starts)
    assert c.speaker == speaker


def test_a_name_before_a_dash_aside_keeps_its_speaker(annotate_text):
    # "Ana Ruiz – a senator from Lima –": a person, not a dateline, before the dash
    c, shown = speaker_of(annotate_text, "Ana Ruiz – a senator from Lima – said the vote was rigged.", "the vote")
    assert "a senator from Lima" != c.speaker and "Ruiz" in (shown or c.speaker)


@pytest.mark.parametrize("medium", ["radio", "television", "media"])
def test_a_state_broadcaster_is_an_organisation(annotate_text, medium):
    # "state radio said" is an institution speaking, as "state media" is, not an anonymous person
    c, _ = speaker_of(annotate_text, f"Ruritanian state {medium} said the missile test had been a success.",
                      "the missile test")
    assert c.source_type == "organization"


@pytest.mark.parametrize("who", ["The Duke of Kent", "The Countess of Wessex", "The Emir of Qatar"])
def test_a_person_known_by_a_title_is_no_organisation(annotate_text, who):
    # a title of nobility or a royal's heading the speaker phrase names a person, not an institution
    c, _ = speaker_of(annotate_text, f"{who} said the visit to the island had been a mistake.", "the visit")
    assert c.source_type == "named"


def test_a_day_before_a_verb_the_parser_made_of_a_noun_is_no_speaker(annotate_text):
    """"insisting on a slew of Sunday shows that Z": "shows" read as a verb right after "Sunday" is not
    Sunday's report (the name before it must be a person's, a group's or a body's)."""
    _, claims = claims_of(annotate_text, "Ana Ruiz was the most explicit, insisting on a slew of Sunday shows that the "
                                         "fire was not planned and was tied to the strike.")
    assert not any(c.speaker == "Sunday" for c in claims), [(c.speaker, c.text) for c in claims]
