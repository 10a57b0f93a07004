"""A site's menu row and its sign-in links over the headline, in a language whose menu words
the lexicon does not hold (trial 11: Turkish "Ana Sayfa | Gündem | Ekonomi | Dünya | Spor" and a
Kyodo page's "ニュース トップ | 国内 | 国際" and "ログイン 会員登録" were the titles). Each page is
our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BOILERPLATE, TITLE

from tests.helpers import kind_and_reason, parse_blocks

TR = (
    "İzmir'de orman yangını: dört mahalle tahliye edildi",
    "İzmir'in Menderes ilçesinde dün öğle saatlerinde başlayan orman yangını, kuvvetli rüzgârın etkisiyle "
    "yerleşim yerlerine yaklaştı. Valilik, dört mahallenin tahliye edildiğini açıkladı.",
    "Yangına karadan ve havadan müdahale eden ekipler, akşam saatlerinde alevleri büyük ölçüde kontrol "
    "altına aldı. Bölgede soğutma çalışmaları sürüyor.",
)
JA = (
    "北海道で震度5強　新千歳空港の滑走路を一時閉鎖",
    "10日午前6時47分ごろ、北海道胆振地方を震源とする地震があり、厚真町で震度5強を観測した。"
    "気象庁によると、震源の深さは約30キロと推定される。津波の心配はない。",
    "北海道電力によると、苫小牧市などで約1万2千戸が一時停電した。泊原発に異常はないという。",
)


@pytest.mark.parametrize(
    ("chrome", "page"),
    [
        (("Ana Sayfa | Gündem | Ekonomi | Dünya | Spor | Kültür-Sanat",), TR),
        (("Haberler · Yerel · Ekonomi · Magazin",), TR),
        (("ニュース トップ | 国内 | 国際 | 経済 | スポーツ | エンタメ", "ログイン 会員登録"), JA),
        (("首页 | 国内 | 国际 | 财经 | 体育", "登录 注册"), JA),
    ],
)
def test_a_menu_row_and_sign_in_links_over_the_headline_are_no_title(chrome: tuple[str, ...], page) -> None:
    art = parse_blocks(*chrome, *page)
    assert art.title == page[0]
    for line in chrome:
        assert kind_and_reason(art, line)[0] == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Brexit | What happens next",  # a headline with a bar in it
        "Juukan Gorge inquiry | Mining | Mine Watch",  # a <title>'s parts: too few
        "Inquiry finds Rio Tinto ignored warnings | Mining | Politics | Mine Watch Australia",  # parts too long
    ],
)
def test_a_headline_with_bars_is_no_menu_row(line: str) -> None:
    assert not segment.textblocks.is_menu_row(line)
    art = parse_blocks(line, *TR[1:])
    assert kind_and_reason(art, line)[0] == TITLE


def test_a_sign_in_word_glued_into_a_sentence_is_text() -> None:
    # "注册资本" is registered capital, no link: the sign-in words match standing alone only
    text = "该公司注册资本为五千万元，主要从事新能源汽车零部件的研发和生产，去年营业收入增长了百分之三十。"
    art = parse_blocks(
        "新能源企业扩产", text, "公司表示，新工厂预计明年投产，将新增就业岗位约两千个，并带动上下游企业共同发展。"
    )
    assert kind_and_reason(art, text)[0] != BOILERPLATE
