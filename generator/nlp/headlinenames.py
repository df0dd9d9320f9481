"""Names in Title Case lines, where capitals say nothing: "Obama Can Achieve", "Embed Ana Ruiz".

A name there is checked against the people the body names, and cut to the part that is one.
"""

from __future__ import annotations

import re

from .censusnames import given_names, surnames
from .names import POSSESSIVE_RE, key
from .personhood import text_of, title_case_line
from .rules import words


def _known(word: str) -> bool:
    return word in given_names() or word in surnames()


def heading(text: str, pos: int) -> bool:
    """A Title Case line ("Missouri Becomes First State To Sue China"), or a short heading line whose
    long words are all capitalised ("What Ruiz Can Achieve")."""
    if title_case_line(text, pos):
        return True
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo:hi if hi >= 0 else len(text)].strip()
    found = re.findall(r"[A-Za-z]+", line)
    return (2 <= len(found) <= 8 and not line.endswith((".", ":", ",")) and any(len(w) > 3 for w in found)
            and all(w[0].isupper() for w in found if len(w) > 3))


def body_names(doc) -> tuple[set[str], set[str]]:
    """Keys of the names spaCy calls people outside Title Case lines, and their last words: what a
    headline's name is checked against."""
    text = text_of(doc)
    full, last = set(), set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not heading(text, ent.start_char):
            k = key(POSSESSIVE_RE.sub("", ent.text))
            if k:
                full.add(k)
                last.add(k.split()[-1])
    return full, last


def headline_cut(toks: list, body: tuple[set[str], set[str]], common: set[str]) -> list:
    """ "Obama Can Achieve", "Embed Ana Ruiz", "Bill Will Be": in a Title Case line capitals say
    nothing, so a name there with a word that reads as no name in it is cut to its longest part that
    names a person of the body, and dropped if none does. In the headline (the text's first line),
    a name the body does not give is kept only if it reads as a first name and surnames ("Rosy
    Growth Projection" is dropped); elsewhere ("Brampton Spider-Gwen pose at the booth", a caption)
    a name of proper nouns only is left alone."""
    if len(toks) < 2:
        return toks
    text = text_of(toks[0].doc)
    # "Rod Rosenstein Expects to Be Fired"; not on a short line ("Kim Dong Chul" alone is a name)
    while (len(toks) >= 3 and not _known(toks[-1].lower_) and _known(toks[-2].lower_)
           and not _generation(toks[-1]) and title_case_line(text, toks[0].idx)):  # "Ana Ruiz Jr" stays whole
        toks = toks[:-1]
    # a small word, a word the text writes in lower case, or a verb ("Bill Will Be", "Ana Looks")
    suspect = any(_suspect(t, common) for t in toks[1:]) or (
        toks[0].lower_ not in given_names() and _suspect(toks[0], common))
    headline = "\n" not in text[:toks[0].idx].lstrip()  # on the text's first line
    if not suspect and not headline:
        return toks
    full, last = body
    for size in range(len(toks), 0, -1):
        for i in range(len(toks) - size + 1):
            part = toks[i:i + size]
            k = key(POSSESSIVE_RE.sub("", " ".join(t.text for t in part)))
            if k in full or (size == 1 and k in last):
                return part
    if not suspect and toks[0].lower_ in given_names() and all(t.lower_ in surnames() for t in toks[1:]):
        return toks
    return []


def _suspect(t, common: set[str]) -> bool:
    """A word a headline's capitals may hide as no name: a small word, a lower-case word of the text, a verb."""
    return not _generation(t) and (t.is_stop or t.lower_ in common or t.pos_ in ("VERB", "AUX", "ADJ", "ADV", "ADP"))


def _generation(t) -> bool:
    """ "Jr", "Sr", "III": a generation, no word of a sentence."""
    return bool(re.fullmatch(r"(?:Jr|Sr|[IVX]+)\.?", t.text))


def glued_to_body_name(toks: list, body: tuple[set[str], set[str]], common: set[str]) -> list:
    """A word glued to a name the body gives someone else, cut off wherever it stands: "Confident Ruiz"
    or "Peru Ruiz" beside the body's "Ana Ruiz" (an adjective, a verb or a country before her surname),
    "Ruiz Brandt row" or "Ruiz Middle East plan" beside "Ana Ruiz" and "Tomas Brandt" (her surname,
    then another person's name or a place)."""
    if len(toks) < 2:
        return toks
    full, last = body
    words_ = key(" ".join(t.text for t in toks)).split()
    if len(words_) != len(toks) or len(set(words_)) == 1:
        return toks  # "Hamid Hamid": one word written twice is that person's whole name, not a glue
    # the body's full names ending in this surname, none of them this name
    # (a person's: one with a given name, not "Space Shuttle X")
    doc = toks[0].doc
    index = _BodyIndex.of(doc, full)
    others = [n for n in index.by_last.get(words_[-1], ()) if n != " ".join(words_) and n.split()[0] in given_names()]
    if toks[-1].i + 1 < len(doc) and not toks[-1].whitespace_ and doc[toks[-1].i + 1].text == "-":
        return toks  # "Wong Yeung-tat": the name goes on past the hyphen
    if len(toks) == 2 and others and words_[0] not in given_names() and _no_name_word(toks[0], common):
        return toks[1:]
    # the surname of a full name the body gives (a one-word name, "Tamu" said alone, may be a given name)
    surname = words_[0] in index.by_last
    # "Colbert Busch" beside the body's "Elizabeth Colbert Busch": the end of a full name, a double surname
    tail = any(n.endswith(" " + " ".join(words_)) for n in index.by_word.get(words_[-1], ()))
    if surname and words_[0] not in given_names() and not tail:
        rest = words_[1:]
        # another of the body's people ("Ruiz Brandt"), or a place ("Ruiz Middle East", "Ruiz Peru")
        named = len(rest) == 1 and any(not n.startswith(words_[0] + " ") for n in index.by_word.get(rest[0], ())) and not any(
            n.startswith(" ".join(words_) + " ") for n in index.by_word.get(words_[0], ()))
        place = " ".join(rest) in words("countries") or rest[-1] in words("direction_words")
        if named or place:
            return toks[:1]
    return toks


class _BodyIndex:
    """The body's full names by their last word (names of two words or more) and by each of their
    words, built once per document so each headline name looks up instead of scanning them all."""

    @classmethod
    def of(cls, doc, full: set[str]) -> _BodyIndex:
        """The index of `full`, kept on the Doc while the same set of names is asked about."""
        kept = doc.user_data.get("briefings_body_name_index")
        if kept is None or kept.source is not full:
            kept = doc.user_data["briefings_body_name_index"] = cls(full)
        return kept

    def __init__(self, full: set[str]):
        self.source = full
        self.by_last: dict[str, list[str]] = {}
        self.by_word: dict[str, list[str]] = {}
        for n in sorted(full):
            parts = n.split()
            if len(parts) >= 2:
                self.by_last.setdefault(parts[-1], []).append(n)
            for w in set(parts):
                self.by_word.setdefault(w, []).append(n)


def _no_name_word(t, common: set[str]) -> bool:
    """A word that reads as no name before a surname: a country, a word the text writes in lower case,
    an adjective or a verb."""
    # (a country may be a census surname, "Peru"; a word of the text or a verb only if it is no surname)
    if t.lower_ in words("name_particles"):
        return False  # "Bin Laden" beside "Osama bin Laden": the particle is the name's
    return t.lower_ in words("countries") or (
        not _known(t.lower_) and (t.lower_ in common or t.pos_ in ("ADJ", "VERB", "ADV")))
