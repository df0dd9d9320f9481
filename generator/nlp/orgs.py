"""Organisations and places: what is one and what is not, glued words cut off, short forms joined.

Runs after the types are decided (`entities.decide_types`) and before the names are grouped: it
re-reads each organisation or place mention against the text around it. The mentions it rejects
are written onto the Doc as `doc.spans["not_org_names"]`, labelled with the reason, so a reader
(or displaCy) can see why a name is missing from the lists.
"""

from __future__ import annotations

import re

from . import acronymkinds, hyphenchains, numberwords, orgfind, orgthings, seatnames
from .creditspans import agency_credit
from .mentions import Mention
from .names import is_demonym, is_title_word, key, tokens
from .orgcontext import in_context as _in_context
from .orgcontext import org_head as _org_head
from .orgcues import publication_titles
from .orgjoin import initial_fits, join  # noqa: F401  (annotate calls orgs.join)
from .personhood import given_names, surnames, text_of
from .rules import lemmas, words
from .sharedheads import join_shared_heads

KINDS = ("organization", "place")
SPAN_KEY = "not_org_names"
# lower-case words that may sit inside an organisation's name: "Church of Scientology",
# "Council on Foreign Relations", "Globe and Mail", "University at Buffalo"
CONNECTORS = {"of", "and", "for", "the", "on", "at", "in", "de", "du", "des", "la", "le", "les", "del", "della",
              "di", "da", "do", "dos", "das", "von", "van", "der", "den", "y", "e", "et", "&", "to", "upon", "an", "a",
              "al", "el", "bin", "ibn", "by", "with", "without", "sans", "under", "against", "over"}
# "Sweden 1 – 0 up": a score after a team's name is no part of it
SCORE_RE = re.compile(r"\s+\d{1,2}\s*[–—-]\s*\d{1,2}\b")
SCORE = r"\s+\d\s*[–—-]\s*\d(?![\d.,])"
# every score a team may stand beside, overlapping ones too ("2 – 1 – 0"): its start, and its end in group 1
SCORE_AT = re.compile(r"(?<=\s)(?=(\d\s*[–—-]\s*\d)(?![\d.,]))")
RESULT_VERBS = r"(?:won|lost|drew|beat|led|trailed)"
RESULT_VERB_END = re.compile(rf"(?<=\s){RESULT_VERBS}$")
SCORE_LINKS = ("to ", "against ", "over ", "with ", "by ")  # "lost 1 – 2 to England"
# "Harbour Workers Union of the UK": the country an organisation is "of" belongs to its name
OF_COUNTRY_RE = re.compile(r" of (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})")
# "University of Kent at Canterbury": a campus is part of a university's name
AT_CAMPUS_RE = re.compile(r" at ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})")
CAMPUS_HEADS = {"university", "college"}
PURPOSE_RE = re.compile(r" (?:for|of) (?:the )?[A-Z][\w'-]*(?: (?:(?:of|for|the) )*[A-Z][\w'-]*)*")
BRACKET_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,7})\)")


# words that give the name after them: "a magazine called Inspire"
NAMED_BEFORE = re.compile(r"\b(?:called|named|titled|dubbed|entitled)\s+[\"“]?$")

