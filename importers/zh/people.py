"""Officials in Chinese text: [机构][职务][姓名] and its variants.

Chinese news names an official as organisation, title, name with nothing in between
(世界知识产权组织总干事邓鸿森), writes some names before their title (申长雨局长), refers back
with surname plus 先生/女士 (邓先生) or name plus title (钟梓坚局长), and in tables puts the
name in one cell and organisation plus title in the next. The title word anchors every
pattern; `names` reads the name, `roles` the organisation and title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from importers.gazetteer import Reference, alternation
from importers.zh import lex as zh_lex
from importers.zh.appointments import accessions, appointments
from importers.zh.bios import appositions, attendees, bracketed_posts
from importers.zh.careers import careers
from importers.zh.columns import signature_columns
from importers.zh.forms import form_people
from importers.zh.given_names import place_as_given, place_read_as_given
from importers.zh.glossed import LATIN_ALIAS, glossed_name
from importers.zh.heads import past_heads
from importers.zh.implied_bodies import government_roles, placed_governments
from importers.zh.labelled import after_label, labelled_cell
from importers.zh.latin_names import LATIN_NAME, addressed_surname
from importers.zh.name_parts import last_part
from importers.zh.name_starts import after_copula, after_served_post
from importers.zh.names import (
    FOREIGN,
    NAME_TAGS,
    SEPARATORS,
    boundary,
    given_part,
    japanese_whole,
    name_at,
    name_openers,
    plausible_name,
    surname_length,
)
from importers.zh.orgs.chambers import chamber_of
from importers.zh.orgs.mention import Mention
from importers.zh.role_context import addressee, name_after_org, shared_head
from importers.zh.roles import (
    Page,
    PersonHit,
    org_in,
    read_role,
    segment_start,
    title_chain_start,
)
from importers.zh.sides import is_side
from importers.zh.signers import signer_rows
from importers.zh.sounded_names import org_country, sounded_leaders, sounded_name
from importers.zh.table import Row
from importers.zh.titled_names import (
    dictionary_transliteration,
    isolated_name,
    kanji_name,
    opens_name,
    plausible_after_title,
)
from importers.zh.unit_heads import unit_body, unit_name_start
from importers.zh.untagged_names import untagged_before_titles
from store.text import HAN, has_han, is_han

#: White space between a title and a name in a byline (国家知识产权局局长　申长雨).
SPACES = " \u3000\xa0"


@cache
def _suffixes_from_titles() -> tuple[str, ...]:
    """Organisation suffixes that begin with a title (代表 + 处, 委员 + 会)."""
    return tuple(
        s for s in zh_lex.words("org_suffixes") if any(s.startswith(t) for t in zh_lex.titles())
    )


def _in_suffix(text: str, ts: int, te: int) -> bool:
    """代表 in 代表处: a title that begins an organisation suffix is no title."""
    return any(len(s) > te - ts and text.startswith(s, ts) for s in _suffixes_from_titles())


@cache
def _kanji_countries() -> frozenset[str]:
    return zh_lex.wordset("kanji_name_countries")


def kanji_country(org: Mention) -> str | None:
    """The country of an office whose officials' names are written in kanji or hanja
    (Japan, Korea): from its reference entry, else from the country its name begins with."""
    code = org_country(org)
    return code if code in _kanji_countries() else None


#: A portfolio in brackets after a title (副校长（研究及创新）): a few Chinese characters.
PORTFOLIO = re.compile(rf"[（(][{HAN}、]{{2,12}}[）)]")
#: A name dot and the first characters of a transliterated part, right before a position.
_NAME_DOT_TAIL = re.compile(rf"[{SEPARATORS}][{HAN}]{{0,4}}$")


def _portfolio_end(text: str, te: int) -> int:
    """Where a title ending at `te` ends with the portfolio bracketed right after it: the
    bracket is part of the title when a name follows it (副校长（研究及创新）某某)."""
    m = PORTFOLIO.match(text, te)
    return m.end() if m is not None and opens_name(text, m.end()) else te


@cache
def _led_by() -> frozenset[str]:
    """Words between a delegation's organisation and 由 + its head (代表团由), or none."""
    return frozenset({"", *zh_lex.words("led_by")})


