"""What an organisation's name looks like: a head and a suffix, not a description, not a place.

Every way of finding a name (growing it over jieba words, reading a list, a bracket, a table
cell) ends by asking these questions, so they are answered once: does the stretch end in an
organisation suffix (and not in a common word that only looks like one: 格局), does a real
head stand before the suffix, is it a description (相关机构, 五国知识产权机构) or a grouping
(中国—东盟知识产权局), or only a place (广州市)?
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.collective import collective
from store.text import HAN, is_han
from store.text.script import doubled_ends

if TYPE_CHECKING:
    from importers.zh.orgs.mention import Mention

# "中国—中亚国家…": a dash joining places, then 国家 (the countries of a region): a grouping.
DASH_GROUPING = re.compile(rf"[—–\-][{HAN}]{{1,4}}国家")
#: Two names of three characters or more joined by a dash (`first_of_pair`).
_DASH_PAIR = re.compile(r"([^—–\-]{3,})[—–\-]+([^—–\-]{3,})")


@cache
def coordinators() -> str:
    """The characters that join the members of a list of names: conjunctions and 、."""
    return zh_lex.chars("conjunctions") + "、"


def org_openers() -> str:
    """Characters that may stand before an organisation's name without being part of it."""
    return zh_lex.chars("org_openers")


@cache
def _count_group() -> re.Pattern[str]:
    """五国, 三方, 两省: a count of bodies."""
    groups = alternation(zh_lex.words("counted_groups"))
    counts = zh_lex.numerals() + zh_lex.chars("count_words")
    return re.compile(rf"[0-9{counts}]+个?(?:{groups})")


@cache
def _state() -> re.Pattern[str]:
    """A state's name (吉尔吉斯共和国) at the start of a name."""
    return re.compile(rf"[{HAN}]{{2,10}}?(?:{alternation(zh_lex.words('state_words'))})")


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.words("org_suffixes")))


def org_suffix(text: str) -> str | None:
    """The organisation suffix `text` ends with, if any (the longest)."""
    suffixes = _suffixes()
    if not text.endswith(suffixes):  # (one call for the many words that end with none)
        return None
    return next((s for s in suffixes if text.endswith(s)), None)


def ranked_title(rank: str, head: str, title: str) -> bool:
    """助理 + 图书馆 + 馆长: a rank (助理, 首席), a body's head noun that is a suffix whole,
    and the title of the one who heads such a body (opening with the noun's last character)
    are one title, the assistant librarian's, not a body's name and a title."""
    headed = org_suffix(head) == head and title[:1] == head[-1:]
    return rank in zh_lex.wordset("function_ranks") and headed


@cache
def place_words() -> tuple[str, ...]:
    """Words that may open an organisation's name: places and countries, longest first."""
    return tuple(longest_first([*zh_lex.words("place_prefixes"), *zh_lex.countries()]))


@cache
def _region_grouping() -> re.Pattern[str]:
    regions = alternation(zh_lex.words("regions"))
    return re.compile(f"(?:{regions})(?:{alternation(zh_lex.words('region_plurals'))})")


def state_length(name: str) -> int:
    """Length of the place or state name `name` begins with (7 for 吉尔吉斯共和国经济)."""
    return _lead_place_len(name)


def _lead_place_len(name: str) -> int:
    """Length of the place or state name a name begins with (吉尔吉斯共和国)."""
    state = _state().match(name)
    place = next((w for w in place_words() if name.startswith(w)), "")
    return max(len(place), state.end() if state else 0)


