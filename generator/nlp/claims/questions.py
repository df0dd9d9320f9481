"""Questions a source puts: "asked (the minister) whether/if Z", "wondered whose side Z", "questioned
why Z"; a question put by someone unnamed ("X was asked whether Z", "when asked if Z"); and quoted
words that only ask ("Would that be a red line?"). The question is the content, its stance "questions".
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..rules import union, words
from . import leadquestions
from .found import Found, span_of, trim
from .leadquestions import AUXILIARIES

MARKS = ("whether", "if")
# a sentence's end inside a content: its closing mark, then space
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']*\s+")
QUOTE_OR_SPACE = " \t\n\"“”‘’'"
COPULAS = ("be", "remain", "seem", "appear")


def clause(tok):
    """The question a verb of asking or doubt puts: its whether/if or wh-clause, else None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in words("asking_verbs") | words("doubt_verbs") \
            and not wants_to_know(tok) and lemma not in words("pressing_verbs"):
        return None
    if lemma in words("pressing_verbs"):
        # "pressed the spokesman on whether Z", "grilled by X on what Z": the question after "on"
        # ("quizzed the secretary about whether Z": the phrase the parser hung on the one pressed)
        return next((o for h in (tok, *(c for c in tok.children if c.dep_ == "dobj")) for p in h.children
                     if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
                     for o in p.children if o.dep_ == "pcomp" and _asks(o)), None)
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "ccomp" and _asks(c):
            return c
        # "asked Shah if the president approved": the if-clause parsed as an adverbial one; not after
        # a stranded preposition ("could be asked about if X"), where "if" is a condition
        if c.dep_ == "advcl" and (lemma in words("asking_verbs") or _whether(c)) and _marked(c) and not any(
                p.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") and o.i > p.i for o in p.children)
                for p in tok.children):
            return c
        if c.dep_ == "advcl" and _wh_right_after(tok, c):
            return c  # "questioned when the mayor first learned of it": the wh-clause parsed as an adverbial one
    if lemma in words("asking_verbs"):
        return _after_a_preposition(tok)
    return None


def _after_a_preposition(tok):
    """"asked about whether Z" (the clause after "about"), "was asked at a March hearing whether Z" (the
    clause the parser hung on the occasion's noun): the question a verb of asking puts past a preposition."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > tok.i):
        for o in prep.children:
            if o.dep_ == "pcomp" and prep.lower_ == "about" and _marked(o):
                return o
            if o.dep_ == "pobj":
                # a noun takes no whether-clause of its own here ("the question whether" is no occasion)
                held = next((c for c in o.children if c.dep_ == "ccomp" and c.i > o.i and _marked(c)), None)
                if held is not None and o.lemma_.lower() not in words("claim_nouns") | {"question", "issue", "matter"}:
                    return held
    return None


def doubted_claim(doc, content) -> tuple[int, int] | None:
    """"he was sceptical of claims that the rebels used gas", "they were doubtful about the report",
    "she was not convinced by reports that Z": a claim of others the source doubts (stance
    questions); the claim's words if given, else the noun naming it. Not a doubt about a plan or a
    thing ("sceptical of the deal"): that makes no claim of anyone's doubted."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span[0].sent.start != span[-1].sent.start:
        return None
    root = span.root
    # "was sceptical of", or "was not convinced by" parsed as a passive verb
    # ("remains unconvinced by the study": a copula other than "be")
    held = [c for c in root.children if c.dep_ == "acomp" and c.i > root.i] if root.lemma_ in COPULAS else [root]
    negated = any(c.dep_ == "neg" for c in root.children)
    for word in held:
        negated = negated or any(c.dep_ == "neg" for c in word.children)
        attitude = word.lower_ in words("belief_attitudes")
        if word.lower_ not in words("doubting_words") | words("belief_attitudes") or attitude != negated:
            continue  # "sceptical of", "not convinced by"; not "not sceptical of", "convinced by"
        claim = next((o for p in word.children if p.dep_ in ("prep", "agent") and p.lower_ in ("of", "about", "by", "with")
                      for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in union("claim_nouns", "research_nouns")), None)
        if claim is None:
            return None  # (a study or data doubted questions what they are said to show)
        said = next((d for d in claim.children if d.dep_ in ("acl", "ccomp") and d.pos_ in ("VERB", "AUX")), None)
        if said is not None:
            return trim(doc.text, [t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)])
        return trim(doc.text, list(claim.subtree))
    return None


def inquiry(tok) -> bool:
    """"is investigating whether Z", "probing why Z": a verb of looking into a matter (data/inquiry_verbs)
    that takes a question's clause puts that question (not "investigated the attack": no question put)."""
    return inquired(tok) is not None


