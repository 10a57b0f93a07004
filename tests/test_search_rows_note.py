"""`--csv` and `--jsonl` write a page of rows (`-n 10` by default): a script writing them to a
file got the first 10 of 19 matching paragraphs and was not told (a new user's finding). Now a
note on stderr says how many were written and the `-n` that writes them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import invoke
from tests.helpers import index_news_folder

_PARAGRAPH = "The harbour board met on {day} to discuss the swing bridge, its ferry and the cost of repairs."


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Path:
    days = [f"day {n}" for n in range(13)]
    text = "Harbour board minutes\n\n" + "\n\n".join(_PARAGRAPH.format(day=d) for d in days) + "\n"
    return index_news_folder(tmp_path_factory.mktemp("rows"), {"minutes.txt": text})


@pytest.mark.parametrize("fmt", ["--csv", "--jsonl"])
def test_a_page_of_rows_says_how_many_match_and_how_to_write_all(harbour: Path, fmt: str) -> None:
    code, out, err = invoke("search", "swing bridge", fmt, "--index", str(harbour))
    assert code == 0
    rows = out.strip().splitlines()
    assert len(rows) == (11 if fmt == "--csv" else 10)  # (the CSV's header row)
    assert "indexer: note: 10 of 13 matching paragraphs written (-n 10); -n 13 writes every one" in err
    code, out, err = invoke("search", "swing bridge", fmt, "-n", "13", "--index", str(harbour))
    assert code == 0 and "note" not in err


def test_a_later_page_says_which_rows_it_holds(harbour: Path) -> None:
    code, _, err = invoke("search", "swing bridge", "--jsonl", "--offset", "4", "-n", "5", "--index", str(harbour))
    assert code == 0
    assert "indexer: note: rows 5-9 of 13 matching paragraphs written (-n 5); -n 9 writes the rest" in err
    code, _, err = invoke("search", "swing bridge", "--jsonl", "--offset", "10", "--index", str(harbour))
    assert code == 0 and "note" not in err  # the last page: nothing left