def has_generic(name: str) -> bool:
    """A description rather than a name: a generic modifier (相关, 各国), a count of
    countries (五国知识产权机构), a regional grouping (中国—中亚国家知识产权局) or a
    collective reference to several offices (中日韩三局, see `collective`), or the bodies
    under a named one (某会下属机构). 全国 after a country is part of a name
    (巴西全国工业联合会)."""
    grouping = DASH_GROUPING.search(name) or _region_grouping().search(name)
    if grouping and name.endswith(zh_lex.words("joint_bodies")):
        grouping = None  # the countries' forum keeps one secretariat: an institution
    if _count_group().search(name) or grouping:
        return True
    if collective(name):
        return True  # 中日韩三局, 中日知识产权局: the offices of several countries
    if _joined_events(name):
        return True  # 某某研讨会暨三局: two events' name, run on to a count of offices
    if name.startswith(zh_lex.words("generic_openers")):
        return True  # 地区知识产权组织: regional IP organisations, no place's
    if any(w in name for w in zh_lex.words("subordinate_markers")):
        return True  # 某会下属代理机构: bodies under a named one, described
    lead = _lead_place_len(name)
    for m in zh_lex.words("generic_modifiers"):
        ks = [k.start() for k in re.finditer(re.escape(m), name) if not k.start() < lead < k.end()]
        if not ks or (m == "全国" and ks[0] > 0 and place_only(name[: ks[0]])):
            continue  # 国内 across 吉尔吉斯共和国|内阁; 巴西全国工业联合会
        if all(_inner_area(name, m, k, lead) for k in ks):
            continue  # 某国版权 + 海外 + 振兴协会: where the field is promoted, in the name
        return True
    return False


def _inner_area(name: str, word: str, at: int, lead: int) -> bool:
    """An area word (海外, data: inner_area_modifiers) after a field that follows the place
    a name opens with and before the body's own aim (某国版权 + 海外 + 振兴 + 协会): where the
    body promotes its field, a word of the name, not a description of bodies (海外机构)."""
    if word not in zh_lex.wordset("inner_area_modifiers") or at < lead + 2:
        return False
    field = name[lead:at]
    joined = (*zh_lex.people_lexicon("local_leads"), *zh_lex.chars("conjunctions"), "、")
    if any(w in field for w in joined):
        return False  # 内地及海外 + 某机构: areas joined, the bodies of both described
    rest = name[at + len(word) :]
    return len(rest) - len(org_suffix(rest) or "") >= 2 and all(is_han(c) for c in name)


def _joined_events(name: str) -> bool:
    """An event's name joined by 暨 to a second event held with it (某某研讨会暨局长会): a
    name that runs over the joiner right after the event's noun is no body's, nor is one
    that opens with the joiner (the second event's words), unless the joiner opens a word
    of its own there (暨南 of 暨南大学, a place). So is a name run over the joiner after a
    title (某联盟驻某地大使 + 暨 + 某联盟驻某地代表团: one holder's two posts)."""
    events = (*zh_lex.words("event_nouns"), *zh_lex.titles())
    return any(
        (k.start() == 0 and not _opens_word(name, j)) or name[: k.start()].endswith(events)
        for j in zh_lex.words("event_joiners")
        for k in re.finditer(re.escape(j), name)
    )


def _opens_word(name: str, joiner: str) -> bool:
    """Whether the joiner `name` opens with is the first character of a longer word jieba
    knows (暨南): a word of the name, not a joiner."""
    return any(zh_lex.known_word(name[:k]) for k in range(len(joiner) + 1, min(len(name), 6) + 1))


def suffix_ok(name: str) -> bool:
    """`name` really ends in an organisation suffix: not in a common word (全球创新格局),
    not an event (第二届…大会), not a delegation without a post (中国代表团 vs 欧盟驻华代表团),
    and its brackets are balanced (X(Y) is two names, see `aliases.duals`)."""
    suffix = org_suffix(name)
    if not suffix or name.count("(") != name.count(")"):
        return False
    if any(name.endswith(w) and len(w) > len(suffix) for w in zh_lex.words("false_suffix_words")):
        return False
    if suffix.endswith("大会") and (
        re.search(r"[0-9]", name) or any(w in name for w in zh_lex.words("event_markers"))
    ):
        return False
    if grouping(name):
        return False
    return not suffix.endswith(zh_lex.words("delegation_suffixes")) or "驻" in name


def grouping(name: str) -> bool:
    """中国—东盟知识产权局 (the offices of China and ASEAN): two sides joined by a dash and
    a suffix for several offices or countries name a grouping, not one organisation."""
    m = re.match(rf"([{HAN}]{{2,8}})[—–\-]+([{HAN}]{{2,8}}?)(.+)$", name) or _country_and_region(
        name
    )
    return m is not None and m.group(3).endswith(zh_lex.words("grouping_suffixes"))


