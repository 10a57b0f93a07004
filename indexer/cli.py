"""The `indexer` command: a thin click layer over the library.

Every command parses options, calls the library, renders. Errors from the library are
IndexerError subclasses and become one line on stderr with exit code 2; exit 1 means the
command ran fine and found nothing, as grep and ripgrep do.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn, TypeVar, overload

import click

from .errors import (
    DATE_FILTER_NAMES,
    Advice,
    Command,
    IndexerError,
    UnreadableFilesError,
    date_filter_hint,
    shell_word,
)
from .interrupts import INTERRUPTED, interrupts_outside_finalizers, stop_on_sigterm
from .models import (
    COLOR_MODES,
    ENTITY_NAMES,
    ENTITY_TYPES,
    FIELD_TYPE,
    MAX_CONTEXT,
    NAME_FIELDS,
    SORT_NAMES,
    SORT_ORDERS,
    JSONObject,
    NameField,
    SearchRequest,
    SearchResult,
    SortOrder,
    entity_field,
)

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar  # what click.progressbar returns

    from .models import Article
    from .pipeline import BuildSummary
    from .search import IndexSearcher
    from .sources import SourceRef

# A command function, as click's option decorators take and give it back.
F = TypeVar("F", bound=Callable[..., object])

EXIT_FOUND, EXIT_NOTHING, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

INDEX_HELP = "Index folder [default: $INDEXER_INDEX, else ./.indexer]."


def _flag(name: str, value: str | None, command: str | None = None) -> str:
    """A library parameter named in an error's hint (errors.py), as the flag a command declares
    for it: ("wait", "SECONDS") -> "--wait SECONDS", ("entities", "False") -> "--no-entities".
    `command`: the command whose flags to look in (a parameter of one command, `stats`'s
    `articles`, may be another's flag of another name, `search --article`); else all of them."""
    commands = [main.commands[command]] if command is not None and command in main.commands else main.commands.values()
    options = {p.name: p for c in commands for p in c.params if isinstance(p, click.Option)}
    negated = options.get(f"no_{name}")
    if value == "False" and negated is not None:
        return _long_flag(negated)
    option = options.get(name)
    flag = _long_flag(option) if option is not None else "--" + name.replace("_", "-")
    if value is None or (option is not None and option.is_flag):
        return flag
    return f"{flag} {value}"


def _long_flag(option: click.Option) -> str:
    return next((o for o in option.opts if o.startswith("--")), option.opts[0])


def _command_line(command: Command) -> str:
    """An operation a hint advises (errors.Command) as the command line to type:
    Command("build", (Placeholder("PATHS"),), (("index", "my news"),)) -> `indexer build PATHS --index "my news"`.
    Paths are shell words (errors.shell_word); parameters are the flags `_flag` gives them."""
    words = ["indexer", command.name, *(shell_word(a) for a in command.args)]
    words += [
        _flag(name, None if value is None else shell_word(value), command.name) for name, value in command.options
    ]
    return " ".join(words)


def _command(command: Command) -> str:
    """A command in a hint as the CLI prints it, in single quotes: 'indexer stats --articles'."""
    return f"'{_command_line(command)}'"


def _message(exc: Exception) -> str:
    """An error's one line as the CLI says it: library hints name flags, not parameters, and
    the commands to run as command lines."""
    if isinstance(exc, IndexerError):
        return exc.render(_flag, _command)
    if isinstance(exc, click.ClickException):
        return exc.format_message()
    return str(exc)


def _web_param(name: str, value: str | None, command: str | None = None) -> str:
    """A library parameter named in an error's hint as the web app's query parameter, which is
    the CLI's flag without its dashes (web/params.py), written as the request sends it:
    ("people", None) -> "person=", ("context", "N") -> "context=N". A visitor of the web app or
    its API sends parameters, not flags; a bare "person" beside the query field read
    "(person: or person)"."""
    param = _flag(name, None, command).removeprefix("--")
    return f"{param}={value or ''}"


def _web_message(exc: Exception) -> str:
    """An error's one line as `indexer serve` words it (web/app.py `message`): a parameter as
    the query parameter the request gives (`_web_param`), a command as one to run on the
    server (web/app.py server_command), since a visitor of the web app cannot run it there."""
    from .web.app import server_command

    if isinstance(exc, IndexerError):
        return exc.render(_web_param, lambda command: server_command(_command(command)))
    return _message(exc)


def _stop_workers() -> None:
    """An interrupted command's worker processes killed before it says so and exits (they
    ignore Ctrl-C: parallel.stop_workers); nothing to do when none was started."""
    if "indexer.parallel" in sys.modules:  # not imported for nothing: a command without workers
        from .parallel import stop_workers

        stop_workers()


def _error(message: str) -> None:
    click.echo(f"indexer: error: {message}", err=True)


def _text(message: str) -> str:
    """A warning as the CLI words it: an errors.Advice's parameters as flags and commands as
    command lines, as `_message` does an error's; any other str as it is."""
    return message.render(_flag, _command) if isinstance(message, Advice) else message


def _warn(message: str) -> None:
    click.echo(f"indexer: warning: {_text(message)}", err=True)


class IndexerGroup(click.Group):
    """Maps every failure to one line on stderr and the grep-style exit codes."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _stop_workers()
            # click's main would print an empty line first, to end a terminal's "^C" line: on a
            # pipe or in a log it is a stray line before the one-line error (main, below).
            if sys.stderr.isatty():
                click.echo(err=True)
            raise click.Abort() from None
        except BrokenPipeError:
            # The reader closed our output (`indexer search ... | head -1`): it got what it read,
            # so this is success (click's own handling exits 1, "found nothing"). stdout goes to
            # /dev/null so the flush at exit does not fail again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
            return EXIT_FOUND

    # As click's: with standalone_mode (the default) main exits with the code, else returns it.
    @overload
    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: Literal[True] = True,
        **extra: object,
    ) -> NoReturn: ...

    @overload
    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = ...,
        **extra: object,
    ) -> int: ...

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: object,  # click's own keyword arguments, passed on as they are
    ) -> int:
        argv = list(sys.argv[1:] if args is None else args)
        if not argv:
            argv = ["--help"]  # `indexer` alone: the help, exit 0 (not a usage error), as git does
        debug = "--debug" in argv or bool(os.environ.get("INDEXER_DEBUG"))
        try:
            with interrupts_outside_finalizers():
                rv = super().main(argv, "indexer", complete_var, standalone_mode=False, **extra)
        except IndexerError as exc:
            if debug:
                raise
            _name_index_variable(exc, _index_from_variable(argv, self))
            if _json_mode(argv):
                _error_record(exc)
            if isinstance(exc, UnreadableFilesError):  # build --strict: each file on its line first
                _say_refused(exc, any(a in ("-v", "--verbose") for a in _options_of(argv)))
            _error(_message(exc))
            rv = EXIT_ERROR
        except click.UsageError as exc:
            if isinstance(exc, click.NoSuchOption) and exc.ctx is not None:
                _explain_guessed_option(exc, exc.ctx.command)
            if _json_mode(argv):  # a bad option value too: scripts parse stdout
                _error_record(exc)
            command = _command_of(argv) if exc.ctx is None else ""  # click gives no context for some errors
            path = exc.ctx.command_path if exc.ctx else f"indexer {command}" if command in self.commands else "indexer"
            hint = f" (see '{path} --help')"
            _error(f"{exc.format_message()}{hint}")
            rv = EXIT_ERROR
        except click.ClickException as exc:
            _error(exc.format_message())
            rv = EXIT_ERROR
        except (click.Abort, KeyboardInterrupt):
            _stop_workers()
            # What was left as it was matters where the command writes (an index, its
            # signature); a reader's (parse, search) was odd to a new user.
            writes = _command_of(argv) in _WRITING_COMMANDS
            _error("interrupted: nothing was changed by the unfinished work" if writes else "interrupted")
            rv = EXIT_INTERRUPTED
        except Exception as exc:  # a bug: still one line, unless --debug asks for the traceback
            if debug:
                raise
            _error(f"internal error: {type(exc).__name__}: {exc} (run 'indexer --debug ...' for the traceback)")
            rv = EXIT_ERROR
        code = rv if isinstance(rv, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


# Options people guess from other tools, with what this CLI does instead ({flags}: the command's
# output flags): click's near names (`--format`: "did you mean --facets?") lead astray there.
GUESSED_OPTIONS = {
    "--format": "choose the output format with a flag: {flags}",
    "--output": "output goes to stdout: choose its format with {flags} and redirect it (> FILE)",
    "-o": "output goes to stdout: choose its format with {flags} and redirect it (> FILE)",
    "--query": "the query is the words after the command (quote several: indexer search 'forced labor')",
    "-q": "the query is the words after the command (quote several: indexer search 'forced labor')",
}
OUTPUT_FLAGS = ("--json", "--jsonl", "--csv", "--count")


def _explain_guessed_option(exc: click.NoSuchOption, command: click.Command) -> None:
    """Give a NoSuchOption for an option guessed from other tools (GUESSED_OPTIONS) the way to
    do it here, in place of click's near names."""
    name = exc.option_name.split("=", 1)[0]
    held = {o for p in command.params for o in getattr(p, "opts", ())}
    flags = [f for f in OUTPUT_FLAGS if f in held]
    advice = GUESSED_OPTIONS.get(name)
    if advice is None or ("{flags}" in advice and not flags) or ("query" in advice and command.name != "search"):
        return
    listed = ", ".join(flags[:-1]) + f" or {flags[-1]}" if len(flags) > 1 else "".join(flags)
    exc.message = f"No such option '{name}': " + advice.format(flags=listed)  # type: ignore[misc]
    exc.possibilities = None  # type: ignore[misc]


class SearchCommand(click.Command):
    """`indexer search`: an unknown short option after a query word is most likely a word of
    the query typed with a minus (`indexer search genocide -Tajikistan`), which the shell hands
    over unquoted: click's "No such option: -T" then says how to write it."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = list(args)
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            name = exc.option_name
            words = given[: given.index("--")] if "--" in given else given
            typed = next(
                (
                    a
                    for a in words
                    if a in (name, name.split("=")[0])
                    or a.startswith(f"{name}=")
                    or (a.startswith(name) and not a.startswith("--"))
                ),
                None,
            )
            takes_value = {o for p in self.params if isinstance(p, click.Option) and not p.is_flag for o in p.opts}
            before: list[str] = []
            skip = False
            for a in words[: words.index(typed)] if typed else []:
                if skip:
                    skip = False
                elif a in takes_value:
                    skip = True  # the option's value, not a query word
                elif not a.startswith("-"):
                    before.append(a)
            if name.startswith("--") and name[2:].lower() in DATE_FILTER_NAMES:  # --date, --since...: no option
                hint = date_filter_hint(_date_example(name, words, before))
                exc.message = f"No such option '{name}': {hint}"  # type: ignore[misc]  # click declares it Final
                exc.possibilities = None  # type: ignore[misc]  # click's near names (--article) mislead here
            elif typed and not name.startswith("--") and before:
                query = " ".join([*before, typed])
                exc.message = (  # type: ignore[misc]  # click declares it Final; its text is what we improve
                    f"No such option '{name}': a query word starting with '-' reads as options; quote the "
                    f"query (indexer search '{query}') or put -- before it (indexer search -- {query})"
                )
            elif typed and _negated_word(typed) and not before:
                # `indexer search -labor`: a query that starts with a negated word (README "Queries").
                exc.message = (  # type: ignore[misc]  # click declares it Final
                    f"No such option '{name}': a query starting with '-' needs -- before it "
                    f"(indexer search {_with_dashes(words, words.index(typed), takes_value)})"
                )
                exc.possibilities = None  # type: ignore[misc]  # near option names: not what was meant
            raise


def _negated_word(arg: str) -> bool:
    """Whether a command-line word click took for short options reads as a query word with a
    minus (`-labor`, `-Tajikistan`, `-"forced labor"` as the shell hands it over): a letter
    after the minus and more than one character. `-l` alone stays an unknown option."""
    return len(arg) > 2 and not arg.startswith("--") and arg[1].isalpha()


def _with_dashes(words: list[str], at: int, takes_value: set[str]) -> str:
    """The arguments of a search whose query starts at words[at] (a negated word) as they are
    to be typed: the options (with their values) first, then `--`, then the query words, each
    a shell word: ["-n", "5", "-labor", "forced"] -> "-n 5 -- -labor forced"."""
    options, query = list(words[:at]), list[str]()
    i = at
    while i < len(words):
        arg = words[i]
        if arg in takes_value and i + 1 < len(words):
            options += [arg, words[i + 1]]
            i += 2
            continue
        (options if arg.startswith("-") and not _negated_word(arg) else query).append(arg)
        i += 1
    return " ".join(shell_word(a) for a in [*options, "--", *query])


def _date_example(name: str, words: list[str], before: list[str]) -> str:
    """`indexer search "iraq published:2021"`: the command `indexer search iraq --date 2021`
    meant, its query words and date kept (`--date=2021` too): `date:` for `--date` and `--dates`,
    a comparison for `--since` and `--from` (`published:>=2021`), `--after` (`>`: 2021 left
    out), `--until` and `--to` (`<=`), `--before` (`<`), else `published:`, with the comparison
    typed in the value kept (`--published '>=2019'`). A value that is no date (`--since
    yesterday`) gives 2021. (`--before 2020` gave `[* TO 2020]`, 2020 in it: a new user's count
    was 188 paragraphs where 109 were before 2020.)"""
    value = "2021"
    for i, a in enumerate(words):
        if a.startswith(f"{name}="):
            value = a.split("=", 1)[1]
        elif a == name and i + 1 < len(words):
            value = words[i + 1]
    m = re.fullmatch(r"(>=|<=|>|<)?(\d{4}(?:-\d\d){0,2})", value.strip())
    typed_op, value = (m.group(1) or "", m.group(2)) if m else ("", "2021")
    option = name[2:].lower()
    op = _OPTION_COMPARISONS.get(option, typed_op)
    term = f"{'date' if option.startswith('date') else 'published'}:{op}{value}"
    return f"indexer search {shell_word(' '.join([*before, term]))}"


# The comparison each date option's name means (query._comparison_as_range reads it as a range).
_OPTION_COMPARISONS = {"since": ">=", "from": ">=", "after": ">", "until": "<=", "to": "<=", "before": "<"}


def _options_of(argv: list[str]) -> list[str]:
    return argv[: argv.index("--")] if "--" in argv else argv


def _index_from_variable(argv: list[str], group: click.Group) -> bool:
    """Whether the command of `argv` takes --index and was not given it, while $INDEXER_INDEX
    is set: its index folder is then the variable's (store.resolve_index_dir)."""
    command = group.commands.get(_command_of(argv))
    if command is None or not any(p.name == "index" for p in command.params):
        return False
    return not any(a == "--index" or a.startswith("--index=") for a in _options_of(argv))


def _name_index_variable(exc: Exception, from_variable: bool) -> None:
    """Say in `exc` that the index folder it names came from $INDEXER_INDEX (`from_variable`:
    the command takes --index and was not given it): "no index at /nope (from $INDEXER_INDEX)",
    where the user, who typed no path, was left to guess where /nope came from; an error of no
    index there also says to point the variable at one. Said once, whoever calls first."""
    from .errors import IndexNotFoundError
    from .store import INDEX_ENV

    env = os.environ.get(INDEX_ENV, "")
    if not (env and from_variable and isinstance(exc, IndexerError)) or getattr(exc, "indexer_env_named", False):
        return
    path = str(Path(env))
    at = exc.message.find(path)
    if at < 0:
        return
    end = at + len(path)
    rest = exc.message[end:]
    said = f"from ${INDEX_ENV}"
    if rest.startswith(" (") and ")" in rest:  # "no index at /nope (empty folder)": one parenthesis
        exc.message = f"{exc.message[:end]} ({said}; {rest[2:]}"
    else:
        exc.message = f"{exc.message[:end]} ({said}){rest}"
    if isinstance(exc, IndexNotFoundError):
        more = f"or set ${INDEX_ENV} to the folder of an index (unset, ./.indexer is used)"
        exc.hint = f"{exc.hint}, {more}" if exc.hint else more
    exc.indexer_env_named = True  # type: ignore[attr-defined]


# The commands that write: an interrupted one says that nothing it had begun was kept.
_WRITING_COMMANDS = frozenset({"build", "trust"})


def _command_of(argv: list[str]) -> str:
    return next((a for a in _options_of(argv) if not a.startswith("-")), "")


def _json_mode(argv: list[str]) -> bool:
    """Whether the command line asks for JSON (or --queries JSONL) output, so errors are records too."""
    return _command_of(argv) in ("search", "parse", "entities", "show", "stats") and any(
        a in ("--json", "--jsonl") or a.split("=")[0] == "--queries" for a in _options_of(argv)
    )


class Whole(click.IntRange):
    """A whole-number option: "'ten' is not a valid integer", not "... a valid integer range"."""

    name = "integer"


class Seconds(click.FloatRange):
    name = "number"


class EntityTypeChoice(click.Choice):
    """An entity type by any name models.ENTITY_NAMES accepts: as typed (`person`), as the output
    names its field (`people`, the `type` of `entities --jsonl` and the keys of the JSON), so
    output can be fed back as input, or a synonym (`persons`, `organization`, `location`).
    Converts to the singular type; refuses anything else listing the names accepted."""

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if not isinstance(value, str):
            return super().convert(value, param, ctx)
        try:
            return FIELD_TYPE[entity_field(value)]
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class NamedChoice(click.Choice):
    """A Choice that also takes the other words `names` maps to its values, any case (models'
    SORT_NAMES: `--sort newest` is `--sort date`); anything else refused listing the choices."""

    def __init__(self, choices: tuple[str, ...], names: Mapping[str, str]) -> None:
        super().__init__(choices)
        self.names = names

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if isinstance(value, str):
            value = self.names.get(value.strip().lower(), value)
        return str(super().convert(value, param, ctx))


def entity_option_name(name: str) -> str:
    """`indexer search`'s token_normalize_func: an option name that is another name of an entity
    type (`people`, `persons`, `organization`, `location`) -> the type's option (`person`, `org`,
    `place`), so `--people zenz` is `--person zenz`; any other name unchanged. Dates have no
    option (`date:` in the query), so `dates` is left for click to refuse."""
    field = ENTITY_NAMES.get(name.lower())
    return FIELD_TYPE[field] if field is not None and field in NAME_FIELDS else name


def index_option(func: F) -> F:
    """--index DIR, shared by every command that reads or writes an index. Given twice with two
    folders it is refused (_one_index): click takes the last of a repeated option, so a script
    that added its own `--index` to a user's wrote to, or searched, another index silently."""
    return click.option("--index", "index", metavar="DIR", multiple=True, callback=_one_index, help=INDEX_HELP)(func)


def _one_index(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> str | None:
    """The one folder --index names (None when not given); BadParameter (exit 2) for two."""
    folders = list(dict.fromkeys(value))  # the same folder twice is one
    if len(folders) > 1:
        raise click.BadParameter(
            f"given {len(value)} times ({', '.join(shell_word(f) for f in folders)}): give one index folder"
        )
    return folders[0] if folders else None


def color_option(help_text: str | None = None) -> Callable[[F], F]:
    """--color auto|always|never, shared by the commands that print text."""
    return click.option("--color", type=click.Choice(COLOR_MODES), default="auto", show_default=True, help=help_text)


def wait_option(help_text: str) -> Callable[[F], F]:
    """--wait SECONDS: how long to wait for a build's lock (build, trust)."""
    return click.option(
        "--wait", type=Seconds(0, None), default=5.0, show_default=True, metavar="SECONDS", help=help_text
    )


def workers_option(help_text: str) -> Callable[[F], F]:
    """--workers N: how many worker processes share the command's work (build: segmenting, and
    entity tagging; parse: reading and segmenting); default None, the command's own choice by the input's size."""
    return click.option("--workers", type=Whole(0, 16), default=None, metavar="N", help=help_text)


def follow_links_option() -> Callable[[F], F]:
    """--follow-links shared by build and parse: read what symbolic links leading out of the
    folders given point to (sources.find_sources), instead of skipping them with a warning."""
    return click.option(
        "--follow-links",
        is_flag=True,
        help="Read files that symbolic links lead to outside the folders given [default: skip them, with a warning].",
    )


def _codec(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """The Python codec name of --encoding's value ("" when not given); BadParameter for a name
    no codec has or a codec that does not decode bytes to text (rot13, base64)."""
    if value is None:
        return ""
    import codecs

    examples = "iso-8859-2, windows-1250, cp1251, koi8-r, gb18030 or shift_jis"
    try:
        b"a\xe9".decode(value, "replace")  # not b"": an empty input skips the codec lookup
    except LookupError:  # no such codec, or one of bytes to bytes (base64, rot13)
        raise click.BadParameter(f"unknown encoding {value!r}: give a text encoding such as {examples}") from None
    except (UnicodeError, ValueError, TypeError):  # idna, punycode, undefined: not for file text
        raise click.BadParameter(f"{value!r} is not an encoding of text files: give one such as {examples}") from None
    name = codecs.lookup(value).name
    if name.startswith("utf"):  # UTF-8 and UTF-16 are read without being named; forced, they garble the rest
        raise click.BadParameter(
            f"{value!r} needs no naming: UTF-8 and UTF-16 files are recognised by themselves; --encoding is "
            f"for the other files, in an encoding such as {examples}"
        )
    return name


def encoding_option(more_help: str = "") -> Callable[[F], F]:
    """--encoding NAME shared by build and parse: the codec of files that are neither UTF-8 nor
    declare their charset, instead of a guess (sources.decode_text, htmlpage.decode); `more_help`
    is what the option does besides in one command."""
    help_text = (
        "Encoding of files that are neither UTF-8 nor declare a charset (iso-8859-2, windows-1250, cp1251...) "
        "[default: guessed, with a warning]."
    )
    return click.option(
        "--encoding", callback=_codec, default=None, metavar="NAME", help=f"{help_text} {more_help}".strip()
    )


def output_options(func: Callable[..., int]) -> Callable[..., int]:
    """--json / --jsonl shared by search, parse and entities (as sqlite-utils shares its flags)."""

    @click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
    @click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one JSON object per line.")
    @functools.wraps(func)
    def wrapper(*args: object, as_json: bool, as_jsonl: bool, **kwargs: object) -> int:
        if as_json and as_jsonl:
            raise click.UsageError("--json and --jsonl cannot be used together")
        fmt = "json" if as_json else "jsonl" if as_jsonl else "text"
        return func(*args, fmt=fmt, **kwargs)

    return wrapper


def use_color(option: str) -> tuple[bool, bool]:
    """(colour, bold only). Colour only on a terminal; NO_COLOR (no-color.org) keeps bold only."""
    if option == "never":
        return False, False
    if option == "always":
        return True, False
    if not sys.stdout.isatty() or os.environ.get("TERM") == "dumb":
        return False, False
    if os.environ.get("NO_COLOR"):
        return False, True
    return True, False


@click.group(cls=IndexerGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="indexer", prog_name="indexer")
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
def main(debug: bool) -> None:
    """Full-text index of news articles, by paragraph, with who and what each names.

    \b
    Quick start:
      indexer build source/               # index the shipped article
      indexer search "forced labor"       # ranked paragraphs, matches highlighted
      indexer search "forced labor" --json
    """


@main.command()
@click.argument("paths", nargs=-1)
@index_option
@click.option("--rebuild", is_flag=True, help="Start over instead of updating the index.")
@click.option("--no-entities", is_flag=True, help="Skip entity tagging (faster; entity fields stay empty).")
@click.option(
    "--prune/--no-prune",
    default=True,
    show_default=True,
    help="Remove articles whose files are gone from the PATHS given.",
)
@click.option("--strict", is_flag=True, help="Fail (exit 2) on any unreadable file instead of skipping it.")
@wait_option("How long to wait for another build's lock.")
@workers_option(
    "Worker processes for each slow stage: segmenting pages, and entity tagging [default: 2 each for a large "
    "build (segmenting: 40 pages or more to read; tagging: 200 files or more), else 0 (in-process)]."
)
@encoding_option("Such files are read again with it even when unchanged.")
@follow_links_option()
@click.option("-q", "--quiet", is_flag=True, help="No progress and no warnings; the summary line only.")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Every warning, every file skipped and every file of another type not read [default: the first warning of "
    "each kind, with a count of the rest; files skipped as at the last build and files of other types counted only].",
)
def build(
    paths: tuple[str, ...],
    index: str | None,
    rebuild: bool,
    no_entities: bool,
    prune: bool,
    strict: bool,
    wait: float,
    workers: int | None,
    encoding: str,
    follow_links: bool,
    quiet: bool,
    verbose: bool,
) -> int:
    """Index the articles under PATHS (files, folders, globs) [default: source/].

    Reads .txt, .md, .html, .htm and .mhtml, gzipped too (.txt.gz). Only articles whose content changed are
    re-read (all of them once after an upgrade of indexer); --rebuild starts over. An article's id is the name of the folder given and the path
    under it (bbc: bbc/business/001.txt; bbc/business: business/001.txt), whatever else is
    built with it; folders of the same name get longer ids (2019/news/a.txt, 2020/news/a.txt).
    Symbolic links leading out of the folders given are skipped (--follow-links).

    \b
    Examples:
      indexer build                           # source/ into ./.indexer
      indexer build ~/articles --index ~/idx
      indexer build 'news/**/*.html' --no-entities
    """
    from .pipeline import build as run_build

    progress = _build_progress(quiet, not no_entities)
    stop_on_sigterm()
    try:
        summary = run_build(
            list(paths) or ["source"],
            index,
            rebuild=rebuild,
            entities=not no_entities,
            prune=prune,
            strict=strict,
            wait=wait,
            workers=workers,
            progress=progress,
            phase=progress.phase if progress else None,
            reading=progress.reading if progress else None,
            follow_links=follow_links,
            cancelled=INTERRUPTED.is_set,
            paths_given=bool(paths),
            encoding=encoding,
            skips_shown=not quiet,
            keep_going=True,
        )
    finally:
        if progress:
            progress.clear()
    _print_build_summary(summary, quiet, verbose, from_variable=index is None)
    # A named file that could not be read: said on its line, the others built, and the exit
    # status an error's, as grep's and rg's when a file named is unreadable.
    return EXIT_ERROR if summary.errors else EXIT_FOUND


def _say_refused(exc: UnreadableFilesError, verbose: bool) -> None:
    """The files a --strict build could not read, one error line each (the first
    UnreadableFilesError.LISTED unless verbose, then "... and N more"), as a compiler lists its
    errors; the error's own line, the count and "nothing was written", follows."""
    listed = exc.listed(None if verbose else exc.LISTED)
    for error in listed:
        _error(_message(error))
    if len(exc.errors) > len(listed):
        _error(f"... and {len(exc.errors) - len(listed):,} more (--verbose lists every one)")


def _build_progress(quiet: bool, entities: bool) -> _BuildProgress | _LineProgress | None:
    """The build's progress display: a bar on a terminal, log lines elsewhere, none when quiet."""
    if quiet:
        return None
    return _BuildProgress(entities=entities) if sys.stderr.isatty() else _LineProgress(entities)


def _index_at(index_dir: str, from_variable: bool = False) -> str:
    """The index folder as a line about it opens: "index at .indexer", "index at /srv/idx (from
    $INDEXER_INDEX)" when the variable named it (`from_variable`: no --index given), as the
    errors about an index name it. A line opening with the bare folder (".indexer: 1 article")
    read as a misspelt "indexer:" prefix, and left the user to guess what the path was."""
    from .store import INDEX_ENV

    said = f" (from ${INDEX_ENV})" if from_variable and os.environ.get(INDEX_ENV, "") else ""
    return f"index at {index_dir}{said}"


def _print_build_summary(
    summary: BuildSummary, quiet: bool, verbose: bool = False, from_variable: bool = False
) -> None:
    """The files skipped and the warnings (unless quiet; the first of each kind and a count of
    the rest unless verbose), then the one summary line, on stderr: "index at DIR: N articles,
    ..." (`_index_at`; `from_variable`: no --index was given)."""
    if not quiet:
        from . import render

        per_kind = 0 if verbose else render.WARNINGS_PER_KIND
        # A skip the last build said already (a folder's README, at every build) only counts
        # in the summary line, unless --verbose.
        said = [f"skipped {s.reason}" for s in summary.skipped if verbose or not s.said_before]
        for skipped in render.collapse_warnings(said, per_kind):
            _warn(skipped)
        for warning in render.collapse_warnings([_text(w) for w in summary.warnings], per_kind):
            _warn(warning)
        for other in summary.others if verbose else ():
            click.echo(f"indexer: note: not read, of another type: {other}", err=True)
        for note in summary.notes:
            click.echo(f"indexer: note: {_text(note)}", err=True)
    for error in summary.errors:  # even when quiet: the exit status says there were some
        click.echo(f"indexer: error: {_text(error)}", err=True)
    before = 0 if verbose or quiet else sum(s.said_before for s in summary.skipped)
    lists = f"as before: -v lists {'it' if before == 1 else 'them'}"
    said_before = "" if not before else f" {lists}" if before == len(summary.skipped) else f", {before:,} {lists}"
    skipped_note = f", {len(summary.skipped):,} skipped{said_before}" if summary.skipped else ""
    skipped_note += _others_note(summary.others, verbose) + _unread_note(summary)
    renamed_note = f", {summary.renamed:,} renamed" if summary.renamed else ""
    click.echo(
        f"{_index_at(summary.index_dir, from_variable)}: {_plural(summary.total_articles, 'article')}, "
        f"{_plural(summary.total_paragraphs, 'paragraph')} ({summary.added:,} added, {summary.updated:,} "
        f"updated, {summary.unchanged:,} unchanged{renamed_note}, {summary.removed:,} removed{skipped_note}; "
        f"{_plural(summary.paragraphs, 'paragraph')} written) in {summary.seconds:.1f} s",
        err=True,
    )


# How the build summary counts the PATHS arguments it could not read, by kind (sources.unread_kind).
_UNREAD = {
    "file": ("file", "not read"),
    "folder": ("folder", "not read"),
    "pattern": ("pattern", "matching no article"),
    "missing": ("path", "not found"),
}


def _others_note(others: list[str], verbose: bool) -> str:
    """ ", 3 other files not read (1 .gz, 1 .text, 1 .xml; -v lists them)": the files of the
    folders and globs given passed over for their type (sources.is_other_file), by extension;
    "" when none. A build said nothing of them, even with -v, as if they were not there."""
    if not others:
        return ""
    from .sources import suffix_counts

    lists = "" if verbose else f"; -v lists {'it' if len(others) == 1 else 'them'}"
    return f", {len(others):,} other file{'s' * (len(others) != 1)} not read ({suffix_counts(others)}{lists})"


def _unread_note(summary: BuildSummary) -> str:
    """ ", 1 file not read, 1 folder not read (errors above)": the paths the build went on past,
    each counted as what it is (a missing folder was "1 file not read"); "" when none."""
    errors = len(summary.errors)
    if not errors:
        return ""
    kinds = summary.unread if len(summary.unread) == errors else ["file"] * errors
    counts = {kind: kinds.count(kind) for kind in _UNREAD if kind in kinds}
    parts = [f"{_plural(n, _UNREAD[kind][0])} {_UNREAD[kind][1]}" for kind, n in counts.items()]
    return f", {', '.join(parts)} (error{'s' if errors > 1 else ''} above)"


def _plural(n: int, word: str) -> str:
    """ "1 article", "3,632 paragraphs": thousands grouped, as the warnings print counts."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


class _Phases:
    """The steps of a build after its articles (pipeline's PhaseFn: "writing the index: the
    corpus-names table"), said as each starts and again while it runs, so that the minutes of a
    large build's commit (~6 on Reuters' 19,043 files) do not look hung. A step is mostly one
    call into Whoosh (millions of postings sorted and written) with no loop of ours to report
    from, so a heartbeat thread says it again, with the seconds it has taken so far; it starts
    at the first step (after the articles: no tagging or writer process is forked after it)
    and stops with `clear`. `show(what, new)` is how a subclass shows the step; `beat` is one
    tick of the heartbeat (a test calls it on a clock of its own instead of the thread)."""

    beat_every: float  # seconds between the heartbeat's ticks
    heartbeat: bool  # whether `phase` starts the thread
    clock: Callable[[], float]

    def _init_phases(self) -> None:
        self.what: str | None = None  # the step running
        self.started = 0.0  # when it started (clock)
        self.lock = threading.Lock()  # the heartbeat and the build both draw on stderr
        self.stopped = threading.Event()
        self.thread: threading.Thread | None = None

    def phase(self, what: str) -> None:
        """A step of the build starts (pipeline's PhaseFn); "" ends the step running (a large
        page's tagging, said while the articles are read) without a line."""
        with self.lock:
            if not what:
                self.what = None
                return
            self.what, self.started = what, self.clock()
            self.show(what, True)
        if self.heartbeat and self.thread is None:
            self.thread = threading.Thread(target=self._beat, name="indexer-progress", daemon=True)
            self.thread.start()

    def beat(self) -> None:
        """One tick of the heartbeat: the step running said again if the subclass's rule says so."""
        with self.lock:
            if self.what is not None:
                self.show(self.what, False)

    def _beat(self) -> None:
        while not self.stopped.wait(self.beat_every):
            self.beat()

    def _stop(self) -> None:
        self.stopped.set()
        if self.thread is not None:
            self.thread.join()
            self.thread = None
        self.what = None

    def _taken(self) -> str:
        """The seconds the running step has taken, for the line that says it again."""
        return f" ({self.clock() - self.started:,.0f} s so far)"

    def show(self, what: str, new: bool) -> None:
        raise NotImplementedError


# What the first pass reads the files for (sites.py), said beside its progress.
FIRST_PASS = "the blocks repeated across each folder's pages"


class _BuildProgress(_Phases):
    """The build's progress on stderr, as click's progress bar: articles done of all, a bar,
    percent, ETA, and the paragraphs written so far (called as pipeline's ProgressFn). Drawn
    from the first call, which the build makes before its tagger loads: until paragraphs are
    written, it says the entity model is loading (`entities`), the ~30 s of a first build.
    After the articles, the step of the build (_Phases) and its seconds so far follow the bar."""

    def __init__(self, entities: bool = True, heartbeat: bool = True, clock: Callable[[], float] | None = None) -> None:
        self.bar: ProgressBar[Any] | None = None  # its item: paragraphs (int) or words (str)
        self.entities = entities
        self.heartbeat, self.beat_every, self.clock = heartbeat, 1.0, clock or time.monotonic
        self._init_phases()

    def item(self, paragraphs: int | str | None) -> str | None:
        """The text after the bar: paragraphs written, or what the build waits for before any,
        or the step it is at after them."""
        if isinstance(paragraphs, str):
            return paragraphs
        if paragraphs:
            return _plural(paragraphs, "paragraph")  # as the piped lines count: "1 paragraph", "2,500 paragraphs"
        return "loading the entity model (spaCy)" if self.entities else None

    def show(self, what: str, new: bool) -> None:
        if self.bar is not None:
            # One terminal line, or each redraw leaves a wrapped line behind: the bar narrowed
            # (the articles are all done), the step's own words (no "writing the index: " nor
            # details), its seconds first, cut to the width left.
            bar = self.bar
            bar.width = min(bar.width, 10)
            step = what.split(": ", 1)[-1].split(" (")[0]
            text = step if new else f"{self.clock() - self.started:,.0f} s: {step}"
            used = len(f"{bar.label}  [{'#' * bar.width}]  {bar.length}/{bar.length}  ")
            room = max(12, shutil.get_terminal_size().columns - used - 1)
            bar.current_item = text if len(text) <= room else text[: room - 1] + "…"
            bar.render_progress()

    def __call__(self, done: int, total: int, paragraphs: int) -> None:
        with self.lock:
            self._update("indexing", done, total, paragraphs)

    def reading(self, done: int, total: int, paragraphs: int = 0) -> None:
        """The first pass's files read (pipeline's `reading`): a bar of its own, as the
        articles' (a large folder's first pass takes a minute), until the articles' starts."""
        with self.lock:
            self._update("reading", done, total, FIRST_PASS)

    def _update(self, label: str, done: int, total: int, item: int | str) -> None:
        if self.bar is not None and self.bar.label != label:  # the first pass's bar gives way
            click.echo("\r\x1b[K", nl=False, err=True)
            self.bar = None
        if self.bar is None:
            self.bar = click.progressbar(
                length=total,
                label=label,
                file=sys.stderr,
                show_pos=True,
                show_eta=True,
                item_show_func=self.item,
            )
            self.bar.pos = done
            self.bar.current_item = item
            self.bar.render_progress()  # at once: update() draws only once a step is made
        self.bar.update(done - self.bar.pos, item)

    def clear(self) -> None:
        """Erase the bar's line (the summary line takes its place) and show the cursor again,
        which click's bar hides while it draws."""
        self._stop()
        if self.bar is not None:
            click.echo("\r\x1b[K\x1b[?25h", nl=False, err=True)
            self.bar = None


class _LineProgress(_Phases):
    """The build's progress when stderr is no terminal (a pipe, a log, a script): a bar's
    redrawing would be noise there, but silence for a first build's minute looks hung. So one
    line at the start (files to read, some of which may be skipped, or, on an update, of how many
    the changed ones are read; the entity model loading),
    then one at most every `interval` seconds (files done of all, percent, paragraphs written),
    as log lines: `indexer: indexing 1,200/2,225 files (53%), 14,310 paragraphs`; after the
    articles, the step the build is at (_Phases), at most and at least every `interval` seconds:
    `indexer: writing the index: the corpus-names table (40 s so far)`. Called as pipeline's
    ProgressFn; `clock`: seconds, monotonic (time.monotonic; a test passes its own, and
    heartbeat=False to tick `beat` itself)."""

    INTERVAL = 10.0  # seconds between lines: a few lines a minute, as a log reader skims them

    def __init__(
        self,
        entities: bool = True,
        interval: float = INTERVAL,
        clock: Callable[[], float] | None = None,
        heartbeat: bool = True,
    ) -> None:
        self.entities = entities
        self.interval = interval
        self.clock = clock or time.monotonic
        self.last: float | None = None  # when the last line was printed
        self.done = -1  # articles done at the last line
        self.first_read: float | None = None  # when the first pass read its first file
        self.read_line: float | None = None  # when it last said how far it is
        self.heartbeat, self.beat_every = heartbeat, interval / 4
        self._init_phases()

    def show(self, what: str, new: bool) -> None:
        # A step that starts within `interval` of the last line waits for the heartbeat's turn:
        # the short steps of a small build say nothing, a long one is said every `interval`.
        now = self.clock()
        if self.last is not None and now - self.last < self.interval:
            return
        self.last = now
        click.echo(f"indexer: {what}{'' if new else self._taken()}", err=True)

    def __call__(self, done: int, total: int, paragraphs: int) -> None:
        with self.lock:
            self._line(done, total, paragraphs)

    def _line(self, done: int, total: int, paragraphs: int) -> None:
        now = self.clock()
        if self.last is None:
            loading = ", loading the entity model (spaCy)" if self.entities and not paragraphs else ""
            # An update streams its stat checks: the files before the first changed one are
            # known unchanged (or skipped), how many of the rest changed is not yet known, so
            # "indexing 150 files" for 2 changed files of 350 would be a count it never had.
            if done:
                line = f"checking {_plural(total, 'file')} for changes ({done:,} checked so far), indexing the new and changed{loading}"
            else:
                line = f"indexing {_plural(total, 'file')}{loading}"
        elif now - self.last >= self.interval and done != self.done:
            percent = 100 * done // total if total else 100
            line = f"indexing {done:,}/{total:,} files ({percent}%), {_plural(paragraphs, 'paragraph')}"
        else:
            return
        self.last, self.done = now, done
        click.echo(f"indexer: {line}", err=True)

    def reading(self, done: int, total: int, paragraphs: int = 0) -> None:
        """The first pass's files read (pipeline's `reading`): said once it has run `interval`
        seconds, then every `interval` (a small build's first pass says nothing)."""
        with self.lock:
            now = self.clock()
            if self.first_read is None:
                self.first_read = now
            last = self.first_read if self.read_line is None else self.read_line
            if now - last < self.interval:
                return
            self.read_line = now
            percent = 100 * done // total if total else 100
            click.echo(f"indexer: reading {done:,}/{total:,} files ({percent}%): {FIRST_PASS}", err=True)

    def clear(self) -> None:
        """Stop the heartbeat; nothing to erase: each line stays, as in a log."""
        self._stop()


ENTITY_FILTER_HELP: dict[NameField, str] = {
    "people": "Paragraphs naming this person (a surname matches the full name).",
    "orgs": "Paragraphs naming this organization.",
    "places": "Paragraphs naming this place.",
    "groups": "Paragraphs naming this group (nationality, ethnic or religious group).",
    "speakers": "Paragraphs quoting this person.",
}
EXACT_NAME_HELP = " =NAME: that name whole, as facets count it."
# (flag, Filters field, help): an entity filter's flag is its singular type (--person: people).
FILTER_OPTIONS = [
    *((f"--{FIELD_TYPE[name]}", name, ENTITY_FILTER_HELP[name] + EXACT_NAME_HELP) for name in NAME_FIELDS),
    ("--kind", "kinds", "Paragraphs of this kind: title, heading, lead, body, caption."),
    (
        "--article",
        "articles",
        "Paragraphs of this article id, or of ids with a part after a / that is it, or of the articles under "
        "this folder (bbc/business), or of the article read from this file, as show prints it "
        "(~/news/001.txt, ./news/2021-*.txt) (wildcards * and ? allowed).",
    ),
    (
        "--lang",
        "languages",
        "Paragraphs of articles in this language (ISO 639-1 code: en, de, zh...; und: "
        "undetermined); query words are then stemmed as words of it only.",
    ),
]


def filter_options(func: F) -> F:
    """The filter options of FILTER_OPTIONS (--person, --kind, --lang...), each repeatable."""
    for flag, dest, help_text in reversed(FILTER_OPTIONS):
        func = click.option(flag, dest, multiple=True, metavar="NAME", help=help_text + " Repeatable.")(func)
    return func


@main.command(cls=SearchCommand, context_settings={"token_normalize_func": entity_option_name})
# Several words are one query (`indexer search forced labor`), as in grep-like tools people know.
@click.argument("query_words", metavar="[QUERY]...", nargs=-1)
@index_option
@filter_options
@click.option("-n", "--limit", type=Whole(0, None), default=10, show_default=True, help="Hits to show.")
@click.option("--offset", type=Whole(0, None), default=0, show_default=True, help="Hits to skip (paging).")
@click.option(
    "--sort",
    type=NamedChoice(SORT_ORDERS, SORT_NAMES),
    default="score",
    show_default=True,
    help="Rank by relevance, by article and paragraph order (also: article), or newest article first; "
    "equal scores in article order.",
)
@click.option(
    "--or",
    "any_word",
    is_flag=True,
    help="Find paragraphs with any of the words (default: all); with --sort score, those matching best first.",
)
@click.option(
    "--no-fallback", is_flag=True, help="Search exactly as typed: no typo retry, no OR retry, no reading as a question."
)
@click.option(
    "--fallback",
    is_flag=True,
    help="Loosen a query that finds nothing in --jsonl and --csv too, as the text output does "
    "[default: they run it as typed].",
)
@click.option(
    "--synonyms",
    "synonyms_file",
    metavar="FILE",
    help="More spelling variants, one comma-separated group per line [default: $INDEXER_SYNONYMS].",
)
@click.option("--no-synonyms", is_flag=True, help="Do not expand spelling variants (Uighur/Uyghur, labour/labor).")
@click.option("--full", is_flag=True, help="Print whole paragraphs instead of snippets.")
@click.option(
    "--duplicates",
    is_flag=True,
    help="Show each copy of a paragraph found in several articles as a hit [default: the best-ranked "
    "copy, 'also in' the others; --jsonl and --csv print each].",
)
@click.option(
    "-C",
    "--context",
    type=Whole(0, MAX_CONTEXT),
    default=0,
    metavar="N",
    help=f"Also show the N paragraphs before and after each hit (as grep -C); at most {MAX_CONTEXT}, as "
    "for show -C: each hit of a page brings 2N more (the whole article: indexer show ARTICLE).",
)
@color_option("Highlight matches with colour.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV: a header row, then one row per hit.")
@click.option("--count", is_flag=True, help="Print only the number of matching paragraphs.")
@click.option(
    "--fields",
    metavar="LIST",
    help="Hit fields to print in JSON, JSONL and CSV, comma-separated (e.g. article_id,paragraph,snippet).",
)
@click.option("--facets", is_flag=True, help="Count the entity names of all matching paragraphs (always in --json).")
@click.option(
    "--queries",
    "queries_file",
    metavar="FILE",
    help="Run every line of FILE ('-': stdin) as a query in one process; one JSONL record per line.",
)
@output_options
def search(query_words: tuple[str, ...], fmt: str, **options: Any) -> int:  # options: see _SearchOptions
    """Search the index for QUERY; print the best paragraphs with matches highlighted.

    QUERY may be several words (they are joined by spaces) or one quoted string; it may be
    left out when a filter is given: then every paragraph the filters match.
    Words are ANDed (--or: any word); "quoted phrases", "phrase"~3 (within 3 words), OR, NOT,
    -word, (groups), field:value (title, section, byline, kind, person, org, place, group,
    speaker, date: a day the text names, published: the article's date, both with ranges
    and comparisons: published:>=2021; published:* any date, -published:* none),
    prefix* (3 letters or more) and typo~ work; Uighur also finds Uyghur. A query that
    finds nothing is retried with typo tolerance, a typed question by its important words;
    a note on stderr says so. Entity types take their plurals and synonyms too (--people,
    --organization, location:, --kind captions). The query language: README.md, "Query language".

    \b
    Examples:
      indexer search "forced labor"
      indexer search "what did Zenz say about the world's response"
      indexer search '"Id Kah Mosque"' --json
      indexer search sanctions --place Beijing --kind body -C 1
      indexer search uyghr~ --count
      indexer search --speaker Zenz --jsonl --fields article_id,paragraph,snippet
      indexer search --queries questions.txt > answers.jsonl
    Exit status: 0 found, 1 nothing found as typed (a fallback's hits are shown, with a note),
    2 error.
    """
    from .search import IndexSearcher

    query = " ".join(query_words)
    filter_values: dict[str, tuple[str, ...]] = {dest: options.pop(dest) for _, dest, _ in FILTER_OPTIONS}
    o = _SearchOptions(**options)
    fmt = _search_format(fmt, o.as_csv, o.count)
    _note_count_drops(o)
    _note_options_as_words(query_words)
    try:
        chosen = _chosen_fields(query, o, fmt)
        request = _search_request(query, filter_values, o, fmt)
        with IndexSearcher(o.index, synonyms=not o.no_synonyms, synonyms_file=o.synonyms_file) as searcher:
            if o.queries_file is not None:
                return _search_queries(searcher, o.queries_file, request, chosen, o.count)
            result = searcher.search(request)
            untagged = None if searcher.manifest.entities else searcher.index_dir
            _note_loosened(searcher, request, result, fmt, o)
    except (IndexerError, click.UsageError) as exc:
        if fmt in ("json", "jsonl") or o.queries_file is not None:  # scripts parse stdout: a record too
            _error_record(exc)
        raise
    if not o.count:
        _warn_if_capped(o.limit, result)
    if fmt != "json":
        _search_notes(result, untagged if _asks_for_entities(query, filter_values) else None)
    _print_search(result, fmt, chosen, bool(o.context), o.full, o.color)
    # --limit 0 asks for no hits, not for nothing to be found: like --count, the total decides.
    # The status is the query's as typed: hits a fallback found are shown, with a note, but a
    # script testing `indexer search ... && ...` is not told that the words were found together.
    return EXIT_FOUND if result.total_as_typed and (result.hits or o.count or not o.limit) else EXIT_NOTHING


@dataclass(frozen=True)
class _SearchOptions:
    """The options `indexer search` was given besides its filters and output format, by the
    names click gives them (see the decorators of `search`)."""

    index: str | None
    limit: int
    offset: int
    sort: SortOrder
    any_word: bool
    no_fallback: bool
    fallback: bool
    synonyms_file: str | None
    no_synonyms: bool
    full: bool
    duplicates: bool
    context: int
    color: str
    as_csv: bool
    count: bool
    fields: str | None
    facets: bool
    queries_file: str | None


def _chosen_fields(query: str, o: _SearchOptions, fmt: str) -> tuple[str, ...] | None:
    """The hit fields --fields asks for (None: all), once the options are known to go together:
    click.UsageError or IndexerError if not."""
    from .render import parse_fields

    if o.queries_file is not None:
        _check_queries_options(query, fmt)
    if o.fallback and (o.no_fallback or o.count or o.queries_file is not None):
        other = "--no-fallback" if o.no_fallback else "--count" if o.count else "--queries"
        raise click.UsageError(f"--fallback does not go with {other}: it loosens the hits of --jsonl and --csv")
    # `--fields ''` (a script's unset variable) is refused as empty, not read as "all fields".
    chosen = parse_fields(o.fields, context=bool(o.context)) if o.fields is not None else None
    if chosen and fmt not in ("json", "jsonl", "csv") and o.queries_file is None:
        raise click.UsageError("--fields applies to --json, --jsonl, --csv and --queries output")
    return chosen


def _search_request(
    query: str, filter_values: dict[str, tuple[str, ...]], o: _SearchOptions, fmt: str
) -> SearchRequest:
    """The SearchRequest the options describe."""
    from .search import Filters, SearchRequest

    # Counts, JSONL and CSV are read by scripts and carry no flag: the query runs as typed
    # there (no typo retry, no question reading); text and JSON say when one ran.
    as_typed = o.no_fallback or o.count or (fmt in ("csv", "jsonl") and o.queries_file is None and not o.fallback)
    return SearchRequest(
        query,
        Filters(**filter_values),
        0 if o.count else o.limit,
        o.offset,
        o.sort,
        "or" if o.any_word else "and",
        not as_typed,
        o.context,
        o.facets or (fmt == "json" and o.queries_file is None),
        True,
        # Rows for scripts (JSONL, CSV, --queries) are every matching paragraph, copies too.
        o.duplicates or fmt in ("csv", "jsonl") or o.queries_file is not None,
    )


def _note_count_drops(o: _SearchOptions) -> None:
    """A note on stderr naming the options --count has nothing to print for (--facets, -C):
    `--count --facets` printed the count alone, with no word of the facets (a new user's try)."""
    dropped = [flag for flag, given in (("--facets", o.facets), ("-C", o.context)) if given]
    if o.count and dropped:
        click.echo(f"indexer: note: --count prints the number alone: {' and '.join(dropped)} left out", err=True)


def _note_options_as_words(query_words: tuple[str, ...]) -> None:
    """A note on stderr for each word of the query that is one of the command's options
    ("--count" after "--", where every argument is the query's, as in any POSIX command):
    `indexer search -- -labour blair --count` printed hits, its "--count" silently a word of the
    query (a new user's try)."""
    ctx = click.get_current_context(silent=True)
    names = {n for p in ctx.command.params for n in (*p.opts, *p.secondary_opts)} if ctx else set()
    for word in dict.fromkeys(w for w in query_words if w in names):
        click.echo(
            f"indexer: note: '{word}' after '--' is read as a word of the query, not as an option: "
            "put options before '--'",
            err=True,
        )


def _search_format(fmt: str, as_csv: bool, count: bool) -> str:
    """The one output format --json, --jsonl, --csv and --count chose (a usage error if several)."""
    if sum((fmt != "text", as_csv, count)) > 1:
        raise click.UsageError("choose one of --json, --jsonl, --csv and --count")
    return "csv" if as_csv else "count" if count else fmt


def _warn_if_capped(limit: int, result: SearchResult) -> bool:
    """Warn that a --limit over MAX_LIMIT was cut, when it was: more paragraphs match past the
    offset than the MAX_LIMIT hits a search returns (`-n 20000` with 4 hits loses none, so says
    nothing). Returns whether it warned."""
    from .search import MAX_LIMIT

    if limit <= MAX_LIMIT or result.total - result.offset <= MAX_LIMIT:
        return False
    _warn(
        f"-n {limit} is more than the {MAX_LIMIT:,} hits a search returns: showing {MAX_LIMIT:,} of the "
        f"{result.total - result.offset:,} from offset {result.offset} (page on with --offset)"
    )
    return True


def _check_queries_options(query: str, fmt: str) -> None:
    if query:
        raise click.UsageError("give either QUERY or --queries FILE, not both")
    if fmt in ("json", "csv"):
        raise click.UsageError("--queries prints one JSONL record per query: drop --json/--csv")


def _note_loosened(
    searcher: IndexSearcher, request: SearchRequest, result: SearchResult, fmt: str, o: _SearchOptions
) -> None:
    """On stderr, when --jsonl, --csv or --count ran the query as typed and it matched nothing, what the
    text output would have shown instead (its fallback's note and count) and how to export it
    (--fallback): an empty file with no word of why was all a script's user saw."""
    typed = result.total_as_typed
    if (
        fmt not in ("csv", "jsonl", "count")
        or not request.query
        or request.fallback
        or o.no_fallback
        or typed >= NOTE_BELOW
    ):
        return
    loosened = searcher.search(replace(request, fallback=True, limit=1, offset=0, facets=False, suggest=False))
    if loosened.total > typed and loosened.fallback:
        how = _LOOSENED.get(loosened.fallback, loosened.fallback)
        n = f"{loosened.total:,} paragraph{'s' if loosened.total != 1 else ''}"
        matches = (
            "no paragraph matches"
            if not typed
            else "only 1 paragraph matches"
            if typed == 1
            else f"only {typed} paragraphs match"
        )
        click.echo(
            f"indexer: note: {matches} the query as typed, which --{fmt} runs; {how}, as the "
            f"text output shows it, it matches {n}: "
            + ("--jsonl --fallback prints them" if fmt == "count" else "add --fallback to print them"),
            err=True,
        )


# An export finding fewer paragraphs than this as typed is checked against the text output's
# reading (`_note_loosened`): a typed question with one literal hit is still read by its
# important words there ("what did Blair say about the election": 1 as typed, 894 read)
NOTE_BELOW = 3


# How each fallback (SearchResult.fallback) loosened a query, for `_note_loosened`
_LOOSENED = {
    "split": "with its glued words split",
    "fuzzy": "allowing typos",
    "any": "with any of its words",
    "fuzzy+any": "allowing typos and with any of its words",
    "question": "read as a question",
}


def _search_notes(result: SearchResult, untagged: Path | None) -> None:
    """What the search itself says on stderr: its note (a fallback ran), a suggestion, and why an
    entity search found nothing on an index built without entities (`untagged`: its folder)."""
    if result.note:
        click.echo(f"indexer: note: {result.note}", err=True)
    if result.suggestion:
        click.echo(f"indexer: did you mean: {result.suggestion}", err=True)
    if untagged is not None and not result.total:
        _note_untagged(untagged)


def _print_search(
    result: SearchResult, fmt: str, chosen: tuple[str, ...] | None, context: bool, full: bool, color: str
) -> None:
    """The result on stdout in the chosen format (`chosen`: the --fields asked for, or None)."""
    from .render import csv_rows, dumps, hit_to_json, result_to_json, to_csv

    if fmt == "count":
        click.echo(result.total)
    elif fmt == "json":
        click.echo(dumps(result_to_json(result, chosen, context), pretty=True))
    elif fmt == "jsonl":
        for hit in result.hits:
            click.echo(dumps({"schema_version": 1, **hit_to_json(hit, chosen, context)}))
        _note_more_rows(result)
    elif fmt == "csv":
        click.echo(to_csv(csv_rows(result, chosen, bool(context))), nl=False)
        _note_more_rows(result)
    else:
        _print_result(result, full, color)


def _note_more_rows(result: SearchResult) -> None:
    """Say on stderr that the --jsonl or --csv rows written are a page of the matching
    paragraphs, not all of them (a script writing them to a file got the first 10 of 19 and
    was not told), and how to get the rest: the -n that writes them all, or the next --offset
    past the MAX_LIMIT hits one search returns. Nothing when every row was written."""
    from .search import MAX_LIMIT

    shown, left = len(result.hits), result.total - result.offset
    if not shown or result.next_offset is None or left <= shown:
        return
    first = result.offset + 1
    written = (
        f"{shown:,} of {left:,}" if not result.offset else f"rows {first:,}-{first + shown - 1:,} of {result.total:,}"
    )
    rest = "the rest" if result.offset else "every one"
    how = f"-n {left} writes {rest}" if left <= MAX_LIMIT else f"--offset {result.next_offset} writes the next page"
    click.echo(f"indexer: note: {written} matching paragraphs written (-n {result.limit}); {how}", err=True)


def _asks_for_entities(query: str, filter_values: dict[str, tuple[str, ...]]) -> bool:
    """Whether a search filters by entity tags (a filter option, or a field in the query)."""
    import re

    if any(filter_values.get(dest) for dest in NAME_FIELDS):
        return True
    return re.search(rf"(?i)\b(?:{'|'.join(ENTITY_NAMES)}):", query) is not None


def _note_search_needs_rebuild(index_dir: Path, analyzer_version: int) -> None:
    """Say, in one line on stderr, that an index `show` or `stats` read for its stored fields
    alone has other analyzers (`analyzer_version`) than this version's, so a search of it needs
    the rebuild named (nothing when its analyzers are this version's)."""
    from .index.manifest import rebuild, search_needs_rebuild

    if note := search_needs_rebuild(index_dir, analyzer_version):
        click.echo(f"indexer: note: {note.format(_command(rebuild(index_dir)))}", err=True)


def _note_untagged(index_dir: Path) -> None:
    """Say why entity searches and lists come back empty on an index built with --no-entities."""
    from .index.manifest import rebuild

    click.echo(
        f"indexer: note: the index at {index_dir} has no entity tags (built with --no-entities): "
        f"to get them, rebuild it with entities: {_command(rebuild(index_dir, entities=True))}",
        err=True,
    )


def _print_result(result: SearchResult, full: bool, color: str) -> None:
    from .render import TextRenderer

    colour, bold_only = use_color(color)
    renderer = TextRenderer(color=colour, bold_only=bold_only)
    for block in renderer.result(result, full=full):
        click.echo(block, color=renderer.color)  # click strips ANSI off a terminal unless told
    if result.facets is not None:
        click.echo()
        for line in renderer.facets(result.facets):
            click.echo(line, color=renderer.color)
    shown = len(result.hits)
    if result.total == 0:
        click.echo("no paragraphs found", err=True)
    elif not shown and not result.limit:
        click.echo(f"{_plural(result.total, 'paragraph')} match; --limit 0 shows none", err=True)
    elif not shown:
        click.echo(f"no paragraphs at offset {result.offset} (there are {result.hits_total:,})", err=True)
    else:
        more = f"; next page: --offset {result.next_offset}" if result.next_offset is not None else ""
        click.echo(f"\n{result.offset + 1}-{result.offset + shown} of {_hits_counted(result)}{more}", err=True)


def _hits_counted(result: SearchResult) -> str:
    """What a page of hits is out of: "139 paragraphs (and 18 copies of them elsewhere,
    ...)" when copies were folded and counted, "54,225 paragraphs, copies included" when they
    were folded but not counted (more matches than copies.FOLD_ALL), else "157 paragraphs"."""
    how = "as 'also in'; --duplicates shows each"
    if result.distinct is not None and result.distinct < result.total:
        copies = result.total - result.distinct
        said = f"{copies:,} {'copy' if copies == 1 else 'copies'}"
        return f"{_plural(result.distinct, 'paragraph')} (and {said} of them elsewhere, folded in {how})"
    if result.distinct is None and result.folded:
        said = f"{result.folded:,} {'copy' if result.folded == 1 else 'copies'}"
        return f"{_plural(result.total, 'paragraph')}, copies included ({said} folded into these {how})"
    return _plural(result.total, "paragraph")


def _error_type(exc: Exception) -> str:
    from .render import error_type

    return "usage" if isinstance(exc, click.UsageError) else error_type(exc)


def _file_error_record(ref: SourceRef, exc: IndexerError) -> JSONObject:
    """The error record of a file `indexer parse` could not read: the record every command
    prints for an error (render.error_to_json), with the file's "path" as an article's names it
    (absolute), so a script reading `--jsonl` knows which of its files failed."""
    from .render import error_to_json
    from .sources import shown

    record = error_to_json(_message(exc), _error_type(exc))
    return {"schema_version": record["schema_version"], "path": shown(ref.path), "error": record["error"]}


def _error_record(exc: Exception) -> None:
    """The error as a JSON record on stdout, for scripts (the CLI prints the line on stderr)."""
    from .render import dumps, error_to_json

    if getattr(exc, "indexer_recorded", False):
        return  # the command printed it already
    ctx = click.get_current_context(silent=True)  # in a command: its --index, None when not given
    if ctx is not None and "index" in ctx.params:
        _name_index_variable(exc, ctx.params["index"] is None)
    click.echo(dumps(error_to_json(_message(exc), _error_type(exc))))
    exc.indexer_recorded = True  # type: ignore[attr-defined]


def _search_queries(
    searcher: IndexSearcher, path: str, request: SearchRequest, fields: tuple[str, ...] | None, count: bool
) -> int:
    """--queries: every line a query, one JSONL record per line (errors too), one start-up."""
    from .batch import open_queries, run_queries
    from .render import dumps, query_record

    # Decoded and checked as POST /api/batch's body is (a mark, UTF-16, binary input refused).
    if path == "-":
        lines = open_queries(sys.stdin.buffer, "standard input")
    else:
        try:
            raw = open(path, "rb")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise IndexerError(f"cannot read queries file {path}: {exc.strerror or exc}: check the path") from None
        try:
            lines = open_queries(raw, f"queries file {path}")
        except (IndexerError, OSError) as exc:
            raw.close()
            if isinstance(exc, OSError):  # a folder, say: opened, but not read
                raise IndexerError(f"cannot read queries file {path}: {exc.strerror or exc}: check the path") from None
            raise
    found = errors = read = 0
    capped = count  # --count prints no hits, so no cap cuts them; else warned once, at the first cut
    try:
        for outcome in run_queries(searcher, lines, request):
            read += 1
            if not capped and outcome.result is not None:
                capped = _warn_if_capped(request.limit, outcome.result)
            message = ""
            if outcome.error is not None:
                errors += 1
                message = _message(outcome.error)
                _error(f"line {outcome.index + 1}: {message}")
            else:
                found += outcome.result is not None and outcome.result.total_as_typed > 0
            click.echo(dumps(query_record(outcome, fields, bool(request.context), count, message)))
    finally:
        if path == "-":
            lines.detach()  # standard input stays open (closing the wrapper would close it)
        else:
            lines.close()
    if not read:  # an empty file: exit 1 and no output said nothing of why
        where = "standard input" if path == "-" else f"queries file {path}"
        click.echo(f"indexer: note: {where} holds no queries (one query a line): nothing searched", err=True)
    if errors:
        return EXIT_ERROR
    return EXIT_FOUND if found else EXIT_NOTHING


def _parse_warning(message: str, fmt: str) -> str:
    """A reader's warning as `indexer parse` words it: as `_text` does, except that a hint to run
    `indexer parse` on the file points into the output being printed, which already is that
    command's answer (a user reading "see 'indexer parse page.txt'" while running it is sent in a
    circle): the '-' lines in text, the blocks with "indexed": false in JSON."""
    if not isinstance(message, Advice):
        return message
    here = "the '-' lines of this output" if fmt == "text" else 'the blocks of this output with "indexed": false'

    def command(c: Command) -> str:
        return here if c.name == "parse" else _command(c)

    return message.render(_flag, command)


def _article_json(article: Article, fmt: str = "") -> JSONObject:
    """render.article_to_json, the reader's warnings as the CLI words them (_text), or with
    `fmt` ("json", "jsonl") as `indexer parse` printing in that format does."""
    from .render import article_to_json

    words = (lambda w: _parse_warning(w, fmt)) if fmt else _text
    return {**article_to_json(article), "warnings": [words(w) for w in article.warnings]}


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--no-entities", is_flag=True, help="Skip entity tagging (fast).")
@workers_option(
    "Processes that read and segment the files, the output in the files' order whatever the number "
    "[default: 2 for 40 files or more on 2 cores or more, else 0 (in-process)]."
)
@encoding_option()
@follow_links_option()
@color_option()
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Every warning [default: the first of each kind as it comes, a count of the rest at the end; "
    "each article's own are in its JSON record].",
)
@click.option("--full", is_flag=True, help="Print each block's whole text, wrapped, instead of its first line.")
@output_options
def parse(
    files: tuple[str, ...],
    no_entities: bool,
    workers: int | None,
    encoding: str,
    follow_links: bool,
    color: str,
    verbose: bool,
    full: bool,
    fmt: str,
) -> int:
    """Show FILES as the indexer sees them: every block, its kind and why; nothing is written.

    Lines starting with '-' are blocks that are not indexed. Symbolic links leading out of the
    folders given are skipped (--follow-links), as build skips them.

    \b
    Examples:
      indexer parse source/rferl-uyghur-diaspora-2021.txt
      indexer parse source/rferl-uyghur-diaspora-2021.txt --json
      indexer parse pages/ --jsonl --no-entities > parsed.jsonl
    """
    from .pipeline import parse_paths
    from .render import dumps

    failures: list[JSONObject] = []  # each failed file's error record, in the files' order
    kept: list[JSONObject] = []  # --json: the one article, printed after its warnings (`_print_parsed`)

    def report(ref: SourceRef, exc: IndexerError) -> None:
        _error(_message(exc))
        if fmt == "json" and (failures or kept):
            raise click.UsageError("--json prints one article; use --jsonl for several files")
        failures.append(_file_error_record(ref, exc))
        if fmt == "jsonl":  # scripts parse stdout: each failed file a record there too, in order
            click.echo(dumps(failures[-1]))

    others: list[str] = []
    skipped: list[tuple[str, str]] = []
    articles = parse_paths(
        list(files),
        entities=not no_entities,
        on_error=report,
        workers=workers,
        encoding=encoding,
        others=others,
        follow_links=follow_links,
        skipped=skipped,
    )
    count, first_warnings = _print_parsed(articles, fmt, color, failures, kept, verbose, full)
    first_json = kept[0] if kept else None
    if first_json is not None:
        for warning in first_warnings:
            _warn(_parse_warning(warning, fmt))
        click.echo(dumps(first_json, pretty=True))
    elif fmt == "json" and failures:  # the one file given failed: its record is the document
        click.echo(dumps(failures[0]))
    _parse_passed_over(others, skipped)
    if failures:
        return EXIT_ERROR
    return EXIT_FOUND if count else EXIT_NOTHING


def _print_parsed(
    articles: Iterable[Article],
    fmt: str,
    color: str,
    failures: list[JSONObject],
    kept: list[JSONObject],
    verbose: bool = False,
    full: bool = False,
) -> tuple[int, list[str]]:
    """Print each article `indexer parse` reads as `fmt` says, its warnings on stderr (the first
    of each kind, the rest counted at the end, render.WarningFold; every one when `verbose`); with
    --json keep the one article in `kept` instead, for after the errors (`failures`: the failed
    files' records so far; a second article, or a failure and an article, is a UsageError, here
    or where the failure is reported); `full`: each block's whole text (`TextRenderer.article`).
    Returns (how many articles, the kept article's warnings)."""
    from .render import WARNINGS_PER_KIND, TextRenderer, WarningFold, dumps

    colour, bold_only = use_color(color)
    renderer = TextRenderer(color=colour, bold_only=bold_only)
    fold = WarningFold(0 if verbose else WARNINGS_PER_KIND)
    count, first_warnings = 0, []
    for article in articles:
        count += 1
        if fmt == "json":
            if kept or failures:
                raise click.UsageError("--json prints one article; use --jsonl for several files")
            kept.append(_article_json(article, fmt))
            first_warnings = list(article.warnings)
            continue
        for text in (_parse_warning(warning, fmt) for warning in article.warnings):
            if fold.take(text):
                _warn(text)
        if fmt == "jsonl":
            click.echo(dumps(_article_json(article, fmt)))
        else:
            if count > 1:
                click.echo()
            for line in renderer.article(article, full):
                click.echo(line, color=renderer.color)
    for text in fold.rest():
        _warn(text)
    return count, first_warnings


def _parse_passed_over(others: list[str], skipped: list[tuple[str, str]]) -> None:
    """What `indexer parse` did not read, on stderr: the files of other types, counted as a
    build's summary counts them, and the symbolic links leading out of the folders given, the
    first one and how many more (a folder of links to pages elsewhere printed nothing at all)."""
    if others:
        click.echo(f"indexer: note: {_others_note(others, True)[2:]}", err=True)
    from .sources import LINK_SKIP

    links = [why for _, why in skipped if why.startswith(LINK_SKIP)]  # (a folder's README is passed over unsaid)
    if links:
        more = f" (and {len(links) - 1:,} more like it)" if len(links) > 1 else ""
        _warn(f"skipped {links[0]}{more}")


@main.command()
# The types as words too (`indexer entities people places`): a new user's first guess, which
# click refused as "unexpected extra argument".
@click.argument("named_types", metavar="[TYPE]...", nargs=-1, type=EntityTypeChoice(ENTITY_TYPES))
@index_option
@click.option(
    "--type",
    "--field",  # the index calls them fields (`people:` in a query), and so do users
    "types",
    type=EntityTypeChoice(ENTITY_TYPES),
    multiple=True,
    help="Only this type (repeatable; plurals and synonyms work too: people, persons, orgs, organization, "
    "location...) [default: all].",
)
@click.option("-n", "--limit", type=Whole(0, None), default=50, show_default=True, help="Names per type (0: all).")
@output_options
def entities(index: str | None, named_types: tuple[str, ...], types: tuple[str, ...], limit: int, fmt: str) -> int:
    """List canonical entity names with the number of paragraphs naming each, most frequent first.
    TYPE: only these types, as --type takes them.

    \b
    Examples:
      indexer entities
      indexer entities people places
      indexer entities --type person --json
      indexer entities --type date          # dates named, ISO 8601 (2019, 2021-04-22, --11-14)
    """
    from .render import dumps, entities_to_json, entity_lines, entity_records
    from .search import entity_counts

    # Every type by default but dates (ask for them: --type date); dates are ISO 8601 strings.
    fields = list(dict.fromkeys(entity_field(t) for t in (*named_types, *types))) or list(NAME_FIELDS)
    every = entity_counts(index, fields)  # all of them (sliced below): what --limit leaves out is told
    counts = {f: rows[: limit or None] for f, rows in every.items()}
    if fmt == "json":
        click.echo(dumps(entities_to_json(counts), pretty=True))
    elif fmt == "jsonl":
        for record in entity_records(counts):
            click.echo(dumps(record))
    else:
        for line in entity_lines(counts):
            click.echo(line)
        # A list cut at -n without a word read as all the names there are.
        cut = [f"{f} {len(counts[f]):,} of {len(every[f]):,}" for f in fields if len(counts[f]) < len(every[f])]
        if cut:
            click.echo(f"indexer: note: the most frequent shown ({', '.join(cut)}): -n 0 lists all", err=True)
    if not any(counts.values()):
        from .store import read_manifest, resolve_index_dir

        index_dir = resolve_index_dir(index)
        if not read_manifest(index_dir, records=False).entities:
            _note_untagged(index_dir)
        return EXIT_NOTHING
    return EXIT_FOUND


def _complete_articles(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """Shell completion of article ids, read from the index manifest (no Whoosh, no index open):
    those starting with what is typed, else those with a part after a `/` starting with it
    (`rf` completes to `source/rferl-uyghur-diaspora-2021.txt`, as `show` finds it)."""
    from .store import read_manifest, resolve_index_dir

    try:
        ids = sorted(read_manifest(resolve_index_dir(ctx.params.get("index"))).articles)
    except Exception:  # completion must never print an error into the shell
        return []
    low = incomplete.lower()
    return [i for i in ids if i.lower().startswith(low)] or [i for i in ids if f"/{low}" in i.lower()]


def _no_paragraphs(article_id: str, path: str) -> Advice:
    """Why `show` prints an article's header and nothing under it: the build found no article
    text in its file (every block page chrome, or a file the extractor could not read)."""
    return Advice(
        f"{article_id} has no paragraphs indexed: no article text was found in its file",
        "{0} shows why each block was dropped",
        (Command("parse", (path or article_id,)),),
    )


@main.command()
@click.argument("ref", metavar="ARTICLE[:PARAGRAPH]", shell_complete=_complete_articles)
@index_option
@click.option(
    "-C",
    "--context",
    type=Whole(0, MAX_CONTEXT),
    default=2,
    show_default=True,
    metavar="N",
    help=f"With :PARAGRAPH, how many paragraphs to show before and after it; at most {MAX_CONTEXT}, as for "
    "search -C (the whole article: leave out :PARAGRAPH).",
)
@color_option()
@output_options
def show(ref: str, index: str | None, context: int, color: str, fmt: str) -> int:
    """Print an article as indexed, with its entity tags; or one paragraph and its neighbours.

    ARTICLE is an article id, any part of it that names one article, or the article's file (as
    show prints it beside the id); PARAGRAPH is the number search prints after the colon
    (source/rferl-uyghur-diaspora-2021.txt:19).

    \b
    Examples:
      indexer show source/rferl-uyghur-diaspora-2021.txt
      indexer show rferl:19              # paragraph 19 with 2 paragraphs either side
      indexer show rferl:19 -C 0 --json
    """
    from .models import split_paragraph_ref
    from .render import TextRenderer, dumps, paragraph_to_json
    from .search import IndexSearcher

    name, focus = split_paragraph_ref(ref)
    try:
        with IndexSearcher(index, synonyms=False, stored_only=True) as searcher:
            _note_search_needs_rebuild(searcher.index_dir, searcher.manifest.analyzer_version)
            article = searcher.article(name)
            blocks = searcher.blocks_of(article.id)
        if focus is not None:
            article = article.around(focus, context, blocks)
    except IndexerError as exc:
        if fmt != "text":
            _error_record(exc)
        raise
    if not article.paragraphs:  # a page whose blocks were all chrome is indexed with none
        advice = _no_paragraphs(article.id, article.path)
        _warn(advice)
        article = replace(article, warnings=[*article.warnings, advice])
    if fmt == "json":
        click.echo(dumps({**_article_json(article), "focus": focus}, pretty=True))
    elif fmt == "jsonl":
        for p in article.paragraphs:
            click.echo(dumps({"schema_version": 1, "article_id": article.id, **paragraph_to_json(p)}))
    else:
        colour, bold_only = use_color(color)
        renderer = TextRenderer(color=colour, bold_only=bold_only)
        for i, block in enumerate(renderer.indexed_article(article, focus)):
            click.echo(("\n" if i > 1 else "") + block, color=renderer.color)
    return EXIT_FOUND


@main.command()
@index_option
@click.option("--articles", "list_articles", is_flag=True, help="List every article too: id, paragraphs, date, title.")
@output_options
def stats(index: str | None, list_articles: bool, fmt: str) -> int:
    """Print what the index holds: articles, paragraphs by kind, size, build date, format version.

    \b
    Examples:
      indexer stats
      indexer stats --json
      indexer stats --articles
    """
    from .render import article_table, dumps, stats_lines, stats_to_json
    from .search import stats as index_stats

    try:
        info = index_stats(index, articles=list_articles)
    except IndexerError as exc:
        if fmt != "text":
            _error_record(exc)
        raise
    _note_search_needs_rebuild(Path(info.index), info.analyzer_version)
    if fmt in ("json", "jsonl"):
        click.echo(dumps(stats_to_json(info), pretty=fmt == "json"))  # with article_list when asked
    else:
        for line in stats_lines(info):
            click.echo(line)
        if info.article_list is not None:
            click.echo()
            for line in article_table(info.article_list):
                click.echo(line)
    return EXIT_FOUND if info.articles else EXIT_NOTHING


@main.command()
@index_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. 0.0.0.0 makes the archive searchable from the network.",
)
@click.option("--port", type=Whole(0, 65535), default=8080, show_default=True, help="Port (0: any free one).")
@click.option("--open", "open_browser", is_flag=True, help="Open the search page in the default browser.")
def serve(index: str | None, host: str, port: int, open_browser: bool) -> int:
    """Serve a search page and a JSON API over the index, read-only, until Ctrl-C.

    The API's documents and errors are the CLI's --json ones: /api/search?q=...,
    /api/search.csv, /api/articles/ID, /api/entities, /api/stats, POST /api/batch;
    its description is at /api/openapi.json. A build beside the server is picked up on the
    next request.

    \b
    Examples:
      indexer serve                      # http://127.0.0.1:8080/
      indexer serve --port 9000 --open
    """
    from .web.server import serve as run_server

    return run_server(
        index,
        host,
        port,
        open_browser=open_browser,
        message=_web_message,
        say=lambda line: click.echo(line, err=True),
        warn=_warn,
    )


@main.command("trust")
@click.argument("index_dir", metavar="DIR")
@wait_option("How long to wait for a build's lock.")
def trust_command(index_dir: str, wait: float) -> int:
    """Accept an index someone else built: sign it with your key so indexer opens it.

    Index files hold Python pickles, which can run code when read; indexer opens only indexes
    signed with your own key (made by your first build). Trust an index only if you would run
    a program from the same source; otherwise rebuild it from the articles
    (indexer build PATHS --rebuild --index DIR). README: "Index safety".

    \b
    Example:
      indexer trust ~/Downloads/colleague-index
    """
    from .store import resolve_index_dir, trust_index

    if not index_dir.strip():
        raise click.BadParameter("empty: give the index folder to trust", param_hint="'DIR'")
    manifest = trust_index(resolve_index_dir(index_dir), wait)
    click.echo(
        f"{_index_at(index_dir)}: trusted ({_plural(len(manifest.articles), 'article')}, built "
        f"{manifest.updated or '?'}); it is now signed with your key",
        err=True,
    )
    return EXIT_FOUND
