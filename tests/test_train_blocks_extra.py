"""More labelled corpora for the block model's training (`python -m eval.train_blocks --extra DIR`):
their tuning pages join the training data, their held-out sites stay out, and the model file
says what it was trained on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval import train_blocks


def _corpus(root: Path) -> Path:
    """A corpus in extraction-wild's layout: a page of a tuning site, one of a held-out site
    (club-news.example: sha1 % 5 == 0) and one without a host (held out too)."""
    pages = {
        "garden": "https://www.allotment-notes.example/2025/leeks",
        "club": "https://club-news.example/agm",
        "nohost": "",
    }
    (root / "pages_txt").mkdir(parents=True)
    truth = {}
    for name, url in pages.items():
        (root / "pages_txt" / f"{name}.txt").write_text("Leeks\n\nWe planted the leeks in May.\n", encoding="utf-8")
        truth[name] = {"url": url, "with": ["We planted the leeks"], "without": []}
    (root / "expected.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


@pytest.fixture
def no_extra() -> object:
    saved = list(train_blocks.EXTRA_PAGES), list(train_blocks.EXTRA_NAMES)
    train_blocks.EXTRA_PAGES.clear()
    train_blocks.EXTRA_NAMES.clear()
    yield None
    train_blocks.EXTRA_PAGES[:], train_blocks.EXTRA_NAMES[:] = saved


def test_only_the_tuning_sites_of_an_extra_corpus_train(tmp_path: Path, no_extra: object) -> None:
    corpus = _corpus(tmp_path / "mine")
    assert train_blocks.use_extra([corpus]) == 1
    [page] = train_blocks.EXTRA_PAGES
    assert (page.page_id, page.host, page.corpus) == ("garden", "allotment-notes.example", "wild")
    assert train_blocks.EXTRA_NAMES == ["mine: 1 pages"]
    pool = train_blocks.tuning_pool()
    assert pool.count(page) == 1 and pool[-1] is page  # after the scored corpora's pages
    assert train_blocks._finish_spec({})["extra_corpora"] == ["mine: 1 pages"]


def test_a_model_without_extra_corpora_says_nothing_of_them(no_extra: object) -> None:
    assert "extra_corpora" not in train_blocks._finish_spec({})
