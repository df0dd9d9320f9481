"""News, opinion or analysis, from plain text rules, and an opinion piece's argument in the author's words.

The clues, strongest first: a front-matter `kind:`; a label in the title ("Opinion: …", "… | Analysis"),
the byline ("Columnist") or the tags; a standfirst that says "the author writes"; and a text that
argues in the first person ("I", "my") outside quotation marks. Opinion and analysis pieces show
"Argument": the author's own sentences (no claim of a source inside them), the strongest theses
first; the author argues and is not a source graded A–E.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Annotations

LABELS = {  # a label word as printed -> the kind it marks
    "opinion": "opinion", "op-ed": "opinion", "oped": "opinion", "commentary": "opinion", "editorial": "opinion",
    "column": "opinion", "viewpoint": "opinion", "perspective": "opinion", "comment": "opinion",
    "analysis": "analysis", "news analysis": "analysis", "explainer": "analysis",
}
_LABEL = "|".join(sorted((re.escape(k) for k in LABELS), key=len, reverse=True))
# "Opinion: …", "OPINION | …", "… | Opinion", "… - Analysis" (a label set apart at the title's edge)
TITLE_LABEL = re.compile(rf"^\s*(?P<a>{_LABEL})\s*[:|—–-]\s+|\s[|—–-]\s*(?P<b>{_LABEL})\s*$", re.I)
BYLINE_LABEL = re.compile(r"\b(columnist|contributor|opinion|editorial board|contributing writer|guest essay)\b", re.I)
AUTHOR_WRITES = re.compile(r"\b(the )?(author|columnist|writer) (writes|argues|says)\b|\bwrites [A-Z]\w+ [A-Z]\w+\s*$", re.I)
FIRST_PERSON = re.compile(r"(?<![\w.])(?:I|I'm|I’m|I've|I’ve|[Mm]y|[Mm]e|[Mm]yself)(?![\w'’]|\.\w)")  # not "C.I.A."
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
OPEN_QUOTE = re.compile(r"[“\"][^”\"]*$")  # a quotation that runs on to the paragraph's end
# words of a thesis: what should be, what is wrong or right, what the writer believes
THESIS = re.compile(r"\b(should|must|need to|needs to|ought|has to|have to|it is time|we can(not|'t)?|wrong|mistake|"
                    r"I (think|believe|argue|suspect|fear|hope)|the (real|truth|problem|point|answer)|cannot afford|"
                    r"is (not|no) (a|an|the)?)\b", re.I)
ARGUMENT_MOST = 4


@dataclass(frozen=True)
class Genre:
    kind: str  # news | opinion | analysis
    label: str  # as the page shows it: "Opinion", "Analysis"
    reasons: tuple[str, ...] = ()

    @property
    def opinion(self) -> bool:
        """An opinion or analysis piece: its author argues, and the page shows the argument."""
        return self.kind in ("opinion", "analysis")


NEWS = Genre("news", "News")


def recognise(ann: Annotations) -> Genre:
    """The piece's genre, with the clue that decided it."""
    doc = ann.document
    declared = str(getattr(doc, "kind", "") or "").strip().lower()  # front matter `kind:` when the reader keeps it
    if declared in LABELS:
        return _genre(LABELS[declared], f"front matter kind: {declared}")
    if declared == "news":
        return NEWS
    m = TITLE_LABEL.search(doc.title or "")
    if m:
        word = (m.group("a") or m.group("b")).lower()
        return _genre(LABELS[word], f"title label '{word}'")
    for tag in doc.tags:
        if tag.strip().lower() in LABELS:
            return _genre(LABELS[tag.strip().lower()], f"tag '{tag}'")
    if doc.author and BYLINE_LABEL.search(doc.author):
        return _genre("opinion", f"byline '{BYLINE_LABEL.search(doc.author).group(1)}'")
    stand = next((doc.text[b.start:b.end] for b in doc.blocks if b.kind == "standfirst"), "")
    if AUTHOR_WRITES.search(stand):
        return _genre("opinion", "the standfirst says the author writes")
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind in ("paragraph", "standfirst")]
    argued = [i for i, p in enumerate(paragraphs) if _first_person(p)]
    # the writer's own "I" runs through the piece from its opening: a quoted speaker's, a tweet's or a
    # song's "I" sits in a few paragraphs further down
    if len(argued) >= 3 and len(argued) * 4 >= len(paragraphs) and argued[0] < 3:
        return _genre("opinion", f"first-person argument ('I/my/me' outside quotes in {len(argued)} of "
                                 f"{len(paragraphs)} paragraphs)")
    return NEWS


def _first_person(paragraph: str) -> bool:
    """Whether a paragraph's own words (quotations cut out, also one left open to the paragraph's end, as a
    quote running on into the next paragraph is) say I, my or me in a sentence (a line without an end
    mark, such as a lyric or a caption, does not count)."""
    own = OPEN_QUOTE.sub(" ", QUOTED.sub(" ", paragraph))
    return bool(FIRST_PERSON.search(own)) and own.rstrip().rstrip("”’\")").endswith((".", "!", "?"))


def _genre(kind: str, reason: str) -> Genre:
    return Genre(kind, kind.capitalize(), (reason,))


def argument(ann: Annotations, most: int = ARGUMENT_MOST) -> list[str]:
    """The author's main theses: sentences of the body holding no source's claim and no quotation,
    those that argue (should, must, wrong, I think …) first, then the opening and the closing ones;
    shown in the order of the text."""
    doc = ann.document
    body = [b for b in doc.blocks if b.kind in ("paragraph", "standfirst")]
    if not body:
        return []
    claimed = [(c.start, c.end) for c in ann.claims if c.form != "credit"]
    sentences = ann.sentences or tuple((b.start, b.end) for b in body)
    candidates = []
    for s, e in sentences:
        block = next((b for b in body if b.start <= s < b.end), None)  # a sentence span may run past its block
        if block is None:
            continue
        e = min(e, block.end)
        text = " ".join(doc.text[s:e].split())
        if len(text.split()) < 6 or QUOTED.search(text) or "“" in text or "”" in text or _furniture(text):
            continue
        if any(cs < e and s < ce for cs, ce in claimed):
            continue  # a source's claim: graded in the claims, not the author's thesis
        candidates.append((s, text))
    if not candidates:
        return []
    last = len(candidates) - 1

    def weight(item: tuple[int, tuple[int, str]]) -> tuple:
        i, (_, text) = item
        return (-len(THESIS.findall(text)), 0 if i in (0, last) else 1, i)

    chosen = sorted(sorted(enumerate(candidates), key=weight)[:most])
    return [text for _, (_, text) in chosen]


SHOUTED = re.compile(r"\b[A-Z]{3,}\b(?:\W+\b[A-Z]{3,}\b)+")  # "MUST WATCH", "JUST WATCHED": a page's widgets


def _furniture(sentence: str) -> bool:
    """A line of the web page around the article (a video box, a teaser) or a question: no thesis."""
    return bool(SHOUTED.search(sentence)) or "..." in sentence or not sentence.rstrip("”’\")").endswith((".", "!"))


def authored_by(claim, author: str | None) -> bool:
    """Whether a claim is the author's own (their name, or 'I'/'we' as the speaker): not graded as a source."""
    speaker = (claim.speaker or "").strip().lower()
    if speaker in ("i", "we", "this writer", "the author"):
        return True
    return bool(author and speaker and speaker in author.lower())
