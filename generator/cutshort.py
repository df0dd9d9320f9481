"""A full name cut short across briefings: "Abed Rabbo, the Yemeni President" in two briefings and "Abed Rabbo
Mansour Hadi, the President" in others are one man, whose name some texts give by its first words only.

A name of two words or more whose words are the first words of exactly one full name two words longer or more
joins that name when their roles share a post word and nothing tells them apart (`identity.merge_people`
compares names by their last word, so it never finds these). A longer name with a generational suffix is the suffixed
man's (`nameforms.unsuffixed` weighs those), and a key kept apart (a bare given name, a namesake) never joins.

One word more is a surname added: a married name ("Ana Marlow" / "Ana Marlow Vorlen") joins only when the
longer name's role says she is the spouse of that family ("Tomas Vorlen's wife") and every briefing of the
shorter name names someone of it (`married`); otherwise the two stay apart, listed by `nearnames`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TypeVar

from .identity import APART, NAMESAKE, name_form
from .nlp.names import is_generation
from .personroles import married_into

T = TypeVar("T")
# words the longer name has beyond the shorter one: one word more is a surname added ("Ana Ruiz" / "Ana Ruiz
# Vidal": a married name, or a second family name), which `nearnames` lists and never joins
ADDED = 2


def cut_short(groups: dict[str, list[T]], roles_shared: Callable[[list[T], list[T]], bool],
              clash: Callable[[list[T], list[T]], bool],
              married: Callable[[list[T], list[T], str], bool] | None = married_into) -> dict[str, list[T]]:
    """Group keys that are the first words of one longer key joined to it (see the module); married(longer's
    items, shorter's items, the added surname as a name-form word) says a surname added is a married name
    (`personroles.married_into`)."""
    def kept(k: str) -> bool:
        return APART not in k and NAMESAKE not in k

    by_start: dict[tuple[str, str], list[str]] = defaultdict(list)  # (first two words) -> longer keys
    for k in groups:
        f = name_form(k)
        if kept(k) and len(f.words) >= 3 and not is_generation(f.words[-1]):
            by_start[f.words[:2]].append(k)
    out = dict(groups)
    for k in groups:
        f = name_form(k)
        if not kept(k) or len(f.words) < 2 or k not in out:
            continue
        longer = [lk for lk in by_start.get(f.words[:2], ()) if lk != k and lk in out
                  and len(lf := name_form(lk).words) >= len(f.words) + ADDED and lf[:len(f.words)] == f.words
                  and (not f.initials or name_form(lk).initials == f.initials)]
        wed = [lk for lk in by_start.get(f.words[:2], ()) if lk != k and lk in out and married is not None
               and (lf := name_form(lk).words)[:-1] == f.words and married(out[lk], out[k], lf[-1])]
        if len(longer) == 1 and roles_shared(out[longer[0]], out[k]) and not clash(out[longer[0]], out[k]):
            out[longer[0]] = out[longer[0]] + out.pop(k)
        elif not longer and len(wed) == 1 and not clash(out[wed[0]], out[k]):
            out[wed[0]] = out[wed[0]] + out.pop(k)
    return out
