"""A hit carries its article's byline (`byline`: JSON, JSONL, the Python API, the web API; CSV
when asked), as it carries its date and address: citing a hit took a second call per article.
Paragraphs stored before hits carried it read it from the article's record. Articles of our
own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.pipeline import build
from indexer.search import IndexSearcher, SearchRequest
from tests.conftest import invoke

PAGES = {
    "signed.txt": "Harbour plan approved\n\nBy Jane Müller\n\nThe harbour board met on Monday and approved "
    "the plan to dredge the channel before the summer season begins.\n",
    "unsigned.txt": "Harbour quay\n\nThe harbour board met on Tuesday to approve the plan for the old quay "
    "and its cranes, which have stood idle for a decade.\n",
}
BYLINES = {"news/signed.txt": "Jane Müller", "news/unsigned.txt": ""}


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bylines") / "news"
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def index(news: Path) -> Path:
    idx = news.parent / "idx"
    build([str(news)], str(idx), entities=False)
    return idx


def test_json_and_jsonl_hits_carry_the_byline(index: Path) -> None:
    code, out, _ = invoke("search", "harbour board", "--json", "--index", str(index))
    hits = json.loads(out)["hits"]
    assert code == 0 and {h["article_id"]: h["byline"] for h in hits} == {
        "news/signed.txt": "Jane Müller",
        "news/unsigned.txt": None,  # null, as a missing date or address
    }
    assert list(hits[0])[-3:] == ["byline", "copies", "turn"]  # added after the others
    code, out, _ = invoke("search", "harbour board", "--jsonl", "--index", str(index), "--fields", "article_id,byline")
    assert {h["article_id"]: h["byline"] for h in map(json.loads, out.splitlines())} == {
        "news/signed.txt": "Jane Müller",
        "news/unsigned.txt": None,
    }


def test_csv_keeps_its_columns_and_gives_the_byline_when_asked(index: Path) -> None:
    _, out, _ = invoke("search", "harbour board", "--csv", "--index", str(index))
    assert "byline" not in out.splitlines()[0].split(",")
    _, out, _ = invoke("search", "dredge", "--csv", "--index", str(index), "--fields", "article_id,byline")
    assert out.splitlines() == ["article_id,byline", "news/signed.txt,Jane Müller"]


def test_the_python_api_hit_has_the_byline(index: Path) -> None:
    with IndexSearcher(index) as searcher:
        hits = searcher.search(SearchRequest("harbour board")).hits
    assert {h.article_id: h.byline for h in hits} == BYLINES


def test_paragraphs_stored_without_it_read_the_articles_record(
    news: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An index written before paragraphs carried the byline: the article's record has it.
    from indexer import store

    documents = store.article_documents

    def without_byline(article):  # type: ignore[no-untyped-def]
        for doc in documents(article):
            doc.pop("article_byline", None)
            yield doc

    monkeypatch.setattr(store, "article_documents", without_byline)
    build([str(news)], str(tmp_path / "old"), entities=False)
    monkeypatch.undo()
    with IndexSearcher(tmp_path / "old") as searcher:
        assert "article_byline" not in searcher._searcher.stored_fields(0)
        hits = searcher.search(SearchRequest("harbour board")).hits
    assert {h.article_id: h.byline for h in hits} == BYLINES


def test_the_web_api_hit_has_the_byline(index: Path) -> None:
    pytest.importorskip("flask")
    from indexer.cli import _message
    from indexer.web import create_app

    api = create_app(index, message=_message).test_client().get("/api/search?q=dredge").get_json()
    assert [h["byline"] for h in api["hits"]] == ["Jane Müller"]
