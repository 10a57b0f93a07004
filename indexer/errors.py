"""Every exception the library raises on purpose. The CLI maps each to one line and exit 2.

An error says what went wrong and where (`message`) and, when there is something to change,
what to do (`hint`). A hint names the library's own parameters, never a command-line flag: a
`{name}` field is a parameter (`{index}`, `{rebuild}`), `{name=VALUE}` one given a value
(`{wait=SECONDS}`, `{entities=False}`). `str(error)` renders them as Python keyword arguments
(`wait=SECONDS`); the CLI renders the same hint with the flag each parameter is declared as
(`--wait SECONDS`, `--no-entities`), so the advice matches the interface the user typed in.

A hint that advises running another operation (build the index, trust it, list its articles)
names it as a typed `Command` (which operation, its arguments, its parameters), referred to in
the hint by position (`{0}` is the error's first command). `str(error)` renders it as a Python
call (`build(PATHS, index='/news/idx')`: strings repr'd, paths a list, a value the error cannot
know a `Placeholder` left as a bare capitalised name for the caller to replace); the CLI as the
command line users type, quoted (`'indexer build PATHS --index /news/idx'`); the web app as that
command run on the server. A warning that advises the same way is an `Advice`: a str in the
library's words that carries its hint and commands for the CLI to render in its own.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, fields

from .models import Filters

# A renderer of one parameter reference: (parameter name, value or None) -> text.
OptionRenderer = Callable[[str, "str | None"], str]


class Placeholder(str):
    """A value an error cannot know, for the user to fill in, in capitals: "PATHS" (the articles'
    files, folders and globs), "DIR" (an index folder). The CLI prints it as it is
    (`indexer trust DIR`); a Python call as a bare name (`build(PATHS, rebuild=True)`), which
    parses, and reads as a stand-in where a quoted string would read as a real path."""


@dataclass(frozen=True)
class Command:
    """An operation a hint advises running, as data, for each interface to spell its own way.

    `name`: the operation ("build", "trust", "stats", "parse"), as the library function and the
    CLI command are both named. `args`: its positional values, each as itself (a path, a glob)
    or a `Placeholder` ("PATHS", "DIR") when the error cannot know it; for the operations of
    PATH_LISTS, the paths of one list argument. `options`: its
    parameters in order, (library parameter name, value or None) as `{name=VALUE}` hint fields
    name them: ("index", "/news/idx"), ("rebuild", None) for a switch turned on,
    ("entities", "False") for one turned off.
    """

    name: str
    args: tuple[str, ...] = ()
    options: tuple[tuple[str, str | None], ...] = ()


# A renderer of one command reference: Command -> text.
CommandRenderer = Callable[[Command], str]


# Hint parameters that are fields of a search's `filters` (models.Filters), not keyword
# arguments of search() itself: a Python caller gives them inside Filters(...).
FILTER_PARAMETERS = frozenset(f.name for f in fields(Filters))

# Option and parameter names a date filter would have: no filter of `indexer search` (`--date`,
# `--since`) nor of the web API (`published=`), since dates are searched in the query (`date:`,
# `published:`, ranges); the CLI's and the API's "unknown" messages say so (date_filter_hint),
# where click suggested '--article', '--index', '--place' for `--date`.
DATE_FILTER_NAMES = ("date", "dates", "published", "from", "to", "since", "until", "before", "after")


def date_filter_hint(example: str, q: str = "") -> str:
    """How to filter by date, for a `--date`-like option or a `published=` parameter: in the
    query (`q`: "q=" for the web API's parameter), with `example`, the command meant, when given."""
    return (
        f"filter by date in the query: '{q}date:2019' (a date the paragraph names) or '{q}published:2021-04' "
        f"(the article's date), ranges '{q}date:[2019 TO 2021]', comparisons '{q}published:>=2021'"
        + (f"; here: {example}" if example else "")
    )


# Hint parameters that are switches (bool keyword arguments: build's `rebuild`, stats'
# `articles`): named alone in a hint ("give {rebuild}"), a Python caller turns one on as
# `rebuild=True`, where the bare word read as a variable. tests/test_error_hints.py checks this
# list against the real signatures.
SWITCH_PARAMETERS = frozenset(
    {"rebuild", "articles", "prune", "strict", "follow_links", "facets", "fallback", "suggest"}
)


def keyword_option(name: str, value: str | None) -> str:
    """A parameter as a Python caller writes it, as valid Python: `wait=SECONDS` (a value the
    caller fills in, in capitals, stays a bare name, as a Placeholder does), `entities=False`,
    `host='127.0.0.1'` (a value of its own, a literal), `rebuild=True` (a switch named alone,
    SWITCH_PARAMETERS), `index` (a parameter that is the subject: "empty index"); a filter as
    the `filters` argument holding it: `filters=Filters(kinds='body')`,
    `filters=Filters(people=...)` (a value to give)."""
    if name in FILTER_PARAMETERS:
        return f"filters=Filters({name}={'...' if value is None else repr(value)})"
    if value is None:
        return f"{name}=True" if name in SWITCH_PARAMETERS else name
    return f"{name}={_python_literal(value)}"


def _python_literal(value: str) -> str:
    """A hint's value as Python source: a placeholder in capitals (SECONDS, N), a bool or a
    number as it is; anything else as a string (`'127.0.0.1'`, `'before'`)."""
    if value in ("True", "False") or value.isdigit() or (value.isidentifier() and value.isupper()):
        return value
    return repr(value)


# The operations whose positional arguments are one list of paths (pipeline.build, parse_paths).
PATH_LISTS = frozenset({"build", "parse"})
# The library function of an operation whose name it cannot take: `indexer.trust` is the module
# that checks signatures (trust.py), so trusting an index is `indexer.trust_index`.
PYTHON_NAMES = {"trust": "trust_index"}


def python_value(value: str) -> str:
    """A command's value as Python source: a string repr'd ('/news/idx'), a Placeholder bare
    (PATHS), a switch's "True"/"False" as the bool."""
    if isinstance(value, Placeholder) or value in ("True", "False"):
        return str(value)
    return repr(str(value))


def call_command(command: Command) -> str:
    """A command as a Python caller writes it, a call that parses (ast.parse), with keyword
    arguments: `build(['/news/a', '/news/b'], rebuild=True, index='/news/idx')`,
    `build(PATHS, index='/x')` (the one Placeholder stands for the list), `stats(articles=True)`,
    `trust_index('/x')` (PYTHON_NAMES). Each is a call of the function `indexer` exports."""
    words = [python_value(a) for a in command.args]
    if command.name in PATH_LISTS and words:
        lone_placeholder = len(command.args) == 1 and isinstance(command.args[0], Placeholder)
        items = (f"*{w}" if isinstance(a, Placeholder) else w for a, w in zip(command.args, words, strict=True))
        words = words if lone_placeholder else [f"[{', '.join(items)}]"]
    words += [f"{name}={'True' if value is None else python_value(value)}" for name, value in command.options]
    return f"{PYTHON_NAMES.get(command.name, command.name)}({', '.join(words)})"


def _hint_fields(hint: str) -> list[tuple[str, str | int | tuple[str, str | None] | None]]:
    """A hint's parts in order, each (the text before it, what follows): a command's position
    (int, "{0}"), a parameter ((name, value or None), "{wait=SECONDS}"), or None at the end.
    A value may hold colons (an IPv6 host, "{host=::1}"), which the format syntax reads as a
    format spec: put back."""
    out: list[tuple[str, str | int | tuple[str, str | None] | None]] = []
    for text, field_name, spec, _ in string.Formatter().parse(hint):
        if field_name is None:
            out.append((text, None))
        elif field_name.isdigit():
            out.append((text, int(field_name)))
        else:
            name, eq, value = field_name.partition("=")
            out.append((text, (name, value + (":" + spec if spec else "") if eq else None)))
    return out


def hint_options(hint: str) -> list[tuple[str, str | None]]:
    """The parameters a hint names, in order: "{wait=SECONDS}" -> [("wait", "SECONDS")];
    command references ("{0}") are not parameters."""
    return [field for _, field in _hint_fields(hint) if isinstance(field, tuple)]


def render_hint(
    message: str,
    hint: str,
    commands: tuple[Command, ...],
    option: OptionRenderer = keyword_option,
    command: CommandRenderer = call_command,
) -> str:
    """The one line "message: hint" (the hint alone when there is no message), each parameter
    the hint names rendered by `option` and each command by `command` (IndexerError's
    docstring). A `{N}` with no Nth command raises IndexError."""
    if not hint:
        return message
    parts = []
    for text, field in _hint_fields(hint):
        parts.append(text)
        if isinstance(field, int):
            parts.append(command(commands[field]))
        elif field is not None:
            parts.append(option(*field))
    return f"{message}: {''.join(parts)}" if message else "".join(parts)


class Advice(str):
    """A warning (it stops nothing) that names parameters or advises a command, as an error's
    hint does: `message`, `hint` and `commands` as IndexerError's. The string itself is the
    library's text (parameters as keyword arguments, commands as Python calls), so lists of
    warnings stay lists of str; each interface renders its own text with `render` (the CLI:
    flags and command lines). Survives pickling (warnings come from worker processes)."""

    message: str
    hint: str
    commands: tuple[Command, ...]

    def __new__(cls, message: str, hint: str = "", commands: tuple[Command, ...] = ()) -> Advice:
        self = super().__new__(cls, render_hint(message, hint, tuple(commands)))
        self.message, self.hint, self.commands = message, hint, tuple(commands)
        return self

    def render(self, option: OptionRenderer, command: CommandRenderer = call_command) -> str:
        """The one-line text, parameters rendered by `option` and commands by `command`."""
        return render_hint(self.message, self.hint, self.commands, option, command)

    def __reduce__(self) -> tuple[type[Advice], tuple[str, str, tuple[Command, ...]]]:
        return type(self), (self.message, self.hint, self.commands)


def shell_word(value: object) -> str:
    """A path or pattern as one shell word for a command a message prints, inside the message's
    own single quotes ('indexer build "/news/*.txt" --rebuild'): double-quoted when it needs
    quoting and holds none of $ ` \\ " ! (which act inside double quotes), since shlex.quote's
    single quotes would close the message's; else as shlex.quote gives it."""
    import shlex

    text = str(value)
    quoted = shlex.quote(text)
    if quoted == text or set(text) & set('$`\\"!'):
        return quoted
    return f'"{text}"'


def literal(value: object) -> str:
    """A value (a path, a name) written into a hint as itself: its braces are not fields."""
    return str(value).replace("{", "{{").replace("}", "}}")


class IndexerError(Exception):
    """Base class. `message`: one line saying what and where; `hint`: what to do, naming the
    library's parameters as `{name}` / `{name=VALUE}` and the operations in `commands` by
    position as `{0}`, `{1}` (module docstring; other values in it go through `literal`); ""
    when the message says it all, and the whole line when a parameter is its subject (message
    ""). `str()` is "message: hint", parameters as keyword arguments, commands as calls.
    A `{N}` with no Nth command raises IndexError."""

    def __init__(self, message: str, hint: str = "", commands: tuple[Command, ...] = ()) -> None:
        self.message = message
        self.hint = hint
        self.commands = tuple(commands)
        super().__init__(self.render(keyword_option))

    def render(self, option: OptionRenderer, command: CommandRenderer = call_command) -> str:
        """The one-line text, each parameter the hint names rendered by `option` and each
        command by `command`."""
        return render_hint(self.message, self.hint, self.commands, option, command)

    def __reduce__(self) -> tuple[type[IndexerError], tuple[str, str, tuple[Command, ...]]]:
        # Raised in worker processes: keep message, hint and commands apart across pickling.
        return type(self), (self.message, self.hint, self.commands)


class SourceError(IndexerError):
    """A path that cannot be read as articles (missing, empty folder, binary, empty file).
    `path`: the PATHS argument it is about, as typed, when sources.find_sources found no file
    to read in it (missing, a folder or glob of no article, an unsupported file named); ""
    otherwise."""

    path: str = ""


class UnreadableFilesError(SourceError):
    """A build with `strict` that found files it cannot read or index (binary, empty, a PDF, a
    path that does not exist...): raised once, after every file was read, naming all of them, as
    a compiler reports every error; nothing was written (the index is as it was, readable).
    `errors`: each one's SourceError, whose message names its file, in the order found;
    `paths`: the file of each, as the user gave it or the build found it. `message` counts them;
    `str()` lists the first LISTED errors, one a line, then "... and N more", then the count."""

    LISTED = 20  # errors `str()` lists; the rest are counted ("... and N more")

    def __init__(self, failures: tuple[tuple[str, SourceError], ...]) -> None:
        self.failures = tuple(failures)
        self.errors = tuple(exc for _, exc in self.failures)
        self.paths = tuple(path for path, _ in self.failures)
        n = len(self.failures)
        # A PATHS argument itself (no such path, a folder of no article) is a path, not a file.
        noun = "path" if any(exc.path for exc in self.errors) else "file"
        super().__init__(
            f"{n:,} {noun}{'' if n == 1 else 's'} cannot be read or indexed; nothing was written, the index is unchanged",
            f"fix or remove {'it' if n == 1 else 'them'}, or build without {{strict}} to skip "
            f"{'it' if n == 1 else 'them'}",
        )

    def listed(self, limit: int | None = LISTED) -> list[IndexerError]:
        """The errors to list, the first `limit` of them (None: all)."""
        return list(self.errors if limit is None else self.errors[:limit])

    def __str__(self) -> str:
        lines = [str(exc) for exc in self.listed()]
        if len(self.errors) > len(lines):
            lines.append(f"... and {len(self.errors) - len(lines):,} more (the errors attribute lists all)")
        return "\n".join([*lines, self.render(keyword_option)])

    def __reduce__(self) -> tuple[type[UnreadableFilesError], tuple[tuple[tuple[str, SourceError], ...]]]:  # type: ignore[override]
        return type(self), (self.failures,)


class IndexNotFoundError(IndexerError):
    """No index at the given folder."""


class IndexFormatError(IndexerError):
    """A folder that is not an index this tool wrote, or one of another format version."""


class IndexLockedError(IndexerError):
    """Another build holds the write lock."""


class QueryError(IndexerError):
    """A query string that cannot be parsed or would be unreasonably slow."""


class ParameterError(IndexerError):
    """A parameter value the call cannot take, whatever the index holds (an unknown hit field
    in `fields`, an empty one): an error record of type `usage` in JSON, as the CLI types a
    flag click refuses, HTTP 400."""


class ArticleNotFoundError(IndexerError):
    """No article, or no unique one, answers to an id or part of one (`indexer show`, the web
    app's article pages): an error record of type `not_found` in JSON, HTTP 404."""


class IndexVersionError(IndexFormatError):
    """An index this tool wrote, with an older format or analyzer version: a build redoes it."""


class IndexTrustError(IndexFormatError):
    """An index not signed with this user's key (unsigned, made elsewhere, or changed since):
    opening it could run code its pickles carry, so it is refused until trusted or rebuilt."""
