"""An entity filter's value is read once (filters.filter_name) for what it filters, what its
hits highlight and what a filter that found nothing suggests: `--org 'H&amp;M'` (pasted from
HTML) found H&M's paragraphs but its snippets marked nothing, and a near miss suggested no name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import invoke
from tests.helpers import index_articles

TEXT = (
    "H&M closes stores in China\n\n"
    "The Swedish retailer H&M said on Monday it would close twenty stores in China after a boycott.\n\n"
    "Shares of H&M fell four percent in Stockholm trading on Tuesday.\n"
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_articles(tmp_path_factory.mktemp("hm"), {"hm.txt": TEXT})


@pytest.mark.parametrize("value", ["H&M", "H&amp;M", "=H&amp;M", "=H&M", " = H&#38;M "])
def test_the_hits_of_an_entity_filter_mark_its_name_however_typed(index: Path, value: str) -> None:
    code, out, err = invoke("search", "--org", value, "--index", str(index), "--json")
    assert code == 0, err
    hits = json.loads(out)["hits"]
    assert len(hits) == 3
    assert all("<em>H&M</em>" in h["snippet"] for h in hits), [h["snippet"] for h in hits]


def test_a_near_miss_typed_with_a_reference_is_told_the_name(index: Path) -> None:
    code, _, err = invoke("search", "--org", "H&amp;Mx", "--index", str(index))
    assert code == 1
    assert "indexer: note: no paragraph names an org 'H&amp;Mx' (did you mean H&M?)" in err


def test_filter_name_decodes_and_reads_the_exact_mark() -> None:
    from indexer.search.filters import filter_name

    assert filter_name("H&amp;M") == ("H&M", False)
    assert filter_name(" =H&amp;M") == ("H&M", True)
    assert filter_name("=") == ("", True)
    assert filter_name(" Tony Blair ") == (" Tony Blair ", False)  # its white space judged by check_value
