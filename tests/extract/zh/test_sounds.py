"""Whether a transliterated Chinese name can render a Latin one (importers/zh/sounds.py)."""

from __future__ import annotations

import pytest

from importers.zh.sounds import sounds_like


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("奥卢米德·卡里姆", "Olumide Kareem"),
        ("汉斯·格贝尔", "Hans Gerber"),  # an r that closes a syllable is not written
        ("卡洛斯·阿基拉", "Carlos Aquila"),  # 基 for a k sound
        ("若热·费雷拉", "Jorge Ferreira"),  # 若 for a j
        ("法蒂玛·阿兹拉", "Fatima binti Azra"),  # the family part need not come last
        ("坎帕诺", "Campano"),  # no dot
    ],
)
def test_a_transliteration_sounds_like_the_latin_name(han: str, latin: str) -> None:
    assert sounds_like(han, latin)


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("奥卢米德·卡里姆", "Olumide Okafor"),
        ("汉斯·格贝尔", "Martin Schmidt"),
        ("王晓明", "Wang Xiaoming"),  # a Chinese name is linked by its reading, not by sound
        ("卡洛斯·阿基拉", "Pedro Aquila"),  # the given name must sound alike too
    ],
)
def test_other_names_do_not(han: str, latin: str) -> None:
    assert not sounds_like(han, latin)


def test_a_spanish_given_name_heard_with_an_h_leaves_the_family_name_to_decide() -> None:
    assert sounds_like("豪尔赫·莫拉莱斯", "Jorge Morales")
    assert not sounds_like("豪尔赫·莫拉莱斯", "Jorge Fernandez")


def test_a_one_consonant_family_name_needs_its_given_name_to_agree() -> None:
    assert sounds_like("帕斯卡尔·福尔", "Pascal Faure")
    assert not sounds_like("彼得·福尔", "Pascal Faure")


def test_a_consonant_heard_in_two_syllables_counts_twice() -> None:
    """A family name whose syllables open with one sound (Papa, Kaka) is written with two
    characters of that sound; a doubled letter (Anna) is still one sound."""
    assert sounds_like("马里奥·帕帕", "Mario Papa")
    assert sounds_like("安娜·科斯塔", "Anna Costa")


def test_a_middle_initial_of_the_latin_name_is_not_transliterated() -> None:
    assert sounds_like("马里奥·帕帕", "Mario T. Papa")
    assert sounds_like("马里奥·帕帕", "Mario T Papa")
    assert not sounds_like("马里奥·帕帕", "Mario T. Lopez")


def test_a_transliteration_written_without_dots_can_render_the_whole_latin_name() -> None:
    """With no dot to tell where each Latin word's sounds end, the run-together name is
    compared with all the Latin words in their order, and with all of them only."""
    assert sounds_like("卡里姆哈米德拉扎克", "Karim Hamid Razak")
    assert not sounds_like("卡里姆哈米德拉扎克", "Karim Razak")
    assert not sounds_like("卡里姆哈米德拉扎克", "Hamid Karim Razak")
    assert not sounds_like("卡里姆哈米德拉扎克", "Ibrahim Yusof Nordin")


def test_a_latin_ch_may_be_heard_as_a_k_as_well_as_a_hiss() -> None:
    """Michael and Christian are written 麦可 and 克里斯蒂安, Richard 理查德."""
    assert sounds_like("麦可·罗斯", "Michael Ross")
    assert sounds_like("克里斯蒂安·福格尔", "Christian Vogel")
    assert sounds_like("理查德·福格尔", "Richard Vogel")
    assert not sounds_like("麦可·罗斯", "Richard Ross")


def test_a_traditional_transliteration_is_read_as_its_simplified_form() -> None:
    assert sounds_like("麥可‧羅斯", "Michael Ross")
    assert sounds_like("賽義德・蘇海密", "Saeed Al-Suhaimi")


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("约翰·米勒", "John Miller"),
        ("扬·诺瓦克", "Jan Novak"),
    ],
)
def test_a_given_name_opening_with_the_glide_y_renders_a_latin_j(han: str, latin: str) -> None:
    """约翰 for John: pinyin writes the opening sound as a y, which leaves no consonant."""
    assert sounds_like(han, latin)


def test_the_glide_does_not_make_any_given_name_fit() -> None:
    assert not sounds_like("约翰·米勒", "Martin Miller")
