"""Plain text: an author box's label in any language of `chromewords.LANGUAGES` (the HTML
reader's `AUTHOR_BOX_LABEL`: "この記事を書いた人", "लेखक के बारे में") opens an about box in the
page's tail (`segment.tail._about_label`); trial 52's Japanese news page kept its reporter's bio
under "この記事を書いた人" as text."""

from __future__ import annotations

import pytest

from tests.helpers import kind_and_reason, parse_blocks

_JA = [
    "湯沢の酒蔵、クラウドファンディングで再建へ",
    "秋田県湯沢市の老舗酒蔵が、豪雨で壊れた蔵の再建費用をクラウドファンディングで集めている。目標額は二千万円で、開始から一週間で半分を超えた。",
    "蔵元の高橋さんは「地元の人たちの応援が何よりの励みになる」と話す。支援者には新酒や蔵見学の招待券が届けられる。",
    "蔵では来春、見学と試飲ができる小さな直売所を開く予定だ。まずは一本目の酒をきちんと届けたいという。",
]
_BIO = "湯沢支局記者。雄勝郡羽後町出身。農業と地場産業の取材を担当し、休日は地元の温泉めぐりが趣味。"
_CHROME = ["関連記事", "稲庭うどん、欧州向け輸出が過去最高に", "© 2022 羽後タイムス"]


@pytest.mark.parametrize("label", ["この記事を書いた人", "著者プロフィール"])
def test_the_label_opens_an_author_box_after_the_article(label: str) -> None:
    art = parse_blocks(*_JA, label, "佐々木 真由美", _BIO, *_CHROME)
    assert kind_and_reason(art, label) == ("boilerplate", "about box (its label)")
    assert kind_and_reason(art, _BIO[:10])[0] != "body"
    assert kind_and_reason(art, _JA[3][:10])[0] == "body"
