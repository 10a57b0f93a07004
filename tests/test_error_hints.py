"""Library errors advise what to run as data (errors.Command), never as CLI text: a library
caller reads a call, the CLI the command line it prints today, the web app that command run on
the server (issue 17: boundaries)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from indexer.cli import _message, _web_message
from indexer.errors import ArticleNotFoundError, Command, IndexerError, IndexFormatError, IndexNotFoundError
from indexer.search import IndexSearcher


def test_a_command_hint_renders_per_interface_and_survives_pickling() -> None:
    build = Command("build", ("my news", "PATHS"), (("rebuild", None), ("entities", "False"), ("index", "/x y")))
    exc = IndexerError("damaged index at /x y", "rebuild with {0}", (build,))
    assert (
        str(exc)
        == "damaged index at /x y: rebuild with build(my news, PATHS, rebuild=True, entities=False, index=/x y)"
    )
    cli = 'damaged index at /x y: rebuild with \'indexer build "my news" PATHS --rebuild --no-entities --index "/x y"\''
    assert _message(exc) == cli
    assert _web_message(exc) == cli.replace("y\"'", "y\"' on the server")
    again = pickle.loads(pickle.dumps(exc))  # raised in a worker process
    assert type(again) is IndexerError and _message(again) == cli


def test_a_parameter_of_one_command_is_spelled_as_that_commands_flag() -> None:
    """`stats`'s `articles` is `--articles`, though `search` declares a parameter of that name as `--article`."""
    exc = ArticleNotFoundError("empty article id", "{0} lists them", (Command("stats", (), (("articles", None),)),))
    assert _message(exc) == "empty article id: 'indexer stats --articles' lists them"


def _errors(tmp_path: Path, shipped_index: Path) -> list[tuple[IndexerError, str]]:
    """Library errors whose hints name a command, each with the CLI's text (pinned elsewhere too)."""
    (tmp_path / "empty").mkdir()
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "indexer-manifest.json").write_text("not json")
    out: list[tuple[IndexerError, str]] = []
    for folder, cli in [
        (tmp_path / "none", "no index at {d}: run 'indexer build PATHS --index {d}' first"),
        (tmp_path / "empty", "no index at {d} (empty folder): run 'indexer build PATHS --index {d}' first"),
        (
            damaged,
            "damaged index manifest: {d}/indexer-manifest.json: rebuild with 'indexer build PATHS --rebuild --index {d}'",
        ),
    ]:
        with pytest.raises((IndexNotFoundError, IndexFormatError)) as info:
            IndexSearcher(folder)
        out.append((info.value, cli.format(d=folder)))
    with IndexSearcher(shipped_index) as searcher:
        for ref, cli in [
            ("nosuchthing", "no article 'nosuchthing' in the index at {d}: 'indexer stats --articles' lists them"),
            (" ", "empty article id: give an id or a unique part of it ('indexer stats --articles' lists them)"),
        ]:
            with pytest.raises(ArticleNotFoundError) as info:
                searcher.article(ref)
            out.append((info.value, cli.format(d=shipped_index)))
    return out


def test_library_errors_name_no_command_line_and_the_cli_says_what_it_said(tmp_path: Path, shipped_index: Path) -> None:
    for exc, cli in _errors(tmp_path, shipped_index):
        assert exc.commands, exc
        assert "indexer " not in str(exc) and "--" not in str(exc), str(exc)
        assert _message(exc) == cli
        end = cli.index("'", cli.index("'indexer ") + 1) + 1  # after the quoted command
        assert _web_message(exc) == cli[:end] + " on the server" + cli[end:]
