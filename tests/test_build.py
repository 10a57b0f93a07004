"""Incremental builds through the library: what is re-read, updated, pruned and skipped."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.errors import SourceError
from indexer.pipeline import build
from indexer.schema import INDEX_FORMAT_VERSION
from indexer.search import search
from indexer.store import MANIFEST_NAME, read_manifest
from tests.helpers import without_progress, write_corpus


def test_incremental_build_adds_updates_and_prunes(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    paths = write_corpus(corpus, 5)
    first = build([str(corpus)], str(index), entities=False)
    assert (first.added, first.updated, first.unchanged, first.removed) == (5, 0, 0, 0)
    assert first.total_paragraphs == 5 * 7  # title + 6 paragraphs each

    again = build([str(corpus)], str(index), entities=False)
    assert (again.added, again.updated, again.unchanged, again.removed, again.paragraphs) == (0, 0, 5, 0, 0)

    paths[1].write_text("Changed title\n\nA zeppelin appeared over the harbour, witnesses said.\n", encoding="utf-8")
    paths[2].unlink()
    write_corpus(corpus / "more", 1, seed=99)
    third = build([str(corpus)], str(index), entities=False)
    assert (third.added, third.updated, third.unchanged, third.removed) == (1, 1, 3, 1)
    assert search("zeppelin", str(index)).total == 1
    assert search("Report 2", str(index), limit=100).total == 0 or all(
        h.article_id != "corpus/article-00002.txt" for h in search("Report", str(index), limit=100).hits
    )
    ids = set(read_manifest(index).articles)
    assert "corpus/article-00002.txt" not in ids and "corpus/more/article-00000.txt" in ids


def test_touching_a_file_without_changing_it_rereads_nothing(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    paths = write_corpus(corpus, 3)
    build([str(corpus)], str(index), entities=False)
    os.utime(paths[0], (1, 1))
    summary = build([str(corpus)], str(index), entities=False)
    assert (summary.unchanged, summary.updated, summary.paragraphs) == (3, 0, 0)
    assert read_manifest(index).articles["corpus/article-00000.txt"].mtime_ns == 1_000_000_000


def test_prune_only_touches_articles_of_the_paths_given(tmp_path: Path) -> None:
    a, b, index = tmp_path / "a", tmp_path / "b", tmp_path / "idx"
    write_corpus(a, 2)
    write_corpus(b, 2, seed=3, prefix="other")
    build([str(a)], str(index), entities=False)
    summary = build([str(b)], str(index), entities=False)
    assert summary.total_articles == 4  # a's articles stay: b's build does not prune them
    (b / "other-00001.txt").unlink()
    kept = build([str(b)], str(index), entities=False, prune=False)
    assert kept.removed == 0 and kept.total_articles == 4
    pruned = build([str(b)], str(index), entities=False)
    assert pruned.removed == 1 and pruned.total_articles == 3


def test_a_file_or_a_glob_given_keeps_its_folders_other_articles(tmp_path: Path) -> None:
    # `build news`, then `build news/001.txt` to re-index a corrected article removed the folder's
    # other articles (their files still there): a file or a glob is no scan of its folder. A file
    # of that folder that is gone still goes.
    news, index = tmp_path / "news", str(tmp_path / "idx")
    write_corpus(news, 4)
    build([str(news)], index, entities=False)
    (news / "article-00000.txt").write_text("Officials said the corrected figures were final.\n")
    one = build([str(news / "article-00000.txt")], index, entities=False)
    assert (one.updated, one.removed, one.total_articles) == (1, 0, 4)
    globbed = build([str(news / "article-0000[01].txt")], index, entities=False)
    assert (globbed.removed, globbed.total_articles) == (0, 4)
    (news / "article-00003.txt").unlink()
    again = build([str(news / "article-00001.txt")], index, entities=False)
    assert (again.removed, again.total_articles) == (1, 3)


def test_a_folder_given_prunes_what_it_no_longer_holds_whatever_folder_built_it(tmp_path: Path) -> None:
    # `mv y/news y/renamed`, then `build y`: the articles recorded under y/news stayed beside
    # their copies under y/renamed (every hit twice), as y/news was not the folder given. The
    # same content under a new path, the old file gone: moved, not re-read and re-tagged.
    y, index = tmp_path / "y", str(tmp_path / "idx")
    write_corpus(y / "news", 2)
    build([str(y / "news")], index, entities=False)
    (y / "news").rename(y / "renamed")
    summary = build([str(y)], index, entities=False)
    assert (summary.added, summary.renamed, summary.removed, summary.total_articles) == (0, 2, 0, 2)


def test_rebuild_starts_over_and_switches_generation(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 3)
    build([str(corpus)], str(index), entities=False)
    before = read_manifest(index).index_name
    summary = build([str(corpus)], str(index), entities=False, rebuild=True)
    after = read_manifest(index).index_name
    assert summary.added == 3 and before != after
    # The old generation's files are gone; only the live one, the manifest and its lock remain.
    names = {p.name for p in index.iterdir()}
    assert not any(n.startswith((f"{before}_", f"_{before}_")) for n in names)
    assert search("officials", str(index)).total == 18


def _mark_written_by_an_older_version(index: Path, **versions: int) -> None:
    """Set the manifest's format_version / analyzer_version, as an older release wrote them."""
    manifest = json.loads((index / MANIFEST_NAME).read_text())
    manifest.update(versions)
    (index / MANIFEST_NAME).write_text(json.dumps(manifest))