def inquired(tok):
    """The whether-, if- or wh-clause a verb of inquiry takes as its object, else None. Only as a cue of
    its own: a quote saying "we are reviewing whether Z" stays asserted as said (clause() keeps to asking)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in words("inquiry_verbs"):
        return None
    return next((c for c in tok.children if c.i > tok.i and c.dep_ == "ccomp" and _asks(c)), None)


def requested_inquiry(tok) -> bool:
    """"are calling the inspector general to investigate whether Z": the question is put by who asks
    for the inquiry (data/request_verbs, data/asking_verbs), not by the one asked to make it."""
    return inquiry(tok) and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in union("request_verbs", "asking_verbs")


def wants_to_know(tok) -> bool:
    """"wanted to know whether Z", "demanded to know why Z": a question put by the subject."""
    return tok.lemma_.lower() == "know" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("want", "demand", "wish")


def content(doc, question) -> tuple[int, int] | None:
    """The question's words, without "whether"/"if" (a wh-word stays: "why the agency did not ..."), and
    without the answer told after it ("whether he had ever testified, to which he replied that ...")."""
    aside = _past_aside(question)  # ("..., ranking Republican on the panel, why Z": from "why")
    opening = _opening_mark(question)
    toks = [t for t in question.subtree if not (t.head.i == question.i and _is_mark(t)) and (aside is None or t.i >= aside.i)
            and (opening is None or t.i != opening.i)]
    answer = next((t.i for t in toks if t.text == "," and t.i + 2 < len(doc) and doc[t.i + 1].dep_ == "prep"
                   and doc[t.i + 2].lower_ in ("which", "whom")), None)
    return trim(doc.text, [t for t in toks if answer is None or t.i < answer])


def unnamed_asker(tok) -> bool:
    """"The minister was asked whether Z", "when asked if Z": a question put by someone not named."""
    # a passive ("was asked"), or a participle without a subject however tagged ("Asked whether Z, the
    # chairman said"); not a perfect tense ("has asked officials how ...": the subject asks)
    deps = {c.dep_ for c in tok.children}
    # (not a present participle: "Wondering whether Z, Roe filed a complaint" is Roe's question)
    participle = "auxpass" in deps or not deps & {"aux", "nsubj"} and (tok.tag_ == "VBN" or tok.dep_ == "advcl" and tok.tag_ != "VBG")
    return participle and tok.lemma_.lower() in words("asking_verbs") and clause(tok) is not None \
        and not any(c.dep_ == "agent" for c in tok.children)


def put_to(doc, tok, bounds) -> Found | None:
    """The claim of a question put by someone unnamed: no speaker, the asking verb as its cue."""
    span = content(doc, clause(tok))
    if span is None or span[1] - span[0] < 8:
        return None
    show = _asked_on(tok)
    if show is not None:
        # "On Acme's "Sunday Talk," the minister was asked whether Z": the programme puts the question
        toks = list(show.subtree)
        after = toks[-1].i + 1
        if sum(t.is_quote for t in toks) % 2 and after < len(doc) and doc[after].text == "," \
                and after + 1 < len(doc) and doc[after + 1].is_quote:
            after += 1  # 'On "Sunday Talk," the minister ...': the comma inside the marks
        if sum(t.is_quote for t in toks) % 2 and after < len(doc) and doc[after].is_quote:
            toks.extend(doc[toks[-1].i + 1:after + 1])  # the title's closing mark, which the parser hangs elsewhere
        return Found(*span, span_of(toks), (tok.idx, tok.idx + len(tok.text)), False, bounds, show.i,
                     stance="questions")
    return Found(*span, None, (tok.idx, tok.idx + len(tok.text)), False, bounds, None, stance="questions")


def _asked_on(tok):
    """The programme a question was put on: "on Acme's "Sunday Talk"", "on "Face the Week"" (a title
    named by its outlet, in quote marks or tagged a work), not a day or a place ("On Monday", "in Ohio")."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "during")):
        for show in (o for o in prep.children if o.dep_ == "pobj"):
            # "during a taping of "Face the Week"": the programme named inside the occasion
            inner = [t for p in show.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "with")
                     for t in p.children if t.dep_ == "pobj"]
            named = next((t for t in (show, *inner) if _a_title(t)), None)
            if named is not None:
                return named
    return None


def _a_title(t) -> bool:
    """A programme's title: in quote marks, tagged a work, or named by its outlet ("Acme's "Sunday Talk"")."""
    if t.pos_ not in ("PROPN", "NOUN") or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
        return False
    first = t.left_edge
    quoted = first.is_quote or first.i > 0 and t.doc[first.i - 1].is_quote
    return quoted or t.ent_type_ == "WORK_OF_ART" or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children)


