"""Denials that point back: "Roe denied the claim", "the owners have denied this", "the auditor argues
that is not true", "X is so, although Y disputes this". The denial takes the claim it points to.
"""

from __future__ import annotations

from ..outlets import outlet
from ..rules import pairs, words
from .echoes import negated_echoes
from .falsity import calls_false, verdict_of
from .found import Found, sentence_start_before, trim, trim_chars
from .hedged import hedged_clause
from .inquotes import nested
from .verdictrest import said_besides

# words that only point to a claim made before: "denied this", "the claim", "these allegations"
ANAPHORS = {"this", "that", "it", "these", "them", "those"}
POINTING = {"the", "this", "these", "those", "that", "such"}


def refer_back(doc, found: list[Found]) -> None:
    """"The auditor argues that is not true", "Roe denied the claim", "Roe has denied this": a source
    calling an earlier claim false, or denying it by a word that points back, denies that claim; the
    content becomes the claim it refers to (the one just before, in the last sentences, of another
    source). A bare "this" or "it" denied with no claim before it is dropped."""
    from .denied import disagrees, one_disagreement  # (denied and seconded import this module's ANAPHORS)
    from .seconded import seconded

    one_disagreement(found)
    dropped = []
    for k, f in enumerate(found):
        if f.cue is None or f.form == "credit":
            continue
        if f.quote or f.form != "indirect" or (f.speaker and doc.text[max(0, f.speaker[0] - 9):f.speaker[0]].rstrip().endswith(", with")):
            # quoted words that call a claim false ("It's not true that X," Roe said; "The allegations
            # are false") deny it, as the same words reported indirectly do (and those of a with-clause's
            # cue: "..., with officials saying there was no evidence that Z"); words doubting one question
            # it, and a quote already marked a question by them ("We have questions about whether Z")
            # is cut to what it questions
            judged = verdict_of(doc, (f.start, f.end))
            denied = judged[0] if judged is not None and (judged[1] == f.stance or f.stance == "asserts") else None
            if denied is not None:
                # within the quoted words: not on into the cue after them ("...," according to X)
                s, e = max(denied[0], f.start), min(denied[1], f.end)
                e = min([e] + [span[0] for span in (f.cue, f.speaker) if span and s < span[0]])
                denied = trim_chars(doc.text, s, e)
            if denied is not None:
                f.start, f.end, f.stance = *denied, judged[1]
        # "questioned these claims", "cast doubt on this claim": a doubt pointing back questions the claim
        doubted = f.stance == "questions" and _pointing_noun(doc, f) is not None and _points_back(doc, f)
        bare = disagrees(doc, f)
        if not (_calls_it_false(doc, f) or bare or f.stance == "denies" and _points_back(doc, f) or doubted):
            continue
        said_by = doc.text[f.speaker[0]:f.speaker[1]].lower() if f.speaker else None
        own = _main_clause_before(doc, f) if f.stance == "denies" else None
        if own is not None:
            # "These are considered illegal, although Israel disputes this": this sentence's own
            # statement is disputed, not a claim made sentences before
            f.start, f.end = own
            continue
        noun = _pointing_noun(doc, f)
        # the claim pointed back to is the one just said: one ending a sentence or more before it is
        # another matter ("X has never been recognised. Since 1967 ... These are illegal, although Y
        # disputes this" must not deny the first sentence); a noun ("denied the claim") reaches one
        # sentence further ("Reports said X. Y had allegedly demanded Z. Roe denied the claim.")
        near = sentence_start_before(doc, f.cue[0], 2 if noun is not None else 1)
        cue = _cue_token(doc, f)
        # not the speaker's own claim: by the same words, or by the verb this cue hangs from ("she
        # said X, adding that the allegations were false")
        own = {a.i for a in cue.ancestors} if cue is not None else set()
        # a question claims nothing a denial could take ("What can you do?" X asked. Y dismissed the criticism)
        earlier = [g for g in found[:k] if near <= g.end <= f.cue[0] and g.form != "credit"
                   and (g.stance == "asserts" or _put_to(g, f)) and not (g.speaker and doc.text[g.speaker[0]:g.speaker[1]].lower() == said_by)
                   and not (g.cue and getattr(_cue_token(doc, g), "i", None) in own)]
        # "X did Z," Roe said. "That is a fact, plain and simple." Y denied the allegation: Z, not Roe's verdict on it
        earlier = [g for g in earlier if not _verdict_only(doc, g)] or earlier
        if noun is not None:
            # "Roe was arrested and charged with fraud. He denied the accusations": the charge just
            # made without a source is what is denied, not a claim before it
            span = doc.char_span(near, f.cue[0], alignment_mode="contract")
            charged = [t.idx for t in span or () if t.pos_ == "VERB" and t.lemma_.lower() in words("accuse_verbs")]
            earlier = [g for g in earlier if not charged or g.end > max(charged)]
        if noun is not None and {noun.lower_, noun.lemma_.lower()} & words("report_nouns"):
            # "disputed the report": the claim of a report or an outlet (a few sentences back, past the
            # replies to it), not the last person's reply
            far = sentence_start_before(doc, f.cue[0], 4)
            reported = [g for g in found[:k] if far <= g.end <= f.cue[0] and g.form != "credit"
                        and g.stance != "denies" and _reported(doc, g)]
            earlier = reported or earlier
            # a report relaying another's ("AP reported X is a response to a report that claimed Z. Y called
            # the report flawed"): the report called flawed is the inner one, Z, not AP's relay of it
            earlier = [g for g in earlier if not any(h is not g and g.start <= h.start and h.end <= g.end
                                                     and (g.start, g.end) != (h.start, h.end) for h in reported)]
        whose = _possessor(doc, f, named=True)
        if whose is not None:
            # "India accuses Y of Z. Islamabad rejects India's charge": the claim of the one named, or none
            earlier = [g for g in earlier if g.speaker and whose.lower_ in doc.text[g.speaker[0]:g.speaker[1]].lower().split()]
            if not earlier:
                continue
        if earlier:
            g = max(earlier, key=lambda g: g.end)
            f.start, f.end, f.stance = g.start, g.end, "questions" if doubted else "denies"
            reason = _last_reason(doc, g) if noun is None and not bare else None  # ("Y disagreed": all of it)
            if reason is not None:
                # "X argued A because B. Y argues that is no longer true": "that" is B, the last thing said
                f.start, f.end = reason
            framed = _framed_fact(doc, f)
            if framed is not None:
                # '"The fact is that Z," X said. Critics say that is not true': Z, not the frame
                f.start, f.end = framed
        elif _unsourced_claim(doc, near, f.cue[0], noun) is not None and not doubted:
            # "The firm has faced claims its phones spy. It has denied the allegations": a claim no one
            # in the story makes is named, with its words, before the denial
            (f.start, f.end), f.stance = _unsourced_claim(doc, near, f.cue[0], noun), "denies"
        elif doc.text[f.start:f.end].lower() in ANAPHORS or f.stance == "denies" and (f.start, f.end) == tuple(f.cue):
            dropped.append(k)  # ("His lawyer disagreed" with no claim before it: nothing said)
    for k in reversed(dropped):
        del found[k]
    said_besides(doc, found)  # "said the story was untrue and that Z": Z is asserted
    negated_echoes(doc, found)  # "Critics said Z. The mayor said there was no Z"
    seconded(doc, found)  # "X denied Z. Y echoed the assessment": Y denies Z too
    nested(doc, found)  # "We looked at it. We saw no evidence that Z," X said: the quote, and X's denial of Z
    for f in found:
        if f.stance == "denies" and f.cue is not None and f.cue[0] < f.start:
            joined = _joined_at(doc, f)
            for g in found:
                if g is not f and g.stance == "asserts" and joined is not None and g.start < joined < f.cue[0] < g.end \
                        and g.speaker == f.speaker:
                    # "The firm said X, and denied that Y": the report ends where the denial joins it
                    g.end = joined
        if f.stance == "denies" and f.cue is not None and f.end < f.cue[0]:
            for g in found:
                if g is not f and g.start <= f.start and f.end < g.end <= f.sentence[1] + 1 \
                        and (f.cue[0] < g.end or not doc.text[f.end:g.end].strip(",;: ")):
                    # "Officials believe X but the agency denied this", "X, something Y denies": the
                    # claim of X ends where the denial begins
                    g.end = f.end


