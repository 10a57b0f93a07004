"""`indexer parse` in worker processes (pipeline.parse_paths `workers`): the same articles, the
same errors, in the files' order, as in one process; and the block model's numpy trees."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest

from indexer import blocks, pipeline
from indexer.render import article_to_json

from tests.conftest import invoke

PROSE = (
    "The council met on Tuesday to discuss the new budget for the city's schools. Members said "
    "that the plan would be put to a vote next month, after a period of public consultation."
)
CHROME = "Home\nNews\nSport\nWeather\nContact us\n\nSubscribe to our newsletter\n\nShare this article"


def _pages(folder: Path, n: int) -> list[Path]:
    """`n` plain-text pages of chrome and prose (the block model decides them), a binary file
    and an empty one among them: the errors a folder's parse reports and goes on after."""
    folder.mkdir()
    rng = random.Random(13)
    paths = []
    for i in range(n):
        paras = [f"Headline number {i} of the day", CHROME] + [PROSE] * rng.randint(1, 4) + [CHROME]
        path = folder / f"page{i:02d}.txt"
        path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        paths.append(path)
    (folder / "page03b.txt").write_bytes(b"\x00\x01binary\x00")
    (folder / "page07b.txt").write_text("", encoding="utf-8")
    return paths


def _parsed(folder: Path, workers: int) -> tuple[list[object], list[str]]:
    errors: list[str] = []
    articles = pipeline.parse_paths(
        folder, entities=False, workers=workers, on_error=lambda ref, exc: errors.append(f"{ref.where}: {exc}")
    )
    return [article_to_json(a) for a in articles], errors


@pytest.mark.parametrize("fork", [True, False])
def test_parallel_parse_equals_serial_in_order_with_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fork: bool
) -> None:
    """Two worker processes give the very articles and errors of one process, in the files'
    order (chunks come back in any order; the bad files sit between good ones): forked from
    this process, and spawned, as in a process that runs threads."""
    from indexer import parallel

    if fork and not parallel.fork_is_safe():
        pytest.skip("this process cannot fork its workers (no fork, or other threads running)")
    monkeypatch.setattr(parallel, "fork_is_safe", lambda: fork)
    _pages(tmp_path / "pages", 20)
    serial, serial_errors = _parsed(tmp_path / "pages", 0)
    parallel, parallel_errors = _parsed(tmp_path / "pages", 2)
    assert len(serial) == 20 and len(serial_errors) == 2
    ids = [a["article"]["id"] for a in serial]  # type: ignore[index]
    assert ids == sorted(ids) and ids[0].endswith("page00.txt")
    assert parallel == serial
    assert parallel_errors == serial_errors


def test_parallel_parse_without_on_error_raises_the_bad_files_error(tmp_path: Path) -> None:
    from indexer.errors import SourceError

    _pages(tmp_path / "pages", 6)
    with pytest.raises(SourceError, match="binary file"):
        list(pipeline.parse_paths(tmp_path / "pages", entities=False, workers=2))


def test_cli_parse_workers_same_output_and_warnings(tmp_path: Path) -> None:
    _pages(tmp_path / "pages", 10)
    one = invoke("parse", str(tmp_path / "pages"), "--no-entities", "--jsonl", "--workers", "0")
    two = invoke("parse", str(tmp_path / "pages"), "--no-entities", "--jsonl", "--workers", "2")
    assert one == two
    assert one[0] == 2 and one[1].count("\n") == 12  # bad files: exit 2, the rest printed, 2 error records
    assert one[2].count("indexer: error:") == 2


def test_parse_workers_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """2 processes from PARSE_PARALLEL_MIN_FILES files on a machine with 2 cores or more; none
    for fewer files or on one core; a number given is taken as it is."""
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    at = pipeline.PARSE_PARALLEL_MIN_FILES
    assert pipeline.parse_workers(None, at - 1) == 0
    assert pipeline.parse_workers(None, at) == 2
    assert pipeline.parse_workers(0, 10_000) == 0
    assert pipeline.parse_workers(3, 1) == 3
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 1)
    assert pipeline.parse_workers(None, 10_000) == 0


def test_parse_help_states_the_default() -> None:
    code, out, _ = invoke("parse", "--help")
    assert code == 0 and f"{pipeline.PARSE_PARALLEL_MIN_FILES} files or more" in " ".join(out.split())