def tidy(doc, mentions: list[Mention]) -> list[Mention]:
    """Organisation and place mentions cut of glued words, extended by the home their name states,
    and set to "other" when they name no organisation or place; bracketed acronyms added."""
    text = text_of(doc)
    join_shared_heads(text, mentions)  # "Tarrow and Linden Hospital": one hospital, no "Tarrow"
    people = [m for m in mentions if m.kind == "person"]
    given = {tokens(m.text)[0] for m in people if len(tokens(m.text)) >= 2}
    family = {tokens(m.text)[-1] for m in people if len(tokens(m.text)) >= 2}
    fulls = {tuple(tokens(m.text)) for m in people if len(tokens(m.text)) >= 2}
    org_keys = {key(m.text) for m in mentions if m.kind == "organization"}
    rejected = []
    for m in mentions:
        if m.kind not in KINDS:
            continue
        phrase = hyphenchains.widen(m, text)  # "Weston-super-Mare", never "Weston"
        numberwords.take_number_word(doc, text, m)  # "Seven Tenby Road", never "Tenby Road"
        _cut(m, text)
        _extend(m, text)
        seatnames.seat_before(text, m)  # "Tenby North MP Ana Ruiz": the seat, a place
        publication_titles(text, [m])  # "told Tenby Today": the outlet, not the place
        reason = phrase or ("post" if m.kind == "other" else "") or not_a_name(m.text) or _in_context(doc, m) \
            or ("credit" if agency_credit(text, m.start, m.end) else "") \
            or _person_part(m, given, family, text) or _person_start(m, family, fulls, org_keys) \
            or _leader_of_term(m, text)
        if reason == "verb" and NAMED_BEFORE.search(text[max(0, m.start - 30):m.start]):
            reason = ""  # "a magazine called Inspire": a verb given as a name is one
        if reason:
            m.kind = "other"
            rejected.append((m.start, m.end, reason))
    mentions = orgfind.find(doc, mentions)  # names the model missed, by head noun or said again
    rejected += orgthings.things(text, mentions)  # crafts and versioned products
    _teams(text, mentions)
    _towns(text, mentions)
    mentions = mentions + _bracket_acronyms(text, mentions)
    acronymkinds.retype(mentions)  # "NRA" typed a place beside "the National Rifle Association"
    _write_spans(doc, rejected)
    return sorted(mentions, key=lambda m: (m.start, m.end))


TERM_AFTER_RE = re.compile(r"\s+([a-z]+)\b")


def _leader_of_term(m: Mention, text: str) -> str:
    """ "during the George W. Bush administration": a given name and a surname right before a noun for
    a term in office name the leader whose term it was, no place or organisation."""
    toks = tokens(m.text)
    after = TERM_AFTER_RE.match(text, m.end)
    if len(toks) >= 2 and toks[0] in given_names() and after and after.group(1) in words("term_nouns"):
        return "leader's term"
    return ""


def not_a_name(name: str) -> str:
    """Why a name, read alone, is no organisation or place ("belief", "unit", ...), or ""."""
    words_ = name.split()
    low = name.lower()
    if name.startswith("@"):
        return "handle"  # "@POTUS": an account, whoever runs it
    if len(words_) == 1:
        if low in words("belief_words") or (
                len(low) >= 6 and any(low.endswith(s) for s in words("belief_suffixes"))):
            return "belief"  # "Islam", "Localist", "Scientologists"
        if low in words("time_units"):
            return "unit"  # "10:00 GMT"
        if _adjective(low):
            return "adjective"  # "Supreme" cut from "the Supreme Court's"
        if low in lemmas("verb") and low not in lemmas("noun") and not _known_name(low):
            return "verb"  # "Suffice it to say ..." opening a quote
        if low in words("policy_names"):
            return "policy"  # "Brexit", "Obamacare": a policy or process, no body and no place
        if misspelt_demonym(low):
            return "people"  # "a Britsh ex-spy": "British" with a letter dropped
        # "pro-Kremlin", "post-Brexit": a prefix and a hyphen make an adjective of a name ("Mid-Missouri" is
        # a region's name)
        prefix, _, rest = name.partition("-")
        if rest[:1].isupper() and prefix.lower() in words("hyphen_prefixes") and prefix.lower() != "mid":
            return "adjective"
    # "Previous Next Ana Ruiz/AP 1", "AP Photo/Ana Ruiz": a photo credit, name and agency
    if re.search(r"(?:\w+ \w+|Photo)/[A-Z]", name):
        return "credit"
    # "pic.twitter.com/Ab12", "km/h": a web address's path or a unit, no name (no capital in it)
    if "/" in name and (name == low or re.search(r"\.[a-z]{2,3}/", low)):
        return "link"
    if len(words_) >= 2 and " or " in f" {low} ":
        return "list"  # "State Department or America": two names, no one's name
    if "," in name and not any(_org_head(part) for part in name.split(",")):
        return "list"  # "Cooper, Parnas and Fruman": people listed together
    last = re.sub(r"[^a-z]", "", words_[-1].lower()) if words_ else ""
    # "the Lantern Festival", "the Nutrition Study", "Harbour Expo Canada 2016": an event (with its place or year)
    core = [w for w in words_ if w.isalpha()]
    while len(core) >= 2 and _region(core[-1]):
        core.pop()
    tail = re.sub(r"[^a-z]", "", core[-1].lower()) if core else ""
    if len(words_) >= 2 and (last in words("event_nouns") or (len(core) >= 2 and tail in words("event_nouns"))):
        return "event"
    # "the Clean Water Act", "the Green New Deal", "Operation Harbour Shield", "the Harbour Convention on
    # Fishing": a law, plan or operation
    low_ws = [re.sub(r"[^a-z]", "", w.lower()) for w in words_]
    cut = next((i for i, w in enumerate(low_ws) if i and w in ("of", "on", "for")), len(low_ws))
    head = low_ws[cut - 1] if low_ws else ""
    if len(words_) >= 2 and (last in words("not_org_heads") or head in words("not_org_heads")
                             or words_[0].lower() in words("not_org_first_words")):
        return "thing"
    # "Latino", "Northern Irish": a people, not an institution
    if is_demonym(words_[-1]) and all(w.lower() in words("direction_words") for w in words_[:-1]):
        return "people"
    # "U.S.-China", "Tenby-Harbour": two places joined by a hyphen make an adjective
    parts = name.split("-")
    if len(parts) == 2 and all(p and (_region(p) or key(p).replace(".", "") in ("us", "uk", "eu")) for p in parts):
        return "pair"
    return ""


