"""Attributions in headline form, a line of their own with a colon and no final full stop: the
source first ("Mayor Ann Cole: The bridge will reopen in May", "Officials: ...") or last ("Bridge
will reopen in May: city spokesman"), after a link label too ("SEE ALSO: Ann Cole on ferries: board
like 'a ship without a captain'"). The words on the other side of the colon are the claim.
"""

from __future__ import annotations

import re

from ..rules import words
from .found import Found, trim_chars

LINE = re.compile(r"[^\n]+")
MAX_SOURCE_TOKENS = 6
MAX_LINE_WORDS = 30
# a label in capitals opening the line ("SEE ALSO: ", data/link_labels.txt)
LABEL = re.compile(r"([A-Z][A-Z ]{1,20}):[ \t]+")
# a kind of piece opening the line ("Analysis: ", data/genre_labels.txt)
GENRE = re.compile(r"([A-Z][A-Za-z -]{1,20}):[ \t]+")


def in_headlines(doc, entity_at=None) -> list[Found]:
    """Claims of headline lines "Source: words" and "words: Source". entity_at(start, end) -> (id, kind,
    name) or None, the document's entities: a topic kicker before a headline about a person ("Brexit:
    May in final push to …") is no source, though the tagger may have read the kicker as a name."""
    out, said_before = [], []
    for m in LINE.finditer(doc.text):
        line, at = m.group().rstrip(), m.start()
        label = LABEL.match(line)
        if label is not None and label.group(1).lower() in words("link_labels"):
            line, at = line[label.end():], at + label.end()  # "SEE ALSO: Roe on ferries: words"
        genre = GENRE.match(line)
        if genre is not None and genre.group(1).lower() in words("genre_labels"):
            line, at = line[genre.end():], at + genre.end()  # "Analysis: words" is no analysis speaking
        if line.count(": ") != 1 or line.endswith(".") or not 3 <= len(line.split()) <= MAX_LINE_WORDS:
            continue
        colon = at + line.index(": ")
        left = doc.char_span(at, colon, alignment_mode="expand")
        right = doc.char_span(colon + 2, at + len(line), alignment_mode="expand")
        if left is None or right is None:
            continue
        on_topic = _on_topic(left)
        # (after a link label the source comes first: "SEE ALSO: Roe blasts Doe: 'a bully'" is a topic)
        for source, said in ((on_topic, right), (left, right), *(((right, left),) if label is None else ())):
            if source is not None and (source is on_topic or _a_source(source)) \
                    and (_says_something(said) or source is on_topic and _quoted(said)) \
                    and not (source is left and _kicker(left, said, entity_at)):
                aside = _as_aside(said)
                content = trim_chars(doc.text, said.start_char, aside.start_char if aside is not None else said.end_char)
                if content is None or any(doc.text.startswith(s, content[0]) for s in said_before):
                    break  # (a caption printed again under its photo, credit and all, is one claim)
                said_before.append(doc.text[content[0]:content[1]])
                source = _without_occasion(source)
                head = _head(source)
                out.append(Found(*content, (source.start_char, source.end_char), (colon, colon + 1), False,
                                 (at, at + len(line)), head.i, form="colon"))
                break
    return out


def _without_occasion(span):
    """ "Ana Ruiz interview: …", "Roe statement: …": the words are the person's, given in that occasion;
    the source is the name before its noun (data/occasion_nouns)."""
    toks = [t for t in span if not t.is_space and not t.is_punct]
    if len(toks) >= 2 and toks[-1].lower_ in words("occasion_nouns") \
            and all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in toks[:-1]):
        return span.doc[toks[0].i:toks[-2].i + 1]
    return span


def _a_source(span) -> bool:
    """A short noun phrase naming a person or a source ("Betsy Roe", "WH spokesman", "Officials"),
    one person at most, no verb, no question word ("Why it matters:")."""
    toks = [t for t in span if not t.is_space]
    # ("Acting USCIS director": a title's opening word the tagger may read as a verb)
    if not 0 < len(toks) <= MAX_SOURCE_TOKENS or any(
            t.pos_ in ("VERB", "AUX") and t.lower_ not in words("title_modifiers") or t.tag_.startswith("W")
            for t in toks):
        return False
    people = _people_within(span)
    if len(people) > 1:
        return False  # "Roe Doe: talks resume": two people named, a topic and not a source
    nouns = words("person_nouns") | words("anonymous_nouns") | words("document_nouns")
    if people:
        return all(t.pos_ in ("PROPN", "PUNCT") or t.ent_type_ == "PERSON" or t.lower_ in nouns for t in toks)
    return toks[-1].lower_ in nouns


