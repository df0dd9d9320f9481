"""The working record of one attribution while the claims of a document are gathered."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules import is_cue_form, union, words

TRIM = " ,.;:—–-\"“”‘’'\n"
SHORT_BRACKET = 5  # words in a bracket a content opens and that closes right after it, kept whole


@dataclass
class Found:
    """An attribution in the making: content span, speaker span and head token, cue span."""

    start: int
    end: int
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    quote: bool
    sentence: tuple[int, int]
    head_i: int | None = None  # token index of the speaker phrase's head word
    form: str = "indirect"  # indirect | according_to | quote | floating | colon | credit
    via: tuple[int, int] | None = None  # whom a source told ("has told the Associated Press")
    speaker_text: str | None = None  # a speaker that is not a span of the parsed text (credits)
    stance: str = "asserts"  # asserts | denies | questions: what the source does with the content


def span_of(tokens) -> tuple[int, int]:
    """Character span of a run of tokens."""
    toks = sorted(tokens, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def with_closing_bracket(toks: list) -> list:
    """A phrase with more "(" than ")" takes the ")" right after it: "Sen. Mary Roe (R-Maine)"."""
    if not toks:
        return toks
    doc, last = toks[-1].doc, toks[-1].i
    if sum(t.text == "(" for t in toks) > sum(t.text == ")" for t in toks) and last + 1 < len(doc) \
            and doc[last + 1].text == ")":
        return [*toks, doc[last + 1]]
    return toks


def trim(text: str, toks) -> tuple[int, int] | None:
    """Span of tokens without leading conjunctions, outer punctuation and quote marks."""
    toks = sorted((t for t in toks if not t.is_space), key=lambda t: t.i)
    # "a letter that she said shows Z": the relative word before the cue and its speaker, cut off from the
    # rest of the clause by them, is the letter's place, not words of the claim ("shows Z")
    if len(toks) > 1 and toks[0].lower_ in ("that", "which", "who") and toks[0].dep_ in ("nsubj", "nsubjpass") \
            and toks[0].i > 0 and relative_after_noun(toks[0]) \
            and not toks[0].doc[toks[0].i + 1].is_punct \
            and toks[1].i > toks[0].i + 1 and toks[0].head.i > toks[1].i - 1 \
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != toks[0].i for c in toks[0].head.children):
        # (not "which he said his opponent made": the clause has a subject of its own, the word is its object)
        toks = toks[1:]
    # a leading "that" is the clause's mark, unless it is the clause's subject ("said that would be a mistake")
    while toks and (toks[0].is_punct or toks[0].lower_ in ("but", "and")
                    or toks[0].lower_ == "that" and toks[0].dep_ not in ("det", "nsubj", "nsubjpass")):
        toks = toks[1:]
    # ", without elaborating", ", without giving details": the writer's note on the report closing it
    for k, t in enumerate(toks):
        run = [j for j in range(max(0, k - 2), k) if toks[j].text == ","]  # ('lines," without': the comma, the mark)
        if k >= 2 and t.lower_ == "without" and run and all(x.is_punct for x in toks[run[0]:k]) \
                and t.right_edge.i == toks[-1].i \
                and any(c.tag_ == "VBG" and c.lemma_.lower() in words("unelaborated_verbs") for c in t.children):
            toks = toks[:run[0]]
            break
    toks = _without_relay(toks)
    # (nor a trailing "and" or "but" whose clause went to another report: 'calling it "a visit" and')
    while toks and (toks[-1].is_punct and toks[-1].text not in ("?", "!") and not _closes_bracket(toks)
                    or toks[-1].dep_ == "cc" and toks[-1].lower_ in ("and", "but") and len(toks) > 1):
        toks = toks[:-1]
    if not toks:
        return None
    return trim_chars(text, toks[0].idx, toks[-1].idx + len(toks[-1].text))


def relative_after_noun(rel) -> bool:
    """A relative word right after a noun ("a letter that"), or set off from it by a comma ("the cartel,
    which officials say was …", "Roe, who police say fired …")."""
    doc = rel.doc
    before = doc[rel.i - 1]
    if before.text == "," and rel.i > 1:
        before = doc[rel.i - 2]
    if before.pos_ not in ("NOUN", "PROPN") or rel.lower_ == "who" and doc[rel.i - 1].text != ",":
        return False
    if before.i == rel.i - 1:
        return True
    # set off by a comma, the clause must be that noun's (not "800 troops in Niger, which they say are ...")
    clause = next((a for a in rel.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and clause.head.i == before.i and _agrees(rel.head, before)


def _agrees(verb, noun) -> bool:
    """A verb's number fits the noun ("800 troops in Niger, which … are" is the troops', not Niger's)."""
    plural_verb = verb.tag_ == "VBP" or verb.lower_ in ("are", "were")
    singular_verb = verb.tag_ == "VBZ" or verb.lower_ in ("is", "was")
    plural_noun = noun.tag_ in ("NNS", "NNPS")
    return not (plural_verb and not plural_noun or singular_verb and plural_noun)


def _closes_bracket(toks) -> bool:
    """A last ")" whose "(" the span opened: "reached 3,700km (2,300 miles)" keeps it."""
    return toks[-1].text == ")" and sum(t.text == "(" for t in toks) >= sum(t.text == ")" for t in toks)


def _without_relay(toks: list) -> list:
    """", the paper reports" closing a clause the parser read as a noun phrase ("the paper reports" as
    plural reports): an outlet's trailing cue passing the claim on is no part of it."""
    if len(toks) < 4 or toks[-1].lower_ not in words("relay_forms"):
        return toks
    doc, last = toks[-1].doc, toks[-1]
    if last.i + 1 < len(doc) and not (doc[last.i + 1].is_punct or doc[last.i + 1].is_quote):
        return toks
    media = union("medium_words", "outlet_nouns", "news_outlet_nouns", "document_nouns")
    for k in range(len(toks) - 2, max(len(toks) - 6, 0), -1):
        if toks[k].text == ",":
            run = toks[k + 1:-1]
            if run and (run[-1].lower_ in media or run[-1].pos_ == "PROPN") \
                    and all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PART") for t in run):
                return toks[:k]
            return toks
    return toks


def trim_chars(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    # keep the closing mark of a quote the content opens: "celebrating the US's “brutal blockade”"
    inner = text[s:e]
    if e < len(text) and (text[e] == "”" and inner.count("“") > inner.count("”")
                          or text[e] == '"' and inner.count('"') % 2 == 1
                          or text[e] in "'’" and _opens_single(inner)):
        e += 1
    # a content that opens with a quote and runs past its close after a comma ('by saying "you can trust
    # him," the crowd cheered') is that quote: the words after it are the writer's
    if s > 0 and text[s - 1] in "“\"":
        close = _comma_close(text, s, e)
        if close is not None:
            e = close
    # an editor's word set in square brackets at the end of a quote ("not be swayed by [these threats]")
    # is part of the quote: its "]" stays with it
    if e < len(text) and text[e] == "]" and text.rfind("[", s, e) > text.rfind("]", s, e):
        e += 1
    opened = _unclosed_bracket(text, s, e)
    if opened is not None:
        # "did not hurt her (and donors were grumbling that Z)": the writer's aside opened inside the
        # content (data/aside_openers.txt), or any bracket the content leaves open with its ")" not right
        # after it, is no part of the claim; a short bracket closed right after it is kept whole:
        # "reached 3,700km (2,300 miles)". (A longer one closed there stays as it was: cut from the
        # claim, a report inside it, "(while admitting Z)", would stand alone with no speaker.)
        inside = text[opened + 1:e].split()
        if inside and inside[0].lower() in words("aside_openers") or not (e < len(text) and text[e] == ")"):
            return trim_chars(text, s, opened)
        if len(inside) <= SHORT_BRACKET:
            e += 1
    return (s, e) if e > s else None


def _comma_close(text: str, s: int, e: int) -> int | None:
    """Where the quote opened just before s closes inside (s, e) right after a comma, with words after it."""
    closer = "”" if text[s - 1] == "“" else '"'
    at = text.find(closer, s, e)
    rest = text[at + 1:e]
    if at < 0 or text[at - 1] != "," or not rest.strip(TRIM) or rest.lstrip()[:1] in "“\"":
        return None  # (not a quote followed by its own translation: '"Atem lo levad," "You are not alone"')
    return at - 1


def _unclosed_bracket(text: str, s: int, e: int) -> int | None:
    """Where the span's last "(" that it does not close stands, else None."""
    open_at: list[int] = []
    for k in range(s, e):
        if text[k] == "(":
            open_at.append(k)
        elif text[k] == ")" and open_at:
            open_at.pop()
    return open_at[-1] if open_at and open_at[-1] > s else None


def _opens_single(inner: str) -> bool:
    """Whether a span opens a single-quoted word it does not close ("listed as 'unexplained"): marks
    opening after a space or a bracket outnumber marks closing before a space or the end (an apostrophe
    inside a word, "don't", is neither)."""
    opening = closing = 0
    for k, ch in enumerate(inner):
        if ch not in "'‘’":
            continue
        before = inner[k - 1] if k else " "
        after = inner[k + 1] if k + 1 < len(inner) else " "
        if ch != "’" and (before.isspace() or before in "(\"“—"):
            opening += 1
        elif ch != "‘" and not before.isspace() and not after.isalnum():
            closing += 1
    return opening > closing


def in_paragraph(text: str, content, at: int):
    """Content clipped to the paragraph of its cue: a title line parsed into the first sentence stays out."""
    if content is None:
        return None
    s, e = content
    brk = text.rfind("\n", s, at)
    if brk >= 0:
        s = brk + 1
    brk = text.find("\n", at, e)
    if brk >= 0:
        e = brk
    return trim_chars(text, s, e)


# a dash setting off an aside: spaced, or an em or en dash
ASIDE_DASH = re.compile(r"[ \t](?:-{1,2}|[—–])[ \t]|[—–]")
# the words after an aside's closing dash that end the clause it interrupts: "- they needed."
ASIDE_TAIL = re.compile(r"(?:[ \t](?:-{1,2}|[—–])[ \t]|[—–])([^\W\d_][\w' ]{0,40}?)[.!?][\"”’]?(?=\s|$)")


def past_aside(text: str, content):
    """"given all the cash - help to keep loans flowing - they needed.": a content holding an aside's
    opening dash and stopping at its closing one goes on with the few words ending the clause (the
    parser may hang them elsewhere); the content, else as it was."""
    if content is None:
        return None
    s, e = content
    if len(ASIDE_DASH.findall(text, s, e)) % 2 == 0:
        return content
    m = ASIDE_TAIL.match(text, e)
    if m is None or len(m.group(1).split()) > 4:
        return content
    return trim_chars(text, s, m.end(1))


# a relative clause set off inside a content ("that Lane, whose views are known"), left open at its end
OPEN_RELATIVE = re.compile(r",[ \t]+(?:who|whose|which)[ \t][^,]*$")
# the predicate after the relative clause's closing comma, to the sentence's end: ", was biased."
PREDICATE_TAIL = re.compile(r",[ \t]+(?!(?:and|but|or|while|as|so|although|though|because|when|if|saying|adding)\b)"
                            r"([a-z][^,.;:!?\n\"“”]{0,60}?)[.!?](?=\s|$)")


def past_relative(text: str, content):
    """"raised concerns that Lane, whose views are widely known, was biased": a content stopping at the
    comma closing a relative clause set off after its subject goes on with the predicate after it
    (the parser may hang it elsewhere); the content, else as it was."""
    if content is None:
        return None
    s, e = content
    if OPEN_RELATIVE.search(text, s, e) is None:
        return content
    m = PREDICATE_TAIL.match(text, e)
    if m is None or any(is_cue_form(w) for w in re.findall(r"[a-z]+", m.group(1).lower())):
        return content  # ", he said.", ", sources said": the cue after the content, no predicate of it
    return trim_chars(text, s, m.end(1))


def sentence_start_before(doc, char: int, back: int = 1) -> int:
    """Where the sentence `back` sentences before the one holding `char` starts (or the first one's)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return 0
    sent = span[0].sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start_char


def colon_before(text: str, at: int) -> int | None:
    """The index of the colon that ends the text before a quote opening at `at` (spaces between allowed),
    else None: "From the ministry: \"...\"" and "He told reporters: \"...\""."""
    j = at
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j - 1 if j > 0 and text[j - 1] == ":" else None

