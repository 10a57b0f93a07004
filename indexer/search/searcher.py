"""IndexSearcher: one open index serving many searches, each walked through the modules of
this package in order: request (checked) -> compile -> relax (the readings to try) -> plan
(each reading compiled once) -> execute (run once; the facets count the same evaluation) ->
hits (highlight as offsets, articles for context)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..models import NAME_FIELDS, Article, Filters, Paragraph, SearchResult, SortOrder
from ..query import ParsedQuery
from ..schema import ANALYZER_VERSION
from ..store import ArticleRecord, open_searcher, read_manifest, read_words, resolve_index_dir
from .answers import answers_first
from .articles import Articles, IndexStats
from .compile import CompiledRequest, QueryCompiler
from .copies import FOLD_ALL, FOLD_FETCH, FOLD_SLACK, CopyKeys, Folded, fold, peers
from .execute import Executor, Ranking
from .highlight import HighlightTerms, highlight_terms
from .hits import HitBuilder
from .plan import Plan, make_plan
from .relax import SUGGEST_BELOW, Attempt, Relaxation, preferred
from .request import SearchRequest, checked_limit
from .variants import Synonyms
from ..index.words import Vocabulary
from ..index.view import has_terms

if TYPE_CHECKING:
    from ..index.collect import Score
    from ..index.queries import Query
    from ..index.types import Reader, Searcher
    from ..names import NameTable


class StoredArticles:
    """What an open index holds besides its search: stored articles, paragraphs and statistics
    (articles.py), for `show`, `stats` and `entities`; IndexSearcher's other half."""

    articles: Articles
    _searcher: Searcher

    def tagged_names(self, fields: Sequence[str], limit: int) -> dict[str, list[tuple[str, int]]]:
        """The names of each entity field as tagged (not grouped into corpus names: cheaper, for
        examples, not counts to show), with the paragraphs naming each, the `limit` most first:
        {field: [(name, paragraphs)]}."""
        from .articles import entity_rows

        return entity_rows(self._searcher, fields, limit)

    @property
    def records(self) -> dict[str, ArticleRecord]:
        """The manifest's article records, read on first use (searches never need them)."""
        return self.articles.records

    def article_paragraphs(self, article_id: str) -> list[Paragraph]:
        """The indexed paragraphs of an article, in order, as stored."""
        return self.articles.paragraphs(article_id)

    def resolve_article(self, ref: str) -> str:
        """An article id from what a user typed: the id, any case, or a unique part of it."""
        return self.articles.resolve(ref)

    def article(self, ref: str) -> Article:
        """An article as indexed: its metadata and indexed paragraphs with their entity tags."""
        return self.articles.article(ref)

    def blocks_of(self, article_id: str) -> int:
        """How many blocks the article's page has, indexed or not (its manifest record's
        `blocks`); 0 when its record does not say (an older index)."""
        record = self.records.get(article_id)
        return getattr(record, "blocks", 0) or 0

    def stats(self) -> IndexStats:
        """Counts, dates, languages and size of the index."""
        return self.articles.stats()


