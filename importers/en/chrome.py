"""Page furniture in English documents: what is not the article body.

Web pages carry site chrome (navigation lines, copyright and publisher lines), author and
contact blocks and teaser lists of other articles. None of it states facts about the
article's subject, and extracting from it fills the knowledge base with law firms and
journalists that the article never mentions. The readers already drop much of it for HTML;
text and PDF sources still have it, so the extractor masks it itself.

`mask` returns a copy of the text of the same length in which every chrome character is a
space: offsets found in the masked text are offsets into the original.
"""

from __future__ import annotations

import re

from importers.en.words import CONTACT_LABEL, ISSUER_CREDIT, TEASER_HEADINGS
from importers.guarded import guarded
from store.text import lexicon

#: A "Photo:" line's label: what follows is a credit or a caption; CAPTION_WORDS tell the
#: caption, which names who is pictured, from the credit.
CAPTION_LABEL = re.compile(r"^[ \t]*[\(\[]?[ \t]*photos?[ \t]*[:：][ \t]*", re.I)
CAPTION_WORDS = lexicon.wordset("en_chrome.txt", "caption_words")

#: "RENA LEE: " at the start of a transcript's turn (up to four capitalised words, a colon,
#: then speech): who speaks, neither a body's acronym nor a word of the sentence.
SPEAKER_LABEL = re.compile(r"[ \t]*[A-Z][A-Z.’'-]*(?:[ \t]+[A-Z][A-Z.’'-]*){0,3}:[ \t]+(?=\S)")

#: "Senator HOLLANDS: ", "Mr O'BRIEN: ": a turn's label of a form of address or a title in
#: title case and the speaker's surname in capitals, as parliamentary transcripts write it.
ADDRESSED_LABEL = re.compile(r"[ \t]*[A-Z][a-z]+\.?[ \t]+(?:[A-Z][’'])?[A-Z][A-Z’'-]+:[ \t]+(?=\S)")

#: A copyright notice; the bare word is not one ("the Ghana Copyright Office").
_COPYRIGHT = guarded(r"(©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|all rights reserved)", re.I)
_PUBLISHER = guarded(
    r"\b(is (?:a )?part of|is published by|a division of|a member of the .* group|"
    r"registered (?:office|in england)|company (?:no|number))\b",
    re.I,
)
#: The number of a paragraph in a numbered record ("1.2 ", "3. ", "(b) "): body text.
_PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z\d]{1,3}\))\s+")


def _is_publisher(line: str) -> bool:
    """A publisher's line ("IAM is part of Law Business Research Ltd", "Registered in
    England, company number 0123"). A numbered paragraph is the record's own text, however
    it reads ("3.1 ... the agency sits under the Ministry of Trade"): its number is no company's."""
    if _PARAGRAPH_NUMBER.match(line):
        return False
    return bool(_PUBLISHER.search(line) and re.search(r"\b(Ltd|Limited|Group|Inc|plc)\b|\d", line))


_NAV = re.compile(r"(\S[^|\n]{0,40}\|){2,}")
_EDITOR = re.compile(
    r"^\s*[\(\[]?\s*(?:web )?(?:editor|edited by|reporter|source|photo|by|author|contact|"
    r"translated by|responsible editor)s?\s*[:：]",
    re.I,
)
_CONTACT = re.compile(
    r"(\b(?:tel|fax|phone|mobile|email|e-mail)\b\s*[:.]|[\w.+-]+@[\w-]+\.[\w.]+|"
    r"^\s*(?:https?://|www\.)\S+\s*$|\+\d[\d ()-]{6,}|^\s*#\d+[-/]\d+)",
    re.I,
)
_STREET = re.compile(
    r"(?:-(?:ro|gil|gu|dong|si|ku|cho)\b|\b(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|"
    r"Blvd\.?|Lane|Drive|Building|Complex|Tower|Floor|Suite|Plaza|P\.?\s?O\.?\s?Box|Postfach|"
    r"Calle|Rue|Strasse|Straße)\b)",
)
_IMAGE = re.compile(r"^\s*\S+\.(?:jpe?g|png|gif|webp|svg)\s*$", re.I)


#: A caption tells a scene in at least this many words; a credit is a name or two.
_CAPTION_WORDS_AT_LEAST = 6


