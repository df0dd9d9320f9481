"""Who does the reporting in a parsed sentence: the subject of a cue and the words of its speaker phrase.

The cue's own subject or agent; for a participle, coordinated or relative cue ("..., saying", "and
said", "X, who said") the subject of the verb it hangs from; a name the parser hung elsewhere right
before the verb ("Speaking for the defence, Tom Roe, SC, said ...") is namebefore's.
"""

from __future__ import annotations

from ..rules import pairs, words
from . import questions
from .coordinated import stranded_subject
from .found import span_of, with_closing_bracket
from .participlesubjects import doer_before
from .toldremarks import remarks_maker

SUBJECTS = ("nsubj",)
SUBORDINATORS = ("after", "before", "when", "as", "while", "since", "because", "until", "once")  # a passive subject is what is said about, not who says it ("he was accused by ...")


def subject(tok):
    """Who does the reporting: the verb's subject, its agent, or for a participle, coordinated or
    relative cue ("..., saying", "and said", "X, who said") the subject of the verb it hangs from; a source
    noun the parser left inside the clause before ("… and the joint statement said", coordinated.py)."""
    subj = _own_subject(tok) or stranded_subject(tok)
    if subj is None and tok.dep_ == "ROOT":
        subj = _subject_of_infinitive(tok)
    if subj is not None and tok.dep_ == "parataxis" and tok.head.i > tok.i:
        # "The official, the inspector general says, was also accused ...": a parenthetical cue inside
        # the sentence is said by the phrase right before it, not the subject it is set off from
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.right_edge.i == tok.i - 1), subj)
    if subj is not None and subj.i < tok.i and any(t.tag_ == "''" for t in tok.doc[subj.i:tok.i]):
        # '"... with a coalition, the Arab coalition," Roe, D-Md., said': a noun of the quote the
        # parser made the subject yields to the name after the closing quote
        subj = _name_after_quote(tok) or subj
    if subj is None and tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "as" \
            and tok.head.head.tag_ == "VBN":
        # "Roe was quoted as saying", "is reported as saying": the passive verb's subject speaks
        said = next((c for c in tok.head.head.children if c.dep_ == "nsubjpass"), None)
        if said is not None:
            return said
    if subj is None and tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "as":
        quoted = _quoted_object(tok.head)
        if quoted is not None:
            return quoted  # "The paper quoted an official as saying": the one quoted speaks
    if subj is None and (asker := prompted(tok)) is not None:
        return asker  # "prompting one reporter to ask the spokesman if Z": the one prompted asks
    if subj is None and any(c.dep_ == "auxpass" for c in tok.children):
        # "Roe will seek a second term and is being urged to": a passive cue's speaker is its agent,
        # never the subject of the verb it is joined to (who is the one urged)
        return None
    if subj is None and tok.tag_ == "VBG":
        withheld = _with_subject(tok) or _received_document(tok)
        if withheld is not None:
            return withheld
    if subj is None and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "''" and tok.tag_ != "VBG":
        # '"...," added the Ohio Republican': the parser took the speaker after the verb for its object
        # (a participle is never inverted: 'on "Night Desk," telling Jo Roe:' tells Roe, who says nothing)
        subj = next((c for c in tok.children if c.i == _first_word_after(tok) and c.dep_ in ("dobj", "npadvmod", "attr")
                     and subject_can_speak(c)), None)
        if subj is not None:
            return subj
    if subj is None and tok.i > 0 and (tok.doc[tok.i - 1].text == "," or tok.doc[tok.i - 1].tag_ == "''"):
        # '"...," the former governor who ..., says Jo Roe, who was ...': the name after an inverted
        # cue, set off by a comma, that the parser made the subject of the clause about it
        subj = _inverted_name(tok)
        if subj is not None:
            return subj
    before = _noun_before(tok)
    if subj is None and tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP") and before is not None \
            and before.head.i not in (tok.i, tok.head.i) and subject_can_speak(before):
        # "he spoke better by 50 to 41 percent and seven of 10 respondents said ...": a finite cue
        # right after a noun the parser joined to something else ("percent") has that noun for its
        # subject, not the subject of the verb it was coordinated with ("she walked out and said");
        # so has one before its adverb ("concern about the attackers and key Republicans immediately criticized")
        return before
    if subj is None and tok.head.i != tok.i and (
            tok.dep_ == "conj"
            or tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" and tok.lemma_.lower() not in words("finding_verbs")
            or tok.dep_ in ("advcl", "xcomp") and (tok.head.lemma_.lower() in words("reporting_verbs")
                                                   or tok.head.lemma_.lower() in words("stance_verbs"))
            or raised(tok)
            # "stunned lawmakers by accusing them of ...": the subject of the verb the by-phrase hangs from
            or tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by" and tok.head.head.i != tok.head.i):
        # "The aide rejected the notion ..., saying that ...", "She walked out and said ..."
        host = tok.head.head if tok.dep_ == "pcomp" else tok.head
        if tok.tag_ == "VBG" and tok.doc[tok.i - 1].text == ",":
            # "Roe wrote to Doe, requesting that he release the files, saying ...": the parser hangs the
            # participle on the nearest verb, inside the reported clause; it goes with the report
            while host.dep_ == "ccomp" and host.head.i != host.i and host.head.lemma_.lower() in (
                    words("reporting_verbs") | words("request_verbs")):
                host = host.head
            # "The groups issued a statement after Mr. Roe testified ..., saying ...": nor does it go
            # with a clause of time or reason the main verb governs
            while host.dep_ == "advcl" and host.head.i != host.i and host.head.i < host.i and any(
                    c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in host.children):
                host = host.head
            if _own_subject(host) is None and host.tag_ == "VBG" and host.head.i != host.i:
                return subject(host)
        if tok.dep_ == "conj" and tok.head.lemma_.lower() not in words("reporting_verbs"):
            # "They claimed Roe was a volunteer and claim she ...": a reporting verb the parser
            # joined to the reported clause goes with the report, not with its clause
            host = next((a for a in tok.ancestors if a.lemma_.lower() in words("reporting_verbs")
                         and _own_subject(a) is not None), host)
        if tok.dep_ == "conj" and host.i == tok.head.i and host.dep_ == "ccomp" and host.head.tag_ == tok.tag_ != host.tag_ \
                and _own_subject(host.head) is not None and not any(c.dep_ == "aux" for c in tok.children):
            # "Roe implied that Doe may have found it -- and said ...": a verb in the tense of the one
            # the clause hangs from, not of the clause's own, goes on from that verb
            host = host.head
        subj = _own_subject(host)
        told = tok.lemma_.lower() in words("addressee_verbs") and not any(c.dep_ in ("dobj", "dative") for c in tok.children)
        asked = next((c for c in host.children if c.dep_ == "nsubjpass"), None) \
            if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP") and not told else None
        if asked is not None and asked.i < tok.i and any(c.dep_ == "auxpass" for c in host.children):
            # "Roe was asked by a reporter whether ..., and said ...": the one a passive is about goes
            # on as the subject of the finite verb joined to it, not the passive's agent (who asked);
            # not "I was hauled in and told that ...", a second passive the one told did not say
            subj = asked
        if subj is not None and subj.i < tok.i and any(t.tag_ == "''" for t in tok.doc[subj.i:tok.i]):
            # '"... My concern is that ...," Roe, R-N.Y., said': a cue after the quote closes, which the
            # parser joined to the quoted clause, is said by the name after the quote, not its subject
            subj = _name_after_quote(tok) or subj
        if _relative(subj):
            tok = host
    if subj is None and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.i < tok.i:
        # "A spokeswoman, Jo Roe, called the move ...": a finite verb the parser hung from the subject
        # as if it were a clause of the noun, the noun (or its apposition) left as the sentence's root
        root = tok.head.head if tok.head.dep_ == "appos" else tok.head
        if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("agent", "nsubjpass", "auxpass") for c in tok.children):
            return root
    if _relative(subj):
        # "Maduro, who accused Guaido of ...": the antecedent ("remarks by Roe - who said Z": Roe, see toldremarks)
        if tok.dep_ == "relcl" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
            return _antecedent_before(subj)  # "sided with Jo Roe who denied ...", hung from the verb: the name before "who"
        return (remarks_maker(tok) or tok.head) if tok.dep_ == "relcl" and tok.head.i != tok.i else None
    if subj is None and tok.dep_ == "ROOT" and tok.lemma_.lower() in words("reporting_verbs"):
        # '"...," Jo Roe, a member of Doe’s party, told the radio': a cue after the closing mark whose
        # subject the parser lost in the name's apposition: the name opening the words after the quote
        subj = _name_after_quote(tok)
    return doer_before(tok, subj, subject_can_speak)  # ("her voice shook as she ended her speech saying": she speaks)