def misspelt_demonym(low: str) -> bool:
    """ "britsh", "amercian": a word no dictionary or census knows that is a demonym with one letter
    dropped or two neighbours swapped."""
    if (len(low) < 5 or low in lemmas("noun") or low in lemmas("adj") or _known_name(low) or is_demonym(low)
            or low in words("countries") or low in words("regions")):
        return False
    # (a letter dropped inside the word: "Samoa" is the place, not "Samoan" cut short)
    dropped = {low[:i] + ch + low[i:] for i in range(1, len(low)) for ch in "abcdefghijklmnopqrstuvwxyz"}
    swapped = {low[:i] + low[i + 1] + low[i] + low[i + 2:] for i in range(len(low) - 1)}
    return any(is_demonym(w) for w in dropped | swapped)


def _adjective(low: str) -> bool:
    return low in lemmas("adj") and low not in lemmas("noun") and not _known_name(low)


def _known_name(low: str) -> bool:
    return low in given_names() or low in surnames()


def _person_part(m: Mention, given: set[str], family: set[str], text: str) -> str:
    """ "Dries" once "Dries Mertens" is a person: a person's first name alone is no organisation; nor
    is "the Sams" once "Manju Sam" is named: a family."""
    toks = tokens(m.text)
    if len(toks) == 1 and toks[0] in given:
        return "person"
    if (len(toks) == 1 and toks[0].endswith("s") and toks[0][:-1] in family
            and text[max(0, m.start - 4):m.start].lower() == "the "):
        return "family"
    return ""


def _person_start(m: Mention, family: set[str], fulls: set[tuple], org_keys: set[str]) -> str:
    """ "Ana Ruiz Introduces" (a headline), "Ruiz Nato": a name that starts with a person's name is
    that person glued to a word, unless an institution's head follows ("Ana Ruiz Foundation"); when
    what follows a surname is an organisation the text names, the name is cut to it."""
    toks = tokens(m.text)
    for size in (3, 2):
        rest = m.text.split()[size:]
        if len(toks) > size and tuple(toks[:size]) in fulls and rest and not _org_head(" ".join(rest)):
            return "person"
    ws = m.text.split()
    if len(ws) >= 2 and toks[0] in family and len(ws[0]) == len(toks[0]) and key(" ".join(ws[1:])) in org_keys:
        cut = len(ws[0]) + 1
        m.start, m.text = m.start + cut, m.text[cut:]
    return ""


