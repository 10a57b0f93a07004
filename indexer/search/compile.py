"""A query string compiled into the Whoosh query the searcher runs.

The string is checked and rewritten by `query.py` first (Whoosh's parser is lenient: it
silently drops an unbalanced quote or an unknown field). Words are ANDed (`mode="or"` ORs
them), spelling variants from the synonym table are ORed in, fuzzy (`word~`) and wildcard
(`wor*`) terms run on the unstemmed `exact` field, so they match real words rather than stems,
then are replaced by the stems of the words they match. Plain words and quoted phrases are
built directly, to the query the parser makes of them (phrases.typed_phrase for both);
anything else goes through Whoosh's parser (parser.py), imported only then.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from ..errors import QueryError
from ..models import NAME_FIELDS
from ..query import DateRange, ParsedQuery, Token, check_query, shown
from .request import Filters, SearchRequest
from .variants import NamesApart, Synonyms
from .vocabulary import FuzzyWords, NameSpellings, Vocabulary

if TYPE_CHECKING:
    from ..index.parser import NewsParser
    from ..index.queries import DateTerms, Query, WordPattern
    from ..index.types import Reader, Schema
    from ..names import NameTable
    from .filters import Bylines


class StopWord:
    """What word_query gives for a plain word the query drops (a stop word): STOP_WORD."""


STOP_WORD = StopWord()
TYPO_RE = re.compile(r"[^\W\d_]+~\d?")  # letters, then ~ and an optional distance
ISO_PERIOD_RE = re.compile(r"(\d{4}|-)-\d{2}(-\d{2})?\Z|\d{4}\Z")  # 2019, 2019-11, 2019-11-16, --11, --11-16
QUERY_WORDS_KEPT = 50_000  # analysed query words remembered per searcher


class QueryTerms:
    """A field's query terms of a word in one language: `terms(text, language, fieldname)`,
    the field's analyzer run once per word, language and searcher (a query's words were
    analysed up to four times, for synonym phrases, the query, its relaxations and the parser,
    each time through Whoosh's generator chain)."""

    def __init__(self, schema: Schema) -> None:
        self._schema = schema
        self._found: dict[tuple[str, str, str], tuple[str, ...]] = {}

    def __call__(self, text: str, language: str, fieldname: str = "text") -> tuple[str, ...]:
        key = (fieldname, text, language)
        found = self._found.get(key)
        if found is None:
            found = tuple(self._schema[fieldname].process_text(text, mode="query", language=language))
            if len(self._found) >= QUERY_WORDS_KEPT:
                self._found.clear()
            self._found[key] = found
        return found


@dataclass
class CompiledRequest:
    """A request's query string and filters, compiled: `parsed` the query string checked (None
    without one); `query` the query as typed, compiled (None without a query string, or when
    it cannot be compiled: then `error` says why, raised by the searcher unless another reading
    of the query is tried first, such as a typed question's); `filter` the filters' query (None
    without filters); `mentions`, without a query string, the text words naming the entity
    filters' values, which the hits highlight (`filter_mentions`)."""

    parsed: ParsedQuery | None
    query: Query | None
    filter: Query | None
    error: QueryError | None = None
    mentions: Query | None = None


