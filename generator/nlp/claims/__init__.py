"""Who claims what, on whose word: attributions, speakers, anonymous sources and sourcing notes.

    cues.py      reporting verbs, attitudes and assessments in one parsed sentence
    subjects.py  who does the reporting: a cue's subject and its speaker phrase
    agentless.py a pledge or threat nobody makes ("the situation threatens to boil over") is no claim
    colonends.py a report running into a quote's colon ("and continued:", "recalled Doe telling him:")
    according.py "according to X", "in the words of X"
    coordinated.py a reported clause the parser joined to its cue as a second verb ("estimated by 2050, X would")
    stance.py    asserts / denies / questions, and negated cues
    heldquestions.py questions held without a verb of saying ("has questions about Z", "pressed X on his claim")
    catenated.py a speaker's own doubt through a verb it hangs from ("I tend to doubt Z", "we have to see whether Z")
    turned.py    a clause a quote turns to with "but" ('"A, but it's unclear whether Z"'), read on its own
    askedabout.py questions told from the one asked ("Asked about Z, Roe said", "when questioned about Z")
    questionlists.py questions a source put, listed after a colon, a line each
    samewords.py a denial pointing back at the same speaker's own words is no second claim
    unsaid.py    cues said not to be made ("did not say", "denied it had ever concluded that")
    doubts.py    doubts cast on a claim ("cast doubt on", "questioned the timing of")
    openings.py  quotes opening with a verdict ("That's false. We never ..."), pointers inside quotes
    falsity.py   claims called false or baseless ("the allegations were false", "there was no collusion")
    pointing.py  denials pointing back to the claim they deny ("has denied this", "although Y disputes this")
    questions.py questions put by a source or by someone unnamed, quotes that only ask
    colonquestions.py questions put unquoted, after a colon or before an inverted cue
    requests.py  what a source asks for or backs ("called for", "urged Y to", "insisted on")
    naming.py    what a source calls something or attacks someone for ("called Y Z", "railed against")
    statements.py nouns of saying with a source ("the chief's recommendation that ...")
    headlines.py "Source: words" and "words: Source" headline lines
    headsays.py  "Source Says words" and "WORDS, SOURCE SAYS" headline lines
    relayed.py   an outlet's report that only passes on another source's words is no claim
    posts.py     embedded social posts signed "— Name (@handle) date"
    quotes.py    quote marks paired into spans (plain text)
    attach.py    each quote joined to its claim, cue, colon introduction or last speaker
    speakerquote.py a quote opening inside a speaker phrase is no part of the speaker
    pastquote.py a speaker phrase starts after the closing mark of the quote it attributes
    quotedcues.py a cue inside a quote ("we all say") reports none of the words before the quote
    pullquotes.py a pull quote repeating words quoted elsewhere, and a quoted lead-in, are no claims
    introductions.py a quote's colon or dash introduction; a verbless title after a colon
    positions.py indexes by position: the claims, cues and noun chunks near a quote
    credits.py   photo, video and audio credits of captions
    speakers.py  speaker phrase -> person, organisation, document or anonymous source
    unnamed.py   anonymous sources: first described, later mentions, later words kept anonymous
    written.py   a speaker as written and shown: a glued "'s", a handle, "Mr. Roe" as "Tom Roe"
    joint.py     joint statements: one claim per named speaker of "X and Y said"
    phrases.py   the shape of a speaker phrase: titles joined before a name, a day in it, "he and others"
    descriptions.py who a description is: a stated role, an office, "the man who ..."
    discourse.py who a pronoun speaker is by the discourse (last source, previous subject, "she")
    relatives.py what a relative clause's claim is about ("the cartel, which officials say was ...")
    antecedents.py who a pronoun continues by the grammar of the sentences before it
    pronouns.py  a person's gender as the text tells it; the words the sources said so far
    offices.py   the office class of a description ("the spokesman") and the places it names
    notes.py     anonymity reasons, verification notes, unanswered requests for comment
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...model import AnonymousSource, Claim, CommentRequest
from ..creditspans import credit_line_spans
from . import (
    agentless,
    askedabout,
    colonends,
    colonquestions,
    cues,
    headlines,
    headsays,
    heldquestions,
    joint,
    nested,
    notes,
    pastquote,
    posts,
    questionlists,
    questions,
    quotedcues,
    relayed,
    samewords,
    scorned,
    stance,
    toldremarks,
    transcripts,
)
from .attach import with_quotes
from .credits import credits
from .elliptical import elliptical
from .found import Found
from .relatives import relative_antecedent
from .speakers import Resolver
from .withclauses import with_speakers


@dataclass
class Extracted:
    """What the claims pass hands to annotate: claims, anonymous sources, requests for comment."""

    claims: list[Claim] = field(default_factory=list)
    anonymous_sources: list[AnonymousSource] = field(default_factory=list)
    comment_requests: list[CommentRequest] = field(default_factory=list)


def extract(doc, entity_at, document=None, people=()) -> Extracted:
    """Claims in a spaCy Doc. entity_at(start, end) -> (id, kind, name) of an overlapping entity or None;
    people: the document's person entities, so a surname alone ("Conyers replied") finds its person."""
    found: list[Found] = []
    bare: list[Found] = []
    for sent in doc.sents:
        with_content, without = cues.in_sentence(doc, sent)
        found.extend(with_content)
        bare.extend(without)
    found = with_speakers(doc, with_quotes(doc, quotedcues.within_their_quote(doc, found), bare))
    found = pastquote.after_the_quote(doc, found)
    found.extend(headlines.in_headlines(doc, entity_at))
    found.extend(headsays.in_lines(doc))
    found.extend(colonquestions.unquoted(doc))
    found.extend(heldquestions.in_doc(doc))
    found.extend(askedabout.in_doc(doc))
    found.extend(questionlists.in_doc(doc))
    found.extend(posts.in_posts(doc))
    found.extend(transcripts.in_doc(doc))
    if document is not None:
        found.extend(credits(document))
    on_page = credit_line_spans(doc.text)  # widgets, bylines, sign-offs: no one's claim
    found = [f for f in found if f.form == "credit" or not (_on_credit_line(f, on_page) or elliptical(doc, f.start, f.end))]
    found = headsays.once(doc.text, _dedupe(sorted(found, key=lambda f: (f.start, -f.end)), doc.text))
    found = relayed.without_relays(doc, colonends.at_colons(doc, found))
    found = questions.mark(doc.text, questions.joined(doc, found))
    stance.refer_back(doc, found)
    stance.accused_deniers(doc, found)
    stance.own_doubts(doc, found)
    stance.same_words(found)
    toldremarks.told_ends(doc, found)
    scorned.scorned_charges(doc, found)

    resolver = Resolver(doc, entity_at, people)
    resolved = []
    for f in found:
        if f.form == "credit":
            resolved.append((f, None))
        elif (each := joint.named_conjuncts(doc, f, entity_at)):
            # a joint statement is each named speaker's claim; every one shows the whole phrase, so a
            # briefing lists it once (brief.shown) while each person's page lists it (from the first
            # conjunct that speaks, when the words name one the parser joined to them)
            kept = _not_named_inside(each, f, entity_at, resolver)
            whole = doc.text[(f.speaker[0] if kept == each else kept[0][0][0]):f.speaker[1]]
            each = kept
            for span, head_i in each:
                spk = resolver.resolve(span, head_i, f.start, (f.start, f.end), f.cue)
                resolved.append((f, replace(spk, joint=whole) if spk is not None else None))
        elif f.speaker is not None and (pair := resolver.named_pair(f.speaker)):
            # "the two leaders agreed": each of the two just named, the phrase shown whole (as a joint statement)
            whole = doc.text[f.speaker[0]:f.speaker[1]]
            resolved.extend((f, replace(spk, joint=whole)) for spk in pair)
        elif f.speaker is not None:
            spk = resolver.resolve(f.speaker, f.head_i, f.start, (f.start, f.end), f.cue)
            # "Roe and Doe met. They said …": each of the named people, the pair shown as a joint statement
            each = [replace(spk, text=e[2], entity=e, each=(), joint=spk.text) for e in spk.each] if spk else []
            resolved.extend((f, s) for s in each or [spk])
        else:
            resolved.append((f, None))
    resolved = nested.sourceless_inside(nested.own_nested(samewords.own_words_denied(resolved), doc.text), doc.text)
    resolved = agentless.without_agentless_pledges(doc, resolved)
    for f, spk in resolved:
        if spk is not None and spk.anon_key is not None and f.via and resolver.anonymous[spk.anon_key].via is None:
            resolver.anonymous[spk.anon_key].via = f.via
    notes.anonymity_reasons(doc, resolver)
    unverified = notes.unverified_targets(doc, resolved)

    text = document.text if document is not None else doc.text
    out = Extracted()
    for k, a in enumerate(resolver.anonymous):
        out.anonymous_sources.append(AnonymousSource(
            id=f"anonymous-{k + 1}", description=text[a.description[0]:a.description[1]],
            start=a.description[0], end=a.description[1], affiliation=a.affiliation, access=a.access,
            reason=text[a.reason[0]:a.reason[1]] if a.reason else None,
            reason_start=a.reason[0] if a.reason else None, reason_end=a.reason[1] if a.reason else None,
            via=text[a.via[0]:a.via[1]] if a.via else None,
            mentions=tuple(sorted(set(a.mentions))),
        ))
    for k, (f, spk) in enumerate(resolved):
        named = resolver.opening_pronoun((f.start, f.end), spk, f.cue) \
            or relative_antecedent(doc, (f.start, f.end)) if f.form != "credit" else None
        out.claims.append(_claim(text, f, spk, unverified.get(k), named))
    _in_reading_order(out.claims)
    for bounds, span, ent, outcome in notes.comment_requests(doc, entity_at):
        out.comment_requests.append(CommentRequest(
            text=text[bounds[0]:bounds[1]], start=bounds[0], end=bounds[1],
            who=(ent[2] if ent else text[span[0]:span[1]]) if span else None,
            who_id=ent[0] if ent and ent[1] == "person" else None, outcome=outcome))
    return out


