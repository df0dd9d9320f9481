"""A denial or doubt said inside a longer quote of the speaker's: the quote stays the speaker's words as
said (asserted), and the part that denies carries the denial as a claim of its own, nested in the quote.

    "We looked at this for weeks. We saw no evidence to back up claims that the fire was set," the chief
    said — the chief denies "the fire was set" (a sentence of the quote calls a claim false);
    The mayor said: "Critics claim that we sold the pier. That is simply false." — the mayor denies
    "we sold the pier", the claim the quote itself reports (a closing verdict pointing back inside it).

A quote that is only the verdict ("That is not true," X said) or a single sentence calling a claim false
is pointing.refer_back's: the quote then becomes the denial.
"""

from __future__ import annotations

from dataclasses import replace

from ..rules import words
from .falsity import verdict_of
from .found import Found
from .quotedquestions import inside
from .turned import turned_clauses
from .unclear import polar_question

MAX_VERDICT_TOKENS = 8  # "That is, of course, wholly untrue."
MAX_ASKED_CHARS = 200  # a question a speaker tells of having put, quoted inside the quote
VERDICT_WORDS = ("true", "accurate", "correct", "truth")
POINTERS = {"this", "that", "it", "these", "those"}


def nested(doc, found: list[Found]) -> None:
    """Adds, for each quote, a claim for each sentence (or clause) that denies or doubts a claim (its stance
    and what it denies); a sentence that only points back ("That is simply false.", "These claims are
    false.", "We deny it completely.") denies the claim the quote reports before it, else the claim just
    before the quote. A quote of several sentences a sentence's verdict had marked a denial as a whole
    is the speaker's words again (asserted), the denial nested in it."""
    added = []  # (the quote, the claim nested in it)
    for f in found:
        if f.quote and f.speaker is not None and f.form != "credit" and f.stance == "asserts":
            # "..., but I have questions about Z," X said; a quote going on after its cue: "The question is whether Z"
            added.extend((f, replace(f, start=s, end=e, stance="questions")) for s, e in inside(doc, f))
        # (a quote going on after its speaker's cue sentence, '"…," X said. "No one knows why Z."', is X's
        # words too: a sentence of it that denies or doubts a claim is nested in it as in any quote)
        if not f.quote or f.cue is None and f.form != "floating" or f.speaker is None or f.form == "credit":
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        sents = list(span.sents) if span is not None else []
        own = f.sentence[0] < f.end and f.start < f.sentence[1]  # the quote by its cue, not a claim it points to
        put = _split_question(doc, f)
        if put is not None and f.stance == "questions":
            f.start, f.end = put  # '"The question is," X said, "is Z?"': the question, past the cue
        elif put is not None and f.stance == "asserts":
            added.append((f, replace(f, start=put[0], end=put[1], stance="questions")))
        named = _named_question(doc, f) if f.stance == "asserts" else None
        if named is not None:
            added.append((f, replace(f, start=named[0], end=named[1], stance="questions")))
        for asked in _own_asked(doc, f) if f.stance == "asserts" else ():
            added.append((f, replace(f, start=asked[0], end=asked[1], stance="questions")))
        if f.stance == "denies" and len(sents) > 1 and own:
            f.stance = "asserts"  # '"The mayor never sold it. These claims are false," X said': not all of it denies
        if f.stance != "asserts":
            continue
        for sent in sents:
            s, e = max(sent.start_char, f.start), min(sent.end_char, f.end)
            # the sentence, or a clause of it the parser hung on a later one ("We saw no evidence that Z; we
            # saw evidence that W"): a quote of one sentence only by its clauses, refer_back reads it whole
            # (one with no cue of its own, going on after its speaker's words, is read whole here)
            clauses = ([(s, e)] if len(sents) > 1 or f.cue is None else []) + [
                (max(t.left_edge.idx, s), min(t.right_edge.idx + len(t.right_edge.text), e)) for t in sent
                if t.dep_ in ("ccomp", "conj", "parataxis") and t.pos_ in ("VERB", "AUX") and t.head.i > t.i
                and s <= t.idx and t.head.idx < e] + turned_clauses(sent, s, e)
            judged, at = next(((j, k) for k, j in enumerate(verdict_of(doc, c) for c in clauses) if j is not None),
                              (None, None))
            whole = at == 0 and clauses[0] == (s, e)  # (the verdict is the whole sentence's)
            pointer = judged is not None and judged[1] == "denies" and _pointer(doc, judged[0])
            # a direct question opening a quote that goes on to state ("The question is, what kind of country
            # do you want? If you want Z, vote for W") is rhetoric, the quote's words as said
            # ("The question is, is the mayor ready for this? I think not": a yes-or-no question about a
            # third party is put, and questions that claim)
            asks = judged is not None and judged[1] == "questions" and doc.text[judged[0][0]:judged[0][1]].rstrip().endswith("?") \
                and not polar_question(doc, judged[0])
            if judged is not None and not pointer and not asks and f.start <= judged[0][0] and judged[0][1] <= f.end \
                    and len(sents) == 1 and f.cue is None and whole and not any(g is f for g, _ in added):
                # '"…," X told them. "I wonder why Z."': a quote of one sentence that only doubts or denies is
                # that doubt or denial, as refer_back makes a quote with its cue (not one a question is already
                # nested in: "The question is whether Z but W" keeps W as said)
                f.start, f.end, f.stance = *judged[0], judged[1]
            elif judged is not None and not pointer and not asks and f.start <= judged[0][0] and judged[0][1] <= f.end:
                added.append((f, replace(f, start=judged[0][0], end=judged[0][1], stance=judged[1])))
            elif len(sents) > 1 and f.cue is not None and (pointer or _verdict(sent) or _denied_pointer(sent)):
                g = _told_before(doc, found, f, s)
                if g is not None:
                    added.append((f, replace(f, start=g.start, end=g.end, stance="denies")))
    have = {(g.start, g.end, g.speaker, g.stance) for g in found}
    for f, a in reversed(added):
        if (a.start, a.end, a.speaker, a.stance) not in have:
            found.insert(next(k for k, g in enumerate(found) if g is f) + 1, a)  # right after its quote
            have.add((a.start, a.end, a.speaker, a.stance))