class QueryCompiler:
    """Query strings and filters -> Whoosh queries, for one open index.

    `reader`/`schema`: the searcher's; `synonyms`: the table analysed per field (None: no
    table); `vocabulary`: loads the index's word list on first use; `names`: the index's corpus
    names (names.NameTable) on first use, or None, for entity values; `paths`: the ids of the
    articles read from the files a value names (Articles.ids_for_path), for `article:PATH`;
    `bylines`: the ids of the articles whose byline has a value's words (Articles.ids_by_byline);
    `idf`: a text stem's idf as the ranking reads it (the searcher's), which blends the scores
    of a typo's or pattern's words (`blended_boosts`; None: each its own).
    """

    def __init__(
        self,
        reader: Reader,
        schema: Schema,
        synonyms: Synonyms | None,
        vocabulary: Callable[[], Vocabulary],
        names: Callable[[], NameTable | None] = lambda: None,
        paths: Callable[[str], list[str]] | None = None,
        bylines: Bylines | None = None,
        idf: Callable[[str], float] | None = None,
    ) -> None:
        self.names = names
        self._idf = idf
        self._paths = paths  # article ids by file (Articles.ids_for_path), for `article:PATH`
        self._bylines = bylines  # article ids by byline words (Articles.ids_by_byline), for `byline:`
        self._reader = reader
        self._schema = schema
        self.synonyms = synonyms
        self._load_vocabulary = vocabulary
        self._vocabulary: Vocabulary | None = None
        self._fuzzy: FuzzyWords | None = None
        self._languages: list[str] | None = None
        self._query_languages: dict[tuple[str, ...], tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}
        self.terms = QueryTerms(schema)
        self.query_languages: tuple[str, ...] = ("en",)
        # analysis language -> the index languages it analyses (queries.per_language)
        self.language_scopes: dict[str, tuple[str, ...]] = {"en": ("en",)}
        self.use_languages()
        self._parsers: dict[str, NewsParser] = {}
        self.name_spellings = NameSpellings(reader, schema)
        self.names_apart = NamesApart(reader, self.terms, self.known_word)

    # -- languages and stems ---------------------------------------------------------------

    @property
    def languages(self) -> list[str]:
        """The languages of the index's articles (ISO 639-1 codes, "und"), from its `language` field."""
        if self._languages is None:
            self._languages = (
                sorted(t.decode("utf-8") if isinstance(t, bytes) else t for t in self._reader.lexicon("language"))
                if "language" in self._schema
                else []
            )
        return self._languages

    def use_languages(self, wanted: Sequence[str] = ()) -> None:
        """The analysis languages of the next queries: those of the index (or of `wanted`, the
        --lang filter), one per distinct analysis (English for undetermined text, one for all
        languages without a stemmer), and `language_scopes`: the languages each one analyses,
        as store.py analyses an article's text (its language's stemmer, English for "und")."""
        key = tuple(wanted)
        found = self._query_languages.get(key)
        if found is None:
            found = analysis_scopes([w.lower() for w in wanted] or self.languages or ["en"])
            if len(self._query_languages) < 64:  # each distinct --lang list, once per searcher
                self._query_languages[key] = found
        self.query_languages, self.language_scopes = found

    def stems(self, text: str, fieldname: str = "text") -> list[str]:
        """The terms of `text` in each analysis language, distinct; [] for a stop word."""
        out: list[str] = []
        for language in self.query_languages:
            terms = self.terms(text, language, fieldname)
            if not terms:
                return []
            out.extend(t for t in terms if t not in out)
        return out

    @property
    def vocabulary(self) -> Vocabulary:
        """The index's real words, read on first use (typos, patterns, suggestions, and a word whose
        stem is a person's name: NamesApart)."""
        if self._vocabulary is None:
            self._vocabulary = self._load_vocabulary()
        return self._vocabulary

    def known_word(self, word: str) -> bool:
        """Whether the index holds `word` as written (case and accents folded), by its word list:
        NamesApart's mistyped names and the relax policy's typos (relax.stem_of_another_word)."""
        from ..analysis import casefold, fold_accents

        return self.vocabulary.contains(fold_accents(casefold(word)))

    @property
    def fuzzy_words(self) -> FuzzyWords:
        """Words of the index near a word (cached per searcher)."""
        if self._fuzzy is None:
            self._fuzzy = FuzzyWords(self.vocabulary)
        return self._fuzzy

    # -- queries ---------------------------------------------------------------------------

    def compile_request(self, request: SearchRequest) -> CompiledRequest:
        """The request's query string and filters compiled, in the request's languages.

        Raises QueryError for a bad filter or query string, or when there is neither.
        """
        self.use_languages(request.filters.languages)
        query_text = request.query.strip()
        filter_q = self.filter(request.filters)
        parsed = self.check(query_text) if query_text else None
        if parsed is None and filter_q is None:
            raise QueryError("empty query", "give words to search for, or a filter such as {people}")
        if parsed is None:
            return CompiledRequest(None, None, filter_q, mentions=filter_mentions(self, request.filters))
        try:
            q = self.query(parsed, request.mode)
            q = ranked_by_mentions(parsed, q, self.terms, self.language_scopes, self.names)
            if request.mode == "and":
                q = adjacent_first(parsed, q, self._schema, self.synonyms, self.language_scopes, self.stems)
            return CompiledRequest(parsed, q, filter_q)
        except QueryError as exc:  # only stop words, say: a question's reading may still find something
            return CompiledRequest(parsed, None, filter_q, exc)

    def check(self, query_text: str) -> ParsedQuery:
        """The query string checked (QueryError names the problem), multi-word variants grouped."""
        parsed = check_query(query_text, self.languages)
        group_synonyms(parsed, self.synonyms, self.query_languages, self.terms)
        return parsed

    def query(self, parsed: ParsedQuery, mode: str) -> Query:
        """The Whoosh query for a checked query string as typed."""
        return self.fast_query(parsed, mode) or self.parse(parsed.whoosh, parsed.text.strip(), mode)

    def filter(self, filters: Filters) -> Query | None:
        """The query of a request's filters, or None (filters.py)."""
        if not filters.any():  # most searches: no filter, and no corpus names to derive for one
            return None
        from .filters import filter_query

        return filter_query(
            self._schema, self.synonyms, filters, self.languages, self.names(), self.name_spellings, self._paths
        )

    def fast_query(self, parsed: ParsedQuery, mode: str) -> Query | None:
        """Plain words and phrases only: the query built directly, as Whoosh's parser builds it
        (the parser costs ~0.8 ms a query, ~1.5 ms with a phrase). None for anything else."""
        if parsed.grouped or not parsed.tokens:
            return None
        from ..index import queries

        subs: list[Query] = []
        typos = False
        start = 0  # where the token starts in parsed.whoosh (the tokens joined by spaces)
        for token in parsed.tokens:
            if token.plain:
                q = word_query(self.terms, self.synonyms, self.language_scopes, token.text, self.names_apart)
            elif _plain_phrase(token):
                # The parser's phrase text starts after the quote (its character ranges count from there).
                q = phrase_query(self._schema, self.synonyms, self.language_scopes, token.text[1:-1], start + 1)
            elif _plain_typo(token):
                q = typo_query(self._schema, token.text)
                typos = True
            else:
                return None
            if q is None:
                return None
            if q is not STOP_WORD:
                subs.append(q)
            start += len(token.text) + 1
        if not subs:
            return None  # only stop words: the parser's path says so
        # normalize(), as the parser does: an OR of one word's alternatives inside an OR query
        # is flattened into it; then typo terms expanded, as parse() does.
        q = queries.normalized(
            subs[0] if len(subs) == 1 else (queries.all_of if mode == "and" else queries.any_of)(subs)
        )
        return self._expand_words(q) if typos else q

    def parse(self, whoosh_text: str, query: str, mode: str) -> Query:
        """Whoosh's parser over the rewritten query text, then typo terms, patterns and date
        periods expanded. `query`: the string as typed, for messages.

        Raises QueryError when the parser fails or leaves nothing to search for.
        """
        from ..index import queries

        if mode not in self._parsers:
            self._parsers[mode] = _parser(self, mode)
        try:
            q = self._parsers[mode].parse(whoosh_text)
        except QueryError:
            raise
        except Exception as exc:  # Whoosh's parser raises many kinds on odd input
            raise QueryError(f"cannot parse query {shown(query)} ({type(exc).__name__}): check its syntax") from None
        error = queries.first_error(q) if q is not None else None
        if error:
            raise QueryError(f"cannot parse query {shown(query)}: {error}")
        if queries.is_nothing(q):
            raise nothing_to_search(query, quoted='"' in whoosh_text)
        if set("~*?") & set(whoosh_text):
            q = self._expand_words(q)
        if "dates:" in whoosh_text or "published:" in whoosh_text:
            q = expand_periods(q, self._reader)
        return q

    def _expand_words(self, q: Query) -> Query:
        """Typo terms and patterns match real words (the index's word list, see schema.py);
        search their stems in the text field, so "uyghr~" finds "Uyghurs" as well as "Uyghur",
        and "sanction*" every form of the words it matches, and both highlight them; each
        language's stems in its own paragraphs (queries.per_language), as a plain word's. A
        pattern matching no word matches nothing, at no cost."""
        from ..index import queries

        def expansion(pattern: WordPattern, boost: float) -> Query:
            words: Iterable[str]
            if pattern.kind == "fuzzy":
                # Typos rarely hit the first letter; requiring it makes fuzzy terms much faster.
                words = self.fuzzy_words(pattern.text, pattern.maxdist, max(pattern.prefixlength, 1))
            elif pattern.kind == "prefix":
                words = self.vocabulary.starting(pattern.text)
            else:
                words = self.vocabulary.matching(pattern.text)
            return words_query(self.terms, self.language_scopes, words, boost, self._idf)

        return queries.expand_patterns(q, "exact", expansion)


