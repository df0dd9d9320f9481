"""Which person a bare name (one word) in a document is: the full name it is a word of, chosen by
where it stands in that name (a surname, a first name, a family name written first, a middle name no
one is called by, a father's name), how near the full name was written, and the words around it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

from .entities import Cluster
from .kinnames import spouse_titled
from .mentions import Mention
from .mentionsplits import SHARED_SURNAME_RE
from .names import is_title_word, tokens
from .namevariants import given_word, is_familiar, same_given
from .personhood import first_name_only, given_names, is_person_noun, likely_gender, name_gender
from .rules import words


def middle_given(name: list[str], word: str) -> bool:
    """ "David" in "Aaron David Miller" is a middle name: no one is called by it alone ("King David" is
    someone else); a middle word that is a surname may be ("Lopez" of "Andres Manuel Lopez Obrador"), and
    the word after a leading initial is the given name ("Robert" of "J. Robert Hale")."""
    return (word in name[1:-1] and word != given_word(name) and word != name[-1] and first_name_only(word)
            and len(name) < 4)  # ("Lula" of "Luiz Inacio Lula da Silva" is what he is called)


HYPHENATED_GIVEN_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_before_given(c: Cluster, word: str) -> bool:
    """ "Lee" of "Anna Lee Mei-ling": the family name before a hyphenated given name written last is the
    name a text calls her by ("[Lee] is the only one"), though it is not the last word."""
    return any(len(ws := m.text.split()) >= 2 and HYPHENATED_GIVEN_RE.fullmatch(ws[-1]) and tokens(ws[-2]) == [word]
               for m in c.mentions)


def patronym(name: list[str], word: str) -> bool:
    """ "Salman" in "Mohammed bin Salman" is the father's name: a bare "Salman" is someone else."""
    return any(w == word and i and name[i - 1] in words("patronymics") for i, w in enumerate(name))


def own_name(name: list[str]) -> list[str]:
    """ "abdul aziz bin jassim al-thani" -> abdul, aziz: the words before the first "bin" or "ibn", the
    person's own name before the father's line; nothing for a name with no such word."""
    return next((name[:i] for i, w in enumerate(name) if i and w in words("patronymics")), [])


def cluster_gender(c: Cluster, called: str | None = None) -> str:
    """ "m" or "f" when a cluster's first name or an honorific says so, else "". `called`: the word a
    mention calls it by; when that is the name's first word ("Mr Moon" of "Moon Jae-in", the family name
    written first) the first word is no given name and says nothing of gender."""
    said = {m.clues.gender for m in c.mentions if m.clues.gender}
    if len(said) == 1:
        return said.pop()
    longest = c.longest()
    return name_gender(longest[0]) if len(longest) > 1 and longest[0] != called else ""


def guessed_gender(name: list[str]) -> str:
    """A full name's likely gender from its first word: the census's, else (a given name the census does not
    know: "Yulia", "Olga") "f" for one ending in "a" that is no man's name ending so ("Ilya"), else ""."""
    if len(name) < 2:
        return ""
    first = name[0]
    if first in given_names():
        return likely_gender(first)
    return "f" if len(first) > 2 and first.endswith("a") and first not in words("male_given_names_in_a") else ""


def named_in_couple(c: Cluster, text: str) -> bool:
    """ "Fred and Cindy Ruiz": a person whose full name is only ever written as the last of given names
    sharing one surname (a couple, parents), whom a bare "Ruiz" does not call by default."""
    full = [m for m in c.mentions if len(tokens(m.text)) > 1]
    # (the first given name of such a list stands for the full name: "Fred" of "Fred and Cindy Ruiz")
    return bool(full) and bool(text) and all(
        SHARED_SURNAME_RE.search(text, max(0, m.start - 80), m.start)
        or text[m.start:m.end] != m.text and COUPLE_NEXT_RE.match(text, m.end) for m in full)


COUPLE_NEXT_RE = re.compile(r",?\s+(?:and|&)\s+[A-Z]")


def latest_before(clusters: list[Cluster], pos: int) -> Cluster:
    """The cluster with a mention closest before pos, else the one named soonest after it."""

    def score(c: Cluster) -> tuple:
        before = [x.end for x in c.mentions if x.end <= pos]
        return (1, max(before)) if before else (0, -min(x.start for x in c.mentions))
    return max(clusters, key=score)


