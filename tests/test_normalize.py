"""Search keys: the folding that lets every way of typing a name meet the name."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from jfq.search.normalize import (
    SEPARATOR,
    _patterns,
    digits_fit,
    english_column,
    english_key,
    english_words,
    fold,
    fold_fields,
    fold_with_map,
    is_latin,
    is_toned_pinyin,
    pinyin_initials,
    pinyin_key,
)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("334", "334"),
        ("“334”", "334"),
        ("《三室经济》", "三室经济"),
        ("三室經濟", "三室经济"),  # traditional characters
        ("３３４", "334"),  # full-width digits
        ("３＋１０", "3+10"),  # full-width plus
        ("“3+10”重大项目推进机制", "3+10重大项目推进机制"),
        ("2+n", "2+n"),
        ("2+N", "2+n"),
        ("二〇二三年", "二〇二三年"),  # 〇 is a numeral, not a mark
        ("三 室 经 济", "三室经济"),
        ("（一）三零", "一三零"),
        ("上规、上市、上云、上榜", "上规上市上云上榜"),
        ("8%左右", "8%左右"),
        ("sānshì", "sanshi"),  # tone marks go, in the index's keys and the query's
        ("“Sìqū”四中心", "siqu四中心"),
        ("lǜsè", "lvse"),  # ü is v, as the data's pinyin writes it
    ],
)
def test_fold(typed: str, key: str) -> None:
    assert fold(typed) == key


def test_the_first_pass_drops_all_white_space_and_nothing_a_key_keeps() -> None:
    # fold drops common marks and spaces before NFKC for speed; that is only right if
    # none of them would have become a letter, digit or + % after NFKC.
    common = _patterns()[0]
    dropped = [c for i in range(sys.maxunicode + 1) if common.fullmatch(c := chr(i)) is not None]
    for char in dropped:
        normalized = unicodedata.normalize("NFKC", char)
        assert not any(c.isalnum() or c in "+%‰" for c in normalized), hex(ord(char))
    spaces = {chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()}
    assert spaces - set(dropped) == {"\x1c", "\x1d", "\x1e", "\x1f"}  # SEPARATOR is \x1f
    assert fold_fields(["三\u3000零", "零上访"]) == f"三零{SEPARATOR}零上访"


def test_fold_with_map_points_back_to_the_original_text() -> None:
    folded, origin = fold_with_map("“三室經濟”是")
    assert folded == "三室经济是"
    assert [origin[i] for i in range(len(folded))] == [1, 2, 3, 4, 6]


def test_fold_keeps_displayed_text_alone() -> None:
    # Folding is for keys: ㎡ becomes m2 only inside the key.
    assert fold("761万㎡") == "761万m2"


@pytest.mark.parametrize(
    ("typed", "key"),
    [("san shi jing ji", "sanshijingji"), ("San1 shi4-jing ji", "sanshijingji"), ("lü", "lv"),
     ("Sānshì jīngjì", "sanshijingji"), ("lǚyóu", "lvyou"), ("Ǜ", "v")],
)  # fmt: skip
def test_pinyin_key(typed: str, key: str) -> None:
    assert pinyin_key(typed) == key


def test_pinyin_initials_keep_digit_runs() -> None:
    assert pinyin_initials("san shi jing ji") == "ssjj"
    assert pinyin_initials("334 lou yuan xie shang") == "334lyxs"


def test_english_words_drop_stopwords_and_plurals() -> None:
    assert english_words("The Three-room economies of laboratories") == [
        "three",
        "room",
        "economy",
        "laboratory",
    ]


def test_is_latin() -> None:
    assert is_latin("sanshi jingji")
    assert is_latin("ＡＢＣ")
    assert not is_latin("三室 jingji")


@pytest.mark.parametrize(
    ("typed", "digits", "fits"),
    [
        ("zuo4 2022 nian2", "2022", True),
        ("zuo42022nian2", "2022", True),  # a tone run together with the year
        ("zuo42022nian2", "", False),
        ("jiaoyuxinxihua2.0", "20", True),  # 教育信息化2.0: 2 after a letter is no tone here
        ("hua420", "20", True),
        ("san1shi4", "", True),  # tone numbers only
        ("334 louyuan", "334", True),
        ("334 louyuan", "", False),
        ("999 louyuan", "334", False),
        ("liu ge 2023 nian", "2022", False),
    ],
)
def test_digits_fit_a_names_digits_read_with_or_without_tones(
    typed: str, digits: str, fits: bool
) -> None:
    assert digits_fit(typed, digits) is fits


@pytest.mark.parametrize(
    ("typed", "toned"),
    [("sìqū", True), ("si4qu1", True), ("SÌ ZǍO", True), ("lǚ", True), ("siqu", False),
     ("b2b", False), ("café", False), ("three-room economy", False)],
)  # fmt: skip
def test_is_toned_pinyin(typed: str, toned: bool) -> None:
    assert is_toned_pinyin(typed) is toned


def test_the_english_column_keeps_each_plural_and_its_singular() -> None:
    # english_words makes a query's skies 'sky'; the index must hold 'sky' for it to begin.
    assert (
        english_column(["Blue skies, clear waters", "glass"])
        == " blue skies sky clear waters water glass "
    )
    assert english_words("skies") == ["sky"]


def test_english_key_is_the_english_whole_without_case_marks_plurals_or_stopwords() -> None:
    assert english_key('"Four-above" enterprises') == "four above enterprise"
    assert english_key("“Four-above” Enterprise") == "four above enterprise"
    assert english_key("the city's 起高峰") == "city 起高峰"
