"""A transliterated name whose last part ends in a character that also follows names (都, 也)
keeps it when an honorific or 一行 comes right after (importers/zh/names.py); 签定, the older
spelling of 签订, reports a signing (store/text/words/zh.txt); and 双方 a few sentences after
a meeting is the meeting's two bodies, a bracketed short form no third one
(importers/zh/agreement_since.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, people, roles, run

MET = (
    "日前,商务部部长王明在京会见了来访的东非知识产权中心(EAIPC)主任巴都·巴都先生一行。"
    "王明首先对巴都·巴都一行的来访表示欢迎。"
    "他表示,双方于前年签定了《商标合作协议》,愿在此框架下继续合作。"
    "巴都·巴都对王部长的接见表示感谢。"
)


def test_a_dotted_name_keeps_a_last_character_an_honorific_follows() -> None:
    f = run(MET, "2024-05-01")
    assert "巴都·巴都" in people(f)
    assert "巴都·巴" not in people(f)
    assert ("巴都·巴都", "主任", "东非知识产权中心") in roles(f)


def test_a_dotted_name_still_ends_before_an_adverb_a_verb_follows() -> None:
    f = run("东非知识产权中心主任约翰·史密斯都表示支持。", "2024-05-01")
    assert "约翰·史密斯" in people(f)


def test_the_pair_a_few_sentences_after_a_meeting_signed_with_the_older_spelling() -> None:
    [(title, kind, _date, parties)] = agreements(run(MET, "2024-05-01"))
    assert title == "商标合作协议"
    assert kind == "agreement"
    assert parties == {"商务部", "东非知识产权中心"}
