"""A foreign name in Latin letters in one document and written by sound in Chinese in
another is one person when the two are tied to the same body, whether by a role there or by
signing an agreement that body is a party to (Arabic names with their article, "Al-" or
"Al ", which Chinese drops). All names and events are our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.imported import import_texts

HEAD_EN = (
    "Riyadh, 12 March 2024 - The Saudi Authority for Intellectual Property (SAIP) said its "
    "Chief Executive Officer, Dr Faisal Al-Qahtani, met examiners from the region to discuss "
    "shared search tools.\n"
)


def _holding(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [p for p in data["people"] if name in [p["name"], *p["aliases"]]]


def test_a_signatory_written_by_sound_is_the_head_named_in_english(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    signing = (
        "2024年10月8日，沙特知识产权局与国家知识产权局在北京签署《专利审查合作谅解备忘录》，"
        "由申长雨与法伊萨尔·卡赫塔尼代表两局签字。\n"
    )
    data = import_texts(ipx, empty_db, tmp_path, HEAD_EN, signing)
    [person] = _holding(data, "Faisal Al-Qahtani")
    assert "法伊萨尔·卡赫塔尼" in person["aliases"]


def test_a_head_named_in_english_is_the_signatory_of_an_earlier_chinese_text(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    signed = (
        "2023年5月5日，沙特知识产权局与韩国知识产权局在吉达签署审查员交流谅解备忘录，"
        "由韩国知识产权局局长李仁实与哈立德·哈尔比代表两局签字。\n"
    )
    head = (
        "Riyadh, 3 June 2024 - The Saudi Authority for Intellectual Property (SAIP) said its "
        "Chief Executive Officer, Khalid Al Harbi, opened a new examination centre.\n"
    )
    data = import_texts(ipx, empty_db, tmp_path, signed, head)
    holders = _holding(data, "Khalid Al Harbi")
    assert len(holders) == 1
    assert "哈立德·哈尔比" in [holders[0]["name"], *holders[0]["aliases"]]


def test_a_signatory_whose_name_sounds_different_stays_another_person(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    signing = (
        "2024年10月8日，沙特知识产权局与国家知识产权局在北京签署《专利审查合作谅解备忘录》，"
        "由申长雨与萨勒曼·杜萨里代表两局签字。\n"
    )
    data = import_texts(ipx, empty_db, tmp_path, HEAD_EN, signing)
    [person] = _holding(data, "Faisal Al-Qahtani")
    assert "萨勒曼·杜萨里" not in person["aliases"]
    assert len(_holding(data, "萨勒曼·杜萨里")) == 1