def _subject_of_infinitive(tok):
    """"Rep. Jo Roe, the only member to vote against the bill, said ...": a name the parser made the
    subject of the to-infinitive of its apposition, set off by a comma before the subjectless verb."""
    if tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    inf = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.i < tok.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    subj = next((c for c in inf.children if c.dep_ == "nsubj" and c.i < inf.i), None) if inf is not None else None
    return subj if subj is not None and subj.pos_ == "PROPN" else None


def _antecedent_before(rel):
    """The noun right before a relative pronoun ("Jo Roe who ..."), up to the head of its name."""
    j = rel.i - 1
    while j >= rel.sent.start and rel.doc[j].text == ",":
        j -= 1
    if j < rel.sent.start or rel.doc[j].pos_ not in ("PROPN", "NOUN"):
        return None
    ante = rel.doc[j]
    while ante.dep_ in ("compound", "flat") and ante.head.i > ante.i:
        ante = ante.head
    return ante


def _with_subject(tok):
    """"... a crisis, with lawmakers in both parties arguing that ...": the noun of the "with" phrase
    right before a participle is who does it, not the subject of the verb the participle hangs from."""
    j = tok.i - 1
    if j < tok.sent.start or tok.doc[j].is_punct:
        return None
    for anc in [tok.doc[j], *tok.doc[j].ancestors]:
        if anc.dep_ == "pobj" and anc.head.lower_ == "with" and anc.right_edge.i == j:
            return anc if anc.pos_ in ("NOUN", "PROPN", "PRON") else None
        if anc.i >= tok.i or anc.dep_ not in ("pobj", "prep", "conj", "compound", "amod", "det"):
            return None
    return None


