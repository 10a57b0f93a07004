"""What the words of a query mean to the parser (index/parser.py holds Whoosh's parser and its
syntax): a word's stems in each analysis language, the synonym table's spellings, an entity
value's corpus names, the parts of an article id. Imported only when a query needs the parser
(plain words and phrases are compiled without it, see compile.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..query import FIELD_ALIASES
from .filters import ArticlePaths, Bylines, Spellings, article_query, articles_query, exact_name_query
from .variants import NamesApart, Synonyms, name_variant_query, value_query

if TYPE_CHECKING:
    from ..index.parser import NewsParser
    from ..index.queries import Query
    from ..index.types import Schema
    from ..names import NameTable


class SearchMeanings:
    """index.parser.Meanings for one open index: `languages()` the analysis languages of the
    search running, each with the index languages it analyses; `names()` the index's corpus names (names.NameTable) or None; `terms(text,
    language, fieldname)` a word's query terms (the compiler's, which remembers them);
    `spellings` how the index spells a name alone in its corpus group (filters.Spellings), for
    `=NAME` values; `paths` article ids by file (filters.ArticlePaths), for `article:PATH`;
    `bylines` article ids by the words of their byline (filters.Bylines), for `byline:`;
    `names_apart` the index's person names a word's stem would find (variants.NamesApart)."""

    def __init__(
        self,
        schema: Schema,
        synonyms: Synonyms | None,
        languages: Callable[[], Mapping[str, Sequence[str]]],
        names: Callable[[], NameTable | None],
        terms: Callable[[str, str, str], tuple[str, ...]],
        spellings: Spellings | None = None,
        paths: ArticlePaths | None = None,
        bylines: Bylines | None = None,
        names_apart: NamesApart | None = None,
    ) -> None:
        self._names_apart = names_apart
        self._schema = schema
        self._paths = paths
        self._bylines = bylines
        self._synonyms = synonyms
        self.languages = languages
        self._names = names
        self.terms = terms
        self._spellings = spellings

    def variants(self, q: Query, language: str = "en") -> Query:
        return self._synonyms.term(q, language) if self._synonyms is not None else q

    def apart_from_names(self, q: Query, text: str, stem: str, language: str) -> Query:
        from .compile import apart_from_names

        return apart_from_names(q, self._names_apart, text, stem, language)

    def phrase(
        self,
        fieldname: str,
        words: list[str],
        slop: int = 1,
        boost: float = 1.0,
        char_ranges: Sequence[tuple[int, int]] | None = None,
        gaps: list[int] | None = None,
        language: str = "en",
    ) -> Query:
        if self._synonyms is not None:
            return self._synonyms.phrase(fieldname, words, slop, boost, char_ranges, gaps, language)
        from ..index.queries import gapped_phrase

        return gapped_phrase(fieldname, words, slop, boost, char_ranges, gaps)

    def value(self, fieldname: str, text: str) -> Query | None:
        return value_query(self._schema, self._synonyms, fieldname, text, self._names())

    def exact_name(self, fieldname: str, name: str) -> Query:
        return exact_name_query(fieldname, name, self._names(), self._spellings)

    def article(self, value: str, own: Query) -> Query:
        return article_query(value, own, self._paths)

    def byline(self, words: Sequence[str], pattern: str = "") -> Query:
        return articles_query(self._bylines(words, pattern) if self._bylines is not None else [])

    def name_variants(self, fieldname: str, text: str) -> list[Query]:
        names = self._names()
        return [
            name_variant_query(fieldname, v) for v in (names.variants(fieldname, text) if names is not None else ())
        ]


def make_parser(mode: str, meanings: SearchMeanings, schema: Schema) -> NewsParser:
    """The query parser of one mode ("and"/"or") over `schema`, reading words by `meanings`;
    the field names a user may type (query.FIELD_ALIASES) are its aliases."""
    from ..index.parser import NewsParser

    aliases: dict[str, list[str]] = {}
    for alias, target in FIELD_ALIASES.items():
        aliases.setdefault(target, []).append(alias)
    return NewsParser(schema, mode, meanings, aliases)
