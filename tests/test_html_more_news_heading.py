"""A heading over other stories after the article's prose in HTML ("Most read", Tistory's
"'CATEGORY' 카테고리의 다른 글": the category's other posts) heads a teaser list: it and the list
under it are the site's, as on the plain-text path. Trial 29's Tistory blog kept a post's title
from that box. A heading of the same words over the article's own prose at its top is left to
the other rules. Pages of our own."""

from __future__ import annotations

import gzip
from pathlib import Path

from indexer import htmlpage, segment
from indexer.models import BODY
from tests.helpers import article_html, html_document

PROSE = [
    "새벽 두 시, 안반데기 주차장에 도착했을 때 하늘에는 이미 은하수가 선명하게 걸려 있었다. 바람은 "
    "생각보다 훨씬 차가웠고, 풍력발전기 날개가 돌아가는 소리만 가득했다.",
    "별을 보려면 달이 없는 날을 골라야 한다. 나는 그믐 이틀 전 날짜를 골랐고, 기상청 예보에서 "
    "구름 양이 가장 적은 날을 다시 한 번 확인했다.",
]
OTHER = "비 오는 날의 선자령, 바람만 실컷 맞고 온 이야기"


def test_a_categorys_other_posts_after_the_article_are_chrome() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    after = (
        "<div class=\"another_category\"><h4>'여행 기록' 카테고리의 다른 글</h4><table>"
        f'<tr><th><a href="/139">{OTHER}</a> <span>(3)</span></th><td>2024.07.28</td></tr>'
        '<tr><th><a href="/131">영월 별마로천문대에서 본 토성</a> <span>(5)</span></th><td>2024.06.02</td></tr>'
        '<tr><th><a href="/127">제주 오름 새벽 산책</a></th><td>2024.05.11</td></tr></table></div>'
    )
    # (Tistory sets the box inside the post's container, under its text)
    art = segment.segment(html_document(article_html(body + after, "안반데기에서 은하수를 보다", lang="ko")))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert not [p for p in art.paragraphs if OTHER in p.text and p.kind == BODY]


def test_teaser_cards_whose_link_holds_headline_and_summary_are_chrome() -> None:
    # a mobile site's "Mais lidas": each <li>'s <a> holds an <h4> headline and a <p> summary,
    # which the extractor gives as the lines of one block (trial 30's Portuguese page, a page of
    # our own kept in eval/trials, indexed the cards' summaries)
    page = Path(__file__).parent.parent / "eval" / "trials" / "trial30" / "html" / "ff1bf358678dadc5.html.gz"
    art = segment.segment(html_document(gzip.decompress(page.read_bytes()), "m.html"))
    body = " ".join(p.text for p in art.paragraphs if p.kind == BODY)
    assert "Centro de saúde vai ter mais dois médicos" not in body
    assert "A equipa prepara a época no campeonato distrital" not in body
    assert "No combate às chamas estiveram envolvidos 186 operacionais" in body


def test_link_cards_are_runs_of_whole_link_texts() -> None:
    links = frozenset(
        {
            "Centro de saúde vai ter mais médicos A contratação permite dar médico",
            "Clube apresenta plantel com reforços",
        }
    )
    assert htmlpage._link_cards(
        [
            "Centro de saúde vai ter mais médicos",
            "A contratação permite dar médico",
            "Clube apresenta plantel com reforços",
        ],
        links,
    )
    assert not htmlpage._link_cards(
        ["Centro de saúde vai ter mais médicos", "A contratação permite dar médico", "Mais texto"], links
    )
