"""Lines that list officials of the body a document is from, with no body named.

A release's contact line (联系人：书记官长 某某), a leadership page's roster (局长　某某 on a
line of its own) and a meeting record's chair and attendance lines (主席：局长某某,
出席：副局长某某、主任秘书某某) give a bare title: the post is at the body whose record or
release it is (`roles.home_org`). Whether a title stands on such a line is decided here, from
the text alone.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from store.text import is_han, to_simplified

_COLONS = ":："
_SENTENCE_ENDS = "。！？!?；;"
#: The longest label that opens a row of a list of people (副团长, 代表团成员).
_LABEL_WIDTH = 6


def contact_line(text: str, start: int) -> bool:
    """联系人：书记官长 某某: a release's contact is an official of the body it is from."""
    line_start = text.rfind("\n", 0, start) + 1
    label = "".join(text[line_start:start].split()).rstrip(_COLONS)
    return label in zh_lex.people_lexicon("contact_labels")


def roster_line(text: str, start: int, end: int) -> bool:
    """局长　某某 (or 院长：某某　教授) on a line of its own: a leadership page lists the heads
    of the body it is the page of, one title and name a line, with no organisation stated;
    an academic rank may follow the name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].strip()
    ranked = bool(rest) and zh_lex.title_regex().fullmatch(rest) is not None
    return not text[line_start:start].strip() and (not rest or ranked)


def after_label(text: str, end: int) -> int:
    """院长：某某, 党委书记：某某: where the name begins after a title that ends its line's
    short label, past the colon; else `end` itself."""
    label = text[text.rfind("\n", 0, end) + 1 : end].strip()
    opens = len(label) <= _LABEL_WIDTH + 2 and all(is_han(c) for c in label)
    return end + 1 if opens and text[end : end + 1] in _COLONS else end


def attendance_line(text: str, start: int) -> bool:
    """主席：局长某某, 出席人员：副局长某某、主任秘书某某: a title in the chair or attendance
    line of a meeting record, right after the label or in the 、-list that follows it, is a
    post at the body that keeps the record. A label's colon may stand mid-line, after
    another field (紀錄：…) set apart by spaces."""
    line_start = text.rfind("\n", 0, start) + 1
    colon = max(text.rfind(c, line_start, start) for c in _COLONS)
    if colon < 0 or any(c in _SENTENCE_ENDS for c in text[colon:start]):
        return False
    listed = text[colon + 1 : start]
    if listed and not listed.endswith("、"):
        return False
    label = text[line_start:colon].split()
    return bool(label) and label[-1] in zh_lex.people_lexicon("attendance_labels")


def field_value(text: str, start: int, section: str) -> int | None:
    """Where the value of a form's field begins, when the line holding `start` opens with a
    label of `section` (服务机关：, 姓名职称：) and a colon before `start`; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    colon = min((k for c in _COLONS if (k := text.find(c, line_start, start + 1)) >= 0), default=-1)
    if colon < 0:
        return None
    label = to_simplified("".join(text[line_start:colon].split()))
    return colon + 1 if label in zh_lex.people_lexicon(section) else None


def labelled_cell(text: str, start: int, end: int) -> bool:
    """团长：某某　X局局长, 成员：某某　Y中心主任: a name may open a row of a list of people
    after its line's label (a short Chinese word and a colon) as it would after a space, its
    body and title on the same line; a name after any other colon (a field mid-line, 签发人：)
    opens no such row."""
    if text[start - 1 : start] not in _COLONS:
        return True
    if text[end : end + 1] == "\n":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    label = text[line_start : start - 1].strip()
    return 0 < len(label) <= _LABEL_WIDTH and all(is_han(c) for c in label)
