"""Text, JSON and JSONL output of results and parsed articles. Knows nothing of Whoosh."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TypedDict

import click

from .errors import ParameterError, literal
from .models import (
    ENTITY_FIELDS,
    ENTITY_NAMES,
    Article,
    Hit,
    IndexStats,
    JSONObject,
    JSONValue,
    Paragraph,
    QueryOutcome,
    SearchResult,
)
from .search import mark

if TYPE_CHECKING:
    from .index.manifest import ArticleRecord

SCHEMA_VERSION = 1


class Style(TypedDict, total=False):
    """A text style, as click.style's keyword arguments; used only when the CLI decided colour is on."""

    fg: str
    bold: bool
    dim: bool


BOLD: Style = {"bold": True}
MATCH: Style = {"fg": "red", "bold": True}
DIM: Style = {"dim": True}
HEADER: Style = {"fg": "magenta"}
KIND: Style = {"fg": "cyan"}
_RESET = click.style("", reset=True)
# Where a match starts and ends while text is wrapped (private-use code points, removed from
# the text first): replaced by the match style's escape codes after wrapping.
_OPEN, _CLOSE = "\ue000", "\ue001"
_NO_SENTINELS = str.maketrans("", "", _OPEN + _CLOSE)


# Characters that would move the cursor, drive the terminal or reorder the line if printed raw:
# C0 and C1 controls (newline, tab, ESC...), DEL, and Unicode line separators and bidi controls.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def printable(text: str) -> str:
    """A name (file name, title, section) safe to print on a terminal line: control characters
    written as escapes (`\\n`, `\\t`, `\\x1b`, `\\u202e`), everything else as it is."""
    return _UNPRINTABLE.sub(
        lambda m: _ESCAPES.get(
            m.group(), f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}"
        ),
        text,
    )


