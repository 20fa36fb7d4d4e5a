"""Known bodies in a text written all in lower case.

Some reposts lower-case everything ("the state intellectual property office of china
signed ..."): no capital marks a name, so the patterns find none. The reference's full
names of two words or more are then found whatever their case; a one-word name or an
acronym ("sipo", "epo") is not, as a common word could spell it.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.gazetteer import Reference, RefOrg, name_pattern


def lower_case_text(text: str) -> bool:
    """Whether the text has letters and not one of them is a capital."""
    return re.search(r"[A-Z]", text) is None and re.search(r"[a-z]", text) is not None


def find_lower_case_names(text: str, orgs: Orgs, by_name: dict[str, RefOrg]) -> None:
    """The reference's names of several words, found in any case, each stored as written."""
    folded: dict[str, RefOrg] = {}
    for name, ref in by_name.items():
        if len(name.split()) >= 2:
            folded.setdefault(name.casefold(), ref)
    rx = name_pattern(folded, ignore_case=True)  # compiled once, not per text
    if rx is None:
        return
    for m in rx.finditer(text):
        s, e = m.span()
        if not orgs.covered(s, e):
            orgs.add(text[s:e], s, e, ref=folded[m.group().casefold()])


#: A bracketed acronym: "(EAPO)".
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
#: The words before it, at most six, on the same line.
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w’'-]*[ \t]+){1,6}$")


def find_sentence_case_names(text: str, orgs: Orgs, reference: Reference) -> None:
    """'the Eurasian patent office (EAPO)': a known body's full name written with its common
    words in lower case, right before the acronym the reference gives that same body, is
    that body's name (the acronym vouches for it, as capitals would). A programme's name
    and acronym ("PATENT PROSECUTION HIGHWAY (PPH)" in a heading) name no body, as the
    gazetteer finds none."""
    for m in _BRACKETED.finditer(text):
        ref = reference.org_named(m.group(1))
        if ref is None or ref.kind == "programme" or m.group(1) not in ref.all_names():
            continue
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        names = {n.casefold(): n for n in ref.all_names() if len(n.split()) >= 2}
        e = before.start() + len(before.group().rstrip())
        for w in re.finditer(r"\S+", before.group()):
            s = before.start() + w.start()
            written = text[s:e]
            if written.casefold() in names and written not in names.values():
                if written[:1].isupper() and not orgs.covered(s, e):
                    entry = orgs.add(written, s, e, ref=ref)
                    orgs.add(m.group(1), m.start(1), m.end(1), into=entry)
                break
