"""A typo's or pattern's words score as the most common of them does (search.compile.
blended_boosts, Lucene's blended-frequency rewrite of a fuzzy query, Elasticsearch's default):
each scored with its own idf, the rarest word one typo away came first. On BBC News, `Irak`
(no such word; "did you mean: Iraq") showed "might irk some people" above every paragraph on
Iraq."""

from __future__ import annotations

from math import log
from pathlib import Path

import pytest

from indexer.search.compile import blended_boosts
from tests.helpers import index_news_folder, search_json

IRAQ = [
    f"Report {n}\n\nThe talks on Iraq resumed in Geneva on day {n} of the conference, with delegates "
    f"from Iraq and its neighbours discussing the oil exports of Iraq and the border with Syria."
    for n in range(1, 9)
]
IRK = "Game review\n\nThe scripted levels might irk a few players."


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pages = {f"iraq{n}.txt": text for n, text in enumerate(IRAQ)}
    pages["game.txt"] = IRK
    return index_news_folder(tmp_path_factory.mktemp("typos"), pages)


def test_the_common_word_a_typo_means_comes_first(index: Path) -> None:
    hits = search_json(index, "irak~", "--limit", "20")["hits"]
    assert hits[0]["article_id"].startswith("news/iraq")
    assert "news/game.txt" in [h["article_id"] for h in hits]  # still found, lower


def test_boosts_bring_each_stem_to_the_lowest_idf() -> None:
    df = {"iraq": 600, "iran": 200, "irk": 1}
    idf = {s: log(2000 / (n + 1)) + 1 for s, n in df.items()}
    boosts = blended_boosts(sorted(df), idf.__getitem__)
    assert "iraq" not in boosts  # the most common keeps its own score
    for stem in ("iran", "irk"):
        assert boosts[stem] * idf[stem] == pytest.approx(idf["iraq"])
    assert blended_boosts(["iraq"], idf.__getitem__) == {}