def _caption_label(line: str) -> re.Match[str] | None:
    """The "Photo:" label of a caption ("Photo: Delegates of the X Office and the Y Office at
    the signing in Z"), which names the bodies pictured as text does; a credit ("Photo:
    WIPO/J. Doe", "Photo: courtesy of the Ministry of X") says who took it and stays chrome."""
    m = CAPTION_LABEL.match(line)
    if not m:
        return None
    words = re.findall(r"[\w’'-]+", line[m.end() :])
    told = len(words) >= _CAPTION_WORDS_AT_LEAST and any(w in CAPTION_WORDS for w in words)
    return m if told else None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_address(line: str) -> bool:
    """A postal address line: "Government Complex-Daejeon, 189 Cheongsa-ro, Seo-gu, Daejeon
    35208, Republic of Korea" — comma-separated parts, a house number or postcode, a street
    word, and no sentence."""
    stripped = line.strip()
    if not stripped or len(stripped) > 160 or stripped.count(",") < 2:
        return False
    if re.search(r"[.!?]['’\"]?$", stripped) and not re.search(r"\b[A-Z][a-z]?\.$", stripped):
        return False
    if not re.search(r"\b\d{2,}\b", stripped) or not _STREET.search(stripped):
        return False
    lower = re.findall(r"\b[a-z]{3,}\b", stripped)
    return len(lower) <= 2


def _is_short_fragment(line: str) -> bool:
    """A line that is not a sentence: a name, an address line, a company name."""
    stripped = line.strip()
    if not stripped:
        return True
    words = stripped.split()
    return len(words) <= 8 and not re.search(r"[.!?]['’\"]?$", stripped) or len(words) <= 3


def _sentence_before(line: str) -> bool:
    """A whole sentence before the contact details on one line ("Ms X, Director (Patents),
    leads the team. Email: ..."), as in an FAQ's answer: text that states a post, not a
    contact block's credit line."""
    m = _CONTACT.search(line)
    before = line[: m.start()].rstrip() if m else ""
    return len(before.split()) >= 6 and re.search(r"[a-z)][.!?]$", before) is not None


#: A sentence's end inside a paragraph line.
_SENTENCE_END = re.compile(r"[.!?]['’\"]?(?:\s|$)")
#: A paragraph of at least this many sentences and words tells a story; a teaser's blurb
#: is a headline and a line or two.
_STORY_SENTENCES = 3
_STORY_WORDS = 50


def _story_follows(lines: list[str]) -> bool:
    """Whether the items under a teaser heading are told in full: a directory or home page
    boxes its own news under "Latest news", each item a paragraph of several sentences,
    and that is the page's text, not a list of links to other articles."""
    return any(
        len(_SENTENCE_END.findall(ln)) >= _STORY_SENTENCES and len(ln.split()) >= _STORY_WORDS
        for ln in lines
    )


def chrome_lines(text: str) -> set[int]:
    """Indexes of the lines that are chrome.

    Three kinds are found: single lines that are boilerplate by their form (copyright,
    publisher, navigation with "|", editor credits, image file names); contact blocks, a line
    with a phone, fax, e-mail or URL together with the run of short non-sentence lines around
    it (author name, firm, street, postcode); and everything from a teaser heading ("More
    from ...", "Related articles", "Read more") to the end of the document, unless the
    items under it are told in full.
    """
    spans = _lines(text)
    lines = [text[s:e] for s, e in spans]
    bad: set[int] = set()
    for i, line in enumerate(lines):
        short = len(line) < 240
        if short and (
            _COPYRIGHT.search(line)
            or _is_publisher(line)
            or _NAV.search(line)
            or (_EDITOR.search(line) and not ISSUER_CREDIT.match(line) and not _caption_label(line))
            or CONTACT_LABEL.search(line)
            or _IMAGE.search(line)
            or _is_address(line)
        ):
            bad.add(i)
        if TEASER_HEADINGS.search(line) and short and not _story_follows(lines[i + 1 :]):
            bad.update(range(i, len(lines)))
            break
    for i, line in enumerate(lines):
        if i in bad or not _CONTACT.search(line) or len(line) > 160 or _sentence_before(line):
            continue
        bad.add(i)
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and _is_short_fragment(lines[j]):
                bad.add(j)
                j += step
    return bad


def mask(text: str) -> str:
    """The text with every chrome line blanked out (same length, same offsets)."""
    text = text.replace("\u00a0", " ")
    bad = chrome_lines(text)
    out = []
    for i, (s, e) in enumerate(_lines(text)):
        seg = text[s:e]
        label = None if i in bad else ISSUER_CREDIT.match(seg) or _caption_label(seg)
        if label:  # "Source: Ministry of X", "Photo: X at Y": the label alone is chrome
            seg = " " * label.end() + seg[label.end() :]
        out.append(" " * len(seg) if i in bad else seg)
    return "\n".join(out)