def _split_question(doc, f: Found) -> tuple[int, int] | None:
    """'"The question is," X said, "is the mayor ready for this?"': a quote its cue splits after "the
    question is" (data/question_nouns, open_question_verbs) and going on with a yes-or-no question about
    a third party (unclear.polar_question); the question's words, to its "?", else None."""
    if f.cue is None or not f.start < f.cue[0] < f.end:
        return None
    before = [t for t in doc[:] if f.start <= t.idx < f.cue[0] and not t.is_punct and not t.is_space]
    if f.speaker is not None and f.speaker[0] < f.cue[0]:
        before = [t for t in before if t.idx < f.speaker[0]]
    if not 2 <= len(before) <= 4 or before[-1].lemma_.lower() not in words("open_question_verbs") \
            or not any(t.lower_ in words("question_nouns") and t.head.i == before[-1].i for t in before):
        return None
    after = max(f.cue[1], f.speaker[1] if f.speaker else 0)
    rest = [t for t in doc[:] if after <= t.idx < f.end]
    first = next((t for t in rest if not t.is_punct and not t.is_space), None)
    ask = next((t for t in rest if t.text == "?"), None)
    if first is None or ask is None or ask.i < first.i or not polar_question(doc, (first.idx, ask.idx + 1)):
        return None
    return first.idx, ask.idx + 1


def _named_question(doc, f: Found) -> tuple[int, int] | None:
    """'X said the mayor must answer a question: "Is he able to serve? That is for him to decide."': a quote
    after a colon that a question noun (data/question_nouns) ends, opening with a yes-or-no question about
    a third party; the question's words, to its "?", else None."""
    lead = doc.text[max(0, f.start - 40):f.start].rstrip(" \"“'‘")
    if not lead.endswith(":") or lead[:-1].rstrip().rsplit(" ", 1)[-1].lower() not in words("question_nouns"):
        return None
    ask = doc.text.find("?", f.start, f.end)
    if ask < 0 or not polar_question(doc, (f.start, ask + 1)):
        return None
    return f.start, ask + 1


