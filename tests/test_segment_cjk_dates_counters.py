"""Two kinds of the fourteenth trial, on small pages of our own. Korean, Japanese and Chinese news
print a date line with "entered ... modified ..." (입력 ... 수정 ..., 更新, 配信, 发布时间) that an HTML
page kept as body, and sign off with the reporter's name, role and e-mail ("NAME 기자 e-mail"),
kept as body, the byline keeping its role word ("reporter"). A picture gallery's slide counters
("1 of 6", "Bild 2 von 6", "3/6") were body once and chrome the other times: never body."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BOILERPLATE, BYLINE
from indexer.segment.patterns import slide_counter
from indexer.segment.textblocks import _byline_names, _Block, _clean_names, _measure
from tests.helpers import FOOTER, MENU, html_document, parse_blocks

_KO = (
    "부산시는 4일 해운대 해수욕장 주변 보행로를 넓히는 공사를 다음 달부터 시작한다고 밝혔다. 공사는 내년 봄까지 이어진다.",
    '시 관계자는 "여름철마다 보행자가 몰려 안전 문제가 컸다"며 "공사 기간에도 통행을 최대한 보장하겠다"고 말했다.',
)
_JA = (
    "札幌市は4日、市電の新しい停留所を来年春に開設すると発表した。利用者の増加に対応するためだという。",
    "市の担当者は「冬の間も安全に乗り降りできるよう、屋根付きの待合所を設ける」と話した。",
)
_ZH = (
    "杭州市政府4日宣布，将在明年春季开通一条新的地铁线路，以缓解城市东部的交通压力。",
    "市交通局负责人表示，新线路全长二十公里，设有十五个车站，预计每天可运送乘客三十万人次。",
)


@pytest.mark.parametrize(
    ("title", "date_line", "prose", "sign_off", "author"),
    [
        (
            "해운대 보행로 넓힌다",
            "입력 2025.12.04 09:15 수정 2025.12.04 10:02",
            _KO,
            "이서준 기자 seojun.lee@example.kr",
            "이서준",
        ),
        ("해운대 보행로 넓힌다", "기사입력 2025-12-04 09:15", _KO, "이서준 특파원", "이서준"),
        ("札幌市電に新停留所", "配信 2025年12月4日 09:15", _JA, "山田花子記者", "山田花子"),
        ("杭州将开通新地铁线路", "发布时间：2025-12-04 09:15", _ZH, "张伟 记者", "张伟"),
    ],
)
def test_a_cjk_date_line_and_sign_off_are_no_text(
    title: str, date_line: str, prose: tuple[str, ...], sign_off: str, author: str
) -> None:
    art = parse_blocks(MENU, title, date_line, *prose, sign_off, FOOTER)
    assert (art.byline, art.published) == (author, "2025-12-04")
    kept = [p.text for p in art.paragraphs if p.indexed]
    assert date_line not in kept and sign_off not in kept


def test_an_html_page_s_korean_date_line_and_sign_off() -> None:
    page = (
        '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>해운대 보행로 넓힌다</title></head>'
        "<body><nav><a href='/'>홈</a> <a href='/s'>사회</a></nav><article><h1>해운대 보행로 넓힌다</h1>"
        "<div class='info'><span class='writer'>이서준 기자</span></div>"
        "<p class='date'>입력 2025.12.04 09:15 수정 2025.12.04 10:02</p>"
        + "".join(f"<p>{p}</p>" for p in _KO)
        + "<p class='mail'>이서준 기자 seojun.lee@example.kr</p></article>"
        "<footer><p>저작권자 © 해운일보 무단전재 및 재배포 금지</p></footer></body></html>"
    ).encode()
    art = segment.segment(html_document(page))
    assert (art.byline, art.published) == ("이서준", "2025-12-04")
    kinds = {p.text: p.kind for p in art.paragraphs}
    assert kinds["입력 2025.12.04 09:15 수정 2025.12.04 10:02"] == BOILERPLATE
    assert kinds["이서준 기자 seojun.lee@example.kr"] == BYLINE


@pytest.mark.parametrize(
    ("pieces", "names"),
    [
        (["김민지 기자"], ["김민지"]),
        (["山田太郎 記者"], ["山田太郎"]),
        (["IGN Staff"], []),
        (["Jane Doe Reporter"], ["Jane Doe"]),
    ],
)
def test_a_role_word_after_an_unspaced_name_is_cut_not_the_name(pieces: list[str], names: list[str]) -> None:
    assert _clean_names(pieces) == names


def test_a_sign_off_line_gives_the_names_without_the_e_mail() -> None:
    b = _Block(text="박지훈·최유나 기자 desk@example.kr", lines=["박지훈·최유나 기자 desk@example.kr"])
    _measure(b)
    assert _byline_names(b) == "박지훈, 최유나"


@pytest.mark.parametrize(
    ("line", "counter"),
    [
        ("1 of 6", True),
        ("6/6", True),
        ("(2 / 6)", True),
        ("Bild 3 von 12", True),
        ("Photo 1 sur 4", True),
        ("Foto 2 de 5", True),
        ("Фото 1 из 3", True),
        ("Slide 4 of 9", True),
        ("7 of 6", False),
        ("1 of 1", False),
        ("24/7", False),
        ("1 of 6 people", False),
    ],
)
def test_slide_counter_shapes(line: str, counter: bool) -> None:
    assert slide_counter(line) is counter


_CAPTIONS = (
    "Volunteers carried a paper heron along the river path as the light faded on Saturday evening, watched by "
    "hundreds of families.",
    "A brass band from the valley led the procession across the old bridge, its players wearing lanterns on their hats.",
    "Children from the village school spent six weeks building a willow moon that glowed from inside with small lamps.",
)


@pytest.mark.parametrize("form", ["{n} of 3", "{n}/3", "Bild {n} von 3", "Photo {n} sur 3", "Фото {n} из 3"])
def test_a_gallery_s_slide_counters_are_never_text(form: str) -> None:
    blocks = [x for n, c in enumerate(_CAPTIONS, 1) for x in (form.format(n=n), c)]
    art = parse_blocks(
        MENU,
        "In pictures: the Saltmere lantern parade lights up the valley",
        "Hundreds of lanterns lit the town on Saturday night as the annual parade returned.",
        *blocks,
        FOOTER,
    )
    counters = [p for p in art.paragraphs if p.text in {form.format(n=n) for n in (1, 2, 3)}]
    assert len(counters) == 3 and all(not p.indexed for p in counters)
    assert [p.indexed for p in art.paragraphs if p.text in _CAPTIONS] == [True, True, True]
