"""The HTML reader's word counts in scripts written without spaces: `len(text.split())` counted a
Japanese or Chinese paragraph as one word, so a caption classed so beside its image was taken for
a label under a picture and dropped (trial 31's Japanese trade magazine), and every rule with a
word bound read such text wrong (a long paragraph as a short line). They count as
`htmllead.count_words` does (the same count for text with spaces). Pages of our own."""

from __future__ import annotations

import pytest

from indexer import htmlpage, segment
from indexer.models import CAPTION
from tests.helpers import html_document

pytest.importorskip("trafilatura")

CAPTION_TEXT = "本社工場に隣接して新設された自動倉庫。製品は製造ラインから直接搬入される"
PARAGRAPHS = [
    "物流大手の北洋ロジスティクスは、北海道の本社工場に隣接して新しい自動倉庫を開設した。製品は製造ラインから直接搬入され、"
    "出荷までの時間が従来の半分に短縮されるという。",
    "同社によると、新倉庫は約二万パレットを保管でき、夜間も無人で稼働する。人手不足が続く中、"
    "ドライバーの待ち時間を減らす狙いがある。",
    "担当者は「運賃の交渉でも、待機時間の削減は大きな材料になる」と話しており、来年には道内の二拠点にも同様の設備を導入する計画だ。",
]


def _page() -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:1])
    body += (
        f'<div class="photo"><img src="/img/photo01.jpg" alt="" width="640"><p class="caption">{CAPTION_TEXT}</p></div>'
    )
    body += "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    return (
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>北洋ロジ、自動倉庫を開設</title></head>'
        f"<body><article><h1>北洋ロジ、自動倉庫を開設</h1>{body}</article></body></html>"
    ).encode()


def test_a_japanese_caption_beside_its_image_is_kept_as_a_caption() -> None:
    art = segment.segment(html_document(_page()))
    assert (CAPTION, CAPTION_TEXT) in [(p.kind, p.text) for p in art.paragraphs]


def test_a_layout_tables_japanese_article_cell_is_found() -> None:
    from lxml import etree

    cell = "<cell>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + "</cell>"
    assert htmlpage.is_layout_table(etree.fromstring(f"<table><row><cell>メニュー</cell>{cell}</row></table>"))
