"""An acronym of an organisation's name is that organisation (`retype`): "NRA" once "the National Rifle
Association" is named is an organisation even where the model called it a place, so that it joins its
name. Written with dots ("D.C.") or a country's ("US"), it stays what the model said: a place's
abbreviation more often than not."""

from __future__ import annotations

from .mentions import Mention
from .names import acronym, compact, key
from .rules import words

KINDS = ("organization", "place")


def retype(mentions: list[Mention]) -> None:
    """Make each place acronym written without dots an organisation when only organisations' longer
    names have its initials; a country's acronym ("US", "UK") stays a place whatever else it could
    shorten."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind in KINDS and len(m.text.split()) >= 2 and not compact(m.text):
            form = acronym(m.text)
            if len(form) >= 2:
                owners.setdefault(form, set()).add(m.kind)
    for m in mentions:
        short = compact(m.text)
        kinds = owners.get(short, set())
        if (m.kind == "place" and kinds == {"organization"} and "." not in m.text
                and key(m.text).replace(".", "") not in words("countries") | words("country_acronyms")):
            m.kind = "organization"
