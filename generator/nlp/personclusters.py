"""Person mentions in one document grouped into people: full names first, then bare names."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher

from .aliasnames import alias_people, join_aliases
from .barenames import (
    bare_gender,
    cluster_gender,
    family_before_given,
    family_name_first,
    family_titled,
    given_name_home,
    guessed_gender,
    introduced_as_kin,
    latest_before,
    middle_given,
    named_in_couple,
    nearest,
    own_name,
    patronym,
    quote_start,
    relative_of,
    surname_of,
    tagged,
    told_apart,
)
from .entities import Cluster
from .epithets import without_epithets
from .kinnames import kin_by_given
from .mentions import Mention
from .mentionsplits import family_groups, plural_names, split_lists, split_tickets
from .names import is_generation, key, tokens
from .namesakes import namesake_places
from .namevariants import full_forms, given_word, is_slip, lone_slip, near_spelling, same_given
from .nicknames import join_nicknames
from .personhood import first_name_only, given_names, likely_gender
from .quotechains import last_speaker
from .rules import words

__all__ = ["cluster_people", "join_nicknames", "namesake_places", "renamed_people", "split_tickets"]


def cluster_people(mentions: list[Mention], text: str = "") -> list[Cluster]:
    """Full names first, then bare names joined to the one compatible full name (or the nearest).

    Spelling variants of one name in a text ("Kristin"/"Kristen Wilkins", "Maurer"/"Mauer")
    join when nothing else fits; two people who share a surname ("Bill"/"Hillary Clinton")
    stay apart. text (the document's text, offsets as the mentions') lets the words around a
    bare name speak: a title before it, a quotation around it, a party tag after it.
    """
    mentions = split_lists(split_tickets(plural_names(family_groups(without_epithets(mentions, text), text), text), text))
    written = Counter(m.text for m in mentions)  # how often each form is written: a slip is written once

    def one_written_once(m: Mention, c: Cluster) -> bool:
        """Whether the mention's form, or one of the cluster's forms, is written once (a slip may be)."""
        return written[m.text] == 1 or min(written[x.text] for x in c.mentions) == 1

    clusters: list[Cluster] = []
    singles = []
    # Each cluster's longest name is kept as mentions join (Cluster.longest re-reads every mention),
    # and clusters are indexed by what a match needs (the same last word, the same word count and
    # initials, a shared word): a name looks at the few clusters it could join, in creation order,
    # not at every cluster of a long document.
    longest: dict[int, list[str]] = {}
    rank: dict[int, int] = {}
    by_last: dict[str, list[Cluster]] = defaultdict(list)
    by_shape: dict[tuple, list[Cluster]] = defaultdict(list)
    by_own: dict[tuple, list[Cluster]] = defaultdict(list)  # by the own name before a "bin" (see own_name)

    def shape(toks: list[str]) -> tuple:
        return len(toks), tuple(w[:1] for w in toks)

    def join(c: Cluster, m: Mention) -> None:
        c.mentions.append(m)
        toks, cur = tokens(m.text), longest.get(id(c))
        if cur is None or len(toks) > len(cur):  # the first of the longest forms, as Cluster.longest
            if cur:
                for lst in (by_last[cur[-1]], by_shape[shape(cur)]):
                    del lst[next(i for i, x in enumerate(lst) if x is c)]
            longest[id(c)] = toks
            if toks:
                by_last[toks[-1]].append(c)
                by_shape[shape(toks)].append(c)
                by_own[tuple(own_name(toks))].append(c)

    def new_cluster() -> Cluster:
        c = Cluster("person")
        rank[id(c)] = len(clusters)
        clusters.append(c)
        return c

    def first(cands, test) -> Cluster | None:
        return min((c for c in cands if test(c)), key=lambda c: rank[id(c)], default=None)

    for m in sorted(mentions, key=lambda m: (-len(tokens(m.text)), m.start)):
        toks = tokens(m.text)
        if len(toks) < 2:
            singles.append(m)
            continue
        home = first(by_last.get(toks[-1], ()), lambda c, toks=toks, m=m: _compatible(
            toks, longest[id(c)], slip=one_written_once(m, c)))
        if home is None:
            home = first(by_shape.get(shape(toks), ()), lambda c, toks=toks: _variant(toks, longest[id(c)]))
        if home is None:  # "Nidal Hassan" once beside "Nidal M. Hasan": the surname misspelt once
            home = first([c for w, cs in by_last.items() if near_spelling(toks[-1], w) for c in cs],
                         lambda c, toks=toks, m=m: one_written_once(m, c)
                         and _compatible([*toks[:-1], longest[id(c)][-1]], longest[id(c)]))
        if home is None:  # "Abdul Aziz" beside "Abdul Aziz bin Jassim Al-Thani": his own name, before his father's
            home = first(by_own.get(tuple(toks), ()), lambda c, toks=toks: own_name(longest[id(c)]) == toks)
        if home is None:
            home = new_cluster()
        join(home, m)
    # a bare name never changes a full name's longest form: these indexes hold through the loop below
    by_word: dict[str, list[Cluster]] = defaultdict(list)
    by_given: dict[str, list[Cluster]] = defaultdict(list)  # by each full given name a first word may stand for
    by_initial: dict[str, list[Cluster]] = defaultdict(list)  # a near spelling shares the first letter
    for c in clusters:
        if len(longest[id(c)]) > 1:
            for w in dict.fromkeys(longest[id(c)]):
                by_word[w].append(c)
            # "Jerome Ruiz" under "jerome", "Jerry Ruiz" under "jerome", "J. Christopher Ruiz" under "christopher"
            for f in full_forms(given_word(longest[id(c)])):
                by_given[f].append(c)
            by_initial[longest[id(c)][-1][:1]].append(c)
    # full names introduced as someone's relative ("his wife, Ana Ruiz"), read once, not per bare name
    # (and where each is introduced so: "Don Ruiz Jr." in a headline is not yet "the president's son")
    kin = {id(c): min(ends) for c in clusters
           if (ends := [x.end for x in c.mentions if x.clues.kin or introduced_as_kin(text, x)])}
    kin_by_given(kin, singles, clusters, longest, text)  # "his wife, Ana, … Ana Ruiz": she is the relative
    # each cluster's full-name mention ends, sorted: only bare names join below, so they stay fixed
    full_ends = {id(c): sorted(x.end for x in c.mentions if len(tokens(x.text)) > 1) for c in clusters}
    bare_by: dict[str, list[Cluster]] = defaultdict(list)
    alone = {w for m in singles for w in tokens(m.text)[:1]}  # the words the text uses as a name alone
    says = bare_gender(singles, text)
    # bare names after an honorific first: "Mr. Ruiz" may start a cluster the other bare "Ruiz" join
    for m in sorted(singles, key=lambda m: (not m.clues.gender, m.start)):
        t = tokens(m.text)[0] if tokens(m.text) else ""
        if ALSO_CALLED_RE.search(text, max(0, m.start - 20), m.start):
            c = new_cluster()  # "Engineer Ali lost his job. A builder, also called Ali, …": a namesake, someone else
            full_ends[id(c)] = []
            join(c, m)
            continue
        cands = [c for c in by_word.get(t, ()) if not patronym(longest[id(c)], t)
                 and not middle_given(longest[id(c)], t)]
        # "Jerry" beside "Jerome Ruiz": a familiar form of a full name's given name (or the full form of its
        # familiar one) is a given name of that person too (given_name_home decides)
        for f in full_forms(t):
            cands += [c for c in by_given.get(f, ()) if all(c is not x for x in cands)
                      and given_word(longest[id(c)]) != t and same_given(t, given_word(longest[id(c)]))]
        if m.clues.kin and first_name_only(t):
            # "Ruiz's son Carlos": a relative's first name, not the surname of "Ana Carlos"
            cands = [c for c in cands if longest[id(c)][0] == t]
        if family := relative_of(m, text):  # "Ruiz's son Tomas" is Tomas Ruiz, whoever else is Tomas
            cands = [c for c in cands if longest[id(c)][0] == t and longest[id(c)][-1] == family]
            join(cands[0] if cands else new_cluster(), m)
            continue
        last = [c for c in cands if surname_of(longest[id(c)]) == t or family_before_given(c, t)]
        # ("Fr Thabit" of "Paul Thabit Habib": a titled inner word of a three-word name too)
        inner = [c for c in cands if (len(longest[id(c)]) >= 4 or len(longest[id(c)]) == 3 and m.clues.role
                                      and not m.clues.guessed) and t in longest[id(c)][1:-1]]
        # "Wang Yi … Wang said", the text never calling anyone "Yi": the family name written first
        heads = [c for c in cands if longest[id(c)][0] == t and surname_of(longest[id(c)]) not in alone]
        if not last and len(inner) == len(cands) == 1:
            cands = inner  # "Luiz Inacio Lula da Silva … Lula said": a long name's inner word it is known by
        # (a first name as well, "Kim": not inside a quotation, where people are called by first names,
        # unless after a title, "Chairman Kim")
        elif not last and heads and len(heads) == len(cands) and (t not in given_names() or len(heads) == 1 and (
                quote_start(text, m.start) < 0 or family_titled(text, m))):
            # (several such people: only the one just named in full)
            cands = heads if len(heads) == 1 else family_name_first(heads, t, m, longest, full_ends)
        elif not last:  # a given name: see given_name_home
            cands = given_name_home(cands, t, m, text, longest, full_ends, clusters)
        elif ahead := family_name_first(cands, t, m, longest, full_ends):
            last = cands = ahead  # "Kim Jong Un … Kim said": the family name first, used alone
        else:
            cands = last
        if len(cands) > 1:  # "Mr Ruiz Jr said … Mr Ruiz's taxes": called by surname and suffix, the son is
            cands = [c for c in cands if not _suffixed(c)] or cands  # not the bare surname beside his father
        if len(cands) > 1:  # "Tomas Ruiz Jr." beside "Tomas Ruiz" (not introduced as his relative): "Ruiz" is the father
            cands = [c for c in cands if not _junior_of(longest[id(c)], [longest[id(d)] for d in cands
                                                                         if d is not c and id(d) not in kin])] or cands
        # "Mr. Ruiz" is not "Ana Ruiz" (nor "Mrs. Ruiz" "Carlos Ruiz"): an honorific's gender must fit
        if m.clues.gender and last:  # (not "Mr Li" for "Li Shangfu", whose first word is the surname)
            cands = [c for c in cands if cluster_gender(c, t) in ("", m.clues.gender)]
            # "Mrs. Ruiz" beside "Ana Ruiz" and "Mitt Ruiz" (a name the census does not know): the one whose
            # name says the honorific's gender
            cands = [c for c in cands if (cluster_gender(c, t) or _likely(longest[id(c)])) == m.clues.gender] or cands
            # "Mr Varlov" beside "Sergei Varlov" and "Yulia Varlov" (given names the census does not know): the
            # bearer whose name does not say the other gender ("Yulia", ending in "a", is most often a woman's)
            if len(cands) > 1:
                guess = {id(c): cluster_gender(c, t) or guessed_gender(longest[id(c)]) for c in cands}
                cands = ([c for c in cands if guess[id(c)] == m.clues.gender]
                         or [c for c in cands if guess[id(c)] in ("", m.clues.gender)] or cands)
        if says.get(t) and m.clues.gender in ("", says[t]) and m.clues.pronoun in ("", says[t]):
            # "Maria Ruiz", named once, beside "President Ruiz … Ruiz said he …": the bare surname the text
            # says is a man's is not the woman who bears it written last (nor the other way round; a first
            # name's gender as the census has it: a guess from its ending is too weak to part them)
            cands = [c for c in cands if surname_of(longest[id(c)]) != t or len(longest[id(c)]) < 2
                     or (cluster_gender(c, t) or _likely(longest[id(c)])) in ("", says[t])]
        bare = list(bare_by.get(t, ()))
        # "Ruiz, joined by his wife, Ana Ruiz … Ruiz said": a relative introduced beside a namesake is
        # called by the full name (a "Jr." is not set aside: "Gov. Ruiz" is often the junior himself)
        # (a first name of no known gender may fit too: "he" does not pick "Tom Ruiz" over "Mitt Ruiz")
        fits = [c for c in cands if len(longest[id(c)]) > 1 and likely_gender(longest[id(c)][0]) == m.clues.pronoun
                ] if m.clues.pronoun and len(cands) > 1 else []
        if any(len(longest[id(c)]) > 1 and not likely_gender(longest[id(c)][0]) for c in cands if c not in fits):
            fits = []
        if len(cands) > 1 and fits:  # "Ruiz said he …": the bearer whose gender fits
            cands = fits
        # "Mr. Ruiz … his brother, Tomas Ruiz": a surname in use before a relative is introduced is not
        # the relative, before or after the introduction
        # (an honorific of the other gender than that surname's bearer is the relative: "Mrs. Ruiz")
        same = [b for b in bare if cluster_gender(b) in ("", m.clues.gender)] if m.clues.gender else bare
        first_bare = min((x.start for b in same for x in b.mentions), default=m.start)
        if (last and (same or not bare)
                and all(id(c) in kin and min(m.start, first_bare) < kin[id(c)] for c in cands)):
            cands = []
            bare = same
        # (a pronoun decided; an honorific decides unless both bearers are men, or both women: "Mr. Ruiz"
        # beside "his brother Tomas Ruiz" is still the main Ruiz)
        spoke = last_speaker(cands, m, text) if not fits else None
        if spoke is not None:  # '"…," her mother, Ana Ruiz, said. "…," Ruiz added': the mother speaks on
            cands = [spoke]
        if (len(cands) > 1 if m.clues.gender else len(cands) + len(bare) > 1) and not fits:
            main = [c for c in cands if id(c) not in kin]
            cands = main if main or bare else cands
        if cands and bare and not m.clues.gender:
            cands = [latest_before(cands + bare, m.start)]  # "Mr. Ruiz … Ruiz said": the one just named
        if not cands:
            cands = bare
        if not cands:
            near = [c for c in by_initial.get(t[:1], ()) if _similar(t, longest[id(c)][-1])
                    and not patronym(longest[id(c)], longest[id(c)][-1])]
            if not near and written[m.text] == 1:
                # "Abedolajo" once beside "Ana Adebolajo", "Dzemalka" once beside "Dzemalko Vorrinen": a slip
                near = [c for c in clusters if len(longest[id(c)]) > 1
                        and any(lone_slip(t, w) for w in (longest[id(c)][0], longest[id(c)][-1]))]
            if not near:  # "Dzemalko … Dzemlako": a name written alone, once misspelt
                near = [b for w, bs in bare_by.items() if is_slip(t, w) for b in bs
                        if one_written_once(m, b)]
            cands = near if len(near) == 1 else []
        if not cands and SIC_RE.match(text, m.end):
            # "Anna's [sic] aides": the writer's own misspelling of a name the text gives in full
            sic = [c for c in clusters if len(longest[id(c)]) > 1 and any(_misspelt(t, w) for w in longest[id(c)])]
            cands = sic if len(sic) == 1 else []
        if len(cands) > 1:
            # "Otto Ruiz's parents … wrote Fred and Cindy Ruiz. Ruiz was jailed": the bare surname is not
            # one of a couple named together when a bearer is named on his own
            cands = [c for c in cands if not named_in_couple(c, text)] or cands
        if len(cands) > 1 and not (m.clues.gender or m.clues.role) and told_apart(cands, m, longest, full_ends):
            continue  # "Tomas … Pavel … Varlov won": brothers told apart by given names; the surname is neither
        if len(cands) > 1:
            cands = [nearest(cands, m.start, full_ends, tagged(text, m))]
        if cands:
            join(cands[0], m)
        else:
            c = new_cluster()
            full_ends[id(c)] = []  # a bare name's cluster: only bare names join it
            join(c, m)
            if len(longest[id(c)]) == 1:
                bare_by[longest[id(c)][0]].append(c)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return join_renamed(text, clusters)


ALSO_CALLED_RE = re.compile(r"\balso\s+(?:called|named)\s+$")



# "Ana Ruiz - now Ana Vidal", "Ana Vidal, formerly Ana Ruiz": between two full names, the word that says
# the second is her name now (group 1) or was her name before (group 2)
RENAMED_RE = re.compile(r"\s*(?:[-–—,(]\s*)?(?:(now|later)|(formerly|previously|born|n[eé]e))\s+")


def _renamed_pairs(text: str, mentions: list[Mention]):
    """(earlier, later, later-is-now) for each two full names of one given name the text says are one
    person's two names."""
    full = sorted((m for m in mentions if len(tokens(m.text)) > 1), key=lambda m: m.start)
    for a, b in zip(full, full[1:], strict=False):
        hit = RENAMED_RE.match(text, a.end)
        ta, tb = tokens(a.text), tokens(b.text)
        # (not "Ana Ruiz, now Ana Vidal's deputy": someone else's post)
        if (hit is not None and hit.end() == b.start and ta[-1] != tb[-1] and text[b.end:b.end + 1] not in ("'", "’")
                and same_given(given_word(ta), given_word(tb))):
            yield a, b, bool(hit.group(1))


