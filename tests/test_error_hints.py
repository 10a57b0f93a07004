"""Library errors advise what to run as data (errors.Command), never as CLI text: a library
caller reads a call, the CLI the command line it prints today, the web app that command run on
the server (issue 17: boundaries)."""

from __future__ import annotations

import ast
import inspect
import pickle
from pathlib import Path

import pytest

from indexer.cli import _message, _text, _web_message
from indexer.errors import (
    Advice,
    ArticleNotFoundError,
    Command,
    IndexerError,
    IndexFormatError,
    IndexNotFoundError,
    ParameterError,
    Placeholder,
    QueryError,
    call_command,
)
from indexer.pipeline import build as library_build
from indexer.search import IndexSearcher


def test_a_command_hint_renders_per_interface_and_survives_pickling() -> None:
    build = Command(
        "build", ("my news", Placeholder("PATHS")), (("rebuild", None), ("entities", "False"), ("index", "/x y"))
    )
    exc = IndexerError("damaged index at /x y", "rebuild with {0}", (build,))
    assert (
        str(exc)
        == "damaged index at /x y: rebuild with build(['my news', *PATHS], rebuild=True, entities=False, index='/x y')"
    )
    cli = 'damaged index at /x y: rebuild with \'indexer build "my news" PATHS --rebuild --no-entities --index "/x y"\''
    assert _message(exc) == cli
    assert _web_message(exc) == cli.replace("y\"'", "y\"' on the server")
    again = pickle.loads(pickle.dumps(exc))  # raised in a worker process
    assert type(again) is IndexerError and _message(again) == cli and str(again) == str(exc)
    assert isinstance(again.commands[0].args[1], Placeholder)


def _called(text: str, **names: object) -> tuple[str, tuple[object, ...], dict[str, object]]:
    """A rendered call evaluated with its operation recording its arguments, placeholders bound
    to `names`: (operation, positional arguments, keyword arguments)."""
    call = ast.parse(text, mode="eval").body
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
    record = lambda *args, **kwargs: (call.func.id, args, kwargs)  # noqa: E731
    return eval(text, {call.func.id: record, **names})  # type: ignore[no-any-return]


def test_a_command_renders_as_a_python_call_that_means_what_the_cli_line_does() -> None:
    """Strings repr'd (quotes and backslashes in paths too), paths one list, switches bools,
    placeholders bare names: a call that parses, and calls build with the values the CLI's
    command line gives it."""
    odd = '/news/it\'s \\ "here"'
    cases = [
        (Command("build", (Placeholder("PATHS"),), (("index", "/x"),)), "build(PATHS, index='/x')"),
        (
            Command("build", ("/a/*.txt", odd), (("rebuild", None), ("entities", "False"), ("index", "idx"))),
            "build(['/a/*.txt', " + repr(odd) + "], rebuild=True, entities=False, index='idx')",
        ),
        (Command("trust", (Placeholder("DIR"),)), "trust_index(DIR)"),
        (Command("trust", ("/x y",)), "trust_index('/x y')"),
        (Command("parse", ("bbc/a.txt",)), "parse(['bbc/a.txt'])"),
        (Command("stats", (), (("articles", None),)), "stats(articles=True)"),
    ]
    for command, text in cases:
        assert call_command(command) == text
    assert _called(cases[0][1], PATHS=["/n"]) == ("build", (["/n"],), {"index": "/x"})
    assert _called(cases[1][1]) == ("build", (["/a/*.txt", odd],), {"rebuild": True, "entities": False, "index": "idx"})
    assert _called(cases[2][1], DIR="/d") == ("trust_index", ("/d",), {})
    assert _called("build(['a', *PATHS])", PATHS=["b", "c"]) == ("build", (["a", "b", "c"],), {})


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
        for command in exc.commands:  # a build advised is a call the library's build takes
            name, args, kwargs = _called(call_command(command), PATHS=["news/"])
            if name == "build":
                inspect.signature(library_build).bind(*args, **kwargs)


# --------------------------------------------------------------------------------------------
# Warnings that advise a command or name a parameter are errors.Advice: the library's text
# Python's, the CLI's its flags and command lines.