def _own_asked(doc, f: Found) -> list[tuple[int, int]]:
    """'"I went to see him, and I asked: 'Are you selling arms?' He said no," X said', '"I said, 'Did you do
    it?'"': a question the speaker tells of having put, in their own words ("I asked", "we said",
    data/asking_verbs or "say") and quoted inside the quote; each such question's words, to its "?"."""
    out = []
    span = doc.char_span(f.start, f.end, alignment_mode="contract")
    for verb in span or ():
        if verb.lemma_.lower() not in words("asking_verbs") | {"say"} or not any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
            continue
        rest = doc.text[verb.idx + len(verb.text):f.end]
        # "I asked him: '...'", "I said, '...'": a colon or comma within a few words, not one further on
        colon = min((k for k in (rest.find(":"), rest.find(",")) if k >= 0), default=-1)
        if colon < 0 or len(rest[:colon].split()) > 3:
            continue
        opened = colon + 1 + len(rest[colon + 1:]) - len(rest[colon + 1:].lstrip())
        if rest[opened:opened + 1] not in ("'", "‘", '"', "“"):
            continue
        start = verb.idx + len(verb.text) + opened + 1
        ask = doc.text.find("?", start, f.end)
        close = doc.text[ask + 1:ask + 2] if ask > 0 else ""
        inner = doc.text[start:ask]
        closed = any(q in inner for q in '"”') or any(inner[k] in "'’" and not inner[k + 1:k + 2].isalpha()
                                                       for k in range(len(inner)))
        if start < ask < start + MAX_ASKED_CHARS and close in ("'", "’", '"', "”") and not closed:
            out.append((start, ask + 1))
    return out


def _told_before(doc, found: list[Found], f: Found, s: int) -> Found | None:
    """The claim a pointing sentence of quote f (starting at s) denies: the last one of another source the
    quote itself reports before it, else the last one of another source ending in the two sentences
    before the quote."""
    others = [g for g in found if g is not f and g.stance == "asserts" and g.speaker is not None
              and g.speaker != f.speaker and g.form != "credit"]
    told = [g for g in others if f.start <= g.start and g.end <= s]
    if not told:
        start = doc.char_span(f.start, f.start + 1, alignment_mode="expand")
        sent = start[0].sent if start is not None else None
        back = doc[sent.start - 1].sent.start_char if sent is not None and sent.start > 0 else f.start
        told = [g for g in others if back <= g.end <= f.start]
    return max(told, key=lambda g: g.end) if told else None


def _pointer(doc, span) -> bool:
    """"These claims", "such allegations", "it": words that only point to a claim made before."""
    words_of = doc.text[span[0]:span[1]].lower().split()
    return len(words_of) <= 3 and (" ".join(words_of) in POINTERS or words_of[0] in POINTERS | {"such"} and len(words_of) > 1
                                   and words_of[-1].strip(".,\"'") in words("claim_nouns"))


def _denied_pointer(sent) -> bool:
    """"We deny it completely.", "I dispute that.": the speaker's own verb of denial with a pointing object."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root.lemma_.lower() in words("denial_verbs") and subj is not None and subj.lower_ in ("i", "we") \
        and not any(c.dep_ == "neg" for c in root.children) \
        and any(c.dep_ == "dobj" and c.lower_ in POINTERS for c in root.children)


def _verdict(sent) -> bool:
    """"That is simply false.", "This is, of course, wholly untrue.", "It's not true.": a short sentence
    whose subject points back and whose words call it false."""
    toks = [t for t in sent if not t.is_punct and not t.is_space]
    if not toks or len(toks) > MAX_VERDICT_TOKENS:
        return False
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ != "be" or subj is None or subj.lower_ not in POINTERS:
        return False
    negated = any(t.dep_ == "neg" for t in toks)
    false = any(t.lemma_.lower() in words("falsity_words") or t.lower_ in words("falsity_words") for t in toks)
    true = any(t.lower_ in VERDICT_WORDS for t in toks)
    return false and not negated or true and negated
