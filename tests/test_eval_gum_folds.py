"""`python -m eval.gum --cv-folds DIR`: bad input is a one-line error with exit 2 (hermetic:
both checks come before any GUM document or model is read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval import gum


def test_missing_fold_models_are_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "fold-1.bin").write_bytes(b"")
    assert gum.main(["--cv-folds", str(tmp_path), "--no-own-gold"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "fold-2.bin" in err and "--save-folds" in err


def test_fold_models_score_tuning_documents_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert gum.main(["--cv-folds", str(tmp_path), "--split", "heldout"]) == 2
    assert "tuning documents only" in capsys.readouterr().err
