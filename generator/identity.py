"""Who is who across briefings: name forms of one person joined, ambiguous ones listed as possible duplicates.

"Andrew M. Cuomo" and "Andrew Cuomo", "Bashar al-Assad" and "Bashar Assad", "Morsi" and "Morsy", "Hillary Rodham Clinton"
and "Hillary Clinton" are forms of one name; a bare "Trump" joins "Donald Trump" when the corpus has one
Trump whose roles fit. "George W. Bush" and "George H.W. Bush" differ by their initials and stay apart,
and a bare "Bush" beside them is listed as a possible duplicate of both; so is a misspelt "Hunter Bdien"
beside "Hunter Biden" — never merged silently. Among several bearers of a surname, a bare one joins
the one its roles, its family ("Trump's son"), its honorific and pronouns, or its spelling (not a
transliteration) point to; a group that fits no one as a whole is placed briefing by briefing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from .nameforms import clipped_alike, full_given, shortened_alike
from .namesakesplit import APART, NAMESAKE, split_namesakes
from .nearnames import misspellings
from .nlp.names import GENERATION_SPELLINGS, is_generation, one_edit, tokens
from .nlp.personclusters import fathers_line
from .nlp.rules import pairs, words

T = TypeVar("T")
TRANSLITERATE_FROM = 5  # shorter words are left as written ("Ana" and "Anna", "Ryan" and "Rian" may be two people)
INITIALS_RE = re.compile(r"^[a-z](?:\.[a-z]){0,2}\.?$")
# "HR McMaster", "JD Ruiz": two or three letters and no vowel before a surname are initials written without dots
BARE_INITIALS_RE = re.compile(r"^[b-df-hj-np-tv-xz]{2,3}$")


@dataclass(frozen=True)
class NameForm:
    """A name as words that identify (initials and particles left out) and the initials it states."""

    words: tuple[str, ...]
    initials: tuple[str, ...]
    written: tuple[str, ...] = field(default=(), compare=False)  # the words before transliteration
    # the given name as written, before its short form is read as the full one ("steve" for "steven")
    given: str = field(default="", compare=False)
    # the last word follows "son of" ("Mohammed bin Salman"): it is the father's name, not a surname
    patronymic: bool = field(default=False, compare=False)




def apart_key(name_key: str, briefing: str) -> str:
    """The group key of a bare first name ("Tom", "Monica"): one per briefing, since two briefings'
    "Tom" are rarely one man (a bare name joins only a full name with its last word, never "Tom Vidal")."""
    return f"{name_key}{APART}{briefing}"


@lru_cache(maxsize=100_000)  # a name's form is asked for several times per build, and again by each rebuild
def name_form(name: str) -> NameForm:
    """ "Donald J. Trump" -> (donald, trump) + (j); "Bashar al-Assad" -> (bashar, assad); "bin Laden" -> (laden)."""
    toks = tokens(base_key(name))
    kept, initials, written = [], [], []
    given = ""
    for i, w in enumerate(toks):
        last = i == len(toks) - 1
        if not last and (INITIALS_RE.match(w) or BARE_INITIALS_RE.match(w)) and len(toks) > 1:
            initials.extend(c for c in w if c.isalpha())
        elif not last and w in words("name_particles"):
            continue
        else:
            word = GENERATION_SPELLINGS.get(w, transliterated(w)) if last else transliterated(w)
            if not kept and not last:  # "Steve Mnuchin" / "Steven Mnuchin": a given name's short form
                given = word
                word = full_given(w, transliterated)
            kept.append(word)
            written.append(w)
    patronymic = len(toks) > 1 and toks[-2] in words("patronymics")
    return NameForm(tuple(kept), tuple(initials), tuple(written), given, patronymic)


def base_key(name_key: str) -> str:
    """A group key without what keeps it apart ("tom|slug" -> "tom", "ana ruiz~2" -> "ana ruiz")."""
    return name_key.split(APART)[0].split(NAMESAKE)[0]


def transliterated(word: str) -> str:
    """One spelling for a name's transliterations: "Morsy" = "Morsi", "Qassem" = "Qasem", "Mohammed" =
    "Mohamed", "Shariah" = "Sharia"; and the spellings of one name whose vowels differ, listed as data
    ("Muhammad" = "Mohamed"). Short words are left alone ("Ana" and "Anna" may be two people)."""
    if len(word) < TRANSLITERATE_FROM:
        return word
    w = word.replace("ou", "u")
    w = re.sub(r"(?<=[aeiou])h$", "", w)
    w = re.sub(r"y$", "i", w)
    w = re.sub(r"([a-z])\1", r"\1", w)
    return pairs("transliterations").get(w, w)


@dataclass
class _Cluster:
    form: NameForm
    keys: list[str] = field(default_factory=list)


GIVEN_DOMINANT = 2  # ... and twice as often as the people whose given name that surname is
DOMINANT = 5  # a full name this many times as often as the others that carry a surname is its usual bearer


def merge_people(groups: dict[str, list[T]], roles_fit: Callable[[list[T], list[T]], bool],
                 roles_shared: Callable[[list[T], list[T]], bool] | None = None,
                 clash: Callable[[list[T], list[T]], bool] | None = None,
                 called: Callable[[list[T]], set[str]] | None = None,
                 unlike: Callable[[list[T], list[T]], bool] | None = None,
                 may_be: Callable[[list[T], NameForm], bool] | None = None,
                 kin: Callable[[list[T]], set[str]] | None = None,
                 surname_said: Callable[[list[T]], bool] | None = None,
                 described: Callable[[list[T]], bool] | None = None,
                 context: Callable[[list[list[T]], list[T]], int | None] | None = None,
                 ) -> tuple[dict[str, list[T]], dict[str, list[str]]]:
    """Person groups (exact key -> items) joined into one per person, longest name first; and for each
    kept key, the keys of the other groups it may be the same person as.

    A group joins the one group whose words contain its words (same last word): a middle name or
    initial the other states is no conflict, different initials are ("George W." / "George H.W.").
    A name whose first word is not the other's ("Trump" for "Donald Trump", "Steve" for "Steven") must
    also have roles that fit. Two candidates or more: it joins the one whose stated roles share a word
    with its own ("Biden, the former vice president"), or the one named five times as often as all the
    others together ("Biden" beside "Joe Biden" in many briefings and "Hunter Biden" in few); otherwise
    it stays apart. Either way the other candidates are listed as possible duplicates.

    clash (two item lists that cannot be one person: see `generator.personmarks`) splits the bearers
    of one full name into namesakes and keeps any join apart. called (the bare words a group's
    briefings call the person by) lets a bare word join a name it starts ("Kim" for "Kim Jong Un");
    a bare word that starts other full names ("Mohammed" of "Mohammed Ali") may be their given name,
    so it joins a surname's bearer only when their roles agree or that one is named twice as often as
    those. unlike (two item lists probably not one person: another sex) tells several candidates apart
    when it leaves one, and never keeps a name from its only candidate. may_be (a one-word name's items
    and a full name) says whether their briefings let them be that full name's bearer at all (a given
    name written before it that is another, no sign of a person: `generator.personshape`); items that
    may not be some candidate are placed one by one, and stay on a page of the bare name if none fits.
    Full names spelt from another alphabet in two ways are joined first (see `generator.respellings`).
    kin (a one-word name's items -> the surnames, as name-form words, that each of their briefings gives
    someone else) lets a bare given name join the one full name it starts with such a surname ("his son
    Tomas" in a briefing naming "Ana Ruiz", beside "Tomas Ruiz" elsewhere); a given name with a suffix
    ("Tomas Jr") that may be several suffixed men is the one whose surname its briefings give others. A particle glued to a surname
    ("ElVidal", "Elvidal") is the particle written apart when another name writes it so ("El-Vidal").
    surname_said (a one-word name's items -> whether each briefing writes it after an honorific, "Mr. Ruiz")
    says the word is a surname there: the people whose given name it is are then no candidates.
    described (items -> whether every role they state is a description, "a party loyalist", not a post) lets
    a listed short given name ("Matt Ruiz") join the full one ("Matthew G. Ruiz") whose roles it does not
    share, when the corpus writes no other given name before that surname.
    context (candidates' items, a one-word name's items -> the index of the one its briefings' other names
    point to, or None: `generator.contextnames`) settles a surname several bear that nothing tells apart.
    """
    from .respellings import respelt  # (it reads this module's name forms)

    # "Arseniy Yatsenyuk" / "Arseny Yatseniuk"; "Abed Rabbo" / "Abdrabbuh" said of one post
    groups = respelt(unglued(_bare_spellings(groups)), roles_fit, clash, roles_shared)
    groups, apart = split_namesakes(groups, clash) if clash else (groups, [])
    order = sorted(groups, key=lambda k: (-len(name_form(k).words), -len(name_form(k).initials), k))
    # the given names (read in full) the corpus writes before each surname: "Matt Ruiz", "a party loyalist",
    # is the one Matthew Ruiz of a corpus that names no other Ruiz in full (see described)
    bearers: dict[str, set[str]] = defaultdict(set)
    for k in groups:
        if APART not in k and len(f := name_form(k).words) > 1:
            bearers[f[-1]].add(f[0])
    clusters: list[_Cluster] = []
    items: dict[int, list[T]] = {}
    maybe: dict[int, set[int]] = defaultdict(set)
    # a name is only ever contained in one with the same last word: look among those, not all clusters
    by_last: dict[str, list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)  # full names by their first word
    for k in order:
        form = name_form(k)
        if not form.words:
            continue
        cands = [i for i in by_last[form.words[-1]] if contained(form, clusters[i].form)
                 and not fathers_line(base_key(k).split(), base_key(clusters[i].keys[0]).split())  # (his son's name)
                 and APART not in clusters[i].keys[0] and (APART not in k or len(clusters[i].form.words) > 1)
                 and not (NAMESAKE in k + clusters[i].keys[0] and base_key(k) == base_key(clusters[i].keys[0]))]
        if roles_shared is not None:  # "Dan Ruiz" / "Dannel Ruiz" said of one post (see `nameforms`)
            cands += [i for i in by_last[form.words[-1]] if i not in cands
                      and shortened_alike(form, clusters[i].form) and roles_shared(items[i], groups[k])]
        cands += [i for i in by_last[form.words[-1]] if i not in cands and clipped_alike(form, clusters[i].form)]
        starts = [i for i in by_first[form.words[0]] if len(form.words) == 1 and APART not in k
                  and clusters[i].form.words[-1] != form.words[0]]
        if called is not None:  # "Kim" where the briefings of "Kim Jong Un" call him "Kim"
            cands += [i for i in starts if form.words[0] in called(items[i])]
        kin_of: set[int] = set()  # full names a bare given name may be by its briefing's surnames alone
        if kin is not None and len(form.words) == 1:  # "his son Tomas" in a briefing naming "Ana Ruiz"
            named = set().union(*(kin([it]) for it in groups[k]))
            kin_of = {i for i in by_first[form.words[0]] if i not in cands and clusters[i].form.words[-1] in named
                      and len(clusters[i].form.words) > 1}
            cands += sorted(kin_of)
        given = [i for i in starts if i not in cands]

        def allowed(group: list[T], i: int, form=form) -> bool:
            """A one-word name's items may be the bearer of a full name (see may_be)."""
            return (may_be is None or len(form.words) > 1 or len(clusters[i].form.words) < 2
                    or may_be(group, clusters[i].form))
        # "Ruiz Jr." names the son alone: a surname with his suffix needs no roles to join "Tomas Ruiz Jr."
        junior = len(form.words) >= 2 and is_generation(form.words[-1])

        def place(group: list[T], form=form, cands=cands, given=given, junior=junior, kin_of=kin_of) -> list[int]:
            """The candidates the group may be: one, or several (ambiguous), or none."""
            if surname_said is not None and surname_said(group):  # "Mr. Ruiz": not the given name of "Ruiz Vidal"
                given = []
            fit = [i for i in cands if not (clash and clash(items[i], group)) and allowed(group, i) and (
                (form.words[0] == clusters[i].form.words[0] and (form.given == clusters[i].form.given or (
                    len(bearers[form.words[-1]]) == 1 and described is not None
                    and (described(group) or described(items[i]))))) or junior
                or roles_fit(items[i], group))
                # (each of its briefings names someone of that surname, and the roles fit)
                and (i not in kin_of or (kin is not None and clusters[i].form.words[-1] in _common(group, kin)
                                         and roles_fit(items[i], group)))]
            if len(fit) > 1 and junior and len(form.words) == 2 and kin is not None:  # "Tomas Jr": his father's family
                fit = [i for i in fit if clusters[i].form.words[-2] in _common(group, kin)] or fit
            if len(fit) > 1 and unlike is not None:  # "Ms. Ruiz" beside "Ana Ruiz ... she" and "Tomas Ruiz ... he"
                fit = [i for i in fit if not unlike(items[i], group)] or fit
            if len(fit) > 1 or (fit and given):
                fit = _one_of(fit, items, group, roles_shared, given)
            if len(fit) > 1 and not given:
                fit = _spelt_alike(form, fit, clusters)
            if len(fit) > 1 and not given and context is not None and len(form.words) == 1:  # "Mr Vorlen" at Tarsk
                fit = [fit[c]] if (c := context([items[i] for i in fit], group)) is not None else fit
            return fit

        def join(i: int, group: list[T], k=k, cands=cands) -> None:
            if k not in clusters[i].keys:
                clusters[i].keys.append(k)
            items[i].extend(group)
            for j in cands:  # the others it might have been
                if j != i:
                    maybe[i].add(j)
                    maybe[j].add(i)

        # a bare word's items that may not be some candidate (another given name written before it, no
        # sign of a person) are placed one by one, after the others
        free, held = list(groups[k]), []
        if may_be is not None and len(form.words) == 1 and cands:
            free, held = [], []
            for it in groups[k]:
                (free if all(allowed([it], i) for i in cands) else held).append(it)
        rest = []
        if free:
            fit = place(free)
            if len(fit) == 1:
                join(fit[0], free)
            else:
                # the group as a whole is no one person's: each briefing's "Ruiz" may still be ("Ms. Ruiz"
                # here is the one woman of that name, "his wife, Ruiz" there someone else); the rest keep the page
                rest = list(free)
                if len(rest) > 1:
                    rest = []
                    for it in free:
                        one = place([it])
                        if len(one) == 1:
                            join(one[0], [it])
                        else:
                            rest.append(it)
        for it in held:
            one = place([it])
            if len(one) == 1:
                join(one[0], [it])
            else:
                rest.append(it)
        if not rest:
            continue
        if held:  # in the order given, whichever way they were placed
            order_of = {id(it): n for n, it in enumerate(groups[k])}
            rest.sort(key=lambda it: order_of[id(it)])
        # a one-word name borne by several people ("Hussein": Saddam here, the king there) that fits no
        # one: its briefings are one person only where their roles say so, the rest are shown side by side
        parts = (_said_alike(rest, roles_shared) if len(form.words) == 1 and (cands or given) and roles_shared
                 else [rest])
        first = len(clusters)
        for n, part in enumerate(parts):
            clusters.append(_Cluster(form, [k if n == 0 else f"{k}{NAMESAKE}{n + 1}"]))
            by_last[form.words[-1]].append(len(clusters) - 1)
            if len(form.words) > 1:  # (by the given name as written: "Ben Ruiz" is not a bare "Benjamin")
                by_first[form.given or form.words[0]].append(len(clusters) - 1)
            items[len(clusters) - 1] = part
            for i in [*cands, *range(first, len(clusters) - 1)]:  # ambiguous, or roles that do not fit: shown
                maybe[len(clusters) - 1].add(i)
                maybe[i].add(len(clusters) - 1)
    for i, j in misspellings([c.form for c in clusters]):
        maybe[i].add(j)
        maybe[j].add(i)
    home = {k: i for i, c in enumerate(clusters) for k in c.keys}
    for a, b in apart:  # namesakes told apart by their roles: each page names the other
        if a in home and b in home and home[a] != home[b]:
            maybe[home[a]].add(home[b])
            maybe[home[b]].add(home[a])
    merged = {c.keys[0]: items[i] for i, c in enumerate(clusters)}
    dupes = {clusters[i].keys[0]: sorted(clusters[j].keys[0] for j in js) for i, js in maybe.items() if js}
    return merged, dupes


def _bare_spellings(groups: dict[str, list[T]]) -> dict[str, list[T]]:
    """One-word keys that are one word's spellings ("mohammed", "muhammad": one `name_form`) gathered under the
    spelling of the largest group, as one spelling's briefings are: a bare word is then placed, or kept apart,
    once for all its spellings."""
    by_form: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in groups:
        if APART not in k and NAMESAKE not in k and " " not in k and (f := name_form(k).words):
            by_form[f].append(k)
    out = dict(groups)
    for keys in by_form.values():
        if len(keys) > 1:
            keys.sort(key=lambda k: (-len(groups[k]), k))
            out[keys[0]] = [it for k in keys for it in groups[k]]
            for k in keys[1:]:
                del out[k]
    return out


def _common(group: list[T], kin: Callable[[list[T]], set[str]]) -> set[str]:
    """The surnames every item's briefing gives someone else (see `merge_people`'s kin)."""
    return set.intersection(*(kin([it]) for it in group)) if group else set()


def unglued(groups: dict[str, list[T]]) -> dict[str, list[T]]:
    """Group keys whose last word is a particle glued to a surname ("ana elvidal") written with the particle
    apart ("ana el vidal") when another key writes that particle and surname apart: one name's forms."""
    apart: dict[str, set[str]] = defaultdict(set)  # particle -> the surnames written apart after it
    for k in groups:
        if APART not in k and len(t := tokens(base_key(k))) >= 2 and t[-2] in words("name_particles") and len(t[-1]) >= 4:
            apart[t[-2]].add(t[-1])
    if not apart:
        return groups
    out: dict[str, list[T]] = {}
    for k, its in groups.items():
        t = k.split(" ")
        if APART not in k and NAMESAKE not in k:
            # (a glued form misspelt, "Elvidla", is written apart too: then shown as a misspelling of "El Vidal")
            p = next((p for p in apart if t[-1].startswith(p) and len(t[-1]) - len(p) >= 4 and any(
                r[0] == t[-1][len(p)] and (r == t[-1][len(p):] or one_edit(r, t[-1][len(p):])) for r in apart[p])), "")
            if p:
                k = " ".join([*t[:-1], p, t[-1][len(p):]])
        out.setdefault(k, []).extend(its)
    return out


def _one_of(fit: list[int], items: dict[int, list[T]], group: list[T],
            roles_shared: Callable[[list[T], list[T]], bool] | None, given: Sequence[int] = ()) -> list[int]:
    """Of several people a name may be, the one whose roles say so, or the one named far more often
    (than the others, and than the people whose given name the word may be)."""
    if roles_shared is not None:
        said = [i for i in fit if roles_shared(items[i], group)]
        if len(said) == 1:
            return said
    best = max(fit, key=lambda i: len(items[i]))
    others = sum(len(items[i]) for i in fit if i != best)
    # a bare word that may be other people's given name ("Ryan" beside "Ryan Zinke") is the surname's
    # bearer when that one is named twice as often as those
    if given and len(items[best]) < GIVEN_DOMINANT * sum(len(items[i]) for i in given):
        return [i for i in fit if len(fit) > 1]
    return [best] if len(fit) == 1 or len(items[best]) >= DOMINANT * max(others, 1) else fit


def _said_alike(group: list[T], roles_shared: Callable[[list[T], list[T]], bool]) -> list[list[T]]:
    """A one-word name's items in people: items whose roles say they are one (a shared post, one family)
    join; an item whose roles share nothing with any is another person. The items that say nothing of
    themselves (no role) stay together, beside those people: one page of the bare name, not one page
    per briefing, and not joined to a person their words never describe."""
    people: list[list[T]] = []
    silent: list[T] = []
    for it in group:
        if not roles_shared([it], [it]):  # no role word of its own to share
            silent.append(it)
            continue
        home = next((p for p in people if roles_shared(p, [it])), None)
        if home is None:
            people.append([it])
        else:
            home.append(it)
    if len(people) <= 1:  # one person or none the roles tell apart: the bare name is one page, as before
        return [[it for it in group]]
    return [*people, silent] if silent else people


def _spelt_alike(form: NameForm, fit: list[int], clusters: Sequence[_Cluster]) -> list[int]:
    """Of several people a name may be, the one who writes the surname as it does, when only the others'
    spellings are transliterations of it ("Ghani" is "Ashraf Ghani" rather than "Esmail Ghaani")."""
    same = [i for i in fit if clusters[i].form.written[-1:] == form.written[-1:]]
    return same if len(same) == 1 else fit


def contained(short: NameForm, long_: NameForm) -> bool:
    """ "trump" in "donald trump", "hillary clinton" in "hillary rodham clinton"; initials must not disagree.

    Words count as often as they are said: "Yusuf Yusuf" is a full name of its own, not in "Omar Yusuf"."""
    if short.words[-1] != long_.words[-1] or not Counter(short.words) <= Counter(long_.words):
        return False
    # "Salman" alone is not "Mohammed bin Salman" (often the father, "King Salman"); "bin Salman" may be
    if long_.patronymic and not short.patronymic and len(short.words) == 1:
        return False
    if short.words == long_.words:
        return not short.initials or not long_.initials or short.initials == long_.initials
    # "Clinton" with "H." is not "Bill Clinton": initials the shorter form states must be in the longer one
    return not short.initials or set(short.initials) <= set(long_.initials) | {w[0] for w in long_.words}
