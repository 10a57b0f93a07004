"""The filters of a request (`--person`, `--kind`, `--lang`, `--article`...) as one Whoosh query."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..errors import QueryError, literal
from ..models import kind_name
from ..query import FIELD_FORMS, check_value
from ..schema import ENTITY_TEXT_FIELDS
from ..sniff import decode_entities
from .request import Filters
from .variants import Synonyms, name_variant_query, value_query

if TYPE_CHECKING:
    from ..index.queries import Query
    from ..index.types import Schema
    from ..names import NameTable


# The ids of the articles read from the files a value names, one or a pattern of them
# (Articles.ids_for_path); [] when it names none.
ArticlePaths = Callable[[str], "list[str]"]


# The ids of the articles whose byline holds the analysed words given one after the other, or a
# word matching the pattern given ("": none), in id order (Articles.ids_by_byline).
Bylines = Callable[[Sequence[str], str], "list[str]"]


def articles_query(ids: Sequence[str]) -> Query:
    """The paragraphs of the articles `ids` (a `byline:` value's, Bylines; the articles naming
    whom a question asks about, searcher.articles_naming): their exact ids,
    or, when there are none, a term no paragraph holds (an id is never empty), so the query
    finds nothing (exit 1) rather than being "nothing to search for"."""
    from ..index import queries

    return queries.any_of([queries.term("article_id", aid) for aid in ids]) if ids else queries.term("article_id", "")


def article_query(value: str, own: Query | None = None, paths: ArticlePaths | None = None) -> Query:
    """An `article:` or `--article` value (any case; `*` and `?` wildcards): the articles read
    from the files it names, when `paths` knows them (`show` prints each article's file, and a
    user pastes it back), else the articles whose
    id it matches whole (`own`: that query when the caller built it), or a part of the id after
    a `/` (`rferl*` finds `source/rferl-uyghur-diaspora-2021.txt`, `business/001.txt` finds
    `bbc/business/001.txt`), as `indexer show` resolves a part, or a folder the id passes
    through, from its start or after a `/` (`business`, `bbc/business/`: `bbc/business/001.txt`),
    or a file's name without its extension (`001`, `business/001`).
    Ids start with their folder's name (README "Article ids"), which a user who names a file
    does not type. The part is matched with patterns over the field's terms (one an article:
    ~20 ms on 21,000)."""
    from ..index import queries

    found = paths(value) if paths is not None else []
    if found:
        return queries.any_of([queries.term("article", aid.lower()) for aid in found])
    value = value.lower()
    glob = bool(set("*?") & set(value))
    if not glob and value.endswith("/") and value.strip("/"):
        value = value.rstrip("/")  # "bbc/business/": the folder, below
    if own is None:
        own = queries.wildcard("article", value) if glob else queries.term("article", value)
    if value.startswith("/"):
        return own
    # fnmatch reads `[` as a set: a literal one is written `[[]`.
    part = value.replace("[", "[[]") if glob else value.replace("[", "[[]").replace("*", "[*]").replace("?", "[?]")
    if glob:
        return queries.any_of([own, queries.wildcard("article", f"*/{part}")])
    # A folder the ids pass through, from their start or after a `/` (`bbc/business`,
    # `business`): every article under it, as `--article 'business/*'` gives.
    folder = [queries.wildcard("article", f"{part}/*"), queries.wildcard("article", f"*/{part}/*")]
    # A file's name without its extension (`027`, `latin1`: `bbc/politics/027.txt`), as
    # `indexer show 027` finds it; "no article id matches '027'" sent a user away.
    stem = [] if "." in value.rsplit("/", 1)[-1] else [queries.wildcard("article", f"{p}{part}.*") for p in ("", "*/")]
    return queries.any_of([own, queries.wildcard("article", f"*/{part}"), *folder, *stem])


# The index's spellings of a name in an entity field, compared by spelling key (case and
# accents aside): (field, name) -> names as tagged (vocabulary.NameSpellings).
Spellings = Callable[[str, str], "tuple[str, ...]"]


def filter_name(value: str) -> tuple[str, bool]:
    """(name, exact) of an entity filter's value as typed (`--org 'H&amp;M'`, `--org =BBC`): its
    character references decoded ("H&amp;M" is H&M, as in a query: query.py), and for an exact
    `=NAME` the name after the `=` with exact True; the name's white space is kept (the checks
    of `check_value` judge it). The one reading of a value for what it filters, what the hits
    highlight (compile.filter_mentions) and what a filter that found nothing is told by
    (unmatched.py). Raises nothing."""
    value, _ = decode_entities(value)
    value = _unquoted(value)
    if value.strip().startswith("="):  # `=NAME`: the name whole
        return _unquoted(value.strip()[1:]), True
    return value, False


# A value in a pair of quotes, as a name is quoted in a query (`--person '"tony blair"'`).
_QUOTED_RE = re.compile(r"\s*([\"“'‘])([^\"“”'‘’]+)([\"”'’])\s*")
_CLOSING = {'"': '"', "“": "”", "'": "'", "‘": "’"}


def _unquoted(value: str) -> str:
    """`value` without the quotes around it: an option's value is one name already, and quoted it
    found fewer paragraphs than unquoted (`--person '"tony blair"'` 426 on BBC News, `--person
    'tony blair'` 451: the quotes were read as part of the name)."""
    m = _QUOTED_RE.fullmatch(value)
    return m.group(2) if m and _CLOSING[m.group(1)] == m.group(3) else value


def filter_query(
    schema: Schema,
    synonyms: Synonyms | None,
    filters: Filters,
    languages: Sequence[str],
    names: NameTable | None = None,
    spellings: Spellings | None = None,
    paths: ArticlePaths | None = None,
) -> Query | None:
    """The query the filters make (None without filters): values of one filter ORed, filters
    ANDed. `languages`: the index's language codes, which `--lang` values are checked against;
    `names`: the index's corpus names (names.py), whose groups an entity value finds whole;
    `spellings`: how the index spells a name alone in its group (`=bbc` finds BBC); `paths`:
    article ids by file (`--article ~/news/001.txt`).

    Raises QueryError for a value the matching `field:` syntax would refuse, in the same words.
    """
    from ..index import queries

    parts: list[Query] = []

    def name_query(fieldname: str, value: str) -> Query:
        name, exact = filter_name(value)
        check_value(fieldname, name)  # the checks and messages of `person:` and the others
        if exact:
            return exact_name_query(fieldname, name.strip(), names, spellings)
        q = value_query(schema, synonyms, fieldname, name, names)
        if q is None:  # only punctuation or stop words: no name
            raise QueryError("", f"no name in {literal(repr(name))} for {FIELD_FORMS[fieldname]}: give a name")
        return q

    for fieldname in ENTITY_TEXT_FIELDS:
        values = getattr(filters, fieldname)
        if values:
            parts.append(queries.any_of([name_query(fieldname, v) for v in values]))
    if filters.kinds:
        for k in filters.kinds:
            check_value("kind", k)
        parts.append(queries.any_of([queries.term("kind", kind_name(k)) for k in filters.kinds]))
    for code in filters.languages:
        check_value("language", code, languages)
    if filters.languages:
        parts.append(queries.any_of([queries.term("language", code.strip().lower()) for code in filters.languages]))
    if filters.articles:
        parts.append(queries.any_of([article_query(a, paths=paths) for a in filters.articles]))
    for a in filters.articles:
        check_value("article", a)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else queries.all_of(parts)


def exact_name_query(fieldname: str, name: str, names: NameTable | None, spellings: Spellings | None = None) -> Query:
    """`--org =BBC`: the paragraphs tagged with the name itself, or with a name of its corpus
    group (names.NameTable: "Labour" with "Labour Party"), each matched whole; not, as `--org
    bbc` does, every name with the word in it (*BBC World Service*). What a facet row counts
    (facets.count, per corpus name), so a facet clicked in the web app gives its count. The
    name is compared by spelling key (case and accents aside): a grouped name through the
    table, a name alone in its group through `spellings` (`=bbc` finds BBC, as `=labour`
    finds Labour's group)."""
    from ..index import queries

    variants = names.variants(fieldname, name) if names is not None else ()
    if not variants and spellings is not None:
        variants = spellings(fieldname, name)
    return queries.any_of([name_variant_query(fieldname, v) for v in dict.fromkeys((name, *variants))])