class IndexSearcher(StoredArticles):
    """An open index for many searches (one start-up, one reader). Close it when done.

    >>> with IndexSearcher(".indexer") as searcher:
    ...     for query in ("forced labor", "Uighur camps"):
    ...         print(searcher.search(SearchRequest(query, limit=3)).total)

    Raises IndexNotFoundError / IndexFormatError (store.py) when the index cannot be opened,
    SourceError for a bad synonyms file (before the index is opened). `stored_only`: for
    reading stored articles and counts alone (`show`, `stats`), which also opens an index whose
    analyzers are another version's (store.open_index); `search` then refuses it
    (IndexVersionError: its terms are not this version's).
    """

    def __init__(
        self,
        index: str | Path | None = None,
        *,
        synonyms: bool = True,
        synonyms_file: str | os.PathLike[str] | None = None,
        stored_only: bool = False,
    ) -> None:
        self.index_dir = resolve_index_dir(index)
        table = None
        if synonyms:
            from ..synonyms import load_synonyms

            table = load_synonyms(synonyms_file)  # a bad file fails before the index is opened
        self._ix, self.manifest, self._searcher = open_searcher(self.index_dir, stored_only=stored_only)
        self._reader = self._searcher.reader()
        self._schema = self._searcher.schema  # not ix.schema: that re-reads the TOC, which a build may replace
        variants = Synonyms(table, self._schema) if table is not None else None
        self._names: NameTable | None = None
        self.compiler = QueryCompiler(
            self._reader,
            self._schema,
            variants,
            lambda: Vocabulary(read_words(self.index_dir, self.manifest)),
            lambda: self.names,
            lambda value: self.articles.ids_for_path(value),
            lambda words, pattern: self.articles.ids_by_byline(words, pattern),
            lambda stem: self._searcher.idf("text", stem),  # Whoosh's, cached, as ranking.py reads it
        )
        self.executor = Executor(self._searcher, lambda: self.names)
        self.articles = Articles(self._searcher, self.manifest, self.index_dir, lambda: self.names)
        self._hits = HitBuilder(self._searcher, self.articles)
        self._copy_keys = CopyKeys(self._searcher)

    @property
    def names(self) -> NameTable:
        """The index's corpus names (names.NameTable): spelling variants and partial names
        grouped under one name, which facets, `indexer entities` and the entity filters all
        use. Computed from the names of the live paragraphs (what `indexer entities` counts):
        loaded on first use from the table the build stored beside the generation
        (store.read_names; IndexFormatError when damaged), else derived here."""
        if self._names is None:
            from ..store import read_names
            from .articles import corpus_names

            stored = read_names(self.index_dir, self.manifest)
            self._names = stored if stored is not None else corpus_names(self._searcher)
        return self._names

    def close(self) -> None:
        self._searcher.close()
        self._ix.close()

    def __enter__(self) -> IndexSearcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def languages(self) -> list[str]:
        """The languages of the index's articles (ISO 639-1 codes, "und")."""
        return self.compiler.languages

    # -- one search --------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        """The page of hits a request asks for, with its total, notes, suggestion and facets:
        the request checked, compiled, its readings chosen by the relax policy, planned,
        executed (facets counted from the same evaluation), and its page of hits built, each
        step once and in that order (tests/test_search_path.py) for a request answered as
        typed; a retried reading is compiled, planned and executed in turn.

        Raises QueryError (a one-line message naming the problem) for a bad request or query.
        """
        if self.manifest.analyzer_version != ANALYZER_VERSION:  # (opened stored_only)
            read_manifest(self.index_dir, records=False)  # raises the rebuild's IndexVersionError
        limit = checked_limit(request)
        compiled = self.compiler.compile_request(request)
        parsed = compiled.parsed
        result = SearchResult(query=request.query, total=0, offset=request.offset, limit=limit, sort=request.sort)
        relaxation = Relaxation(parsed, self.compiler, self._reader, request.sort) if parsed is not None else None
        # The relax policy when the request allows retries (words ANDed, fallback on), else None.
        relax = relaxation if request.fallback and request.mode == "and" else None
        k = request.offset + limit
        (ranking, plan, attempt), strict_total, folded = self._ranked(compiled, relax, request, k)
        if attempt is not None:
            result.searched, result.fallback, result.note = attempt.searched, attempt.kind, attempt.note
        if relaxation is not None:
            if strict_total is None:  # read as a question: count it as typed too
                strict_total = self._typed_total(compiled, request)
            if request.suggest and strict_total < SUGGEST_BELOW:
                result.suggestion = relaxation.suggestion()
        result.total = ranking.total
        result.total_as_typed = result.total if strict_total is None else strict_total
        for note in answer_notes(self._reader, lambda: self.languages, request, parsed):
            result.note = f"{result.note}; {note}" if result.note else note
        if request.facets:  # before the hits: executing ends before the hits step begins
            result.facets = self.executor.facet_counts(plan)
        hits = folded.hits if folded is not None else ranking.hits
        page = hits[request.offset : request.offset + limit] if limit else []
        groups = self._copies(result, folded, ranking, page)
        terms = _highlight_terms(plan, compiled, self._reader) if page else HighlightTerms()
        result.hits = [self._hits.hit(docnum, score, terms, request.context) for docnum, score in page]
        for hit, group in zip(result.hits, groups):
            hit.copies = [self._hits.where(docnum) for docnum, _ in group]
        for note in self._unmatched_notes(request, parsed, relax, compiled) if not result.total else ():
            result.note = f"{result.note}; {note}" if result.note else note
        return result

    def _ranked(
        self, compiled: CompiledRequest, relax: Relaxation | None, request: SearchRequest, k: int
    ) -> tuple[tuple[Ranking, Plan, Attempt | None], int | None, Folded[tuple[int, Score]] | None]:
        """`_find`'s answer for a page ending at hit `k`, and, ranked by relevance, its ranking
        with the copies of a text folded (copies.py; None when nothing is folded): ranked deep
        enough that k + 1 different paragraphs are found, or all of them."""
        # Ranked by relevance: by score, or by date on an index of no dates (a note says so).
        relevance = request.sort == "score" or (request.sort == "date" and not has_terms(self._reader, "published"))
        folding = not request.duplicates and relevance and k > request.offset
        fetch = FOLD_FETCH * k + FOLD_SLACK if folding else k
        found, strict_total = self._find(compiled, relax, request.sort, fetch)
        while True:
            ranking, plan, attempt = found
            if folding and fetch < ranking.total <= FOLD_ALL:
                fetch = ranking.total  # every match: the different paragraphs are counted
            else:
                folded = fold(ranking.hits, self._copy_keys.of_hit) if folding else None
                if folded is None or len(folded.hits) > k or len(ranking.hits) >= ranking.total:
                    return found, strict_total, folded
                fetch *= 4  # more copies than FOLD_FETCH allowed for: rank deeper
            if attempt is None:  # as typed: the same plan, ranked deeper
                found = (self.executor.run(plan, fetch), plan, None)
            else:  # a reading's order (its topic and answers first) is made for its `k`
                found, strict_total = self._find(compiled, relax, request.sort, fetch)

    def _copies(
        self, result: SearchResult, folded: Folded[tuple[int, Score]] | None, ranking: Ranking, page: list[Any]
    ) -> list[list[tuple[int, Score]]]:
        """The copies of each hit of `page` (Hit.copies): those folded into it, or, when the page
        shows every copy, the page's other hits of its text; and a folded page's counts
        (SearchResult's `more`, `distinct`, `folded`)."""
        if folded is None:
            return peers(page, self._copy_keys.of_hit)
        end = result.offset + result.limit
        groups = folded.copies[result.offset : end]
        read_all = len(ranking.hits) >= ranking.total
        result.more = len(folded.hits) > end or not read_all
        result.distinct = len(folded.hits) if read_all else None
        result.folded = sum(map(len, groups))
        return groups

    def _find(
        self, compiled: CompiledRequest, relax: Relaxation | None, sort: SortOrder, k: int
    ) -> tuple[tuple[Ranking, Plan, Attempt | None], int | None]:
        """The best `k` hits of the reading the relax policy chooses (`relax`: None when the
        request allows no retry): ((ranking, plan, attempt), the total as typed when the query
        ran as typed, else None). Raises the compiled request's QueryError when it has one and
        no reading ran."""
        filter_q = compiled.filter
        if relax is not None and (first := self._first(relax.first(), relax, filter_q, sort, k)) is not None:
            return first, None
        if compiled.error is not None:
            raise compiled.error
        if compiled.query is not None:
            plan = make_plan(compiled.query, filter_q, sort, has_query=True)
        else:
            # Only a filter: its own matches, in article order. (Every() filtered by it
            # visited all paragraphs of the index: 61 ms for 414 hits among 137,000.)
            plan = make_plan(filter_q, None, sort, has_query=False)
        typed = self.executor.run(plan, k)
        found: tuple[Ranking, Plan, Attempt | None] = (typed, plan, None)
        if relax is not None and not typed.total:
            found = self._first(relax.retries(), relax, filter_q, sort, k) or found
        return found, typed.total

    def _unmatched_notes(
        self, request: SearchRequest, parsed: ParsedQuery | None, relax: Relaxation | None, compiled: CompiledRequest
    ) -> list[str]:
        """Why a search found nothing: a filter value no paragraph matches at all (given as an
        option or in the query), a `byline:` value no article's byline has, a word of a query
        of plain words (`relax`: its relax policy, words ANDed) no paragraph has, a quoted
        phrase whose words stand in other forms only (unmatched.py)."""
        from . import unmatched

        asked = typed_filters(request.filters, parsed)
        notes = unmatched.unmatched_word_notes(relax, asked.any()) if relax is not None else []
        notes += unmatched.unmatched_phrase_notes(self, compiled, request) if parsed is not None else []
        notes += unmatched.unmatched_filter_notes(self, asked) if asked.any() else []
        if parsed is not None and (bylines := parsed.field_values({"byline"})):
            notes += unmatched.unmatched_byline_notes(self, [v for _, v in bylines])
        return notes

    def _first(
        self, attempts: Iterable[Attempt], relaxation: Relaxation, filter_q: Query | None, sort: SortOrder, k: int
    ) -> tuple[Ranking, Plan, Attempt] | None:
        """The first attempt that finds something among its best `k`: (ranking, plan, attempt),
        or None."""
        for attempt in attempts:
            q = self.compiler.parse(attempt.text, relaxation.parsed.text, attempt.mode)
            if attempt.prefer_dates:
                q = relaxation.prefer_dates(q)
            plan = make_plan(q, filter_q, sort, has_query=True)
            ranking = self.executor.run(plan, k)
            if ranking.total and sort == "score":
                quoted = False
                naming = partial(articles_naming, self.executor, self._searcher, filter_q=filter_q)
                for first, quoting in preferred(self.compiler, attempt, q, relaxation.parsed.text, naming):
                    ranking, found = self._topic_first(ranking, first, filter_q, k)
                    quoted = quoted or (quoting and found)
                if attempt.prefer_speaker and not quoted:  # nobody quoted: the note says no such order
                    attempt = replace(attempt, note=attempt.unquoted_note)
            if ranking.total and attempt.kind == "question" and sort == "score":
                ranking = answers_first(ranking, self._searcher)
            if ranking.total:
                return ranking, plan, attempt
        return None

    def _topic_first(self, ranking: Ranking, topical: Query, filter_q: Query | None, k: int) -> tuple[Ranking, bool]:
        """`ranking` (the best `k` of a question's reading) with the paragraphs `topical` finds
        (those holding the question's topic, `Attempt.prefer_words`) first, best first, then the
        others in their order: a heading or a name line holding only the names of "what did NAME
        say about the fare cap" scores high on its few words (BM25's length norm) and answers
        nothing. The best k non-topical paragraphs are among `ranking`'s own, so the merge
        loses none. Same total; and whether `topical` found any."""
        first = self.executor.run(make_plan(topical, filter_q, "score", has_query=True), k)
        taken = {doc for doc, _ in first.hits}
        rest = [hit for hit in ranking.hits if hit[0] not in taken]
        return Ranking([*first.hits, *rest][:k], ranking.total), bool(first.hits)

    def _typed_total(self, compiled: CompiledRequest, request: SearchRequest) -> int:
        """How many paragraphs the query matches as typed (words ANDed), when a question
        reading ran instead: the count a script gets, whatever a person was shown."""
        if compiled.query is None:  # only question words and stop words: as typed, it matches nothing
            return 0
        plan = make_plan(compiled.query, compiled.filter, request.sort, has_query=True)
        return self.executor.run(plan, request.offset + 1).total


# The query's `field:` names whose values stand for filters (`article:` for Filters' `articles`).
FILTER_VALUE_FIELDS = frozenset({*NAME_FIELDS, "article"})
# How many of the paragraphs naming whom a question asks about give the articles in which its
# topic is looked for (`IndexSearcher._articles_naming`): the best ones, so a name common in an
# index makes a bounded query of article ids.
NAMING_PARAGRAPHS = 200


def articles_naming(executor: Executor, searcher: Any, names: Query, filter_q: Query | None) -> Query:
    """The paragraphs of the articles of the best NAMING_PARAGRAPHS paragraphs `names` finds
    (under `filter_q`; `searcher`: the index's, for the hits' stored article ids): where a
    question's topic, held in another paragraph than the names asked about ("he warned", "the
    minister said"), answers it (relax.preferred)."""
    from .filters import articles_query

    hits = executor.run(make_plan(names, filter_q, "score", has_query=True), NAMING_PARAGRAPHS).hits
    return articles_query(sorted({searcher.stored_fields(doc)["article_id"] for doc, _ in hits}))


def typed_filters(filters: Filters, parsed: ParsedQuery | None) -> Filters:
    """`filters` with the entity and article values written in the query (`article:busines`,
    `place:londn`, not negated), so a search that finds nothing says which of them matches
    nothing on its own whichever way it was given: README says the option and the field are
    one filter."""
    if parsed is None:
        return filters
    extra: dict[str, list[str]] = {}
    for fieldname, value in parsed.field_values(FILTER_VALUE_FIELDS):
        extra.setdefault("articles" if fieldname == "article" else fieldname, []).append(value)
    if not extra:
        return filters
    return replace(filters, **{f: (*getattr(filters, f), *v) for f, v in extra.items()})


def answer_notes(
    reader: Reader, languages: Callable[[], list[str]], request: SearchRequest, parsed: ParsedQuery | None
) -> list[str]:
    """What the user should know about why the answer is what it is: asked languages the index
    (`reader`; `languages()`: the languages of its articles, asked only when some are named) lacks, a date sort or a `published:` search on
    an index without dates."""
    notes = lower_case_operators(parsed) + short_words(parsed) if parsed is not None else []
    missing = _absent_languages(languages, request.filters.languages, parsed)
    if missing:
        notes.append(f"no article in the index is in {', '.join(missing)} (it holds {', '.join(languages())})")
    dated = has_terms(reader, "published")
    if request.sort == "date" and not dated:
        # No flag named: the note reads the same in the CLI, on the web page and from Python.
        notes.append("no article in the index has a publication date: ordered by relevance, not by date")
    if not dated and parsed is not None and any(t.field == "published" for t in parsed.tokens):
        # Plain-text articles state no date (only a saved page's metadata does): say why
        # nothing matched, and what finds the dates the text names.
        notes.append(
            "no article in the index has a publication date, so published: matches nothing "
            "(date: finds the dates the paragraphs name)"
        )
    return notes


# What a word typed as an operator in lower case does instead ("blair or iraq" found the paragraphs
# holding both, with no word said; a new user's try, session 39). "and" in lower case does what
# AND does, so it needs no note.
LOWER_CASE_OPERATORS = {
    "or": "'or' in lower case is a common word, left out: OR in capitals finds either word",
    "not": "'not' in lower case is a common word, left out: NOT in capitals, or -WORD, leaves a word out",
}


def lower_case_operators(parsed: ParsedQuery) -> list[str]:
    """The notes for "or" and "not" typed in lower case between two words of a query of plain
    words that is no question (`LOWER_CASE_OPERATORS`), each once: a stop word, dropped, where
    the user likely meant the operator."""
    if not parsed.simple or parsed.question:
        return []
    inner = parsed.tokens[1:-1]
    typed = {t.text for t in inner if t.kind == "word" and t.text in LOWER_CASE_OPERATORS}
    return [note for word, note in LOWER_CASE_OPERATORS.items() if word in typed]


def short_words(parsed: ParsedQuery) -> list[str]:
    """A note for each one-character word (a letter or a digit, not a stop word "a" or "i") typed
    beside other plain words: too short to be a term (analysis.MIN_LENGTH), it is left out, and
    `Channel 4` searched "Channel" alone with nothing said (a new user's try of BBC). Quoted with
    its neighbour, it is found with it. Scripts written without spaces are words of one letter;
    a digit is a word of its own (analysis: `9:30`, `Channel 4`), no note."""
    if not parsed.simple or len(parsed.tokens) < 2:
        return []
    from ..analysis import is_unspaced

    notes: dict[str, str] = {}
    words = parsed.tokens
    for k, t in enumerate(words):
        if t.kind != "word" or len(t.text) != 1 or not t.text.isalpha() or t.text.casefold() in ("a", "i"):
            continue  # (a digit is a word: "Channel 4" finds the two, analyzers 13)
        if is_unspaced(t.text) or t.text in notes:
            continue
        before = words[k - 1] if k > 0 and words[k - 1].kind == "word" else None
        after = words[k + 1] if k + 1 < len(words) and words[k + 1].kind == "word" else None
        if before is None and after is None:
            continue  # beside operators or fields only: no pair to quote
        pair = f"{before.text} {t.text}" if before is not None else f"{t.text} {after.text}"  # type: ignore[union-attr]
        notes[t.text] = (
            f"'{t.text}' is one character, too short to search alone, left out: quote it with the word "
            f'beside it ("{pair}") to find the two together'
        )
    return list(notes.values())


def _absent_languages(
    languages: Callable[[], list[str]], codes: Sequence[str], parsed: ParsedQuery | None
) -> list[str]:
    """The language codes asked for (`--lang`, `lang:`) that no article of the index is in
    (`languages()`): valid codes (checked before), so a search for them finds nothing for that
    reason."""
    asked = [c.strip().lower() for c in codes]
    if parsed is not None:
        asked += [t.text.strip('"').lower() for t in parsed.tokens if t.field == "language"]
    return sorted({c for c in asked if c and "*" not in c and c not in languages()})


def _highlight_terms(plan: Plan, compiled: CompiledRequest, reader: Reader) -> HighlightTerms:
    """What the hits highlight: the query's words; for a search by filters alone, the words
    naming its entity filters' values (`--person xi` marks "Xi", as `person:xi` does)."""
    if compiled.parsed is not None:
        return highlight_terms(plan.query, reader)
    mentions = compiled.mentions
    return highlight_terms(mentions, reader) if mentions is not None else HighlightTerms()