def group_synonyms(parsed: ParsedQuery, synonyms: Synonyms | None, languages: Sequence[str], terms: QueryTerms) -> None:
    """Adjacent plain words that are a multi-word variant of the synonym table (`president
    xi` for `xi jinping, president xi`) are searched as that phrase, so its variants apply
    (Elasticsearch's synonym_graph does the same for unquoted words), ORed with the words as
    typed, so the table only adds matches: `parsed.whoosh` is
    rewritten and `parsed.grouped` set. Longest match first, left to right. `languages`: the
    query's analysis languages; `terms`: the compiler's analysed words."""
    if synonyms is None or len(parsed.tokens) < 2:
        return
    # Each analysis language's stems of the words against the table analysed in that
    # language: a run one language's stems make is no variant in another's (all of the
    # index's languages at once, an index of several never grouped; one's stems against the
    # table in English, a stem of one language was taken for an English variant).
    runs: list[tuple[frozenset[tuple[str, ...]], int, list[str | None]]] = []
    for language in languages:
        keys, longest = synonyms.multiword("text", language)
        if keys:
            found = [terms(t.text, language) if t.plain else () for t in parsed.tokens]
            runs.append((keys, longest, [f[0] if len(f) == 1 else None for f in found]))
    if not runs:
        return
    replace: dict[int, str] = {}
    drop: set[int] = set()
    i = 0
    while i < len(parsed.tokens):
        n = max((_variant_run(keys, longest, stems, i) for keys, longest, stems in runs), default=0)
        if n:
            typed = " ".join(t.text for t in parsed.tokens[i : i + n])
            # The words as typed still match anywhere: the table only adds (its contract).
            replace[i] = f'("{typed}"~1 OR ({typed}))'  # (~1: side by side in any form, not as typed)
            drop.update(range(i + 1, i + n))
            i += n
        else:
            i += 1
    if replace:
        parsed.whoosh = parsed.rewritten(replace, drop)
        parsed.grouped = True