def only_asks(text: str) -> bool:
    """Words whose every sentence is a question: "If he looked into it, would that be a red line? Would he go?"."""
    parts = _sentences(text)
    return bool(parts) and all(_asks_text(text, p) for p in parts)


def mark(text: str, found: list[Found]) -> list[Found]:
    """Claims whose words only ask are questions, whoever puts them; a quote that states, then asks
    ("They are contractors. Would any notes be taken?") is a statement and a question."""
    out = []
    for f in found:
        if f.stance != "asserts" or f.form == "credit":
            out.append(f)
            continue
        if _mark_left_out(text, f):
            f.end += 1
        asked = _asked_first(text, f)
        if asked is not None:
            out.extend(asked)
            continue
        parts = _sentences(text, f.start, f.end)
        asks = [_asks_text(text, p) for p in parts]
        if parts and all(asks):
            f.stance = "questions"
        elif f.quote and len(parts) > 1 and asks[0] and not asks[-1] and leadquestions.left_open(text, parts, asks):
            # "Was it required? Was it necessary? Others think so. I am not sure.": the questions
            # opening the quote are asked, the statements after them said
            last = asks.index(False)
            out.append(replace(f, end=parts[last - 1][1], stance="questions", cue=None, form="floating"))
            f.start = parts[last][0]
            out.append(f)
            continue
        elif f.quote and len(parts) > 1 and asks[-1] and not asks[0]:
            first = asks.index(True)
            if all(asks[first:]):
                tail = replace(f, start=parts[first][0], stance="questions", cue=None, form="floating")
                f.end = parts[first - 1][1]
                out.append(f)
                out.append(tail)
                continue
        out.append(f)
    return _none_asked_inside(out)


def _none_asked_inside(found: list[Found]) -> list[Found]:
    """'"Why would anyone believe that?" asked Ann Roe', '"Has he ever explained where his numbers come
    from?" she asked': a cue and its speaker inside a quoted question are part of what is asked, nobody's
    claim (a question reports no one's words)."""
    asked = [(g.start, g.end) for g in found if g.stance == "questions" and g.quote]
    return [f for f in found if f.stance == "questions" and f.quote or f.cue is None or f.speaker is None
            or not any(s <= min(f.cue[0], f.speaker[0]) and max(f.cue[1], f.speaker[1]) <= e for s, e in asked)]


def _asked_first(text: str, f: Found) -> list[Found] | None:
    """'"Is this the moment?" asked Ann Roe. "We don't know."', '"How can we turn them back?" he asked. "We
    can't."': a quote whose words before the cue only ask, going on after it, is the question and then
    a statement of the same speaker (the question its own claim); else None."""
    if not f.quote or f.cue is None or not f.start < f.cue[0] < f.end:
        return None
    # the words before the cue, or before the speaker named ahead of it ('..." he asked.')
    said_at = min(f.cue[0], f.speaker[0]) if f.speaker and f.start < f.speaker[0] else f.cue[0]
    before = text[f.start:said_at].rstrip(" ,\"“”'’\n")
    parts = _sentences(text, f.start, f.start + len(before))
    if not before.endswith("?") or not parts or not all(_asks_text(text, p) for p in parts):
        return None
    question = replace(f, end=f.start + len(before), stance="questions")
    after = max(f.cue[1], f.speaker[1] if f.speaker else 0)
    reopened = next((k for k in range(after, f.end) if text[k] in "\"“"), None)
    if reopened is None or not text[reopened + 1:f.end].strip(QUOTE_OR_SPACE):
        return [question]
    return [question, replace(f, start=reopened + 1)]


def _mark_left_out(text: str, f: Found) -> bool:
    """'was asked by a voter, "If elected, would you raise taxes?"': the parser can hang a quoted question's
    "?" on the cue, so the content filling the quote stops just short of it. True when the content runs
    from an opening quote mark to a "?" right before the closing one."""
    opens = f.start > 0 and text[f.start - 1] in "\"“"
    return opens and text[f.end:f.end + 1] == "?" and text[f.end + 1:f.end + 2] in ("\"", "”")