def test_an_index_of_format_2_asks_for_a_rebuild(tmp_path: Path) -> None:
    from indexer.schema import ANALYZER_VERSION

    # Format 2 stored fields as pickles, with Whoosh's own codec: never opened, rebuilt.
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 2)
    build([str(corpus)], str(index), entities=False)
    _mark_written_by_an_older_version(index, format_version=2)
    result = CliRunner().invoke(main, ["search", "officials", "--index", str(index)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: index at {index} uses an older format (format 2, analyzers {ANALYZER_VERSION}): "
        f"rebuild it with 'indexer build {corpus} --rebuild --no-entities --index {index}'\n"
    )


def test_older_index_version_is_rebuilt_with_a_message(tmp_path: Path) -> None:
    from indexer.schema import ANALYZER_VERSION

    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 2)
    build([str(corpus)], str(index), entities=False)
    _mark_written_by_an_older_version(index, analyzer_version=0)
    result = CliRunner().invoke(main, ["search", "officials", "--index", str(index)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: index at {index} uses older analyzers (version 0; this indexer's are {ANALYZER_VERSION}) "
        f"in format {INDEX_FORMAT_VERSION}: rebuild it with 'indexer build {corpus} --rebuild --no-entities --index {index}'\n"
    )
    rebuilt = CliRunner().invoke(main, ["build", str(corpus), "--index", str(index), "--no-entities"])
    assert rebuilt.exit_code == 0
    assert "uses older analyzers" in rebuilt.stderr and "rebuilding it now" in rebuilt.stderr
    assert "2 added" in rebuilt.stderr
    assert CliRunner().invoke(main, ["search", "officials", "--index", str(index)]).exit_code == 0


def test_unreadable_files_in_a_folder_are_skipped_and_counted(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 2)
    (corpus / "zz-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "zz-empty.md").write_text("")
    os.symlink(corpus, corpus / "loop")  # a symlink loop must not make the walk endless
    result = CliRunner().invoke(main, ["build", str(corpus), "--index", str(index), "--no-entities"])
    assert result.exit_code == 0
    assert f"indexer: warning: skipped binary file: {corpus / 'zz-binary.txt'}" in result.stderr
    assert f"indexer: warning: skipped empty file: {corpus / 'zz-empty.md'}" in result.stderr
    assert "(2 added, 0 updated, 0 unchanged, 0 removed, 2 skipped;" in result.stderr
    strict = CliRunner().invoke(
        main, ["build", str(corpus), "--index", str(index), "--no-entities", "--strict", "--rebuild"]
    )
    assert strict.exit_code == 2
    assert without_progress(strict.stderr).startswith("indexer: error: binary file:")
    assert search("officials", str(index)).total == 12  # the strict failure changed nothing


# A file vanishing during a build: tests/test_bad_inputs.py (message, summary, exit code).


def test_named_bad_file_fails_before_anything_is_written(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 2)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 10)
    with pytest.raises(SourceError, match="binary file"):
        build([str(corpus), str(bad)], str(index), entities=False)
    assert not index.exists()


def test_fifty_megabyte_file_is_skipped_with_a_reason(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 1)
    with open(corpus / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    summary = build([str(corpus)], str(tmp_path / "idx"), entities=False)
    assert summary.added == 1
    assert [s.reason for s in summary.skipped] == [
        f"file too large: {corpus / 'huge.txt'} is 50 MB (limit 20 MB): split it or leave it out"
    ]


def test_html_and_markdown_and_latin1_are_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.md").write_text(
        "# A markdown title\n\nThe glacier retreated quickly this year, scientists said.\n"
    )
    (corpus / "old.txt").write_bytes(
        "Caf\xe9 title\n\nThe caf\xe9 in Z\xfcrich closed its doors, owners said.\n".encode("cp1252")
    )
    summary = build([str(corpus)], str(tmp_path / "idx"), entities=False)
    assert summary.added == 2
    assert any("not valid UTF-8" in w and "Windows-1252" in w for w in summary.warnings)
    hit = search("Zürich", str(tmp_path / "idx")).hits[0]
    assert "café in Zürich" in hit.text
    assert search("glacier", str(tmp_path / "idx")).total == 1


def test_typos_and_patterns_find_words_added_by_an_incremental_build(tmp_path: Path) -> None:
    # Real words live in a word list beside the index, not in its postings: an update must
    # extend the list, and a rebuild must start a new one with its generation.
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 3)
    build([str(corpus)], str(index), entities=False)
    assert search("zeppelins~1", str(index), fallback=False).total == 0
    (corpus / "new.txt").write_text(
        "Airships\n\nTwo zeppelins crossed the harbour at dawn, witnesses said.\n", encoding="utf-8"
    )
    build([str(corpus)], str(index), entities=False)
    assert search("zepelins~1", str(index), fallback=False).total == 1
    assert search("zeppel*", str(index), fallback=False).total == 1
    assert search("zep?elins", str(index), fallback=False).total == 1
    assert search("zeppelinz", str(index)).suggestion == "zeppelins"
    old = read_manifest(index).index_name
    build([str(corpus)], str(index), entities=False, rebuild=True)
    live = read_manifest(index).index_name
    words = read_manifest(index).words_file
    assert live != old and words.startswith(f"{live}.") and (index / words).is_file()
    assert not list(index.glob(f"{old}.*words"))
    assert search("zeppel*", str(index), fallback=False).total == 1


def test_vocabulary_walks_typos_prefixes_and_patterns() -> None:
    from indexer.search import Vocabulary

    vocab = Vocabulary(
        sorted(
            [
                "uyghur",
                "uyghurs",
                "uighur",
                "urumqi",
                "sanction",
                "sanctions",
                "sanctioned",
                "women",
                "woman",
                "xinjiang",
            ]
        )
    )
    assert sorted(vocab.within("uyghr", 1, prefix=1)) == ["uyghur"]
    assert sorted(vocab.within("uyghr", 2, prefix=1)) == ["uighur", "uyghur", "uyghurs"]
    assert sorted(vocab.within("xuyghur", 1, prefix=1)) == []  # the first letter must match
    assert vocab.starting("sanction") == ["sanction", "sanctioned", "sanctions"]
    assert vocab.starting("Sanctions") == ["sanctions"]
    assert vocab.matching("wom?n") == ["woman", "women"]
    assert vocab.matching("s*ed") == ["sanctioned"]
    assert vocab.matching("u*r") == ["uighur", "uyghur"]
    assert list(Vocabulary([]).within("anything", 2, 1)) == []


def test_a_build_its_caller_calls_interrupted_stops_before_the_commit(tmp_path: Path) -> None:
    # Python swallows a KeyboardInterrupt raised inside its own cleanup callbacks, so the CLI's
    # signal handler also sets a flag the build polls; the build must stop on the flag alone.
    index = tmp_path / "idx"
    build([str(write_corpus(tmp_path / "a", 3)[0].parent)], str(index), entities=False)
    before = (set(read_manifest(index).articles), search("officials", str(index), limit=100).total)
    more = write_corpus(tmp_path / "b", 5, seed=3)[0].parent
    polls = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) >= 2  # after the second article

    with pytest.raises(KeyboardInterrupt):
        build([str(more)], str(index), entities=False, rebuild=True, cancelled=cancelled)
    assert len(polls) == 2
    assert (set(read_manifest(index).articles), search("officials", str(index), limit=100).total) == before
    assert build([str(more)], str(index), entities=False, rebuild=True, cancelled=lambda: False).added == 5


