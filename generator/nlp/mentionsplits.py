"""Person mentions that hold more than one person: two names in one ("Ana Ruiz-Tomas Vidal", "Heller,
Brown") cut apart, a family ("the Ruiz brothers") set aside, before people are grouped."""

from __future__ import annotations

import re
from dataclasses import replace

from .mentions import Mention
from .names import MODIFIER_BEFORE_RE, double_given, is_generation, is_title_word, key, tokens
from .personhood import first_name_only, given_names
from .rules import words


def split_tickets(mentions: list[Mention], text: str = "") -> list[Mention]:
    """ "the Ana Ruiz-Carlos Vidal campaign": two full names joined by a hyphen are two people.

    Both halves must be names of two words or more, each starting with a given name, and no particle
    may end the first ("Mohamed El-Hassan Mohamed"), so hyphenated surnames ("Ana Ruiz-Vidal") and
    given names ("Jong-un", "Mary-Kate") stay whole; so does a double-barrelled given name between a given name
    and a surname ("Jonah Mary-Beth Carver") where no determiner or year before it makes it a modifier."""
    out = []
    for m in mentions:
        parts = m.text.split("-")
        cut = next((i for i in range(1, len(parts)) if _two_names(tokens("-".join(parts[:i])), tokens("-".join(parts[i:])))
                    and parts[i][:1].isupper() and parts[i - 1][-1:].isalpha()
                    and not (double_given(parts[i - 1].split()[-1], parts[i].split()[0])
                             and not MODIFIER_BEFORE_RE.search(text[max(0, m.start - 30):m.start]))), None)
        if cut is None:
            out.append(m)
            continue
        mid = m.start + len("-".join(parts[:cut]))
        out.append(replace(m, end=mid, text=m.text[:mid - m.start]))
        out.append(replace(m, start=mid + 1, text=m.text[mid + 1 - m.start:]))
    return out


def _two_names(a: list[str], b: list[str]) -> bool:
    """Whether two word lists read as two full names: each of two words or more, from a given name."""
    return (len(a) >= 2 and len(b) >= 2 and a[0] in given_names() and b[0] in given_names()
            and a[-1] not in words("name_particles"))


