"""What an index holds is shown whatever its analyzers (sixteenth trial): `stats` and `show` read
stored fields and records alone, so an index whose only difference is its analyzer version (an
older release's) is shown, with a one-line note that a search needs the rebuild, which search
still asks for. A page of chrome alone (no article text) is skipped and counted so, as empty and
binary files are, not counted as an article of no paragraphs. Corpora of our own."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from indexer.cli import main
from indexer.index.manifest import read_manifest, write_manifest
from indexer.pipeline import build
from indexer.schema import ANALYZER_VERSION, INDEX_FORMAT_VERSION
from tests.helpers import PROSE, without_progress


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "bridge.txt").write_text("Harbour bridge to close\n\n" + "\n\n".join(PROSE) + "\n", encoding="utf-8")
    return folder


def _with_analyzers(index: Path, version: int) -> None:
    """The index's manifest as a release of analyzers `version` wrote it (same format), sealed."""
    manifest = read_manifest(index)
    manifest.analyzer_version = version
    write_manifest(index, manifest)


def _cli(*args: str):
    return CliRunner().invoke(main, list(args))


def test_stats_and_show_read_an_index_of_older_analyzers_with_a_note(tmp_path: Path) -> None:
    corpus, index = _corpus(tmp_path / "news"), tmp_path / "idx"
    build([str(corpus)], str(index), entities=False)
    _with_analyzers(index, ANALYZER_VERSION - 1)
    rebuild = f"'indexer build {corpus} --rebuild --no-entities --index {index}'"
    note = (
        f"indexer: note: index at {index} uses older analyzers (version {ANALYZER_VERSION - 1}; this indexer's "
        f"are {ANALYZER_VERSION}): shown as stored; to search it, rebuild it with {rebuild}\n"
    )
    stats = _cli("stats", "--index", str(index))
    assert stats.exit_code == 0 and stats.stderr == note
    assert "articles    1\n" in stats.stdout and f"format      {INDEX_FORMAT_VERSION} (analyzers" in stats.stdout
    show = _cli("show", "bridge", "--index", str(index))
    assert show.exit_code == 0 and show.stderr == note and "Harbour bridge to close" in show.stdout
    search = _cli("search", "ferries", "--index", str(index))
    assert search.exit_code == 2
    assert search.stderr == (
        f"indexer: error: index at {index} uses older analyzers (version {ANALYZER_VERSION - 1}; this indexer's "
        f"are {ANALYZER_VERSION}) in format {INDEX_FORMAT_VERSION}: rebuild it with {rebuild}\n"
    )


def test_an_index_of_newer_analyzers_is_not_called_older(tmp_path: Path) -> None:
    corpus, index = _corpus(tmp_path / "news"), tmp_path / "idx"
    build([str(corpus)], str(index), entities=False)
    _with_analyzers(index, ANALYZER_VERSION + 1)
    search = _cli("search", "ferries", "--index", str(index))
    assert search.exit_code == 2 and "uses newer analyzers" in search.stderr and "older" not in search.stderr
    assert "uses newer analyzers" in _cli("stats", "--index", str(index)).stderr


def test_the_library_s_stats_and_show_read_it_too(tmp_path: Path) -> None:
    from indexer.search import show, stats

    corpus, index = _corpus(tmp_path / "news"), tmp_path / "idx"
    build([str(corpus)], str(index), entities=False)
    _with_analyzers(index, ANALYZER_VERSION - 1)
    info = stats(index)
    assert (info.articles, info.analyzer_version) == (1, ANALYZER_VERSION - 1)
    assert show("bridge", index).title == "Harbour bridge to close"


def test_a_page_of_chrome_alone_is_skipped_not_counted_as_an_article(tmp_path: Path) -> None:
    corpus, index = _corpus(tmp_path / "news"), tmp_path / "idx"
    (corpus / "menu.html").write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8"
    )
    first = _cli("build", str(corpus), "--index", str(index), "--no-entities")
    assert first.exit_code == 0
    skip = f"indexer: warning: skipped page of no article text: {corpus}/menu.html: only page chrome"
    assert skip in first.stderr and "no article text found in this HTML page" not in first.stderr
    assert (
        f"index at {index}: 1 article, " in first.stderr
        and "1 added, 0 updated, 0 unchanged, 0 removed, 1 skipped" in first.stderr
    )
    # unchanged, it is not read again, and is counted skipped as before
    again = without_progress(_cli("build", str(corpus), "--index", str(index), "--no-entities").stderr)
    assert "0 added, 0 updated, 1 unchanged, 0 removed, 1 skipped as before" in again and "warning" not in again
    stats = _cli("stats", "--articles", "--index", str(index))
    assert "articles    1\n" in stats.stdout and "menu.html" not in stats.stdout
    # a page that had text and has none now: skipped, its paragraphs gone
    page = corpus / "story.html"
    page.write_text(
        "<html><body><article><h1>Ferries for the harbour</h1>"
        + "".join(f"<p>{p}</p>" for p in PROSE)
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert "1 added" in _cli("build", str(corpus), "--index", str(index), "--no-entities").stderr
    page.write_text("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")
    emptied = _cli("build", str(corpus), "--index", str(index), "--no-entities")
    assert f"skipped page of no article text: {page}:" in emptied.stderr
    assert f"index at {index}: 1 article, " in emptied.stderr
    assert "ferries" not in _cli("show", "story", "--index", str(index)).stdout  # its paragraphs gone
