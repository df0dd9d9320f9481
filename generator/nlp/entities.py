"""Entity mentions from spaCy, their type decided per document, grouped into entities."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .censusnames import given_name_share
from .creditspans import credit_spans, source_name_spans
from .deitynames import deity_keys
from .firstwords import cut_common_first_words
from .gluedsurname import cut_glued_surnames
from .markedthings import article_group, article_group_words, marked_things
from .mentions import Mention
from .mentionsplits import shared_surnames
from .names import acronym, compact, fold, key, one_edit, strip_marks, tokens
from .notnames import known_name, majority, not_a_name, org_key
from .personhood import has_given_name
from .rules import words
from .thingnames import thing_like


@dataclass
class Cluster:
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    current: str = ""  # the form the text says is the name now ("Ana Ruiz - now Ana Vidal"), if any

    @property
    def forms(self) -> list[str]:
        return [m.text for m in self.mentions]

    def longest(self) -> list[str]:
        # over distinct forms: a long report names one person thousands of times
        return max((tokens(f) for f in dict.fromkeys(m.text for m in self.mentions)), key=len)


def decide_types(mentions: list[Mention], lower: set[str]) -> None:
    """One type per name in a document, from all its mentions and what surrounds them.

    spaCy's small model calls "Cabello" an organisation 14 times out of 16 in the sample seed,
    while "Diosdado Cabello" is a person: the full name settles the surname. A name spaCy calls
    a person but that reads as a thing ("Space Shuttle Columbia" in a text about "the space
    shuttle", "Castle Road") or that stands alone once with nothing to say it is a person
    ("Firefox") is dropped; a name after a role noun or title ("designer Halston") is a person.
    """
    cut_common_first_words(mentions, lower)
    _cut_before_party_names(mentions)
    cut_glued_surnames(mentions)  # "to Mrs. Ruiz Ana Vidal": a list's missing comma
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[key(m.text)].append(m)
    decided = {k: _decide(k, ms, lower) for k, ms in groups.items()}
    decided.update(dict.fromkeys(deity_keys(groups), "other"))  # "Lord Krishna", "Shri Krishna": a god
    # "Missouri To Sue China": in a Title Case headline, a "name" ending in what the text calls a
    # place or an organisation is not a person unless something around it says so
    elsewhere = {k for k, kind in decided.items() if kind in ("place", "organization")}
    for k, kind in decided.items():
        toks = tokens(k)
        if (kind == "person" and len(toks) >= 2 and toks[-1] in elsewhere
                and all(m.clues.headline and not m.clues.role for m in groups[k])):
            decided[k] = "other"
    _named_after(decided, groups)
    # the last word of a person's full name, hyphens kept: "Kim Jong-un" does not make "UN" a person
    person_parts = {k.split()[-1].strip(".") for k, kind in decided.items() if kind == "person" and len(k.split()) >= 2}
    # ("Kim Jong Un" does not make "UN" one either: an acronym in capitals is no surname written "Un")
    person_parts -= {k for k, ms in groups.items() if len(k.split()) == 1 and _capitals(m.text for m in ms)} - {
        key(m.text.split()[-1]).strip(".") for k, kind in decided.items() if kind == "person" and len(k.split()) >= 2
        for m in groups[k] if _capitals([m.text.split()[-1]])}
    # "Chrome" once "Google Chrome" is a product: a bare word ending a longer name that is a thing or
    # an organisation is that thing, unless a person's name ends with it too
    things = {tokens(k)[-1]: kind for k, kind in decided.items()
              if kind in ("other", "organization") and len(tokens(k)) >= 2
              and not any(m.label == "person" for m in groups[k])}
    # "Acme" once "Acme Bank" is a bank, "Harlow" once "Harlow Correctional Center" is a prison: a bare word
    # that opens an institution's or a place's name ending in its head word is short for it
    things.update({tokens(k)[0]: kind for k, kind in decided.items()
                   if kind in ("organization", "place") and len(tokens(k)) >= 2 and tokens(k)[0] not in things
                   and tokens(k)[-1] in words("name_heads") and not any(m.label == "person" for m in groups[k])})
    things.update(marked_things(decided, groups))  # "USS Harmon ... approached Harmon", however labelled
    # "Mary Ellen" once "Mary Ellen Children's Hospital" is one: so for the first words of such a name
    opening = {" ".join(tokens(k)[:n]): kind for k, kind in decided.items()
               if kind in ("organization", "place") and len(tokens(k)) >= 3 and tokens(k)[-1] in words("name_heads")
               and not any(m.label == "person" for m in groups[k]) for n in range(2, len(tokens(k)))}
    for k, kind in decided.items():
        toks = tokens(k)
        short_for = things.get(toks[0]) if len(toks) == 1 else opening.get(" ".join(toks))
        # (a full name that acts and is never placed anywhere is the one the institution is named after)
        acts = len(toks) > 1 and any(m.clues.agent for m in groups[k]) and not any(m.clues.placed for m in groups[k])
        if (kind == "person" and short_for and toks[0] not in person_parts and not acts and not any(
                m.clues.role or m.clues.speech or m.clues.gender or (len(toks) > 1 and m.clues.kin) for m in groups[k])):
            decided[k] = short_for
    # "Ansar al-Tenby ... Ansar has denied it": a group's short name speaks as the group does
    short = article_group_words(decided, groups)
    for k, kind in decided.items():
        toks = tokens(k)
        if (kind == "person" and len(toks) == 1 and toks[0] in short and toks[0] not in person_parts
                and not any((m.clues.role and not m.clues.guessed) or m.clues.gender or m.clues.kin for m in groups[k])):
            decided[k] = short[toks[0]]
    # "Dexter" once "Dexter, Maine" is a place: a town first named with its state or country
    towns = {key(ms[0].text.split(",")[0]) for k, ms in groups.items() if decided[k] == "place" and "," in ms[0].text}
    for k, kind in decided.items():
        if kind == "person" and k in towns and not any(m.clues.role or m.clues.speech for m in groups[k]):
            decided[k] = "place"
    # "Tamerlan Tsarnaev … Tamerlan had travelled" (the model: a place): the first word of a person's
    # full name, alone, is that person where something only a person gets says so
    person_firsts = {k.split()[0] for k, kind in decided.items() if kind == "person" and len(k.split()) >= 2}
    # "the Hill" is a site only once the text names one ending in it ("Capitol Hill"): alone, the newspaper
    sites = {tokens(k)[-1] for k, kind in decided.items() if kind in ("place", "organization") and len(tokens(k)) >= 2}
    for k, ms in groups.items():
        kind = decided[k]
        # (dropped as an unknown word said once, acting is enough: "his mother said Tamerlan had left")
        if (len(k.split()) == 1 and k in person_firsts and kind in ("place", "organization", "other")
                and org_key(k) not in words("countries") and not _thing(ms)
                and not any(m.clues.called for m in ms)  # ("Hurricane Ana", "on CNBC's “Evening Ana,”")
                and any(m.clues.speech or m.clues.gender or m.clues.kin or m.clues.pronoun
                        or (m.clues.role and not m.clues.guessed) or (kind == "other" and m.clues.agent and not known_name(k))
                        for m in ms)):
            kind = decided[k] = "person"
        if len(k.split()) == 1 and k.strip(".") in person_parts and kind != "person" and not _thing(ms):
            if org_key(k) in words("countries"):
                # "Rep. Ana Israel … stand with Israel": a country that is also a named person's surname is
                # the person only where something says so (speech, an honorific, a title)
                for m in ms:
                    m.kind = "person" if (m.clues.speech or m.clues.gender or (m.clues.role and not m.clues.guessed)) \
                        else kind
                continue
            kind = "person"
        if kind == "organization" and _facility(ms[0].text) and not any(m.clues.called for m in ms) \
                and (len(tokens(k)) >= 2 or k not in words("site_heads") or k in sites):
            kind = "place"  # "Museum of Flight", "Johnson Space Center": a place whatever the model says
        if kind in ("organization", "place") and _fragment(ms[0].text):
            kind = "other"  # "Pan-", "Lam Cheuk-": a piece of a hyphenated word, no name
        for m in ms:
            m.kind = kind


def _facility(name: str) -> bool:
    """A name whose head is a building or site: its last word, or the word before "of" ("Museum of Flight")."""
    words_ = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    if not words_:
        return False
    head = words_[words_.index("of") - 1] if "of" in words_[1:] else words_[-1]
    return head in words("facility_nouns") or head in words("site_heads")


def _capitals(texts) -> bool:
    """Every text written in capitals, two letters or more ("UN", "NATO"): an acronym."""
    return all(len(t.strip(".")) >= 2 and t.strip(".").isupper() for t in texts)


def _fragment(name: str) -> bool:
    return name.rstrip().endswith(("-", "–")) or name.lstrip().startswith(("-", "–"))


def _cut_before_party_names(mentions: list[Mention]) -> None:
    """ "Will Labour table a vote?": a name ending in a party's name that no one bears as a surname is
    the party, and the words before it are not part of it."""
    for m in mentions:
        words_ = m.text.split()
        for n in (2, 1):
            if len(words_) > n and " ".join(tokens(" ".join(words_[-n:]))) in words("party_names"):
                cut = len(m.text) - len(" ".join(words_[-n:]))
                m.start, m.text = m.start + cut, m.text[cut:]
                break


def _named_after(decided: dict[str, str], groups: dict[str, list[Mention]]) -> None:
    """ "the Ruiz Polaroids" once "Ana Ruiz" is a person: a name that starts with a person's
    surname and goes on with words that are no one's name is a thing named after that person."""
    people = [tokens(k) for k, kind in decided.items() if kind == "person" and len(tokens(k)) >= 2]
    for k, kind in decided.items():
        toks = tokens(k)
        if kind != "person" or len(toks) < 2 or "-" in k or has_given_name(groups[k][0].text):
            continue
        if any(m.clues.role and not m.clues.guessed for m in groups[k]):
            continue
        rest_unknown = not any(known_name(t) for t in toks[1:])
        if rest_unknown and any(p[-1] == toks[0] and p != toks for p in people):
            decided[k] = "other"


def _thing(ms: list[Mention]) -> bool:
    """Most mentions read as a thing ("the X exhibit") and none as a person."""
    # "an Edward Steichen exhibit"; a first name that is also a state or country says nothing ("the
    # Florida Keys")
    first = fold(ms[0].text.split()[0]) if ms[0].text.split() else ""
    named = has_given_name(ms[0].text) and first not in words("countries") and first not in words("regions")
    things = sum(m.clues.thing or (m.clues.article and not named) for m in ms)
    return things * 2 > len(ms) and not any((m.clues.role and not m.clues.guessed) or m.clues.speech for m in ms)


def _decide(k: str, ms: list[Mention], lower: set[str]) -> str:
    votes = Counter(m.label for m in ms)
    name = ms[0].text
    # "by appropriate anesthesia", "the years-old logjam": a word never written with a capital is no name
    if not any(c.isupper() for m in ms for c in m.text):
        return "other"
    fixed = not_a_name(k, ms, votes)
    if fixed:
        return fixed
    # "GOP Senators Warn Of Tough Road": one capitalised word seen only in Title Case lines says
    # nothing (a full name the body gives still makes it a person, in `decide_types`)
    if len(k.split()) == 1 and all(m.clues.headline for m in ms):
        return majority(votes, exclude="person")
    # a role noun guessed from its ending ("orbiter") does not outweigh "Castle Road" or "the X"
    role = any(m.clues.role and not m.clues.guessed for m in ms)
    # "the province of X": a place, unless a role says otherwise
    if any(m.clues.area for m in ms) and not role and not any(m.clues.speech for m in ms):
        return "place"
    # "the Pope visited Knock … waited in Knock": a word the model calls a place as often as a person,
    # placed somewhere, with nothing only a person gets
    if (votes["place"] >= votes["person"] > 0 and any(m.clues.placed for m in ms) and not role
            and not any(m.clues.speech or m.clues.gender or m.clues.kin for m in ms)):
        return "place"
    # "air defences at Tenbyk … Tenbyk is close to the border": one word that is no known name, placed
    # somewhere, and nothing only a person gets (the model's "person", as often as any other, does not outweigh it)
    if (len(k.split()) == 1 and votes["person"] >= max(votes["organization"], votes["place"], votes["thing"], 1)
            and not known_name(tokens(k)[-1])
            and any(m.clues.placed for m in ms) and not role
            and not any(m.clues.speech or m.clues.gender or m.clues.kin or m.clues.pronoun or m.clues.peer for m in ms)):
        return "place"
    # "the newspaper Acme … Acme said": what the text calls an institution speaks as one; a storm
    # ("Hurricane Ana … Ana hit the coast") is no one
    called = {m.clues.called for m in ms} - {""}
    if called and not role:
        if "other" in called:
            return "other"
        return majority(votes, exclude="person") if votes.keys() - {"person", "thing"} else "organization"
    if not thing_like(name, lower) and not _thing(ms):
        role = role or any(m.clues.role for m in ms)
    speech = any(m.clues.speech for m in ms)
    if votes["person"] >= max(votes["organization"], votes["place"], votes["thing"]):
        if role or (speech and not thing_like(name, lower)):
            return "person"
        if thing_like(name, lower) or _thing(ms):
            return majority(votes, exclude="person")
        # one bare word that is no known name, with nothing around it to say it is a person: once, or
        # never listed with a person ("Mr. Trump and Xi"), acting ("Xi arrived") or owning ("Xi's plan");
        # heading an administration ("the Xi government") says a person even once
        if (len(k.split()) == 1 and not known_name(tokens(k)[-1])
                and not any(m.clues.peer or m.clues.leads for m in ms)
                and (len(ms) == 1 or not any(m.clues.agent and not m.clues.thing for m in ms))):
            return "other"
        return "person"
    # spaCy says organisation or place: only a listed title or role noun, or an age, outweighs it
    # ("designer Halston"; not "its neighbors China and Russia")
    if any(m.clues.role and not m.clues.guessed for m in ms) and not thing_like(name, lower):
        return "person"
    # "founded by Dean Kamen" (spaCy: ORG); a place with a first name in it ("Hong Kong") stays a
    # place; a two-word name listed among people is one of them ("Ana Ruiz and Dries Peeters")
    peer = any(m.clues.peer for m in ms) and len(tokens(k)) >= 2
    if (votes["organization"] + votes["thing"] >= votes["place"] and (has_given_name(name) or peer)
            and len(tokens(k)) <= 3 and not thing_like(name, lower) and not _thing(ms)):
        return "person"
    return majority(votes, exclude="person")


def add_missed(text: str, mentions: list[Mention], sources: Iterable[str] = ()) -> list[Mention]:
    """Occurrences of a known person name spaCy did not tag (or tagged as something else), with or
    without diacritics ("Guaido" for "Guaidó"), and bare surnames of full names. sources: the briefing's
    author and outlet, whose names written in the text are no one's mention."""
    mentions = shared_surnames(mentions, text)  # "Ana and Luis Ruiz": "Ana" is "Ana Ruiz", found below too
    # a credit line ("Image: Ana Ruiz.") names the photo's source, even when Ruiz is in the story; so does
    # the author's name in a tagline ("Russ Vidal, a Lima doctor, …": "Russ" is not "Ana Russ")
    taken = [(m.start, m.end) for m in mentions] + credit_spans(text) + source_name_spans(text, sources)
    people = [m for m in mentions if m.kind == "person" and m.text[:1].isupper()]
    forms = {strip_marks(m.text) for m in people}
    forms |= {strip_marks(m.text.split()[-1]) for m in people if len(m.text.split()) > 1}
    plain = strip_marks(text)
    # One pass over the text's word starts finds every form's occurrences (a regex per form re-read
    # the whole text once per name), and a mark per taken character answers "already taken?" in
    # the length of the hit (a scan of all taken spans made a long text quadratic).
    forms = sorted((f for f in forms if len(f) >= 3 and f[:1].isupper()), key=lambda f: (-len(f), f))
    by_word: dict[str, list[int]] = defaultdict(list)
    for n, form in enumerate(forms):
        by_word[re.match(r"\w+", form).group()].append(n)
    hits = []
    for word in re.finditer(r"(?<![\w-])\w+", plain):
        s = word.start()
        for n in by_word.get(word.group(), ()):
            e = s + len(forms[n])
            if plain.startswith(forms[n], s) and not re.match(r"[\w-]", plain[e:e + 1]):
                hits.append((n, s, e))
    covered = bytearray(len(plain) + 1)
    for ts, te in taken:
        covered[ts:te] = b"\x01" * max(0, te - ts)
    extra = []
    for _, s, e in sorted(hits):  # longest forms first, each in text order, as before
        if covered.find(1, s, e) != -1:
            continue
        covered[s:e] = b"\x01" * (e - s)
        extra.append(Mention(s, e, text[s:e], "person"))
    return sorted(mentions + extra, key=lambda m: (m.start, m.end))


def cluster_others(mentions: list[Mention], kind: str) -> list[Cluster]:
    """Organisations or places: same name, or an acronym of the other's words (AP = Associated Press)."""
    by_key: dict[str, Cluster] = {}
    for m in mentions:
        k = org_key(m.text)
        by_key.setdefault(k, Cluster(kind)).mentions.append(m)
    merged: dict[str, str] = {}
    keys = list(by_key)
    # the names of two words or more each acronym stands for, in order: made once, not per pair
    owners: dict[str, list[str]] = defaultdict(list)
    for other in keys:
        if len(other.split()) >= 2:
            for form in {acronym(_title_case(other))} | {acronym(m.text) for m in by_key[other].mentions}:
                owners[form].append(other)
    for k in keys:
        short = compact(by_key[k].mentions[0].text) or (k.upper() if k.isalpha() and len(k) <= 5 else "")
        if not short:
            continue
        target = next((other for other in owners.get(short, ()) if other != k), None)
        if target is not None:
            merged[k] = target
    # "State" once "State Department" is named: the one longer name that is the word and an
    # institution's head noun ("department", "ministry") is what the short form stands for
    heads: dict[str, list[str]] = defaultdict(list)  # first word -> "X Department"-like names, indexed once
    for o in keys:
        if o not in merged and len(o.split()) == 2 and o.split()[1] in words("organization_nouns"):
            heads[o.split()[0]].append(o)
    for k in keys:
        if k in merged or len(k.split()) != 1:
            continue
        longer = [o for o in heads.get(k, ()) if o != k]
        if len(longer) == 1:
            merged[k] = longer[0]
    # "the Journal" once "the Wall Street Journal" is named: a head noun alone is the one longer name it ends
    # ... and "Ansar" once "Ansar al-Tenby" is named: a group's first word before the Arabic article
    ends: dict[str, list[str]] = defaultdict(list)
    for o in keys:
        if o not in merged and len(o.split()) >= 2:
            ends[o.split()[-1]].append(o)
            if article_group(o):
                ends[tokens(o)[0]].append(o)
    for k in keys:
        # (not a chamber: "the House" is not "the White House")
        if (k not in merged and len(k.split()) == 1 and len(ends.get(k, ())) == 1 and k not in words("legislatures")
                and (k in words("name_heads") or k in words("site_heads") or (article_group(ends[k][0]) and tokens(ends[k][0])[0] == k))):
            merged[k] = ends[k][0]
    for k, target in merged.items():
        by_key[target].mentions.extend(by_key.pop(k).mentions)
    for c in by_key.values():
        c.mentions.sort(key=lambda m: m.start)
    return list(by_key.values())


def _title_case(k: str) -> str:
    return " ".join(w.capitalize() for w in k.split() if w not in ("of", "and", "the", "for"))


def canonical(cluster: Cluster) -> str:
    """The name the text says is the current one, else the fullest name form, most frequent among equals; between a person's spellings written equally
    often, the one whose given name the census bears more often ("Kayleigh" over "Kaleigh": a slip is
    rarer than the name), then the first seen."""
    if cluster.current:
        return cluster.current
    counts = Counter(c for c in cluster.forms)
    order = {f: i for i, f in reversed(list(enumerate(cluster.forms)))}

    def given_share(f: str) -> float:
        toks = tokens(f)
        return given_name_share(toks[0]) if cluster.kind == "person" and len(toks) > 1 else 0.0

    best = max(counts, key=lambda f: (len(tokens(f)), counts[f], given_share(f), any(ord(ch) > 127 for ch in f),
                                      -order[f]))
    if cluster.kind == "person":
        best = _surname_as_written_most(best, counts)
    return GENERATION_COMMA_RE.sub(r"\1", best)  # "Ana Ruiz, Jr." is named "Ana Ruiz Jr."


def _surname_as_written_most(best: str, counts: Counter) -> str:
    """"designer Mossimo Giuannulli" once, "Mr Giannulli" twice: the full name's surname one letter from the
    one the text writes more often is a slip, and the name takes the other spelling (a tie keeps it)."""
    words_ = best.split()
    if len(words_) < 2:
        return best
    last = words_[-1]
    written: Counter = Counter()
    for form, n in counts.items():
        written[form.split()[-1]] += n
    other = max((w for w in written if w != last and one_edit(w.lower(), last.lower())), key=lambda w: written[w],
                default=None)
    if other is None or written[other] <= written[last]:
        return best
    return " ".join([*words_[:-1], other])


GENERATION_COMMA_RE = re.compile(r",(\s+(?:Jr|Sr|II|III|IV)\b)")


def aliases(cluster: Cluster) -> list[str]:
    seen: dict[str, str] = {}
    for f in cluster.forms:
        seen.setdefault(fold(f), f)
    return sorted(seen.values())
