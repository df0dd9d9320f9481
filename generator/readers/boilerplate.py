"""Page furniture trafilatura can leave inside an article: removed by generic markup words, not per site.

Two rules, both measured on the dev half of trafilatura's evaluation set and checked on the
held-out half and the article-extraction benchmark's bodies (`benchmarks/inputs.py`):

1. An element whose class or id names furniture by one of the words in `FURNITURE` (share
   buttons, newsletter sign-ups, related stories, captions, disclaimers...) is furniture, unless
   it holds the headline or a large share of the page's text, or its names also call it the
   article's own container (`CONTENT`: "entry-content no-share" must not take the article with
   it). Furniture inside a paragraph (a credit span) is removed before extraction; a block's
   texts are dropped from the extraction's output instead (`furniture_texts`), unless the page
   also prints them outside furniture. Removing blocks before trafilatura walks the page moved
   its choice between its own extraction and its fallbacks, and on the dev half that lost
   article paragraphs far from any furniture (must-contain 97.2 % without the rule, 96.2 % with
   blocks removed first, 97.2 % with them dropped after). A paragraph the extraction ran together
   from several blocks' texts and little else (a recommendation widget under its header) is
   dropped too (`run_together`). A document pasted into the page whole (a server-side include that
   brought its own `<head>`: a `<title>` as the child of an element in the body, not of an `<svg>`) is a
   widget, not the article (a conference's session listing after the story), whatever share of the
   page it holds, unless it holds the headline: an `<h1>`, an `<article>`/`<main>`, or the longest
   part of the page's own `<title>`.
2. After extraction, a short paragraph that is only a pointer elsewhere ("Read more: ...",
   "Related: ...", "Sign up for our newsletter"), a call to act ("... Sign up here", "Donate
   now", "download our app"), a publisher's notice ("All rights reserved", "Written
   permission must be obtained before reprint"), an ad's slot ("Advertisement", "Story continues
   below"), a picture's credit line ("Photo: ..."), a follow or share prompt, an asterisk
   footnote or a line ending on a web address is dropped; so is a paragraph written in look-alike letters of another script (an ad
   hiding from blockers: "Аdvеrtіѕе" with Cyrillic vowels).
"""

from __future__ import annotations

import re

from .sitename import TITLE_PARTS

# class/id words (whole words of a name split at - _ and spaces, any case) that name page furniture
FURNITURE = frozenset("""
share sharing sharebar social socials sharetools
newsletter newsletters subscribe subscription signup optin
related recommended recirculation trending popular mostread
promo promotion sponsored advert advertisement ad ads adslot
disclaimer disclosure affiliate copyright
caption captions figcaption credit credits
breadcrumb breadcrumbs
popup modal overlay lightbox
""".split())
# elements that are furniture whatever their names: a picture's caption, and the page's or its
# author's contact details (HTML's <address>: a byline box, a "last modified" footer)
FURNITURE_TAGS = frozenset({"figcaption", "address"})
# class/id words of the article's own container ("entry-content no-share"): such an element is kept
CONTENT = frozenset("content entry article story body main".split())
# an element whose text is more than this share of the page's is never removed as furniture
MAX_SHARE = 0.3
# a paragraph that only points elsewhere: its opening words, and the longest such a line runs
POINTER = re.compile(r"^(?:read more|read also|also read|see also|related(?: stories| articles| posts| coverage)?|"
                     r"more on this|recommended|sign up (?:for|to)|subscribe (?:to|now|for)|click here to)\b", re.I)
MAX_POINTER_CHARS = 200
# a line that is a slot or a credit rather than a sentence: an ad's label ("Advertisement", "Story
# continues below"), a picture's credit ("Photo: ..."), a follow or share prompt
SLOT = re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|"
                  r"(?:the )?story continues (?:below|after)\b.*|continue reading(?: (?:the|this) (?:main )?"
                  r"(?:story|article))?(?: below)?)[.:]?$|"
                  r"^(?:photo|photograph|image|picture|illustration|graphic|video)s?(?: credits?)?\s*(?::|©|\|)|"
                  r"^follow (?:us|me|him|her|them|@\w+|(?:[A-Z][\w.'-]+ ){1,3}?)\s*on (?:twitter|facebook|instagram|x|"
                  r"linkedin|tiktok|threads|mastodon|bluesky)\b|"
                  r"^share (?:this|on (?:twitter|facebook|x|linkedin|whatsapp))\b", re.I)