#: A short form in brackets between an organisation and a title (机构（JETRO）理事长).
SHORT_FORM = re.compile(r"[（(][A-Za-z&\-]{2,12}[）)]$")


def _before_short_form(text: str, ts: int) -> int:
    """Where the organisation before a title at `ts` ends: before the short form in brackets
    written between them (日本贸易振兴机构（JETRO）理事长), else at `ts`."""
    m = SHORT_FORM.search(text, max(0, ts - 14), ts)
    return m.start() if m is not None else ts


def _a_unit(between: str) -> bool:
    """Nothing, or a unit of the body (国际政策课), between a body and a title."""
    units = tuple(zh_lex.words("unit_suffixes"))
    return not between or (len(between) <= 10 and has_han(between) and between.endswith(units))


@dataclass
class PeopleFinder(Page):
    """Finds the people of one document from its cleaned text, jieba words and organisations."""

    hits: list[PersonHit] = field(default_factory=list)
    row_spans: list[tuple[int, int]] = field(default_factory=list)  # table rows already read

    def table_rows(self, rows: list[Row]) -> None:
        """姓名/单位/职务 tables: one official per row, the unit cell their organisation."""
        for row in rows:
            if not plausible_name(row.name, common_ok=True):
                continue
            s, e = row.name_span
            hit = PersonHit(s, e, row.name, title=row.title, span_start=row.line_span[0])
            hit.org = next((o for o in self.orgs if o.start <= row.org_span[0] < o.end), None)
            self._add(hit)
            self.row_spans.append(row.line_span)

    def signer_tables(self) -> None:
        """Tables of agreements with a column of signatories per side (`signers`)."""
        hits, rows = signer_rows(self)
        for hit in hits:
            self._add(hit)
        self.row_spans += rows

    def _in_rows(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.row_spans)

    def titled(self) -> None:
        """[机构][职务][姓名], with lists that share the organisation."""
        text = self.text
        pos = 0
        while (m := zh_lex.title_regex().search(text, pos)) is not None:
            ts, te = m.start(), m.end()
            pos = ts + 1  # titles may overlap: 特许厅长官 holds 厅长 and 长官
            if self._in_rows(ts) or _in_suffix(text, ts, te):
                continue
            shared = shared_head(text, self.orgs, self.toks, ts, te)
            if shared is None and any(
                o.start < ts < o.end or o.start < te < o.end for o in self.orgs
            ):
                continue
            if self._in_compound(ts, te):
                continue  # 董事 of 董事会主席: a board, then the title
            if text.startswith(zh_lex.people_lexicon("rank_suffixes"), te):
                continue  # 部长级会议: a rank, not an official
            te = _portfolio_end(text, te)
            served = after_served_post(text, self.orgs, title_chain_start(self, ts), te)
            at = served if served is not None else self._spaced(te)
            spaced = served is None and at > te
            start, name = glossed_name(text, te) or (after_copula(text, at), None)  # 拿督（Datuk）
            name = name or self._kanji_name(ts, te) or name_at(text, start, self.toks)
            name = name or isolated_name(text, at, spaced=spaced)
            name = name or dictionary_transliteration(text, self.toks, at)
            latin = LATIN_NAME.match(text, te) or addressed_surname(text, te)
            if not name and latin is not None:
                name, start = latin.group(1), latin.start(1)  # 主席Ana Bandeira: Latin letters
            elif not name or not plausible_after_title(name) or place_as_given(name):
                continue
            if not name or any(o.start == te for o in self.orgs):
                continue
            if spaced and not self._line_ends(at + len(name)) and not self._titled_on(at, name):
                continue  # 局长 申长雨 only as a byline or signature: the name ends the line
            hit = PersonHit(start, start + len(name), name)
            if shared is not None:  # 经济部 + 部长: the title is at the body it runs on from
                hit.org, hit.title, hit.span_start = shared, text[ts:te], shared.start
            else:
                read_role(self, hit, title_chain_start(self, ts), te)
            self._whole_kanji_name(hit, te)
            self._whole_sounded_name(hit, te)
            self._add(hit)
            pos = hit.end

    def _in_compound(self, ts: int, te: int) -> bool:
        """董事 in 董事会, 理事 in 理事会: a title whose last character jieba reads in one
        word with what follows, a board (or 代表 in 代表大会, a congress), is part of that
        word, not a title."""
        boards = (*zh_lex.people_lexicon("boards"), *zh_lex.people_lexicon("title_compounds"))
        return any(
            t.start < te < t.end and t.start >= ts and t.word.endswith(boards) for t in self.toks
        )

    def _spaced(self, te: int) -> int:
        """Where the name after the title ending at `te` begins: after one or two spaces in
        a byline or a signature (局长　申长雨, 科长 陈怡君), else right at `te`."""
        k = after_label(self.text, te)  # 院长：某某, a roster's label
        while k < len(self.text) and k - te < 2 and self.text[k] in SPACES:
            k += 1
        return k if k < len(self.text) and is_han(self.text[k]) else te

    def _line_ends(self, end: int) -> bool:
        """Whether nothing but spaces or closing punctuation follows `end` on its line."""
        rest = self.text[end:].split("\n", 1)[0].strip(SPACES)
        return not rest or rest[0] in boundary()

    def _titled_on(self, at: int, name: str) -> bool:
        """院长 莫某某教授、…: a spaced name that a second title follows (教授, 博士), as a
        list of guests writes it, is the name of the title before the space too."""
        end = at + len(name)
        return bool(zh_lex.title_regex().match(self.text, self._spaced(end))) and len(name) >= 2

    def _kanji_name(self, ts: int, te: int) -> str | None:
        """木原美武 after 日本特许厅技监: the name of an official of a Japanese or Korean
        office, read whole whatever its family name (see `names.kanji_name`)."""
        end = _before_short_form(self.text, ts)
        org = org_in(self.orgs, segment_start(self.text, end), end)
        if org is None or kanji_country(org) is None or not _a_unit(self.text[org.end : end]):
            return None
        return kanji_name(self.text, te)

    def _whole_kanji_name(self, hit: PersonHit, te: int) -> None:
        """日本某厅国际课课长 + a name, or a list item after such an official: when the role
        is at a Japanese or Korean body, the name is read whole as its names are written
        (`names.kanji_name`), never cut to a Chinese family name and one or two characters."""
        if hit.start != te or hit.org is None or kanji_country(hit.org) is None:
            return
        whole = kanji_name(self.text, te)
        if whole is not None and len(whole) > len(hit.name) and whole.startswith(hit.name):
            hit.name, hit.end = whole, te + len(whole)

    def _whole_sounded_name(self, hit: PersonHit, te: int) -> None:
        """波兰某局局长 + a transliterated name that opens with a Chinese family name: read
        whole, not cut to that family name and two characters (`sounded_names`)."""
        if hit.start == te and (whole := sounded_name(self.text, hit.name, te, hit.org)):
            hit.name, hit.end = whole, te + len(whole)

    def government_roles(self) -> list[Mention]:
        """Officials of a provincial (city, county) government named by title alone; the
        governments only implied by the text's bodies."""
        placed = placed_governments(self.text, self.toks, self.hits, self.orgs)
        return placed + government_roles(self.hits, self.orgs)

    def _add(self, hit: PersonHit) -> None:
        latin = LATIN_ALIAS.match(self.text, hit.end)
        if latin:
            hit.latin = latin.group(1)
        self.hits.append(hit)
        self.name_ends.append(hit.end)

    def named_then_titled(self) -> None:
        """申长雨局长表示: a name jieba tags as a person (or a transliterated name with a dot,
        马丁·格伯) directly before a title."""
        taken = [(h.start, h.end) for h in self.hits]
        found = self._names_before_titles()
        placed = self._names_after_places(found)
        for start, end, title in found + placed:
            if any(s < end and start < e for s, e in taken) or is_side(self.text[start:end]):
                continue
            if any(o.start < end + len(title) and start < o.end for o in self.orgs):
                continue  # 霍夫曼·艾特尔 + 律师事务所: a firm's name, not a 律师
            if any(
                len(n) > end - start and self.text.endswith(n, 0, end)
                for h in self.hits
                for n in (h.name, last_part(h.name), given_part(h.name, []))
            ):
                continue  # 夏科娃 of 德沃夏科娃局长: the end of a longer name (or its last part)
            after = self.text[end + len(title) : end + len(title) + 1]
            org = self._org_before_name(start) or unit_body(self.text, self.orgs, start, title)
            org = org or chamber_of(title, self.orgs, after)
            org = org or addressee(self.text, self.orgs, start)
            hit = PersonHit(start, end, self.text[start:end], title=title, org=org)
            hit.span_start = org.start if org is not None else start
            self._add(hit)
            taken.append((start, end))
        self.hits += appositions(self) + attendees(self, self.hits)
        self.hits += bracketed_posts(self, self.hits, self._foreign_start)
        self.hits += careers(self, self.hits)
        self.hits += appointments(self, self.hits)
        self.hits += accessions(self, self.hits)
        listed = {(h.start, h.end) for h in self.hits}
        self.hits += [h for h in past_heads(self, self.hits) if (h.start, h.end) not in listed]
        self.hits += [h for h in form_people(self) if (h.start, h.end) not in listed]

    def _names_before_titles(self) -> list[tuple[int, int, str]]:
        """(start, end, title) of names written before their title: jieba person names with
        a family name, and transliterated names (马丁·格伯副局长)."""
        out = []
        for k, tok in enumerate(self.toks[:-1]):
            nxt = self.toks[k + 1]
            if tok.pos not in NAME_TAGS or nxt.pos != "nnt" or nxt.start != tok.end:
                continue
            if _after_name_dot(self.text, tok.start) or self.text.endswith("驻", 0, tok.start):
                continue  # 利耶夫 of 格里戈里·伊夫利耶夫: a longer name's end; 驻慕尼黑: a posting
            word = tok.word  # 滨野幸一长官: or a Japanese family name that no Chinese one begins
            if (2 <= len(word) <= 4 and surname_length(word, 0)) or japanese_whole(word):
                out.append((unit_name_start(self.text, tok, nxt.word), tok.end, nxt.word))
        for k, tok in enumerate(self.toks):
            if place_read_as_given(self.toks, k) and self._opens_clause(tok.start):
                name = self.text[tok.start : self.toks[k + 1].end]
                if plausible_name(name):
                    out.append((tok.start, tok.start + 3, self.toks[k + 2].word))
        out += untagged_before_titles(self.text, self.toks)  # 林 + 振华 + 局长
        for o in self.orgs:
            named = name_after_org(self.text, o.end, self.toks, kanji=bool(kanji_country(o)))
            if named and not any(s < named[0] and o.end < e for s, e, _t in out):
                out.append((o.end, *named))
        for n in sounded_leaders(self.text):  # 某某总理今年访华: a foreign leader by sound
            if not any(n[0] < e and s < n[1] for s, e, _ in out):
                out.append(n)
        for m in FOREIGN.finditer(self.text):
            start = self._foreign_start(m.start(), m.group(0))
            name = self.text[start : m.end()]
            last = max(name.rfind(c) for c in SEPARATORS)
            for k in range(last + 3, len(name) + 1):  # the first title after the dot
                title = zh_lex.title_regex().match(self.text, start + k)
                if title and plausible_name(name[:k]):
                    out.append((start, start + k, title.group(0)))
                    break
        return out

    def _names_after_places(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """某省 + 某某某 + 局长 as an item of a list of officials: a place that opens the
        item, where a body would stand, and a name between it and a title, read as after a
        body (`name_after_org`); the place names no body, so the post has none."""
        out = []
        for end in sorted(self._opening_place_ends()):
            named = name_after_org(self.text, end, self.toks)
            if named and not any(s < named[0] and end < e for s, e, _t in found):
                out.append((end, *named))
        return out

    def placed_posts(self) -> None:
        """某省某某某局长 whose post no reading gave a body: the place opening the item names
        none (a province is no office), so the title is the post whole, held with no body."""
        ends = self._opening_place_ends()
        for h in self.hits:
            if h.org is None and h.title and not h.bodiless and h.alias_of is None:
                h.bodiless = h.start in ends

    def _opening_place_ends(self) -> set[int]:
        """Where the places jieba reads end that open a clause or list item outside every
        body's name."""
        return {
            t.end
            for t in self.toks
            if t.pos == "ns"
            and self._opens_clause(t.start)
            and not any(o.start <= t.start < o.end for o in self.orgs)
        }

    def _opens_clause(self, pos: int) -> bool:
        return pos == 0 or self.text[pos - 1] in boundary()

    def _foreign_start(self, start: int, name: str) -> int:
        """Where a transliterated name really begins: the regex takes every Chinese character
        before the dot (代表团由马丁·格伯); the name's first part is the shortest one (at least
        two characters) after a boundary, a preposition or an organisation's name."""
        dot = start + min(k for k, c in enumerate(name) if c in SEPARATORS)
        ends = {o.end for o in self.orgs}
        openers = (
            boundary() + name_openers() + zh_lex.chars("conjunctions") + zh_lex.chars("particles")
        )
        for s in range(dot - 2, start - 1, -1):
            before = self.text[s - 1] if s > 0 else "\n"
            if before in openers or s in ends:
                return s
        return start

    def _org_before_name(self, start: int) -> Mention | None:
        """The organisation of a name written before its title: named right before it, or
        before a delegation word and 由 (X代表团由马丁·格伯副局长率领)."""
        for o in self.orgs:
            if o.end == start:
                return o
            between = self.text[o.end : start]
            if o.end < start and between.endswith("由") and between[:-1] in _led_by():
                return o
        return None

    def table_cells(self) -> None:
        """A name alone in a cell followed by organisation and title in the next cell."""
        text = self.text
        taken = [(h.start, h.end) for h in self.hits]
        for m in re.finditer(rf"(?:^|(?<=[\n :]))([{HAN}]{{2,4}})(?=[\n ])", text, re.M):
            s, e = m.start(1), m.end(1)
            cell = m.group(1)
            if not surname_length(cell, 0) or zh_lex.title_regex().search(cell):
                continue
            if not plausible_name(cell, common_ok=True):
                continue
            if any(o.start < e and s < o.end for o in self.orgs) or (s, e) in taken:
                continue
            if self._in_rows(s) or not labelled_cell(text, s, e):
                continue
            line_end = text.find("\n", e)
            line_end = len(text) if line_end < 0 else line_end
            rest_start, rest_end = e, line_end
            if not text[e:line_end].strip():
                rest_start = line_end + 1
                nxt = text.find("\n", rest_start)
                rest_end = len(text) if nxt < 0 else nxt
            title = self._cell_title(rest_start, rest_end)
            if not title or title.start() - rest_start > 50:
                continue
            if any(c in "，,。；;：:！？" for c in text[rest_start : title.start()]):
                continue  # prose, not a cell: 关闭窗口 \n 3月15日，…副省长
            hit = PersonHit(s, e, cell, title=title.group(0), span_start=s)
            hit.org = org_in(self.orgs, rest_start, title.start())
            self._add(hit)
        taken = [(h.start, h.end) for h in self.hits]
        for hit in signature_columns(self):
            if (hit.start, hit.end) not in taken:
                self._add(hit)

    def _cell_title(self, start: int, end: int) -> re.Match[str] | None:
        """The first title in text[start:end] that is not the start of a longer word (代表
        of 代表团, 律师 of 律师事务所)."""
        for m in zh_lex.title_regex().finditer(self.text, start, end):
            if not any(t.start <= m.start() and m.end() < t.end for t in self.toks):
                return m
        return None


def reference_people(text: str, reference: Reference) -> list[tuple[int, int, str]]:
    """Chinese names of reference people found in the text."""
    names = [n for n, _p in reference.person_names() if has_han(n) and len(n) >= 2]
    if not names:
        return []
    regex = re.compile(alternation(names))
    return [(m.start(), m.end(), m.group(0)) for m in regex.finditer(text)]


def _after_name_dot(text: str, start: int) -> bool:
    """Whether the characters before `start` are a name dot and the first characters of a
    transliterated part (·伊夫 before 利耶夫): a word there is the end of a longer name."""
    return bool(_NAME_DOT_TAIL.search(text, max(0, start - 5), start))