def _put_to(g: Found, f: Found) -> bool:
    """"Asked whether Z, Roe replied: "That is false."": a question no one in the story is named putting,
    in the sentence of the answer, is what the answer calls false."""
    return g.stance == "questions" and g.speaker is None and g.sentence == f.sentence and f.stance != "questions"


def _verdict_only(doc, g: Found) -> bool:
    """"That is a fact, plain and simple", "This is true": a claim that only says what the one before it is
    (a pointing subject, "be", a short complement, no clause of its own); it makes no claim to deny."""
    span = doc.char_span(g.start, g.end, alignment_mode="expand")
    if span is None or len([t for t in span if not t.is_punct]) > 8:
        return False
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root.lemma_ == "be" and subj is not None and subj.lower_ in ANAPHORS and not any(
        c.dep_ in ("ccomp", "xcomp", "advcl", "acl", "relcl") for t in span for c in t.children)


def _unsourced_claim(doc, start: int, end: int, pointer=None) -> tuple[int, int] | None:
    """"has faced claims its phones could be used for spying", "there were reports that the talks had
    failed": the words of the last claim named by a claim noun with its clause between two offsets (a
    report, "denied the report", takes only a report's), else None."""
    from .denied import entitlement  # (denied imports this module's ANAPHORS)

    reports = words("report_nouns")
    # "rejected the report" denies a report as a whole, not one allegation the report holds
    wanted = reports if pointer is not None and {pointer.lower_, pointer.lemma_.lower()} & reports else words("claim_nouns")
    span = doc.char_span(start, end, alignment_mode="contract")
    for noun in reversed(span or ()):
        if noun.pos_ == "NOUN" and {noun.lower_, noun.lemma_.lower()} & wanted and not entitlement(noun):
            said = _clause_named(noun)
            if said is not None and said[-1].idx < end:
                return trim(doc.text, said)
    if pointer is not None and wanted is not reports:
        # "Roe was arrested and charged with fraud. He denied the accusations": the charge, made by no one named
        for verb in reversed(span or ()):
            charge = _charged_with(verb)
            if charge is not None and charge[-1].idx < end:
                return trim(doc.text, charge)
    return hedged_clause(doc, start, end) if pointer is not None else None  # "X had allegedly done Z. Y denied the claim"