def test_an_advice_is_a_str_in_python_form_rendered_by_each_interface_and_pickled() -> None:
    advice = Advice("3 of 5 segments are old", "{0} rewrites them", (Command("build", ("/n",), (("rebuild", None),)),))
    assert advice == "3 of 5 segments are old: build(['/n'], rebuild=True) rewrites them"
    assert _text(advice) == "3 of 5 segments are old: 'indexer build /n --rebuild' rewrites them"
    again = pickle.loads(pickle.dumps([advice]))[0]  # a parse worker's article's warnings
    assert type(again) is Advice and again == advice and _text(again) == _text(advice)
    assert _text("a plain warning") == "a plain warning"


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "fe80::1"])
def test_serving_beyond_this_computer_warns_with_the_parameter_each_interface_names(host: str) -> None:
    """The colons of an IPv6 host survive the hint's field syntax."""
    from indexer.web.server import _announce

    class Server:
        effective_port = 8080

    said: list[str] = []
    _announce(Server(), host, "/idx", said.append, said.append)
    warning = said[-1]
    end = ": the archive can be searched by anyone on the network; use {} to keep it on this computer"
    assert warning == f"host={host!r}" + end.format("host='127.0.0.1'")  # Python: strings quoted
    assert _text(warning) == f"--host {host}" + end.format("--host 127.0.0.1")


def test_reader_warnings_advise_parse_of_the_file_as_a_call_or_a_command_line(tmp_path: Path) -> None:
    """A page whose extraction is far shorter than its prose, and a text of page chrome only
    (both written here): each warning advises parsing that file, in the interface's words."""
    from indexer.pipeline import parse_paths

    prose = "<p>" + "The council met on Monday to discuss the budget and the harbour bridge plans. " * 3 + "</p>"
    (tmp_path / "short.html").write_text(
        "<html><head><title>T</title></head><body><article><h1>Headline here</h1><p>Short lead text of the "
        f"article which is brief.</p></article><aside>{prose * 12}</aside></body></html>"
    )
    (tmp_path / "menu.txt").write_text("Home\n\nNews\n\nSport\n\nContact us\n\nPrivacy policy\n\nCookies\n")
    found = {}
    for article in parse_paths([str(tmp_path / "short.html"), str(tmp_path / "menu.txt")], entities=False):
        (warning,) = [w for w in article.warnings if "parse" in w]
        found[Path(article.path).name] = (warning, _text(warning))
    short, menu = str(tmp_path / "short.html"), str(tmp_path / "menu.txt")
    assert found["short.html"][0].endswith(f"may be missing (see parse([{short!r}]) for what was kept)")
    assert found["short.html"][1].endswith(f"may be missing (see 'indexer parse {short}' for what was kept)")
    assert found["menu.txt"][0] == (
        f"{menu}: no article text found (6 blocks, all page chrome); see parse([{menu!r}]) for why each block was dropped"
    )
    assert found["menu.txt"][1] == found["menu.txt"][0].replace(f"parse([{menu!r}])", f"'indexer parse {menu}'")


def test_an_update_keeping_old_segments_advises_the_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from indexer.cli import main
    from indexer.index.view import SegmentView
    from tests.helpers import write_corpus

    corpus, index = tmp_path / "news", tmp_path / "idx"
    write_corpus(corpus, 2, paragraphs=2)
    library_build([str(corpus)], str(index), entities=False)
    monkeypatch.setattr(SegmentView, "has_postings_arrays", lambda self: False)  # as an older version wrote
    old = "segments of the index at {} were written by an older version and are searched more slowly: ".format(index)
    (warning,) = library_build([str(corpus)], str(index), entities=False).warnings
    assert old in warning and warning.endswith(
        f"build([{str(corpus)!r}], rebuild=True, entities=False, index={str(index)!r}) rewrites them"
    )
    result = CliRunner().invoke(main, ["build", str(corpus), "--index", str(index), "--no-entities"])
    assert result.exit_code == 0, result.stderr
    assert f"{old}'indexer build {corpus} --rebuild --no-entities --index {index}' rewrites them\n" in result.stderr


