"""Every exception the library raises on purpose. The CLI maps each to one line and exit 2.

An error says what went wrong and where (`message`) and, when there is something to change,
what to do (`hint`). A hint names the library's own parameters, never a command-line flag: a
`{name}` field is a parameter (`{index}`, `{rebuild}`), `{name=VALUE}` one given a value
(`{wait=SECONDS}`, `{entities=False}`). `str(error)` renders them as Python keyword arguments
(`wait=SECONDS`); the CLI renders the same hint with the flag each parameter is declared as
(`--wait SECONDS`, `--no-entities`), so the advice matches the interface the user typed in.
"""

from __future__ import annotations

import string
from collections.abc import Callable

# A renderer of one parameter reference: (parameter name, value or None) -> text.
OptionRenderer = Callable[[str, "str | None"], str]


def keyword_option(name: str, value: str | None) -> str:
    """A parameter as a Python caller writes it: `wait=SECONDS`, `rebuild=True`, `index`."""
    return name if value is None else f"{name}={value}"


def hint_options(hint: str) -> list[tuple[str, str | None]]:
    """The parameters a hint names, in order: "{wait=SECONDS}" -> [("wait", "SECONDS")]."""
    out: list[tuple[str, str | None]] = []
    for _, field_name, _, _ in string.Formatter().parse(hint):
        if field_name:
            name, eq, value = field_name.partition("=")
            out.append((name, value if eq else None))
    return out


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
    library's parameters as `{name}` / `{name=VALUE}` (module docstring; other values in it go
    through `literal`); "" when the message says it all, and the whole line when a parameter is
    its subject (message ""). `str()` is "message: hint", parameters as keyword arguments."""

    def __init__(self, message: str, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(self.render(keyword_option))

    def render(self, option: OptionRenderer) -> str:
        """The one-line text, each parameter the hint names rendered by `option`."""
        if not self.hint:
            return self.message
        parts = []
        for literal, field_name, _, _ in string.Formatter().parse(self.hint):
            parts.append(literal)
            if field_name:
                name, eq, value = field_name.partition("=")
                parts.append(option(name, value if eq else None))
        return f"{self.message}: {''.join(parts)}" if self.message else "".join(parts)

    def __reduce__(self) -> tuple[type[IndexerError], tuple[str, str]]:
        # Raised in worker processes: keep message and hint apart across pickling.
        return type(self), (self.message, self.hint)


class SourceError(IndexerError):
    """A path that cannot be read as articles (missing, empty folder, binary, empty file)."""


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
