"""China's missions named without their state: 驻泰国大使馆, 驻泰使馆, 使馆, 我馆, 本馆.

A Chinese embassy's or consulate's own page, and Chinese official news, name China's missions
abroad by their post alone (驻泰国大使馆, 驻泰使馆), call the page's own mission 使馆, 我馆 or
本馆, and its head 驻泰国大使. With no state before 驻 the sending state is China, so the
mission is 中国驻<host><head>: the name the resolver translates (Embassy of China in Thailand).
A text that names Taiwan is left alone: its 驻X offices are Taiwan's (驻英国台北代表处).

Where the text names the mission only by a word of its own (使馆经济商务处, 我馆) and posts
one envoy (驻泰国大使某某), the mission is implied at the post: the envoy holds his post there
and the words name it. A post alone names no body (see `zh.state.bodiless_envoys`).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.orgs.collective import initials
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_openers
from store.text import HAN, is_han

STATIONED = "驻"


@cache
def _heads() -> dict[str, str]:
    return zh_lex.pairs("own_mission_heads")


@cache
def _posts() -> dict[str, str]:
    return zh_lex.pairs("own_mission_posts")


@cache
def _host() -> str:
    """A host: a country's name (longest first), a country's initial, or a city (2-4 Han)."""
    return rf"(?:{alternation(zh_lex.countries())}|[{HAN}]{{1,4}}?)"


@cache
def _offices() -> dict[str, str]:
    return zh_lex.pairs("mission_offices")


@cache
def _mission() -> re.Pattern[str]:
    heads, offices = alternation(_heads()), alternation(_offices())
    return re.compile(rf"^{STATIONED}(?P<host>{_host()})(?P<head>{heads})(?P<office>{offices})?$")


@cache
def _post() -> re.Pattern[str]:
    heads = alternation(_heads())
    return re.compile(
        rf"{STATIONED}(?P<host>{_host()})(?P<post>{alternation(_posts())})(?!{heads}|馆)"
    )


def china_speaks(text: str) -> bool:
    """Whether a 驻X name with no state is China's: the text names no Taiwan."""
    return not any(n in text for n, code in zh_lex.countries().items() if code == "TW")


def full_name(name: str) -> str | None:
    """驻泰使馆 -> 中国驻泰国大使馆: a mission's name with no sending state, as China's (the
    host spelt out when it is a country's initial), or None for another name."""
    m = _mission().match(name)
    if m is None:
        return None
    office = _offices()[m.group("office")] if m.group("office") else ""
    return _china() + STATIONED + _host_name(m.group("host")) + _heads()[m.group("head")] + office


def _china() -> str:
    return zh_lex.words("own_state_names")[0]


def _host_name(host: str) -> str:
    """泰 -> 泰国, 沙特 -> 沙特阿拉伯: a country's initial spelt out where it stands for one
    country, and a country's short name as its first name in the countries table."""
    places = initials().get(host, ()) if len(host) == 1 else ()
    if len(places) == 1:
        return places[0]
    code = zh_lex.countries().get(host)
    return next((n for n, c in zh_lex.countries().items() if c == code), host) if code else host


def _standalone(text: str, s: int) -> bool:
    """Whether a name may begin at `s`: not inside a longer word or name."""
    before = text[s - 1] if s else ""
    openers = org_openers() + "、" + zh_lex.chars("conjunctions")
    return not before or not is_han(before) or before in openers


def stationed(text: str, mentions: list[Mention]) -> None:
    """驻 + 英国大使馆: a mission's name grown from its host country (英国大使馆 would be the
    host's own embassy) runs back over the 驻 before it (驻英国大使馆, China's)."""
    ends = {m.end for m in mentions}
    for m in mentions:
        if m.source != "pattern" or not m.name.endswith(tuple(_heads())) or m.start < 1:
            continue
        if text[m.start - 1] == STATIONED and m.start - 1 not in ends:
            m.start -= 1
            m.name = STATIONED + m.name


def with_offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """驻沙特使馆 + 经商处: a mission's economic and commercial office the text names as a
    body (once at least with no title after it: a page's source, a contact) is a body of its
    own, the mission's name and the office's one name, and a title after it (经商参赞) is held
    there; named only before its officials' titles, it stays in them."""
    offices = re.compile(alternation(_offices()))
    found = [(m, o) for m in mentions if _is_mission(m) and (o := offices.match(text, m.end))]
    if all(zh_lex.title_regex().match(text, o.end()) for _m, o in found):
        return mentions  # 使馆经济商务处公参 only: the office stays in its officials' titles
    out = list(mentions)
    for m, office in found:
        grown = Mention(m.start, office.end(), m.name + office.group(0), m.ref, m.source)
        out = [o for o in out if o is not m and not (m.end <= o.start < office.end())]
        out.append(grown)
    return sorted(out, key=lambda o: o.start)


def bare_head(m: Mention) -> bool:
    """使馆 standing alone for the mission: a name of it as written (我馆 is a pronoun)."""
    return m.source == "self" and m.name in _heads()


def _is_mission(m: Mention) -> bool:
    return m.source not in ("self", "implied") and m.name.endswith(tuple(_heads()))


def own_words(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(mention, the mission it names) for each standalone own word (使馆, 我馆) of a text
    that names one mission (中国驻泰国大使馆, 驻泰使馆), or else posts one of China's envoys
    (驻泰国大使): then the mission is implied at the post (驻泰国 of 驻泰国大使) as well, and
    is its own target."""
    words = [
        w
        for w in re.finditer(alternation(zh_lex.words("own_mission_words")), text)
        if _standalone(text, w.start())
        and not any(m.start < w.end() and w.start() < m.end for m in mentions)
    ]
    if not words:
        return []
    named = {m.name: m for m in mentions if _is_mission(m)}
    target = next(iter(named.values())) if len(named) == 1 else None
    out: list[tuple[Mention, Mention]] = []
    if not named:
        target = _implied(text)
        out += [(target, target)] if target is not None else []
    if target is None:
        return []
    return out + [(Mention(w.start(), w.end(), w.group(0), source="self"), target) for w in words]


def _implied(text: str) -> Mention | None:
    """The mission of the one post of China's envoy the text gives, at that post."""
    if not china_speaks(text):
        return None
    posts: dict[str, re.Match[str]] = {}
    for p in _post().finditer(text):
        if _standalone(text, p.start()) or text[: p.start()].endswith(
            zh_lex.words("own_state_names")
        ):
            mission = _china() + STATIONED + _host_name(p.group("host"))
            posts.setdefault(mission + _posts()[p.group("post")], p)
    if len(posts) != 1:
        return None
    ((mission, post),) = posts.items()
    return Mention(post.start(), post.start("post"), mission, source="implied")