MAX_SLOT_CHARS = 150
# a short line that asks the reader to act rather than tells the story: it ends on the button's
# words ("... Sign up here", "... Donate now") or asks them to get the publisher's app
CALL_TO_ACTION = re.compile(r"(?:\b(?:sign up|subscribe|register|click|tap) here|\bdonate(?: now| today)?)[.!]?$|"
                            r"\bdownload (?:the|our) (?:\w+ ){0,3}apps?\b", re.I)
# a publisher's notice about the text rather than part of it: reprint and copyright lines
NOTICE = re.compile(r"\b(?:all rights reserved|copyrighted (?:property|material)|"
                    r"(?:written )?permission (?:must|should) be obtained|may not be (?:re)?published|"
                    r"reproduced without (?:written )?permission)\b", re.I)
MAX_NOTICE_CHARS = 300
# a footnote set off by an asterisk and a capital ("*Prices as of ...", "*Terms apply"): a note on
# the text, not the text ("*feat.: ..." is not one)
FOOTNOTE = re.compile(r"^\*+\s*[A-Z]")
# a line that is only a web address ("EXAMPLE.COM", a source credit), or a few words that end on a
# full one ("More at www.example.org.", "https://..."): a pointer elsewhere, not a sentence of the
# story. A bare domain after other words is left: "Review of shop.example.co.uk" may be a headline.
_TLD = r"(?:com|org|net|info|news|gov|edu|io|uk|de|fr|ch|at|nl|it|es|ca|au|in|us|eu|tv)"
WEB_ADDRESS = re.compile(r"(?:^|\s)(?:https?://\S+|www\.\S+)[.!]?$|^[\w-]+(?:\.[\w-]+)*\." + _TLD + r"(?:/\S*)?[.!]?$",
                         re.I)
MAX_ADDRESS_WORDS = 8
# a word spelt with Latin letters and Cyrillic or Greek look-alikes mixed ("Аdvеrtіѕе"): text disguised
# so that ad blockers miss it, never the story's own words; a paragraph with a few such is an ad
_MIXED_SCRIPT = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+")
MIN_DISGUISED_WORDS = 3
_NAME_WORDS = re.compile(r"[a-z]+")
# containers that are the page or the article itself, never furniture whatever their class says
_NEVER = frozenset({"html", "body", "main", "article"})


def _words(el) -> set[str]:
    # "shareBar" and "share-bar" alike: split camel case before the words are read
    names = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", f"{el.get('class') or ''} {el.get('id') or ''}").lower()
    return set(_NAME_WORDS.findall(names))


def furniture(tree) -> list:
    """The elements named as furniture by FURNITURE words, or pasted documents (rule 1), in document order."""
    body = tree.find(".//body")
    if body is None:
        return []
    total = len(" ".join(body.itertext()).split()) or 1
    headline = _headline_key(tree)
    found = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in _NEVER or el is body:
            continue
        words = _words(el)
        pasted = is_pasted(el)
        if not (words & FURNITURE) and el.tag not in FURNITURE_TAGS and not pasted:
            continue
        if words & CONTENT:
            continue
        if el.find(".//h1") is not None:
            continue
        if pasted:
            if el.find(".//article") is not None or el.find(".//main") is not None or \
                    (headline and headline in text_key(" ".join(el.itertext()))):
                continue
        elif len(" ".join(el.itertext()).split()) > MAX_SHARE * total:
            continue
        found.append(el)
    return found


def is_pasted(el) -> bool:
    """Whether an element of the body is a whole document pasted in: it has a `<title>` child (its own
    `<head>`'s, which the parser leaves in place), and is no SVG drawing, whose `<title>` is its label."""
    return el.find("title") is not None and el.tag not in ("svg", "head") and \
        not any(a.tag == "svg" for a in el.iterancestors())


def _headline_key(tree) -> str:
    """`text_key` of the longest part of the page's own `<head>` `<title>` ("Headline | Site"), "" if none."""
    title = tree.find("head/title")
    text = " ".join(title.itertext()) if title is not None else ""
    return max((text_key(p) for p in TITLE_PARTS.split(text)), key=len, default="")




