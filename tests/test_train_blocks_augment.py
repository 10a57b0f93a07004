"""Rule-blind copies for the block model's training (`python -m eval.train_blocks --augment W`):
the blocks the rules decided for certain, seen as if no rule had fired."""

from __future__ import annotations

from eval import train_blocks
from indexer import blocks as blockmodel


def test_rule_blind_neutralises_the_rules_verdict_on_the_block_only() -> None:
    row = [float(k + 7) for k in range(len(blockmodel.FEATURES))]
    blind = train_blocks.rule_blind(row)
    changed = {blockmodel.FEATURES[k] for k, (a, b) in enumerate(zip(row, blind, strict=True)) if a != b}
    assert changed == {
        "rule_kind",
        "rule_keep",
        "signal",
        "tail",
        "teaser_list",
        *(f"reason_{name}" for name, _ in blockmodel._REASON_FAMILIES),
    }
    at = blockmodel.FEATURES.index
    assert blind[at("rule_kind")] == blockmodel.KIND_CODES["body"]
    assert blind[at("rule_keep")] == 1.0
    assert blind[at("signal")] == 0.0
    # the neighbours' verdicts and the block's own text stay
    assert blind[at("n-1_signal")] == row[at("n-1_signal")]
    assert blind[at("log_words")] == row[at("log_words")]
    assert row[at("signal")] == float(at("signal") + 7)  # a copy: the row itself is untouched


def test_augment_is_off_unless_asked() -> None:
    assert train_blocks.AUGMENT == 0.0
    saved = train_blocks.AUGMENT
    try:
        train_blocks._use_augment(0.5)
        assert train_blocks.AUGMENT == 0.5
    finally:
        train_blocks._use_augment(saved)