def split_lists(mentions: list[Mention]) -> list[Mention]:
    """ "candidates Heller, Brown and Ruiz": a name holds no comma, so a mention with one is a list of
    names, one mention each ("Ana Ruiz, Jr." and "Ana Ruiz, MD" keep their suffix)."""
    out = []
    for m in mentions:
        cuts = [i for i, ch in enumerate(m.text) if ch == "," and not _suffix(m.text[i + 1:])]
        if not cuts:
            out.append(m)
            continue
        bounds = [0, *[c + 1 for c in cuts]]
        ends = [*cuts, len(m.text)]
        parts = []
        for a, b in zip(bounds, ends, strict=True):
            piece = m.text[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece[:1].isupper() and tokens(piece):
                parts.append(replace(m, start=m.start + a + lead, end=m.start + a + lead + len(piece), text=piece))
        out.extend(parts if len(parts) > 1 else [m])
    return out


def _suffix(rest: str) -> bool:
    """Whether the words after a comma are a suffix of the name before it ("Jr.", "III", "MD")."""
    toks = tokens(rest.split(",")[0])
    return len(toks) == 1 and (toks[0] in words("postnominals") or is_generation(toks[0]))


FAMILY_AFTER_RE = re.compile(r"\s*([A-Za-z]+)")


def family_groups(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions that name one person: "the Ruiz brothers", "the Ruiz family" are two people or a
    family, never a person page "Ruiz" (whether the model's span holds the noun or stops before it)."""
    out = []
    for m in mentions:
        toks = tokens(m.text)
        after = FAMILY_AFTER_RE.match(text, m.end) if text else None
        last = toks[-1] if toks else ""
        if last in words("family_group_nouns") or (after and after.group(1).lower() in words("family_group_nouns")
                                                   and not text[m.end:after.start(1)].strip()):
            continue
        out.append(m)
    return out


PLURAL_LEAD_RE = re.compile(r"\bthe\s+$", re.I)


def plural_names(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions that name the person and not people like them: "the Ana Ruizes of the party", "the
    Ruizes" (a name the text also writes in the singular, made plural after "the") name no one person."""
    named = {key(m.text) for m in mentions}
    out = []
    for m in mentions:
        k = key(m.text)
        singular = next((k[:-n] for n in (2, 1) if k.endswith("es"[2 - n:]) and k[:-n] in named), "")
        if singular and len(k) > 3 and PLURAL_LEAD_RE.search(text[max(0, m.start - 6):m.start]):
            continue
        out.append(m)
    return out


# "Ana, Rosa and Luis Ruiz": given names listed before the one surname they share, written just before
# a full name (up to 80 characters back is room for a few given names)
SHARED_SURNAME_RE = re.compile(r"((?:[A-Z][a-z'’-]+,\s+)*[A-Z][a-z'’-]+),?\s+(?:and|&)\s+$")


PLACE_LEAD_RE = re.compile(r"\b(?:of|from|in|at|near)\s+$")


def shared_surnames(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Ana and Luis Ruiz": each given name listed before a full name shares its surname, so "Ana" is a
    mention of "Ana Ruiz" (the span stays on "Ana"), never a person "Ana" of her own.

    Each listed word must be a census first name far more often than a surname, not the last word of
    a full name in the text ("Clinton and Ana Ruiz" lists two people) and not named as a place or an
    organisation; the full name must start with a given name too."""
    if not text:
        return mentions
    surnamed = {tokens(m.text)[-1] for m in mentions if m.kind == "person" and len(tokens(m.text)) > 1}
    other: dict[str, set] = {}  # where each name is written as a place or organisation
    for m in mentions:
        if m.kind in ("place", "organization"):
            other.setdefault(key(m.text), set()).add((m.start, m.end))
    at = {(m.start, m.end): m for m in mentions}
    # "Ana Ruiz, 66, and Lena Ruiz … as Ana and Lena Ruiz remain": a listed word the text itself writes
    # with the surname as a full name is that given name, census or not
    written = {key(m.text) for m in mentions if m.kind == "person" and len(tokens(m.text)) > 1}
    # (a word the text opens a full name with is a given name there: "Sergei" beside "Sergei Lavrov")
    text_given = {tokens(m.text)[0] for m in mentions if m.kind == "person" and len(tokens(m.text)) > 1}
    renamed: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        toks = tokens(m.text)
        if m.kind != "person" or len(toks) < 2:
            continue
        window = max(0, m.start - 80)
        lead = SHARED_SURNAME_RE.search(text, window, m.start)
        if not lead:
            continue
        surname = m.text.split(None, 1)[1]
        if all(is_generation(w) for w in surname.split()):
            continue  # "his sons, Eric and Donald Jr": a suffix is the son's own, no surname they share
        spans, pos = [], lead.start(1)
        for g in lead.group(1).split(","):
            s = pos + len(g) - len(g.lstrip())
            spans.append((s, s + len(g.strip())))
            pos += len(g) + 1
        # spaCy's small model often calls a listed given name a place: only a place written elsewhere counts
        if PLACE_LEAD_RE.search(text, window, lead.start(1)) or _inside_name(text, window, lead.start(1)):
            continue  # "Rep. Ana Diaz of Virginia and Luis Ruiz", "Prince Carl and Ana Ruiz": no given names
        # (the census's given names, or words the text itself opens full names with: "Sergei" beside
        # "Sergei Lavrov", or written whole with the surname, "Sergei Skripal"; then the full name may
        # start with a name the census does not know, "Yulia")
        attested = all(key(f"{text[s:e]} {surname}") in written
                       or key(text[s:e]) in text_given and key(text[s:e]) not in surnamed for s, e in spans)
        if toks[0] not in given_names() and not attested:
            continue
        if not all((attested or _shared_given(text[s:e], surnamed)) and not other.get(key(text[s:e]), set()) - set(spans)
                   for s, e in spans):
            continue
        if any(o.start < e and s < o.end and (o.start, o.end) != (s, e) for s, e in spans for o in mentions):
            continue  # a word of a longer name ("Ana Diaz and Luis Ruiz" lists two full names)
        for s, e in spans:
            old = at.get((s, e))
            base = old if old is not None else Mention(s, e, text[s:e], "person")
            renamed[(s, e)] = replace(base, kind="person", text=f"{text[s:e]} {surname}")
    if not renamed:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in renamed]
    return sorted(kept + list(renamed.values()), key=lambda m: (m.start, m.end))


PREV_WORD_RE = re.compile(r"([A-Z][\w.'’-]*)\s+$")


def _inside_name(text: str, window: int, start: int) -> bool:
    """Whether the first listed word ends a title or a longer name ("Prince Carl", "Ana Carl"): the word
    before it is a title, or capitalised where no sentence starts."""
    prev = PREV_WORD_RE.search(text, window, start)
    if not prev:
        return False
    before = text[window:prev.start()]
    opens = not before.strip() or "\n" in before[len(before.rstrip()):] or before.rstrip()[-1] in ".!?\"“”:"
    return is_title_word(prev.group(1)) or not opens


def _shared_given(word: str, surnamed: set[str]) -> bool:
    """Whether a listed word reads as a given name alone: a census first name, not a surname in the text."""
    k = key(word)
    return (k in given_names() and first_name_only(word) and k not in surnamed
            and k not in words("regions") and k not in words("countries"))