def _charged_with(verb) -> list | None:
    """"was charged with selling stolen cars", "has been accused of fraud": the charge of a passive verb
    of accusing with no one named as accuser (data/accuse_verbs), else None."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in words("accuse_verbs"):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "conj" and any(
        c.dep_ == "auxpass" for c in verb.head.children)
    if not passive or any(c.dep_ == "agent" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "of") and c.i > verb.i), None)
    obj = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    return list(obj.subtree) if obj is not None else None


def _clause_named(noun) -> list | None:
    """The clause a claim noun names, however the parser hung it: "claims its phones spy" (right after it,
    with its own subject), "claims that Z", "reports after the call that Z" (past a prepositional phrase)."""
    doc, after = noun.doc, noun.i + 1
    sent_end = noun.sent.end
    clause = next((t for t in doc[after:sent_end] if t.left_edge.i == after and t.pos_ in ("VERB", "AUX")
                   and any(d.dep_ in ("nsubj", "nsubjpass") for d in t.children)), None)
    if clause is not None:
        return [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    mark = next((t for t in doc[after:sent_end] if t.dep_ == "mark" and t.lower_ == "that"), None)
    if mark is None or not any(d.dep_ in ("nsubj", "nsubjpass") for d in mark.head.children):
        return None
    preps = [p for p in doc[after:mark.i] if p.dep_ == "prep" and p.head.i in (noun.i, noun.head.i)]
    between = {t.i for p in preps for t in p.subtree}
    if not preps or doc[after].i not in between or not all(i in between for i in range(after, mark.i)):
        return None  # only a phrase of time or place may stand between the noun and its "that"
    return [t for t in mark.head.subtree if t.i > mark.i]


def _joined_at(doc, f: Found) -> int | None:
    """Where a denial joined to a report begins, less the joining words: "said X, and denied that Y" -> after X."""
    tok = _cue_token(doc, f)
    if tok is None or tok.dep_ != "conj":
        return None
    start = tok.left_edge.i
    while start > 0 and (doc[start - 1].is_punct or doc[start - 1].dep_ == "cc"):
        start -= 1
    return doc[start - 1].idx + len(doc[start - 1].text) if start > 0 else None


def _cue_token(doc, f: Found):
    span = doc.char_span(*f.cue, alignment_mode="expand")
    return span.root if span is not None else None


def _main_clause_before(doc, f: Found) -> tuple[int, int] | None:
    """"These are illegal, although X disputes this": the statement the denial's clause hangs from,
    in the same sentence, before it."""
    tok = _cue_token(doc, f)
    if tok is None or tok.dep_ not in ("advcl", "conj") or tok.head.i >= tok.i \
            or not any(c.dep_ == "nsubj" for c in tok.children):
        return None  # "she said X, adding that the allegations were false": her own words are not disputed
    said = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    thing = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if said is None and thing is not None and thing.pos_ == "NOUN" and doc.text[f.start:f.end].lower() in ("it", "them") \
            and thing.lemma_.lower() not in words("claim_nouns"):
        return None  # "The mayor agreed a budget, but councillors rejected it": "it" is the budget, a thing
    # "Inspectors believe X but the builder denied this": what they believe, not that they believe it
    before = [t for t in (said or tok.head).subtree if t.i < tok.left_edge.i]
    if said is None and tok.head.lemma_.lower() in words("accuse_verbs"):
        # "Neighbours accused Y of smuggling arms, though Y denied this": the charge ("Y of smuggling
        # arms", the accusers' claim), not that they made it
        before = [t for t in before if t.i > tok.head.i]
    # "X was killed by agents but the agency denied this": not the word joining the two
    while before and (before[-1].is_punct or before[-1].dep_ in ("cc", "mark")):
        before.pop()
    pointer = doc.char_span(f.start, f.end, alignment_mode="expand")
    named = [t for t in before if t.pos_ == "NOUN" and t.lemma_.lower() in words("claim_nouns")]
    if pointer is not None and pointer.root.lemma_.lower() in words("claim_nouns") and named:
        # "faced allegations of fraud, but he denies those claims": the claims named before
        kept = {t.i for t in before}
        before = [t for t in named[-1].subtree if t.i in kept]
    span = trim(doc.text, before) if before else None
    return span if span is not None and span[1] - span[0] >= 8 else None


def _framed_fact(doc, f: Found) -> tuple[int, int] | None:
    """"The fact is that Z", "The truth is, Z" (data/fact_frame_nouns): Z, the claim the frame states as
    fact, else None."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    toks = [t for t in span or () if not t.is_quote]
    if len(toks) < 6 or toks[0].lower_ != "the" or toks[1].lower_ not in words("fact_frame_nouns") \
            or toks[2].lemma_ != "be" or toks[1].dep_ != "nsubj" or toks[1].head.i != toks[2].i:
        return None
    rest = toks[4:] if toks[3].lower_ in ("that", ",", ":") else toks[3:]
    return trim_chars(doc.text, rest[0].idx, f.end)


