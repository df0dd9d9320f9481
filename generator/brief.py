"""What a briefing shows first and how a claim reads: the lead, the claims worth listing, clean claim text.

Everything here is taken from the article's own words: the lead is its standfirst or first
sentences, a claim is shown as the words claimed (the attribution cut out, quotation marks
balanced), never as generated text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .model import Annotations, Claim
from .nlp.rules import words

LEAD_SENTENCES = 3
LEAD_WORDS = 90  # a lead stops before a sentence that would take it past this
KEY_POINT_WORDS = 22  # a longer key point is cut at a word boundary (its whole text is in the claims list)
LEAD_POINT_WORDS = 12  # the lead's own claim is cut shorter: "What happened" just gave its words
SHORTEN_SLACK = 7  # ... unless it is at most this many words longer
OPEN, CLOSE = "“\"‘", "”\"’"
# text between a closing and an opening quotation mark that is short and unquoted is the writer's
# attribution interrupting a quote: '…president,” Pompeo said. “And when…'
# (up to 100 characters: 'said Bush, who is already being discussed as a 2016 candidate.' is one)
INTERRUPTION = re.compile(r"[,.!?;:]?\s*[”\"]\s*([^“”\"]{1,100}?)\s*[,.:;]\s*[“\"]")
# a wire story's dateline opening its first paragraph: 'SANAA, Yemen (AP) — ', 'NEW YORK (Reuters) - '
WIRE_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?:,(?: [A-Z][\w.'’-]*)+)*\s*(?:\([^()]{1,30}\))?"
                           r"(?:\s*(?:[—–]{1,2}|--)\s*(?=[A-Z“\"‘])|\s*[—–-]{1,2}(?:\s+(?=[A-Z“\"‘])|\s*$))")
# a dateline in the writer's case before the outlet: 'Damascus, Syria (CNN) -- ', 'Paris (AFP) - '; or the
# outlet alone: '(CNN) – Ann Roe remained ...'
OUTLET_DATELINE = re.compile(r"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,(?: [A-Z][\w.'’-]*){1,3})*\s*)?"
                             r"\([^()]{1,30}\)\s*[—–-]{1,2}(?:\s+(?=[A-Z“\"‘])|\s*$)")
# a relative clause closing a speaker's description: 'Norquist, who leads the group' -> 'Norquist'
SPEAKER_CLAUSE = re.compile(r"\s*,\s*(?:who|whose|which|whom|that)\b.*$", re.S)
# a relative clause inside a named speaker's appositive: 'Ruiz, member of a team of experts who …'
APPOSITIVE_CLAUSE = re.compile(r"(?<=,)([^,]*?\w)\s+(?:who|whose|which|whom|that)\s.*$", re.S)


def lead(ann: Annotations) -> str:
    """Two or three sentences saying what happened: the standfirst, then the first paragraph's opening.

    Sentences of the title, captions, datelines and subheads are never part of it."""
    doc = ann.document
    blocks = [b for b in doc.blocks if b.kind in ("standfirst", "paragraph") and not filler(doc.text[b.start:b.end], whole=False)
              and not any(s <= b.start and b.end <= e for s, e in doc.masked)]  # (a page's archive picker)
    if not blocks:
        return ""
    spans = []
    for b in blocks[:3]:
        # a sentence span may run past its block's end (over the line break): clip it
        inside = [(s, min(e, b.end)) for s, e in ann.sentences if b.start <= s < b.end] or [(b.start, b.end)]
        # a dateline opening the block is cut wherever the parser ended its sentences ("LEXINGTON" | ", Va.")
        cut = _dateline_end(doc.text, b.start, b.end)
        kept = [(max(s, cut), e) for s, e in inside if e > cut]
        # a heading printed after the block's sentences ("... held his own. 7 takeaways from the debate"):
        # a last line with no closing stop after a full sentence is no sentence of the story
        if len(kept) > 1 and not re.search(r"[.!?:;\"”’')]\s*$", doc.text[kept[-1][0]:kept[-1][1]]):
            kept.pop()
        spans.extend(kept)
    out: list[str] = []
    words = 0
    title = " ".join((doc.title or "").split())
    for s, e in spans:
        sentence = " ".join(doc.text[s:e].split())
        if filler(sentence):
            continue  # "Read a version of this story in Arabic.", "JUST WATCHED ...": the page's, not the story's
        if not out:  # the place line is no news; the parser may make it a sentence of its own
            sentence = OUTLET_DATELINE.sub("", WIRE_DATELINE.sub("", sentence))
            # the headline printed again at the top of the body, alone or glued to the standfirst
            if len(title.split()) >= 3 and sentence.lower().startswith(title.lower()) \
                    and not sentence[len(title):len(title) + 1].isalnum():
                sentence = sentence[len(title):].strip()
            if not sentence:
                continue
        if out and sentence[:1] in ":;,.":
            out[-1] += sentence  # "EXCLUSIVE" | ": Ana Ruiz said …": one sentence the parser cut at its colon
            words += len(sentence.split())
            continue
        n = len(sentence.split())
        if out and (len(out) >= LEAD_SENTENCES or words + n > LEAD_WORDS):
            break
        out.append(sentence)
        words += n
        if len(out) >= 2 and words >= 40:
            break
    return " ".join(out)


def _dateline_end(text: str, start: int, end: int) -> int:
    """Where a place line opening text[start:end] ends ("LEXINGTON, Va. — ", "Damascus, Syria (CNN) -- "), else start."""
    head = text[start:end]
    m = WIRE_DATELINE.match(head) or OUTLET_DATELINE.match(head)
    return start + m.end() if m else start


def filler(sentence: str, whole: bool = True) -> bool:
    """"Read a version of this story in Arabic.", "Watch: ...": a line of the page around the story; and
    an editor's note in brackets ("(We added a new top to this post at 12:40.)"). A sentence (`whole`)
    is also filler when it holds a site widget's words; a paragraph is not for holding one."""
    if re.fullmatch(r"\([^()]*\)\.?", sentence.strip()):
        return True
    low = sentence.lower()
    # a site's follow widget: "Interested in Ana Ruiz? Add Ana Ruiz as an interest to stay up to date …"
    if whole and (any(p in low for p in words("filler_phrases"))
                  or re.fullmatch(r"interested in [^.?!]{1,60}\?", low.strip())):
        return True
    return any(low.startswith(f) and (f[-1] in ":." or len(low) == len(f) or not low[len(f)].isalnum())
               for f in words("filler_lines"))


