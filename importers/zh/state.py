"""States and self-reference in Chinese text: national governments, ambassadors, 我局.

* Heads of state and government are named with a title and no organisation (国家主席习近平,
  哈萨克斯坦总统托卡耶夫); their organisation is the national government: China's from the
  reference data, else the government of the country named before the title.
* An ambassador (哈萨克斯坦驻华大使, 中国驻哈萨克斯坦大使) represents the sending state's
  government; the title keeps the post (驻华大使).
* An office's own news calls it 我局/本局 (and 省局 for a provincial office): the office the
  heading names, else the one named most often.
* 哈萨克斯坦司法部 and 哈萨克斯坦共和国司法部 name one body: a country's short and long form.
* A run of titles after a Party body (中共中央总书记、国家主席某某) joins the Party's posts and
  the state's: the state's titles are held at China's government, not at the Party body
  (`party_state_posts`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from importers.gazetteer import Reference, RefOrg, alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.forms import service_body
from importers.zh.names import surname_length
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_openers
from importers.zh.roles import PersonHit, segment_start
from importers.zh.section_issuers import section_issuer
from importers.zh.title_runs import title_run
from store.text import HAN, is_han

CHINA = "CN"
CHINA_GOVERNMENT = "中华人民共和国政府"
ENVOY = re.compile(rf"驻[{HAN}]{{1,10}}$")


@cache
def _state_titles() -> frozenset[str]:
    return frozenset(zh_lex.words("state_titles"))


@cache
def _china_titles() -> frozenset[str]:
    return frozenset(zh_lex.words("china_state_titles"))


@cache
def envoy_titles() -> tuple[str, ...]:
    """The titles of a state's envoys (大使, 公使, 参赞)."""
    return tuple(zh_lex.words("envoy_titles"))


@cache
def _state_forms() -> re.Pattern[str]:
    """A country's long form: 共和国, 联邦, 王国 … after its short name."""
    return re.compile(alternation(zh_lex.words("state_forms")))


@cache
def _country_regex() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(zh_lex.countries())})")


def country_of(words: str) -> str | None:
    """The ISO code of `words` when they are just a country's name, short or long
    (哈萨克斯坦, 哈萨克斯坦共和国, 中华人民共和国), else None."""
    m = _country_regex().match(words)
    if m is None:
        return None
    rest = words[m.end() :]
    form = _state_forms().match(rest)
    if form is not None:
        rest = rest[form.end() :]
    return zh_lex.countries()[m.group(0)] if not rest else None


def state_key(name: str) -> str | None:
    """哈萨克斯坦共和国司法部 and 哈萨克斯坦司法部 -> "KZ:司法部": a name that begins with a
    country in any form, keyed by the country's code; None for other names."""
    m = _country_regex().match(name)
    if m is None:
        return None
    rest = name[m.end() :]
    form = _state_forms().match(rest)
    if form is not None:
        rest = rest[form.end() :]
    if len(rest) < 2:
        return None
    return zh_lex.countries()[m.group(0)] + ":" + rest


@dataclass
class Government:
    """The national government a role is at: a name, the span that names the country (or
    the title, when the text names no country), and a reference entry if there is one."""

    name: str
    start: int
    end: int
    ref: RefOrg | None


def national_roles(
    text: str, hits: list[PersonHit], orgs: list[Mention], reference: Reference
) -> list[Mention]:
    """Give heads of state and government without an organisation their national government,
    then envoys theirs when the text has that government already (by name or by its head:
    an ambassador alone names no organisation). Returns the government mentions it made."""
    out: list[Mention] = []
    present = {_government_code(m.name) for m in orgs} - {None}
    for envoys in (False, True):
        for h in hits:
            if h.org is not None or not h.title or h.alias_of is not None:
                continue
            title_at = h.start - len(h.title)
            if text[title_at : h.start] == h.title:
                gov = _government(text, h, title_at, reference, envoys)
            else:
                gov = None if envoys else _name_first_leader(text, h, reference)
            if gov is None or (envoys and _government_code(gov.name) not in present):
                continue
            m = Mention(gov.start, gov.end, gov.name, gov.ref, source="implied")
            h.org = m
            out.append(m)
            present.add(_government_code(gov.name))
    return out


