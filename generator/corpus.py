"""Across briefings: one page per real person, organisation and place; the cross-briefing timeline."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property

from .contextnames import context_weights, pointed_to, shared_context
from .cutshort import cut_short
from .declarednames import declared_names, join_declared, took_name
from .identity import APART, NameForm, apart_key, contained, merge_people, name_form, transliterated
from .kinnames import kin_name, kin_named
from .memo import Rounds
from .misspelt import joined_misspellings, righted
from .model import Annotations, Claim, DateRef, Entity, calendar_order, on_calendar
from .nameforms import described, one_story, owner_key, reversed_names, unsuffixed
from .nameskeletons import skeletal
from .nlp.names import is_generation, key, tokens
from .nlp.personhood import first_name_only
from .nlp.rules import words
from .personmarks import OUTLET, clash, marks, unlike
from .personroles import ROLE_MODIFIERS, _clash, _compatible_roles, _families, _role_words, _shared_roles, regnal_title
from .personshape import CANDIDATE, campaigning, common_words, person_shaped, written_given
from .samepost import same_post
from .slugs import unique_slugs
from .surnameforms import joined_feminine
from .termnames import term_said

KINDS = ("people", "organizations", "places")
# An organisation or place named in fewer briefings than this has no page of its own: its entry in
# its briefing describes it, and links lead there. Every person has a page.
OWN_PAGE_FROM = 2


@dataclass(frozen=True)
class Appearance:
    """One entity as one briefing states it."""

    briefing: str  # briefing slug
    title: str
    published: str | None
    entity: Entity
    claims: tuple[Claim, ...] = ()
    # what tells namesakes apart: the state and kind of office the briefing ties the person to
    marks: frozenset[str] = frozenset()
    # a one-word name: whether the briefing says anything only a person gets (see `personshape`), and a
    # given name written right before it that the briefing's name left out
    shaped: bool = True
    written_given: str = ""
    # a one-word name: the surnames (name-form words) of the other people its briefing names in full
    family: frozenset[str] = frozenset()
    # the other full names (merge keys) the briefing declares this person's (see `declarednames`)
    declared: frozenset[str] = frozenset()
    # the briefing says this name is one the person took (see `declarednames.took_name`): the page's name
    renamed: bool = False
    # the name as this briefing misspells it, where it joined the right spelling's page (see `misspelt`)
    spelled: str = ""
    # the other names its briefing gives (people, organisations, places, as merge keys): what it is about
    # (see `contextnames`)
    context: frozenset[str] = frozenset()
    # a one-word name said only of a term in office ("the Ruiz administration": see `termnames`)
    term: bool = False
    kin_name: str = ""  # a bare given name's full name by its kin role ("Ruiz's wife" Ana: see `kinnames`)


@dataclass
class CorpusEntity:
    id: str
    kind: str
    name: str
    appearances: list[Appearance] = field(default_factory=list)
    page: str = ""  # the page that describes it: its own ("places/x.md") or its briefing's entry ("briefings/b.md#who-l2")
    # ids of other pages of this kind that may be the same (ambiguous surname, one-letter misspelling)
    possible_duplicates: list[str] = field(default_factory=list)

    @cached_property  # appearances are complete once aggregate() returns
    def roles(self) -> list[tuple[str, str]]:
        """(role, briefing slug) pairs across briefings, in briefing order."""
        return [(r, a.briefing) for a in self.appearances for r in a.entity.roles]

    @cached_property
    def conflicts(self) -> set[str]:
        """Roles one briefing states that clash with another's: same kind of post, different post
        ("Defense Minister" here, "Interior Minister" there), or a different age for one date."""
        stated = [(r, a.briefing, _role_words(r)) for a in self.appearances for r in a.entity.roles]
        out = set()
        for r1, b1, w1 in stated:
            for r2, b2, w2 in stated:
                if b1 != b2 and _clash(w1, w2):
                    out.update((r1, r2))
        ages = {(a.entity.age, (a.published or "")[:4]) for a in self.appearances if a.entity.age}
        if len({age - int(year) for age, year in ages if year.isdigit()}) > 1:
            out.add("age")
        return out

    @cached_property
    def aliases(self) -> list[str]:
        return sorted({al for a in self.appearances for al in a.entity.aliases})

    @cached_property
    def mention_count(self) -> int:
        return sum(len(a.entity.mentions) for a in self.appearances)

    @cached_property
    def reference_count(self) -> int:
        """Descriptions and pronouns linked to this person ("the senator", "she") across briefings."""
        return sum(len(getattr(a.entity, "references", ()) or ()) for a in self.appearances)


@dataclass(frozen=True)
class TimelineEntry:
    value: str
    briefing: str
    title: str
    date: DateRef


@dataclass
class Corpus:
    briefings: list[Annotations]
    slugs: dict[str, str]  # document source -> briefing slug
    entities: dict[str, list[CorpusEntity]]  # kind -> entities
    links: dict[tuple[str, str], str]  # (briefing slug, local id) -> "kind/id"
    timeline: list[TimelineEntry]
    pages: dict[str, str] = field(default_factory=dict)  # "kind/id" -> the page that describes it


def aggregate(annotations: list[Annotations], own_page_from: int = OWN_PAGE_FROM) -> Corpus:
    """Gather every briefing's entities into corpus entities (conservatively) and one timeline."""
    ordered = sorted(annotations, key=lambda a: (a.document.published or "", a.document.title, a.document.source),
                     reverse=True)
    sources = [a.document.source for a in ordered]
    slugs = dict(zip(sources, unique_slugs((a.document.slug for a in ordered), "briefing", keys=sources), strict=True))
    _GATHERED.new_round()
    # an unchanged seed's annotations are the same object in the next build of a serve process: what
    # one briefing gives is gathered once, and only the corpus-wide joining is done again
    gathered = [_GATHERED.of(a, lambda a=a: _gather(a, slugs[a.document.source]), slugs[a.document.source])
                for a in ordered]
    entities: dict[str, list[CorpusEntity]] = {}
    links: dict[tuple[str, str], str] = {}
    pages: dict[str, str] = {}
    # the last words of every full name in the corpus: a bare word that is one ("Clinton", "Paul" of
    # "Rand Paul") may be a surname, so it is not kept to its briefing like a bare first name
    said_surnames = set().union(*(g.surnames for g in gathered))
    # "Bloomberg News" somewhere in the corpus: a bare "Bloomberg" said of no role may be the outlet
    outlets = set().union(*(g.outlets for g in gathered))
    # how many articles write each word with a capital: a misspelt name is a word one article made
    written = Counter(w for g in gathered for w in g.capitalised)
    common = common_words(Counter(w for g in gathered for w in g.lower), written)
    story = {slugs[a.document.source]: g.surnames for a, g in zip(ordered, gathered, strict=True)}
    for kind in KINDS:
        groups: dict[str, list[Appearance]] = defaultdict(list)
        for g in gathered:
            for k, bare, appearance in g.kinds[kind]:
                if bare and k not in said_surnames and not _sole_title(appearance):
                    # "his brother Tom" here is not "Tom" there; "Prince Tom" here is "Prince Tom" there
                    k = apart_key(k, regnal_title(appearance.entity.roles) or appearance.briefing)
                if kind == "people" and k in outlets and not appearance.entity.roles:
                    appearance = replace(appearance, marks=appearance.marks | {OUTLET})
                groups[k].append(appearance)
        if kind == "people":  # "Tomas" in two briefings of one story (see `nameforms.one_story`)
            groups = one_story(groups, story, APART, _one_of_story)
        merged, maybe = _merge_people(groups, common, written) if kind == "people" else (groups, {})
        best = {k: _best_name(apps) for k, apps in merged.items()}
        if kind == "people":  # "Masrour Barzanib" beside "Barzani" in one article: "Masrour Barzani"
            best = {k: righted(n, (f for ap in merged[k] for f in ap.entity.aliases), written) for k, n in best.items()}
        items = sorted(merged.items(), key=lambda kv: best[kv[0]].lower())
        ids = unique_slugs((best[k] for k, _ in items), kind[:-1])
        ident_of = {k: ident for ident, (k, _) in zip(ids, items, strict=False)}
        out = []
        for ident, (k, apps) in zip(ids, items, strict=False):
            own = kind == "people" or len({ap.briefing for ap in apps}) >= own_page_from
            page = f"{kind}/{ident}.md" if own else f"briefings/{apps[0].briefing}.md#who-{apps[0].entity.id}"
            dupes = sorted(ident_of[d] for d in maybe.get(k, ()) if d in ident_of)
            out.append(CorpusEntity(ident, kind, best[k], apps, page, dupes))
            pages[f"{kind}/{ident}"] = page
            for ap in apps:
                links[(ap.briefing, ap.entity.id)] = f"{kind}/{ident}"
        entities[kind] = out
    # each briefing's entries come sorted and without repeats; the sort key leads with the date, then the briefing
    timeline = [entry for _, entry in sorted((e for g in gathered for e in g.timeline), key=lambda e: e[0])]
    return Corpus(ordered, slugs, entities, links, timeline, pages)