def speaker(claim: Claim, names: Mapping[str, str] | None = None) -> str:
    """Who a claim is on, as a reader needs it: the speaker's words without a closing relative clause
    (a joint statement's whole phrase); names: person id -> page name. A description the who-is-who
    links to a person ("the prince", "The U.N. chief") is shown after that person's name."""
    joint = getattr(claim, "joint_speaker", None)
    who = " ".join((joint or claim.speaker or "").split())
    who = re.sub(r"\s+,", ",", who)  # 'Bush , who …' as the text spaced it
    who = SPEAKER_CLAUSE.sub("", who).strip(" ,") or who
    if claim.speaker_id and not joint:
        # "Ana Ruiz, member of a panel of experts who visited the site": a named speaker's description
        # ends before its relative clause (an anonymous one's may say how the source knows)
        who = APPOSITIVE_CLAUSE.sub(r"\1", who).strip(" ,") or who
    name = None if joint else (names or {}).get(claim.speaker_id or "")
    if name and who and not set(plain_words(name).split()) & set(plain_words(who).split()):
        return f"{name} ({who})"
    return who


def cue(claim: Claim) -> str | None:
    """The claim's cue word ('said', 'told'), or None when it is only punctuation (a colon)."""
    word = (claim.cue or "").strip()
    return word if re.search(r"\w", word) else None


