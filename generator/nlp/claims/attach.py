"""Direct quotes joined to their speakers: the claim that holds them, a cue beside them, a split
quote's other half, a colon introduction, a dash and a source, or the last speaker before them.
"""

from __future__ import annotations

import re

from ..rules import words
from . import cues
from .actors import actor_before
from .colonowners import owned_elsewhere
from .found import Found, span_of
from .introductions import colon_intro, dash_source, title_after_colon
from .nested import quantified_inside
from .positions import FLOATING_REACH, AfterIndex, BareIndex, Chunks, Inside, Window
from .pullquotes import without_lead_ins, without_pull_quotes
from .quotes import Quote, doc_quotes
from .speakerquote import speaker_before_quote

FIRST_PERSON = {"i", "we"}
# between a cue's reported words and a quote that goes on with them: ', but "…"', ' and "…"'
JOINED_QUOTE = re.compile(r"[,;]?[ \t]+(?:but|and)[ \t]+")
# what sets off the second half of a split quote from its cue: '..., he said, "and soon."'
SET_OFF = (",", ";", ":", "—", "–", "-")
# ('..." Roe said, but "I never saw it."': the second half set off by a comma and "but" or "and")
JOINED_AFTER_CUE = re.compile(r",[ \t]+(?:but|and)[ \t]*$")
# a word joining a clause of its own after a closing mark: the cue after it is no split quote's
JOINED_CLAUSE = re.compile(r"\b(?:while|whereas|but|and|although|though|as|when|because)\b", re.I)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def with_quotes(doc, found: list[Found], bare: list[Found]) -> list[Found]:
    """Direct quotes joined to the claim that holds them, their cue, or the last speaker."""
    text = doc.text
    out = list(found)
    last: tuple[Found, Quote] | None = None
    # indexes by position, so each quote looks at the claims and cues near it, not at all of them
    cues_after, bare_near, chunks = AfterIndex(out), BareIndex(bare), Chunks(doc)
    quotes = doc_quotes(doc)
    for f in out + bare:
        speaker_before_quote(doc, f, quotes)
    inside_quote = Inside(quotes)
    near = Window(out, all(a.start <= b.start for a, b in zip(quotes, quotes[1:], strict=False)))

    def adopt(f: Found, q: Quote) -> tuple[Found, Quote]:
        """A claim a quote makes: listed, a cue later quotes may go on from, and the last one."""
        out.append(f)
        cues_after.add(f)
        near.add(f)
        return f, q

    inner: set[int] = set()
    for q in quotes:
        here = [f for f in near.at(q) if id(f) not in inner]  # in list order, the claims that can hold, overlap or precede q within reach
        # a cue within the quoted words ('"... who live, some say, in the wrong towns."') is part of them, not who
        # says the quote: a quote is never given to a source named only inside it
        inner |= {id(f) for f in here if f.start <= q.start and q.end <= f.end + 2 and f.speaker and f.cue
                  and q.start <= min(f.speaker[0], f.cue[0]) and max(f.speaker[1], f.cue[1]) <= q.end}
        here = [f for f in here if id(f) not in inner]
        holders = [f for f in here if f.start <= q.start and q.end <= f.end + 2]
        if holders:
            for f in holders:
                f.quote = True
                _past_introduction(text, f, q)
            last = (holders[-1], q)
            continue
        if _a_title(text, q, bare_near.near(text, q)):
            continue  # 'The film "Gone Fishing," said the critic, ...', '"Gone Fishing" said little about ...'
        own = [f for f in here if _overlaps(f.start, f.end, q.start, q.end) and f.cue
               and not q.start <= f.cue[0] < q.end and f.form != "floating"]
        if own:
            f = own[0]
            _past_introduction(text, f, q)
            f.start, f.end, f.quote = min(f.start, q.start), max(f.end, q.end), True
            last = (f, q)
            continue
        if last is not None and _continues(text, last, q):
            f = last[0]
            if JOINED_AFTER_CUE.search(text, 0, q.open_at) and f.cue is not None and f.cue[1] <= q.open_at:
                # '"...," Roe said, but "I never saw it."': a sentence of its own after "but", the same speaker's
                last = adopt(Found(q.start, q.end, f.speaker, f.cue, True, f.sentence, f.head_i, form="quote",
                                   via=f.via), q)
                continue
            f.end = max(f.end, q.end)
            near.touch(f)
            continue
        joined = _joined_after(text, here, q)
        if joined is not None:
            last = adopt(joined, q)
            continue
        after = _cue_after(text, [f for f in cues_after.near(q) if not _participle_cue(doc, f)], q)
        # 'When Roe said, "…," Doe said he "disagreed."': a quote its own cue introduces is no first half
        if after is not None and not any(b.cue and 0 <= q.open_at - b.cue[1] <= 3 and not text[b.cue[1]:q.open_at].strip(", ")
                                         for b in bare_near.near(text, q)):
            after.start, after.quote = q.start, True
            near.touch(after)
            continue
        cue = _bare_cue(text, [b for b in bare_near.near(text, q) if (not b.cue or b.cue[0] < q.start
                                    or not _participle_cue(doc, b)) and not _colon_of_another(doc, b, q)], q)
        if cue is not None:
            last = adopt(Found(q.start, q.end, cue.speaker, cue.cue, True, cue.sentence, cue.head_i, form="quote",
                               via=cue.via), q)
            continue
        inverted = _inverted_cue(doc, q)
        if inverted is not None:
            last = adopt(inverted, q)  # (listed near, so a quote after it goes on from it: '"...," read a statement. "..."')
            continue
        dash = dash_source(doc, q)
        if dash is not None:
            last = adopt(dash, q)
            continue
        intro = colon_intro(doc, q, chunks)
        if intro is not None:
            last = adopt(intro, q)
            continue
        if not _speech_like(text, q) or title_after_colon(doc, q):
            continue  # a scare quote or a title: "the US's "brutal blockade""
        short = _short_quote_cue(text, bare_near.near(text, q), q, inside_quote)
        if short is not None and not any(f.cue == short.cue for f in here):
            # (a cue that made a claim of its own goes on by the claim, below)
            # '"A tragedy," one official told the paper. "They just got it wrong."': the cue of a quote
            # too short to be a claim of its own still names who goes on speaking
            last = adopt(Found(q.start, q.end, short.speaker, None, True, (q.start, q.end), short.head_i,
                               form="floating"), q)
            continue
        prev = [f for f in here if f.speaker and f.end <= q.start and q.start - f.end < FLOATING_REACH]
        # a "we" or "I" inside an earlier quote is that quote's own words: its speaker goes on, not the "we"
        # and so is a source reported inside an earlier quote ('"Obama said he believes X," Ryan said'):
        # the quote's own speaker goes on
        own = [f for f in prev if text[f.speaker[0]:f.speaker[1]].lower() in FIRST_PERSON
               or f.cue is not None and inside_quote(f.speaker[0])]
        holders = [g for g in here if g.speaker and any(g.start <= f.speaker[0] < g.end for f in own)
                   and text[g.speaker[0]:g.speaker[1]].lower() not in FIRST_PERSON]
        prev = [f for f in prev if f not in own] + [g for g in holders if g not in prev]
        if prev:
            p = max(prev, key=lambda f: f.end)
            speaker, head_i = p.speaker, p.head_i
            if owned_elsewhere(doc, q, p.speaker):
                continue  # 'Blog X complained: "..."': not the last speaker's words (colonowners.py)
            if p.quote and _only_cue_between(text, p, q):
                # ""...," Eastman said. "And more."": the quote goes on after its cue, a claim of its
                # own by the same speaker (each sentence of words stays apart from the cue between)
                last = adopt(Found(q.start, q.end, speaker, None, True, (q.start, q.end), head_i, form="floating"), q)
                continue
            actor = actor_before(doc, q)
            if actor is not None and not (p.speaker[0] <= actor.idx < p.speaker[1]):
                # "Petrov dismissed the remarks.\n\n"She knows nothing ..."": the person the sentence
                # before is about speaks now, not the last speaker before them
                speaker, head_i = cues.speaker_span(actor, actor.head), actor.i
            last = adopt(Found(q.start, q.end, speaker, None, True, (q.start, q.end), head_i, form="floating"), q)
    out = [f for f in out if id(f) not in inner]
    return quantified_inside(text, without_lead_ins(doc, without_pull_quotes(text, out)), quotes)


