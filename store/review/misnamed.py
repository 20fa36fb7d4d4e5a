"""Doubts of a name's shape beyond signals.py's: a name of something that is not a body of
its own, or a name that is not whole.

- a venue ("... Convention Centre", 澳门某某会议中心): where a meeting was held;
- a team ("Delegation of Ruritania"): people sent to a meeting, not a body (a delegation
  *to* a place, "Delegation of the European Union to China", is a mission: a body);
- an organ of a body it names ("Secretariat of the ..."): the body's own staff, read as
  the body or left out, seldom a body of its own;
- a doubled last character or word (某某局局): a name run together with its repeat; or its
  head again after a title's rank (某某馆助理馆): a post's title cut into the name;
- a unit and the university it belongs to named as one ("College of X of Y University"):
  the reader needs the university, and the unit apart if at all;
- a clause word or a verb at the start ("Welcomed the ...", 根据某某局, 在某某中心);
- (not a doubt) a body placed by a lower-case "in" or "to" before a place ("Embassy of X in
  Lisbon") is no phrase run on (`placed`);
- for people, a Chinese name that ends with a clause word (某某上, 某某说), or starts with a
  conjunction that joins two names (和某某: the word before the name kept), or with a unit's
  last character or a preposition before a surname (司某某, 向某某). (A piece of a
  transliterated name is no sign: a surname alone, 某某尔, is how texts name many.)

The words are data (review.txt, en_venues.txt); the signs' weights are rows of
review_signals.tsv, as signals.py's are.
"""

from __future__ import annotations

from functools import cache

from store.review import joined
from store.review.sign import Sign
from store.text import has_han, lexicon, to_simplified
from store.text.script import doubled_ends


@cache
def _set(file: str, section: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.words(file, section))


def latin_organisation_signs(words: list[str], latin: list[str] | None = None) -> list[Sign]:
    """The further doubts of a Latin organisation's name (its words, folded; LATIN: as
    written)."""
    found = [
        _two_letters(latin or []),
        _venue(words),
        _team(words),
        _organ_of(words),
        _doubled(words),
        _verb_start(words),
        unit_of_parent(words),
    ]
    return [s for s in found if s is not None]


def _venue(words: list[str]) -> Sign | None:
    """ "Marina Bay Hotel", "Harbour Convention Centre": a place, named like a body."""
    last = words[-1]
    if len(words) > 1 and last in _set("en_venues.txt", "venue_heads"):
        return Sign("venue", "a venue, not a body")
    uses = _set("en_venues.txt", "venue_uses")
    if last in _set("en_venues.txt", "venue_halls") and any(w in uses for w in words[:-1]):
        return Sign("venue", "a venue, not a body")
    return None


def _two_letters(latin: list[str]) -> Sign | None:
    """ "GI", "IP", "TM": two capitals alone are more often a common noun's short form (a
    geographical indication, intellectual property) than a body's name; a body known by
    two letters is nearly always named in full too (then the pair joins them)."""
    if len(latin) == 1 and len(latin[0]) == 2 and latin[0].isupper() and latin[0].isalpha():
        return Sign("two_letters", "two capitals alone: a short form of a word, not a body?")
    return None


def _head(words: list[str]) -> list[str]:
    return words[1:] if words[0] == "the" and len(words) > 1 else words


def _team(words: list[str]) -> Sign | None:
    """ "Delegation of X" without "to": the people a country sent, not a body."""
    w = _head(words)
    links = _set("review.txt", "mission_links")
    if len(w) < 3 or w[0] not in _set("review.txt", "team_heads") or w[1] != "of":
        return None
    if any(x in links for x in w[2:]):
        return None
    return Sign("team", f"a team sent by someone ({w[0]!r}), not a body")


def _organ_of(words: list[str]) -> Sign | None:
    """ "Secretariat of the X": an organ of the body it names."""
    w = _head(words)
    if len(w) > 2 and w[0] in _set("review.txt", "organ_heads") and w[1] == "of":
        return Sign("organ_of", f"an organ ({w[0]!r}) of the body it names")
    return None


