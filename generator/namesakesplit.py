"""Namesakes across briefings: one full name's pages split into the people their roles tell apart
("Rep. Ana Ruiz (R-Mich.)", "Adm. Ana Ruiz"), each after the first keyed "ana ruiz~2"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .nlp.names import tokens

T = TypeVar("T")
APART = "|"  # "tom|briefing-slug": a bare first name, kept to its briefing (see `identity.apart_key`)
NAMESAKE = "~"  # "ana ruiz~2": a second bearer of one full name, told apart by their roles (see `split_namesakes`)


def split_namesakes(groups: dict[str, list[T]], clash: Callable[[list[T], list[T]], bool],
                    ) -> tuple[dict[str, list[T]], list[tuple[str, str]]]:
    """Each full name's items split into people whose roles do not clash ("Rep. Ana Ruiz (R-Mich.)",
    "Rep. Ana Ruiz of Alabama", "Adm. Ana Ruiz"); and the pairs of keys so split.

    An item with nothing to tell goes with the bearer named most often; the first bearer keeps the
    key, the others get "~2", "~3" after it."""
    out: dict[str, list[T]] = {}
    apart: list[tuple[str, str]] = []
    for k, its in groups.items():
        if len(its) < 2 or APART in k or len(tokens(k)) < 2:
            out[k] = its
            continue
        # an item that clashes with none of the others has nothing to tell: it goes with the main bearer
        telling = [it for it in its if any(clash([it], [o]) for o in its if o is not it)]
        if not telling:
            out[k] = its
            continue
        people: list[list[T]] = []
        for it in telling:
            home = next((p for p in people if not clash(p, [it])), None)
            if home is None:
                people.append([it])
            else:
                home.append(it)
        silent = [it for it in its if not any(it is t for t in telling)]
        if len(people) < 2:
            out[k] = its
            continue
        people.sort(key=len, reverse=True)
        people[0].extend(silent)
        keys = [k] + [f"{k}{NAMESAKE}{n}" for n in range(2, len(people) + 1)]
        place = {id(it): n for n, it in enumerate(its)}
        for key_, p in zip(keys, people, strict=True):
            out[key_] = sorted(p, key=lambda it: place[id(it)])
        apart += [(a, b) for a in keys for b in keys if a < b]
    return out, apart