def _cut(m: Mention, text: str) -> None:
    """Cut glued words off: a post after the name, a demonym after a preposition, a score."""
    name = m.text
    # "World Health Organisation (WHO": a bracket the name does not close ends it
    if "(" in name and ")" not in name[name.index("("):]:
        name = name[:name.index("(")].rstrip()
    if ": " in name:  # "the House: Stop reading": a colon ends a name (a headline's or a list's words follow)
        name = name[:name.index(": ")]
    ws = name.split(" ")
    # "pro-Beijing New People Party": a lower-case word before the capitalised name is no part of it
    # ("la Repubblica" starts with an article that is; "eBay" is a name)
    lead = 0
    while (len(ws) - lead >= 2 and ws[lead][:1].islower() and ws[lead].lower() not in CONNECTORS
           and (ws[lead].islower() or "-" in ws[lead]) and ws[lead + 1][:1].isupper()):
        lead += 1
    if lead:
        cut = len(" ".join(ws[:lead])) + 1
        m.start, ws = m.start + cut, ws[lead:]
        name = " ".join(ws)
        m.text = name
    # "State Department Spokesperson", "NASA Administrator": the post, not the institution; what is
    # left is kept only if it names one ("National Security Advisor" is a post and nothing else)
    posted = False
    # (not "the Office of the State Fire Marshal": the post the office serves is its name's end)
    served = any(w.lower() in words("post_office_heads") and nxt == "of" for w, nxt in zip(ws, ws[1:], strict=False))
    while len(ws) >= 2 and not served and is_title_word(ws[-1]) and not _org_head(ws[-1]):
        ws, posted = ws[:-1], True
    if posted and not (_org_head(" ".join(ws)) or re.fullmatch(r"[A-Z][A-Z.&]+", ws[-1])):
        m.kind = "other"
        return
    # "Scientology on French (television)": a preposition and a demonym are no name's ending
    if len(ws) >= 3 and is_demonym(ws[-1]) and ws[-2].islower():
        ws = ws[:-2]
    # a lower-case word that joins no name's parts ends it: "Ruiz Holdings said" never reaches here,
    # but "Acme Corp announced Tuesday" can
    for i, w in enumerate(ws[1:] if ws[0][:1].isupper() else (), 1):
        if w.isalpha() and w.islower() and w not in CONNECTORS:
            ws = ws[:i]
            break
    # "Sweden 1": a trailing number that starts a score
    if len(ws) >= 2 and ws[-1].isdigit() and SCORE_RE.match(text, m.start + len(" ".join(ws[:-1]))):
        ws = ws[:-1]
    while ws and ws[-1].lower() in CONNECTORS:
        ws = ws[:-1]
    new = " ".join(ws).rstrip(" ,")
    if new and new != m.text:
        m.text, m.end = new, m.start + len(new)


def _extend(m: Mention, text: str) -> None:
    """Add the country an organisation is "of" ("… Union of the UK") and a university's campus."""
    if m.kind != "organization":
        return
    after = text[m.end:m.end + 80]
    hit = OF_COUNTRY_RE.match(after)
    if hit and key(hit.group(1)).replace(".", "") in words("countries") | {"us", "uk"}:
        m.text, m.end = text[m.start:m.end + hit.end()], m.end + hit.end()
        return
    head = [w.lower() for w in m.text.split()]
    if head and (head[0] in CAMPUS_HEADS or head[-1] in CAMPUS_HEADS):
        hit = AT_CAMPUS_RE.match(after)
        if hit:
            m.text, m.end = text[m.start:m.end + hit.end()], m.end + hit.end()
            return
    # "the Joint Council for the Welfare of Immigrants": what an institution is "for" or "of", in
    # capitals, belongs to its name when the model stopped at the head noun
    hit = PURPOSE_RE.match(after)
    if hit and head and head[-1] in words("organization_nouns") | words("name_heads"):
        ext = hit.group().split(" ")
        # "the Department of Justice Inspector General …": a post after the name ends it, unless the
        # institution is the post's own ("the Office of the State Fire Marshal")
        for i in range(3, len(ext) if head[-1] not in words("post_office_heads") else 3):
            if is_title_word(ext[i]):
                ext = ext[:i]
                break
        while ext[-1].lower() in CONNECTORS:
            ext = ext[:-1]
        size = len(" ".join(ext))
        if size > len(" of"):
            m.text, m.end = text[m.start:m.end + size], m.end + size


