"""Key points: the lead's first attributed claim, then the highest-ranked claims the lead does not
already say, the story's other voices before a third point from one source, one point a sentence of
one source, and never the second
half of a quote its cue splits (or the extractor cut in two) once one half is a point, nor a claim
saying nearly what a point already says."""

from __future__ import annotations

import re

from .brief import plain_words, source_keys
from .model import Claim
from .nlp.rules import words


def key_points(shown_claims: list[tuple[int, Claim]], lead_text: str, most: int = 5,
               text: str = "") -> list[tuple[int, Claim]]:
    """The lead's first attributed claim, then the highest-ranked claims, leaving out others the lead
    already says (their words nearly all in the lead) and the other half of a quote its cue splits
    when one half is already a key point (text: the seed's text, where the cue between them stands)."""
    in_lead = set(plain_words(lead_text).split())
    said = [(i, c) for i, c in shown_claims if _said_in(c, in_lead)]
    # "What happened" gives the lead's words without who stands behind them: the story's lead claim
    # is the key point that says so, with its speaker and grade, first
    first = min((ic for ic in said if ic[1].speaker and ic[1].source_type != "unattributed" and ic[1].form != "credit"
                 and not (ic[1].rank == 0 and ic[1].start < text.find("\n"))),  # a headline the text retells
                key=lambda ic: ic[1].start, default=None)
    out = [first] if first is not None else []
    ranked = [(i, c) for i, c in sorted(shown_claims, key=lambda ic: -ic[1].rank)
              if not _said_in(c, in_lead) and (i, c) != first]
    # the story's other voices before a third point from one source, first those ranking near the best,
    # then other voices not far below; then the rest by rank
    best = max((c.rank for _, c in ranked), default=0.0)
    for allowed, least in ((PER_SOURCE, max(RANK_SHARE * best, 1e-9)), (PER_SOURCE, max(OTHER_VOICE_SHARE * best, 1e-9)),
                           (most, 0.0)):
        for i, c in ranked:
            if len(out) >= most or (i, c) in out or c.rank < least \
                    or any(_halves(o, c, text) or _halves(c, o, text) or _same_words(o, c) or _one_sentence(o, c)
                           for _, o in out):
                continue
            if sum(_one_source(o, c) for _, o in out) < allowed:
                out.append((i, c))
    return out[:most]


def _one_source(a: Claim, b: Claim) -> bool:
    return bool(set(source_keys(a)) & set(source_keys(b)))


def _one_sentence(a: Claim, b: Claim) -> bool:
    """Two claims of one source in one sentence ("Roe said X and added that Y, noting Z"): the sentence
    gives one key point; two sources in one sentence ("X, Roe said, but Doe said Y") stay two."""
    return a.sentence_end > a.sentence_start and (a.sentence_start, a.sentence_end) == (b.sentence_start, b.sentence_end) \
        and _one_source(a, b)


PER_SOURCE = 2  # key points from one source before every other source's best has had its turn
RANK_SHARE = 0.6  # ... among the claims ranked at least this share of the best one
OTHER_VOICE_SHARE = 0.45  # ... then other voices down to this share, before a third point from one source
SAME_WORDS_MIN, SAME_WORDS_SHARE = 4, 0.8  # a key point's words nearly all in another's: one point, not two
NEGATIONS = frozenset(("not", "no", "never", "t", "nor", "neither", "none", "nothing"))  # ("wouldn't": "wouldn", "t")


# between the halves of a quote its cue splits: '," she said, "' or '," she said. "'
SPLIT_BY_CUE = re.compile(r"[^“”\"\n]{0,3}[”\"][^“”\"\n]{1,80}[“\"][^“”\"\n]{0,3}")


def _halves(first: Claim, second: Claim, text: str) -> bool:
    """Whether `second` goes on with `first`: one source's quote, split by its cue in one paragraph."""
    if not text or first.end > second.start or not (first.quote and second.quote):
        return False
    if not set(source_keys(first)) & set(source_keys(second)) or not (first.speaker or first.speaker_id):
        return False
    between = text[first.end:second.start]
    # (or no cue at all: one quote the extractor gave as two claims, "... Pittsburgh. What good ...")
    return SPLIT_BY_CUE.fullmatch(between) is not None or (not between.strip() and "\n" not in between)


def _same_words(first: Claim, second: Claim) -> bool:
    """Whether two claims say nearly the same thing ("Roe held his own" and "Roe held his own in a
    tough format"): the shorter one's words, four or more, nearly all in the longer one."""
    a, b = (set(plain_words(c.text).split()) for c in (first, second))
    short, long = sorted((a, b), key=len)
    if len(short) < SAME_WORDS_MIN or len(short & long) < SAME_WORDS_SHARE * len(short):
        return False
    # and its own words too, all but one: "the bill could be revived" shares only small words with
    # "the bill ... could be used to target activists" (spaCy's stop words are the small ones)
    own = short - words("function_words")
    # (not a claim and its denial, nor "would pass" and "would not pass")
    return len(own & long) >= max(2, len(own) - 1) and first.stance == second.stance \
        and not _negates_more(*(plain_words(c.text).split() for c in (first, second)))


def _negates_more(a: list[str], b: list[str]) -> bool:
    """Whether one word list denies what the other says: a negation the other lacks, right after a word the
    other has ("would not pass" beside "would pass"). A negation after words of its own denies something
    else ("the madman will be tested" in "a madman who doesn't mind …, will be tested")."""
    return any(w in NEGATIONS and w not in other and (i == 0 or words_[i - 1] in other)
               for words_, other in ((a, set(b)), (b, set(a))) for i, w in enumerate(words_))


def said_in_lead(c: Claim, lead_text: str) -> bool:
    """Whether the lead already gives this claim's words (its words nearly all in the lead)."""
    return _said_in(c, set(plain_words(lead_text).split()))


def _said_in(c: Claim, in_lead: set[str]) -> bool:
    words = set(plain_words(c.text).split())
    return bool(words) and len(words & in_lead) >= 0.8 * len(words)