def renamed_people(mentions: list[Mention], text: str) -> None:
    """ "Ana Ruiz - now Ana Vidal" typed a place or an organisation: the name a person's full name is
    said to have become (or to have been) is that person's, every mention of it; so is an alias ("Ana Ruiz,
    known as Abu Sara")."""
    alias_people(mentions, text)
    for a, b, _ in _renamed_pairs(text, mentions):
        if (a.kind == "person") != (b.kind == "person"):
            other = key((b if a.kind == "person" else a).text)
            for m in mentions:
                if key(m.text) == other:
                    m.kind = "person"


def join_renamed(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "Ana Ruiz - now Ana Vidal": one person under two surnames (a maiden name, a married one), said so
    by the text right between two full names of one given name; the name she has now names her. A name and
    the alias the text gives after it ("Zedd (Tomas Quorin)") are one person too."""
    clusters = join_aliases(text, clusters)
    owner = {id(m): c for c in clusters for m in c.mentions}
    for a, b, now in _renamed_pairs(text, [m for c in clusters for m in c.mentions]):
        keep, gone = owner[id(a)], owner[id(b)]
        if keep is gone:
            continue
        keep.mentions = sorted(keep.mentions + gone.mentions, key=lambda m: m.start)
        keep.current = b.text if now else a.text
        for m in gone.mentions:
            owner[id(m)] = keep
        clusters = [c for c in clusters if c is not gone]
    return clusters


def _suffixed(c: Cluster) -> bool:
    """Whether the text calls the person by surname and generation ("Ruiz Jr")."""
    return any(len(t := tokens(x.text)) == 2 and is_generation(t[-1]) for x in c.mentions)


def fathers_line(short: list[str], long_: list[str]) -> bool:
    """ "Anwar al-Vidal" beside "Abd al-Rahman Anwar al-Vidal": a full name whose given name stands in the
    longer one after a compound given name with a particle ("Abd al-Rahman") is the father's, named in his
    son's name; two people ("Luiz Inacio Lula da Silva" has no particle before "Lula": one)."""
    if len(short) < 2 or short[0] == long_[0] or short[0] not in long_[2:-1]:
        return False
    return any(w in words("name_particles") for w in long_[1:long_.index(short[0])])


def _junior_of(name: list[str], others: list[list[str]]) -> bool:
    """Whether a name ends in a generational suffix and another is the same name without it: the son of
    a father the text names in full ("Tomas Ruiz Jr." beside "Tomas Ruiz")."""
    return len(name) >= 3 and is_generation(name[-1]) and name[:-1] in others


def _likely(name: list[str]) -> str:
    """The gender a full name's first word most likely says ("Donald": "m"), else ""."""
    return likely_gender(name[0]) if len(name) > 1 else ""


def _compatible(a: list[str], b: list[str], slip: bool = False) -> bool:
    """Two multi-word names of one person: same last word and one's words within the other's.

    A familiar form of a given name is that name ("Steve Ruiz" / "Steven Ruiz", "Teddy Ruiz" / "Theodore
    Ruiz", "Chris Ruiz" / "J. Christopher Ruiz"); slip: so is a given name misspelt once ("Dzhokhan"/
    "Dzhokhar"), asked when one of the two forms is written once (a slip, not a second person)."""
    if a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if fathers_line(short, long_):
        return False

    def fits(w: str, first: bool) -> bool:
        if w in long_ or any(len(w) == 1 and x.startswith(w) for x in long_):
            return True
        return first and any(same_given(w, x) or slip and is_slip(w, x) for x in long_[:-1])
    return all(fits(w, i == 0) for i, w in enumerate(short))


def _variant(a: list[str], b: list[str]) -> bool:
    """The same name misspelt once: as many words, each equal or a near spelling."""
    return len(a) == len(b) and all(x == y or _similar(x, y) for x, y in zip(a, b, strict=True))


def _similar(x: str, y: str) -> bool:
    """Near spellings of one long word ("Buchtmann"/"Bauchtman"): same first letter, few edits."""
    if x == y or min(len(x), len(y)) < 5 or x[0] != y[0]:
        return False
    return SequenceMatcher(None, x, y).ratio() >= 0.85


SIC_RE = re.compile(r"(?:['’]s?)?\s*[\[(]sic[\])]", re.I)


def _misspelt(x: str, y: str) -> bool:
    """A word misspelt as a quoted writer may ("Hilary" for "Hillary"): same first letter, a few edits."""
    return x != y and min(len(x), len(y)) >= 4 and x[0] == y[0] and SequenceMatcher(None, x, y).ratio() >= 0.75


