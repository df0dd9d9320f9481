"""Forms of one person's name across briefings that the word-by-word comparison of `identity` misses.

- A given name's short form is read as the full name it stands for before both are spelt alike:
  "Matt Ruiz" and "Matthew Ruiz" are one name ("matthew" and its spelling without a doubled letter).
- A familiar form that may stand for several names ("Dan": Daniel, Dannel; "Edie": Edith) joins a full
  given name it stands for, or begins, before the same surname, only when the roles say so; so does
  another spelling of one given name ("Lindsey" / "Lindsay": `data/given_name_spellings.txt`).
- A given name clipped to a start that is no name of its own ("Zbig Ruiz" / "Zbigniew Ruiz") is that name
  when the roles fit.
- A generational suffix another briefing leaves out ("Tomas R. Ruiz Jr." / "Tomas Ruiz") is one name,
  unless a briefing of the suffixed name also names someone by the name without it (the father: "Tomas
  Ruiz" beside "Tomas Ruiz Jr.") or the roles share nothing.
- A two-word name written the other way round in fewer briefings ("Ruiz Tomas" once, "Tomas Ruiz" in
  three) is that name when the roles share a word ("spokesman"); otherwise a possible duplicate.
- In one briefing, a bare given name that is what the briefing calls exactly one of its other people
  ("Tomas" beside "Tomas Ruiz", called "Tomas"), or that stands before "and" and another's given name and
  surname ("Tomas and Ana Ruiz"), is that person, or that family's member.
- A bare given name kept to its briefing is one person with the same name in the briefings of one story
  (two surnames or more named in both, roles that fit).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache
from typing import Protocol, TypeVar

from .model import Entity
from .namesakesplit import APART, NAMESAKE
from .nlp.censusnames import given_names
from .nlp.names import is_generation, tokens
from .nlp.namevariants import full_forms, same_given
from .nlp.personhood import first_name_only
from .nlp.rules import pairs, words

SHORT_FORM_FROM = 3  # "Al" begins too many names ("Alan", "Alec", "Ali"): a prefix of three letters or more


def full_given(word: str, spelt: Callable[[str], str]) -> str:
    """A given name as the full name its short form stands for, in one spelling (`spelt`: the
    transliteration of `identity`): "matt" -> spelt("matthew"), the same as "matthew" itself."""
    forms = pairs("given_name_forms")
    full = forms.get(word) or forms.get(spelt(word))
    return spelt(full) if full else spelt(word)


def short_for(a: str, b: str) -> bool:
    """Two lower-case given names one of which is a familiar form (listed in `hypocorisms` or
    `given_name_forms`) of the other: the listed full name ("edie"/"edith"), or the start of a longer
    name ("dan"/"dannel", "jerry"/"jerrold")."""
    if a == b:
        return False
    for short, full in ((a, b), (b, a)):
        if not _familiar(short):
            continue
        if same_given(short, full) or any(len(stem) >= SHORT_FORM_FROM and len(full) > len(stem)
                                          and full.startswith(stem) for stem in _stems(short)):
            return True
    return False


DIMINUTIVE_RE = re.compile(r"(?<=[a-z]{3})(?:ie|y)$")


def _stems(short: str) -> set[str]:
    """What a familiar form may begin a full name with: itself ("dan" of "dannel"), and without its
    diminutive ending, a doubled last letter written once ("jerry": "jerr" of "jerrold"; "freddie":
    "fred" of "frederick")."""
    out = {short}
    if (bare := DIMINUTIVE_RE.sub("", short)) != short:
        out |= {bare, re.sub(r"([a-z])\1$", r"\1", bare)}
    return out


def spelt_alike(a: str, b: str) -> bool:
    """Two lower-case given names that are one English name written two ways (`data/given_name_spellings`:
    "lindsey" / "lindsay")."""
    return a != b and (one := _spelling_of().get(a)) is not None and one == _spelling_of().get(b)


@cache
def _spelling_of() -> dict[str, str]:
    """Each spelling listed in `given_name_spellings`, to the first spelling of its line."""
    return {w: first for first, rest in pairs("given_name_spellings").items() for w in (first, *rest.split())}


def _familiar(word: str) -> bool:
    return len(full_forms(word)) > 1


class _Form(Protocol):
    words: tuple[str, ...]
    initials: tuple[str, ...]
    written: tuple[str, ...]


def shortened_alike(a: _Form, b: _Form) -> bool:
    """Two full names alike but for a given name one of which is a familiar form of the other ("Dan
    Ruiz" / "Dannel Ruiz") or another spelling of it ("Lindsey Ruiz" / "Lindsay Ruiz"), the shorter name
    perhaps leaving out a middle name the other states ("Dan Ruiz" / "Dannel Vidal Ruiz"); initials must not
    disagree."""
    if len(a.words) > len(b.words):
        a, b = b, a
    if len(a.words) < 2 or a.words[-1] != b.words[-1] or (a.words[1:] != b.words[1:] and (
            len(a.words) == len(b.words) or not set(a.words[1:]) <= set(b.words[1:]))):
        return False
    if a.initials and b.initials and a.initials != b.initials:
        return False
    return short_for(a.written[0], b.written[0]) or spelt_alike(a.written[0], b.written[0])


CLIPPED_FROM, CLIPPED_BY = 4, 3  # "Zbig" of "Zbigniew"; "Alexandr" / "Alexandra" are two names, not one clipped


def clipped_alike(a: _Form, b: _Form) -> bool:
    """Two full names alike but for a given name that is the other's clipped ("Zbig Ruiz" / "Zbigniew Ruiz"):
    the start of it, four letters or more, three or more letters short of it, and no given name the census or
    the familiar forms list (those say which names they stand for: `shortened_alike`); initials must not
    disagree."""
    if len(a.written) < 2 or len(a.written) != len(b.written) or a.words[1:] != b.words[1:]:
        return False
    if a.initials and b.initials and a.initials != b.initials:
        return False
    short, full = sorted((a.written[0], b.written[0]), key=len)
    return (len(short) >= CLIPPED_FROM and len(full) - len(short) >= CLIPPED_BY and full.startswith(short)
            and short.isalpha() and short not in given_names() and not _familiar(short))


class _Appearance(Protocol):
    briefing: str
    entity: Entity


A = TypeVar("A", bound=_Appearance)


def unsuffixed(groups: dict[str, list[A]], form: Callable[[str], _Form],
               contained: Callable[[_Form, _Form], bool], roles_fit: Callable[[list[A], list[A]], bool],
               roles_shared: Callable[[list[A], list[A]], bool] | None = None,
               ) -> dict[str, list[A]]:
    """Group keys that end in a generational suffix ("tomas r ruiz jr") joined to the key without it
    ("tomas r ruiz"), where the others are found (`contained`: "tomas ruiz", "ruiz" fall under it):
    one name written with and without its suffix. Kept apart when a briefing of the suffixed name names
    someone else by the name without it (father and son), when only a bare surname leaves it out, or when
    the roles do not fit. With roles_shared, a full name alike but for a given name's other spelling or
    familiar form ("Jon Ruiz" / "John Ruiz Jr.", see `shortened_alike`) is found too, when the roles share
    a word ("ambassador"), as that spelling needs without a suffix, or when the corpus writes no other given
    name before that surname (then roles that fit are enough)."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in groups:
        if (f := form(k)).words:
            by_last[f.words[-1]].append(k)
    out: dict[str, list[A]] = {k: list(v) for k, v in groups.items()}
    for k, apps in groups.items():
        toks = k.split()
        if len(toks) < 3 or not is_generation(toks[-1]) or any(c in k for c in "|~"):  # (keys kept apart)
            continue
        plain = " ".join(toks[:-1])
        pf = form(plain)
        if len(pf.words) < 2:
            continue
        alike = [r for r in by_last[pf.words[-1]] if r != k and len(form(r).words) > 1
                 and (contained(form(r), pf) or shortened_alike(form(r), pf))]
        # the corpus writes no other given name before that surname: "Jon Ruiz" is the one man "John Ruiz Jr."
        # may be, and roles that fit are enough
        sole = len({r for r in by_last[pf.words[-1]] if r != k and len(form(r).words) > 1} - set(alike)) == 0
        rivals = [r for r in by_last[pf.words[-1]] if r != k and (contained(form(r), pf) or (
            roles_shared is not None and shortened_alike(form(r), pf) and (sole or roles_shared(groups[r], apps))))]
        theirs = [ap for r in rivals for ap in groups[r]]
        briefings = {ap.briefing for ap in apps}
        # a full name leaves the suffix out (not a bare "Ruiz" alone, which may be anyone's)
        if not any(len(form(r).words) > 1 for r in rivals) or any(ap.briefing in briefings for ap in theirs) or not roles_fit(apps, theirs):
            continue
        # "John Ruiz Jr." / "Jon Ruiz" alone: the page of the name the corpus writes ("john ruiz" is no key)
        into = rivals[0] if len(rivals) == 1 and not contained(form(rivals[0]), pf) and rivals[0] in out else plain
        out.setdefault(into, []).extend(out.pop(k))
    return out


def briefing_owner(entity: Entity, people: Sequence[Entity]) -> Entity | None:
    """The one other person of a briefing a bare given name is: the one whose aliases the briefing
    calls by that word, else the one full name it is the given name of ("Tomas" beside "Tomas Ruiz" and
    no other Tomas); none when two may be, or when the bare name's roles say it is someone's relative."""
    word = tokens(entity.name)
    if len(word) != 1 or not first_name_only(word[0]) or _kin_role(entity):
        return None
    called = [p for p in people if p.id != entity.id and len(tokens(p.name)) > 1
              and any(tokens(al) == word for al in p.aliases)]
    if called:
        return called[0] if len(called) == 1 else None
    bearers = [p for p in people if p.id != entity.id and len(t := tokens(p.name)) > 1
               and not is_generation(t[-1]) and t[0] == word[0]]
    return bearers[0] if len(bearers) == 1 and not entity.roles else None


INDEFINITE_RE = re.compile(r"(?i)an?\s")  # "a party loyalist": a kind of person, no post


def described(apps: Sequence[_Appearance]) -> bool:
    """Every role the appearances state is a description with an indefinite article ("a party loyalist"):
    it says what kind of person, not which post, so it neither confirms nor refutes one (see
    `identity.merge_people`)."""
    roles = [r for ap in apps for r in ap.entity.roles]
    return bool(roles) and all(INDEFINITE_RE.match(r) for r in roles)


def _kin_role(entity: Entity) -> bool:
    return any(set(tokens(r)) & words("kin_nouns") for r in entity.roles)


# "Tomas and Ana Ruiz": two given names before one surname
SHARED_AFTER_RE = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z]+)\s+([A-Z][\w'’-]*[a-z])\b")


def coordinated_surname(entity: Entity, text: str, people: Sequence[Entity]) -> str:
    """The surname a bare given name shares with the name after "and" ("Tomas and Ana Ruiz" -> "Ruiz"),
    when that full name is another person of the briefing and both words before it are given names; ""
    if none, or when the bare name is said with a monarch's or royal title ("Prince Tomas and Ana Ruiz": a
    prince bears no surname of hers)."""
    word = tokens(entity.name)
    if len(word) != 1 or not first_name_only(word[0]) or any(set(tokens(r)) & words("regnal_titles")
                                                               for r in entity.roles):
        return ""
    full = {tuple(tokens(p.name)) for p in people if p.id != entity.id}
    for _s, e in entity.mentions:
        m = SHARED_AFTER_RE.match(text, e)
        if m and first_name_only(m.group(1).lower()) and not is_generation(m.group(2)):
            pair = tuple(tokens(f"{m.group(1)} {m.group(2)}"))
            if pair in full:
                return pair[-1]
    return ""


def owner_key(entity: Entity, people: Sequence[Entity], text: str) -> str:
    """The name (as its words) a bare given name stands for in its briefing: its one owner's (see
    `briefing_owner`), or the given name and the surname it shares ("Tomas and Ana Ruiz" -> "tomas
    ruiz"); for a bare word of a double surname, the full name it begins (see `double_surname_owner`);
    "" if none."""
    if (owner := briefing_owner(entity, people) or double_surname_owner(entity, people)) is not None:
        return " ".join(tokens(owner.name))
    if surname := coordinated_surname(entity, text, people):
        return " ".join(tokens(entity.name) + [surname])
    return ""


DOUBLE_SURNAME_FROM = 3  # a word inside a name of three words or more ("Ana Vidal Ruiz"), neither first nor last


def double_surname_owner(entity: Entity, people: Sequence[Entity]) -> Entity | None:
    """The one other person of a briefing whose full name has a bare word inside it, where that word is no
    given name the census lists: the first of a double surname ("Ms. Vidal" for "Ana Vidal Ruiz"). None
    when the word is someone else's surname too, or inside two names."""
    word = tokens(entity.name)
    if len(word) != 1 or len(word[0]) < SHORT_FORM_FROM or word[0] in given_names() \
            or word[0] in words("name_particles"):
        return None
    inside = [p for p in people if p.id != entity.id and len(t := tokens(p.name)) >= DOUBLE_SURNAME_FROM
              and word[0] in t[1:-1] and not is_generation(t[-1])]
    if len(inside) != 1 or any(tokens(p.name)[-1] == word[0] for p in people if p.id != entity.id):
        return None
    return inside[0]


STORY_FROM = 2  # surnames two briefings both name: one story, where a bare given name is one person


def one_story(groups: dict[str, list[A]], surnames: dict[str, frozenset[str]], apart: str,
              fit: Callable[[list[A], list[A]], bool]) -> dict[str, list[A]]:
    """Bare given names kept to their briefings ("tomas|slug", `apart` the separator) joined across
    briefings that tell one story: the briefings name two surnames or more in common (`surnames`: the
    last words of each briefing's full names), and the roles fit (`fit`: compatible roles, no clash, no
    other sex). "Misha", the friend of the Quorrin brothers, in two briefings about them, is one man; a
    name said to be someone's relative ("his brother Tomas") stays in its briefing."""
    by_word: dict[str, list[str]] = defaultdict(list)
    for k, apps in groups.items():
        if apart in k and not any(_kin_role(ap.entity) for ap in apps):
            by_word[k.split(apart)[0]].append(k)
    out = dict(groups)
    for keys in by_word.values():
        home: dict[str, str] = {k: k for k in keys}  # each key's group, by its first key

        def root(k: str, home=home) -> str:
            while home[k] != k:
                k = home[k]
            return k
        for n, a in enumerate(keys):
            for b in keys[n + 1:]:
                ra, rb = root(a), root(b)
                told = set().union(*(surnames.get(ap.briefing, frozenset()) for ap in out[ra]))
                if ra != rb and len(told & set().union(*(surnames.get(ap.briefing, frozenset())
                                                          for ap in out[rb]))) >= STORY_FROM \
                        and fit(out[ra], out[rb]):
                    out[ra] = out[ra] + out.pop(rb)
                    home[rb] = ra
    return out


def reversed_names(groups: dict[str, list[A]], roles_shared: Callable[[list[A], list[A]], bool]) -> dict[str, list[A]]:
    """Two-word keys written the other way round ("ruiz tomas" / "tomas ruiz") joined under the form more
    briefings write, when the roles share a word: one name reversed in one text. As many briefings each
    way, or no shared role ("Lee Thomas" / "Thomas Lee" may be two people): both kept, listed as possible
    duplicates (see `nearnames`)."""
    out = dict(groups)
    for k in groups:
        t = k.split(" ")
        if len(t) != 2 or t[0] == t[1] or APART in k or NAMESAKE in k or k not in out:
            continue
        usual = f"{t[1]} {t[0]}"
        if usual in out and _briefings(out[k]) < _briefings(out[usual]) and roles_shared(out[usual], out[k]):
            out[usual] = out[usual] + out.pop(k)
    return out


def _briefings(apps: Sequence[_Appearance]) -> int:
    return len({ap.briefing for ap in apps})
