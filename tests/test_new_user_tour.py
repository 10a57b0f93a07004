"""What a new user meets on a first tour of the CLI over a corpus (helper `fix`'s round on BBC
and Reuters), each fault with a small input of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import invoke


def test_a_path_that_does_not_exist_names_the_near_ones_beside_it(tmp_path: Path) -> None:
    for name in ("reuters21578", "bbc", "notes"):
        (tmp_path / name).mkdir()
    (tmp_path / "bbc" / "sport").mkdir()
    index = str(tmp_path / "idx")
    code, _, err = invoke("build", f"{tmp_path}/reuters", "--index", index)
    assert code == 2 and err.endswith(f"check the path (did you mean {tmp_path}/reuters21578?)\n"), err
    code, _, err = invoke("build", f"{tmp_path}/bbc/sprot/", "--index", index)
    assert code == 2 and f"(did you mean {tmp_path}/bbc/sport?)" in err
    code, _, err = invoke("build", f"{tmp_path}/zzz", "--index", index)
    assert code == 2 and err.endswith("check the path\n")  # nothing near: no guess


def test_kinds_take_their_plural_in_option_and_field(shipped_index: Path) -> None:
    index = str(shipped_index)
    counts = {
        args: invoke("search", *args, "--count", "--index", index)
        for args in [
            ("uyghurs", "--kind", "body"),
            ("uyghurs", "--kind", "bodies"),
            ("uyghurs kind:Bodies",),
            ("uyghurs", "--kind", "captions"),
            ("uyghurs kind:caption",),
        ]
    }
    assert {c[0] for c in counts.values()} == {0}, counts
    body = counts[("uyghurs", "--kind", "body")][1]
    assert counts[("uyghurs", "--kind", "bodies")][1] == counts[("uyghurs kind:Bodies",)][1] == body != "0\n"
    assert counts[("uyghurs", "--kind", "captions")][1] == counts[("uyghurs kind:caption",)][1]
    code, _, err = invoke("search", "uyghurs", "--kind", "bylines", "--index", index)
    assert code == 2 and "byline paragraphs are not indexed" in err


def test_sort_takes_the_words_the_page_shows(shipped_index: Path) -> None:
    index = str(shipped_index)
    newest = invoke("search", "uyghurs", "--sort", "newest", "--json", "--index", index)
    assert newest[0] == 0 and '"sort": "date"' in newest[1]
    assert (
        invoke("search", "uyghurs", "--sort", "Relevance", "--json", "--index", index)[1].count('"sort": "score"') == 1
    )
    code, _, err = invoke("search", "uyghurs", "--sort", "bogus", "--index", index)
    assert code == 2 and "'score', 'position', 'date'" in err


def test_the_web_api_takes_sort_names_too(shipped_index: Path) -> None:
    import pytest

    pytest.importorskip("flask")
    from indexer.web import create_app

    client = create_app(shipped_index).test_client()
    assert client.get("/api/search?q=uyghurs&sort=newest").get_json()["sort"] == "date"
    assert client.get("/api/search?q=uyghurs&kind=captions").status_code == 200


def test_options_guessed_from_other_tools_say_what_to_do_here(shipped_index: Path) -> None:
    index = str(shipped_index)
    code, _, err = invoke("search", "uyghurs", "--format", "json", "--index", index)
    assert (
        code == 2
        and "No such option '--format': choose the output format with a flag: --json, --jsonl, --csv or --count" in err
    )
    assert "--facets" not in err  # click's near name led astray
    code, _, err = invoke("stats", "-o", "x.json", "--index", index)
    assert code == 2 and "choose its format with --json or --jsonl and redirect it (> FILE)" in err
    code, out, _ = invoke("search", "uyghurs", "--json", "--format=csv", "--index", index)
    assert code == 2 and "choose the output format with a flag" in out  # the JSON error record too
    code, _, err = invoke("search", "-q", "uyghurs", "--index", index)
    assert code == 2 and "the query is the words after the command" in err


def test_stats_groups_thousands_as_the_build_summary_does() -> None:
    from indexer.models import IndexStats
    from indexer.render import stats_lines

    stats = IndexStats(
        "idx",
        5,
        6,
        "",
        "",
        True,
        2225,
        12772,
        {"title": 2225, "body": 10547},
        1,
        {"people": 6435},
        languages={"en": 2225},
    )
    lines = list(stats_lines(stats))
    assert "articles    2,225" in lines
    assert "paragraphs  12,772 (title 2,225, body 10,547)" in lines
    assert "languages   en 2,225 (articles)" in lines and "entities    6,435 people" in lines


def test_published_on_an_index_without_dates_says_why_nothing_matches(shipped_index: Path) -> None:
    # The shipped article is plain text: it states no publication date.
    code, out, err = invoke("search", "uyghurs published:2021", "--count", "--index", str(shipped_index))
    assert (code, out) == (1, "0\n")
    assert "no article in the index has a publication date, so published: matches nothing" in err
    code, _, err = invoke("search", "uyghurs", "--count", "--index", str(shipped_index))
    assert code == 0 and "publication date" not in err


def test_a_folder_of_articles_given_as_the_index_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    (corpus / "sport").mkdir(parents=True)
    for name in ("a.txt", "sport/b.html", "README.txt"):
        (corpus / name).write_text("Some article text.\n", encoding="utf-8")
    code, _, err = invoke("search", "text", "--index", str(corpus))
    assert code == 2
    assert f"not an indexer index: {corpus} has files but no indexer-manifest.json (it holds 2 article files: " in err
    assert "(this folder is left untouched)" in err


def test_a_filter_value_no_paragraph_matches_is_named_with_the_near_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collections.abc import Iterable, Iterator

    from indexer import pipeline
    from indexer.models import Article
    from tests.conftest import SHIPPED

    def fake_tag(articles: Iterable[Article], entities: bool, workers: int = 0) -> Iterator[Article]:
        for article in articles:  # a stand-in for spaCy: places by substring
            for p in article.paragraphs:
                p.places = [place for place in ("Xinjiang", "Beijing") if place in p.text]
            yield article

    monkeypatch.setattr(pipeline, "tag", fake_tag)
    index = str(tmp_path / "idx")
    pipeline.build([str(SHIPPED)], index, entities=True)
    code, _, err = invoke("search", "uyghurs", "--place", "xinjang", "--index", index)
    assert code == 1 and "note: no paragraph names a place 'xinjang' (did you mean Xinjiang?)" in err
    code, _, err = invoke("search", "uyghurs", "--article", "rferl-uyghr-diaspora-2021.txt", "--index", index)
    assert code == 1 and "no article id matches 'rferl-uyghr-diaspora-2021.txt' (did you mean rferl-uyghur" in err
    # A value that matches, in a search that finds nothing for its words: no such note.
    code, _, err = invoke("search", "zzzzqx", "--place", "xinjiang", "--no-fallback", "--index", index)
    assert code == 1 and "names a place" not in err


def test_a_readme_with_more_to_its_name_is_no_article(tmp_path: Path) -> None:
    from indexer.sources import is_folder_doc

    # Reuters-21578 ships README-source.txt beside its articles; it was indexed as one.
    assert is_folder_doc(Path("README-source.txt")) and is_folder_doc(Path("readme_first.md"))
    assert not is_folder_doc(Path("changes-to-tax-law.txt")) and not is_folder_doc(Path("readmeister.txt"))
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "README-source.txt").write_text("How this corpus was made.\n", encoding="utf-8")
    (corpus / "001.txt").write_text("Oil prices\n\nOil prices rose on Monday, traders said.\n", encoding="utf-8")
    code, _, err = invoke("build", str(corpus), "--index", str(tmp_path / "idx"), "--no-entities")
    assert code == 0 and "skipped" in err and "README-source.txt: a folder's README-source file" in err
    assert "1 article," in err


def test_the_date_sort_note_names_no_cli_flag_on_the_web_page(shipped_index: Path) -> None:
    pytest.importorskip("flask")
    from indexer.web import create_app

    page = create_app(shipped_index).test_client().get("/?q=uyghurs&sort=date").get_data(as_text=True)
    assert "no article in the index has a publication date: ordered by relevance, not by date" in page
    assert "--sort" not in page