def _last_reason(doc, g: Found) -> tuple[int, int] | None:
    """The reason a claim ends with ("A because B": B), else None."""
    span = doc.char_span(g.start, g.end, alignment_mode="expand")
    if span is None:
        return None
    reason = next((c for c in span.root.children if c.dep_ == "advcl" and c.right_edge.i >= span.end - 2
                   and any(m.dep_ == "mark" and m.lower_ in ("because", "since") for m in c.children)), None)
    if reason is None:
        return None
    return trim(doc.text, [t for t in reason.subtree if not (t.dep_ == "mark" and t.head.i == reason.i)])


def _pointing_noun(doc, f: Found):
    """The claim noun a denial points back with ("the claim", "these reports"), else None."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or doc.text[f.start:f.end].lower() in ANAPHORS:
        return None
    root = span.root
    return root if root.lemma_.lower() in words("claim_nouns") and root.pos_ == "NOUN" else None


def _reported(doc, g: Found) -> bool:
    """A claim made by a report, an outlet or a document: "Acme News said", "reports said", "the paper
    reported" (a name ending in a word of medium_words, or one outlets.outlet reads as a publication)."""
    if g.cue is not None and doc.text[g.cue[0]:g.cue[1]].lower().startswith("report"):
        return True
    if g.speaker is None:
        return False
    span = doc.char_span(*g.speaker, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    return head.lemma_.lower() in words("document_nouns") | words("report_nouns") | words("outlet_nouns") \
        or span[-1].lower_ in words("medium_words") or outlet(doc, span)


def _points_back(doc, f: Found) -> bool:
    """"this", "the claim", "these allegations": a denied thing that only points to a claim made before."""
    if f.start < f.cue[0]:
        return False  # "the alleged interference, denied by Russia": named where it is denied
    if doc.text[f.start:f.end].lower() in ANAPHORS:
        return True
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.lemma_.lower() not in words("claim_nouns") or root.pos_ != "NOUN":
        return False
    det = next((c.lower_ for c in root.children if c.dep_ == "det"), None)
    if any(c.dep_ in ("predet", "amod") and c.lower_ == "such" for c in root.children):
        det = "such"  # "dismissed such an argument", "denied such claims"
    # "the allegations of bribery", "the criticism over the raid", "the claim that ...", "the bribery
    # allegations", "the hacking allegations": the thing denied is said there, not before ("the CBS
    # report" names whose it is)
    said_here = any(c.dep_ in ("acl", "relcl", "ccomp", "appos") or c.dep_ == "compound" and c.pos_ == "NOUN"
                    or c.dep_ == "amod" and c.tag_ == "VBG"
                    or c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "that") for c in root.children)
    cue = _cue_token(doc, f)
    if det == "the" and cue is not None and cue.lemma_.lower() not in words("denial_verbs") | words("calling_verbs") \
            and cue.lemma_.lower() not in pairs("phrasal_denials"):
        # "she said, adding that the allegations in question were false": "the" points back only after
        # a verb of denial ("denied the claim"); a speaker calling "these reports" false points back
        return False
    if det is None and _possessor(doc, f) is not None and cue is not None and (
            cue.lemma_.lower() in words("denial_verbs") or cue.lemma_.lower() in pairs("phrasal_denials")):
        return not said_here  # "rejects India's charge": the charge India made before
    if det is None and cue is not None and cue.lemma_.lower() in words("denial_verbs") and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in ("his", "her", "their") for c in root.children):
        return not said_here  # "X said Z. Officials rejected his assertion": the claim just made, whoever's it is
    return det in POINTING and not said_here


