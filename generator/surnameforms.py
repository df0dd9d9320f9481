"""A woman's surname written with its feminine ending in some briefings and without it in others: "Ana
Vidalova" / "Ana Vidalov" (`data/feminine_surname_endings`: Slavic and Baltic usage; the English press often
drops the ending). With the same given names and initials that fit, the two are one woman, not two: a sister,
a mother or a daughter bears other given names. The masculine form's page joins the feminine one's, visibly:
each appearance that writes the masculine form says so ("spelled 'Ana Vidalov' in this briefing"), as a
misspelling joined does (`misspelt`). Roles must fit, with no clash of state, office or sex: a man of the same
given name ("Sasha Vidalov", he) is another person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from .identity import APART, NAMESAKE, base_key, name_form
from .misspelt import join_visibly
from .nearnames import initials_fit
from .nlp.rules import pairs

T = TypeVar("T")


def feminine_forms(surname: str) -> set[str]:
    """The feminine forms of a masculine surname (lower case): "vidalov" -> {"vidalova"}."""
    return {surname[: -len(m)] + f for m, f in pairs("feminine_surname_endings").items()
            if surname.endswith(m) and len(surname) > len(m) + 2}


def joined_feminine(merged: dict[str, list[T]], maybe: dict[str, list[str]],
                    fits: Callable[[list[T], list[T]], bool],
                    ) -> tuple[dict[str, list[T]], dict[str, list[str]]]:
    """merged (page key -> appearances) and maybe (page key -> possible duplicates' keys) with each page of a
    masculine surname joined to the one page of the same given names with its feminine form (see the module).
    fits(feminine, masculine) says whether the roles allow it."""
    by_name: dict[tuple, list[str]] = {}
    for k in merged:
        if APART in k or NAMESAKE in k or len((f := name_form(base_key(k))).written) < 2:
            continue
        by_name.setdefault((f.written[:-1], f.written[-1]), []).append(k)
    out, dupes = dict(merged), {k: list(v) for k, v in maybe.items()}
    for k in merged:
        if APART in k or NAMESAKE in k or len((f := name_form(base_key(k))).written) < 2:
            continue
        into = [o for w in feminine_forms(f.written[-1]) for o in by_name.get((f.written[:-1], w), ())
                if o in out and initials_fit(f, name_form(base_key(o))) and fits(merged[o], merged[k])]
        if len(into) == 1:
            join_visibly(out, dupes, k, into[0], lambda ap, last=f.written[-1]: replace(ap, spelled=ap.entity.name)
                         if name_form(ap.entity.name).written[-1:] == (last,) else ap)
    return out, {k: v for k, v in dupes.items() if v}