def _in_reading_order(claims: list[Claim]) -> None:
    """Claims of the same words (a claim and the denial that answers it) in the order of the sentences that
    state them: "Roe said Z. Doe denied it" lists Roe's first, a headline's "Doe denies Z" before the body's
    "Roe said Z". In one sentence ("Doe rejected Roe's claim that Z") they keep the order they were found in
    (the sentence's own subject first), and every other claim keeps its place."""
    slots: dict[tuple[int, int], list[int]] = {}
    for k, c in enumerate(claims):
        slots.setdefault((c.start, c.end), []).append(k)
    for ks in slots.values():
        if len(ks) > 1:
            same = sorted((claims[k] for k in ks), key=lambda c: c.sentence_start)
            for k, c in zip(ks, same, strict=True):
                claims[k] = c


def _not_named_inside(each, f: Found, entity_at, resolver) -> list:
    """The conjuncts of a joint speaker phrase less a person the claim's own words name: in "… the director,
    Jo Roe, and Mr. Lee and Ms. Park also said they would use Mr. Roe's nomination …" the parser joins the
    nominee to the speakers, but no one says words that name them in the third person (all of them named
    inside: the conjuncts as they were)."""
    def inside(span) -> bool:
        ent = entity_at(*span)
        return ent is not None and ent[1] == "person" and any(
            f.start <= a and b <= f.end for a, b in resolver.mentions_of.get(ent[0], ()))
    kept = [(span, head_i) for span, head_i in each if not inside(span)]
    return kept or each