def _index_files(index: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(index.iterdir()) if p.name != ".indexer-build.lock"}


def test_a_build_with_the_other_entity_setting_is_refused_and_drops_nothing(tmp_path: Path) -> None:
    # Starting over with entities would keep only the new folder's articles: the user chooses.
    old, new, index = tmp_path / "old", tmp_path / "new", tmp_path / "idx"
    write_corpus(old, 3, seed=1)
    write_corpus(new, 1, seed=2, prefix="new")
    build([str(old)], str(index), entities=False)
    before = _index_files(index)
    result = CliRunner().invoke(main, ["build", str(new), "--index", str(index)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: index at {index} was built without entities: add --no-entities to add to it, or give "
        "--rebuild to start it over with entities (dropping all 3 of its articles: none is under PATHS); "
        "the index is unchanged\n"
    )
    assert _index_files(index) == before
    same = CliRunner().invoke(main, ["build", str(old), "--index", str(index)])
    assert same.exit_code == 2 and "with entities (every article of it is under PATHS); " in same.stderr
    added = build([str(new)], str(index), entities=False)  # what the message says to do
    assert (added.added, added.removed, added.total_articles) == (1, 0, 4)


def test_a_rebuild_counts_the_articles_it_drops_as_removed(tmp_path: Path) -> None:
    old, new, index = tmp_path / "old", tmp_path / "new", tmp_path / "idx"
    write_corpus(old, 3, seed=1)
    write_corpus(new, 2, seed=2, prefix="new")
    build([str(old)], str(index), entities=False)
    summary = build([str(new)], str(index), entities=False, rebuild=True)
    assert (summary.added, summary.removed, summary.total_articles) == (2, 3, 2)
    same = build([str(new)], str(index), entities=False, rebuild=True)  # the same articles again
    assert (same.added, same.removed, same.total_articles) == (2, 0, 2)


def test_a_rebuild_given_no_paths_does_not_shrink_an_index_to_source(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "news", 3, seed=1)
    write_corpus(tmp_path / "source", 1, seed=2)
    index = tmp_path / "idx"
    build(["news"], str(index), entities=False)
    before = _index_files(index)
    result = CliRunner().invoke(main, ["build", "--rebuild", "--no-entities", "--index", str(index)])
    assert result.exit_code == 2
    news, source = tmp_path / "news", tmp_path / "source"
    assert result.stderr == (
        f"indexer: error: index at {index} was built from {news}, and --rebuild without PATHS would index only "
        f"{source}: name them, as in 'indexer build {news} --rebuild --no-entities --index {index}' (the index is "
        "unchanged)\n"
    )
    assert _index_files(index) == before
    # PATHS named, or an index of source/ itself: rebuilt as asked.
    assert (
        CliRunner().invoke(main, ["build", "news", "--rebuild", "--no-entities", "--index", str(index)]).exit_code == 0
    )
    build(["source"], str(tmp_path / "idx2"), entities=False)
    again = CliRunner().invoke(main, ["build", "--rebuild", "--no-entities", "--index", str(tmp_path / "idx2")])
    assert again.exit_code == 0, again.stderr


def test_an_older_version_index_is_not_restarted_from_fewer_folders(tmp_path: Path) -> None:
    old, new, index = tmp_path / "old", tmp_path / "new", tmp_path / "idx"
    write_corpus(old, 3, seed=1)
    write_corpus(new, 1, seed=2, prefix="new")
    build([str(old)], str(index), entities=False)
    _mark_written_by_an_older_version(index, analyzer_version=0)
    before = _index_files(index)
    result = CliRunner().invoke(main, ["build", str(new), "--index", str(index), "--no-entities"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: index at {index} must be rebuilt (an older version wrote it), and it holds articles "
        f"from {old} too: rebuild it from all its folders with 'indexer build {old} --rebuild --no-entities --index {index}' "
        "(the index is unchanged)\n"
    )
    assert _index_files(index) == before


def test_an_older_version_index_is_not_restarted_without_articles_whose_files_are_gone(tmp_path: Path) -> None:
    # trial 16: a folder moved away, then the upgrade's rebuild from the other folder dropped
    # its articles without a word (the files cannot be read again)
    old, new, index = tmp_path / "old", tmp_path / "new", tmp_path / "idx"
    write_corpus(old, 2, seed=1)
    write_corpus(new, 1, seed=2, prefix="new")
    build([str(old), str(new)], str(index), entities=False)
    _mark_written_by_an_older_version(index, analyzer_version=0)
    old.rename(tmp_path / "moved")
    before = _index_files(index)
    result = CliRunner().invoke(main, ["build", str(new), "--index", str(index), "--no-entities"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: index at {index} must be rebuilt (an older version wrote it), and 2 of its articles "
        f"were read from files that are gone (from {old}): rebuilding would drop them: put those files back and "
        f"build again, or drop them with 'indexer build {new} --rebuild --no-entities --index {index}' "
        "(the index is unchanged)\n"
    )
    assert _index_files(index) == before
    dropped = CliRunner().invoke(main, ["build", str(new), "--rebuild", "--index", str(index), "--no-entities"])
    assert dropped.exit_code == 0, dropped.stderr


def test_no_completed_build_is_told_apart_from_a_running_one(tmp_path: Path) -> None:
    from indexer.store import build_lock

    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 2)
    (corpus / "zz-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    failed = CliRunner().invoke(main, ["build", str(corpus), "--index", str(index), "--no-entities", "--strict"])
    assert failed.exit_code == 2
    # the binary file is found by the first pass (pipeline._digested), before the writer marks the
    # folder: the folder the failed build made goes (it held only the lock's file)
    assert not index.exists()
    gone = CliRunner().invoke(main, ["stats", "--index", str(index)])
    assert f"no index at {index}: run 'indexer build PATHS --index {index}' first" in gone.stderr
    with pytest.raises(KeyboardInterrupt):  # a first build stopped once it began writing
        build([str(corpus / "article-00000.txt")], str(index), entities=False, cancelled=lambda: True)
    stats = CliRunner().invoke(main, ["stats", "--index", str(index)])
    assert (stats.exit_code, stats.stderr) == (
        2,
        (
            f"indexer: error: no index at {index}: no build of it has completed (the first one failed or was "
            f"interrupted): run 'indexer build PATHS --index {index}'\n"
        ),
    )
    with build_lock(index, 0):  # a first build running now holds the lock
        running = CliRunner().invoke(main, ["stats", "--index", str(index)])
    assert (
        running.stderr
        == f"indexer: error: no index at {index} yet: its first build is still running: wait for it to finish\n"
    )


def test_an_interrupt_while_the_writer_starts_leaves_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Ctrl-C lands in the writer's set-up on a loaded machine (starting its processes takes
    # seconds there): the new generation's empty TOC and spill folder were left behind.
    from indexer.index.storage import IndexStorage

    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 3)
    build([str(corpus)], str(index), entities=False)
    before = sorted(p.name for p in index.iterdir())
    opened = IndexStorage.open_index

    def open_then_interrupt(self: IndexStorage, *args: object, **kwargs: object) -> object:
        opened(self, *args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(IndexStorage, "open_index", open_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        build([str(corpus)], str(index), entities=False, rebuild=True)
    assert sorted(p.name for p in index.iterdir()) == before


def test_a_new_unreadable_file_does_not_make_a_no_change_build_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It is skipped at every build: opening the writer (and the entity model) for it made
    # every no-change build take seconds instead of a stat per file.
    import indexer.pipeline as pipeline

    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 2)
    build([str(corpus)], str(index), entities=False)
    (corpus / "blob.txt").write_bytes(b"\x00\x01\x02\x7fELF" * 8)

    def no_writer(*args: object, **kwargs: object) -> object:
        raise AssertionError("the writer was opened for a build with nothing to write")

    monkeypatch.setattr(pipeline, "write_index", no_writer)
    summary = build([str(corpus)], str(index), entities=False)
    assert (summary.unchanged, summary.added, len(summary.skipped)) == (2, 0, 1)


def test_segments_of_mostly_deleted_paragraphs_are_reclaimed(tmp_path: Path) -> None:
    # A segment whose articles were all updated stayed in the index, dead, for good (Whoosh's
    # MERGE_SMALL counts deleted documents as documents): the index doubled at each full update.
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 4)
    build([str(corpus)], str(index), entities=False)
    write_corpus(corpus, 4, seed=8)  # every article changed
    again = build([str(corpus)], str(index), entities=False)
    assert (again.updated, again.total_paragraphs) == (4, 4 * 7)
    segments = [f for f in read_manifest(index).files if f.endswith(".seg")]
    assert len(segments) == 1 and sorted(p.name for p in index.glob("*.seg")) == segments
    write_corpus(corpus, 3, seed=9)  # 3 of 4 changed: the old segment is mostly deleted, merged
    build([str(corpus)], str(index), entities=False)
    assert len([f for f in read_manifest(index).files if f.endswith(".seg")]) == 1
    assert {h.article_id for h in search("Report", str(index), limit=100).hits} == set(read_manifest(index).articles)
    assert len(read_manifest(index).articles) == 4


def test_articles_read_by_other_code_are_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An index records the version of the code that read its articles (manifest.reader_version);
    a build by other code (an upgrade) reads every unchanged file again, once, and says so, so
    the index holds what a fresh build would; articles under folders not named stay marked."""
    import indexer.pipeline

    from indexer.index.manifest import reader_version

    write_corpus(tmp_path / "a", 2)
    write_corpus(tmp_path / "b", 1, prefix="other")
    index = tmp_path / "ix"
    build([str(tmp_path / "a"), str(tmp_path / "b")], str(index), entities=False)
    assert read_manifest(index).reader == reader_version()
    assert len(reader_version()) == 16 and int(reader_version(), 16) >= 0

    monkeypatch.setattr(indexer.pipeline, "reader_version", lambda: "0123456789abcdef")
    again = build([str(tmp_path / "a")], str(index), entities=False, prune=False)
    assert (again.added, again.updated, again.unchanged) == (0, 2, 0)
    assert "this index was built by another version of the indexer: 2 articles read again with this one" in again.notes
    assert read_manifest(index).reader == "0123456789abcdef"
    third = build([str(tmp_path / "a")], str(index), entities=False, prune=False)
    assert (third.updated, third.unchanged, third.notes) == (0, 2, [])
    # The folder not named last time is read again when it is named.
    fourth = build([str(tmp_path / "a"), str(tmp_path / "b")], str(index), entities=False)
    assert (fourth.updated, fourth.unchanged) == (1, 2)
