"""GBK punctuation and pinyin letters a site decoded as Latin-1 read as the characters they are."""

from __future__ import annotations

from store.text.mangled import unmangled


def test_mangled_apostrophe_and_quotes_read_as_one_character_each() -> None:
    seen = unmangled("the Workers¡¯ Union said ¡°yes¡± today")
    assert seen.text == "the Workers’ Union said “yes” today"


def test_mangled_pinyin_letter_reads_as_one_letter_and_maps_back_to_the_pair() -> None:
    written = "with Ren¨¦e Duval of the board"
    seen = unmangled(written)
    assert seen.text == "with Renée Duval of the board"
    at = seen.text.index("Renée Duval")
    start, end = seen.span(at, at + len("Renée Duval"))
    assert written[start:end] == "Ren¨¦e Duval"


def test_latin_1_text_of_its_own_is_left_alone() -> None:
    text = "¡Viva! Herr Müßig and Señora Peña"
    assert unmangled(text).text == text