def _kicker(left, said, entity_at) -> bool:
    """ "Brexit: May in final push to convince MPs", "Syria: Assad forces advance": a left side the
    document does not know as a person, before a headline that opens on a person and quotes no one,
    is the story's topic, not its source ("Pentagon: strikes were lawful" stays a claim)."""
    if entity_at is None or _quoted(said):
        return False
    last = next((t for t in reversed(left) if not t.is_punct and not t.is_space), None)
    if last is not None and last.is_lower and last.lower_ in words("person_nouns"):
        return False  # "Senior council member: Mayor ...": a description of someone, no topic
    who = entity_at(left.start_char, left.end_char)
    if who is not None and who[1] == "person":
        return False
    first = next((t for t in said if not t.is_space), None)
    opens = first is not None and entity_at(first.idx, first.idx + len(first.text))
    return bool(opens) and opens[1] == "person"


def _on_topic(span):
    """The named person of "Jane Roe on the border: words": the source before "on" and its topic, or None."""
    toks = [t for t in span if not t.is_space]
    at = next((k for k, t in enumerate(toks) if t.lower_ == "on" and k > 0), None)
    if at is None:
        return None
    who = span[:toks[at].i - span.start]
    # (a surname the tagger left untagged in the title line is a person the story names in full)
    named = {t.lower_ for e in span.doc.ents if e.label_ == "PERSON" for t in e}
    if _people_within(who) or all(t.pos_ == "PROPN" for t in who) and who[-1].lower_ in named:
        return _before_verb(who)
    return None


def _before_verb(who):
    """ "Ana Ruiz defends attack on Doe: words": the person, not the deed ("Ana Ruiz defends attack")."""
    verb = next((t for t in who if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return who
    people = [e for e in who.doc.ents if e.label_ == "PERSON" and who.start <= e.start and e.end <= verb.i]
    return people[-1] if len(people) == 1 else who


def _head(source):
    """The word that names the source: a person noun ending it ("WH spokesman", "White House spokesman",
    whose capitalised words are the office's name and not the person), else its last proper noun."""
    last = next((t for t in reversed(source) if not t.is_punct and not t.is_space), source.root)
    if last.is_lower and last.lower_ in words("person_nouns") | words("anonymous_nouns"):
        return last
    return next((t for t in reversed(source) if t.pos_ == "PROPN"), source.root)


def _people_within(span) -> set[int]:
    """Where the PERSON entities lying wholly inside the span start: read from its own tokens
    (`Span.ents` walks every entity of the Doc, once per headline line of a long seed)."""
    doc, starts = span.doc, set()
    for tok in span:
        if tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON":
            end = tok.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= span.end:
                starts.add(tok.i)
    return starts


def _quoted(span) -> bool:
    """Words of the source's own in quote marks ("Roe on ferries: board like 'a ship without a captain'"),
    a claim with no verb of its own."""
    text = span.text
    return len([t for t in span if t.is_alpha]) >= 3 and any(
        text.count(o) and text.count(c) and text.index(o) < text.rindex(c) for o, c in (("‘", "’"), ("“", "”"), ('"', '"')))


def _says_something(span) -> bool:
    """A clause with a verb of its own, and no cue of its own ("Democrats call for ..." has its speaker)."""
    toks = list(span)
    if len([t for t in toks if t.is_alpha]) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    cues = words("reporting_verbs") | words("request_verbs")
    aside = _as_aside(span)
    return not any(t.lemma_.lower() in cues and any(c.dep_ == "nsubj" for c in t.children) for t in toks
                   if aside is None or t.i < aside.start)


def _as_aside(span):
    """", as Doe warns of 'cover-up'": a cue clause set off after the words, opened by "as", that tells
    what someone else says (not the headline source's words); the span from its comma, else None."""
    for t in span:
        if t.lower_ == "as" and t.dep_ == "mark" and t.i > span.start and t.doc[t.i - 1].text == "," \
                and t.head.lemma_.lower() in words("reporting_verbs") | words("request_verbs") \
                and any(c.dep_ == "nsubj" for c in t.head.children):
            return t.doc[t.i - 1:span.end]
    return None
