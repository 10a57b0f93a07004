"""CSV for spreadsheets: scraped text that begins like a formula is written as text (trial4: a
page's "=HYPERLINK(...)" and "=cmd|..." paragraphs came out as live formulas in `--csv` and in
`/api/search.csv`)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from indexer.render import spreadsheet_safe
from tests.conftest import invoke as cli

PAGE = (
    "Council budget row\n\n"
    '=HYPERLINK("http://example.com/x","Click for the council budget")\n\n'
    "+44 20 7946 0000 is the council number that residents called about the budget.\n\n"
    "-10% is what the council budget lost this year, the treasurer of the council said.\n\n"
    "@council replied on social media that the budget would be published in full.\n\n"
    "The council budget was debated for three hours on Tuesday evening, members said.\n"
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("csvpage")
    (folder / "council.txt").write_text(PAGE, encoding="utf-8")
    code, _, err = cli("build", str(folder), "--index", str(folder / "idx"), "--no-entities")
    assert code == 0, err
    return folder / "idx"


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-10%", "'-10%"),
        ("@council", "'@council"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("The council", "The council"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_a_cell_beginning_with_a_formula_character_is_text(cell: str, shown: str) -> None:
    assert spreadsheet_safe(cell) == shown


def test_csv_output_writes_formula_like_paragraphs_as_text(index: Path) -> None:
    code, out, err = cli("search", "council", "--csv", "--fields", "paragraph,text", "--index", str(index))
    assert code == 0, err
    texts = {int(row[0]): row[1] for row in list(csv.reader(io.StringIO(out)))[1:]}
    assert texts[2].startswith("'=HYPERLINK(") and texts[3].startswith("'+44 ")
    assert texts[4].startswith("'-10%") and texts[5].startswith("'@council")
    assert texts[6].startswith("The council")


def test_jsonl_keeps_the_exact_text(index: Path) -> None:
    code, out, _ = cli("search", "council", "--jsonl", "--fields", "text", "--index", str(index))
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    assert code == 0 and any(t.startswith("=HYPERLINK(") for t in texts)
