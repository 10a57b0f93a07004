"""A Chinese, Japanese or Korean story's sign-off on its own line at the article's end: the
writer's name in brackets with no role word ("（山田太郎）", "(山田太郎)") is the byline, as a
Korean "김민수 기자" is (trial 16: kept as a short body block, no byline); with its role in
brackets too ("（김민수 기자）"); the story's end mark ("（完）", "(끝)") and a news agency's
credit ("（共同）") are no text. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.segment.tail import _cjk_sign_off_name
from tests.helpers import parse_blocks

_JA = (
    "市営バス、深夜便を来春から増便へ",
    "2025年11月21日 10時15分 配信",
    "市は21日、市営バスの深夜便を来年春から増やす方針を明らかにした。駅前から住宅地へ向かう路線を中心に、"
    "午前0時以降の便を平日に4本追加するという。",
    "市によると、運転手の確保にめどが立ったため。利用者からは終電後の帰宅手段を求める声が多く寄せられていた。",
)


@pytest.mark.parametrize(
    ("end", "byline"),
    [
        (("（山田太郎）",), "山田太郎"),
        (("(佐藤花子)",), "佐藤花子"),
        (("（山田太郎）", "（完）"), "山田太郎"),
        (("（김민수 기자）",), "김민수"),
        (("（记者 张三）",), "张三"),
    ],
)
def test_a_bracketed_sign_off_at_the_end_is_the_byline(end: tuple[str, ...], byline: str) -> None:
    art = parse_blocks(*_JA, *end)
    assert art.byline == byline
    assert [p.text for p in art.paragraphs if p.indexed][-1].startswith("市によると")


@pytest.mark.parametrize("end", ["（完）", "(끝)", "【全文完】", "（共同）", "（朝日新聞）", "(编辑：李四)"])
def test_an_end_mark_or_a_credit_is_no_text_and_no_byline(end: str) -> None:
    art = parse_blocks(*_JA, end)
    assert art.byline == ""
    assert not [p for p in art.paragraphs if p.indexed and p.text == end]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("（山田太郎）", "山田太郎"),
        ("（共同）", ""),
        ("（写真）", ""),
        ("（十一）", ""),
        ("（山田太郎）は", ""),
        ("山田太郎", ""),
    ],
)
def test_cjk_sign_off_name(line: str, name: str) -> None:
    assert _cjk_sign_off_name(line) == name


def test_a_bracketed_name_inside_the_text_is_no_byline() -> None:
    art = parse_blocks(*_JA[:3], "（山田太郎）", _JA[3])
    assert art.byline == ""