NEAR = 250  # characters: a bare surname this close after a full name is that person
# "Roberts, R-Kansas", "Ruiz (D-N.M.)": a party and state tag after a name marks an office holder
PARTY_TAG_RE = re.compile(r"\s*,?\s*\(?[RDI]\s?-\s?[A-Z][A-Za-z.]+")
QUOTES = {"\u201c": 1, "\u201d": -1}


# "Ruiz's son Tomas", "Ana Ruiz's brother, Tomas": the family name of a relative named by a given name
RELATIVE_RE = re.compile(r"([A-Z][\w'’-]*?)['’]s?\s+(?:[a-z]+\s+)?([a-z-]+)\s*,?\s*$")


# "the president’s son, Ana Ruiz Jr.", "Ruiz's eldest daughter Ana": a full name introduced as someone's relative
# (also the first of two: "the president's daughter and son-in-law, Ana Ruiz and Tom Vidal")
KIN_BEFORE_RE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?([a-z-]+)(?:\s+and\s+[a-z-]+)?,?\s*$")


# "her husband, artilleryman Tomas Ruiz", "Ruiz's son, retired army colonel Tomas Ruiz": a kin noun, then the
# relative's own trade ending in a person noun, before the name
KIN_THEN_ROLE_RE = re.compile(r"(?:\b(?:his|her|their)|['’]s)\s+(?:[a-z]+\s+)?([a-z-]+),\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+$")


def introduced_as_kin(text: str, m: Mention) -> bool:
    """Whether a kin noun after a possessive comes right before the mention ("the president's son, X"), or
    before the relative's trade ("her husband, artilleryman X")."""
    if not text:
        return False
    before = text[max(0, m.start - 60):m.start]
    found = KIN_BEFORE_RE.search(before[-40:])
    if found and found.group(1) in words("kin_nouns"):
        return True
    found = KIN_THEN_ROLE_RE.search(before)
    return (bool(found) and found.group(1) in words("kin_nouns") and is_person_noun(found.group(2))) \
        or spouse_titled(text, m)


def relative_of(m: Mention, text: str) -> str:
    """The family name X when a bare name is introduced as "X's son" (any kin noun), else ""."""
    if not (m.clues.kin and text):
        return ""
    found = RELATIVE_RE.search(text[max(0, m.start - 60):m.start])
    if not found or found.group(2) not in words("kin_nouns"):
        return ""
    family = tokens(found.group(1))
    return family[-1] if family else ""


def surname_of(name: list[str]) -> str:
    """The last word of a name before a "Jr.", "III" or other letters after it ("Ana Ruiz Jr." -> "ruiz"), or
    before a surname's initial ("Ahmad Karim A" -> "karim"; not "Malcolm X")."""
    i = len(name)
    while i > 1 and (name[i - 1] in words("postnominals") or name[i - 1] in ("ii", "iii", "iv")
                     or len(name[i - 1]) == 1 and i > 2):
        i -= 1
    return name[i - 1]


def tagged(text: str, m: Mention) -> bool:
    """Whether a party and state tag follows the mention ("Roberts, R-Kansas")."""
    return bool(text) and bool(PARTY_TAG_RE.match(text, m.end))


def quote_start(text: str, pos: int) -> int:
    """Where the quotation around pos opens in its paragraph (curly or straight double quotes), else -1."""
    start = text.rfind("\n", 0, pos) + 1
    para = text[start:pos]
    curly = "\u201c" in para or "\u201d" in para
    depth, opened = 0, -1
    for i, ch in enumerate(para):
        if curly and ch in QUOTES:
            depth = max(0, depth + QUOTES[ch])
        elif not curly and ch == '"':
            depth = 1 - depth
        else:
            continue
        opened = start + i if depth else -1
    return opened


INTRODUCED_RE = re.compile(r",\s+(?:a|an)\s")
# "Listen, Walter, we …", "“Walter, we …": a name set apart by commas or quotes is someone addressed
# (not "Morning Walter,", a show's name run on)
VOCATIVE_BEFORE_RE = re.compile(r"[,\u201c\"]\s*$")
VOCATIVE_AFTER_RE = re.compile(r"\s*[,!?.\u201d\"]")


def bare_gender(singles: list[Mention], text: str = "") -> dict[str, str]:
    """The gender the text says of each word used as a name alone, by an honorific or a pronoun after it
    ("Mr. Ruiz", "Ruiz said he"): said at least twice and never the other way ("" words are left out). A
    pronoun after the close of a quotation the name is in is the speaker's ('"… Sen. Ruiz will keep it
    alive," he says'), not the name's."""
    said: dict[str, Counter] = defaultdict(Counter)
    for m in singles:
        toks = tokens(m.text)
        pronoun = "" if text and _speaker_pronoun(text, m) else m.clues.pronoun
        for g in {m.clues.gender, pronoun} - {""}:
            if toks:
                said[toks[0]][g] += 1
    return {w: g for w, c in said.items() if len(c) == 1 for g, n in c.items() if n >= 2}


