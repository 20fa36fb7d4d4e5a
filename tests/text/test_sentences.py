"""The one sentence splitter: English paragraphs, Chinese clauses, the quote around a mention."""

from __future__ import annotations

from store.text import lexicon
from store.text.sentences import closes_abbreviation, ends, sentence_around, sentence_spans


def _en(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, lang="en")]


def _zh(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, lang="zh")]


def test_punctuation_comes_from_the_word_lists() -> None:
    assert ends("en") == ".!?"
    assert ends("wide") == "。！？"
    assert set(ends("zh")) == set("。！？；!?;")
    assert "Mr" in lexicon.words("text.txt", "abbreviations_en")


def test_english_sentences_end_at_a_stop_before_a_capital() -> None:
    assert _en("CNIPA signed it. WIPO agreed! Did they? Yes.") == [
        "CNIPA signed it.",
        " WIPO agreed!",
        " Did they?",
        " Yes.",
    ]


def test_english_sentences_run_on_after_abbreviations_and_initials() -> None:
    text = "Mr. Li met Dr. Wang in Jan. 2020 with J. Smith of the U.S. Office. Then they left."
    assert _en(text) == [
        "Mr. Li met Dr. Wang in Jan. 2020 with J. Smith of the U.S. Office.",
        " Then they left.",
    ]


def test_a_company_s_legal_form_ends_no_sentence() -> None:
    text = "It signed with Orbit Labs Sdn. Bhd. and Kite Pte. Ltd. in Ipoh. Then it left."
    assert _en(text) == [
        "It signed with Orbit Labs Sdn. Bhd. and Kite Pte. Ltd. in Ipoh.",
        " Then it left.",
    ]
    assert closes_abbreviation("Orbit Labs Sdn.") and closes_abbreviation("Kite Pte.")
    assert not closes_abbreviation("in Ipoh.")


def test_a_stop_before_a_lower_case_word_or_a_decimal_ends_nothing() -> None:
    assert _en("Version 1.5 was signed. e.g. this one") == ["Version 1.5 was signed. e.g. this one"]


def test_an_english_sentence_may_end_before_a_quote_a_bracket_or_a_digit() -> None:
    assert _en('It ended. "Quoted" came. (Aside) here. 2024 came.') == [
        "It ended.",
        ' "Quoted" came.',
        " (Aside) here.",
        " 2024 came.",
    ]


def test_a_short_heading_line_is_a_sentence_of_its_own() -> None:
    text = "Cooperation with Japan\nIn 2017 SIPO signed a plan."
    assert _en(text) == ["Cooperation with Japan", "\nIn 2017 SIPO signed a plan."]


def test_a_long_line_without_punctuation_is_no_heading() -> None:
    text = " ".join(["word"] * 11) + "\nIn 2017 SIPO signed a plan."
    assert _en(text) == [text]


def test_english_spans_stay_inside_the_paragraph_asked_for() -> None:
    text = "First para. Second.\n\nOther para. More."
    end = text.index("\n\n")
    assert sentence_spans(text, lang="en", start=0, end=end) == [(0, 11), (11, end)]
    start = end + 2
    spans = sentence_spans(text, lang="en", start=start)
    assert [text[s:e] for s, e in spans] == ["Other para.", " More."]


def test_trailing_white_space_is_no_english_sentence() -> None:
    assert _en("Done.   ") == ["Done.   "]
    assert _en("   ") == []


def test_chinese_clauses_end_at_stops_semicolons_and_line_breaks() -> None:
    assert _zh("双方签署了协议。会议；结束!好?是;\n标题\n\n正文") == [
        "双方签署了协议。",
        "会议；",
        "结束!",
        "好?",
        "是;",
        "标题\n",
        "正文",
    ]


def test_a_chinese_full_stop_alone_makes_no_span() -> None:
    assert _zh("。。甲") == ["甲"]
    assert sentence_spans("", lang="zh") == []


def test_chinese_spans_can_be_limited_to_a_part() -> None:
    text = "甲。乙。丙。"
    assert sentence_spans(text, lang="zh", start=2, end=4) == [(2, 4)]


def test_the_sentence_around_a_mention_and_its_offset() -> None:
    text = "Intro here. WIPO and CNIPA signed a plan. Then more."
    start = text.index("CNIPA")
    sentence, offset = sentence_around(text, start, start + 5)
    assert sentence == "WIPO and CNIPA signed a plan."
    assert sentence[offset : offset + 5] == "CNIPA"


def test_the_sentence_around_stops_at_a_blank_line_and_a_chinese_stop() -> None:
    text = "标题\n\n国家知识产权局与世界知识产权组织签署协议。其后"
    start = text.index("世界")
    sentence, offset = sentence_around(text, start, start + 8)
    assert sentence == "国家知识产权局与世界知识产权组织签署协议。"
    assert sentence[offset : offset + 8] == "世界知识产权组织"
    para = "A line without a stop\n\nnext"
    assert sentence_around(para, 2, 6) == ("A line without a stop", 2)


def test_a_very_long_sentence_is_cut_to_a_window_around_the_mention() -> None:
    text = "x " * 400 + "MENTION" + " y" * 400
    start = text.index("MENTION")
    sentence, offset = sentence_around(text, start, start + 7)
    assert len(sentence) == 250 + 7 + 250
    assert sentence[offset : offset + 7] == "MENTION"
    short, _ = sentence_around(text, start, start + 7, long=10_000)
    assert short == text.strip()
    narrow, at = sentence_around(text, start, start + 7, margin=4)
    assert (narrow, at) == ("x x MENTION y y", 4)


def test_the_sentence_around_starts_after_the_last_stop_however_many_come_before() -> None:
    # each stop's place counts from the paragraph's start, not from the stop before it
    text = "A headline\n\nOfficials met on Monday. They spoke for hours. IPOS signed a plan. End."
    start = text.index("IPOS")
    sentence, offset = sentence_around(text, start, start + 4)
    assert sentence == "IPOS signed a plan."
    assert offset == 0
    later = text.index("End")
    assert sentence_around(text, later, later + 3) == ("End.", 0)


def test_a_footnote_marker_after_a_stop_closes_the_english_sentence() -> None:
    text = "The plan was adopted in 2019.³ In 2021 it was renewed."
    assert _en(text) == ["The plan was adopted in 2019.³", " In 2021 it was renewed."]


def test_a_quote_closed_right_after_the_stop_ends_the_sentence_with_it() -> None:
    text = (
        "The office said “the plan is ready.”\nIt then left. She wrote: “We agree.” Then came May."
    )
    assert _en(text) == [
        "The office said “the plan is ready.”",
        "\nIt then left.",
        " She wrote: “We agree.”",
        " Then came May.",
    ]


def test_muhammad_shortened_before_a_name_ends_no_sentence() -> None:
    text = "The guests were Mohd. Ali Rahman and Mhd. Samir Haddad. Then they left."
    assert _en(text) == [
        "The guests were Mohd. Ali Rahman and Mhd. Samir Haddad.",
        " Then they left.",
    ]
