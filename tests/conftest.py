from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "source" / "rferl-uyghur-diaspora-2021.txt"
CORPUS = REPO.parent / "shared" / "corpus"


def corpus_dir(name: str) -> Path:
    path = CORPUS / name
    if not path.is_dir():
        pytest.skip(f"needs the shared corpus at {path} (absent here)")
    return path


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    """A folder holding a copy of the shipped article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SHIPPED, folder / SHIPPED.name)
    return folder


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped article indexed without entities (fast), shared read-only by tests."""
    from indexer.pipeline import build

    index = tmp_path_factory.mktemp("idx") / "index"
    build([str(SHIPPED)], str(index), entities=False)
    return index