def unit_of_parent(words: list[str]) -> Sign | None:
    """ "Law Faculty of X University", "School of Design of the University of Y": a unit
    (review.txt academic_units) before an "of" that opens the name of the university above
    it (review.txt unit_parent_heads); the name is no body of its own, whatever its last
    word says (signals.py gives such a name no `standalone` assurance)."""
    units, parents = _set("review.txt", "academic_units"), _set("review.txt", "unit_parent_heads")
    for i, w in enumerate(words):
        if w != "of" or i == 0 or any(x in parents for x in words[:i]):
            continue
        tail = [x for x in words[i + 1 :] if x != "the"]
        if len(tail) >= 2 and parents & {tail[0], tail[-1]} and units & set(words[:i]):
            return Sign("unit_of", "a unit and the university above it, named as one")
    return None


def _doubled(words: list[str]) -> Sign | None:
    if len(words) > 1 and words[-1] == words[-2]:
        return Sign("doubled", f"its last word twice ({words[-1]!r})")
    return None


def _verb_start(words: list[str]) -> Sign | None:
    """ "Welcomed the ...": the sentence's verb kept at the start."""
    if words[0] in _set("review.txt", "clause_openers"):
        return Sign("edge", f"starts with {words[0]!r}: cut from a sentence")
    return None


def zh_organisation_signs(name: str) -> list[Sign]:
    """The further doubts of a Chinese organisation's name (simplified)."""
    out: list[Sign] = []
    if len(name) > 3 and name[-1] == name[-2] and _repeated_head(name[-1]):
        out.append(Sign("doubled", f"its last character twice ({name[-2:]})"))
    elif (twice := _zh_end_twice(name)) is not None:
        out.append(Sign("doubled", f"its last word twice ({twice})"))
    if _zh_academic_unit(name):
        out.append(Sign("unit_of", "a unit and the university or academy above it, named as one"))
    elif (ranked := _zh_head_around_rank(name)) is not None:
        out.append(Sign("doubled", f"its head twice around a title's rank ({ranked})"))
    starts = lexicon.words("review.txt", "zh_clause_starts")
    hit = next((w for w in starts if name.startswith(w) and len(name) > len(w) + 1), None)
    if hit is not None:
        out.append(Sign("edge", f"starts with {hit}: cut from a sentence"))
    generic = lexicon.words("review.txt", "zh_generic_starts")
    if name.startswith(generic) and len(name) > 3:
        out.append(Sign("generic", "bodies of a kind (外国…, 各国…), not one body"))
    if name.endswith(lexicon.words("review.txt", "zh_venue_ends")):
        out.append(Sign("venue", "a venue, not a body"))
    if name.endswith(lexicon.words("review.txt", "zh_team_ends")) and not _zh_mission(name):
        out.append(Sign("team", "a team sent by someone, not a body"))
    return [*out, *joined.zh_organisation_signs(name)]


def _zh_academic_unit(name: str) -> bool:
    """某某大学图书馆, 某省科学院合作促进部: a parent's name (review.txt zh_academic_parents)
    before a unit's end (zh_academic_units), with words of the unit between or none."""
    units = lexicon.words("review.txt", "zh_academic_units")
    end = next((u for u in units if name.endswith(u)), None)
    if end is None:
        return False
    head = name[: -len(end)]
    return any(p in head for p in lexicon.words("review.txt", "zh_academic_parents"))


def _zh_end_twice(name: str) -> str | None:
    """The name's last word, ending with a head's character, written twice back to back
    (某某产权局产权局): the name ran into its own repeat."""
    end = next((w for w in doubled_ends(name) if _repeated_head(w[-1])), None)
    return end + end if end else None


def _repeated_head(char: str) -> bool:
    """A character a body's head word ends with (局, 会: 某某局局) or a particle (的): written
    twice, the name ran into its own repeat; any other (阿里巴巴) may be the name's own."""
    heads = lexicon.words("zh.txt", "org_suffixes")
    return char in {h[-1] for h in heads} or char in lexicon.words("zh.txt", "particles")