def test_a_web_request_error_names_query_parameters_not_flags() -> None:
    # a visitor of `indexer serve` or its API sends parameters (web/params.py), not CLI flags
    for exc, cli, web in [
        (
            QueryError("empty query", "give words to search for, or a filter such as {people}"),
            "empty query: give words to search for, or a filter such as --person",
            "empty query: give words to search for, or a filter such as person=",
        ),
        (
            ParameterError("", "{fields=before} needs {context=N}"),
            "--fields before needs --context N",
            "fields=before needs context=N",
        ),
    ]:
        assert (_message(exc), _web_message(exc)) == (cli, web)


# Where each parameter a hint names lives in the Python API: the call a Python caller makes.
# A JSON hit's `fields` are chosen where a result becomes JSON (render.result_to_json), the
# server's `host` and `port` in web.server.serve; the filters are Filters' fields.
def _python_homes() -> dict[str, object]:
    import indexer
    from indexer.render import result_to_json
    from indexer.web.server import serve

    homes: dict[str, object] = {"fields": result_to_json, "host": serve, "port": serve}
    for function in (indexer.search, indexer.build, indexer.stats, indexer.trust_index, indexer.SearchRequest):
        for name in inspect.signature(function).parameters:  # type: ignore[arg-type]
            homes.setdefault(name, function)
    return homes


def _hints_in_the_code() -> list[str]:
    """Every hint the library writes: the second argument of an error or Advice, the value of a
    `hint` variable, and query.FIELD_FORMS (an f-string's literal parts are kept: their fields
    are the hint's)."""
    import ast

    from indexer.query import FIELD_FORMS

    hints = list(FIELD_FORMS.values())

    def text(node: ast.AST) -> str:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(text(v) for v in node.values)
        return ""

    for path in sorted(Path(indexer_root(), "indexer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) >= 2:
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name.endswith("Error") or name == "Advice":
                    hints.append(text(node.args[1]))
            elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "hint" for t in node.targets):
                hints.append(text(node.value))
    return [h for h in hints if h]


def indexer_root() -> Path:
    return Path(__file__).resolve().parents[1]


def test_every_hint_renders_as_python_the_real_api_takes() -> None:
    """A hint's parameters print in Python as the keyword arguments of the real functions: a
    switch as `rebuild=True` (it printed the bare word `rebuild`), a literal value quoted
    (`host='127.0.0.1'`), a value to fill in as a bare capitalised name (`wait=SECONDS`), a
    filter inside `filters=Filters(...)`; and each is a parameter of the function it belongs to."""
    import ast

    from indexer.errors import FILTER_PARAMETERS, SWITCH_PARAMETERS, hint_options, keyword_option
    from indexer.models import Filters

    homes = _python_homes()
    seen: set[tuple[str, str | None]] = set()
    for hint in _hints_in_the_code():
        seen.update(hint_options(hint.replace("{{", "").replace("}}", "")))
    assert {("rebuild", None), ("wait", "SECONDS"), ("fields", None), ("context", "N"), ("people", None)} <= seen
    filter_fields = set(inspect.signature(Filters).parameters)
    for name, value in sorted(seen, key=str):
        rendered = keyword_option(name, value)
        call = ast.parse(f"f({rendered})", mode="eval").body
        assert isinstance(call, ast.Call), rendered
        if name in FILTER_PARAMETERS:
            assert name in filter_fields and rendered.startswith("filters=Filters("), rendered
            continue
        assert name in homes, f"{{{name}}}: no function of the Python API takes {name}"
        parameter = inspect.signature(homes[name]).parameters[name]  # type: ignore[arg-type]
        if value is None and parameter.annotation in (bool, "bool"):  # a switch turned on
            assert rendered == f"{name}=True", rendered
        elif value is not None:  # a literal, or a placeholder to fill in (SECONDS, N)
            (keyword,) = call.keywords
            assert keyword.arg == name, rendered
            assert value.isupper() or not isinstance(keyword.value, ast.Name), rendered
    for name in SWITCH_PARAMETERS:  # each listed switch is a bool somewhere in the API
        assert any(
            p.annotation in (bool, "bool")
            for f in (homes.get(name),)
            if f is not None
            for p in [inspect.signature(f).parameters[name]]  # type: ignore[arg-type]
        ), name
