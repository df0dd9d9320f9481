"""What a briefing's text says around a one-word person name, for joining it across briefings: whether
any mention is shaped like a person's ("Mr. Ruiz", "Ruiz said", "Ruiz's plan", "the Ruiz
administration", "Vidal, Ruiz and Lee"), and a given name written right before it that the briefing's
name left out ("... command," Tomas Ruiz, an aide' read as a bare "Ruiz").

A bare word that is also an English word ("Harmon" of a ship, "approached Harmon") needs such a sign
before it joins a full name another briefing gives: the word alone says nothing of a person."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .model import Entity
from .nlp.censusnames import given_names
from .nlp.linecase import title_case_line
from .nlp.names import fold, is_demonym, is_title_word
from .nlp.rules import is_verb_form, lemmas, pairs, union, words

Span = tuple[int, int]
HONORIFIC_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?\s+$")
TITLE_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.-]*)\s+$")
# "Ruiz said", "Ruiz has said", "Ruiz, 54, said": a verb after the name, an auxiliary or an age between
VERB_AFTER_RE = re.compile(r"(?:,\s*\d{1,3},)?\s+(?:(?:has|had|have|also|later|then|again|will|would|could|did)\s+)*([a-z]+)\b")
SAID = {"said", "says", "told", "tells", "wrote", "spoke", "thought", "knew", "met", "ran", "won", "lost", "made",
        "took", "gave", "sent", "left", "came", "went", "got", "held"}
POSSESSIVE_RE = re.compile(r"['’]s?\b")
NOUN_AFTER_RE = re.compile(r"[\s-]+([a-z]+)")
LISTED_RE = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+|\s*[-–/]\s*)")
# a capitalised word right before the name, in the same run of words: "Tomas Ruiz" where the briefing kept "Ruiz"
WORD_BEFORE_RE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)[ \t]$")
# what opens a sentence or a clause of its own before the word: "… said.  With Ruiz", "“With Ruiz", "Go deeper: How Ruiz"
SENTENCE_END_RE = re.compile(r"(?:[.!?:;]['\"”’)]*|[(\[“‘—–]|(?:^|\s)['\"]|\n|^)\s*$")


def person_shaped(entity: Entity, text: str, others: Iterable[Span] = (), claims: int = 0) -> bool:
    """Whether the briefing says anything of the name that only a person gets: a role, a linked pronoun or
    description, a claim, an honorific or title before a mention, a verb after it, a possessive, a noun a
    person leads or gives their name to, or a place in a list beside another person (`others`: their
    mentions' spans)."""
    if entity.roles or entity.references or claims:
        return True
    starts = {e: s for s, e in others}
    ends = {s: e for s, e in others}
    for s, e in entity.mentions:
        before = text[max(0, s - 24):s]
        if HONORIFIC_RE.search(before):
            return True
        if (t := TITLE_BEFORE_RE.search(before)) and is_title_word(t.group(1).lower().strip(".")):
            return True
        after = text[e:e + 40]
        if (v := VERB_AFTER_RE.match(after)) and (v.group(1) in SAID or is_verb_form(v.group(1))):
            return True
        if POSSESSIVE_RE.match(after):
            return True
        if (n := NOUN_AFTER_RE.match(after)) and n.group(1) in union("leader_nouns", "named_after_nouns",
                                                                      "eponym_nouns"):
            return True
        for gap_end in range(e, min(e + 8, len(text)) + 1):  # "Vidal, Ruiz and Lee": listed beside a person
            if gap_end in ends and LISTED_RE.fullmatch(text[e:gap_end]):
                return True
        for gap_start in range(max(0, s - 8), s + 1):
            if gap_start in starts and LISTED_RE.fullmatch(text[gap_start:s]):
                return True
    return False


def written_given(entity: Entity, text: str) -> str:
    """A given name the text writes right before a mention of a one-word name, mid-sentence ("...,"
    Tomas Ruiz, an aide' kept as "Ruiz"), folded; "" if none. A word the text also writes in lower case,
    a title, a weekday or month, or a word that opens its sentence is none."""
    if len(entity.name.split()) != 1:
        return ""
    for s, _e in entity.mentions:
        m = WORD_BEFORE_RE.search(text[max(0, s - 24):s])
        if not m:
            continue
        word = m.group(1)
        head = text[max(0, s - 24):s][:m.start()]
        low = fold(word)
        if (SENTENCE_END_RE.search(head) or is_title_word(low) or low in pairs("calendar_words")
                or re.search(rf"\b{re.escape(low)}\b", text) or low in words("countries") or is_verb_form(low)
                or title_case_line(text, s)):
            continue
        # a listed given name, or a word no English dictionary holds ("Tomas"; not "Republican Ruiz")
        if low in given_names() or not (any(low in lemmas(p) for p in ("noun", "adj", "verb", "adv"))
                                        or low in words("name_particles") or is_demonym(word)):
            return low
    return ""


# "the Ruiz campaign", "Mr. Ruiz's Senate campaign", "Ruiz's re-election bid": the name of someone running
# for office (up to two words between: a capitalised office or year, or a word of the campaign's kind)
CAMPAIGN_AFTER_RE = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w.-]*|\d{4}|re-?election|reelection|presidential|mayoral|gubernatorial|senate"
    r"|congressional|primary|leadership)){0,2}\s+(?:campaign|candidacy|bid)\b(?!\s+(?:against|on)\b)")
CANDIDATE = "run:candidate"  # a mark: the briefing speaks of the person's campaign for office


def campaigning(entity: Entity, text: str) -> bool:
    """Whether the briefing speaks of a campaign the person runs ("the Ruiz campaign", "Ruiz's bid")."""
    return any(CAMPAIGN_AFTER_RE.match(text, e) for _s, e in entity.mentions)


# A word the corpus writes with a capital in this many times as many articles as in lower case is a name
# there, not a word of the language that a briefing happens to capitalise
NAME_SHARE = 20


def common_words(lowered: Counter[str], written: Counter[str]) -> frozenset[str]:
    """The words the corpus writes in lower case as words of the language (lowered, written: how many articles
    write each in lower case, with a capital): not a name it writes with a capital in `NAME_SHARE` times as many
    articles ("trump" in two articles, "Trump" in hundreds, is a name; "harmon" beside one "Harmon" is a word)."""
    return frozenset(w for w, n in lowered.items() if NAME_SHARE * n >= written[w])