@cache
def _country_then_region() -> re.Pattern[str]:
    countries = alternation(zh_lex.countries_longest())
    return re.compile(f"({countries})({alternation(zh_lex.words('regions'))})(.+)$")


def _country_and_region(name: str) -> re.Match[str] | None:
    """中国东盟知识产权局: the same two sides written with no dash (a headline drops it),
    a country's name right before a region's or a union's."""
    return _country_then_region().match(name)


def first_of_pair(name: str) -> int:
    """The length of `name`, or of its first side where two bodies joined by a dash make it
    (中国科学院—澳门大学 before 联合中心 or 合作项目): the pair opens the name of what they
    run together, and cut short there it is no body; the first side alone still is one."""
    m = _DASH_PAIR.fullmatch(name)
    if m is None or not all(_whole_body(side) for side in m.groups()):
        return len(name)
    return len(m.group(1))


def undoubled(name: str) -> int:
    """The length of `name` without a word written twice at its end (某部专利局 + 专利局 +
    局长: a slip that repeats the office's own name before its head's title): the second copy
    opens the title, not the name. Only a word that ends in an organisation suffix counts."""
    tail = next((t for t in doubled_ends(name) if org_suffix(t) is not None), "")
    return len(name) - len(tail)


def _whole_body(side: str) -> bool:
    """A side that is one body's name: its suffix ends it and no other suffix closes a shorter
    name inside it (约翰斯·霍普金斯大学中美文化研究中心 holds a university and more)."""
    suffix = org_suffix(side)
    if suffix in (None, side):
        return False
    head = side[: -len(suffix or "")]
    return not any(org_suffix(head[:k]) for k in range(3, len(head) + 1))


def grouped(text: str, start: int, name: str) -> bool:
    """东盟知识产权局 right after 中国— or 中国: the second side of a grouping (see
    `grouping`)."""
    before = text[max(0, start - 10) : start]
    head = re.search(rf"([{HAN}]{{2,8}})[—–\-]+$", before)
    if head is not None:
        return grouping(head.group(0) + name)
    country = next((c for c in zh_lex.countries_longest() if before.endswith(c)), None)
    return (
        country is not None
        and _country_and_region(country + name) is not None
        and grouping(country + name)
    )


def group_offices(m: Mention, known: list[Mention]) -> bool:
    """金砖国家知识产权局: a group of countries or offices (a reference body of kind "other")
    and an office's noun of [grouping_suffixes] name the group's several offices together,
    no body of their own; the group is named on its own."""
    group = next((k for k in known if k.start == m.start and k.end < m.end), None)
    if group is None or group.ref is None or group.ref.kind != "other":
        return False
    return m.name[len(group.name) :] in zh_lex.wordset("grouping_suffixes")


def bare_suffix(name: str) -> bool:
    """A suffix with a one-character head (法学院, 该中心) names no organisation."""
    suffix = org_suffix(name) or ""
    head = name[: len(name) - len(suffix)]
    return sum(1 for c in head if is_han(c) or c.isalnum()) < 2 and not head.isupper()


def place_only(name: str) -> bool:
    """True for a name that is only a place (新加坡, 广州市): not an organisation."""
    rest = name
    for w in place_words():
        if rest.startswith(w):
            rest = rest[len(w) :]
            break
    return len(rest) < 2


@cache
def _generic_kind() -> re.Pattern[str]:
    """[国家|各国…|某地地区|某省/某区|某国]?[国家级|省级…]?[知识产权|专利…]?[机构|主管部门…]:
    a kind of body, not a name."""
    leads = alternation(zh_lex.people_lexicon("generic_kind_leads"))
    areas = alternation(zh_lex.people_lexicon("generic_kind_areas"))
    places = alternation([*place_words(), *zh_lex.words("levels")])
    fields = alternation(zh_lex.words("generic_document_fields"))
    kinds = alternation(zh_lex.people_lexicon("generic_kinds"))
    grades = alternation(zh_lex.people_lexicon("generic_kind_grades"))
    lead = rf"(?P<lead>{leads}|[{HAN}]{{1,6}}?(?:{areas}))"
    place = rf"(?P<place>[{HAN}]{{0,6}}?(?:{places}))"
    return re.compile(rf"(?:{lead}|{place})?(?P<grade>{grades})?(?P<field>{fields})?(?:{kinds})")


