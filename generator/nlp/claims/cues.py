"""Attributions inside one parsed sentence: reporting verbs and "according to X".

Indirect speech after a reporting verb in any tense or voice ("a senior official has told the
agency", "..., the official said", "she was quoted as saying"), a speaker after the content
("..., said Cabello"), "according to X", and denials of a stated notion ("The aide rejected
the notion that ...").
"""

from __future__ import annotations

from ..rules import union, words
from . import described, naming, polls, questions, requests, stance, statements
from .according import according, in_the_words_of, reported_through
from .attitudes import assessment, attitude, made_clear
from .coordinated import coordinated_clause, next_report, pledged
from .cueclauses import relative_led, relayed_words, rest_of_clause, subordinate
from .found import Found, in_paragraph, past_aside, past_relative, span_of, trim, trim_chars
from .issuedin import denied_in, statement_maker
from .namebefore import name_before
from .nonreports import no_evidence, reports_nothing
from .stance import ANAPHORS, negated, own_content, phrasal_denial, rejects_a_thing, stance_of, verdict_of
from .subjects import prompted, raised, speaker_span, subject

CUE_PARTS = ("aux", "auxpass", "neg", "advmod", "npadvmod")
# a verb reached through one of these relations reports the clause it hangs from
INVERTED = ("parataxis", "ccomp", "advcl", "conj")


def in_sentence(doc, sent) -> tuple[list[Found], list[Found]]:
    """Attributions with content in a sentence, and bare cues (verb and speaker, no content)."""
    verbs = words("reporting_verbs")
    out: list[Found] = []
    bare: list[Found] = []
    bounds = (sent.start_char, sent.end_char)
    for tok in sent:
        if tok.lower_ == "according" or in_the_words_of(tok):
            found = None if reported_through(tok, out + bare) else according(doc, sent, tok, bounds)
            if found:
                out.append(found)
        elif tok.lower_ in union("attitude_words", "doubting_words") and tok.pos_ in ("ADJ", "VERB"):
            found = attitude(doc, sent, tok, bounds)
            if found is not None:
                out.append(found)
        elif tok.lemma_.lower() == "make" and made_clear(tok) is not None:
            found = made_clear(tok)
            subj = subject(tok)
            content = in_paragraph(doc.text, trim(doc.text, [t for t in found[1].subtree if not (
                t.dep_ == "mark" and t.head.i == found[1].i)]), tok.idx)
            if subj is not None and not negated(tok) and content and content[1] - content[0] >= 8:
                out.append(Found(*content, speaker_span(subj, tok), (tok.idx, found[0].idx + len(found[0].text)),
                                 False, bounds, subj.i))
        elif assessment(tok):
            content = in_paragraph(doc.text, trim(doc.text, list(tok.subtree)), tok.idx)
            if content and content[1] - content[0] >= 8:
                out.append(Found(*content, None, (tok.idx, tok.idx + len(tok.text)), False, bounds, None,
                                 form="assessment"))
        elif tok.lemma_.lower() in words("quote_verbs") and tok.lemma_.lower() not in verbs and tok.pos_ == "VERB" \
                and not phrasal_denial(tok):  # "scoffed at the idea that Z" denies Z; '"No," she scoffed' quotes
            subj = subject(tok) or name_before(tok)  # ('"…," Hale joked': a name the parser hung on the verb)
            # "activities would continue \"under the title ...\"": with a modal, what goes on, not words
            if subj is not None and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
                cue = (tok.idx, tok.idx + len(tok.text))
                bare.append(Found(0, 0, speaker_span(subj, tok), cue, False, bounds, subj.i))
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in union("statement_nouns", "critique_nouns"):
            found = statements.of_noun(doc, tok, bounds)  # "the chief's recommendation that ..."
            out.extend([found] if found is not None else [])
        elif questions.unnamed_asker(tok):
            found = questions.put_to(doc, tok, bounds)
            out.extend([found] if found is not None else [])
        elif (tok.lemma_.lower() in verbs
              or tok.lemma_.lower() in union("request_verbs", "accuse_verbs", "doubt_raising_verbs",
                                             "calling_verbs", "denial_verbs", "as_verbs")
              or phrasal_denial(tok) or tok.lemma_.lower() in words("pressing_verbs") or questions.wants_to_know(tok)
              or _own_inquiry(tok)) \
                and (tok.pos_ in ("VERB", "AUX") or _verb_as_noun(tok)):
            subj = subject(tok) or name_before(tok) or stance.prompt_subject(tok) or _after_doing(tok) \
                or statement_maker(tok) or (subject(tok.head) if questions.wants_to_know(tok) or questions.requested_inquiry(tok) else None)  # (", demanding to know why Z")
            rejected = rejects_a_thing(doc, tok)
            if rejected and described.thing(tok) is not None:
                rejected = None  # "dismissed the march as a stunt": says what the march is, denies no claim
            if subj is None or negated(tok) or _not_a_report(tok) or rejected or no_evidence(tok, subj):
                # "did not say that ...", "I did not think this was ...": the source does not say
                # the clause; cut from its negation it would read as the opposite
                continue
            cue = (tok.idx, tok.idx + len(tok.text))
            # a verb only of requesting or attacking ("called", "railed") takes no clause of its own
            content = _content(doc, sent, tok, subj) if tok.lemma_.lower() in verbs and not phrasal_denial(tok) \
                else own_content(doc, tok) or _asked(doc, tok)  # ("disagreed with the claim that Z": Z)
            found = Found(0, 0, speaker_span(subj, tok), cue, False, bounds, subj.i, via=_told(tok),
                          stance="asserts" if rejected is None else stance_of(tok))
            if content is not None and found.stance == "asserts":
                judged = verdict_of(doc, content)  # "said the claims were false", "was sceptical of claims that"
                if judged is not None:
                    content, found.stance = judged
            content = past_relative(doc.text, past_aside(doc.text, in_paragraph(
                doc.text, _before_participle_cue(doc, tok, content), cue[0])))
            if content is not None and found.stance == "denies" and doc.text[content[0]:content[1]].lower() in ANAPHORS:
                pass  # "has denied this": stance.refer_back makes the content the claim it points to
            elif _broken_off(doc.text, found, content, sent):
                continue  # '"The board thinks -- usually that's a fair rule."': the speaker broke off
            elif content is None or content[1] - content[0] < 8:
                # "called", "railed" alone introduce no quote, nor a threat to a thing ("threatened the
                # \"whole idea of talks\"": the quote is its object)
                if tok.lemma_.lower() in verbs and not (tok.lemma_.lower() in words("pledge_verbs")
                                                        and any(c.dep_ == "dobj" for c in tok.children)):
                    bare.append(found)
                continue
            found.start, found.end = content
            out.append(found)
    return out, bare