def _claim(text: str, f: Found, spk, note: str | None, opening: str | None = None) -> Claim:
    if f.form == "credit":
        speaker, source_type, ent, anon = f.speaker_text, "organization" if "/" in (f.speaker_text or "") else "named", None, None
    elif spk is None:
        speaker, source_type, ent, anon = None, "unattributed", None, None
    else:
        speaker, source_type, ent, anon = spk.text, spk.source_type, spk.entity, spk.anon_key
    return Claim(
        text=text[f.start:f.end], start=f.start, end=f.end,
        speaker=speaker,
        speaker_start=f.speaker[0] if f.speaker else None,
        speaker_end=f.speaker[1] if f.speaker else None,
        speaker_id=ent[0] if ent and ent[1] == "person" else None,
        cue=text[f.cue[0]:f.cue[1]] if f.cue else None,
        cue_start=f.cue[0] if f.cue else None, cue_end=f.cue[1] if f.cue else None,
        source_type=source_type, quote=f.quote,
        sentence_start=f.sentence[0], sentence_end=f.sentence[1],
        qualifiers=("unverified",) if note else (),
        form=f.form, via=text[f.via[0]:f.via[1]] if f.via else None,
        anonymous_id=f"anonymous-{anon + 1}" if anon is not None else None,
        notes=(note,) if note else (),
        stance=f.stance,
        opening_name=opening,
        joint_speaker=spk.joint if spk is not None and f.form != "credit" else None,
    )