def generic_kind(name: str) -> bool:
    """国家知识产权机构 (national IP bodies), 各国专利主管部门, 知识产权主管部门: a plural or
    generic kind of body, named by a national word, a field and a generic noun only; never
    one organisation, however it was found; so is a place's area and a kind (中东地区机构),
    a grade before the field (外国国家级知识产权机构: foreign national-level IP bodies),
    and a place and a field before the kind (某新区商标代理机构: the district's trade mark
    agents; 某省专利代理机构): with no name of its own between them, the place only
    says where the bodies of that kind are."""
    m = _generic_kind().fullmatch(name)
    if m is None:
        return placed_kind(name) or _missions_at_home(name)
    if m.group("place"):
        return bool(m.group("field") or m.group("grade")) or placed_kind(name)
    return bool(m.group("lead") or m.group("grade") or m.group("field")) or placed_kind(name)


def field_kind_of_place(name: str, places: set[str]) -> bool:
    """浙江知识产权机构, 某地专利服务机构: a place the document names (`places`, jieba's place
    words, written without their level) before nothing but a field or a grade and a generic
    kind names that place's bodies of the kind, as a place with its level does."""
    for place in places:
        if len(place) >= 2 and name.startswith(place):
            m = _generic_kind().fullmatch(name, len(place))
            if m is not None and not m.group("lead") and (m.group("field") or m.group("grade")):
                return True
    return False


def placed_kind(name: str) -> bool:
    """香港机构, 内地企业, 本地高校: a place or a local word and a kind of body only name that
    place's bodies of the kind (与内地及香港机构合作), never one organisation."""
    heads = [name[: -len(k)] for k in zh_lex.people_lexicon("placed_kinds") if name.endswith(k)]
    return any(_placed_head(h) for h in heads) or _government_kind(name)


def _missions_at_home(name: str) -> bool:
    """驻华使馆 with no state before 驻: the missions of any states in China (the sending
    state China's own name after 驻 leaves the state unnamed), never one body."""
    homes = (*zh_lex.words("own_state_initials"), *zh_lex.words("own_state_names"))
    heads = tuple(zh_lex.pairs("own_mission_heads"))
    return any(name.startswith("驻" + h) for h in homes) and name.endswith(heads)


def _government_kind(name: str) -> bool:
    """澳门特区政府机构, 某市政府部门, 国务院直属机构: a government's (or a cabinet's) name
    and a kind of body name that government's agencies or departments, never one of them."""
    kinds = zh_lex.people_lexicon("government_kinds")
    heads = zh_lex.people_lexicon("government_heads")
    return any(name.endswith(h + k) and len(name) > len(k) + 2 for h in heads for k in kinds)


def before_government_kind(text: str, m: Mention) -> bool:
    """A government's name run into a kind of body (中国政府 + 部门, 某市政府 + 机构): the
    words name that government's agencies, as `_government_kind` reads them written whole,
    never the government itself. A cabinet (国务院) before 部门 is left as named."""
    kinds = zh_lex.people_lexicon("government_kinds")
    return m.name.endswith("政府") and text.startswith(kinds, m.end)


def _placed_head(head: str) -> bool:
    """A place, a local word, or places run together before a local word that counts them
    (深港两地, 中葡两国, 粤港澳三地): before a kind, they only name those places' bodies."""
    leads = zh_lex.people_lexicon("local_leads")
    if head in leads or head in place_words():
        return True
    lead = next((w for w in leads if head.endswith(w)), None)
    rest = head[: -len(lead)] if lead else ""
    return 0 < len(rest) <= 3 and all(is_han(c) for c in rest)


@cache
def _plural_before_nation() -> tuple[str, ...]:
    words = [*zh_lex.words("regions"), *zh_lex.people_lexicon("plural_before_nation")]
    return tuple(longest_first(words))


def of_countries(text: str, start: int, name: str) -> bool:
    """非洲国家知识产权局, 发展中国家知识产权局, 金砖国家知识产权局: 国家 right after a world
    region or a plural word is "the countries of", so a name that begins there (国家知识
    产权局, China's office, when alone) names their bodies, not one organisation."""
    return name.startswith("国家") and text.endswith(_plural_before_nation(), 0, start)
