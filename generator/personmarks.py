"""What tells two bearers of one name apart across briefings: the US state a party tag or a role ties
them to ("Rep. Ana Ruiz (R-Mich.)" / "Rep. Ana Ruiz of Alabama"), offices no one holds at once (a
member of a legislature is no serving officer: "Rep. Ana Ruiz" / "Adm. Ana Ruiz"), and the sex an
honorific states ("Ms. Ruiz" is not "Mr. Ruiz"), a title or role noun of one sex against a given name the
census bears for the other ("Lord Ruiz" is not "Rosa Ruiz"), and, among several candidates, the sex pronouns
state."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .identity import name_form
from .model import Entity
from .nlp.censusnames import likely_gender
from .nlp.claims.offices import office_classes
from .nlp.names import PRONOUN_GENDER, fold, tokens
from .nlp.refprofile import PARTY_TAG_RE, legislative, own_part, places_of
from .nlp.rules import pairs, words

# a role that is no longer held says nothing of who they are now ("former Texas congressman")
OFFICES = frozenset({"office:lawmaker", "office:officer"})
PAST = {"former", "ex", "retired", "ret", "late", "then", "onetime", "one-time"}
# an honorific right before a mention: "Ms. Ruiz", "Mr Ruiz"
HONORIFIC_RE = re.compile(r"\b(Mr|Mister|Mrs|Ms|Miss|Mme|Madam)\.?\s+$")
HONORIFIC_SEX = {"mr": "m", "mister": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "madam": "f"}
# the pronouns the briefing links to the person: a weaker sign than an honorific (a link may be wrong),
# so it only tells apart the candidates for a bare surname (`unlike`); a given name is no sign at all
# ("Vivian" is a man's name too, and the census lists are American)


def marks(entity: Entity, text: str) -> frozenset[str]:
    """ "state:<name>" for each US state (or province) tied to the person in this briefing, "office:lawmaker"
    and "office:officer" for the current offices their roles state, "sex:f" / "sex:m" for what an
    honorific before a mention says ("Ms. Ruiz"), "said:f" / "said:m" for a pronoun linked to them."""
    out: set[str] = set()
    for s, _e in entity.mentions:
        if hon := HONORIFIC_RE.search(text[max(0, s - 8):s]):
            out.add(f"sex:{HONORIFIC_SEX[hon.group(1).lower()]}")
    for s, e in entity.references or ():
        if sex := PRONOUN_GENDER.get(text[s:e].lower()):
            out.add(f"said:{sex}")
    # a full name's given name the census bears ten times as often for one sex ("Rosa"): weighed only
    # against a bare surname's title or role noun of the other sex (`clash`), never against an honorific
    # or a pronoun
    if len(t := tokens(entity.name)) > 1 and (sex := likely_gender(t[0])):
        out.add(f"given:{sex}")
    for role in entity.roles:
        low = re.findall(r"[\w’'-]+", role.lower())
        if PAST & set(low):
            continue
        # a bare surname's "Lord", "Dame", "spokeswoman", "his wife": a title or role noun that says the
        # bearer's sex (a full name is told apart by its given name)
        if len(name_form(entity.name).words) == 1:  # ("O'Donnell": an initial and a surname)
            out |= {f"title:{sex}" for w in low if (sex := pairs("gendered_nouns").get(w))}
        own = own_part(role)
        # "Interior Minister" / "Pastor": the trade a full name's role names by its head noun
        # (`data/role_head_trades`); a bare surname's roles are too often another bearer's to tell by
        if len(name_form(entity.name).words) > 1:
            head = re.findall(r"[\w-]+", own.lower())[-1:]
            out |= {f"trade:{t}" for w in head if (t := pairs("role_head_trades").get(w))}
        out |= {f"state:{p}" for p in places_of(own) if p in words("regions")}
        if "lawmaker" in office_classes(own) or legislative(role):
            out.add("office:lawmaker")
        if set(re.findall(r"[a-z]+", own.lower())) & words("military_ranks"):
            out.add("office:officer")
    for _s, e in entity.mentions:
        tag = PARTY_TAG_RE.match(text[e:e + 24])
        if not tag:
            continue
        if tag.group(1):
            out |= {f"state:{p}" for p in places_of(tag.group(1)) if p in words("regions")}
        state = pairs("state_abbreviations").get(fold(tag.group(2) or tag.group(3) or "").replace(" ", ""))
        if state:
            out.add(f"state:{state.replace('_', ' ')}")
    return frozenset(out)


OUTLET = "outlet"  # a bare word, said of no role, that names a news outlet in the corpus ("Bloomberg News")


def clash(a: Iterable[frozenset[str]], b: Iterable[frozenset[str]]) -> bool:
    """Whether two sets of appearances' marks cannot be one person: each side tied to US states and
    none shared, one side a lawmaker where the other is a serving officer, each side of one sex and
    not the same ("Ms. Ruiz" / "Tomas Ruiz"; a side said to be both tells nothing), or one side only
    ever a word that may be the outlet ("told Bloomberg" is not Michael Bloomberg)."""
    a, b = list(a), list(b)
    if a and b and (all(OUTLET in m for m in a) != all(OUTLET in m for m in b)):
        return True
    ma, mb = set().union(*a), set().union(*b)
    sa, sb = {m for m in ma if m.startswith("state:")}, {m for m in mb if m.startswith("state:")}
    if sa and sb and not sa & sb:
        return True
    xa, xb = {m for m in ma if m.startswith("sex:")}, {m for m in mb if m.startswith("sex:")}
    if len(xa) == 1 and len(xb) == 1 and xa != xb:
        return True
    # one trade each side and not the same ("Interior Minister" / "Pastor"); a side of two trades tells nothing
    ta, tb = {m for m in ma if m.startswith("trade:")}, {m for m in mb if m.startswith("trade:")}
    if len(ta) == 1 and len(tb) == 1 and ta != tb:
        return True
    if _titled_other(ma, mb) or _titled_other(mb, ma):
        return True
    oa, ob = ma & OFFICES, mb & OFFICES
    return bool(oa and ob and not oa & ob)


def _titled_other(ma: set[str], mb: set[str]) -> bool:
    """One side titled as one sex ("Lord Ruiz") where the other, titled as none and given no sex by an honorific
    or a pronoun, has a given name the census bears for the other sex ("Rosa Ruiz"). The titled side states
    no given name of a sex: two given names are compared as names, and a title beside one may be misread
    ("Lindsey Ruiz, the committee chairman" is a man the census would call a woman)."""
    def of(marks_: set[str], kind: str) -> set[str]:
        return {m.split(":")[1] for m in marks_ if m.startswith(kind)}

    ta, ga, tb, gb = of(ma, "title:"), of(ma, "given:"), of(mb, "title:"), of(mb, "given:")
    # (the other side's honorifics or pronouns say more than its given name: "Lindsey Ruiz ... he")
    told = of(mb, "sex:") | of(mb, "said:")
    return len(ta) == 1 and len(gb) == 1 and not ga and not tb and not told and ta != gb


def unlike(a: Iterable[frozenset[str]], b: Iterable[frozenset[str]]) -> bool:
    """Whether a candidate's appearances (a) are probably not the person of b: honorifics and linked
    pronouns give a one sex and each of b's appearances the other ("Tomas Ruiz ... he said" / "Ms.
    Ruiz"). A side whose signs disagree tells nothing, and so does b when one of its briefings says
    nothing (a bare surname's briefings may speak of different bearers)."""
    def sex(marks_: frozenset[str]) -> set[str]:
        return {m.split(":")[1] for m in marks_ if m.startswith(("sex:", "said:"))}

    b = [sex(ms) for ms in b]
    sa, sb = set().union(*(sex(ms) for ms in a)), set().union(*b)
    return all(b) and len(sa) == 1 and len(sb) == 1 and sa != sb