@dataclass(frozen=True)
class _Gathered:
    """What the corpus takes from one briefing: per kind, each entity's merge key, whether it is a bare
    first name, and its appearance (with what tells namesakes apart); the last words of its full names;
    the outlets it names; its timeline entries, sorted."""

    kinds: dict[str, tuple[tuple[str, bool, Appearance], ...]]
    surnames: frozenset[str]
    outlets: frozenset[str]  # the first word of each outlet it names ("Bloomberg" of "Bloomberg News")
    timeline: tuple[tuple[tuple, TimelineEntry], ...]  # (sort key, entry)
    lower: frozenset[str] = frozenset()  # the words it writes in lower case
    capitalised: frozenset[str] = frozenset()  # the words it writes with a capital, in lower case


_GATHERED = Rounds()  # by annotations object and slug


def _gather(a: Annotations, slug: str) -> _Gathered:
    by_speaker: dict[str, list] = defaultdict(list)  # each entity's claims, found once per briefing
    for c in a.claims:
        by_speaker[c.speaker_id].append(c)
    kinds = {}
    text = a.document.text
    # the full names' last words: a bare word one of them ends is said of a person by that full name
    full_last = {t[-1] for p in a.people if len(t := tokens(p.name)) > 1}
    # each entity's merge key, computed once: for the family, the context and the entity's own group
    keyed = {kind: [(_merge_key(e), e) for e in getattr(a, kind)] for kind in KINDS}
    family = frozenset(f.words[-1] for k, _ in keyed["people"] if len((f := name_form(k)).words) > 1)
    context = frozenset(k for kind in KINDS for k, _ in keyed[kind])  # (one set per briefing)
    for kind in KINDS:
        out = []
        for k, e in keyed[kind]:
            if kind == "people" and " " not in k:  # "Tomas" for "Tomas Ruiz" (see `nameforms.owner_key`)
                k = owner_key(e, a.people, text) or k
            bare = kind == "people" and " " not in k and first_name_only(k)
            tells = marks(e, text) if kind == "people" else frozenset()
            if kind == "people" and campaigning(e, text):
                tells |= {CANDIDATE}
            shape: dict = {}
            if kind == "people" and " " not in k:
                others = [sp for p in a.people if p.id != e.id for sp in p.mentions]
                shape = {"shaped": k in full_last or person_shaped(e, text, others, len(by_speaker.get(e.id, ()))),
                         "written_given": written_given(e, text), "family": family, "term": term_said(e, text),
                         "kin_name": kin_name(e, a.people, text)}
            if kind == "people" and len(t := k.split(" ")) == 2 and is_generation(t[1]):  # "Tomas Jr": Ruiz's son
                shape["family"] = family
            if kind == "people" and " " in k:  # "Teddy Ruiz" for "Theodore Ruiz"; "Ana Ruiz, formerly Tomas Ruiz"
                shape["declared"] = declared_names(e, a.people, text) - {k}
                shape["renamed"] = bool(shape["declared"]) and took_name(e, a.people, text)
            out.append((k, bare, Appearance(slug, a.document.title, a.document.published, e,
                                            tuple(by_speaker.get(e.id, ())), tells, **shape,
                                            context=context if kind == "people" else frozenset())))
        kinds[kind] = tuple(out)
    entries = sorted(
        (((calendar_order(d.value.split("/")[0]), calendar_order(d.value), slug, d.start),
          TimelineEntry(d.value, slug, a.document.title, d))
         for d in a.dates if on_calendar(d.value) and not d.dateline),
        key=lambda e: e[0])
    # one entry per event: a caption printed twice, or a date repeated in the same clause, is one
    # event; so is a time and the day its sentence names ("On 4 May ... at 22:30": the day is kept)
    seen: set[tuple[str, str]] = set()
    timeline = tuple(e for e in entries if (k := (e[1].value.split("T")[0], e[1].date.event)) not in seen
                     and not seen.add(k))
    surnames = frozenset(t[-1] for e in a.people if len(t := tokens(e.name)) > 1)
    outlets = frozenset(t[0] for o in a.organizations if len(t := tokens(o.name)) == 2 and t[1] in words("medium_words"))
    # the words it writes in lower case: a one-word name the corpus also writes so ("a harmon") is a common
    # word, which alone says nothing of a person (see `_may_be`)
    return _Gathered(kinds, surnames, outlets, timeline, frozenset(LOWER_WORD_RE.findall(text)),
                     frozenset(w.lower() for w in CAPITALISED_RE.findall(text)))


LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
CAPITALISED_RE = re.compile(r"\b[A-Z][^\W\d_]+")
def _merge_key(e: Entity) -> str:
    return " ".join(tokens(e.name)) if e.kind == "person" else key(e.name)


def _merge_people(groups: dict[str, list[Appearance]], common: frozenset[str] = frozenset(),
                  written: Counter[str] | None = None,
                  ) -> tuple[dict[str, list[Appearance]], dict[str, list[str]]]:
    """Person groups joined into one per person, and the possible duplicates (see `identity.merge_people`);
    common: the words the corpus writes in lower case; written: how many articles write each word with a
    capital."""
    groups = join_declared(groups, _may_be_renamed)  # "Teddy Ruiz" / "Theodore Ruiz", called both in one briefing
    groups = reversed_names(groups, _shared_roles)  # "Ruiz Tomas" once, "Tomas Ruiz" elsewhere
    groups = unsuffixed(groups, name_form, contained, _compatible_roles, _shared_roles)  # "Tomas Ruiz Jr." / "Tomas Ruiz"
    groups = cut_short(groups, _shared_roles, _namesakes)  # "Abed Rabbo" / "Abed Rabbo Mansour Hadi", one post
    weight = context_weights(ap for apps in groups.values() for ap in apps)
    # "Jihad Vorlani" / "Gehad el-Vorlani": one skeleton, said of one post or beside the same names
    groups = skeletal(groups, _one_of_story, lambda a, b: _shared_roles(a, b) or shared_context(a, b, weight))
    groups = same_post(groups, _one_of_story)  # "Sandy Vorlani" / "James Vorlani Jr.": one post, one month
    merged, maybe = merge_people(groups, _compatible_roles, _shared_roles, _namesakes, _called, _unlike,
                                 lambda apps, form: _may_be(apps, form, common), _kin, _surname_said, described,
                                 lambda cands, group: pointed_to(cands, group, weight))
    # "Nancy Pelsoi", "Dzokhar" (of the Tsarnaevs), "Chris Stephens" (beside Stevens's names): the right page, visibly
    merged, maybe = joined_misspellings(merged, maybe, _slip_fits, written or Counter(), _post_shared,
                                        lambda ap: ap.family, lambda a, b: _post_shared(a, b) or shared_context(a, b, weight))
    return joined_feminine(merged, maybe, lambda a, b: _slip_fits(a, b, False))  # "Ana Vidalov": "Ana Vidalova"