def party_state_posts(text: str, hits: list[PersonHit], reference: Reference) -> list[Mention]:
    """中共中央总书记、国家主席某某: a run of titles read at a Party body (data `party_names`
    open its name) whose later titles are China's state posts ([china_state_titles]): those
    are held at China's government, as a new hit of the same name. Returns the government
    mentions it made."""
    out: list[Mention] = []
    for h in list(hits):
        if h.org is None or not h.title or not h.org.name.startswith(_party_names()):
            continue
        run = title_run(h.title)
        state = [t for t in run if t in _china_titles()]
        if not state or len(state) == len(run):
            continue
        at = text.find(state[0], h.org.end, h.start)
        at = at if at >= 0 else h.start
        ref = reference.org_named(CHINA_GOVERNMENT)
        gov = Mention(at, at + len(state[0]), CHINA_GOVERNMENT, ref, source="implied")
        hits.append(replace(h, title="、".join(state), org=gov))
        h.title = "、".join(t for t in run if t not in state)
        out.append(gov)
    return out


@cache
def _party_names() -> tuple[str, ...]:
    return tuple(zh_lex.words("party_names"))


def bodiless_envoys(text: str, hits: list[PersonHit]) -> None:
    """沙特驻华大使某某 (or 我国驻甲国大使某某) where the text names neither the sending state's
    government nor its embassy: the post is the title whole (country, 驻 and place, title),
    with no body."""
    for h in hits:
        title = h.title or ""
        if h.org is not None or h.alias_of is not None or not title.endswith(envoy_titles()):
            continue
        post = text[h.span_start : h.start].lstrip(org_openers() + zh_lex.chars("conjunctions"))
        if h.span_start == h.start and text.startswith(title, h.end):
            post = _posting_before_name(text, h.start) + title  # 甲国驻乙国 + 某某 + 大使
        base = next(w for w in longest_first(envoy_titles()) if title.endswith(w))
        envoy = ENVOY.search(post.removesuffix(base))
        if not post.endswith(title) or envoy is None:
            continue
        before = post[: envoy.start()]  # 备忘录由我国: the sender ends the words before 驻
        sender = next((before[i:] for i in range(len(before)) if _a_sender(before[i:])), None)
        if sender is not None:
            h.title, h.bodiless = sender + post[envoy.start() :], True


def _a_sender(sender: str) -> bool:
    """A sending state before 驻: a country's name, or the text's own state (我国驻甲国大使,
    whose mission the text leaves unnamed)."""
    return bool(country_of(sender)) or sender in zh_lex.words("own_state_names")


def _posting_before_name(text: str, start: int) -> str:
    """甲国驻乙国 written right before an envoy's name (由甲国驻乙国某某大使): the sending
    country and the posting, else ''."""
    envoy = ENVOY.search(text, segment_start(text, start), start)
    if envoy is None:
        return ""
    head = text[max(0, envoy.start() - 12) : envoy.start()]
    country = next((head[i:] for i in range(len(head)) if country_of(head[i:])), "")
    return country + envoy.group(0)


def _government_code(name: str) -> str | None:
    """The country of a national government's name (哈萨克斯坦政府 -> KZ), else None."""
    return country_of(name.removesuffix("政府")) if name.endswith("政府") else None


def _name_first_leader(text: str, h: PersonHit, reference: Reference) -> Government | None:
    """某某副总理 (the title after a Chinese name, the polite order of a mention in passing)
    with no country before the name: one of China's leaders, as 副总理某某 is."""
    title = h.title or ""
    if title not in _china_titles() or text[h.end : h.end + len(title)] != title:
        return None
    if surname_length(text, h.start) == 0 or _country_ends_at(text, h.start):
        return None
    ref = reference.org_named(CHINA_GOVERNMENT)
    return Government(CHINA_GOVERNMENT, h.end, h.end + len(title), ref)


def _country_ends_at(text: str, end: int) -> bool:
    """Whether a country's name (short or long form) ends at `end`: 新加坡 + a name."""
    head = text[max(0, end - 12) : end]
    return any(country_of(head[i:]) for i in range(len(head)))


def _country_start(words: str) -> int | None:
    """Where the country's name that ends `words` begins (轮值主席国德国 -> at 德国), else
    None; the longest such name."""
    return next((i for i in range(1, len(words)) if country_of(words[i:])), None)