def _received_document(tok):
    """"received a statement from the group claiming it ...": a participle with no comma before it,
    hung by the parser on a verb of coming by a document, says what that document says."""
    host = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or host.i > tok.i or tok.doc[tok.i - 1].text == "," \
            or host.lemma_.lower() not in words("receiving_verbs"):
        return None
    doc_ = next((c for c in host.children if c.dep_ == "dobj" and c.lemma_.lower() in words("document_nouns")), None)
    return doc_ if doc_ is not None and doc_.right_edge.i < tok.i else None


def _relative(subj) -> bool:
    """A relative pronoun ("who", "which", "that"), not an acronym written like one ("WHO say ...")."""
    return subj is not None and subj.lower_ in ("who", "which", "that") and not (subj.text.isupper() and len(subj) > 1)


def _own_subject(tok):
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
    # a subject the parser split in pieces ("Malaysia's Prime Minister, Najib Razak said") is
    # headed by the piece nearest the verb
    subj = max((c for c in subjects if c.i < tok.i), key=lambda c: c.i, default=subjects[0] if subjects else None)
    compared = next((c for c in subjects if c.i < (subj.i if subj is not None else -1) and _compared_to(c, subj)), None)
    if compared is not None:
        # "Chancellor Roe, like Council President Doe, has announced ...": the piece after a
        # dangling "like" is what the subject is compared to, not who speaks
        subj = compared
    after = next((c for c in subjects if c.i > tok.i), None)
    if subj is not None and after is not None and subj.i < tok.i and (
            tok.doc[tok.i - 1].text == "," or tok.doc[tok.i - 1].tag_ == "''") and subject_can_speak(after):
        # "Institutional recipients, said Roe, are ...", "\"The more the better,\" said Roe": the
        # subject after the verb speaks, not a noun of the words before it
        subj = after
    if subj is None:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if subj is None and tok.tag_ in ("VBZ", "VBD", "VBP"):
        # "Obama's campaign disputes the notion ...": the parser read the subject noun as a compound of
        # a verb that looks like a noun ("disputes", "claims"); the noun right before it is the subject
        # ("Trump denies paying Z": a name the tagger took for a common noun, the entity recogniser did not)
        subj = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.pos_ == "NOUN"
                     and (subject_can_speak(c) or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))), None)
    return _object_of_reduced_relative(subj, tok) or subj


def _object_of_reduced_relative(subj, tok):
    """The noun a participle phrase describes when the parser took the participle's object pronoun
    for the cue's subject ("the engineer repairing it said": "the engineer" speaks, not "it"), else None."""
    if subj is None or subj.pos_ != "PRON" or subj.i != tok.i - 1 or subj.i == 0:
        return None
    verb = tok.doc[subj.i - 1]
    if verb.tag_ in ("VBG", "VBN") and verb.head.i == tok.i:
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
    if verb.lower_.endswith("ing") and tok.head.i == verb.i and tok.dep_ == "relcl" and verb.i > 0:
        # the same phrase parsed as a compound noun ("contractor building") the cue is a relative of
        noun = tok.doc[verb.i - 1]
        return noun if noun.dep_ == "compound" and noun.pos_ in ("NOUN", "PROPN") else None
    return None