def _possessor(doc, f: Found, named: bool = False):
    """The name owning a denied claim noun ("rejects India's charge", "disputed Roe's account"; named: also
    a name before a noun other than a report's, "called the White House statement lies"), else None (a
    pronoun's is left alone: "denied her claims" may be anyone's)."""
    noun = _pointing_noun(doc, f)
    poss = next((c for c in noun.children if c.dep_ == "poss" or named and c.dep_ == "compound" and c.pos_ == "PROPN"
                 and noun.lemma_.lower() not in words("report_nouns")), None) if noun is not None else None
    return poss if poss is not None and poss.pos_ == "PROPN" else None


def _calls_it_false(doc, f: Found) -> bool:
    """"That is not true", "it was false", "Nothing could be further from the truth", or a bare verdict
    quoted ("Not true," says X): the claim before is called false."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    if _bare_verdict(span):
        return True
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ == "be" and subj is not None and subj.lower_ == "nothing" and any(
            c.lower_ in ("further", "farther") and any(p.lower_ == "from" and any(o.lower_ == "truth" for o in p.children)
                                                       for p in c.children) for c in root.children):
        return True  # "Nothing could be further from the truth"
    if root.lemma_.lower() in words("happening_verbs") and subj is not None and subj.lower_ in ("that", "this", "it") \
            and any(c.dep_ == "neg" for c in root.children) and all(
                c.dep_ in ("nsubj", "neg", "aux", "punct") or c.dep_ == "advmod" and c.lower_ in words("emphasis_adverbs")
                for c in root.children):
        # "That never happened", "It simply did not occur": the deed claimed before did not take place (not
        # "it never happened before", "that did not happen to me": a matter of its own)
        return True
    if subj is not None and subj.lower_ == "none" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lower_ in ANAPHORS for o in p.children)
            for p in subj.children):
        # "None of that is true", "none of it was accurate": the claim before, said not to be so
        return root.lemma_ == "be" and not any(c.dep_ == "neg" for c in root.children) and any(
            c.dep_ == "acomp" and c.lower_ in ("true", "accurate") for c in root.children)
    if root.lemma_ != "be" or subj is None or subj.lower_ not in ANAPHORS:
        return False
    if subj.lower_ == "it" and any(c.dep_ in ("xcomp", "ccomp", "csubj") or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for h in (root, *root.children) for c in h.children if h is root or h.dep_ == "acomp"):
        return False  # "it was wrong to drag them into it": "it" stands for the clause after, not a claim before
    return calls_false(root)


def _bare_verdict(span) -> bool:
    """"Not true", "Simply false", "That's a lie": words that only call something false."""
    toks = [t for t in span if not t.is_punct]
    negated = any(t.dep_ == "neg" or t.lower_ == "not" for t in toks)
    verdict = [t for t in toks if t.lemma_.lower() in words("falsity_words") or t.lower_ in words("falsity_words")
               or negated and t.lower_ in ("true", "accurate", "correct")]
    rest = [t for t in toks if t not in verdict and not (t.lower_ in ("not", "it", "that", "this", "'s", "is", "was")
                                                         or t.pos_ in ("ADV", "DET", "AUX"))]
    return bool(verdict) and not rest and len(toks) <= 5
