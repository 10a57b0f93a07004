"""`indexer build --strict` lists every file it cannot read, not the first (a new user's trial:
5 bad files among 2,000 took five builds to find, one a build), and writes nothing: the index
stays as it was, readable, including when the failure comes while the writer is open (no
partial commit) and with tagging processes (--workers). Files of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer import pipeline
from indexer.errors import SourceError, UnreadableFilesError
from indexer.pipeline import build
from indexer.search import search
from tests.conftest import invoke
from tests.helpers import write_corpus

BINARY_BYTES = bytes(range(256)) * 4


def _index_files(index: Path) -> dict[str, bytes]:
    """Every file of an index but its lock: a failed build must leave all of them as they were."""
    return {p.name: p.read_bytes() for p in sorted(index.iterdir()) if p.name != ".indexer-build.lock"}


def _article_ids(index: Path) -> list[tuple[str, str, int]]:
    """(id, title, paragraphs) of each article, as `indexer stats --articles --json` lists them."""
    code, out, err = invoke("stats", "--index", str(index), "--articles", "--json")
    assert code == 0, err
    return [(a["id"], a["title"], a["paragraphs"]) for a in json.loads(out)["article_list"]]


def _folder_with_two_bad_files(tmp_path: Path) -> tuple[Path, Path, Path]:
    news = tmp_path / "news"
    write_corpus(news, 4, paragraphs=2)
    binary, blank = news / "b-binary.txt", news / "c-blank.txt"
    binary.write_bytes(BINARY_BYTES)  # a binary file named .txt
    blank.write_text("  \n\n \t\n", encoding="utf-8")  # white space only: an empty file
    return news, binary, blank


def test_strict_lists_every_bad_file_and_leaves_the_index_as_it_was(tmp_path: Path) -> None:
    news, binary, blank = _folder_with_two_bad_files(tmp_path)
    idx = tmp_path / "idx"
    assert invoke("build", str(news), "--index", str(idx), "--no-entities")[0] == 0
    before, ids = _index_files(idx), _article_ids(idx)
    assert len(ids) == 4
    (news / "article-00001.txt").write_text("Changed title\n\nA new paragraph of text, said officials.\n")
    write_corpus(news, 1, seed=3, prefix="added")  # a new article too: the build has things to write

    code, out, err = invoke("build", str(news), "--index", str(idx), "--no-entities", "--strict")
    assert (code, out) == (2, "")
    errors = [line for line in err.splitlines() if line.startswith("indexer: error: ")]
    assert errors[0].startswith(f"indexer: error: binary file: {binary}: ")
    assert errors[1] == f"indexer: error: empty file: {blank}: nothing to index"
    assert errors[2] == (
        "indexer: error: 2 files cannot be read or indexed; nothing was written, the index is unchanged: "
        "fix or remove them, or build without --strict to skip them"
    )
    assert len(errors) == 3 and err.endswith(errors[2] + "\n")
    assert _index_files(idx) == before and _article_ids(idx) == ids  # nothing lost, nothing half-written
    assert search("officials", str(idx)).total > 0  # and it still opens


def test_the_library_raises_one_error_with_every_path(tmp_path: Path) -> None:
    news, binary, blank = _folder_with_two_bad_files(tmp_path)
    with pytest.raises(UnreadableFilesError) as caught:
        build([str(news)], str(tmp_path / "idx"), entities=False, strict=True)
    exc = caught.value
    assert isinstance(exc, SourceError)
    assert exc.paths == (str(binary), str(blank))
    assert [e.message.split(":")[0] for e in exc.errors] == ["binary file", "empty file"]
    text = str(exc).splitlines()
    assert text[0].startswith(f"binary file: {binary}") and text[1].startswith(f"empty file: {blank}")
    assert text[2].startswith("2 files cannot be read or indexed") and "strict=True" in text[2]


def test_named_and_found_bad_paths_are_listed_together_and_no_index_is_made(tmp_path: Path) -> None:
    news, binary, blank = _folder_with_two_bad_files(tmp_path)
    named = tmp_path / "named.txt"
    named.write_bytes(BINARY_BYTES)
    (news / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n")  # a document found by its name
    idx = tmp_path / "idx"
    code, _, err = invoke("build", str(named), str(tmp_path / "missing"), str(news), "--index", str(idx), "--strict")
    assert code == 2
    for path in (named, tmp_path / "missing", binary, blank, news / "report.pdf"):
        assert f"{path}" in err, path
    assert "5 paths cannot be read or indexed; nothing was written" in err.splitlines()[-1]
    assert not idx.exists()  # refused before the index folder is made


def test_a_long_list_is_cut_unless_verbose(tmp_path: Path) -> None:
    news = tmp_path / "news"
    write_corpus(news, 1, paragraphs=2)
    n = UnreadableFilesError.LISTED + 3
    for i in range(n):
        (news / f"bad-{i:02d}.txt").write_bytes(BINARY_BYTES)
    build_it = ["build", str(news), "--index", str(tmp_path / "idx"), "--no-entities", "--strict"]
    code, _, err = invoke(*build_it)
    lines = [line for line in err.splitlines() if line.startswith("indexer: error: ")]
    assert code == 2 and len(lines) == UnreadableFilesError.LISTED + 2
    assert lines[-2] == "indexer: error: ... and 3 more (--verbose lists every one)"
    assert lines[-1].startswith(f"indexer: error: {n} files cannot be read")
    code, _, err = invoke(*build_it, "--verbose")
    assert code == 2 and sum(line.startswith("indexer: error: binary file") for line in err.splitlines()) == n


def test_a_file_unreadable_while_writing_cancels_the_commit_with_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file that passed the first pass and fails the second (changed between them) is found
    # with the writer open and tagging processes running: the commit is cancelled.
    news = tmp_path / "news"
    write_corpus(news, 3, paragraphs=2)
    idx = tmp_path / "idx"
    build([str(news)], str(idx), workers=0)
    before = _index_files(idx)
    for name in ("article-00000.txt", "article-00002.txt"):
        (news / name).write_text("Changed\n\nThe zephyrine board met again on Tuesday, officials said.\n")
    parse_ref = pipeline.parse_ref

    def failing(ref: pipeline.SourceRef, *args: object, **kwargs: object) -> pipeline.Article:
        if ref.path.name == "article-00002.txt":
            raise SourceError(f"binary file: {ref.where}: changed since the first pass")
        return parse_ref(ref, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse_ref", failing)
    # Segmented here, where parse_ref is patched (--workers N sets the segmenting processes too).
    monkeypatch.setattr(pipeline, "parse_workers", lambda workers, n: 0)
    with pytest.raises(UnreadableFilesError) as caught:
        build([str(news)], str(idx), strict=True, workers=1)
    assert caught.value.paths == (str(news / "article-00002.txt"),)
    assert _index_files(idx) == before
    assert search("zephyrine", str(idx)).total == 0 and search("officials", str(idx)).total > 0


def test_without_strict_nothing_changes(tmp_path: Path) -> None:
    news, binary, blank = _folder_with_two_bad_files(tmp_path)
    code, _, err = invoke("build", str(news), "--index", str(tmp_path / "idx"), "--no-entities")
    assert code == 0
    assert f"indexer: warning: skipped binary file: {binary}" in err
    assert f"indexer: warning: skipped empty file: {blank}: nothing to index" in err
    assert "4 articles" in err.splitlines()[-1] and ", 2 skipped;" in err.splitlines()[-1]