def quoted(text: str) -> str:
    """text inside one pair of double quotation marks; its own double marks become single ones, so a
    sentence that opens or closes with a quotation never shows doubled marks ('““All …' or '…acts.””')."""
    inner = text.replace("“", "‘").replace("”", "’")
    # straight marks pair up in order: the first opens, the next closes
    pieces = inner.split('"')
    inner = "".join(piece + ("" if i == len(pieces) - 1 else "‘" if i % 2 == 0 else "’")
                    for i, piece in enumerate(pieces)) if len(pieces) % 2 == 1 else inner.replace('"', "")
    return f"“{inner}”"


def stance(claim) -> str:
    """'asserts', 'denies' or 'questions', as the claims extractor set it (older records assert)."""
    return getattr(claim, "stance", None) or "asserts"


def shown(claims: Sequence[Claim]) -> list[tuple[int, Claim]]:
    """The claims a briefing lists, each with its 1-based index in the annotations (its #claim-N anchor).

    Photo credits are sources, not claims; a claim inside another claim of the same source (or with
    the same span) is part of that parent and is not listed again. Every count on every page is
    the length of this list."""
    # parents are looked up among the claims of the same source only, by start (comparing every
    # claim with every other made a long briefing quadratic): a source's claims sorted by start,
    # the furthest end reached before each, and the claims starting at each position
    groups: dict[tuple, list[tuple[int, int, int]]] = defaultdict(list)
    for j, p in enumerate(claims, 1):
        if p.form != "credit":
            for k in source_keys(p):
                groups[k].append((p.start, p.end, j))
    index = {}
    for k, spans in groups.items():
        spans.sort()
        reach: list[int] = []
        for _, e, _ in spans:
            reach.append(max(e, reach[-1]) if reach else e)
        at: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for s, e, j in spans:
            at[s].append((e, j))
        index[k] = ([s for s, _, _ in spans], reach, at)

    def has_parent(i: int, c: Claim) -> bool:
        for k in source_keys(c):
            if k not in index:
                continue
            starts, reach, at = index[k]
            n = bisect_left(starts, c.start)
            if n and reach[n - 1] >= c.end:
                return True
            if any(j != i and e >= c.end and (j < i or e != c.end) for e, j in at.get(c.start, ())):
                return True
        return False

    out = []
    repeats = joint_repeats(claims)
    for i, c in enumerate(claims, 1):
        if c.form == "credit" or i in repeats or has_parent(i, c):
            continue
        out.append((i, c))
    return out


def joint_repeats(claims: Sequence[Claim]) -> set[int]:
    """1-based indices of the later claims of a joint statement ("Ruiz and Vidal said Z"): each named
    speaker has the claim (their pages list it), the briefing shows it once, under the whole phrase."""
    seen: set[tuple] = set()
    out = set()
    for i, c in enumerate(claims, 1):
        if getattr(c, "joint_speaker", None):
            key = (c.start, c.end, c.joint_speaker, c.stance)
            if key in seen:
                out.add(i)
            seen.add(key)
    return out


def source_keys(c: Claim) -> list[tuple]:
    """The keys two claims of one source share: the same person id, the same anonymous source, or
    the same speaker text (no speaker at all included)."""
    keys = [("name", (c.speaker or "").lower())]
    if c.speaker_id:
        keys.append(("id", c.speaker_id))
    if c.anonymous_id:
        keys.append(("anon", c.anonymous_id))
    return keys


def plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def parts(claim: Claim, text: str = "") -> list[str]:
    """The claimed words as one or more parts: the attribution inside them cut out, edge quotation
    marks removed and unmatched inner ones dropped (the page adds its own marks around a quote)."""
    body = claim.text
    a, b = _attribution(claim, text)
    # only an attribution set off by commas is cut ("…, the official said, and …"): cutting one that is
    # part of the sentence ("he was accused by officials of …") would leave words that say nothing
    if text and a is not None and claim.start < a and b < claim.end and text[claim.start:claim.end] == claim.text \
            and text[claim.start:a].rstrip().rstrip(CLOSE).endswith(",") and text[b:claim.end].lstrip().startswith(","):
        pieces = [text[claim.start:a], text[b:claim.end]]
    else:
        pieces = [body]
    out = []
    for piece in pieces:
        out.extend(INTERRUPTION.split(piece)[::2])  # the captured attribution sits at the odd places
    return [p for p in (_clean(p) for p in out) if p]