def _set_off_after(doc, comp, subj) -> bool:
    """"Roe still believes that X, Doe said": a speaker set off by a comma after the whole clause it
    reports, so the clause (with its own cue inside) is Doe's words."""
    before = subj.left_edge.i - 1
    while before > comp.right_edge.i and doc[before].is_quote:
        before -= 1
    return before == comp.right_edge.i + 1 and doc[before].text == "," or (
        before == comp.right_edge.i and doc[before].text == "," and before + 1 == subj.left_edge.i)


def _content(doc, sent, tok, subj):
    # ("said last week, before the vote, that Z": the that-clause parsed as an adverbial one)
    comps = [c for c in tok.children if c.dep_ == "ccomp"] or [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i
                                                                and any(m.dep_ == "mark" and m.lower_ == "that" and m.nbor(-1).lower_ not in
                                                                        ("so", "such", "now", "order", "except") for m in c.children)]
    # (not a relative clause after a cue set off inside the sentence: "X attended a rally, the documents say,
    # where he took pictures" says X attended)
    comp = next((c for c in comps if c.i > tok.i and not (relative_led(c) and any(d.i < tok.i for d in comps))),
                comps[0] if comps else None)
    if comp is not None and comp.i > tok.i and subj.head.i == comp.i:
        # '"...," says Jo Roe, who ..., was ...': the clause after the cue is about its speaker, not said
        comp = next((c for c in comps if c.i < tok.i), None)
    raised = None
    if comp is not None and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in comp.children):
        # "Figures show a record number of migrants drove ...", "claimed Ana — who had moved — was
        # working": the clause's subject parsed as the object
        raised = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < comp.i), None)
        finite = any(c.dep_ in ("aux", "auxpass") for c in comp.children)
        if raised is not None and finite and (tok.lemma_.lower() in words("addressee_verbs") or raised.tag_ == "PRP"):
            raised = None  # "told MPs Brexit will …", "told me who …": whom it was said to, not the subject
        if raised is None and not finite:
            comp = None  # "pointed to the table with soup served with ...": a participle, not a clause
    if comp is None:
        comp = _noun_clause(tok) if tok.lemma_.lower() not in words("stance_verbs") else denied_in(tok)
    if comp is None and tok.lemma_.lower() not in words("stance_verbs"):
        comp, raised = coordinated_clause(tok)  # "They estimated by 2050, demand would rise"
    # a relative cue's antecedent holds the cue itself ("the mayor, who said ..."): only its words before
    last = subj.i if subj.left_edge.i <= tok.i <= subj.right_edge.i else subj.right_edge.i
    subj_span = set(range(subj.left_edge.i, last + 1))
    if comp is not None and comp.i < tok.i and comp.lemma_.lower() in words("reporting_verbs") and not negated(comp) \
            and not _set_off_after(doc, comp, subj):
        return None  # "An email said the embassy had asked ...": the other verb is the cue, not this one
    relayed = relayed_words(comp) if comp is not None and comp.i > tok.i else None
    if relayed is not None:
        # "Roe said the bridge would reopen, the agency reports": the outlet's trailing cue, parsed as
        # what Roe said, only passes it on; Roe said the clause it holds
        return trim(doc.text, relayed)
    # "asked whether they would pay more", "Z, denied by Y": the question or the denied claim;
    # "suggested raising the tax", "called for X to testify": what is asked for
    own = own_content(doc, tok) or (_asked(doc, tok) if comp is None else None)
    if own is not None:
        return own
    if comp is not None:
        start = min((m.i for m in comp.children if m.dep_ == "mark"), default=0) if comp.dep_ == "advcl" else 0
        toks = [t for t in comp.subtree if t.i not in subj_span and t.i not in next_report(comp) and t.i >= start] + (
            list(raised.subtree) if raised is not None else [])  # ("said X and added that Y": X)
        toks += rest_of_clause(comp, comps)
        if comp.i < tok.i:
            if _inside_report(tok):
                return None
            # "Cabello met someone last month, said the official": the content runs from the
            # sentence start (or an opening quote) to the verb, less the speaker
            parts = {c.i for c in tok.children if c.dep_ in CUE_PARTS and c.i < tok.i}
            toks = [t for t in doc[sent.start:tok.i] if t.i not in subj_span and t.i not in parts]  # not all the sentence per cue
        return trim(doc.text, toks)
    if tok.dep_ in INVERTED and tok.head.i != tok.i and tok.head.i < tok.i and tok.tag_ != "VBG" \
            and tok.head.lemma_.lower() not in words("reporting_verbs") and not _inside_report(tok) \
            and not subordinate(tok) and not pledged(tok):  # ("closed it and vowed to Z": Z, below)
        # "Similar contacts exist, the official said, and ...": the sentence less the cue clause
        cue_clause = set(range(tok.left_edge.i, tok.right_edge.i + 1)) | subj_span
        first = min(i for i in cue_clause if not doc[i].is_punct)
        if first == 0 or not (doc[first - 1].is_punct or doc[first - 1].is_quote) or doc[first - 1].text == ".":
            return None  # a reporting clause after its content is set off: "..., the official said"
        return trim(doc.text, [t for t in sent if t.i not in cue_clause])
    if tok.dep_ == "parataxis" and tok.head.i > tok.i and not _inside_report(tok):
        # "That culture, they said, emphasises loyalty": a cue set off by commas inside its content
        inner = {tok.i} | {t.i for t in subj.subtree} | {c.i for c in tok.children if c.dep_ in CUE_PARTS}
        # ("The strike, its leader told reporters, will go on": whom it was told is part of the cue)
        inner |= {t.i for c in tok.children if c.dep_ == "dobj" and tok.lemma_.lower() in words("addressee_verbs")
                  for t in c.subtree}
        lo, hi = min(inner), max(inner)
        if set(range(lo, hi + 1)) == inner and doc[lo - 1].text == "," and hi + 1 < sent.end and doc[hi + 1].text == ",":
            return trim(doc.text, [t for t in sent if not lo - 1 <= t.i <= hi + 1])
    if tok.lemma_.lower() in words("accuse_verbs"):
        # "accused Guaido of celebrating ...", "he has been accused by US officials of ..."
        target = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
        for holder in (target, *(c for a in tok.children if a.dep_ == "agent" for c in a.children)):
            if holder is not None:
                preps += [c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
        if target is not None and preps and target.tag_ not in ("WDT", "WP") and target.lower_ not in ("that", "which"):
            return trim(doc.text, {*target.subtree, *preps[0].subtree})
    if tok.dep_ == "advcl" and tok.head.i > tok.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        # "As Heald told the Post, ozone has dropped": the main clause is the content
        cue_clause = set(range(tok.left_edge.i, tok.right_edge.i + 1)) | subj_span
        return trim(doc.text, [t for t in sent if t.i not in cue_clause])
    if tok.dep_ == "advcl" and tok.head.i > tok.i and tok.tag_ in ("VBD", "VBZ", "VBP") and subj.head.i == tok.i \
            and not any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in tok.children) \
            and doc[tok.right_edge.i + 1].text == "," \
            and tok.head.lemma_.lower() not in _verbs_of_saying() \
            and (tok.lemma_.lower() in words("addressee_verbs") or not any(c.dep_ == "dobj" for c in tok.children)):
        # "After the vote, one member told the BBC, the plan was a success": a cue set off before the
        # main clause, with no word of its own to subordinate it, reports the clause after it (not "the
        # nation added 22 million jobs, the jobless rate fell": a verb with a thing for object did something;
        # nor "when the mayor told me Z, I felt sure": a clause of time, its "when" no mark to the parser)
        return trim(doc.text, [t for t in sent if t.i > tok.right_edge.i + 1])
    if tok.lemma_.lower() in words("pledge_verbs"):
        # "vowed to veto the bill", "threatened to strike": the pledge or threat is the content
        plan = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if plan is not None:
            return trim(doc.text, list(plan.subtree))
        # a pledge or threat is a to-infinitive or a clause: "threatened the whole idea of talks" endangers it
        return None
    that = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if that is not None and that.lower_ == "that" and that.dep_ not in ("nsubj", "nsubjpass") \
            and any(t.dep_ in ("nsubj", "nsubjpass") and t.i > that.i for t in sent):
        # "The audit states that few if any schools ...", with the clause parsed apart from "that"
        return trim(doc.text, [t for t in sent if t.i > that.i])
    dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if dobj is not None and tok.lemma_.lower() in words("stance_verbs") and _claim_object(dobj):
        clause = next((c for c in dobj.children if c.pos_ in ("VERB", "AUX") and (
            c.dep_ in ("acl", "ccomp")
            # "the notion Cabello was betraying him" parsed as a relative clause with no relative word
            or c.dep_ == "relcl" and not any(t.tag_ in ("WDT", "WP", "WP$") for t in c.children))), None)
        if dobj.right_edge.i + 1 < len(doc) and doc[dobj.right_edge.i + 1].text == ":" and clause is None:
            return None  # "The club denied the allegations:" introduces the words that follow
        if clause is None and tok.lemma_.lower() in words("restating_verbs") and dobj.lemma_.lower() in words("claim_nouns"):
            return None  # "reiterated his claims": the claims are words quoted elsewhere
        if clause is not None and tok.lemma_.lower() in words("denial_verbs"):
            # "rejected the notion that X": what is denied is X
            return trim(doc.text, list(clause.subtree))
        return trim(doc.text, list(dobj.subtree))
    return _asked(doc, tok)


