"""Title phrases before a name: "Defense Minister", "Senate Majority Leader", "Secretary of State",
"then-FBI Director", read from the capitalised words the parse puts before it."""

from __future__ import annotations

import re
from functools import cache

from .censusnames import given_names
from .names import is_title_word
from .personhood import text_of
from .rules import pairs, words


def singular(t) -> str:
    """The singular of a plural noun; the tagger leaves a capitalised plural ("Senators") as it is."""
    lemma = t.lemma_.lower()
    if lemma != t.lower_ or t.tag_ not in ("NNS", "NNPS"):
        return lemma
    if lemma.endswith("ies"):
        return lemma[:-3] + "y"
    return lemma[:-1] if lemma.endswith("s") and not lemma.endswith("ss") else lemma


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "messrs", "mme", "mmes"}


# a word of these kinds is no part of a title phrase ("The", "said", "Yesterday", "two")
NOT_TITLE_POS = {"DET", "ADP", "SCONJ", "CCONJ", "ADV", "PRON", "VERB", "AUX", "INTJ", "NUM", "PART", "PUNCT",
                 "SYM", "SPACE"}
NOT_TITLE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


# abbreviated titles a member of a legislature or a doctor has besides a post ("Chairman Rep. Ana Ruiz")
COURTESY_TITLES = {"rep.", "sen.", "gov.", "dr."}
# the only lower-case words of a title-case headline
HEADLINE_LOWER = {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "with", "as",
                  "from", "into", "vs"}