def _joined_after(text: str, here: list[Found], q: Quote) -> Found | None:
    """'Roe said the bridge would open, but "more money will be needed."': a quote joined by "but" or
    "and" to the words a cue of its sentence reports goes on with them, a claim of the same speaker."""
    if len(text[q.start:q.end].split()) < 3:
        return None  # 'there had been progress but "problems" remained': a word in scare quotes goes on the clause
    for f in here:
        if f.cue is not None and f.speaker is not None and not f.quote and f.form == "indirect" \
                and f.cue[0] < f.start and f.end <= q.open_at and f.sentence[0] <= q.open_at < f.sentence[1] \
                and JOINED_QUOTE.fullmatch(text, f.end, q.open_at):
            return Found(q.start, q.end, f.speaker, f.cue, True, f.sentence, f.head_i, form="quote", via=f.via,
                         stance=f.stance)
    return None


def _a_title(text: str, q: Quote, bare: list[Found]) -> bool:
    """A quote naming a work, nobody's words: right after a noun of a work ("her book "The Long Road,"
    she said", data/work_nouns.txt), or itself the subject of the cue after it ("Gone Fishing" said
    little about the village)."""
    before = re.search(r"([A-Za-z]+)[ \t]*$", text[max(0, q.open_at - 20):q.open_at])
    if before is not None and before.group(1).lower() in words("work_nouns"):
        return True
    close = q.close_at if q.close_at is not None else q.end
    return any(b.speaker and b.cue and q.open_at <= b.speaker[0] and b.speaker[1] <= close + 1 and b.cue[0] > close
               for b in bare)


