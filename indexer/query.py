"""The query language, before Whoosh sees it: a small lexer that checks and rewrites a query.

Whoosh's parser is lenient: it silently drops an unbalanced quote or an unknown field, and it
reads `us?` as a wildcard. A search tool that quietly searches for something else than what was
typed is worse than one that says no, so the query string is checked here first and refused
with a precise message, then rewritten into the subset of Whoosh syntax the searcher runs:

- `-word`, `-"a phrase"`, `-(...)` become `NOT ...`; a leading `+` is dropped (words are
  required anyway);
- a `?` at the end of a word is punctuation ("why aren't they believing us?"), not a wildcard;
- wildcards need at least MIN_PREFIX letters before the first `*` or `?` (short prefixes
  are the slowest queries), fuzzy distances are 1 or 2.

The lexer also tells the searcher which words are plain words (no field, operator, wildcard),
so it can retry them fuzzily, suggest corrections and fall back to OR ranking. No Whoosh here.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from .analysis import NAME_STOP_WORDS
from .errors import Command, Placeholder, QueryError, literal
from .models import ENTITY_NAMES, FIELD_TYPE, NAME_FIELDS, TYPE_FIELD
from .schema import ENTITY_TEXT_FIELDS
from .sniff import decode_entities

MAX_QUERY_CHARS = 1000
MIN_PREFIX = 3
MAX_FUZZY = 2

# Field names a query may use, with the singular aliases people type.
QUERY_FIELDS = (
    "text",
    "title",
    "section",
    "byline",
    "kind",
    "article",
    "published",
    "dates",
    "language",
    *ENTITY_TEXT_FIELDS,
)
FIELD_ALIASES: dict[str, str] = {
    # person: -> people, org: -> orgs, and every other name of an entity type (persons:, location:)
    **{name: f for name, f in ENTITY_NAMES.items() if name != f},
    "article_id": "article",
    "lang": "language",
    # the article's author line, by the names users reach for (search engines' `author:`)
    "author": "byline",
    "authors": "byline",
    "bylines": "byline",
    "word": "exact",  # a word as typed: not stemmed, accents kept (also written =word)
}
# The names an unknown field's message suggests: those the README teaches (the singular entity
# names, `lang:`, `word:`); every name above is accepted.
TAUGHT_FIELDS = ("text", "title", "section", "byline", "kind", "article", "published", "lang", *TYPE_FIELD, "word")
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
# Lucene's symbolic operators (classic query parser, Elasticsearch's query_string, Kibana):
# `a && b`, `a || b`, `!b`. Whoosh knows none of them and read `a || b` as a AND b and `a !b`
# as a AND b, the opposite of what was typed: they are the operators they stand for.
# A `!` standing alone stays punctuation: French sets one off with a space ("C'est fini !").
SYMBOLIC_OPERATORS = {"&&": "AND", "||": "OR"}

CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Typographic double quotes (English “…”, German „…“, French «…», reversed »…«) are the
# phrase quote; single ones only as the German pair ‚…‘ (a lone ‘ or ’ is an apostrophe).
DOUBLE_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»〝〞＂"})
SINGLE_PAIR_RE = re.compile("\u201a([^\u2018\u201a]*)\u2018")
TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<phrase>"[^"]*"(?:~\d+)?(?:\^[\d.]+)?)
  | (?P<range>[\[{][^\[\]{}"]*?(?<![^\s\[{])(?i:to)(?![^\s\]}])[^\[\]{}"]*[\]}])
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<word>[^\s()"\[\]{}]+)
  | (?P<other>.)
    """,
    re.VERBOSE,
)
# A range as Whoosh and Lucene write it: [START TO END] (ends included), {START TO END} (ends
# excluded), either end left out or "*" for an open end. Whoosh also reads "to" in any case, so
# the lexer does too: a bracketed group with a separate word "to" in it is a range, refused
# unless on a date field; brackets without one are punctuation ("[Zenz] said").
RANGE_RE = re.compile(r"([\[{])(.*?)(?<![^\s\[{])(?i:to)(?![^\s\]}])(.*)([\]}])\Z", re.S)
CLOSED_RANGE_RE = re.compile(r"[\[{][^\]}]*[\]}]")
DATE_FIELDS = ("dates", "published")
FIELD_PREFIX_RE = re.compile(r"([A-Za-z_]\w*):")
FUZZY_RE = re.compile(r"~(\d)?(?:/\d+)?(?:\^[\d.]+)?$")
WORD_CHARS_RE = re.compile(r"\w+")
TRAILING_PUNCT = "?!.,;:"

# Words a typed question carries that no paragraph is about. Dropped only when a query falls
# back to OR ranking (they are real words otherwise: "who" in a title: query stays).
QUESTION_WORDS = frozenset(
    """
    what whats who whom whose which where when why how did does do done doing was were is are
    been being has had have having say says said tell told about any some there their they them
    i me my mine we our us you your he she his her it its anything something someone
    can could would should shall will might must much many more most very also just
    according regarding concerning aren isn don doesn didn wasn weren haven hasn
""".split()
)