def _verbs_of_saying():
    return union("reporting_verbs", "quote_verbs")


def _before_participle_cue(doc, tok, content):
    """"requesting that he release the files, saying \"...\"": a participle cue the parser hung inside
    the content is a report of its own (subjects.subject gives it its speaker): the content ends before it."""
    if content is None:
        return None
    for t in doc[tok.i + 1:]:
        if t.idx >= content[1]:
            break
        if t.idx > content[0] and t.dep_ == "advcl" and t.tag_ == "VBG" and doc[t.i - 1].text == "," \
                and t.lemma_.lower() in words("reporting_verbs") and t.right_edge.idx + len(t.right_edge.text) >= content[1] - 2:
            return trim_chars(doc.text, content[0], doc[t.i - 1].idx)
    return content


def _broken_off(text: str, found: Found, content, sent) -> bool:
    """A cue opening its sentence and cut off by a dash: what follows the dash is no content of it."""
    return content is not None and content[0] >= found.cue[1] and found.speaker[0] < found.cue[0] \
        and text[found.cue[1]:content[0]].strip() in ("--", "—", "–", "-") \
        and not text[sent.start_char:found.speaker[0]].strip(" \t\"“‘'")


def _asked(doc, tok):
    """"called for the driver to testify", "urged farmers to act", "called the move a mistake",
    "railed against the mayor for closing the library": what is asked for, or said of its object."""
    return requests.content(doc, tok) or naming.content(doc, tok) or described.content(doc, tok) or polls.content(doc, tok)