def title_before(doc, start: int):
    """The capitalised title phrase directly before the name: the run of capitalised words that
    ends on a title word ("Defense Minister", "Senate Majority Leader", "House Intelligence
    Committee Chairman", "Secretary of State"), with a lower-case opener ("former", "then-")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    i = span.start - 1
    if i >= 0 and doc[i].text == "]":  # "[former museum CEO] Ana Ruiz": an editor's insertion in a quote
        i -= 1
    # "Irish Prime Minister (Taoiseach) Ana Ruiz", "Taoiseach (Irish PM) Ana Ruiz": a title glossed in brackets
    # is the title before the bracket (the gloss, capitalised words alone, says it again)
    k = next((j for j in range(i - 1, max(-1, i - 5), -1) if doc[j].text == "("), None) if i >= 3 and doc[i].text == ")" else None
    if k is not None and k >= 1 and k + 1 < i and all(t.text[:1].isupper() for t in doc[k + 1:i]):
        i = k - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in HONORIFICS:  # "Undersecretary for Education Mr. X"
        i -= 1
    last = i
    # "Lt. Col. Ana Ruiz", "Sens. Ana Ruiz and Tom Vidal": an abbreviation the tokenizer splits from its dot
    if i >= 1 and _split_dot(doc, i):
        i -= 1
    if i < 0 or not doc[i].text[:1].isupper():
        return None
    # in a headline every word is capitalised ("Trump Fires National Security Adviser Ana Ruiz"): only
    # title words are the title there
    text = text_of(doc)
    line = text[text.rfind("\n", 0, start) + 1:(text.find("\n", start) + 1 or len(text) + 1) - 1]
    headline = set(re.findall(r"\b[a-z]+\b", line)) <= HEADLINE_LOWER
    i = _title_of(doc, i, headline)
    # "Special Counsel Ana Ruiz", "Ranking Member Ana Ruiz": a role noun ends a title of two words or more
    noun_only = not (is_title_word(doc[i].text) or doc[i].lower_.rstrip(".") in plural_titles()
                     or (doc[i].tag_ in ("NNS", "NNPS") and is_title_word(singular(doc[i]))))  # "Senators Ana …"
    if noun_only and not (doc[i].lower_ in words("person_nouns") and doc[i].lower_ not in given_names()):
        return None
    # "House Judiciary Committee Chairman Rep. Ana Ruiz": the courtesy title after a post is no part of
    # it (not "Attorney Gen.", "Idaho Sen.", "State Rep." nor "Republican Rep.")
    if i >= 1 and doc[i].lower_ in COURTESY_TITLES and doc[i - 1].lower_ in words("person_nouns") \
            and is_title_word(doc[i - 1].text) and doc[i - 1].text[:1].isupper():
        i = last = i - 1
    first = i
    j = i - 1
    while j >= 0 and first - j < 12:
        t = doc[j]
        glued = t.text == "-" and not t.whitespace_ and j >= 1 and not doc[j - 1].whitespace_  # "Secretary-General"
        # "Minister of Defence", "Bank of England Governor": a title joined by of/for
        # "Health and Human Services Secretary": a department's "and" between two capitalised words
        # (not "Democrats and President Ana Ruiz": a title word after the "and" opens a title of its own)
        joined = t.lower_ == "and" and doc[j + 1].text[:1].isupper() and not is_title_word(doc[j + 1].text) \
            and j >= 1 and doc[j - 1].ent_type_ != "PERSON"
        if (glued or t.lower_ in ("of", "for") or joined) and j >= 1 and _in_title(doc[j - 1], doc[first], headline):
            first, j = j - 1, j - 2
        elif j >= 1 and _split_dot(doc, j):
            first, j = j - 1, j - 2
        elif _in_title(t, doc[j + 1], headline):
            first, j = j, j - 1
        else:
            break
    # "Critics of U.S. Senator Ana Ruiz": a group the sentence opens on is not part of her title
    while first < i - 1 and doc[first + 1].lower_ in ("of", "for") and doc[first].tag_ in ("NNS", "NNPS") \
            and not is_title_word(doc[first].text):
        first += 2
    opener = doc[first - 1] if first >= 1 else None
    if opener is not None and opener.text == "-" and not opener.whitespace_ and first >= 2 \
            and not doc[first - 2].whitespace_ and doc[first - 2].lower_ in words("title_modifiers"):
        first -= 2  # "then-FBI Director"
    elif opener is not None and opener.lower_ in words("title_modifiers"):
        first -= 1  # "former Secretary of State"
    if noun_only and first == i:
        return None
    if all(t.lower_ in words("title_modifiers") for t in doc[first:last + 1]):
        return None  # "Former Trump campaign chairman Ana Ruiz": "Former" is no title of Trump's
    s, e = doc[first].idx, doc[last].idx + len(doc[last].text)
    return s, e, text_of(doc)[s:e]


def _title_of(doc, i: int, headline: bool) -> int:
    """The title word of a title with its object that ends at doc[i] ("Ambassador to the United States",
    "President of Venezuela", "Secretary of the Treasury"), or i."""
    if headline or is_title_word(doc[i].text):
        return i
    j = i
    while j >= 0 and i - j < 5 and not is_title_word(doc[j].text) and _in_title(doc[j], doc[j + 1] if j < i else None):
        j -= 1
    if j == i:
        return i
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j >= 1 and doc[j].lower_ in ("of", "to", "for") and doc[j - 1].text[:1].isupper() \
            and is_title_word(doc[j - 1].text):
        return j - 1
    return i


def _split_dot(doc, i: int) -> bool:
    """Whether doc[i] is the dot of an abbreviated title the tokenizer split off ("Lt" ".")."""
    prev = doc[i - 1]
    # an abbreviation ("Lt", "Gov", "Sens"), not a title word ending a sentence ("… as Secretary of State.")
    return (doc[i].text == "." and not prev.whitespace_ and prev.text[:1].isupper()
            and (f"{prev.lower_}." in words("titles") or f"{prev.lower_}." in pairs("title_expansions")
                 or prev.lower_ in plural_titles()))


def _in_title(t, right, headline: bool = False) -> bool:
    """Whether the capitalised word t, before `right`, belongs to the title phrase: not another
    person's name ("Obama Attorney General"), not a date ("Yesterday Senate Majority Leader"), not
    a function word ("The Senate …"), not the end of another named thing run against it ("told CNN
    Senate Majority Leader"). A title word always belongs."""
    if not t.text[:1].isupper() or t.is_punct or t.is_space:
        return False
    if is_title_word(t.text):
        return True
    if headline or t.pos_ in NOT_TITLE_POS or t.ent_type_ in NOT_TITLE_ENTS:
        return False
    if t.ent_type_ == "PERSON" and not (right is not None and right.ent_iob_ == "I" and right.ent_type_ == "PERSON") \
            and t.lower_ not in words("not_people"):  # ("Brexit Secretary": a word never a person's name)
        return False
    return right is None or not (t.ent_iob_ in ("B", "I") and right.ent_iob_ == "B")


@cache
def plural_titles() -> dict[str, str]:
    """ "sens" -> "Sen.": the singular of a plural abbreviated title (data/plural_titles.txt)."""
    return dict(line.split() for line in words("plural_titles"))