def dumps(data: JSONValue, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


# Every field a hit has in JSON, JSONL and CSV, in order; the first fourteen are the contract's,
# the others added since (fields are added at the end, never renamed or removed).
HIT_FIELDS = (
    "article_id",
    "title",
    "paragraph",
    "kind",
    "section",
    "score",
    "text",
    "snippet",
    *ENTITY_FIELDS,
    "matches",
    "fragment",
    "language",
    "published",
    "url",
    "byline",
    "copies",
    "turn",
)
CONTEXT_FIELDS = ("before", "after")  # only with --context
# CSV's default columns stay those it had before `published`, `url` and `byline` (a script may
# read them by position); `--fields ...,published,url,byline,turn` adds them.
CSV_DEFAULT_FIELDS = tuple(
    f for f in HIT_FIELDS if f not in ("matches", "fragment", "published", "url", "byline", "copies", "turn")
)
CSV_LIST_SEPARATOR = "; "
# Copies of a hit's paragraph named on its "also in" line (text output); JSON lists them all.
COPIES_SHOWN = 3


def _hit_field(name: str, known: tuple[str, ...]) -> str:
    return ENTITY_NAMES.get(name.lower(), name) if name not in known else name


def parse_fields(spec: str, context: bool = False) -> tuple[str, ...]:
    """The hit fields named in a --fields value ("article_id,paragraph,snippet")."""
    known = HIT_FIELDS + CONTEXT_FIELDS
    # An entity field by any of its names (`person`, `persons`: the `people` field).
    names = tuple(dict.fromkeys(_hit_field(n.strip(), known) for n in spec.split(",") if n.strip()))
    for name in names:
        if name not in known:
            raise ParameterError(
                "", f"unknown hit field '{literal(name)}' in {{fields}}: use some of {', '.join(known)}"
            )
        if name in CONTEXT_FIELDS and not context:
            # {fields=before}: "--fields before" (CLI), "fields=before" (web)
            raise ParameterError("", f"{{fields={name}}} needs {{context=N}}")
    if not names:
        raise ParameterError("", f"{{fields}} is empty: name some of {', '.join(known)}")
    return names


def _context_json(paragraphs: Iterable[Paragraph]) -> list[JSONObject]:
    return [{"paragraph": p.paragraph, "kind": p.kind, "section": p.section, "text": p.text} for p in paragraphs]


def hit_to_json(hit: Hit, fields: Sequence[str] | None = None, context: bool = False) -> JSONObject:
    """A hit as JSON: every field (the before/after context only when asked), or `fields`."""
    names = fields or (HIT_FIELDS + CONTEXT_FIELDS if context else HIT_FIELDS)
    data: JSONObject = {}
    for name in names:
        if name == "matches":
            data[name] = [list(m) for m in hit.matches]
        elif name == "fragment":
            data[name] = list(hit.fragment)
        elif name in CONTEXT_FIELDS:
            data[name] = _context_json(getattr(hit, name))
        elif name == "copies":
            data[name] = [{"article_id": c.article_id, "paragraph": c.paragraph} for c in hit.copies]
        elif name in ENTITY_FIELDS:
            data[name] = list(getattr(hit, name))
        elif name in ("published", "url", "byline", "turn"):
            # null when the article states no date, address, byline, or the paragraph no writer of its own
            data[name] = getattr(hit, name) or None
        else:
            data[name] = getattr(hit, name)
    return data


def result_to_json(result: SearchResult, fields: Sequence[str] | None = None, context: bool = False) -> JSONObject:
    data: JSONObject = {
        "schema_version": SCHEMA_VERSION,
        "query": result.query,
        "total": result.total,
        # The query as typed: `total` unless a fallback ran (then `fallback` says which); what
        # --count prints and the exit status reports.
        "total_as_typed": result.total_as_typed,
        "offset": result.offset,
        "limit": result.limit,
        "next_offset": result.next_offset,
        "sort": result.sort,
        # How the query was relaxed when it found nothing as typed ("split", "fuzzy", "any", "fuzzy+any",
        # "question"; null when it ran as typed), what ran instead, and the note saying so.
        "fallback": result.fallback or None,
        "searched": result.searched or None,
        "note": result.note or None,
        "suggestion": result.suggestion,
        # Copies folded (a hit's `copies`): the different paragraphs among `total`, when counted.
        "distinct": result.distinct,
    }
    if result.facets is not None:
        data["facets"] = facets_to_json(result.facets)
    data["hits"] = [hit_to_json(h, fields, context) for h in result.hits]
    return data


def facets_to_json(facets: dict[str, list[tuple[str, int]]]) -> dict[str, list[JSONObject]]:
    return {name: [{"name": n, "count": c} for n, c in rows] for name, rows in facets.items()}


def csv_rows(
    result: SearchResult, fields: Sequence[str] | None = None, context: bool = False
) -> Iterable[Sequence[JSONValue]]:
    """A header row, then one row per hit; lists are joined with "; ", spans as JSON. `context`
    (--context N): the before/after paragraphs are columns too, as JSON arrays, as --json
    gives them (they were dropped without a word)."""
    names = list(fields or (CSV_DEFAULT_FIELDS + CONTEXT_FIELDS if context else CSV_DEFAULT_FIELDS))
    yield names
    for hit in result.hits:
        data = hit_to_json(hit, names, context=True)
        row: list[JSONValue] = []
        for name in names:
            value = data[name]
            if name in ENTITY_FIELDS:
                value = CSV_LIST_SEPARATOR.join(getattr(hit, name))
            elif name == "copies":  # ARTICLE:N, as `indexer show` takes them
                value = CSV_LIST_SEPARATOR.join(f"{c.article_id}:{c.paragraph}" for c in hit.copies)
            elif isinstance(value, list):
                value = dumps(value)
            row.append(spreadsheet_safe(value) if isinstance(value, str) else value)
        yield row


# A spreadsheet runs a cell that begins with one of these as a formula (OWASP, "CSV Injection":
# =, +, -, @, tab, carriage return); scraped text is untrusted, and "=HYPERLINK(...)" in a page
# would become a live link, "=cmd|..." a command prompt, when the CSV is opened.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """`cell` as a spreadsheet shows it as text: a leading `'` when it begins with a formula
    character (=, +, -, @, tab, CR; OWASP's CSV-injection advice), else unchanged. The CSV
    output is made for spreadsheets; `--jsonl` and `--json` give the exact text."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def to_csv(rows: Iterable[Sequence[JSONValue]]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def stats_to_json(stats: IndexStats) -> JSONObject:
    from dataclasses import asdict

    data: JSONObject = asdict(stats)
    data["published"] = {"earliest": stats.published[0] or None, "latest": stats.published[1] or None}
    del data["article_list"]  # listed last, and only when asked (`--articles`)
    if stats.article_list is not None:
        data["article_list"] = article_rows(stats.article_list)
    return {"schema_version": SCHEMA_VERSION, **data}


def stats_lines(stats: IndexStats) -> Iterable[str]:
    yield f"index       {printable(stats.index)}"
    yield f"size        {human_size(stats.size_bytes)}"
    yield f"format      {stats.format_version} (analyzers {stats.analyzer_version})"
    built = stats.updated or "unknown"
    yield f"built       {built}" + (
        f" (created {stats.created})" if stats.created and stats.created != stats.updated else ""
    )
    copies = (
        f" ({stats.copies:,} byte-for-byte {'copy' if stats.copies == 1 else 'copies'} of another; ranked by relevance, "
        "search shows their paragraphs once)"
        if stats.copies
        else ""
    )
    yield f"articles    {stats.articles:,}{copies}"  # thousands grouped, as the build summary
    kinds = ", ".join(f"{k} {n:,}" for k, n in stats.kinds.items())
    yield f"paragraphs  {stats.paragraphs:,}" + (f" ({kinds})" if kinds else "")
    if stats.published[0]:
        yield f"published   {stats.published[0]} to {stats.published[1]}"
    if stats.languages:
        yield "languages   " + ", ".join(f"{code} {n:,}" for code, n in stats.languages.items()) + " (articles)"
    if stats.entities:
        from .language import tags_language

        untagged = sum(n for code, n in stats.languages.items() if not tags_language(code))
        # The build skips an article only when its whole text is surely another language, so
        # this counts articles mostly untagged (English paragraphs in them are still tagged).
        note = (
            (
                f"; {untagged:,} article{'s' if untagged > 1 else ''} in other languages mostly untagged "
                "(the entity model reads English)"
            )
            if untagged
            else ""
        )
        yield "entities    " + ", ".join(f"{n:,} {name}" for name, n in stats.names.items()) + note
    else:
        yield "entities    not tagged (built with --no-entities)"


# Warnings shown of each kind before the rest are counted on its last line: a build of 10,000
# German articles printed 10,000 lines of one warning, and a folder of pages in eight languages
# 5 of each language and a count line each (~24 lines); --verbose lists every one.
WARNINGS_PER_KIND = 1


_PATH_LIKE = re.compile(r"[^\s:'\"]*/[^\s:'\"]*")  # a token with a slash in it: a file or an article id
_NUMBER = re.compile(r"\d[\d,.]*")
# "text in German (de)": the language a warning names, one kind whatever the language
_COUNTED = re.compile(r"\bN (\w+?)s?\b")  # a count and the word it counts, singular or plural
_LANGUAGE = re.compile(r"\btext in [^():]+ \(([a-z]{2,3})\)")


def _warning_kind(message: str) -> str:
    """What a warning says without the files it is about, its counts and the language it
    names: "a/b.txt: text in German (de): entities not tagged in 3 paragraphs" -> "text in
    LANGUAGE: entities not tagged in N paragraphs"; "skipped binary file: a/b1.txt: expected
    text" -> "skipped binary file: FILE: expected text". A leading "NAME: " with no space in
    NAME is the file."""
    head, sep, rest = message.partition(": ")
    if sep and " " not in head:
        message = rest
    kind = _NUMBER.sub("N", _PATH_LIKE.sub("FILE", _LANGUAGE.sub("text in LANGUAGE", message)))
    return _COUNTED.sub(r"N \1s", kind)  # "1 paragraph" and "3 paragraphs" are one kind


def _language_counts(shown: Sequence[str], rest: Sequence[str], most: int = 6) -> str:
    """The languages the `rest` of one kind's warnings name, with how many name each, most
    first: "de 12, fr 9, +2 more"; "" when they name none, or only the languages of those
    `shown` ("like it" says it)."""
    counts: dict[str, int] = {}
    for message in rest:
        m = _LANGUAGE.search(message)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    named = {m.group(1) for m in map(_LANGUAGE.search, shown) if m}
    if not counts or set(counts) <= named:
        return ""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = ", ".join(f"{code} {n:,}" for code, n in ranked[:most])
    return shown + (f", +{len(ranked) - most} more" if len(ranked) > most else "")


def collapse_warnings(messages: Sequence[str], per_kind: int = WARNINGS_PER_KIND) -> list[str]:
    """The lines to print for a build's warnings, in their order: the first `per_kind` of each
    kind (_warning_kind; all of them when only one more), the last followed by a count of the
    rest and, for warnings that name languages, how many of each:
    "news/de0.txt: text in German (de): entities not tagged in 2 paragraphs (and 8 more like
    it: de 7, fr 1; --verbose lists every one)". `per_kind` <= 0 keeps every message."""
    if per_kind <= 0:
        return list(messages)
    kinds: dict[str, list[int]] = {}  # kind -> positions of its messages
    for i, message in enumerate(messages):
        kinds.setdefault(_warning_kind(message), []).append(i)
    notes: dict[int, str] = {}  # position of the last shown of a kind -> its count of the rest
    hidden: set[int] = set()
    for at in kinds.values():
        if len(at) <= per_kind + 1:  # a count line would take the place of the one it counts
            continue
        shown, rest = [messages[i] for i in at[:per_kind]], [messages[i] for i in at[per_kind:]]
        languages = _language_counts(shown, rest)
        notes[at[per_kind - 1]] = (
            f" (and {len(rest):,} more like it{': ' + languages if languages else ''}; --verbose lists every one)"
        )
        hidden.update(at[per_kind:])
    return [message + notes.get(i, "") for i, message in enumerate(messages) if i not in hidden]


class WarningFold:
    """Warnings folded as a build's are (collapse_warnings), for output printed as it comes
    (`indexer parse`): `take(message)` says whether to print a warning now (the first
    `per_kind` of its kind, _warning_kind), and `rest()` gives at the end one line a kind for
    the others: "and 32 more like the one on pages/a.txt: de 30, es 1, pt 1 (--verbose lists
    every one)". `per_kind` <= 0 prints every one. (A folder of 40 pages in German, Spanish and
    Portuguese printed 34 lines of one warning, one a file.)"""

    def __init__(self, per_kind: int = WARNINGS_PER_KIND) -> None:
        self.per_kind = per_kind
        self.shown: dict[str, list[str]] = {}
        self.held: dict[str, list[str]] = {}

    def take(self, message: str) -> bool:
        if self.per_kind <= 0:
            return True
        kind = _warning_kind(message)
        shown = self.shown.setdefault(kind, [])
        if len(shown) < self.per_kind:
            shown.append(message)
            return True
        self.held.setdefault(kind, []).append(message)
        return False

    def rest(self) -> list[str]:
        lines = []
        for kind, rest in self.held.items():
            if len(rest) == 1:  # a count line would take the place of the one it counts
                lines.append(rest[0])
                continue
            first = self.shown[kind][0]
            head, sep, _ = first.partition(": ")
            about = f"the one on {head}" if sep and " " not in head else f"'{_cut(first, 60)}'"
            languages = _language_counts(self.shown[kind], rest)
            said = f": {languages}" if languages else ""
            lines.append(f"and {len(rest):,} more like {about}{said} (--verbose lists every one)")
        return lines


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def error_to_json(message: str, kind: str) -> JSONObject:
    return {"schema_version": SCHEMA_VERSION, "error": {"type": kind, "message": message}}


def error_type(exc: Exception) -> str:
    """The `type` of an error record: "query", "usage" (a parameter value refused), "index"
    (missing or unreadable), "not_found" (no article answers to an id) or "error"."""
    from .errors import ArticleNotFoundError, IndexFormatError, IndexNotFoundError, ParameterError, QueryError

    if isinstance(exc, QueryError):
        return "query"
    if isinstance(exc, ParameterError):
        return "usage"
    if isinstance(exc, ArticleNotFoundError):
        return "not_found"
    if isinstance(exc, (IndexNotFoundError, IndexFormatError)):
        return "index"
    return "error"


def query_record(
    outcome: QueryOutcome, fields: Sequence[str] | None, context: bool, count: bool, message: str = ""
) -> JSONObject:
    """One line of `search --queries` output: the query's hits (or only its count), or its error
    (`message`: the error as the caller words it; str(error) when not given)."""
    head: JSONObject = {"schema_version": SCHEMA_VERSION, "index": outcome.index}
    if outcome.error is not None:
        return {
            **head,
            "query": outcome.query,
            "error": {"type": error_type(outcome.error), "message": message or str(outcome.error)},
        }
    result = outcome.result
    assert result is not None
    if count:
        return {
            **head,
            "query": outcome.query,
            "total": result.total_as_typed,
            "fallback": result.fallback or None,
            "suggestion": result.suggestion,
        }
    return {**head, **result_to_json(result, fields, context)}


def entities_to_json(counts: dict[str, list[tuple[str, int]]]) -> JSONObject:
    """`indexer entities --json`: {"entities": {field: [{"name", "count"}, ...]}}, fields plural."""
    return {
        "schema_version": SCHEMA_VERSION,
        "entities": {k: [{"name": n, "count": c} for n, c in v] for k, v in counts.items()},
    }


def entity_records(counts: dict[str, list[tuple[str, int]]]) -> Iterable[JSONObject]:
    """`indexer entities --jsonl`: one {"type", "name", "count"} per name; `type` is the field
    (plural, "people"), which `--type` accepts as well as the singular."""
    for field_name, rows in counts.items():
        for name, count in rows:
            yield {"schema_version": SCHEMA_VERSION, "type": field_name, "name": name, "count": count}


def entity_lines(counts: dict[str, list[tuple[str, int]]]) -> Iterable[str]:
    """`indexer entities` as text: a "field:" line, then "  COUNT  NAME" lines, most first
    (a date of no year spelled out beside it, readable_date)."""
    for field_name, rows in counts.items():
        if not rows:
            continue
        yield f"{field_name}:"
        for name, count in rows:
            shown = readable_date(name) if field_name == "dates" else name
            yield f"  {count:>6}  {printable(shown)}"


_MONTHS = ("January February March April May June July August September October November December").split()
_NO_YEAR = re.compile(r"--(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?")


def readable_date(value: str) -> str:
    """A date tag as text output shows it: a month or day of no year, which the index writes
    as ISO 8601 does without the year (`--03`, `--03-05`: the value `date:` takes), with the
    month spelled out beside it: "--03 (March, no year)", "--03-05 (5 March, no year)"; a
    range of them (`--11-11/--11-14`) as "11 November to 14 November".
    JSON keeps the value alone."""
    spelled = []
    for part in value.split("/"):
        m = _NO_YEAR.fullmatch(part)
        if m is None:
            return value
        day = f"{int(m.group(2))} " if m.group(2) else ""
        spelled.append(day + _MONTHS[int(m.group(1)) - 1])
    return f"{value} ({' to '.join(spelled)}, no year)"


_ISO_DATE = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")


def published_text(value: str) -> str:
    """An article's date (Article.published, ISO 8601 at its precision) as a person reads it:
    "2021-04-22" -> "22 April 2021", "2021-04" -> "April 2021", "2021" -> "2021"; anything
    else as given. For the web pages, which keep the ISO value in `<time datetime>`; the JSON
    and the CLI's text (greppable, sortable) keep ISO."""
    m = _ISO_DATE.fullmatch(value.strip())
    if m is None:
        return value
    year, month, day = m.groups()
    if month is None:
        return year
    spelled = f"{_MONTHS[int(month) - 1]} {year}"
    return f"{int(day)} {spelled}" if day else spelled


# An article's id is "article_id" in every JSON document: a hit, a `show --jsonl` paragraph
# record, and an article object (`parse`/`show --json`'s "article", `stats --articles`'
# "article_list"), which also keep the "id" they were first written with (fields are added,
# never renamed or removed: README "Scripts and JSON").


def article_rows(records: Iterable[ArticleRecord]) -> list[JSONObject]:
    """`indexer stats --articles`: the index's article records by id, as JSON objects (a date
    the article does not state is null, as everywhere in the JSON)."""
    return [
        {
            "id": r.id,
            "article_id": r.id,  # the name hits give it (the note above)
            "path": r.path,
            "title": r.title,
            "published": r.published or None,
            "paragraphs": r.paragraphs,
            "url": r.url or None,
            "language": r.language,  # as `show --json` gives it (ISO 639-1, "und")
        }
        for r in sorted(records, key=lambda r: r.id)
    ]


# An id wider than this does not widen the whole table's id column (it pushes its own title on).
ID_COLUMN_MOST = 48


def article_table(records: Sequence[ArticleRecord]) -> list[str]:
    """`indexer stats --articles` as text: a header, then one line an article with its indexed
    paragraphs, publication date ("-": the article states none), id and title, the ids padded
    to one column (at most ID_COLUMN_MOST wide) so the titles line up."""
    ids = [printable(r.id) for r in records]
    width = min(max((len(i) for i in ids), default=2), ID_COLUMN_MOST)
    lines = [f"{'paras':>5}  {'published':<10}  {'id':<{width}}  title"]
    for record, shown_id in zip(records, ids, strict=True):
        lines.append(
            f"{record.paragraphs:>5}  {record.published or '-':<10}  {shown_id:<{width}}  {printable(record.title)}".rstrip()
        )
    return lines


def article_to_json(article: Article) -> JSONObject:
    """`indexer show --json` and `parse --json`: the article's fields, every paragraph
    (paragraph_to_json) and the reader's warnings."""
    return {
        "schema_version": SCHEMA_VERSION,
        "article": {
            "id": article.id,
            "article_id": article.id,  # the name hits give it (the note above article_rows)
            "path": article.path,
            "title": article.title,
            "byline": article.byline,
            "dateline": article.dateline,
            "published": article.published or None,  # null when the page states no date, as stats' dates
            "content_hash": article.content_hash,
            "language": article.language,
            "url": article.url or None,  # null when the page gives no address (plain text never does)
        },
        "paragraphs": [paragraph_to_json(p) for p in article.paragraphs],
        "warnings": list(article.warnings),
    }


def paragraph_to_json(p: Paragraph) -> JSONObject:
    """One paragraph of article_to_json (and of `indexer show --jsonl`, a record each)."""
    return {
        "paragraph": p.paragraph,
        "kind": p.kind,
        "reason": p.reason,
        "indexed": p.indexed,
        "section": p.section,
        "text": p.text,
        **{name: list(getattr(p, name)) for name in ENTITY_FIELDS},
    }


def _expand_tabs(marked: str, tabsize: int = 8) -> str:
    """str.expandtabs of text holding _OPEN/_CLOSE marks, the marks taking no column."""
    out, column = [], 0
    for char in marked:
        if char == "\t":
            spaces = tabsize - column % tabsize
            out.append(" " * spaces)
            column += spaces
        else:
            out.append(char)
            column = 0 if char in "\n\r" else column + (char not in (_OPEN, _CLOSE))
    return "".join(out)


def _columns(char: str) -> int:
    """Terminal columns of one character: 2 for East Asian wide and fullwidth ones (CJK, kana,
    Hangul, fullwidth forms: Unicode's UAX #11 classes W and F), else 1."""
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _cut(text: str, room: int) -> str:
    """`text` if it fits in `room` terminal columns, else as many of its first characters as fit
    in room - 1 columns and "…" (a line of Japanese, two columns a character, is cut at half
    the characters of an English one, so it does not wrap)."""
    if len(text) * 2 <= room:
        return text  # fits even if every character is wide
    used = 0
    for i, char in enumerate(text):
        used += _columns(char)
        if used > room:
            cut = text[:i]
            while cut and sum(map(_columns, cut)) > room - 1:
                cut = cut[:-1]
            return cut + "…"
    return text


def _tokens(text: str) -> list[str]:
    """`text` as runs of whitespace, runs of narrow other characters (words), and single wide
    characters (each a place to break a line of CJK text, which has no spaces)."""
    tokens: list[str] = []
    last = -1  # the kind of tokens[-1]: 0 whitespace, 1 narrow run, 2 wide character
    for char in text:
        kind = 0 if char.isspace() else _columns(char)
        if kind == last and kind != 2:
            tokens[-1] += char
        else:
            tokens.append(char)
        last = kind
    return tokens


def wrap_columns(text: str, room: int) -> list[str]:
    """`text` wrapped greedily into lines of at most `room` terminal columns (`_columns`), as
    textwrap.wrap does by characters: breaks at whitespace, which is dropped at line ends, and
    between any two wide characters; a word wider than a line is cut. Only whitespace is ever
    left out, which `_wrap_marked` relies on."""
    lines: list[str] = []
    line, used, space = "", 0, ""
    for token in _tokens(text):
        if token[0].isspace():
            space = token if line else ""
            continue
        width = sum(map(_columns, token))
        if line and used + len(space) + width <= room:
            line, used = line + space + token, used + len(space) + width
        else:
            if line:
                lines.append(line)
            while width > room:  # a word wider than a line: cut, as textwrap's break_long_words
                lines.append(token[:room])
                token = token[room:]
                width = len(token)
            line, used = token, width
        space = ""
    if line:
        lines.append(line)
    return lines


def same_name(a: str, b: str) -> bool:
    """Whether two names are one as a reader reads them: their letters and digits alike, case
    aside ("Cécile D." and the byline "Cécile D": a thread's starter's post, whose writer the
    byline already names)."""

    def key(name: str) -> str:
        return "".join(c for c in name.casefold() if c.isalnum())

    return key(a) == key(b)


class TextRenderer:
    """Human-readable output, ripgrep-like: a header line per hit, then its snippet."""

    def __init__(self, color: bool = False, bold_only: bool = False, width: int | None = None) -> None:
        self.color = color or bold_only
        self.bold_only = bold_only
        self.width = width or min(shutil.get_terminal_size((100, 24)).columns, 120)

    def _style(self, text: str, style: Style) -> str:
        if not self.color or not text:
            return text
        if self.bold_only:  # NO_COLOR: matches and headers bold, nothing else styled
            if style is not MATCH and style is not HEADER:
                return text
            style = BOLD
        return click.style(text, **style)

    def _section(self, section: str, used: int) -> str:
        """A paragraph's section as its header line shows it: "§ " and the heading, cut with
        "…" to what is left of the line after `used` characters (at least 20), so a long heading
        (a standfirst taken for one) does not fill the screen on every paragraph. JSON keeps it whole."""
        return "§ " + _cut(printable(section), max(20, self.width - used - 2))

    def hit(self, hit: Hit, full: bool = False) -> str:
        where = f"{printable(hit.article_id)}:{hit.paragraph}"
        meta = [hit.kind]
        if hit.section:
            meta.append(self._section(hit.section, len(where) + len(hit.kind) + 4))
        header = f"{self._style(where, HEADER)} {self._style(' · '.join(meta), KIND)}"
        title = self._style(printable(hit.title), DIM) if hit.title and hit.kind != "title" else ""
        fragment = (0, len(hit.text)) if full else hit.fragment
        lines = [header]
        if title:
            lines.append(f"  {title}")
        # Under the title: a title hit's text is its title, so the citation follows that.
        citation = self.citation(hit)
        cite = [f"  {self._style(citation, DIM)}"] if citation else []
        if hit.kind != "title":
            lines.extend(cite)
        if self.color:
            marked = mark(hit.text.translate(_NO_SENTINELS), fragment, hit.matches, _OPEN, _CLOSE)
            lines.extend(self._wrap_marked(marked, MATCH if not self.bold_only else BOLD))
        else:
            lines.extend(self._wrap(mark(hit.text, fragment, hit.matches, "", "")))
        if hit.kind == "title":
            lines.extend(cite)
        tags = self.tags(hit)
        if tags:
            lines.append(self._style(f"  {tags}", DIM))
        if hit.copies:
            lines.append(self._style(f"  {self.copies(hit)}", DIM))
        return "\n".join(lines)

    @staticmethod
    def citation(hit: Hit) -> str:
        """What a quote from the hit is cited by, on the line under its title: the page's address,
        its byline and its date, those the page gave ("https://... · by Reid Standish · 2021-03-30");
        "" when it gave none. Who wrote it and when was in JSON only, and a reader of the text
        output opened the article to find them. A paragraph with a writer of its own other than
        the byline's (Hit.turn: a forum reply's poster, whom the byline, the thread's starter, does
        not name) is credited to that writer, the byline after it ("https://... · by Margaret
        Oduya (byline: Priya Nair) · 2025-04-15"): one wording for a reply, a letter and a
        transcript's turn, which the index does not tell apart."""
        by = f"by {hit.byline}" if hit.byline else ""
        if hit.turn and not same_name(hit.turn, hit.byline):
            by = f"by {hit.turn}" + (f" (byline: {hit.byline})" if hit.byline else "")
        parts = [hit.url, by, hit.published]
        return " · ".join(printable(part) for part in parts if part)

    @staticmethod
    def copies(hit: Hit, shown: int = COPIES_SHOWN) -> str:
        """The line naming where else a hit's paragraph is (Hit.copies): "also in ARTICLE:N,
        ... and N more", the first `shown` by place."""
        places = [f"{printable(c.article_id)}:{c.paragraph}" for c in hit.copies]
        more = f" and {len(places) - shown:,} more" if len(places) > shown else ""
        return f"also in {', '.join(places[:shown])}{more}"

    @staticmethod
    def tags(item: Hit | Paragraph) -> str:
        parts = []
        for name in ENTITY_FIELDS:
            values = getattr(item, name)
            if values:
                shown = [readable_date(v) for v in values] if name == "dates" else values
                parts.append(f"{name}: {printable(', '.join(shown))}")
        return " | ".join(parts)

    def result(self, result: SearchResult, full: bool = False) -> Iterable[str]:
        for i, hit in enumerate(result.hits):
            if hit.before or hit.after:
                yield ("--\n" if i else "") + "\n".join(
                    [
                        *(self.context(hit, p) for p in hit.before),
                        self.hit(hit, full),
                        *(self.context(hit, p) for p in hit.after),
                    ]
                )
            else:
                yield ("\n" if i else "") + self.hit(hit, full)

    def _wrap(self, text: str, indent: str = "  ") -> list[str]:
        """`text` wrapped to the width, each of its lines on lines of its own: a paragraph's
        lines are its items (a list's, a table's rows), which run into each other as one
        ("Excellent suction for the price Accurate lidar mapping", trial 14)."""
        if "\n" not in text:
            return self._wrap_line(text, indent)
        lines = [out for line in text.split("\n") if line.strip() for out in self._wrap_line(line, indent)]
        return lines or [indent]

    def _wrap_line(self, text: str, indent: str = "  ") -> list[str]:
        if not text.isascii() and any(_columns(c) == 2 for c in text):
            return [indent + line for line in wrap_columns(text, self.width - len(indent))] or [indent]
        return textwrap.wrap(
            text, self.width - len(indent), initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
        ) or [indent]

    def _wrap_marked(self, marked: str, style: Style) -> list[str]:
        """Wrap text whose matches are between _OPEN and _CLOSE exactly as the same text without
        them (the styles' escape codes take no columns), each match styled on its own line."""
        marked = _expand_tabs(marked)  # as textwrap does, tab stops counted without the marks
        lines = self._wrap(marked.translate(_NO_SENTINELS))
        out: list[str] = []
        k, inside = 0, False
        for line in lines:
            indent, content = line[:2], line[2:]
            parts = [indent, click.style("", reset=False, **style)] if inside else [indent]
            for char in content:
                while marked[k] != char and not (char == " " and marked[k].isspace()):
                    if marked[k] in (_OPEN, _CLOSE):  # a mark before this character
                        inside = marked[k] == _OPEN
                        parts.append(click.style("", reset=False, **style) if inside else _RESET)
                    k += 1  # else whitespace the wrap dropped at a line break
                parts.append(char)
                k += 1
            while k < len(marked) and marked[k] == _CLOSE:
                inside = False
                parts.append(_RESET)
                k += 1
            if inside:
                parts.append(_RESET)  # continued on the next line: no colour in between
            out.append("".join(parts))
        return out

    def context(self, hit: Hit, p: Paragraph) -> str:
        """A paragraph around a hit (--context), whole and dimmed; '-' after the number as grep does."""
        header = self._style(f"{printable(hit.article_id)}-{p.paragraph} {p.kind}", DIM)
        return "\n".join([header, *(self._style(line, DIM) for line in self._wrap(p.text))])

    def facets(self, facets: dict[str, list[tuple[str, int]]]) -> Iterable[str]:
        rows = [(name, counts) for name, counts in facets.items() if counts]
        if not rows:
            yield self._style("facets: no entity names in these paragraphs", DIM)
            return
        yield "facets:"
        for name, counts in rows:
            yield f"  {name}: " + ", ".join(f"{printable(n)} ({c})" for n, c in counts)

    def indexed_article(self, article: Article, focus: int | None = None) -> Iterable[str]:
        """An article as indexed (`indexer show`): every paragraph whole, with its tags."""
        yield self._article_head(article)
        for p in article.paragraphs:
            pointer = ">" if p.paragraph == focus else " "
            used = len(str(p.paragraph)) + len(p.kind) + 5
            meta = [p.kind] + ([self._section(p.section, used)] if p.section else [])
            lines = [f"{pointer}{self._style(str(p.paragraph), HEADER)} {self._style(' · '.join(meta), KIND)}"]
            lines.extend(self._wrap(p.text.replace("\n", " ")))
            tags = self.tags(p)
            if tags:
                lines.append(self._style(f"  {tags}", DIM))
            yield "\n".join(lines)

    def _article_head(self, article: Article) -> str:
        """The article id (and path), then its metadata lines."""
        name = self._style(printable(article.id), HEADER)
        head = [f"{name}  ({printable(article.path)})" if article.path else name]
        for label, value in (
            ("title", article.title),
            ("byline", article.byline),
            ("dateline", article.dateline),
            ("published", article.published),
            ("url", article.url),
        ):
            if value:
                head.append(f"  {label}: {printable(value)}")
        if article.copies:  # the same file under other names: search shows their paragraphs once
            head.append(f"  same file as: {printable(', '.join(article.copies))}")
        return "\n".join(head)

    def article(self, article: Article, full: bool = False) -> Iterable[str]:
        """`indexer parse`'s lines for `article`: its head, then each block's mark ("-": not
        indexed), number, kind and text, cut to the terminal's width, or whole and wrapped when
        `full` (each line under it with the block's mark, so `grep -v '^-'` keeps a block whole),
        then its reason, section and tags."""
        yield self._article_head(article)
        room = max(20, self.width - 18)
        for p in article.paragraphs:
            mark_indexed = " " if p.indexed else "-"
            kind = self._style(f"{p.kind:<11}", KIND)
            if full:  # (by terminal columns: a line of Japanese takes two a character)
                # each of the block's own lines wrapped apart, its wrapped rest indented: a
                # table's rows, a list's items, a programme's times stay lines of their own (a new
                # user read "Lesesaal 10:30" as one row's place glued to the next row's time)
                first, *more = [
                    ("  " if k else "") + seg
                    for ln in p.text.split("\n")
                    for k, seg in enumerate(wrap_columns(ln, room - 2) or [""])
                ] or [""]
                short = "\n".join([first, *(f"{mark_indexed}{' ' * 16} {segment}" for segment in more)])
            else:
                short = _cut(p.text.replace("\n", " "), room)
            line = f"{mark_indexed}{p.paragraph:>4} {kind} {short}"
            extra = []
            if p.reason:
                extra.append(f"why: {p.reason}")
            if p.section and p.indexed:
                extra.append(self._section(p.section, 17 + len(p.reason or "") + 8))
            tags = self.tags(p)
            if tags:
                extra.append(tags)
            if extra:
                # The reason line carries the block's mark too, so `grep -v '^-'` drops a
                # dropped block with its reason and `grep '^-'` keeps both.
                line += "\n" + self._style(f"{mark_indexed}                " + " | ".join(extra), DIM)
            yield line
