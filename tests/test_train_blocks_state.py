"""The random state of a whole retraining of the block model (`python -m eval.train_blocks
--random-state N`): other seeds for both stages and other inner folds, the shipped model's at 0,
so a change can be measured against a retraining's own noise."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from eval import extraction, train_blocks
from indexer import blocks as blockmodel


@pytest.fixture
def restore() -> Iterator[None]:
    saved = train_blocks.SEEDS, train_blocks.RANDOM_STATE
    yield None
    train_blocks.SEEDS, train_blocks.RANDOM_STATE = saved


def test_state_zero_is_the_shipped_models_draws(restore: None) -> None:
    train_blocks._use_seeds(3)
    assert train_blocks.SEEDS == (0, 1, 2)
    assert (train_blocks._salt("stack"), train_blocks._salt("lex")) == ("stack:", "lex:")
    assert "random_state" not in train_blocks._finish_spec({})


def test_other_states_draw_other_seeds_and_inner_folds(restore: None) -> None:
    train_blocks._use_seeds(3, 2)
    assert train_blocks.SEEDS == (6, 7, 8)
    train_blocks._use_seeds(1, 2)
    assert train_blocks.SEEDS == (2,)  # one ensemble: state N is seed N
    assert train_blocks._salt("stack") == "stack/2:"
    assert train_blocks._finish_spec({})["random_state"] == 2  # the model file says which draws


def test_bad_values_are_refused(restore: None) -> None:
    with pytest.raises(ValueError):
        train_blocks._use_seeds(0)
    with pytest.raises(ValueError):
        train_blocks._use_seeds(1, -1)


def _data() -> list[train_blocks.PageRows]:
    """Forty small pages of random feature rows, labelled by the first two features."""
    rng = random.Random(7)
    width = len(blockmodel.FEATURES)
    out = []
    for n in range(40):
        page = extraction.Page("wild", f"p{n}", "", f"site{n}.example", Path("none.txt"), Path("none.html"))
        rows = [[rng.random() for _ in range(width)] for _ in range(8)]
        labels = [int(r[0] + 0.3 * r[1] > 0.6) for r in rows]
        out.append(train_blocks.PageRows(page, rows, list(range(8)), labels, [1.0] * 8))
    return out


def test_a_state_gives_the_same_trees_every_time_and_another_state_others(restore: None) -> None:
    pytest.importorskip("sklearn", reason="retraining needs the train extra (scikit-learn)")
    data = _data()
    train_blocks._use_seeds(1, 0)
    first = train_blocks.fit_stage(data).to_dict()
    assert train_blocks.fit_stage(data).to_dict() == first
    train_blocks._use_seeds(1, 1)
    assert train_blocks.fit_stage(data).to_dict()["trees"] != first["trees"]


def test_the_option_sets_the_state(restore: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train_blocks, "tuning_pool", lambda: [])
    with pytest.raises(SystemExit):  # no corpora: exits after reading the options
        train_blocks.main(["--cv", "--seeds", "2", "--random-state", "3"])
    assert (train_blocks.RANDOM_STATE, train_blocks.SEEDS) == (3, (6, 7))