# A plain-word query starting with one of these (or ending with "?") is read as a question.
QUESTION_STARTERS = frozenset(
    """
    what whats who whom whose which where when why how did does do is are was were can could
    should would will has have had
""".split()
)


@dataclass
class Token:
    kind: str  # "word" | "phrase" | "range" | "lparen" | "rparen" | "op" | "other"
    text: str  # as typed, without any field prefix or sign (a question's opening "Will" lowered: _read_modal)
    start: int  # offset of `text` in the query
    end: int
    field: str = ""  # canonical field name when written as `field:`; "" for the default field
    sign: str = ""  # "-" or "+" when typed before the token

    @property
    def plain(self) -> bool:
        """A bare word of the default field: no sign, wildcard, fuzziness or boost."""
        return (
            self.kind == "word"
            and not self.field
            and not self.sign
            and not any(c in self.text for c in "*?~^")
            and bool(WORD_CHARS_RE.search(self.text))
        )


@dataclass
class ParsedQuery:
    """A checked query: its tokens and the string the searcher gives Whoosh."""

    text: str
    tokens: list[Token] = field(default_factory=list)
    whoosh: str = ""
    grouped: bool = False  # adjacent words were joined into a phrase (a multi-word synonym)

    @property
    def simple(self) -> bool:
        """Only words and phrases of the default field: what a person types as a question."""
        return all(
            t.kind in ("word", "phrase")
            and not t.field
            and not t.sign
            and not (t.kind == "word" and any(c in t.text for c in "*?~^"))
            for t in self.tokens
        )

    @property
    def question(self) -> bool:
        """Plain words typed as a question: "what did Zenz say about sanctions", "Uighur camps?"."""
        if not self.simple or not self.tokens or self.tokens[0].kind != "word":
            return False
        first = self.tokens[0].text.lower().replace("\u2019", "'").split("'")[0]
        return first in QUESTION_STARTERS or self.text.rstrip().endswith("?")

    def plain_words(self) -> list[Token]:
        return [t for t in self.tokens if t.plain]

    def field_values(self, fields: Collection[str]) -> list[tuple[str, str]]:
        """(field, value) of each word or phrase typed as `field:value` for one of `fields`
        (canonical names), not negated, in the query's order: a phrase's words without its
        quotes or slop (`person:"tony blair"~2` -> ("people", "tony blair")); blank values left out."""
        found = []
        for t in self.tokens:
            if t.field in fields and t.kind in ("word", "phrase") and t.sign != "-":
                value = t.text.split('"~', 1)[0].strip('"') if t.kind == "phrase" else t.text
                if value.strip():
                    found.append((t.field, value))
        return found

    def rewritten(self, replace: dict[int, str] | None = None, drop: set[int] | None = None, joiner: str = " ") -> str:
        """The Whoosh string, with some tokens (by index) replaced or dropped."""
        parts: list[str] = []
        for i, t in enumerate(self.tokens):
            if drop and i in drop:
                continue
            parts.append(replace[i] if replace and i in replace else _whoosh_token(t))
        return joiner.join(p for p in parts if p)

    def replaced(self, replace: dict[int, str]) -> str:
        """The query as typed, with some tokens' text replaced (for "did you mean")."""
        out, pos = [], 0
        for i, t in enumerate(self.tokens):
            if i in replace:
                out.append(self.text[pos : t.start])
                out.append(replace[i])
                pos = t.end
        out.append(self.text[pos:])
        return "".join(out)


def _whoosh_token(t: Token) -> str:
    text = t.text
    if t.kind == "range":
        text = _date_range(t).whoosh
    if t.kind == "op":
        return SYMBOLIC_OPERATORS.get(text, text)  # `&&` is AND, `||` OR
    if t.kind == "other" or (t.kind == "word" and not WORD_CHARS_RE.search(text) and "*" not in text):
        return ""  # stray punctuation ("-", "?", "&") means nothing to the index
    prefix = f"{t.field}:" if t.field else ""
    sign = "NOT " if t.sign == "-" else ""
    return f"{sign}{prefix}{text}"


SHOWN_CHARS = 80  # a query quoted back in a message is cut to about this many characters