def _after_doing(tok):
    """"After admitting that he lied, Roe resigned": a participle cue after a preposition of time takes
    the subject of the verb the phrase hangs from."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.lower_ not in ("after", "before", "while", "since", "upon"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")
                 and c.lower_ not in ("it", "that", "this")), None)


def _verb_as_noun(tok) -> bool:
    """"The Department of Agriculture notes, "..."": a reporting verb the parser read as a noun."""
    # (the source may be read as the noun's modifier: "The U.S. Department of Agriculture notes")
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" or c.dep_ in ("nmod", "compound") and (
        c.pos_ == "PROPN" and c.i < tok.i) for c in tok.children) and any(c.dep_ == "ccomp" for c in tok.children)


def _own_inquiry(tok) -> bool:
    """"The FBI is investigating whether Z", "calling the auditor to investigate whether Z": an inquiry
    that puts its question (questions.inquiry) as a cue of its own; not one told inside another source's
    report ("Roe said the navy was examining whether Z" is Roe's account of it, asserted as said)."""
    return questions.inquiry(tok) and (questions.requested_inquiry(tok) or not _inside_report(tok))


def _not_a_report(tok) -> bool:
    """"about what the public thought was important", "asks the council to assure ...": a verb
    in a prepositional wh-clause or a to-infinitive reports nothing its subject said."""
    wh = any(t.tag_ in ("WP", "WDT") and t.i < tok.i for t in tok.subtree) or tok.doc[tok.left_edge.i - 1].tag_ in ("WP", "WDT")
    if reports_nothing(tok):
        return True
    # ("calling the inspector general to investigate whether Z" puts the callers' question, questions.py)
    return tok.dep_ in ("pcomp", "csubj") and wh or not (raised(tok) or prompted(tok) or stance.prompt_subject(tok)
                                                          or questions.requested_inquiry(tok)) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _inside_report(tok) -> bool:
    """"X said ... after the council recommended it": a cue inside another speaker's report
    takes no content before it, the words before are that speaker's."""
    child = tok
    for a in tok.ancestors:
        # a cue set off beside its content ("That culture, they said, emphasises ...") hangs from
        # the content's verb as parataxis: that is not a report holding the cue
        if child.dep_ != "parataxis" and a.lemma_.lower() in words("reporting_verbs") and subject(a) is not None:
            return True
        child = a
    return False


def _noun_clause(tok):
    """"told LA Weekly in a statement that the case was closed": the that-clause of a claim noun."""
    for t in tok.subtree:
        if t.dep_ == "dobj" and t.head.i == tok.i:
            # "assured residents that the water was safe": the that-clause parsed onto the addressee
            clause = next((c for c in t.children if c.dep_ in ("acl", "relcl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                return clause
        if t.i > tok.i and t.lemma_.lower() in words("claim_nouns") and t.head.i in (tok.i, *(c.i for c in tok.children)):
            clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                return clause
    return None


def _claim_object(dobj) -> bool:
    """"rejected the notion (that) Cabello was betraying Maduro", "denied the allegations"."""
    if dobj.lemma_.lower() in words("claim_nouns"):
        return True
    return any(c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in dobj.children)


def _told(tok):
    """Whom the source told: "has told the Associated Press news agency"."""
    if tok.lemma_.lower() not in ("tell", "inform", "brief"):
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    return span_of(obj.subtree) if obj is not None else None