def furniture_texts(tree) -> frozenset[str]:
    """Keys (`text_key`) of the texts found only inside furniture: an element's, or any element's within it.

    A text the page also prints outside furniture (a headline a share box repeats) is not one.
    """
    inside: set[str] = set()
    doomed = furniture(tree)
    for el in doomed:
        inside.update(text_key("".join(sub.itertext())) for sub in el.iter() if isinstance(sub.tag, str))
    inside.discard("")
    if not inside:
        return frozenset()
    # the elements themselves, not their id(): lxml keeps one proxy per element while it is referenced
    within = {sub for el in doomed for sub in el.iter()}
    body = tree.find(".//body")
    # an element around a furniture block: its text includes the block's, so it says nothing
    around = {anc for el in doomed for anc in el.iterancestors()}
    outside = {text_key("".join(el.itertext())) for el in body.iter()
               if isinstance(el.tag, str) and el not in within and el not in around}
    return frozenset(inside - outside)


def run_together(key: str, furniture_keys: frozenset[str]) -> bool:
    """Whether a paragraph is furniture blocks the extraction ran into one ("Around the Web" and a
    recommendation widget's teasers): it holds the texts of at least MIN_RUN blocks, each of
    MIN_RUN_CHARS or more, and what is left once they are taken out is under MAX_RUN_LEFT of it.

    `key` and `furniture_keys` are `text_key`s (`furniture_texts`); a paragraph that is one block
    whole is dropped by the plain lookup.
    """
    if len(key) < MIN_RUN * MIN_RUN_CHARS:
        return False
    rest, found = key, 0
    for block in sorted((k for k in furniture_keys if len(k) >= MIN_RUN_CHARS), key=len, reverse=True):
        if block in rest:
            found += rest.count(block)
            rest = rest.replace(block, "")
    return found >= MIN_RUN and len(rest) < MAX_RUN_LEFT * len(key)


# rule 1 on a paragraph made of furniture blocks run together: at least this many blocks' texts, each
# at least this many letters and digits, leaving under this share of the paragraph once taken out
MIN_RUN = 2
MIN_RUN_CHARS = 20
MAX_RUN_LEFT = 0.2


def text_key(text: str) -> str:
    """A text's letters and digits only, casefolded: the same paragraph however its spaces fell."""
    return _KEY.sub("", text.casefold())


_KEY = re.compile(r"\W+")


def remove_furniture(tree, inline_only: bool = False) -> int:
    """Remove furniture elements (rule 1), or only those inside a paragraph; the number removed."""
    body = tree.find(".//body")
    if body is None:
        return 0
    doomed = furniture(tree)
    if inline_only:
        doomed = [el for el in doomed if any(a.tag == "p" for a in el.iterancestors())]
    removed = 0
    for el in doomed:
        parent = el.getparent()
        if parent is None or _detached(el, body):
            continue
        tail = el.tail
        if tail and tail.strip():  # the text after the element belongs to its parent: keep it
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)
        removed += 1
    return removed


def _detached(el, body) -> bool:
    """Whether an element was already removed with an ancestor."""
    for anc in el.iterancestors():
        if anc is body:
            return False
    return True


def is_pointer(text: str) -> bool:
    """A short paragraph that only points elsewhere, or a publisher's copyright notice (rule 2)."""
    text = text.strip()
    return (len(text) <= MAX_POINTER_CHARS and bool(POINTER.match(text) or CALL_TO_ACTION.search(text))) or \
        (len(text) <= MAX_SLOT_CHARS and bool(SLOT.match(text))) or \
        (len(text) <= MAX_NOTICE_CHARS and bool(NOTICE.search(text) or FOOTNOTE.match(text))) or \
        (len(text.split()) <= MAX_ADDRESS_WORDS and bool(WEB_ADDRESS.search(text)))


def is_disguised(text: str) -> bool:
    """A paragraph written in look-alike letters of another script (an ad hiding from blockers)."""
    return len(_MIXED_SCRIPT.findall(text)) >= MIN_DISGUISED_WORDS


__all__ = ["FURNITURE", "furniture", "furniture_texts", "is_disguised", "is_pasted", "is_pointer", "remove_furniture",
           "run_together", "text_key"]