def _slip_fits(right: list[Appearance], slip: list[Appearance], both_names: bool) -> bool:
    """A name misspelt in one briefing may be the right spelling's person: roles that fit (or, when both
    spellings are names of their own, that share a post), no clash, not another sex."""
    return (_compatible_roles(right, slip) and not _namesakes(right, slip) and not _unlike(right, slip)
            and (not both_names or _shared_roles(right, slip)))


def _post_shared(a: list[Appearance], b: list[Appearance]) -> bool:
    """Roles that share a word of a post, not of kinship ("a Treasury spokeswoman" / "spokeswoman"; two
    sons are no one son), and fit (see `_slip_fits`)."""
    posts = [{w for ap in side for r in ap.entity.roles for w in _role_words(r)} - words("kin_nouns")
             for side in (a, b)]
    return bool(posts[0] & posts[1] - ROLE_MODIFIERS) and _slip_fits(a, b, True)


def _sole_title(ap: Appearance) -> bool:
    """A role that is a title one living person bears ("Pope"): a bare given name said with it names one
    person corpus-wide (`data/sole_titles`)."""
    return any(set(_role_words(r)) & words("sole_titles") for r in ap.entity.roles)


def _surname_said(apps: list[Appearance]) -> bool:
    """Every briefing of a one-word name writes an honorific before it ("Mr. Ruiz"): a surname there."""
    return bool(apps) and all(any(m.startswith("sex:") for m in ap.marks) for ap in apps)


def _may_be_renamed(a: list[Appearance], b: list[Appearance]) -> bool:
    """Two names one briefing declares one person's may be that person everywhere: roles that fit, no clash
    (another sex says nothing: a person who took another name may be spoken of as either)."""
    return _compatible_roles(a, b) and not _namesakes(a, b)