def _on_credit_line(f: Found, lines: list[tuple[int, int]]) -> bool:
    return any(a <= f.start and f.end <= b for a, b in lines)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _dedupe(found: list[Found], text: str) -> list[Found]:
    """One claim per stretch of text; a claim inside another ("X said he believes Y") stays when its speaker differs."""
    out: list[Found] = []
    # found comes sorted by start, so a kept claim ending before f starts can't clash with f or any
    # claim after it: only the open ones (a few at a time) are compared, not every kept claim
    active: list[Found] = []
    for f in found:
        active = [g for g in active if g.end > f.start]
        clash = [g for g in active if _overlaps(f.start, f.end, g.start, g.end)]
        if not clash:
            out.append(f)
            active.append(f)
            continue
        if any(_own_aside(f, g, text) for g in clash):
            continue
        if all(_nested(f, g, text) for g in clash):
            # an outer claim ending where f ends keeps its closing punctuation, so the two nest
            # cleanly on the page; that must not make two outer claims end together or touch a neighbour
            ends = [g.end + (g.end == f.end and g.start != f.start) for g in clash]  # (the same words twice: nothing to nest)
            # (a kept claim starts at or before f, a clashing one ends after f's start: only open ones can touch)
            neighbours = any(g.end <= h.start < e for g, e in zip(clash, ends, strict=True) for h in active)
            if len(set(ends)) == len(ends) and not neighbours:
                for g, e in zip(clash, ends, strict=True):
                    g.end = e
                out.append(f)
                active.append(f)
            continue
        worse = [g for g in clash if _score(g) < _score(f)]
        if len(worse) == len(clash):
            for g in worse:
                out.remove(g)
                active.remove(g)
            out.append(f)
            active.append(f)
    return sorted(out, key=lambda f: (f.start, -f.end))


FIRST_PERSON = {"i", "we", "you", "it"}  # (a quoted speaker's generic "you could tell", "it shows")


def _own_aside(f: Found, g: Found, text: str) -> bool:
    """"I think" inside a quote is the quoted speaker's own aside, not a second claim."""
    return (g.quote and g.start <= f.start and f.end <= g.end + 1 and f.speaker is not None
            and text[f.speaker[0]:f.speaker[1]].lower() in FIRST_PERSON)


def _nested(f: Found, g: Found, text: str) -> bool:
    # (or the comma before a trailing cue: "Roe still believes that X, Doe said" holds Roe's claim)
    closing = f.end == g.end and g.end < len(text) and (
        text[g.end] in ".!?\"”’" or text[g.end] == "," and g.cue is not None and g.cue[0] > g.end)
    # "X, something Y denies": Y's denial of X starts where the claim of X does (or Y's doubt of it)
    denied_at_once = g.start == f.start and "asserts" in {f.stance, g.stance} != {"asserts"} and f.end <= g.end
    inside = g.start < f.start and (f.end < g.end or closing) or denied_at_once
    # "The firm said X, and denied that Y": a denial joined to the speaker's report is a claim of its own
    joined = f.stance == "denies" and g.stance == "asserts" and f.cue is not None and g.start < f.cue[0] < f.start
    # ("…, according to a transcript": a question put by no one named, "when asked if Z", nests in the report)
    return inside and f.cue is not None and (f.speaker is not None or f.stance == "questions") \
        and (f.speaker != g.speaker or joined)


def _score(f: Found) -> tuple:
    # a photo credit yields to a claim made in its caption
    return (f.form != "credit", f.speaker is not None, f.cue is not None, f.end - f.start)