def _past_introduction(text: str, f: Found, q: Quote) -> None:
    """'Roe bragged about it: "I sign few," he said': the clause introducing a quote with a colon is
    no part of what the cue after the quote says; the claim starts at the quote."""
    if f.cue is not None and f.start < q.start and q.end <= f.cue[0] \
            and text[f.start:q.open_at].rstrip().endswith(":"):
        f.start = q.start


def _continues(text: str, last: tuple[Found, Quote], q: Quote) -> bool:
    """A split quote: ""...," he said, "..."" continues the quote before the cue."""
    f, prev = last
    if f.cue is None or prev.close_at is None:
        return False
    between = text[prev.close_at + 1:q.open_at]
    # the second half is set off by a comma, colon or dash ('..., he said, "and soon."'); a quote the
    # cue's own words run into ('she declared of the "new deal"') is a phrase of hers, not more of the first
    set_off = between.rstrip()[-1:] in SET_OFF or JOINED_AFTER_CUE.search(between) is not None
    if not (prev.close_at < f.cue[0] < q.open_at and "\n" not in between and set_off):
        return False
    # '"We will win," said Ann Roe, Mr. Lee's aide, a senator who ..., "with more votes."': a first half
    # ending with its comma and a second opening in lower case are one sentence however long the
    # speaker's description between them (and whatever abbreviation's full stop it holds)
    mid_sentence = text[prev.start:prev.end].rstrip()[-1:] == "," and text[q.start:q.start + 1].islower()
    return mid_sentence and len(between) < 200 or len(between) < 80 and "." not in between


def _only_cue_between(text: str, p: Found, q: Quote) -> bool:
    """Nothing but the claim's own cue and speaker (and punctuation) between it and the next quote."""
    chars = list(text[p.end:q.open_at])
    for span in (p.cue, p.speaker):
        if span and p.end <= span[0] and span[1] <= q.open_at:
            for i in range(span[0] - p.end, span[1] - p.end):
                chars[i] = " "
    rest = "".join(chars)
    return p.cue is not None and p.cue[0] >= p.end and not rest.strip(" \t,.;:!?\"“”") and "\n" not in rest