def joined(doc, found: list[Found]) -> list[Found]:
    """"The residents say there is no leak and questioned why the pier closed": a verb of asking joined
    to the reported clause with no subject of its own is the source's next act, a question of its own,
    not part of what it says. The report ends before it; the question is its own claim."""
    out = []
    for f in found:
        out.append(f)
        if f.stance != "asserts" or f.cue is None or f.form == "credit" or f.quote:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        asked = next((t for t in span if t.dep_ == "conj" and t.pos_ == "VERB" and span.start <= t.head.i < t.i
                      and t.lemma_.lower() in words("asking_verbs") | words("doubt_verbs")
                      # not a passive ("went to Washington and was asked what he did": someone else asks)
                      and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in t.children)
                      and clause(t) is not None), None)
        if asked is None:
            continue
        joint = min([c.i for c in asked.head.children if c.dep_ == "cc" and c.i < asked.i] + [asked.i])
        kept = trim(doc.text, [t for t in span if t.i < joint])
        question = content(doc, clause(asked))
        if kept is None or question is None:
            continue
        f.end = kept[1]
        cue = (asked.idx, asked.idx + len(asked.text))
        if not any(g.cue == cue for g in found):
            out.append(replace(f, start=question[0], end=question[1], cue=cue, stance="questions"))
    return sorted(out, key=lambda g: (g.start, -g.end))


def _sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of text[start:end] as spans, without their outer quote marks and space."""
    end = len(text) if end is None else end
    spans, at = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, end))
    out = []
    for s, e in spans:
        while s < e and text[s] in QUOTE_OR_SPACE:
            s += 1
        while e > s and text[e - 1] in QUOTE_OR_SPACE:
            e -= 1
        if e > s:
            out.append((s, e))
    return out


TAGGED = re.compile(r",\s*(\w+)\s*\?$")


OPENING = re.compile(r"^(\w+)\s+(\w+?)(?:n[’']t)?\b")


def _asks_text(text: str, span: tuple[int, int]) -> bool:
    """A sentence ending in "?" asks, unless the mark ends a tag on a statement ("..., okay?"); so does one
    opening "Why did", "Why would" ... whose mark is lost ("'Why did he lie,' X tweeted")."""
    said = text[span[0]:span[1]]
    tag = TAGGED.search(said)
    if said.endswith("?"):
        return not (tag and tag.group(1).lower() in words("question_tags"))
    opening = OPENING.match(said)
    return bool(opening) and opening.group(1).lower() in words("question_openings") \
        and opening.group(2).lower() in AUXILIARIES and not said.endswith("!")


def _asks(comp) -> bool:
    first = comp.left_edge
    return _marked(comp) or first.tag_ in ("WDT", "WP", "WP$", "WRB") or _past_aside(comp) is not None \
        or _opening_mark(comp) is not None


def _opening_mark(comp):
    """"was asked if he had made it clear the port was closed": the parser may read the if-clause opening the
    question as a condition on a clause inside it; the "whether"/"if" opening the clause, no comma after it
    (a condition set off, "if elected, Z", stays one), else None."""
    first = comp.left_edge
    if not _is_mark(first) or first.head.i == comp.i or first.i == 0 or first.doc[first.i - 1].pos_ not in ("VERB", "AUX") \
            or any(t.text == "," for t in comp.doc[first.i:comp.right_edge.i + 1]):
        return None
    return first


def _past_aside(comp):
    """"was asked by Sen. Ann Roe, ranking Republican on the panel, why Z": the parser may hang the asker's
    apposition on the question's clause; the wh-word (or "whether"/"if") right after the comma ending it,
    else None."""
    first = comp.left_edge
    if first.tag_ in ("WDT", "WP", "WP$", "WRB") or _is_mark(first):
        return None
    return next((c for c in comp.children if first.i < c.i < comp.i and comp.doc[c.i - 1].text == ","
                 and (c.tag_ in ("WDT", "WP", "WP$", "WRB") or _is_mark(c))), None)


def clause_marked(comp) -> bool:
    """A clause opened by "whether" or "if"."""
    return _marked(comp)


def _marked(comp) -> bool:
    return any(_is_mark(c) for c in comp.children)


def _is_mark(t) -> bool:
    return t.dep_ == "mark" and t.lower_ in MARKS


def _wh_right_after(tok, comp) -> bool:
    """"questioned when Z", "are openly questioning how Z": a clause opened by a wh-word right after the verb
    (an adverb between them allowed), with a subject of its own; not a time clause after an object or a
    comma ("questioned the driver when he arrived", "asked, when he arrived, ...")."""
    first = comp.left_edge
    between = [t for t in tok.doc[tok.i + 1:first.i]]
    return first.tag_ == "WRB" and first.lower_ in ("when", "why", "how", "where") and first.i > tok.i \
        and all(t.pos_ == "ADV" for t in between) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children)


def _whether(comp) -> bool:
    """A clause marked "whether" ("questions whether Z", parsed as an adverbial clause): never a condition."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in comp.children)