def _speaker_pronoun(text: str, m: Mention) -> bool:
    """The first "he"/"she" after a quoted mention comes after the quotation closes."""
    if quote_start(text, m.start) < 0:
        return False
    after = re.search(r"\b(?:[Hh]e|[Ss]he)\b", text[m.end:m.end + 400])
    return after is not None and re.search(r"[\"\u201d]", text[m.end:m.end + after.start()]) is not None


def family_titled(text: str, m: Mention) -> bool:
    """ "Chairman Kim", "President Moon": a title right before a bare word, which a title goes with as a
    family name, not a given name (a monarch's or a pope's title goes with a given name: "King Salman",
    data/regnal_titles)."""
    before = text[max(0, m.start - 30):m.start].split()
    return (bool(before) and before[-1][:1].isupper() and is_title_word(before[-1])
            and before[-1].lower().rstrip(".") not in words("regnal_titles"))


def given_name_home(cands: list[Cluster], t: str, m: Mention, text: str, longest: dict[int, list[str]],
                     full_ends: dict[int, list[int]], clusters: list[Cluster] = ()) -> list[Cluster]:
    """The full names a bare given name may join: the one person whose first name it is.

    A middle name is not what a text calls someone ("Aaron David Miller" is not "David"); two people
    with that first name leave it unattached; a title before it names someone else ("King David");
    inside a quotation, where a speaker says "Bill and Tom" of people the text names otherwise, it
    joins only a person named (by any form) earlier in its paragraph or just before the quotation, or
    one the text has already called by that given name alone, or the person the text is about (named
    more often than anyone else of `clusters`). Of several bearers, only one named before it is
    meant: a writer does not call someone introduced later by the given name alone."""
    # "Jerry" for "Jerome Ruiz" too, unless someone is named with that very word ("Thomas" beside "Thomas
    # Sam" and "Tom Vidal" is Thomas Sam: a text that calls one "Tom" does not call him "Thomas")
    firsts = [c for c in cands if any(len(w := tokens(x.text)) > 1 and w[0] == t for x in c.mentions)] or [
        c for c in cands if same_given(given_word(longest[id(c)]), t)]
    if len(firsts) > 1 and text and VOCATIVE_BEFORE_RE.search(text, max(0, m.start - 3), m.start) \
            and VOCATIVE_AFTER_RE.match(text, m.end):
        # "Ana Ruiz … Ana Vidal … Mr. Vidal told Mr. Ruiz: 'Well, Ana, …'": of several bearers, the one
        # addressed is the one of them named (by any form) in the paragraph so far
        para = text.rfind("\n", 0, m.start) + 1
        firsts = [c for c in firsts if any(para <= x.start and x.end <= m.start for x in c.mentions)]
    if len(firsts) > 1:
        # "Senator Tom Vale … 'respect for Tom' … Senator Tom Barr of Utah": the one named so far
        firsts = [c for c in firsts if any(x.end <= m.start for x in c.mentions)]
    if len(firsts) != 1:
        return []
    if m.clues.gender:  # "Mr Li" for "Li Shangfu": after an honorific, the first word is the family name
        return firsts
    before = text[max(0, m.start - 30):m.start].split()
    if before and before[-1][:1].isupper() and is_title_word(before[-1]):
        return []
    # "Thomas Ruiz … Tommy, a boy in the crowd,": a familiar form the person is not called by, introduced
    # as someone, is someone new
    if (given_word(longest[id(firsts[0])]) != t and INTRODUCED_RE.match(text, m.end)
            and not any(tokens(x.text)[:1] == [t] for x in firsts[0].mentions)):
        return []
    opened = quote_start(text, m.start) if text else -1
    since = min(opened - NEAR, text.rfind("\n", 0, m.start) + 1)  # (or in the paragraph so far)
    # (a text that already called that person by the given name alone goes on doing so)
    # (a familiar form, "Bernie", "Jerry", is what people call one they know: it is the one person it fits)
    if (opened >= 0 and not is_familiar(t) and not any(since <= x.end <= m.start for x in firsts[0].mentions)
            and not any(tokens(x.text) == [t] for x in firsts[0].mentions) and not _most_named(firsts[0], clusters)):
        return []
    return firsts