def _cue_after(text: str, found: list[Found], q: Quote) -> Found | None:
    """The first half of a split quote: ""We will win," she said, "and soon."" joins the claim after it."""
    if q.close_at is None:
        return None
    if _ends_inner_sentence(text, q):
        # 'Roe called it "a fair deal." Sen. Doe called ...': a quote ending its own sentence
        # inside a sentence of another's is no first half of the next sentence's cue
        return None
    for f in found:
        # a denial's content is the claim denied, not the speaker's own words quoted before it
        if f.cue and f.speaker and q.close_at < f.speaker[0] and q.close_at < f.cue[0] < f.start and f.stance == "asserts":
            between = text[q.close_at + 1:min(f.speaker[0], f.cue[0])]
            if JOINED_CLAUSE.search(between):
                continue  # 'Roe likened it to "a bonfire", while Doe said ...': Doe's clause, not Roe's quote
            if (re.search(r"[^\W\d_]", between) or not f.quote and f.form == "indirect") and not _opens_sentence(text, q):
                # 'after denying it is in "a crisis" over housing, the council said ...': a phrase quoted
                # inside the sentence's own words, with more of them after it, is no first half; nor is one
                # before a cue that reports a clause of its own ('Calling it "rotten", he said the deal …')
                continue
            if len(between) < 40 and "\n" not in between and "." not in between:
                return f
    return None


def _colon_of_another(doc, b: Found, q: Quote) -> bool:
    """'after Doe said he had promised it, Roe reminded him: "..."': a later verb with its own subject
    introduces the quote with its colon, not the bare cue before it (colon_intro takes it)."""
    colon = doc.char_span(q.open_at - 2, q.open_at, alignment_mode="expand") if b.cue and q.open_at >= 2 else None
    colon = next((t for t in reversed(colon) if t.text == ":"), None) if colon is not None else None
    verb = colon.head if colon is not None else None
    return verb is not None and verb.idx > b.cue[1] and verb.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "nsubj" for c in verb.children)


def _participle_cue(doc, f: Found) -> bool:
    """'"must be filled in by hand", the council recommending "a black pen"': a participle cue with no
    auxiliary of its own says its own words; the quote before it is no first half of them."""
    cue = doc.char_span(f.cue[0], f.cue[1]) if f.cue else None
    return cue is not None and len(cue) == 1 and cue[0].tag_ == "VBG" and not any(
        c.dep_ in ("aux", "auxpass") for c in cue[0].children)


def _ends_inner_sentence(text: str, q: Quote) -> bool:
    """Whether a quote ends with a full stop (or "!", "?") inside a sentence that began before it: what
    follows the closing mark is the next sentence, whose cue is not this quote's ('urged him, "Stop
    now!" He warned ...')."""
    line = text.rfind("\n", 0, q.open_at) + 1
    last = text[q.start:q.end].rstrip()[-1:]
    # ('Roe stood up. "Why now?" she asked.': a question or cry opening its own sentence is no inner one)
    return last in (".", "!", "?") and bool(text[line:q.open_at].strip()) and (last == "." or not _opens_sentence(text, q))


def _opens_sentence(text: str, q: Quote) -> bool:
    """Whether nothing but white space stands between the quote and its paragraph's start or the end
    of the sentence before it."""
    line = text.rfind("\n", 0, q.open_at) + 1
    before = text[line:q.open_at].rstrip()
    return not before or before[-1] in ".!?:"


def _bare_cue(text: str, bare: list[Found], q: Quote) -> Found | None:
    """A cue with no content of its own in the quote's sentence, or ending the sentence before it with ":"."""
    short = len(text[q.start:q.end].split()) < 4
    for b in bare:
        if b.cue and q.start <= b.cue[0] < q.end:
            continue
        s, e = b.sentence
        # '"Would you drive there?" the mayor asked.': the parser ends the sentence at the quote's "?"
        if _overlaps(s, e, q.open_at, q.end + 1) or q.close_at is not None and q.close_at < s \
                and text[q.close_at + 1:s].strip(" \t") == "":
            near = b.cue[1] <= q.open_at and q.open_at - b.cue[1] < 40 or (
                q.close_at is not None and q.close_at < b.cue[0] and _after(b, q) - q.close_at < 40
                and not _ends_inner_sentence(text, q))
            if near and (not short or _short_said(text, b, q)):
                return b  # a fragment in scare quotes mid-sentence is no quote of the speaker
            continue
        if e <= q.open_at and text[e:q.open_at].strip() == "" and text[s:e].rstrip().endswith(":"):
            return b
    return None