def shown(query: str, at: int = 0) -> str:
    """`query` quoted for a one-line message: whole when short, else the SHOWN_CHARS characters
    around character offset `at` with "…" where it was cut (a refused 1,000-character query
    was echoed whole, twice, burying the reason)."""
    if len(query) <= SHOWN_CHARS:
        return repr(query)
    start = max(0, min(at - SHOWN_CHARS // 2, len(query) - SHOWN_CHARS))
    part = query[start : start + SHOWN_CHARS]
    return repr(("…" if start else "") + part + ("…" if start + SHOWN_CHARS < len(query) else ""))


def check_query(query: str, languages: tuple[str, ...] | list[str] = ()) -> ParsedQuery:
    """Refuse what Whoosh would silently misread, and tokenize the rest. `languages`: the codes
    the index holds, named in the message refusing an unknown `lang:` code. Raises QueryError."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long: {len(query)} characters (limit {MAX_QUERY_CHARS}): shorten it")
    # A character reference typed or pasted ("H&amp;M", "caf&#233;") is the character it stands
    # for, as in an article's text (sources.py decodes them there): else it finds nothing.
    if "&" in query:
        query, _ = decode_entities(query)
    if CONTROL_RE.search(query):
        raise QueryError("query contains control characters: remove them")
    typed = query
    # One character for one: the tokens' offsets stay those of the query as typed.
    query = SINGLE_PAIR_RE.sub(r'"\1"', query.translate(DOUBLE_QUOTES))
    if query.count('"') % 2:
        raise QueryError(
            f'unbalanced quote in query {shown(query, query.rfind(chr(34)))}: close the phrase with a second "'
        )
    tokens = _tokenize(query)
    depth = 0
    for t in tokens:
        if t.kind == "lparen":
            depth += 1
        elif t.kind == "rparen":
            depth -= 1
            if depth < 0:
                raise QueryError(f"unbalanced parenthesis in query {shown(query, t.start)}: a ')' has no '('")
    if depth:
        raise QueryError(f"unbalanced parenthesis in query {shown(query, query.rfind('('))}: a '(' is not closed")
    for t in tokens:
        if t.kind == "word":
            if t.field in DATE_FIELDS and t.text == "*":
                # "published:*": any date, as Elasticsearch reads field:* (a range of them all)
                t.kind, t.text = "range", "[* TO *]"
                continue
            if not t.text.strip("*?:"):  # "*", "title:*", "*:*": Whoosh's "every document"
                _refuse_match_all(query, t)
            _check_word(t.text)
    _check_distances(tokens)
    _refuse_empty(query, tokens)
    if tokens and all(t.kind == "op" for t in tokens):
        raise QueryError(
            f"nothing to search for in {shown(query)}: it has only stop words, operators or "
            "one-letter words: add a word"
        )
    _check_operators(query, tokens)
    for t in tokens:
        _comparison_as_range(t)
        if t.kind == "range":
            _date_range(t)  # refuses a range that is not on a date field, or not of dates
        if t.field and t.kind in ("word", "phrase"):
            value = t.text[1:-1] if t.kind == "phrase" and t.text.endswith('"') else t.text
            if t.kind == "word" or t.text.endswith('"'):
                check_value(t.field, value, languages)
    parsed = ParsedQuery(typed, tokens)
    _read_modal(parsed)
    parsed.whoosh = parsed.rewritten()
    return parsed


def _read_modal(parsed: ParsedQuery) -> None:
    """A query opening with "May" or "Will" (analysis.NAME_STOP_WORDS: capitalised, a name) as a
    question's verb is read with it in lower case, a stop word: when a word in lower case follows
    it ("Will the Fed raise rates", "May I ask") or the query is a question of three words or more
    ("Will Blair resign?"). "Will Young", "May 5" and "May" alone keep the name."""
    tokens = parsed.tokens
    if len(tokens) < 2 or tokens[0].kind != "word" or tokens[0].field or tokens[0].text not in NAME_STOP_WORDS:
        return
    following = tokens[1].text if tokens[1].kind == "word" else ""
    if following[:1].islower() or (len(tokens) > 2 and parsed.text.rstrip().endswith("?")):
        tokens[0].text = tokens[0].text.lower()


def _refuse_match_all(query: str, t: Token) -> None:
    """`*` alone (and `*:*`) would match every paragraph, `title:*` every one with a title: a
    pattern of no letters, the slowest query there is. Raises QueryError saying what to type."""
    typed = query[: t.end].split()[-1].lstrip("(+-")
    if not t.field:
        raise QueryError(
            f"{shown(typed)} alone would match every paragraph",
            "leave the query out and give a filter ({kinds=body}), or search words",
        )
    raise QueryError(
        f"{shown(typed)} would match any value: give one, or at least {MIN_PREFIX} letters before the "
        f"* ({typed.split(':')[0]}:abc*)"
    )


def _refuse_empty(query: str, tokens: list[Token]) -> None:
    """Refuse a phrase with no word between its quotes (`""`, `" "`, `"."`) and parentheses with
    nothing between them (`()`, `person:()`): Whoosh searched nothing for them, and the message
    said the phrase was made of common English words. A query of nothing else is an empty query;
    in a field (`person:""`) the field's own "empty value" error (check_value). Raises QueryError."""
    empty = [t for i, t in enumerate(tokens) if _empty_token(t, tokens[i + 1 : i + 2])]
    if not empty:
        return
    if all(t.kind in ("lparen", "rparen") or t in empty for t in tokens):
        what = "quotes" if any(t.kind == "phrase" for t in empty) else "parentheses"
        nothing = "no word" if any(t.kind == "phrase" and t.text.strip('"~0123456789 ') for t in empty) else "nothing"
        raise QueryError(
            f"empty query {shown(query)}: {nothing} between its {what}",
            "give words to search for, or a filter such as {people}",
        )
    t = empty[0]
    if t.kind == "lparen":
        raise QueryError(
            f"empty parentheses in query {shown(query, t.start)}: put words between them, or leave them out"
        )
    typed = t.text[: t.text.rfind('"') + 1]
    what = "empty phrase" if not typed[1:-1].strip() else "no word in the phrase"
    raise QueryError(
        f"{what} {typed} in query {shown(query, t.start)}: put words between the quotes, or leave them out"
    )


def _empty_token(t: Token, following: list[Token]) -> bool:
    """Whether `t` is a phrase with no word in it or a '(' closed at once (`following`: the
    token after it, if any); a field's (`person:""`, `title:()`) raises its empty-value error."""
    if t.kind == "phrase":
        inside = t.text[1 : t.text.rfind('"')].removeprefix("=")
        empty = not (WORD_CHARS_RE.search(inside) and inside.strip("_"))
        blank = not inside.strip()
    else:
        empty = blank = t.kind == "lparen" and bool(following) and following[0].kind == "rparen"
    if empty and blank and t.field:
        check_value(t.field, "")
    return empty


BINARY_OPERATORS = frozenset({"AND", "OR", "ANDNOT", "ANDMAYBE", *SYMBOLIC_OPERATORS})


# A typo distance or a phrase's slop that is no number: "labor~x", '"forced labor"~x'. Whoosh
# dropped the "~x" and searched the rest, so a mistyped distance went unnoticed. A "~" inside
# a pasted address ("example.com/~john") is no distance: only a word of letters comes before.
_BAD_DISTANCE = re.compile(r"^(\w+)~(?![\d/])(\S+)$")
# ...or a number with a fraction ("blair~1.5", '"tony blair"~1.5'): Whoosh read "blair~1.5" as
# "blair" and the phrase's slop as 1, with nothing said (a new user's try).
_FRACTION_DISTANCE = re.compile(r"^(\w+)~\d*[.,]\d")
_FRACTION_TAIL = re.compile(r"^[.,]\d")


def _check_distances(tokens: list[Token]) -> None:
    """Refuse a `~` after a word or a phrase that is followed by no number (QueryError)."""
    for prev, t in zip([None, *tokens], tokens):
        if t.kind != "word":
            continue
        glued = prev is not None and prev.kind == "phrase" and prev.end == t.start
        after_phrase = glued and (t.text.startswith("~") or ("~" in prev.text and bool(_FRACTION_TAIL.match(t.text))))  # type: ignore[union-attr]
        bad = _BAD_DISTANCE.match(t.text)
        if fraction := _FRACTION_DISTANCE.match(t.text):
            raise QueryError(
                f"bad typo distance in '{t.text}': a whole number of typing errors, {fraction.group(1)}~1 or "
                f"{fraction.group(1)}~2"
            )
        if after_phrase:
            phrase = re.sub(r"~\d*$", "", prev.text)  # type: ignore[union-attr]
            slop = prev.text[len(phrase) :] + t.text  # type: ignore[union-attr]
            raise QueryError(
                f"bad slop '{slop}' after the phrase {phrase}: it is a whole number of words "
                f"({phrase}~2 allows 2 words between or out of order)"
            )
        if bad and not bad.group(2).startswith(("^", "~")):
            raise QueryError(
                f"bad typo distance in '{t.text}': write {bad.group(1)}~1 or {bad.group(1)}~2 (typing errors "
                "allowed), or leave out the ~"
            )


def _check_operators(query: str, tokens: list[Token]) -> None:
    """Refuse an operator with nothing to join: `forced AND`, `AND forced`, `forced OR OR labor`,
    `(AND x)`, `x NOT`. Lucene's classic query parser refuses these too (a parse error); Whoosh
    reads them silently as something else (`forced AND` found nothing, `a OR OR b` ran as AND).
    The message names the first such operator, where it is, and the query without any of them.
    Raises QueryError."""
    bad = _bad_operator(tokens)
    if bad is None:
        return
    t, problem = bad
    fixed = query
    while bad is not None:  # drop each misplaced operator in turn: "a AND AND" -> "a"
        fixed = " ".join((fixed[: bad[0].start].rstrip() + " " + fixed[bad[0].end :].lstrip()).split())
        bad = _bad_operator(_tokenize(fixed))
    hint = "add words" if not fixed else f"type {fixed!r}" if len(fixed) <= SHOWN_CHARS else "remove it"
    # `&&` and `||` are no words: only a word operator has a lower-case word to search instead.
    word = f", or write '{t.text.lower()}' in lower case to search the word" if t.text.isalpha() else ""
    raise QueryError(
        f"operator '{t.text}' at character {t.start + 1} of {shown(query, t.start)} {problem}: {hint}{word}"
    )


def _bad_operator(tokens: list[Token]) -> tuple[Token, str] | None:
    """The first operator with nothing to join, and what is wrong with it; None if none."""
    # Stray punctuation ("&", "-") means nothing to the index: it separates nothing either.
    seq = [t for t in tokens if t.kind != "other" and (t.kind != "word" or _whoosh_token(t))]
    for i, t in enumerate(seq):
        if t.kind != "op":
            continue
        before = seq[i - 1] if i else None
        after = seq[i + 1] if i + 1 < len(seq) else None
        if after is None or after.kind == "rparen":
            return t, "has nothing after it"
        if after.kind == "op" and after.text in BINARY_OPERATORS:
            return after, f"follows '{t.text}'"
        if t.text in BINARY_OPERATORS and (before is None or before.kind == "lparen"):
            return t, "has nothing before it"
        if t.text == "NOT" and after.kind == "op" and after.text == "NOT":
            return after, "follows 'NOT'"
    return None


@dataclass(frozen=True)
class DateRange:
    """A checked `date:[START TO END]` or `published:{START TO END}`: ISO periods (YYYY,
    YYYY-MM, YYYY-MM-DD), "" for an open end; `*_excluded` for a brace. `whoosh`: the range as
    Whoosh's parser reads it (compile.py matches the field's dates that fall in it)."""

    field: str
    start: str
    end: str
    start_excluded: bool
    end_excluded: bool

    @property
    def whoosh(self) -> str:
        if not self.start and not self.end:
            # [* TO *]: every dated value (Elasticsearch's reading, "has one"); Whoosh reads an
            # empty range as Every, which the date expansion would not see, and the years are
            # four digits, so this range holds them all (and no date of no year, as any range)
            return "[0000 TO 9999]"
        opening, closing = "{" if self.start_excluded else "[", "}" if self.end_excluded else "]"
        return opening + " ".join(v for v in (self.start, "TO", self.end) if v) + closing

    def holds(self, date: str) -> bool:
        """Whether a date as tagged lies in the range, as `date:PERIOD` decides (compile.py's
        date_within): a date (`2019`, `2019-11-16`) when it lies wholly inside, a span
        (`2019-11-11/2019-11-14`) when it reaches into it. Each end is taken at its precision:
        [2019 TO 2020] is 2019-01-01 to 2020-12-31, {2019 TO 2021} is 2020 alone. A date of
        no year (`--11-14`) is in no range. Compared as strings: ISO days sort as they fall."""
        first, slash, last = date.partition("/")
        last = last or first
        if not (first[:4].isdigit() and last[:4].isdigit()):
            return False
        low, high = period_first_day(first), period_last_day(last)
        # What must be inside: all of a date, some of a span.
        head, tail = (high, low) if slash else (low, high)
        if self.start and not (
            head > period_last_day(self.start) if self.start_excluded else head >= period_first_day(self.start)
        ):
            return False
        return not self.end or (
            tail < period_first_day(self.end) if self.end_excluded else tail <= period_last_day(self.end)
        )


def period_first_day(period: str) -> str:
    """The first day of an ISO period, as YYYY-MM-DD: "2019" -> "2019-01-01", "2019-11" -> "2019-11-01"."""
    return period + "-01-01"[len(period) - 4 :]


def period_last_day(period: str) -> str:
    """An upper bound of an ISO period's days that sorts after every one of them and before
    the next period: "2019" -> "2019-12-31", "2019-11" -> "2019-11-31" (as a string bound)."""
    return period + "-12-31"[len(period) - 4 :]


YEAR_PERIOD_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")
RANGE_EXAMPLES = "date:[2019 TO 2021], published:[2021-01 TO 2021-06]"


def _date_range(t: Token) -> DateRange:
    """The range token `t` checked: on a date field only (Whoosh would compare words of the
    text as strings: `[a TO c]` matched most of an index), with dates for ends, at least one
    end, and the start not after the end. Raises QueryError."""
    m = RANGE_RE.match(t.text)
    assert m is not None  # TOKEN_RE's range group matches only what RANGE_RE does
    if t.field not in DATE_FIELDS:
        where = f"'{FIELD_FORMS.get(t.field, t.field + ':').split(' or ')[0]}'" if t.field else "words"
        raise QueryError(
            f"range {shown(t.text)} on {where}: ranges are supported on dates only ({RANGE_EXAMPLES}); "
            "to search the words, leave out the brackets and 'TO'"
        )
    start, end = (v.strip() if v.strip() != "*" else "" for v in (m.group(2), m.group(3)))
    for value in (start, end):
        if value:
            check_value(t.field, value)
            if not YEAR_PERIOD_RE.match(value):  # a wildcard, or a day of no year (--11-14)
                raise QueryError(
                    f"not a date {value!r} in range {shown(t.text)}: give a year, a month or a "
                    "day as 2021, 2021-04 or 2021-04-16, or * for an open end"
                )
    if start and end and period_first_day(start) > period_last_day(end):
        raise QueryError(f"empty range {shown(t.text)}: it starts ({start}) after it ends ({end}): swap them")
    return DateRange(t.field, start, end, m.group(1) == "{", m.group(4) == "}")


# ISO 8601 periods a date field holds: a year, a month, a day (dates.py), or a month or day of no year.
DATE_VALUE_RE = re.compile(r"(?:\d{4}|-)(?:-(\d{2})(?:-(\d{2}))?)?\Z")
VALUE_FIELDS_WITH_WORDS = frozenset(ENTITY_TEXT_FIELDS)


# How each checked field is written: the query field (singular alias) and the search filter,
# as a hint's parameter field (errors.py: the CLI shows `{people}` as --person).
FIELD_FORMS: dict[str, str] = {
    **{f: f"{FIELD_TYPE[f]}: or {{{f}}}" for f in NAME_FIELDS},
    "kind": "kind: or {kinds}",
    "language": "lang: or {languages}",
    "article": "article: or {articles}",
    "dates": "date:",
    "published": "published:",
    "exact": "word:",
}


def check_value(fieldname: str, value: str, languages: Sequence[str] = ()) -> None:
    """Refuse a filter value that can never match, for the field syntax (`kind:bogus`,
    `person:`) and the options (`--kind bogus`, `--speaker ''`) alike: one message for both,
    naming the value, both forms (FIELD_FORMS) and what to give.

    `fieldname` is the canonical field (query.QUERY_FIELDS). Kinds are models.INDEXED_KINDS; languages
    ISO 639-1 codes (pycountry) or "und"; dates ISO 8601 periods YYYY, YYYY-MM, YYYY-MM-DD
    (`--MM-DD`: a day of no year, `--MM` a month of no year, as `indexer entities` lists them)
    with a real month and day; entity values need a word.
    `languages`: the codes the index holds, listed when a language code is refused.
    Raises QueryError."""
    from .models import INDEXED_KINDS, KINDS, kind_name

    # Each refusal names the filter as a hint parameter (FIELD_FORMS), so the whole line is the hint.
    v = value.strip()
    written = FIELD_FORMS.get(fieldname, f"{fieldname}:")
    if not v:  # every field: "title:" alone searched the word "title" (a user's trial)
        raise QueryError("", f"empty value ({written}): give one after it ({_example(fieldname)})")
    if fieldname in NAME_FIELDS and sum(v.count(q) for q in '"“”') % 2:
        # `--person '"tony'` found every Tony, the quote dropped unsaid (a new user's try)
        raise QueryError(
            "", f"unbalanced quote in {literal(repr(value))} ({written}): a name needs no quotes; give it without them"
        )
    if fieldname == "kind" and kind_name(v) not in INDEXED_KINDS and not set("*?") & set(v):
        # Bylines and boilerplate are kinds of block, never indexed: a filter on them can only
        # answer nothing, so it is refused like any kind that can never match.
        indexed = ", ".join(k for k in KINDS if k in INDEXED_KINDS)
        unindexed = f"; {kind_name(v)} paragraphs are not indexed (see {{0}})" if kind_name(v) in KINDS else ""
        raise QueryError(
            "",
            f"unknown kind {literal(repr(value))} ({written}): use one of {indexed}{unindexed}",
            (Command("parse", (Placeholder("FILES"),)),),
        )
    if fieldname == "language":
        if not is_language_code(v):
            held = f"this index holds {', '.join(languages)}" if languages else "en, de, zh..."
            raise QueryError(
                "",
                f"unknown language code {literal(repr(value))} ({written}): give an ISO 639-1 code "
                f"(ISO 639-3 for a language without one; {held}; und: undetermined)",
            )
    if fieldname in ("dates", "published") and "*" not in v and "?" not in v:
        _check_date(value, v, written)


def _check_date(value: str, v: str, written: str) -> None:
    """Refuse a date filter's value (`value`, stripped `v`) that names no period: a month or a day
    the calendar lacks, or no ISO 8601 date at all, with the range meant when it is one written
    another way (`2019..2021`; a comparison, `>2022-01-01`, is read as its range before:
    _comparison_as_range). `written`: the filter as the message names it. Raises QueryError."""
    m = DATE_VALUE_RE.match(v)
    month, day = (int(g) if g else 0 for g in m.groups()) if m else (0, 0)
    if m and m.group(1) and not 1 <= month <= 12:
        raise QueryError(
            "",
            f"no month {month:02d} in {literal(repr(value))} ({written}): months are 01 to 12; give a year, "
            "a month or a day as 2021, 2021-04 or 2021-04-16",
        )
    if m and m.group(2) and not 1 <= day <= _days_in(v, month):
        raise QueryError("", _no_such_day(value, v, month, day, written))
    if not m and (mistyped := _MISTYPED_COMPARISON.match(v)):
        end = mistyped.group(2) if DATE_VALUE_RE.match(mistyped.group(2)) else "2021"
        op = {"=>": ">=", "=<": "<=", "=": "", "<>": ">="}.get(mistyped.group(1), mistyped.group(1))
        raise QueryError(
            "",
            f"not a date {literal(repr(value))} ({written}): a comparison is >, >=, < or <= and then the date, "
            f"with no space ({written}{op}{end})",
        )
    if not m or (v.startswith("-") and not month):
        ranged = "; a range is written date:[2019 TO 2021-06]" if re.search(r"\.\.|/|\bto\b", v, re.I) else ""
        raise QueryError(
            "",
            f"not a date {literal(repr(value))} ({written}): give a year, a month or a day as 2021, 2021-04 "
            f"or 2021-04-16{ranged}",
        )


# A comparison on a date field (`date:>2022-01-01`, `published:<=2021`, as Elasticsearch's query
# string and GitHub's search write one), and the range it means: `{ }` leaves an end out, `[ ]`
# keeps it. Whoosh's own GtLtPlugin reads the same; here it becomes a range token, checked and
# matched as a range typed so is (_date_range).
_COMPARISON = re.compile(r"^(>=|<=|>|<)([^<>=\s]\S*)$")
# A comparison mistyped: no date after it (`>=`, `> 2021` typed with a space), or its mark
# written another way (`=>2021`, `<>2021`)
_MISTYPED_COMPARISON = re.compile(r"^(=>|=<|<>|>=|<=|>|<|=)(.*)$")
_AS_RANGE = {">": "{{{} TO *]", ">=": "[{} TO *]", "<": "[* TO {}}}", "<=": "[* TO {}]"}


def _comparison_as_range(t: Token) -> None:
    """A comparison on a date field (`date:>2022-01-01`) made the range it means, in place
    (`{2022-01-01 TO *]`): a new user's first try at "since", refused before with that hint."""
    if t.kind == "word" and t.field in DATE_FIELDS and (compared := _COMPARISON.match(t.text)):
        op, end = compared.groups()
        if end != "*" and not YEAR_PERIOD_RE.match(end):  # (named as typed, not as the range made of it)
            raise QueryError(
                f"not a date {end!r} in {shown(FIELD_FORMS[t.field] + t.text)}: compare with a year, a month or a day, as "
                f"{FIELD_FORMS[t.field]}>2021, <2021-04 or >=2021-04-16"
            )
        t.kind, t.text = "range", _AS_RANGE[op].format(end)


def _no_such_day(value: str, v: str, month: int, day: int, written: str) -> str:
    """The refusal of a day its month does not have (`2021-02-30`): the month's days, why
    (a leap year or not, for 29 February), and the day or month to give instead."""
    days = _days_in(v, month)
    month_name = calendar.month_name[month]
    year = v[:4] if v[:4].isdigit() else ""
    leap = f" ({year} is not a leap year)" if month == 2 and day == 29 and year else ""
    prefix = v[: len(v) - 2]  # "2021-02-" or "--02-"
    whose = f"{month_name} {year}" if year else month_name
    return (
        f"no such day {literal(repr(value))} ({written}): {whose} has {days} days{leap}; give a day from "
        f"{prefix}01 to {prefix}{days:02d}, or the whole month {v[: len(v) - 3]}"
    )


def _days_in(date: str, month: int) -> int:
    """The days of `month` (1-12) in the year of an ISO date (`2005-02-29`: 28, so refused),
    or of a leap year for a day of no year (`--02-29` is a real day)."""
    return calendar.monthrange(int(date[:4]) if date[:4].isdigit() else 2000, month)[1]


def is_language_code(code: str) -> bool:
    """A code an article's language is stored as (language.reported_code), any case: an ISO
    639-1 code (pycountry's table), the ISO 639-3 code of a language without one ("pcm",
    "grc"; "deu" is stored as "de", so refused), or "und" (undetermined)."""
    import pycountry

    from .language import reported_code

    code = code.strip().lower()
    if code == "und":
        return True
    if not (code.isascii() and code.isalpha()):
        return False
    if len(code) == 2:
        return pycountry.languages.get(alpha_2=code) is not None
    return len(code) == 3 and pycountry.languages.get(alpha_3=code) is not None and reported_code(code) == code


# An example value of each checked field, for the message that asks for one: names of the shipped
# article (source/), each of its own field's kind (a person's surname is no example of a place).
_EXAMPLES = {
    "people": "person:zenz",
    "speakers": "speaker:zenz",
    "orgs": 'org:"world uyghur congress"',
    "places": "place:xinjiang",
    "groups": "group:uyghurs",
    "kind": "kind:caption",
    "language": "lang:de",
    "dates": "date:2021",
    "published": "published:2021",
    "article": "article:rferl*",
    "text": "text:labor",
    "title": "title:mosque",
    "section": "section:sanctions",
    "byline": "byline:standish",
    "exact": "word:Uighur",
}


def _example(fieldname: str) -> str:
    """An example of a `fieldname` value as the query syntax writes it (_EXAMPLES)."""
    return _EXAMPLES[fieldname]


def _tokenize(query: str) -> list[Token]:
    tokens: list[Token] = []
    pending_field, pending_sign, exact_at = "", "", -1  # exact_at: where a name's `=` before its quotes is
    group_fields = [""]  # the field of each open group: `date:([2019 TO 2020] OR 2022)`
    for m in TOKEN_RE.finditer(query):
        kind = m.lastgroup or "other"
        text, start = m.group(), m.start()
        if kind == "ws":
            continue
        follows = query[m.end() : m.end() + 1]
        if kind == "word":
            if text in ("-", "+", "!") and follows in ('"', "("):
                pending_sign = "-" if text == "!" else text  # -"a phrase", -(a group), !(a group)
                continue
            if not pending_sign and text[0] in "+-!" and len(text) > 1 and text[:2] != "!!":
                pending_sign, text, start = text[0].replace("!", "-"), text[1:], start + 1
            if text.startswith("=") and len(text) > 1 and not pending_field:
                # =word: the word as typed; in a group of an entity field (`person:(=Howard OR
                # =Michael)`) a name whole, as `person:=Howard` is (index/parser.py reads the `=`)
                pending_field = group_fields[-1] if group_fields[-1] in ENTITY_TEXT_FIELDS else "exact"
                text, start = (text[1:], start + 1) if pending_field == "exact" else (text, start)
            text, start, pending_field = _field_prefix(text, start, follows, pending_field)
            if not text:
                continue  # the field applies to the phrase or group that follows
            if text == "=" and follows == '"' and (pending_field or group_fields[-1]) in ENTITY_TEXT_FIELDS:
                exact_at = start  # `person:="Michael Howard"`: the phrase is `person:"=Michael Howard"`
                continue
            if (text in OPERATORS or text in SYMBOLIC_OPERATORS) and not pending_field and not pending_sign:
                kind = "op"
            # Trailing punctuation is not syntax: "us?" ends a question, "Shameful:" a title.
            stripped = text.rstrip(TRAILING_PUNCT)
            if stripped != text and "*" not in stripped and "?" not in stripped:
                text = stripped
            if not text:
                pending_field, pending_sign = "", ""
                continue
        elif kind == "phrase" and exact_at >= 0:
            text, start = '"=' + text[1:], exact_at  # the `=` inside the quotes: as long, one token
        elif kind == "other" and text in "[{" and pending_field:
            # closed but with no TO (`date:[2019]`) or not closed at all (`date:[2019 TO`)
            what = "range without TO" if CLOSED_RANGE_RE.match(query, start) else "unclosed range"
            raise QueryError(f"{what} in query {shown(query, start)}: write a range as {RANGE_EXAMPLES} (dates only)")
        elif kind == "range" and not pending_field:
            pending_field = group_fields[-1]  # Whoosh gives a group's field to what it holds
        elif kind == "lparen":
            group_fields.append(pending_field or group_fields[-1])
        elif kind == "rparen" and len(group_fields) > 1:
            group_fields.pop()
        tokens.append(Token(kind, text, start, start + len(text), pending_field, pending_sign))
        pending_field, pending_sign, exact_at = "", "", -1
    return tokens


def _field_prefix(text: str, start: int, follows: str, pending_field: str) -> tuple[str, int, str]:
    """A word of the query (at `start`, `follows` the character after it) without its `field:`
    prefix: (the rest, where it starts, the canonical field; `pending_field` when the word has
    none or a field came before it). "title:x" -> "x" and "title"; 'title:"a b"' and "title:(a
    b)" leave "" (the field applies to the phrase or group that follows); a colon at the end of
    a word is punctuation ("Shameful:"). "http://news.bbc.co.uk" is a pasted address, not a
    field: searched without its scheme, which articles quoting an address mostly leave out.
    Raises QueryError for an unknown field, or a known one with no value ("person:")."""
    fm = FIELD_PREFIX_RE.match(text)
    if fm and text.startswith("//", fm.end()) and len(text) > fm.end() + 2:
        return text[fm.end() + 2 :], start + fm.end() + 2, pending_field
    if fm is None or pending_field:
        return text, start, pending_field
    opens = follows in ('"', "(", "[", "{")
    if fm.end() == len(text) and not opens and (fm.group(1) in QUERY_FIELDS or fm.group(1) in FIELD_ALIASES):
        check_value(_canonical_field(fm.group(1)), "")  # "person:" with nothing after it
    if fm.end() < len(text) or opens:
        return text[fm.end() :], start + fm.end(), _canonical_field(fm.group(1))
    return text, start, pending_field


def _canonical_field(name: str) -> str:
    """The field `name:` names, in any case (`Person:`, `PUBLISHED:`, as `--fields PEOPLE` is
    read). Raises QueryError for an unknown name, with the nearest one when there is one."""
    low = name.lower()
    if low in QUERY_FIELDS:
        return low
    if low in FIELD_ALIASES:
        return FIELD_ALIASES[low]
    # A typo (`perosn:`): the nearest name a field is written with.
    close = difflib.get_close_matches(low, sorted({*QUERY_FIELDS, *FIELD_ALIASES}), n=1, cutoff=0.75)
    guess = f"did you mean '{close[0]}:'? " if close else ""
    raise QueryError(f"unknown field '{name}:' in query: {guess}use one of {', '.join(TAUGHT_FIELDS)}")


def _check_word(word: str) -> None:
    body = FUZZY_RE.sub("", word)
    fuzzy = FUZZY_RE.search(word)
    if fuzzy and fuzzy.group(1) and int(fuzzy.group(1)) > MAX_FUZZY:
        raise QueryError(
            f"fuzzy distance too large in '{word}': use ~1 or ~2 (larger distances match almost anything and are slow)"
        )
    first = min((i for i, c in enumerate(body) if c in "*?"), default=-1)
    if first != -1:
        letters = len(re.sub(r"\W", "", body[:first]))
        if letters < MIN_PREFIX:
            raise QueryError(
                f"prefix too short in '{word}': give at least {MIN_PREFIX} letters before "
                "* or ? (short prefixes are the slowest queries)"
            )