def _most_named(c: Cluster, clusters: list[Cluster]) -> bool:
    """Whether c is named more often than any other person of clusters: the one the text is about."""
    return bool(clusters) and all(len(d.mentions) < len(c.mentions) for d in clusters if d is not c)


def family_name_first(cands: list[Cluster], t: str, m: Mention, longest: dict[int, list[str]],
                       full_ends: dict[int, list[int]]) -> list[Cluster]:
    """The person whose name starts with the family name, when the text just named them in full.

    "Kim Jong Un … Kim said": a bare word that is one name's first word and another's last goes to
    the full name just before it (within NEAR) when that full name starts with it; the evidence is
    the text's own use, not a list of family names."""
    heads = [c for c in cands if longest[id(c)][0] == t and surname_of(longest[id(c)]) != t]
    if not heads:
        return []
    # "Kim Jong Un … Mr. Kim … Kim … later Kim Yo Jong … Kim": a text that has called one of them by the
    # family name alone again and again goes on doing so (the other it names in full)
    # (when no one bears the word as a surname: "Paul" said of "Paul Ryan" says nothing of a "Ron Paul")
    called = [c for c in cands if sum(tokens(x.text) == [t] and x.end <= m.start for x in c.mentions) >= 2]
    if len(called) == 1 and len(heads) == len(cands):
        return called

    def gap(c: Cluster) -> int:
        ends = full_ends.get(id(c), [])
        i = bisect_right(ends, m.start)
        return m.start - ends[i - 1] if i else 10**9
    close = min(cands, key=gap)
    if gap(close) <= NEAR:
        return [close] if close in heads else []
    # "Kim Jong Un … Kim said … Kim Min-ho, an analyst, … Kim's letter": two bearers of the family name,
    # neither just named in full; the one the text has already called by it alone is meant (the other, named
    # in full, is not the default for being named last or writing it as a surname)
    said = [c for c in cands if any(tokens(x.text) == [t] and x.end <= m.start for x in c.mentions)]
    if len(said) == 1:
        return said
    # "Wang Lei … Mr. Wang", another Wang named only later: the one of them the text has introduced (when
    # no one bears the word as a surname: "Ana Paul", named later, may be meant)
    introduced = [c for c in cands if gap(c) < 10**9]
    return introduced if len(introduced) == 1 and len(heads) == len(cands) and not called else []


def told_apart(cands: list[Cluster], m: Mention, longest: dict[int, list[str]],
               full_ends: dict[int, list[int]]) -> bool:
    """ "Tomas Varlov … his brother, Pavel … Tomas … Pavel … Varlov won": two or more people who share the
    surname, each of whom the text has called by the given name alone, and none named in full just before
    (within NEAR): the text tells them apart by their given names, so the bare surname is neither."""
    if len(cands) < 2:
        return False
    for c in cands:
        if not any(tokens(x.text) == longest[id(c)][:1] and x.end <= m.start for x in c.mentions):
            return False
        ends = full_ends.get(id(c), [])
        i = bisect_right(ends, m.start)
        if i and m.start - ends[i - 1] <= NEAR:
            return False
    return True


def nearest(clusters: list[Cluster], pos: int, full_ends: dict[int, list[int]] | None = None,
             tagged: bool = False) -> Cluster:
    """The full name just before (within NEAR), else the person the text is most about.

    With no full name near, the person the text is most about must be named more than the others;
    on a tie, the one named last before (two namesakes named once each: the later one is meant).
    tagged (a party tag follows the bare name): among namesakes, the one named with a title or role.
    full_ends: each cluster's full-name mention ends, sorted (by id), so the one just before pos is
    found by bisection rather than by reading every mention of the cluster."""

    def before(c: Cluster) -> int:
        if full_ends is not None and id(c) in full_ends:
            ends = full_ends[id(c)]
            i = bisect_right(ends, pos)
            return pos - ends[i - 1] if i else 10**9
        gaps = [pos - m.end for m in c.mentions if m.end <= pos and len(tokens(m.text)) > 1]
        return min(gaps) if gaps else 10**9

    if tagged:
        titled = [c for c in clusters if any(x.clues.role for x in c.mentions)]
        if len(titled) == 1:
            return titled[0]
    close = min(clusters, key=before)
    if before(close) <= NEAR:
        return close
    counts = sorted((len(c.mentions) for c in clusters), reverse=True)
    if counts[0] == counts[1]:
        return latest_before(clusters, pos)
    return max(clusters, key=lambda c: (len(c.mentions), -c.mentions[0].start))