def _attribution(claim: Claim, text: str = "") -> tuple[int | None, int | None]:
    """Offsets of the speaker and cue as one span, when the claim's text holds both ('…, the official said, …').

    A claim without the cue's offsets finds the cue word right after the speaker ("Ruiz said") or
    right before it ("said Ruiz")."""
    if claim.speaker_start is None or claim.speaker_end is None:
        return None, None
    s, e = claim.speaker_start, claim.speaker_end
    if claim.cue_start is not None and claim.cue_end is not None:
        return min(s, claim.cue_start), max(e, claim.cue_end)
    cue = (claim.cue or "").strip()
    if cue and text:
        if text[e:e + len(cue) + 1] == " " + cue:
            return s, e + 1 + len(cue)
        if text[max(s - len(cue) - 1, 0):s] == cue + " ":
            return s - len(cue) - 1, e
    return None, None


def _clean(part: str) -> str:
    part = " ".join(part.split()).strip(" ,;:")
    inner = part[1:-1]
    if len(part) > 2 and part[0] in "“\"" and part[-1] in "”\"" and inner.count("“") == inner.count("”") \
            and '"' not in inner:
        part = inner.strip(" ,;:")  # one quoted part, wholly in its marks: the page sets its own
    while part and part[0] in OPEN and _unmatched(part, 0):
        part = part[1:].lstrip()
    while part and part[-1] in CLOSE and _unmatched(part, len(part) - 1):
        part = part[:-1].rstrip(" ,")
    part = part.strip(" ,;:")
    # what is left unbalanced inside (a quote that opens in one part and closes in the next) goes;
    # so does a lone straight mark ('saying, "A pledge you signed …' with the close elsewhere)
    return "".join(ch for i, ch in enumerate(part) if not (ch in "“”\"" and _unmatched(part, i)))


def _unmatched(s: str, i: int) -> bool:
    """Whether the curly or straight quotation mark at s[i] has no partner in s."""
    ch = s[i]
    if ch == '"':
        return s.count('"') % 2 == 1
    if ch in "‘’":
        # an apostrophe (Venezuela’s) is no quotation mark: only a mark at a word's edge counts
        return (ch == "‘" and "’" not in s[i:]) or (ch == "’" and i == len(s) - 1 and "‘" not in s[:i])
    depth = 0
    for j, c in enumerate(s):
        if c == "“":
            depth += 1
        elif c == "”":
            if depth == 0:
                if j == i:
                    return True
                continue
            depth -= 1
    if ch == "“":
        # an opening mark is unmatched when no closing mark follows it at its level
        return s[i:].count("”") < s[i:].count("“")
    return False


def display(claim: Claim, text: str = "") -> str:
    """A claim as a reader sees it: each quoted part in one pair of quotation marks, parts joined by an ellipsis;
    a denial or a question says so first."""
    pieces = parts(claim, text)
    if pieces and claim.form not in ("quote", "floating", "colon"):
        pieces[0] = _reads_alone(pieces[0], getattr(claim, "opening_name", None))
        if stance(claim) == "denies" and _after_accusing(text, claim.start):
            # an accusation's words denied ("accused him of massive fraud, which he denies"): the charge alone
            pieces[0] = CHARGED_ONE.sub("", pieces[0], count=1)
        if _charge(claim, pieces[0]) or _infinitive(claim, pieces[0]):
            # "accused Mr Roe of leaking the memo": the charge reads with its verb, not as "Mr Roe of leaking ...";
            # "vowed to do what he could": a pledge reads with its verb, not as "to do what he could"
            pieces[0] = f"{claim.cue.strip()} {pieces[0]}"
    if claim.form in ("quote", "floating", "colon"):
        body = " … ".join(f"“{p}”" for p in pieces)
    else:
        body = " … ".join(pieces)
    kind = stance(claim)
    return f"{kind}: {body}" if kind in ("denies", "questions") else body


