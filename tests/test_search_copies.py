"""Copies of a paragraph in several articles folded into one hit (search/copies.py): the
library, paging, the sort orders that keep every copy, and the CLI's outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.models import ParagraphRef
from indexer.pipeline import build
from indexer.search import IndexSearcher, SearchRequest
from indexer.search.copies import fold, peers, text_key

CRANES = "The cranes were built in Rotterdam and shipped across the North Sea on a barge over four days."


def _article(title: str, *paragraphs: str) -> str:
    return "\n\n".join([title, *paragraphs]) + "\n"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("copies")
    docs = root / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        _article(
            "Harbour cranes return to Leith",
            "Three new cranes arrived at the port of Leith on Tuesday, the harbour authority said, after two years.",
            CRANES,
            "Dockers said the new machines would double the number of containers the port handles each week.",
        )
    )
    # The same story filed again under another headline, its cranes paragraph wrapped differently.
    (docs / "b.txt").write_text(
        _article(
            "New cranes for Leith docks",
            "The port of Leith took delivery of three cranes this week, its owners announced on Tuesday.",
            CRANES.replace(" shipped ", "\nshipped "),
            "The harbour authority expects the first ship to be unloaded by the new cranes next month.",
        )
    )
    # The same words in other case: another text, not a copy.
    (docs / "c.txt").write_text(
        _article(
            "Letters to the editor",
            "A reader in Edinburgh wrote to us about the harbour, and about what the port will look like.",
            CRANES.upper(),
            "Another reader asked who would pay for the new road that the port says the cranes will need.",
        )
    )
    # Other stories, so that the cranes paragraph (on 3 pages, case folded) is not on half of the
    # folder's pages: that would make it the folder's template (segment/repeats.py), not text.
    for n, topic in enumerate(("ferry timetable", "fishing quota", "lighthouse repairs", "pier festival")):
        (docs / f"other{n}.txt").write_text(
            _article(
                f"News about the {topic}",
                f"The council met on Monday to discuss the {topic}, and members voted on a new plan.",
                f"Residents who spoke at the meeting said the {topic} mattered to the whole town.",
            )
        )
    index = root / "index"
    build([str(docs)], str(index), entities=False)
    return index


def _search(index: Path, query: str, **kw: object):
    with IndexSearcher(index) as searcher:
        return searcher.search(SearchRequest(query, **kw))  # type: ignore[arg-type]


def test_text_key_reads_white_space_runs_as_one_space_and_keeps_case() -> None:
    assert text_key("a  b\nc ") == text_key("a b c")
    assert text_key("A b c") != text_key("a b c")


def test_fold_keeps_each_texts_first_hit_in_place_and_lists_the_later_ones() -> None:
    texts = {1: "x", 2: "y", 3: "x", 4: "z", 5: "x  "}
    folded = fold([1, 2, 3, 4, 5], lambda d: text_key(texts[d]))
    assert folded.hits == [1, 2, 4]
    assert folded.copies == [[3, 5], [], []]


def test_peers_are_each_hits_other_hits_of_its_text_in_page_order() -> None:
    texts = {1: "x", 2: "y", 3: "x ", 4: "x", 5: "z"}
    assert peers([1, 2, 3, 4, 5], lambda d: text_key(texts[d])) == [[3, 4], [], [1, 4], [1, 3], []]


def test_a_copy_is_folded_into_the_best_hit_and_named_there(index: Path) -> None:
    result = _search(index, "cranes Rotterdam barge")
    assert result.total == 3  # the total counts every matching paragraph, copies too
    ids = [h.article_id for h in result.hits]
    assert ids == ["docs/a.txt", "docs/c.txt"]
    assert result.hits[0].copies == [ParagraphRef("docs/b.txt", result.hits[0].paragraph)]
    assert result.hits[1].copies == []
    assert result.next_offset is None  # the folded page is the last: no empty page after it
    assert (result.distinct, result.folded, result.hits_total) == (2, 1, 2)


def test_duplicates_shows_every_copy_as_a_hit_naming_its_copies_on_the_page(index: Path) -> None:
    result = _search(index, "cranes Rotterdam barge", duplicates=True)
    assert [h.article_id for h in result.hits] == ["docs/a.txt", "docs/b.txt", "docs/c.txt"]
    a, b, c = result.hits
    assert a.copies == [ParagraphRef("docs/b.txt", b.paragraph)]
    assert b.copies == [ParagraphRef("docs/a.txt", a.paragraph)]
    assert c.copies == []
    assert (result.distinct, result.folded, result.more) == (None, 0, None)


def test_pages_count_folded_hits(index: Path) -> None:
    first = _search(index, "cranes Rotterdam barge", limit=1)
    assert [h.article_id for h in first.hits] == ["docs/a.txt"] and first.hits[0].copies
    assert first.next_offset == 1
    second = _search(index, "cranes Rotterdam barge", limit=1, offset=1)
    assert [h.article_id for h in second.hits] == ["docs/c.txt"]
    assert second.next_offset is None
    past = _search(index, "cranes Rotterdam barge", limit=1, offset=2)  # the 3 matches are 2 paragraphs
    assert past.hits == [] and past.total == 3 and past.hits_total == 2


def test_article_order_keeps_every_copy(index: Path) -> None:
    result = _search(index, "cranes Rotterdam barge", sort="position")
    assert [h.article_id for h in result.hits] == ["docs/a.txt", "docs/b.txt", "docs/c.txt"]


def test_date_order_on_an_index_of_no_dates_folds_as_relevance_does(index: Path) -> None:
    # No article states a date: the order is by relevance (a note says so), and so is the folding.
    result = _search(index, "cranes Rotterdam barge", sort="date")
    assert [h.article_id for h in result.hits] == ["docs/a.txt", "docs/c.txt"]
    assert "ordered by relevance" in (result.note or "")


def test_many_copies_rank_deeper_until_the_page_is_full(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    story = _article("Harbour cranes return to Leith", CRANES, "Dockers welcomed the cranes at the port of Leith.")
    for n in range(30):
        (docs / f"copy{n:02}.txt").write_text(story)
    (docs / "other.txt").write_text(
        _article("Barge traffic", "A barge carried cranes from Rotterdam to Hull, a shorter crossing of four days.")
    )
    build([str(docs)], str(tmp_path / "index"), entities=False)
    result = _search(tmp_path / "index", "cranes Rotterdam barge", limit=2)
    assert len(result.hits) == 2  # 30 copies ranked first: 31 hits read, not the first 2 * 2 + 10
    folded = next(h for h in result.hits if h.copies)
    assert len(folded.copies) == 29
    assert {h.article_id for h in result.hits} == {folded.article_id, "docs/other.txt"}


def test_cli_says_where_the_copies_are_and_scripts_get_every_row(index: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(main, ["search", "cranes Rotterdam barge", "--index", str(index)])
    assert text.exit_code == 0
    assert "also in docs/b.txt:" in text.stdout
    assert "1-2 of 2 paragraphs (and 1 copy of them elsewhere, folded in as 'also in'" in text.stderr
    doc = json.loads(runner.invoke(main, ["search", "cranes Rotterdam barge", "--index", str(index), "--json"]).stdout)
    assert [h["article_id"] for h in doc["hits"]] == ["docs/a.txt", "docs/c.txt"]
    assert doc["hits"][0]["copies"] == [{"article_id": "docs/b.txt", "paragraph": doc["hits"][0]["paragraph"]}]
    assert doc["total"] == 3 and doc["distinct"] == 2
    rows = runner.invoke(main, ["search", "cranes Rotterdam barge", "--index", str(index), "--jsonl"]).stdout
    records = [json.loads(line) for line in rows.splitlines()]
    assert [r["article_id"] for r in records] == ["docs/a.txt", "docs/b.txt", "docs/c.txt"]
    assert [[c["article_id"] for c in r["copies"]] for r in records] == [["docs/b.txt"], ["docs/a.txt"], []]
    past = runner.invoke(main, ["search", "cranes Rotterdam barge", "--index", str(index), "--offset", "5"])
    assert "no paragraphs at offset 5 (there are 2)" in past.stderr
    every = runner.invoke(main, ["search", "cranes Rotterdam barge", "--index", str(index), "--duplicates"])
    headers = [line for line in every.stdout.splitlines() if line.startswith("docs/")]
    assert len(headers) == 3 and every.stdout.count("also in") == 2  # a and b name each other


def test_stats_counts_the_articles_whose_file_is_a_copy(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    story = _article("Harbour cranes return to Leith", CRANES, "Dockers welcomed the cranes at the port of Leith.")
    for name in ("a.txt", "b.txt", "c.txt"):
        (docs / name).write_text(story)
    (docs / "d.txt").write_text(_article("Barge traffic", "A barge carried cranes from Rotterdam to Hull in May."))
    build([str(docs)], str(tmp_path / "index"), entities=False)
    from indexer.search import stats

    assert stats(tmp_path / "index").copies == 2  # a, b and c: one file and two copies of it
    shown = CliRunner().invoke(main, ["stats", "--index", str(tmp_path / "index")]).stdout
    assert "articles    4 (2 byte-for-byte copies of another;" in shown
    # `show` names the article's copies, as does its web page
    shown = CliRunner().invoke(main, ["show", "docs/a.txt", "--index", str(tmp_path / "index")]).stdout
    assert "  same file as: docs/b.txt, docs/c.txt" in shown
    from indexer.web.app import create_app

    page = create_app(tmp_path / "index").test_client().get("/articles/docs/b.txt").get_data(as_text=True)
    assert 'The same file as <a href="/articles/docs/a.txt">docs/a.txt</a>' in page


def test_the_search_pages_csv_link_folds_as_the_page_does(index: Path) -> None:
    from indexer.web.app import create_app

    client = create_app(index).test_client()
    page = client.get("/?q=cranes+Rotterdam+barge").get_data(as_text=True)
    assert "docs/b.txt" in page and "show each as a hit" in page
    link = page.split('These results as <a href="')[1].split('">CSV</a>')[0].split('<a href="')[-1]
    rows = client.get(link.replace("&amp;", "&")).get_data(as_text=True).splitlines()
    assert [r.split(",")[0] for r in rows[1:]] == ["docs/a.txt", "docs/c.txt"]  # the page's two hits
    assert "of 2 paragraphs" in page and "And 1 copy of them elsewhere" in page


def test_the_page_showing_every_copy_links_back_to_folding_them(index: Path) -> None:
    from indexer.web.app import create_app

    page = create_app(index).test_client().get("/?q=cranes+Rotterdam+barge&duplicates=1").get_data(as_text=True)
    assert page.count('class="hit"') == 3
    assert '<a href="/?q=cranes+Rotterdam+barge">fold the copies into one hit</a>' in page