def _reference_leaves(model: blocks.BlockModel, rows: list[list[float]]) -> list[list[float]]:
    """Each row's leaf value in each tree, walked one row and one tree at a time as
    scikit-learn does (float32 features against float64 thresholds)."""
    import numpy as np

    out = []
    for row in rows:
        x = np.asarray(row, dtype=np.float32)
        leaves = []
        for feature, threshold, left, right, value in model.trees:
            node = 0
            while left[node] != -1:
                node = left[node] if float(x[feature[node]]) <= threshold[node] else right[node]
            leaves.append(value[node])
        out.append(leaves)
    return out


def test_numpy_trees_reach_the_leaves_of_the_tree_walk() -> None:
    """The flat numpy walk (nodes renumbered breadth first) ends on the same leaf of every tree
    as the plain walk, on rows whose features sit exactly on thresholds, a float32 hair from
    them, and at random; and its probabilities are the sum of those leaves in tree order."""
    import numpy as np

    model = blocks.default_model()
    if model is None:
        pytest.skip("no shipped block model")
    rng = random.Random(5)
    width = len(blocks.FEATURES)
    thresholds = [t for _, thr, left, _, _ in model.trees for t, lc in zip(thr, left) if lc != -1]
    rows = []
    for _ in range(60):
        row = [rng.choice(thresholds) for _ in range(width)]
        rows.append(row)
        rows.append([float(np.nextafter(np.float32(v), np.float32(math.inf))) for v in row])
        rows.append([rng.uniform(-2, 10) for _ in range(width)])
    feat, thr, child, value, roots, depth = model._flat()
    x = np.asarray(rows, dtype=np.float32).astype(np.float64)
    node = np.broadcast_to(roots, (len(rows), roots.shape[0])).copy()
    for _ in range(depth):
        node = child[node] + ~(x.ravel()[(np.arange(len(rows)) * width)[:, None] + feat[node]] <= thr[node])
    leaves = value[node]
    assert leaves.tolist() == _reference_leaves(model, rows)
    raw = model.init + model.rate * leaves.sum(axis=1)
    assert model.stage_probabilities(rows) == (1.0 / (1.0 + np.exp(-np.clip(raw, -700, 700)))).tolist()


def _index_content(index: Path) -> tuple[list[str], list[str]]:
    """Every stored paragraph and every article's record (as JSON, sorted): the index's content."""
    import dataclasses
    import json

    from indexer.store import open_searcher, read_manifest

    ix, _, searcher = open_searcher(index)
    try:
        docs = sorted(json.dumps(dict(d), sort_keys=True, default=str) for d in searcher.all_stored_fields())
    finally:
        searcher.close()
        ix.close()
    records = read_manifest(index).articles
    return docs, [json.dumps(dataclasses.asdict(records[a]), sort_keys=True, default=str) for a in sorted(records)]


def test_build_segments_in_workers_into_the_same_index(tmp_path: Path) -> None:
    """A build segments its pages in worker processes as `parse` does (2 from
    PARSE_PARALLEL_MIN_FILES pages on, --workers N): the index holds what one process writes,
    skips and warnings included."""
    _pages(tmp_path / "pages", pipeline.PARSE_PARALLEL_MIN_FILES)
    (tmp_path / "pages" / "saved.html").write_text(
        "<html><head><title>Saved page</title></head><body><nav>Home | News</nav><article><h1>Saved page</h1>"
        f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>",
        encoding="utf-8",
    )
    summaries = [
        pipeline.build([str(tmp_path / "pages")], str(tmp_path / f"idx{n}"), entities=False, workers=n) for n in (0, 2)
    ]
    assert _index_content(tmp_path / "idx0") == _index_content(tmp_path / "idx2")
    one, two = summaries
    assert (one.added, one.paragraphs, one.warnings) == (two.added, two.paragraphs, two.warnings)
    assert [s.reason for s in one.skipped] == [s.reason for s in two.skipped] and len(one.skipped) == 2


def test_build_parse_workers_by_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's segmenting workers: parse's rule (2 from PARSE_PARALLEL_MIN_FILES pages on)."""
    from indexer import pipeline as p

    monkeypatch.setattr(p.os, "cpu_count", lambda: 4)
    assert p.parse_workers(None, p.PARSE_PARALLEL_MIN_FILES - 1) == 0
    assert p.parse_workers(None, p.PARSE_PARALLEL_MIN_FILES) == 2
    assert p.parse_workers(3, 1) == 3 and p.parse_workers(0, 10_000) == 0
