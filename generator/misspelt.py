"""A name misspelt in one briefing joined, visibly, to the person the corpus names rightly elsewhere.

"Nancy Pelsoi, the House Speaker" in one briefing beside "Nancy Pelosi" in twenty is a slip of the pen, and a
reader of the misspelt page wants the real person. Left as a page of its own it is only a possible duplicate
(`nearnames`); it joins the right spelling's page, each of its appearances marked `spelled` so the page says
"spelled 'Nancy Pelsoi' in <briefing>" (never a silent merge), when all of these hold:

- the names are alike but for one word (of four letters or more, the same first letter unless that letter is
  the slip) written one edit apart: a letter dropped, added or changed, or two letters swapped; initials fit;
- the misspelt form is in one briefing only, and the other spelling in more briefings; or in one briefing
  too, when the corpus writes the misspelt word in that one article only and the other word in two or more
  ("Konstatin" once beside "Konstantin" in six articles: the word a writer made, not a name in use); or,
  each word written in its own article only ("Steel" / "Steele" are two names in use), when the roles share
  a post, no kinship ("Kerri Kupac" / "Kerri Kupec", a spokeswoman both), or the two briefings name the same
  rarer names (one story told twice: "Elmar Vorzgov" / "Elmar Vorzugov" beside the same family), and the two
  are not both census names: the spelling more mentions write names the page;
- the roles fit and nothing tells them apart (`fits`: no clash of state, office or sex);
- where both differing words are names the census lists in their place, given names or surnames ("Kelly" /
  "Kelley", "Francois" / "Francoise"), two real names, the roles must share a post ("French President"), not
  merely fit; the misspelt form has one right spelling only (a slip of two names stays a possible duplicate of both).

Two more slips join the same way (`joined_given_slips`, `joined_sound_slips`): a bare given name one edit from a
full name's, in a briefing naming that family ("Dzokhar" beside the Tsarnaevs); a surname written with other
letters for one sound ("Chris Stephens" once, "Chris Stevens" in forty briefings), with evidence beside the fit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import TypeVar

from .identity import APART, NAMESAKE, base_key, name_form
from .nearnames import SLIP_FROM, SOUNDED_FROM, _sound_of, slip_of
from .nlp.censusnames import given_names, surnames
from .nlp.names import one_edit

T = TypeVar("T")


def joined_slips(merged: dict[str, list[T]], maybe: dict[str, list[str]],
                 fits: Callable[[list[T], list[T], bool], bool], written: Mapping[str, int] | None = None,
                 post_shared: Callable[[list[T], list[T]], bool] | None = None,
                 evidence: Callable[[list[T], list[T]], bool] | None = None,
                 ) -> tuple[dict[str, list[T]], dict[str, list[str]]]:
    """merged (page key -> appearances) and maybe (page key -> possible duplicates' keys) with each misspelt
    page joined to its right spelling's (see the module). fits(right, misspelt, both_names) says whether the
    roles allow it; both_names: both differing words are census names, so the roles must share a post.
    written: how many of the corpus's articles write each word (lower case) capitalised; post_shared: whether
    two pages' roles share a post (no kinship: two sons are no one son); evidence: whether they share a post
    or their briefings name the same rarer names (one story told twice), which also tells one person there."""
    into: dict[str, list[str]] = {}
    for k, others in maybe.items():
        if APART in k or NAMESAKE in k or len({ap.briefing for ap in merged.get(k, ())}) != 1:
            continue
        for o in others:
            if APART in o or NAMESAKE in o or not (briefings := len({ap.briefing for ap in merged.get(o, ())})):
                continue
            words = slip_of(name_form(base_key(k)), name_form(base_key(o)))
            if not words:
                continue
            # a name's census list is asked of its place: "Erskin" / "Erskine" are surnames, no given names
            known = surnames() if words[0] == name_form(base_key(k)).written[-1] else given_names()
            both_names = all(w in known for w in words)
            if briefings < 2 and not _made_up(*words, written or {}):
                # one briefing each, neither word in use elsewhere: one post said of both is one person,
                # named as more mentions write it ("Kerri Kupac" / "Kerri Kupec", both a spokeswoman)
                if (both_names or post_shared is None or any((written or {}).get(w, 0) != 1 for w in words)
                        or _mentions(merged, o, k) < _mentions(merged, k, o)
                        or not (post_shared(merged[o], merged[k]) or (evidence and evidence(merged[o], merged[k])))):
                    continue
            if fits(merged[o], merged[k], both_names):
                into.setdefault(k, []).append(o)
    out, dupes = dict(merged), {k: list(v) for k, v in maybe.items()}
    for k, (o, *rest) in into.items():
        if not rest:  # (a slip of two names: a possible duplicate of both)
            join_visibly(out, dupes, k, o, lambda ap: replace(ap, spelled=ap.entity.name))
    return out, {k: v for k, v in dupes.items() if v}


def joined_misspellings(merged: dict[str, list[T]], maybe: dict[str, list[str]],
                        fits: Callable[[list[T], list[T], bool], bool], written: Mapping[str, int],
                        post_shared: Callable[[list[T], list[T]], bool], family: Callable[[T], Iterable[str]],
                        evidence: Callable[[list[T], list[T]], bool],
                        ) -> tuple[dict[str, list[T]], dict[str, list[str]]]:
    """Each kind of slip joined to the right page, visibly: a full name's word (`joined_slips`), a bare given
    name (`joined_given_slips`), a surname written with other letters for one sound (`joined_sound_slips`)."""
    merged, maybe = joined_slips(merged, maybe, fits, written, post_shared, evidence)
    merged, maybe = joined_given_slips(merged, maybe, lambda a, b: fits(a, b, False), written, family)
    return joined_sound_slips(merged, maybe, lambda a, b: fits(a, b, False), evidence)


def joined_given_slips(merged: dict[str, list[T]], maybe: dict[str, list[str]],
                       fits: Callable[[list[T], list[T]], bool], written: Mapping[str, int],
                       family: Callable[[T], Iterable[str]]) -> tuple[dict[str, list[T]], dict[str, list[str]]]:
    """merged and maybe (as `joined_slips`) with a bare given name misspelt in one briefing joined, visibly, to
    the one full name it slips from: "Dzokhar, the surviving Vorlan brother" in a briefing naming the Vorlans,
    beside "Dzhokhar A. Vorlan" elsewhere. The word is one edit from that name's given name (four letters or
    more, the same first letter), or its letters out of order (`scrambled`: "Dkzohar"; such a slip is sought
    among the full names of that family, not only the listed duplicates), the corpus writes it in that one
    article only and the given name in two or more (`_made_up`), every briefing of the bare name names someone of that surname (`family`: the surnames,
    as name-form words, its briefing gives others), and `fits(right, misspelt)`: roles that fit, no clash, not
    another sex."""
    into: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}  # the full names by their surname: a scrambled slip is no listed duplicate
    for o in merged:
        if APART not in o and NAMESAKE not in o and len(f := name_form(base_key(o)).words) > 1:
            by_last.setdefault(f[-1], []).append(o)
    for k in merged:
        apps = merged[k]
        if APART in k or NAMESAKE in k or " " in base_key(k) or len({ap.briefing for ap in apps}) != 1:
            continue
        word = name_form(base_key(k)).written
        told = set.intersection(*(set(family(ap)) for ap in apps))
        for o in dict.fromkeys([*maybe.get(k, ()), *(o for w in sorted(told) for o in by_last.get(w, ()))]):
            if APART in o or NAMESAKE in o or o not in merged or len((f := name_form(base_key(o))).words) < 2:
                continue
            given = f.written[0]
            if (len(word) == 1 and len(word[0]) >= SLIP_FROM and word[0][0] == given[0]
                    and (one_edit(word[0], given) or scrambled(word[0], given))
                    and _made_up(word[0], given, written) and f.words[-1] in told and fits(merged[o], apps)):
                into.setdefault(k, []).append(o)
    out, dupes = dict(merged), {k: list(v) for k, v in maybe.items()}
    for k, (o, *rest) in into.items():
        if not rest:  # (a slip of two people's given name: a possible duplicate of both)
            join_visibly(out, dupes, k, o, lambda ap: replace(ap, spelled=ap.entity.name))
    return out, {k: v for k, v in dupes.items() if v}


SOUNDED_SHARE = 5  # the right spelling is said in this many times as many briefings as the other


def joined_sound_slips(merged: dict[str, list[T]], maybe: dict[str, list[str]],
                       fits: Callable[[list[T], list[T]], bool], evidence: Callable[[list[T], list[T]], bool],
                       ) -> tuple[dict[str, list[T]], dict[str, list[str]]]:
    """merged and maybe (as `joined_slips`) with a full name whose surname one briefing writes with other letters
    for one sound ("Chris Stephens, the ambassador" once, "Chris Stevens" in forty briefings) joined, visibly,
    to the one page of that name's usual spelling: the same given names, the other spelling said in
    `SOUNDED_SHARE` times as many briefings, the roles fit and something says they are one (`evidence`: a
    shared post, or briefings naming the same rarer names). Otherwise it stays a possible duplicate."""
    into: dict[str, list[str]] = {}
    for k, others in maybe.items():
        apps = merged.get(k, ())
        if APART in k or NAMESAKE in k or len({ap.briefing for ap in apps}) != 1:
            continue
        fk = name_form(base_key(k))
        for o in others:
            if APART in o or NAMESAKE in o or o not in merged:
                continue
            fo = name_form(base_key(o))
            if (len(fk.words) > 1 and fk.words[:-1] == fo.words[:-1] and fk.written[-1] != fo.written[-1]
                    and len(fk.written[-1]) >= SOUNDED_FROM and _sound_of(fk.written[-1]) == _sound_of(fo.written[-1])
                    and len({ap.briefing for ap in merged[o]}) >= SOUNDED_SHARE
                    and fits(merged[o], apps) and evidence(merged[o], apps)):
                into.setdefault(k, []).append(o)
    out, dupes = dict(merged), {k: list(v) for k, v in maybe.items()}
    for k, (o, *rest) in into.items():
        if not rest:
            join_visibly(out, dupes, k, o, lambda ap: replace(ap, spelled=ap.entity.name))
    return out, {k: v for k, v in dupes.items() if v}


def join_visibly(out: dict[str, list[T]], dupes: dict[str, list[str]], k: str, o: str,
                 mark: Callable[[T], T]) -> None:
    """Page k's appearances, each marked (`mark`: how its briefing writes the name), moved onto page o, in place;
    k's possible duplicates become o's."""
    out[o] = out[o] + [mark(ap) for ap in out.pop(k)]
    for d in dupes.pop(k, ()):
        if d != o:
            dupes[o] = sorted(set(dupes.get(o, ())) | {d})
            dupes[d] = sorted({o if x == k else x for x in dupes.get(d, ())} - {d})
    dupes[o] = [d for d in dupes.get(o, ()) if d != k]


SCRAMBLED_FROM = 6  # letters a given name needs before its letters written out of order are read as a slip


def scrambled(slip: str, right: str) -> bool:
    """The right word's letters written out of order, one perhaps left out ("Dzohkar", "Dkzohar" for
    "Dzhokhar"): the same first and last letters, six letters or more, and no letter the right word lacks."""
    short, long_ = sorted((slip, right), key=len)
    return (slip != right and len(short) >= SCRAMBLED_FROM and len(long_) - len(short) <= 1
            and slip[0] == right[0] and slip[-1] == right[-1] and not Counter(short) - Counter(long_))


def _mentions(merged: dict[str, list], k: str, other: str) -> tuple[int, bool]:
    """What names a page rather than its twin: its mentions, then the key first in order."""
    return sum(len(ap.entity.mentions) for ap in merged[k]), k < other


def _made_up(slip: str, right: str, written: Mapping[str, int]) -> bool:
    """The corpus writes the slip in one article only (its own) and the right word in two or more: a word
    one writer made, beside a name in use."""
    return written.get(slip, 0) <= 1 and written.get(right, 0) >= 2


def righted(name: str, forms: Iterable[str], written: Mapping[str, int]) -> str:
    """A page's name with its surname as the page's own briefings also write it, where the name's spelling is
    a slip: "Masrour Barzanib" once beside "Barzani" once in one article reads "Masrour Barzani" when the
    corpus writes "Barzanib" in that one article only and "Barzani" in two or more (a word one writer
    made, beside a name in use; see `_made_up`), and the census lists no such surname ("Hasan" beside "Hassan"
    are two names in use). forms: the names the page's briefings call the person."""
    words = name.split()
    if len(words) < 2 or len(last := words[-1]) < SLIP_FROM or last.lower() in surnames():
        return name
    others = {f.split()[-1] for f in forms if f.split()} - {last}
    right = [w for w in others if w[:1] == last[:1] and one_edit(w.lower(), last.lower())
             and _made_up(last.lower(), w.lower(), written)]
    return " ".join([*words[:-1], right[0]]) if len(right) == 1 else name