def _government(
    text: str, h: PersonHit, title_at: int, reference: Reference, envoys: bool
) -> Government | None:
    before = text[h.span_start : title_at]
    lead = len(before) - len(before.lstrip(org_openers() + zh_lex.chars("conjunctions")))
    before = before[lead:]
    start = h.span_start + lead
    envoy = ENVOY.search(before)
    title = h.title or ""
    if envoys:
        if envoy is None or not title.endswith(envoy_titles()):
            return None
        before = before[: envoy.start()]
        if not before:
            return None
    elif title not in _state_titles():
        return None
    code = country_of(before) if before else None
    if before and code is None and not envoys:
        # 欧盟轮值主席国德国总理: a description of the state, then its name right before the
        # title; the head is that country's
        cut = _country_start(before)
        if cut is None:
            return None
        before, start = before[cut:], start + cut
        code = country_of(before)
    if before and code is None:
        return None
    if code is None and title not in _china_titles():
        return None
    if envoy is not None and envoys:
        h.title = envoy.group(0) + title
    if code is None or code == CHINA:
        ref = reference.org_named(CHINA_GOVERNMENT)
        span = (start, start + len(before)) if before else (title_at, title_at + len(title))
        return Government(CHINA_GOVERNMENT, *span, ref)
    name = before + "政府"
    return Government(name, start, start + len(before), reference.org_named(name))


@cache
def _self_words() -> tuple[str, ...]:
    bare = zh_lex.words("bare_self_references")
    return tuple(longest_first((*zh_lex.words("self_references"), *bare)))


def self_references(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(mention of 我局/本局/省局, the organisation it refers to) for each use of a word that
    refers to the publishing office; the office is the one of its kind the first line names,
    else the one of its kind named most often."""
    out = []
    regex = re.compile(alternation(_self_words()))
    for hit in regex.finditer(text):
        s, e = hit.start(), hit.end()
        if (
            s > 0
            and is_han(text[s - 1])
            and text[s - 1] not in org_openers() + "、" + zh_lex.chars("conjunctions")
        ):
            continue
        if any(m.start < e and s < m.end for m in mentions):
            continue
        word = hit.group(0)
        target = (
            _publisher(text, word, mentions)
            or _named_first(text, word, mentions)
            or section_issuer(text, s, _kind(word), mentions)
        )
        if target is not None:
            out.append((Mention(s, e, hit.group(0), target.ref, source="self"), target))
    return out


def _kind(word: str) -> str:
    """What names of the bodies `word` (我局, 学院) refers to end with."""
    return word if word in zh_lex.words("bare_self_references") else word[-1]


def _named_first(text: str, word: str, mentions: list[Mention]) -> Mention | None:
    """本所 in an article whose byline names the author's firm and whose body names another
    firm as often: the one body of the word's kind named before the word is first used."""
    first = text.find(word)
    found = {
        m.name: m
        for m in mentions
        if m.source not in ("self", "implied") and m.name.endswith(word[-1]) and m.end <= first
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _heading_end(text: str) -> int:
    """Where the first line with Chinese text ends (its heading: 某某法院新闻稿), within the
    first 200 characters; lines of Latin letters only (a source address) come before it."""
    start = 0
    while 0 <= start < 200:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if any(is_han(c) for c in text[start:end]):
            return end if end <= 200 else -1
        start = end + 1
    return -1


def _unprefixed(found: list[Mention]) -> list[Mention]:
    """Of bodies named equally often, those no country's name opens: an office names itself
    without its country (本局 in a column that also names 英国X局 once)."""
    return [m for m in found if not m.name.startswith(zh_lex.countries_longest())]


def _publisher(text: str, word: str, mentions: list[Mention]) -> Mention | None:
    """The organisation `word` (我局, 省局, 学院) names: of the kind its last character
    gives, or the whole word when it is a kind alone."""
    kind = _kind(word)
    level = word[0] if word[0] in zh_lex.wordset("level_heads") else ""
    found = [
        m
        for m in mentions
        if m.source not in ("self", "implied")
        and m.name.endswith(kind)
        and (not level or re.match(rf"[{HAN}]{{2,4}}{level}", m.name))
    ]
    former = tuple(zh_lex.words("predecessor_words"))  # 本局前身X: X is not 本局
    found = [m for m in found if not text[max(0, m.start - 3) : m.start].endswith(former)]
    if not found:
        return None
    served = service_body(text, found)  # 服务机关：经济部智慧财产局 names the writer's body
    if served is not None:
        return served
    heading = _heading_end(text)
    first = [m for m in found if heading > 0 and m.end <= heading]
    if first:
        return first[0]
    counts = Counter(m.name for m in found)
    best = counts.most_common(2)
    if len(best) > 1 and best[0][1] == best[1][1]:
        unprefixed = _unprefixed(found)
        return unprefixed[0] if len({m.name for m in unprefixed}) == 1 else None
    return next(m for m in found if m.name == best[0][0])
