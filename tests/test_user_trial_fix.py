"""Faults a new user met trying the CLI (helper `fix`, this round), each as a small input of
its own: a refusal says what is wrong, where, and what to do; exit 2; no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            "date:2021-02-30",
            "no such day '2021-02-30' (date:): February 2021 has 28 days; give a day from 2021-02-01 to "
            "2021-02-28, or the whole month 2021-02",
        ),
        (
            "published:2021-02-29",
            "no such day '2021-02-29' (published:): February 2021 has 28 days (2021 is not a leap year); give "
            "a day from 2021-02-01 to 2021-02-28, or the whole month 2021-02",
        ),
        (
            "date:2021-13",
            "no month 13 in '2021-13' (date:): months are 01 to 12; give a year, a month or a day as 2021, "
            "2021-04 or 2021-04-16",
        ),
        (
            "date:2019..2021",
            "not a date '2019..2021' (date:): give a year, a month or a day as 2021, 2021-04 or 2021-04-16; "
            "a range is written date:[2019 TO 2021-06]",
        ),
        # a comparison mistyped (a new user's tries): no date after it, a space, another mark
        (
            "published:>=",
            "not a date '>=' (published:): a comparison is >, >=, < or <= and then the date, with no space "
            "(published:>=2021)",
        ),
        (
            "published:=>2021",
            "not a date '=>2021' (published:): a comparison is >, >=, < or <= and then the date, with no space "
            "(published:>=2021)",
        ),
        (
            "date:=2021-04",
            "not a date '=2021-04' (date:): a comparison is >, >=, < or <= and then the date, with no space "
            "(date:2021-04)",
        ),
    ],
)
def test_an_impossible_date_says_what_is_wrong_with_it(shipped_index: Path, query: str, message: str) -> None:
    result = CliRunner().invoke(main, ["search", query, "--index", str(shipped_index)])
    assert result.exit_code == 2
    assert result.stderr == f"indexer: error: {message}\n"


def test_a_newswire_table_in_english_words_is_english_not_undetermined(tmp_path: Path) -> None:
    # Figures, tickers and capitals made langid unsure of 1,878 Reuters earnings tables, which
    # `--lang en` then missed; told from their words alone they are English.
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "acme.txt").write_text(
        "ACME WIDGETS CORP <ACMW.O> 3RD QTR NET\n\n"
        "Shr profit 12 cts vs loss three cts Net profit 1,234,000 vs loss 287,000 Revs 45.6 mln vs 40.1 mln "
        "Nine mths Shr 40 cts vs 31 cts Net 4,105,000 vs 3,180,000 Revs 131.9 mln vs 118.2 mln\n"
    )
    from indexer.pipeline import build
    from indexer.store import read_manifest

    build([str(folder)], str(tmp_path / "idx"), entities=False)
    assert [r.language for r in read_manifest(tmp_path / "idx").articles.values()] == ["en"]
    result = CliRunner().invoke(
        main, ["search", "widgets", "--lang", "en", "--count", "--index", str(tmp_path / "idx")]
    )
    assert result.output == "1\n"


@pytest.mark.parametrize("command", [["search", "harbour"], ["stats"], ["build", "PATH"], ["serve"]])
def test_an_index_that_is_a_device_is_named_as_one(tmp_path: Path, command: list[str]) -> None:
    # `--index /dev/null` was "a file", which it is not: the user looks for a file that is not there.
    args = [str(tmp_path) if a == "PATH" else a for a in command]
    (tmp_path / "a.txt").write_text("Harbour\n\nThe harbour bridge reopened to traffic on Monday morning.\n")
    result = CliRunner().invoke(main, [*args, "--index", "/dev/null"])
    assert result.exit_code == 2
    assert result.stderr == (
        "indexer: error: not an index folder: /dev/null is a device: give --index a folder (a new one for a new index)\n"
    )


def test_a_signing_key_that_cannot_be_read_is_an_error_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `sudo -u other indexer ...` keeps HOME: the key under another user's folder was
    # "internal error: PermissionError" with a traceback hint. (A folder in the key's place
    # stands in for the unreadable file: the tests may run as root, who reads anything.)
    monkeypatch.setenv("INDEXER_KEY_FILE", str(tmp_path))
    (tmp_path / "a.txt").write_text("Harbour\n\nThe harbour bridge reopened to traffic on Monday morning.\n")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: cannot use your signing key {tmp_path}: Is a directory: check that folder's permissions "
        "(is HOME another user's?), or set INDEXER_KEY_FILE to a key file of your own\n"
    )


def test_the_api_root_answers_json_not_an_html_page(shipped_index: Path) -> None:
    # `curl http://127.0.0.1:8080/api` (a script finding its way) got an HTML error page.
    pytest.importorskip("flask")
    from indexer.cli import _message
    from indexer.web import create_app

    client = create_app(shipped_index, message=_message).test_client()
    for path in ("/api", "/api/nosuch"):
        response = client.get(path)
        assert (response.status_code, response.mimetype) == (404, "application/json")
        message = f"no such page: {path} is not in this API; its paths are listed at /api/openapi.json"
        assert response.get_json() == {"schema_version": 1, "error": {"type": "http", "message": message}}


def test_the_other_entity_setting_counts_the_articles_under_paths_by_file(tmp_path: Path) -> None:
    # A file indexed on its own, then its folder built with the other setting: the refusal said
    # "dropping all 1 of its articles: none is under PATHS", though the folder holds it.
    from indexer.pipeline import build

    folder = tmp_path / "news" / "sport"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Harbour\n\nThe harbour bridge reopened to traffic on Monday morning.\n")
    (tmp_path / "news" / "b.txt").write_text("Museum\n\nThe glacier museum opened in the valley on Sunday.\n")
    index = str(tmp_path / "idx")
    build([str(folder / "a.txt")], index, entities=False)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "news"), "--index", index])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: index at {index} was built without entities: add --no-entities to add to it, or give "
        "--rebuild to start it over with entities (every article of it is under PATHS); the index is unchanged\n"
    )


@pytest.mark.parametrize("host", ["999.1.1.1", ""])
def test_a_host_that_is_no_address_is_an_error_not_a_crash(shipped_index: Path, host: str) -> None:
    # `indexer serve --host 999.1.1.1` was "internal error: ValueError: Invalid host/port specified".
    pytest.importorskip("flask")
    result = CliRunner().invoke(main, ["serve", "--host", host, "--port", "0", "--index", str(shipped_index)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: cannot listen on {host!r}: not an address or host name of this computer: give --host "
        "127.0.0.1 (this computer only), --host 0.0.0.0 (every network) or one of its addresses\n"
    )