def _name_after_quote(tok):
    """The name opening the words between a closing quote and the verb ('"...," Roe, R-N.Y., said'),
    up to the last word of the name, else None."""
    doc = tok.doc
    close = next((j for j in range(tok.i - 1, tok.sent.start - 1, -1) if doc[j].tag_ == "''"), None)
    if close is None:
        return None
    j = close + 1
    while j < tok.i and doc[j].is_punct:
        j += 1
    # (a "’s" after a name is a possessive the parser may take for a verb: "Roe, an aide of Doe’s party")
    if j >= tok.i or doc[j].pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") and t.lower_ not in ("’s", "'s")
                                                   for t in doc[j:tok.i]) \
            or pairs("calendar_words").get(doc[j].lower_) == "weekday":
        return None  # ('declared him "a hero" Tuesday, confirming ...': a day speaks for no one)
    while j + 1 < tok.i and doc[j + 1].pos_ == "PROPN" and (doc[j + 1].ent_type_ == doc[j].ent_type_ != "" or (
            doc[j].ent_type_ == "" and doc[j + 1].ent_type_ == "PERSON" and doc[j].head.i >= j + 1)):
        # ('"...," comedian Jo Roe, said': a role the tagger capitalised runs into the name it stands before)
        j += 1
    return doc[j]


def _inverted_name(tok):
    """The name right after a subjectless cue ("says Jo Roe, who ...") that the parser made the subject
    of a clause hung from the cue, when a comma sets the name off; else None."""
    j = _first_word_after(tok)
    name = tok.doc[j]
    if name.pos_ != "PROPN" or name.dep_ != "nsubj" or j + 1 >= len(tok.doc) or tok.doc[j + 1].text != ",":
        return None
    if any(t.pos_ != "PROPN" for t in tok.doc[tok.i + 1:j]):
        return None  # only the words of the name between the verb and it
    clause = name.head
    return name if clause.head.i == tok.i and clause.dep_ in ("ccomp", "conj") and clause.i > j else None


def _compared_to(first, later) -> bool:
    """Whether a later subject piece follows a "like" or "unlike" left without an object after the first
    ("Chancellor Roe, like President Doe, has ..."), however the parser hung the word."""
    j = later.left_edge.i - 1
    like = later.doc[j] if j > first.i else None
    return like is not None and like.lower_ in ("like", "unlike") and not any(c.dep_ == "pobj" for c in like.children)


def _first_word_after(tok) -> int:
    """The head word of the phrase right after a verb: the last word of its first noun phrase."""
    doc = tok.doc
    j = tok.i + 1
    while j + 1 < len(doc) and doc[j].head.i > j and doc[j].head.i <= tok.i + 8 and doc[j].dep_ in (
            "det", "compound", "amod", "nmod", "poss"):
        j = doc[j].head.i
    return j


def _noun_before(tok):
    """The noun right before a verb, past the verb's own adverbs ("Republicans immediately said"), else None."""
    i = tok.i - 1
    while i > 0 and tok.doc[i].dep_ == "advmod" and tok.doc[i].head.i == tok.i:
        i -= 1
    noun = tok.doc[i] if i >= 0 else None
    # (a name the model knows for a person, group or body: not "a slew of Sunday shows that Z")
    return noun if noun is not None and (noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.ent_type_ in (
        "PERSON", "NORP", "ORG")) else None


def subject_can_speak(tok) -> bool:
    """A subject after "said" that can be its speaker: a name, a pronoun or a person noun ("said the
    official"), not a noun of the reported words the parser hung there ("said the idea of ... set").
    (speakable.can_speak is the resolver's other test: whether a common-noun head it must show speaks.)"""
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in words("person_nouns") \
        or tok.lemma_.lower() in words("anonymous_nouns") or tok.lower_ in words("anonymous_nouns") \
        or tok.lemma_.lower() in words("organization_nouns")


