"""Faults met trying indexer as a new user would (a journalist with a folder of articles in
several languages), each checked through the real CLI on small articles written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import invoke

ENGLISH = (
    "Harbour committee meets\n\n"
    "The harbour committee met on Tuesday to discuss the new cranes and the budget for next year.\n\n"
    "Members agreed to review the plan again next month, officials said after the meeting of the committee.\n"
)
GERMAN = (
    "Hafenausschuss tagt\n\n"
    "Der Ausschuss für den Hafen hat sich am Dienstag getroffen, um über die neuen Kräne und den "
    "Haushalt für das nächste Jahr zu sprechen.\n\n"
    "Die Mitglieder haben vereinbart, den Plan im nächsten Monat noch einmal zu prüfen, sagten die "
    "Beamten nach der Sitzung.\n"
)


cli = invoke  # `indexer ARGS` in this process: (exit code, stdout, stderr)


@pytest.fixture(scope="module")
def two_languages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An English and a German article, indexed without entities."""
    folder = tmp_path_factory.mktemp("harbour")
    (folder / "harbour.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "hafen.txt").write_text(GERMAN, encoding="utf-8")
    code, _, err = cli("build", str(folder), "--index", str(folder / "idx"), "--no-entities")
    assert code == 0, err
    return folder / "idx"


def test_a_typo_is_retried_in_an_index_of_several_languages(two_languages: Path) -> None:
    # English stems "officals" as "offic", German as "offical": the word is still one the index
    # has never seen, so it is retried with typo tolerance and a correction is suggested.
    code, out, err = cli("search", "officals", "--json", "--index", str(two_languages))
    doc = json.loads(out)
    assert (doc["fallback"], doc["suggestion"], doc["total_as_typed"]) == ("fuzzy", "officials", 0), err
    assert [h["paragraph"] for h in doc["hits"]] == [3]
    assert code == 1  # the query as typed found nothing


def test_a_suggestion_is_never_a_stop_word(two_languages: Path) -> None:
    # "foo" is one edit from "for", a stop word of the text: suggesting it gave a query that is
    # refused as stop words only. "nexd" is one edit from "next", a content word.
    code, out, err = cli("search", "foo", "--json", "--index", str(two_languages))
    assert (code, json.loads(out)["suggestion"]) == (1, None), err
    code, out, err = cli("search", "nexd", "--json", "--index", str(two_languages))
    assert (code, json.loads(out)["suggestion"]) == (1, "next"), err


def test_a_search_page_past_the_last_hit_says_so_and_links_to_the_last_page(two_languages: Path) -> None:
    pytest.importorskip("flask")
    from indexer.cli import _message
    from indexer.web import create_app

    client = create_app(two_languages, message=_message).test_client()
    total = cli("search", "committee", "--count", "--index", str(two_languages))[1].strip()
    assert total == "3"
    html = client.get("/?q=committee&offset=37").get_data(as_text=True)
    # Before: "38–37 of 3 paragraphs", and "Previous" to offset 27, past the end again.
    assert "No paragraphs at offset 37 (there are 3)" in html and "38–37" not in html
    assert 'rel="prev" href="/?q=committee"' in html  # the last page: the first


def test_a_month_of_no_year_is_a_date_value_as_entities_lists_it(two_languages: Path) -> None:
    # `indexer entities --type date` lists "--01" (January, the year unknown); date:--01 was
    # refused as "not a date". It holds that month's dates without a year, and no dated day.
    from indexer.query import check_value
    from indexer.search.compile import date_within

    check_value("dates", "--01")
    assert [date_within(d, "--01") for d in ("--01", "--01-05", "--01-30/--02-02", "2019-01-05", "--02")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert not date_within("--01-05", "2019") and date_within("2019-01-05", "2019-01")
    code, out, err = cli("search", "date:--01", "--count", "--index", str(two_languages))
    assert (code, out.strip()) == (1, "0"), err  # no error: this index has no dates tagged
    code, _, err = cli("search", "date:--13", "--count", "--index", str(two_languages))
    assert code == 2 and "no month 13 in '--13'" in err


def test_two_letters_swapped_are_one_typo(two_languages: Path) -> None:
    # The commonest typo: "membres" for "members", "cranse" for "cranes". Whoosh's automaton
    # counted a swap as two edits, so neither the typo retry nor `word~` found them.
    code, out, err = cli("search", "membres", "--json", "--index", str(two_languages))
    doc = json.loads(out)
    assert (doc["fallback"], doc["suggestion"], [h["paragraph"] for h in doc["hits"]]) == ("fuzzy", "members", [3])
    code, out, err = cli("search", "cranse~", "--count", "--index", str(two_languages))
    assert (code, out.strip()) == (0, "1"), err
    code, out, err = cli("search", "ofifcails~2", "--count", "--index", str(two_languages))  # two swaps
    assert (code, out.strip()) == (0, "1"), err


def test_an_article_filter_naming_a_folder_finds_the_articles_under_it(tmp_path: Path) -> None:
    # `--article bbc/business` found nothing, silently: only 'bbc/business/*' gave the folder.
    for sub, text in (("politics", ENGLISH), ("business", ENGLISH.replace("harbour", "airport"))):
        (tmp_path / "news" / sub).mkdir(parents=True)
        (tmp_path / "news" / sub / "a.txt").write_text(text, encoding="utf-8")
    index = str(tmp_path / "idx")
    assert cli("build", str(tmp_path / "news"), "--index", index, "--no-entities")[0] == 0

    def ids(*args: str) -> set[str]:
        code, out, err = cli("search", *args, "--jsonl", "--fields", "article_id", "--index", index)
        assert code in (0, 1), err
        return {json.loads(line)["article_id"] for line in out.splitlines()}

    business = {"news/business/a.txt"}
    assert ids("committee", "--article", "news/business") == ids("committee", "--article", "business/") == business
    assert ids("committee article:business") == ids("committee", "--article", "business/*") == business
    assert ids("committee", "--article", "news") == business | {"news/politics/a.txt"}
    assert ids("committee", "--article", "usiness") == set()  # whole folder names only


BANKS = (
    "Central Banks Hold Rates\n\n"
    "The Bank of England kept its main interest rate at 5% on Thursday, its governor said.\n\n"
    "The Bank of Japan held its own rate below zero, officials in Tokyo said.\n\n"
    "Markets had expected the Bank of England to wait until the spring.\n"
)


def test_a_facet_row_filtered_on_exactly_gives_its_count(tmp_path: Path) -> None:
    """A facet counts paragraphs tagged with the name itself; `--org bank` (the name's words)
    also finds *Bank of Japan*, so clicking "Bank of England 2" gave 3 hits. `--org "=Bank of
    England"` is that name only (and its corpus variants), as the web app's facet links ask."""
    (tmp_path / "banks.txt").write_text(BANKS, encoding="utf-8")
    index = str(tmp_path / "idx")
    code, _, err = cli("build", str(tmp_path / "banks.txt"), "--index", index)
    assert code == 0, err
    _, out, _ = cli("search", "rate", "OR", "markets", "--index", index, "--json")
    orgs = {row["name"]: row["count"] for row in json.loads(out)["facets"]["orgs"]}
    assert orgs == {"Bank of England": 2, "Bank of Japan": 1}
    for name, count in orgs.items():
        _, out, _ = cli("search", "rate", "OR", "markets", "--index", index, "--org", f"={name}", "--count")
        assert out.strip() == str(count)
    assert cli("search", "--org", "bank", "--index", index, "--count")[1].strip() == "3"  # a word of both names
    code, _, err = cli("search", "--org", "=", "--index", index)
    assert code == 2 and "empty value (org: or --org)" in err


def test_counts_in_the_summary_line_group_thousands_as_the_warnings_do() -> None:
    """The build summary said "3632 paragraphs" under warnings saying "2,489"."""
    from indexer.cli import _plural

    assert _plural(3632, "paragraph") == "3,632 paragraphs"
    assert _plural(1, "article") == "1 article"


def test_csv_with_context_has_the_before_and_after_columns(two_languages: Path) -> None:
    """`search --csv -C 1` dropped the context without a word; --json kept it."""
    import csv
    import io

    code, out, _ = cli("search", "cranes", "--index", str(two_languages), "--csv", "-C", "1", "--lang", "en")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 1
    assert [p["text"] for p in json.loads(rows[0]["before"])] == ["Harbour committee meets"]
    assert json.loads(rows[0]["after"])[0]["paragraph"] == 3
    _, plain, _ = cli("search", "cranes", "--index", str(two_languages), "--csv", "--lang", "en")
    assert "before" not in plain.splitlines()[0]