# the one accused before the charge, in an accusation's words: "him of", "the company of", "Mr Roe of"
CHARGED_ONE = re.compile(r"^(?:him|her|them|it|us|me|(?:the|its|his|her|their) [a-z]+|(?:[A-Z][\w.’'-]*\s?){1,3}) of (?=\w)")


def _after_accusing(text: str, start: int) -> bool:
    """Whether the words at `start` follow a verb of accusing ("accused | him of Z"): an accusation's object
    and charge, which a denial of it shares."""
    before = text[max(0, start - 30):start].split()
    return bool(before) and _accusing(before[-1])


def _accusing(word: str) -> bool:
    """Whether an inflected word ("accused", "blaming") is a verb of accusing: the lexicon holds lemmas,
    matched on their stem."""
    word = word.strip().lower()
    return any(word.startswith(verb.rstrip("e")) for verb in words("accuse_verbs"))


def _charge(claim: Claim, first: str) -> bool:
    """Whether the words are the object and charge of an accusation before them ("Mr Roe of leaking the memo")."""
    return _accusing(claim.cue or "") and claim.cue_end is not None and claim.cue_end <= claim.start \
        and re.search(r"\b(?:of|for)\b", first) is not None


def _infinitive(claim: Claim, first: str) -> bool:
    """Whether the words are a bare to-infinitive right after their cue ("vowed | to do what he could")."""
    return bool(claim.cue) and claim.cue_end is not None and claim.cue_end <= claim.start \
        and re.match(r"to\s+[a-z]", first) is not None


def _reads_alone(part: str, name: str | None) -> str:
    """Reported words opening with "he" or "she" ("he has been accused by ...") read alone on a page:
    the pronoun becomes the person it stands for, or at least opens with a capital."""
    m = re.match(r"(he|she)\b", part)
    if m is None:
        # "the cartel, which officials say was the biggest supplier": the words after the report are the
        # relative clause's; what it is about opens them
        return f"{name} {part}" if name and not re.match(r"[A-Z]", part) else part
    rest = part[m.end():]
    clitic = re.match(r"['’](s|ll|d)\b\s*(\w*)", rest)
    if clitic is not None:
        # "he's directed" must not read "Roe's directed" (a possessive): the clitic is written out
        # where the next word tells which it is, else the pronoun stays, capitalised ("He'd ...")
        aux = _clitic_word(clitic.group(1), clitic.group(2).lower())
        if name is None or aux is None:
            return m.group(1).capitalize() + rest
        rest = " " + aux + rest[len(clitic.group(1)) + 1:]
    return (name or m.group(1).capitalize()) + rest


def _clitic_word(clitic: str, after: str) -> str | None:
    """The auxiliary a clitic after "he"/"she" stands for, from the word after it; None when it can't be told."""
    if clitic == "ll":
        return "will"
    if clitic == "s" and (after in ("been", "got", "had") or after.endswith("ed")):
        return "has"
    if clitic == "s" and (after.endswith("ing") or after in ("not", "a", "an", "the")):
        return "is"
    return None


def shorten(text: str, words: int = KEY_POINT_WORDS) -> str:
    """At most `words` words, cut at a word with an ellipsis (a key point stays a glance)."""
    split = text.split()
    if len(split) <= words + SHORTEN_SLACK:
        return text  # cutting the last few words would save little and lose the end of the claim
    cut = " ".join(split[:words]).rstrip(",;:")
    # a cut inside a quotation closes it, so the marks stay balanced
    if cut.count("“") > cut.count("”"):
        return cut + "…”"
    return cut + " …"