def _one_of_story(a: list[Appearance], b: list[Appearance]) -> bool:
    """Two briefings' bare given name may be one person: roles that fit, no clash, the same sex."""
    return _compatible_roles(a, b) and not _namesakes(a, b) and not _unlike(a, b)


def _merge_surnames(groups: dict[str, list[Appearance]]) -> dict[str, list[Appearance]]:
    """Person groups joined into one per person (see `identity.merge_people`)."""
    return _merge_people(groups)[0]


def _may_be(apps: list[Appearance], form: NameForm, common: frozenset[str] = frozenset()) -> bool:
    """Whether a one-word name's appearances may be the bearer of a full name from other briefings: a given
    name written right before it ("Tomas Ruiz" kept as "Ruiz") must be that name's, and a word the corpus
    also writes in lower case ("Harmon" of a ship beside "a harmon") must be said of a person there
    (`personshape.person_shaped`); a name said with a monarch's title is a given name, no surname.

    Asked of full names the name ends or starts; `form` is the full name's."""
    for ap in apps:
        # (any of its words but the last: "Qamar Javed Bajwa" is written "Javed Bajwa" too)
        if ap.written_given and name_form(f"{ap.written_given} {form.words[-1]}").words[0] not in form.words[:-1]:
            return False
        if not ap.shaped and " ".join(tokens(ap.entity.name)) in common:
            return False
        # "King Ana" is a given name: it may start a full name ("Ana bin Karim"), never end one ("Tomas Ana")
        if (name_form(ap.entity.name).words[-1:] not in ((form.words[0],), (form.given,))
                and any(set(_role_words(r)) & words("regnal_titles") for r in ap.entity.roles)):
            return False
    return True


def _namesakes(a: list[Appearance], b: list[Appearance]) -> bool:
    """Two sets of appearances tied to different states, or to offices no one holds at once; or one
    side running a campaign for office where every appearance of the other is a serving officer
    ("the Ruiz campaign" is not "Gen. Tomas Ruiz": a serving officer runs for no office; a retired one's
    role says "retired" and gives no mark)."""
    if clash((ap.marks for ap in a), (ap.marks for ap in b)):
        return True
    return any(_runs(x) and _serving(y) for x, y in ((a, b), (b, a)))


def _runs(apps: list[Appearance]) -> bool:
    """Some appearance speaks of the person's campaign for office."""
    return any(CANDIDATE in ap.marks for ap in apps)


def _serving(apps: list[Appearance]) -> bool:
    """A serving officer (a military rank held now) in some briefing, and running in none (a bare "Gen." of
    another briefing that joined him carries no mark, so not every appearance need say it)."""
    return any("office:officer" in ap.marks for ap in apps) and not _runs(apps)


def _unlike(a: list[Appearance], b: list[Appearance]) -> bool:
    """Honorifics and pronouns say another sex (see `personmarks.unlike`)."""
    return unlike((ap.marks for ap in a), (ap.marks for ap in b))


def _kin(apps: list[Appearance]) -> set[str]:
    """The surnames the briefings of a bare given name give other people, where the name may be a relative
    of theirs: a name the census bears mostly as a first name ("Tom") only when its role says it is kin
    ("his son"); a rarer one ("Tomasz") as it stands. Asked one appearance at a time (see `merge_people`)."""
    out: set[str] = set()
    for ap in apps:
        name = ap.entity.name
        if first_name_only(name) and not any(set(_role_words(r)) & words("kin_nouns") for r in ap.entity.roles):
            continue
        # a role naming the family ("Ruiz's wife") names the one surname it may bear
        named = {transliterated(w) for w in _families([ap])}
        out |= ap.family & named if named else ap.family
    return out


def _called(apps: list[Appearance]) -> set[str]:
    """The one-word names the briefings call a person by ("Kim" for "Kim Jong Un")."""
    return {t[0] for ap in apps for al in ap.entity.aliases if len(t := tokens(al)) == 1}


def _best_name(apps: list[Appearance]) -> str:
    # a name the person took ("Ana Ruiz, formerly Tomas Ruiz") names the page; otherwise the longest, most said,
    # never a misspelling joined to it ("Anwar Al Awaki" is three words, "Anwar al-Awlaki" two)
    named = [a for a in apps if a.renamed] or [a for a in apps if not a.spelled] or apps
    counts = Counter(a.entity.name for a in named)  # counted once
    return kin_named(max(counts, key=lambda n: (len(n.split()), counts[n], n)), [a.kin_name for a in apps])
