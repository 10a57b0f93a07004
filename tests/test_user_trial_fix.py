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
    ],
)
def test_an_impossible_date_says_what_is_wrong_with_it(shipped_index: Path, query: str, message: str) -> None:
    result = CliRunner().invoke(main, ["search", query, "--index", str(shipped_index)])
    assert result.exit_code == 2
    assert result.stderr == f"indexer: error: {message}\n"
