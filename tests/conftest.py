from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "source" / "rferl-uyghur-diaspora-2021.txt"
CORPUS = REPO.parent / "shared" / "corpus"

# Hermetic: the tests' indexes are signed with a key of their own, not the user's (trust.py);
# set before any test runs, so `indexer` processes the tests start use it too.
# XDG_CONFIG_HOME too, for the tests that start `indexer` without INDEXER_* variables.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="indexer-test-config-")
os.environ["INDEXER_KEY_FILE"] = str(Path(os.environ["XDG_CONFIG_HOME"]) / "indexer" / "index-key")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="indexer-test-cache-")
# Removed when the run ends (each run left two folders in the temp directory).
for _home in (os.environ["XDG_CONFIG_HOME"], os.environ["XDG_CACHE_HOME"]):
    atexit.register(shutil.rmtree, _home, ignore_errors=True)


def invoke(*args: str) -> tuple[int, str, str]:
    """`indexer ARGS` run in this process by click's CliRunner: (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    from indexer.cli import main

    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


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


# A test marked `linear` feeds a pattern or a search the inputs that make a backtracking regex
# blow up (long runs of one letter, of spaces, of a repeated word). It asserts no time: a wall
# clock on a small shared machine is noise. A blow-up runs for minutes to hours, so pytest-timeout
# ends such a test after LINEAR_GUARD_S and fails it; a linear one takes milliseconds.
LINEAR_GUARD_S = 120


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each test marked `linear` pytest-timeout's guard (LINEAR_GUARD_S seconds)."""
    for item in items:
        if item.get_closest_marker("linear") is not None and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(LINEAR_GUARD_S))