def _teams(text: str, mentions: list[Mention]) -> None:
    """ "Belgium 3 – 0 Panama", "Tunisia lost 1 – 2 to England": a place named beside a score is a
    team, an organisation, wherever the text names it."""
    names = {m.text: key(m.text) for m in mentions if m.kind in KINDS and m.text[:1].isupper()}
    teams = {names[name] for name in _beside_scores(text, set(names))}
    for m in mentions:
        if m.kind == "place" and key(m.text) in teams:
            m.kind = "organization"


def _beside_scores(text: str, names: set[str]) -> set[str]:
    """The names the text writes just before a score (`NAME [won] 3 – 0`) or just after one
    (`3 – 0 [to] NAME`), at word bounds. One pass over the scores, each looked up among the names'
    lengths: a search of the whole text per name grew with the square of a long seed's length."""
    lengths = sorted({len(n) for n in names})
    found = set()
    for score in SCORE_AT.finditer(text):
        start, end = score.start(), score.end(1)
        before = _space_before(text, start)
        if before == start:
            continue  # the score's leading space is part of the pattern
        ends = [before]
        verb = RESULT_VERB_END.search(text, max(0, before - 12), before)
        if verb and _space_before(text, verb.start()) < verb.start():
            ends.append(_space_before(text, verb.start()))
        for e in ends:
            found.update(text[e - n:e] for n in lengths if n <= e and text[e - n:e] in names
                         and not (e - n and _wordish(text[e - n - 1])))
        after = _space_after(text, end)
        if after == end:
            continue
        starts = [after] + [after + len(p) for p in SCORE_LINKS if text.startswith(p, after)]
        for b in starts:
            found.update(text[b:b + n] for n in lengths if text[b:b + n] in names and b + n <= len(text)
                         and not (b + n < len(text) and _wordish(text[b + n])))
    return found


def _space_before(text: str, i: int) -> int:
    while i and text[i - 1].isspace():
        i -= 1
    return i


def _space_after(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"  # what the bounds (?<![\w-]) and (?![\w-]) refuse


def _towns(text: str, mentions: list[Mention]) -> None:
    """ "Dayton, Ohio": a town named with its state or country carries it in its full name (the bare
    "Dayton" joins it in `join`); the state stays a place of its own."""
    starts = {m.start: m for m in mentions if m.kind == "place"}
    for m in mentions:
        region = starts.get(m.end + 2) if text[m.end:m.end + 2] == ", " else None
        if m.kind != "place" or region is None or _region(m.text) or not _region(region.text):
            continue
        # "the UK, Afghanistan and Iraq", "the Carolinas, Virginia and Maryland": a list of places
        the = text[max(0, m.start - 4):m.start].lower() == "the " and " " not in m.text
        if m.text.isupper() or the or re.match(r" (?:and|or) ", text[region.end:region.end + 5]):
            continue
        m.text, m.end = text[m.start:region.end], region.end


def _region(name: str) -> bool:
    k = key(name).replace(".", "") if len(name) > 4 else key(name)
    return k in words("regions") or k in words("countries") or key(name) in words("regions")


def _bracket_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Movimento Cinque Stelle (MCS)", "the Ruiz Space Center (RSC)": the acronym in brackets after an
    organisation or a place, and its later uses, are mentions of it (joined to it in `join`), of its kind."""
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * max(0, m.end - m.start)
    found: dict[str, str] = {}
    for m in mentions:
        hit = BRACKET_ACRONYM_RE.match(text, m.end)
        if m.kind in KINDS and hit and initial_fits(hit.group(1), m.text):
            found.setdefault(hit.group(1), m.kind)
    # the model may have typed the acronym itself otherwise ("KSC" an organisation after a place)
    for m in mentions:
        if m.kind in KINDS and m.text in found:
            m.kind = found[m.text]
    out = []
    for form, kind in sorted(found.items()):
        for hit in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            if taken.find(1, hit.start(), hit.end()) == -1:
                out.append(Mention(hit.start(), hit.end(), form, kind, label=kind))
    return out


def _write_spans(doc, rejected: list[tuple[int, int, str]]) -> None:
    spans = []
    for s, e, reason in rejected:
        span = doc.char_span(s, e, label=reason, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[SPAN_KEY] = spans