def _zh_head_around_rank(name: str) -> str | None:
    """某某馆助理馆: the head again after a rank (review.txt zh_head_ranks), the post's title
    (助理馆长) cut into the name; the rank and the head as written, or None."""
    for rank in lexicon.words("review.txt", "zh_head_ranks"):
        for size in range(1, 5):
            head = name[-size:]
            before = name[: -size - len(rank)]
            if name[:-size].endswith(rank) and len(before) > size and before.endswith(head):
                return head + rank + head
    return None


def _zh_mission(name: str) -> bool:
    """欧盟驻华代表团, 常驻某组织代表团: a delegation stationed somewhere is a mission."""
    return any(w in name for w in lexicon.words("review.txt", "zh_mission_marks"))


def zh_person_signs(name: str) -> list[Sign]:
    """The further doubts of a Chinese person's name (simplified)."""
    out: list[Sign] = []
    ends = lexicon.words("review.txt", "zh_name_not_ends")
    hit = next((w for w in ends if name.endswith(w)), None)
    if len(name) > 2 and hit is not None:
        out.append(Sign("zh_runs_on", f"ends with a clause word ({hit})"))
    joining = lexicon.words("review.txt", "zh_joining_starts")
    if len(name) > 2 and name.startswith(joining):
        out.append(
            Sign("zh_joined", f"starts with a joining word ({name[0]}): the word before it?")
        )
    elif _cut_before_surname(name):
        out.append(
            Sign("zh_joined", f"starts with {name[0]} before a surname: the word before it?")
        )
    return [*out, *joined.zh_person_signs(name)]


def _cut_before_surname(name: str) -> bool:
    """司某某, 向某某: a character of the word before the name (review.txt zh_cut_starts: a
    unit's last character, a preposition) and then a surname and a given name, kept with
    the name (a compound surname that starts with it, 司马, is a surname)."""
    from store.review.zh_signs import zh_surnames

    if len(name) < 3 or not name.startswith(lexicon.words("review.txt", "zh_cut_starts")):
        return False
    surnames = zh_surnames()
    compound = any(name.startswith(s) for s in surnames if len(s) > 1)
    return not compound and name[1:].startswith(surnames)


def title_names_its_office(title: str) -> bool:
    """A title that says whose post it is ("Minister of Trade", "Secretary for Justice",
    "Ambassador to Ruritania", 某某司司长, 总统): its role lacks no organisation a reader
    needs, so its doubt ranks below a name's (queue.py)."""
    if has_han(title):
        zh = to_simplified(title)
        return len(_rank_of(zh)) >= 4 or zh in _set("review.txt", "scoped_titles")
    words = title.casefold().split()
    if any(w in ("of", "for", "to") for w in words[1:-1]):
        return True
    return bool(words) and words[0] in _set("review.txt", "scoped_titles")


def _rank_of(zh: str) -> str:
    """The title less the words before its rank that say which post of a body it is (review.txt
    zh_title_modifiers: 常务副局长 is 局长, 执行主任 主任): what is left names an office only when
    longer than a rank (某某司司长)."""
    modifiers = sorted(lexicon.words("review.txt", "zh_title_modifiers"), key=len, reverse=True)
    rest = zh
    while word := next((m for m in modifiers if rest.startswith(m) and rest != m), ""):
        rest = rest[len(word) :]
    return rest


def placed(words: list[str], link: str, allowed: frozenset[str]) -> bool:
    """LINK places the body where it sits or whom it is sent to ("Embassy of X in Lisbon",
    "Mission of X to the Union") when only a place's capitalised words (or words ALLOWED in
    names) follow it to the end: a name's last part, not a phrase run on."""
    if link.casefold() not in _set("review.txt", "located_links"):
        return False
    after = words[len(words) - words[::-1].index(link) :]
    return bool(after) and all(w[:1].isupper() or w.casefold() in allowed for w in after)