def _after(b: Found, q: Quote) -> int:
    """Where a cue after a quote starts to follow it: at its speaker phrase when that stands between
    ('"...," the navy's own description of the aircraft reads': a long subject is no distance)."""
    return b.speaker[0] if b.speaker and q.close_at < b.speaker[0] < b.cue[0] else b.cue[0]


def _short_said(text: str, b: Found, q: Quote) -> bool:
    """'"Details matter," he added.': a short quote of two words or more opening its sentence, set off
    by its comma (or "!", "?") and followed by nothing but its cue and speaker, is all they said."""
    if q.close_at is None or b.speaker is None or len(text[q.start:q.end].split()) < 2 or not _opens_sentence(text, q):
        return False
    if b.cue[0] < b.speaker[0]:
        return False  # '"Not true," says Ann Cole, ...': an inverted cue names its speaker by _inverted_cue
    if re.sub(r"[^\w' ]", "", text[q.start:q.end]).strip().lower() in words("interjections"):
        return False  # '"All right," she said.': a reply, nothing said
    last = text[q.start:q.end].rstrip()[-1:]
    if last not in (",", "!", "?") and text[q.close_at + 1:q.close_at + 2] != ",":
        return False
    return text[q.close_at + 1:min(b.speaker[0], b.cue[0])].strip(" \t,") == ""


def _short_quote_cue(text: str, bare: list[Found], q: Quote, inside_quote) -> Found | None:
    """The bare cue of the sentence right before a quote, in its paragraph, when that sentence opens
    with a short quote of its own (too short to be a claim): who speaks on in the next quote."""
    for b in bare:
        s, e = b.sentence
        if b.speaker is None or b.cue is None or not (e <= q.open_at and text[e:q.open_at].strip() == "") \
                or "\n" in text[s:q.open_at] or inside_quote(b.cue[0]):
            continue
        # the cue's sentence opens with the short quote and goes straight on to this cue and its
        # speaker ('"A tragedy," one official told ...', not '..., according to a memo Doe wrote')
        opening = text[s:min(b.cue[0], b.speaker[0])].strip().rstrip(",")
        if opening[:1] in ('"', "“") and opening[-1:] in ('"', "”") and opening.count('"') + opening.count("“") <= 2:
            return b
    return None


def _inverted_cue(doc, q: Quote) -> Found | None:
    """"\"...\", added the agency." however parsed: a reporting verb right after the closing mark and
    its comma, then the speaker up to the sentence's end."""
    if q.close_at is None:
        return None
    after = doc.char_span(q.close_at + 1, min(len(doc.text), q.close_at + 120), alignment_mode="expand")
    if after is None:
        return None
    toks = [t for t in after if not t.is_space]
    if toks and toks[0].text == ",":
        toks = toks[1:]
    if toks and "\n" in doc.text[q.close_at + 1:toks[0].idx]:
        return None  # a verb opening the next paragraph ("Write to the author at ...") is no cue of this quote
    if len(toks) < 2 or toks[0].lemma_.lower() not in words("reporting_verbs") | words("quote_verbs") \
            or toks[0].tag_ == "VBG":  # '"threats", saying it would ...': a participle inverts nothing
        return None
    verb, rest = toks[0], []
    for t in toks[1:]:
        if t.is_punct and t.text in ".;!?" or "\n" in t.text_with_ws[:-1] or t.text == ",":
            break
        rest.append(t)
    if not 0 < len(rest) <= 8 or not any(t.pos_ in ("PROPN", "NOUN") for t in rest):
        return None
    head = next((t for t in reversed(rest) if t.pos_ == "PROPN"), None) or next(
        t for t in reversed(rest) if t.pos_ in ("PROPN", "NOUN"))
    return Found(q.start, q.end, span_of(rest), (verb.idx, verb.idx + len(verb.text)), True,
                 (q.open_at, rest[-1].idx + len(rest[-1].text)), head.i, form="quote")


def _speech_like(text: str, q: Quote) -> bool:
    """A quote standing as its own sentence or paragraph, long enough to say something."""
    if len(text[q.start:q.end].split()) < 4:
        return False
    before = text[max(0, q.open_at - 3):q.open_at].rstrip(" \t")
    return not before or before[-1] in "\n.:!?"