def _variant_run(keys: frozenset[tuple[str, ...]], longest: int, stems: Sequence[str | None], i: int) -> int:
    """How many words from `i` of a query's `stems` (one language's; None: no single stem) are
    a multi-word variant of `keys` (Synonyms.multiword, at most `longest` words), longest
    first; 0 for none."""
    for n in range(min(longest, len(stems) - i), 1, -1):
        run = stems[i : i + n]
        if None not in run and tuple(run) in keys:
            return n
    return 0


def analysis_scopes(codes: Sequence[str]) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The analysis languages of index languages `codes` (ISO 639-1, "und"), English first, and
    the codes each one analyses, as store.py analyses an article's text: its language's stemmer,
    English for "und", one unstemmed analysis ("-") for every language without a stemmer."""
    from ..analysis import has_stemmer

    scopes: dict[str, tuple[str, ...]] = {}
    for code in dict.fromkeys(codes):
        analysis = "en" if code in ("und", "") else code if has_stemmer(code) else "-"
        scopes[analysis] = (*scopes.get(analysis, ()), code or "und")
    ordered = sorted(scopes, key=lambda c: (c != "en", c))
    return tuple(ordered), {c: scopes[c] for c in ordered}


def _parser(compiler: QueryCompiler, mode: str) -> NewsParser:
    """The query parser of one mode ("and"/"or") for `compiler`: what its words mean
    (parser.SearchMeanings) read from the compiler at each parse (the languages of the search
    running, the index's names, paths and bylines)."""
    from .parser import SearchMeanings, make_parser

    c = compiler
    languages = lambda: c.language_scopes  # noqa: E731 (read at each parse)
    meanings = SearchMeanings(
        c._schema, c.synonyms, languages, c.names, c.terms, c.name_spellings, c._paths, c._bylines, c.names_apart
    )
    return make_parser(mode, meanings, c._schema)


def filter_mentions(compiler: QueryCompiler, filters: Filters) -> Query | None:
    """The text words naming the entity filters' values (`mention_query`) as the filters read them
    (filters.filter_name: an exact `=NAME` by its name, `H&amp;M` as H&M), None without entity
    filters: a search by filters alone highlights them."""
    from .filters import filter_name

    named = ((f, filter_name(v)[0].strip()) for f in NAME_FIELDS for v in getattr(filters, f, ()))
    values = [(f, name) for f, name in named if name]
    c = compiler
    return mention_query(values, c.terms, c.language_scopes, c.names) if values else None


def ranked_by_mentions(
    parsed: ParsedQuery,
    q: Query,
    terms: QueryTerms,
    scopes: Mapping[str, Sequence[str]],
    names: Callable[[], NameTable | None],
) -> Query:
    """`q`, its matches ranked by how much their text says the names it asks for, when it
    asks only for entity values (`person:"Tony Blair"`, `org:labour place:iraq`).

    An entity field scores every paragraph it matches alike (a paragraph is tagged with a
    name or not), so such a query listed its hits in corpus order: the 426 paragraphs
    tagged Tony Blair of BBC, the one naming him in passing first. The names' words (and
    those of the other names of their corpus group: "Blair", "Mr Blair") are added as an
    optional text clause, scored by BM25F like any word, as Elasticsearch ranks a filter
    with a `should` clause: paragraphs about the person first. The matches are the same.
    A query with any word of the text field is ranked by those words, and left as it is.
    `terms`: the compiler's text-field analysis; `scopes`: the query's analysis languages, each
    mapped to the index languages it analyses: a stem one language's stemmer makes of a name
    ranks only that language's paragraphs (queries.scoped_terms), as a query word's stems
    match only there; `names`: the index's corpus names on first use, or None.
    """
    if any(t.kind in ("word", "phrase") and not t.field for t in parsed.tokens):
        return q  # words of the text: they rank
    mentions = mention_query(parsed.field_values(NAME_FIELDS), terms, scopes, names)
    if mentions is None:
        return q
    from ..index import queries

    return queries.preferring(q, mentions)


def mention_query(
    values: Iterable[tuple[str, str]],
    terms: QueryTerms,
    scopes: Mapping[str, Sequence[str]],
    names: Callable[[], NameTable | None],
) -> Query | None:
    """The text-field query of the words that name the entity `values` ((field, value) pairs:
    ("people", "Tony Blair")), with those of the other names of their corpus group, in each
    analysis language of `scopes`; None when no value gives a word (a pattern such as `bla*`
    names none). What `ranked_by_mentions` ranks by and what a search by entity filters alone
    highlights (`--person xi` marks "Xi" in its snippets, as `person:xi` does)."""
    values = [(f, v) for f, v in values if not any(c in v for c in "*?~^")]
    if not values:
        return None
    from ..index import queries

    table = names()
    named = [n for f, v in values for n in (v, *(table.variants(f, v) if table is not None else ()))]
    # ordered: the same query for the same string
    stems = {language: [s for n in named for s in terms(n, language)] for language in scopes}
    clauses = queries.scoped_terms("text", stems, scopes)
    return queries.any_of(clauses) if clauses else None


def word_query(
    terms: QueryTerms,
    synonyms: Synonyms | None,
    scopes: Mapping[str, Sequence[str]],
    text: str,
    names: NamesApart | None = None,
) -> Query | StopWord | None:
    """A plain word's query (fast_query), as the parser's _stemmed_word builds it: the word's
    term in each analysis language (`scopes`' keys, mapped to the index languages each one
    analyses; `terms`: the compiler's analysed words), with its synonym variants, without the
    paragraphs where its stem is only another person's name (`names`, apart_from_names), each
    limited to its languages' paragraphs when they differ (an index of several languages,
    queries.per_language); STOP_WORD when it is a stop word of any of them; None when the
    parser must combine its parts ("U.S.-based")."""
    from ..index import queries

    alternatives: list[tuple[str, Query]] = []
    for language in scopes:
        found = terms(text, language)
        if not found:
            return STOP_WORD
        if len(found) > 1:
            return None
        q = queries.term("text", found[0])
        q = synonyms.term(q, language) if synonyms is not None else q
        alternatives.append((language, apart_from_names(q, names, text, found[0], language)))
    return queries.per_language(alternatives, scopes)


def apart_from_names(q: Query, names: NamesApart | None, text: str, stem: str, language: str) -> Query:
    """`q`, the query of typed word `text` whose stem in `language` is `stem`, without the
    paragraphs where that stem is only another person's name (index.phrases.NotAnotherName,
    the names from `names`); `q` itself when the index has none such, or `names` is None."""
    others = names.others(text, stem, language) if names is not None else ()
    if not others:
        return q
    from ..index.phrases import NotAnotherName

    return NotAnotherName(q, others, language)


def words_query(
    terms: QueryTerms,
    scopes: Mapping[str, Sequence[str]],
    words: Iterable[str],
    boost: float,
    idf: Callable[[str], float] | None = None,
) -> Query:
    """The query of the words a typo term or pattern matches (`boost` its own): their stems in
    each analysis language (`scopes`, as word_query) ORed, each language's in its paragraphs
    only; a word that is a stop word in some language is left out (as QueryCompiler.stems
    leaves it); NOTHING without a word. With `idf` (a text stem's inverse document frequency,
    as the ranking reads it), each stem is boosted to score as the most common one does
    (`blended_boosts`), so a rare word one typo away does not outrank the word meant."""
    from ..index import queries

    kept = [w for w in words if all(terms(w, language) for language in scopes)]
    if not kept:
        return queries.NOTHING
    alternatives = []
    for language in scopes:
        found = sorted({s for w in kept for s in terms(w, language)})
        boosts = blended_boosts(found, idf) if idf is not None else {}
        alternatives.append(
            (
                language,
                queries.either([queries.term("text", s, boost=boost * boosts.get(s, 1.0)) for s in found]),
            )
        )
    return queries.per_language(alternatives, scopes)


def blended_boosts(stems: Sequence[str], idf: Callable[[str], float]) -> dict[str, float]:
    """{stem: boost} that makes each of `stems` (one pattern's or typo's expansion) score with
    the idf of the most common of them (the lowest idf): Lucene's blended-frequency rewrite of a
    fuzzy query (TopTermsBlendedFreqScoringRewrite, Elasticsearch's default for `fuzzy`). Scored
    with its own idf, "irk" (1 paragraph of BBC) outranked "Iraq" (over 600) for `irak~`."""
    if len(stems) < 2:
        return {}
    idfs = {s: idf(s) for s in stems}
    low = min(idfs.values())
    return {s: low / v for s, v in idfs.items() if v > 0 and v != low}


def adjacent_first(
    parsed: ParsedQuery,
    q: Query,
    schema: Schema,
    synonyms: Synonyms | None,
    scopes: Mapping[str, Sequence[str]],
    stems: Callable[[str], list[str]],
) -> Query:
    """`q`, the query of a plain-word AND (`parsed`: words only, two or more that are no stop
    words by `stems`, the compiler's), with the paragraphs where two of its words stand side by
    side (in the order typed, any stop words typed between them in their places) ranked
    higher: each such pair adds its words' scores again (queries.AdjacentFirst over an OR of
    the pairs' phrases in any form, `phrase_query` in the analysis languages `scopes`:
    Elasticsearch's proximity recipe, a `match_phrase` should-clause). BM25 alone scores words
    apart as well as together: `government spending` ranked the paragraphs that say
    "government spending" 4th and 12th on BBC News (a new user's try). The matches are the
    same; any other query is `q` as it is."""
    from ..index import queries

    tokens = parsed.tokens
    if len(tokens) < 2 or not all(t.plain for t in tokens):
        return q
    starts = [0]  # where each token starts in parsed.whoosh (the tokens joined by spaces)
    for t in tokens[:-1]:
        starts.append(starts[-1] + len(t.text) + 1)
    content = [i for i, t in enumerate(tokens) if stems(t.text)]
    pairs = []
    for a, b in zip(content, content[1:]):
        text = " ".join(t.text for t in tokens[a : b + 1])
        pair = phrase_query(schema, synonyms, scopes, text, starts[a], as_typed=False)
        if pair is not None:
            pairs.append(pair)
    return queries.AdjacentFirst(q, queries.either(pairs)) if pairs else q


def phrase_query(
    schema: Schema,
    synonyms: Synonyms | None,
    scopes: Mapping[str, Sequence[str]],
    text: str,
    start: int,
    as_typed: bool = True,
) -> Query | None:
    """A quoted phrase of the text field (fast_query), `text` at character `start` of the
    Whoosh query string, as the parser's PhraseNode builds it: phrases.typed_phrase in each
    analysis language (`scopes`, as word_query), each limited to its languages' paragraphs when
    they differ; None when it has no word in some language (only stop words: the parser's path
    says so). `as_typed` False: its words in any form (typed_phrase)."""
    from ..index import queries
    from ..index.phrases import typed_phrase

    field = schema["text"]
    alternatives: list[tuple[str, Query]] = []
    for language in scopes:
        # the table analysed in the phrase's language (Synonyms.phrase)
        phraseclass = partial(synonyms.phrase, language=language) if synonyms is not None else queries.gapped_phrase
        q = typed_phrase(field, "text", text, start, language, phraseclass, as_typed=as_typed)
        if q is queries.NOTHING or queries.normalized(q) is queries.NOTHING:
            return None
        alternatives.append((language, q))
    return queries.per_language(alternatives, scopes)


def typo_query(schema: Schema, text: str) -> Query | None:
    """A typo term `word~` or `word~N` (fast_query), as the parser's FuzzyTermPlugin and
    index.parser.NewsParser.term_query build it before parse() expands it: a FuzzyTerm on the `exact`
    field, the word analysed as one token; None when the analysis gives other than one term."""
    from ..index import queries

    word, _, distance = text.partition("~")
    found = list(schema["exact"].process_text(word, mode="query", tokenize=False, removestops=False))
    if len(found) != 1:
        return None
    return queries.fuzzy_term("exact", found[0], int(distance) if distance else 1, 0)


def _plain_typo(token: Token) -> bool:
    """A typo term of the default field typed as letters, `~` and at most one digit: no sign,
    prefix length (/N), boost or other characters (Whoosh's parser reads those its own way)."""
    return (
        token.kind == "word"
        and not token.field
        and not token.sign
        and TYPO_RE.fullmatch(token.text) is not None
        and token.text.split("~")[0] not in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO")
    )


def _plain_phrase(token: Token) -> bool:
    """A quoted phrase of the default field: no sign, slop (~N) or boost (^N)."""
    return token.kind == "phrase" and not token.field and not token.sign and token.text.endswith('"')


def expand_periods(q: Query, reader: Reader) -> Query:
    """`date:2019` and `published:2019-11` name a period: every date tagged inside it matches
    (2019, 2019-11, 2019-11-16, a range reaching into it), not only the term "2019";
    `date:[2019 TO 2021]` names several (query.DateRange.holds), where Whoosh would compare
    the terms as strings. The field's dates are few (one per distinct date named): they are
    read from its term list (`reader`'s)."""
    from ..index import queries

    def inside(node: DateTerms) -> Callable[[str], bool] | None:
        if not node.single:
            return DateRange(node.fieldname, node.start, node.end, node.startexcl, node.endexcl).holds
        period = node.start
        if not ISO_PERIOD_RE.match(period):
            return None
        return lambda date: date_within(date, period)

    def lexicon(fieldname: str) -> Iterable[str]:
        for term in reader.lexicon(fieldname):
            yield term.decode("utf-8") if isinstance(term, bytes) else term

    return queries.expand_dates(q, ("dates", "published"), lexicon, inside)


def date_within(date: str, period: str) -> bool:
    """Whether an ISO 8601 date as tagged (`2019`, `2019-11`, `2019-11-16`, a range
    `2019-11-11/2019-11-14`) lies in or reaches into `period` (`2019`, `2019-11` or a day).
    A date without a year (`--11-14`) is in no period of a year, and a period without a year
    (`--11`, as `indexer entities` lists a month named without its year) holds only such dates.
    Compared as strings: ISO dates of one precision sort as they fall; a coarser date is cut to
    the period's precision first."""
    start, _, end = date.partition("/")
    end = end or start
    year = period[:1].isdigit()
    if not all(d[:1].isdigit() == year and (year or d.startswith("--")) for d in (start, end)):
        return False
    if start == end:
        return start.startswith(period)
    n = len(period)
    return start[:n] <= period <= end[:n] and len(start) >= 4


def nothing_to_search(query: str, quoted: bool) -> QueryError:
    """The error of a query whose words are all stop words, operators or one-letter words;
    `quoted`: it has a phrase, which README promises keeps its stop words ("board of
    directors"): a phrase of only them ("to be or not to be") is said to be one."""
    if quoted:
        return QueryError(
            f"nothing to search for in {shown(query)}: common English words (to, be, the, of...) "
            "and one-letter words (C, 5) are not indexed, so a phrase made only of them cannot be searched: add a word that is not one"
        )
    return QueryError(
        f"nothing to search for in {shown(query)}: it has only stop words, operators or one-letter words: add a word"
    )