def speaker_span(subj, verb) -> tuple[int, int]:
    """The speaker phrase; an antecedent without the relative clause that holds the cue."""
    toks = list(subj.subtree)
    if subj.dep_ == "compound" and subj.head.i == verb.i and verb.pos_ in ("VERB", "AUX"):
        # (the subject read as the verb's compound: its owner and article hang from the verb too)
        toks = [t for c in verb.children if c.i < subj.i and c.dep_ in ("poss", "det", "amod", "compound")
                for t in c.subtree] + toks
        toks.sort(key=lambda t: t.i)
    first = toks[0].i
    # (not for a parenthetical cue: in "Roe, the source said, is unconcerned" Roe is the sentence's subject)
    pieces = [c for c in subj.head.children if c.dep_ in SUBJECTS and c.i < subj.i] \
        if subj.dep_ in SUBJECTS and verb.dep_ != "parataxis" else []
    for other in sorted(pieces, key=lambda c: -c.i):
        # the earlier pieces of a split subject, when only punctuation stands between them
        if other.right_edge.i >= first or other.tag_ == "VBG" \
                or not all(t.is_punct for t in subj.doc[other.right_edge.i + 1:first]):
            break
        toks = list(other.subtree) + toks
        first = other.left_edge.i
    if verb.lemma_.lower() in words("accuse_verbs"):
        # "accused by rival officers of stealing fuel": the charge is not part of the accuser
        charge = {t.i for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for t in c.subtree}
        toks = [t for t in toks if t.i not in charge]
    if any(v.dep_ == "relcl" and v.head.i == subj.i for v in (verb, *verb.ancestors)):
        toks = [t for t in toks if t.i <= subj.i]  # ("the union, which continues to deny Z": "continues" holds the cue)
    if verb.dep_ == "acl" and subj.left_edge.i <= verb.i <= subj.right_edge.i or subj.i < verb.i < subj.right_edge.i:
        # the verb hung on its own subject, or an apposition hung on the subject past its verb: words before it
        toks = [t for t in toks if t.i < verb.i]
    # "... that although he opposed it, army reports that he had seen indicated Z": a conjunction and a
    # clause the parser hung before the head open the sentence the phrase stands in, not the phrase
    opening = {t.i for c in subj.children if c.dep_ in ("mark", "advcl") and c.right_edge.i < subj.i
               and all(k.dep_ in ("mark", "advcl", "punct") for k in subj.children if k.i < c.i) for t in c.subtree}
    toks = [t for t in toks if t.i not in opening]
    while len(toks) > 1 and toks[0].is_punct:
        toks = toks[1:]
    # "President Roe, speaking at a rally in Ohio, said": the participle clause is not the speaker
    aside = {t.i for c in subj.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.i > subj.i
             and subj.doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    toks = [t for t in toks if t.i not in aside]
    # "Ruiz, D-N.Y., after the hearing": a time phrase hung on the speaker says when, not who
    when = {t.i for c in subj.children if c.dep_ == "prep" and c.i > subj.i and c.lower_ in words("time_prepositions")
            and subj.doc[c.i - 1].text == "," for t in c.subtree}
    toks = [t for t in toks if t.i not in when]
    # "on Saturday Baroness Ana Ruiz": a weekday the parser hung on the name is no part of it
    days = pairs("calendar_words")
    while len(toks) > 1 and toks[0].dep_ == "compound" and days.get(toks[0].lower_) == "weekday":
        toks = toks[1:]
    while len(toks) > 1 and toks[0].is_punct:
        toks = toks[1:]
    while len(toks) > 1 and (toks[-1].is_punct or toks[-1].lower_ in ("like", "unlike") and not any(
            c.dep_ == "pobj" for c in toks[-1].children)):
        toks = toks[:-1]  # ("Chancellor Roe, like President Doe, ...": the comparison is not the speaker)
    if len(toks) > 2 and toks[-1].tag_ == "DT" and toks[-1].lower_ in words("whole_group_words") and toks[-1].i > subj.i:
        toks = toks[:-1]  # "Roe and Doe both said": the quantifier after the names is no part of them
    return span_of(with_closing_bracket(toks))  # "Sen. Mary Roe (R-Maine)" keeps its closing bracket


def raised(tok) -> bool:
    """"appeared to reject", "came out to say", "went on to say": the to-infinitive is its subject's own act."""
    return (tok.dep_ in ("xcomp", "advcl") and tok.head.i != tok.i and tok.head.lemma_.lower() in words("raising_verbs")
            or questions.wants_to_know(tok)) and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def prompted(tok):
    """"prompting one reporter to ask if Z", "led a senator to question whether Z": the one a verb of
    data/prompting_verbs makes ask, doubt or deny what its to-infinitive says, who did it; else None.
    (Only a question, a doubt or a denial: what someone is led to say otherwise, "led X to threaten",
    is left as it was.)"""
    asks = words("asking_verbs") | words("doubt_verbs") | words("denial_verbs")
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in words("prompting_verbs") or tok.lemma_.lower() not in asks \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and subject_can_speak(c)), None)


def _quoted_object(as_):
    """The object of "quote" before "as saying": the verb "as" hangs from, or a "quoting" the parser
    left inside that verb's object ("issued a report quoting focus groups as saying")."""
    verb = as_.head
    for v in (verb, *(t for t in verb.subtree if t.i < as_.i and t.i != verb.i)):
        if v.lemma_.lower() == "quote" and v.pos_ == "VERB":
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None
