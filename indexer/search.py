"""Turning a request (query string, filters, paging) into a Whoosh query, and hits into Hits.

The query string is checked and rewritten by `query.py` first (Whoosh's parser is lenient: it
silently drops an unbalanced quote or an unknown field). Then:

- words are ANDed (`mode="or"` ORs them), spelling variants from the synonym table are ORed in,
  fuzzy (`word~`) and wildcard (`wor*`) terms run on the unstemmed `exact` field, so they match
  real words rather than stems;
- when the query finds nothing, words the index has never seen are retried fuzzily, and a
  query of four or more plain words (a sentence or question typed as asked, never two or
  three keywords) is retried with its words ORed, best first; the result says so
  (`fallback`, `note`, `searched`) and keeps the typed query's count (`total_as_typed`),
  which is what counts and exit statuses report;
- when it finds little, a corrected query is suggested from the index's own words.

Whoosh is imported lazily and only what each step needs: start-up time matters to scripts.
"""

from __future__ import annotations

import json
import re
import os
import sys
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import IndexerError, QueryError
from .models import (ENTITY_FIELDS, KINDS, MATCH_MODES, SORT_ORDERS, Article, Filters, Hit, IndexStats, Paragraph,
                     SearchRequest, SearchResult)
from .query import FIELD_ALIASES, FIELD_FORMS, QUESTION_WORDS, ParsedQuery, check_query, check_value
from .schema import ENTITY_TEXT_FIELDS
from .store import ArticleRecord, open_searcher, read_manifest, read_words, resolve_index_dir

MAX_LIMIT = 10_000
MAX_CONTEXT = 20
SNIPPET_CHARS = 240  # a paragraph longer than this is cut to its best fragment
SNIPPET_OPEN, SNIPPET_CLOSE = "<em>", "</em>"
# Matches are looked for in this many characters of a paragraph (from its first match): a
# scraped page without paragraph breaks can be one 20 MB "paragraph" (3.4 million words, 5 s).
HIGHLIGHT_SCAN_CHARS = 200_000
SORTS = SORT_ORDERS
MODES = MATCH_MODES
SUGGEST_BELOW = 3  # suggest a corrected query when fewer paragraphs than this match
FACET_FIELDS = ENTITY_TEXT_FIELDS
FACET_LIMIT = 10
# Fields whose words the synonym table expands (not ids, kinds, dates or the fuzzy field).
SYNONYM_FIELDS = frozenset({"text", "title", "section", *ENTITY_TEXT_FIELDS})
NAME_BOOST = 2  # OR ranking of a typed question: words typed with a capital are names
FUZZY_BOOST = 0.5  # ... and a word the index lacks, made fuzzy, may be no typo at all
DATE_BOOST = 0.3  # ... and a "when" question prefers paragraphs that give a date
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


def fast_whoosh_imports() -> None:
    """Spare the search path three imports Whoosh makes and never uses there.

    `whoosh.compat` imports urllib.request (and with it http, ssl and email) for one download
    helper, `whoosh.reading` imports the `cached_property` package, which pulls in asyncio, and
    `whoosh.query.terms` compiles the English morphology tables for the Variations query:
    together about a quarter of Whoosh's import time. Light stand-ins are put in place only
    while Whoosh is first imported (Whoosh's readers get the standard library's cached_property;
    the two functions still work: they import the real module when called) and removed after. Nothing happens once
    Whoosh is imported, or with INDEXER_PLAIN_IMPORTS=1 in the environment.
    """
    if "whoosh.compat" in sys.modules or os.environ.get("INDEXER_PLAIN_IMPORTS"):
        return
    import functools
    import types

    def deferred(module: str, name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            import importlib

            return getattr(importlib.import_module(module), name)(*args, **kwargs)

        return call

    stand_ins: dict[str, types.ModuleType] = {}
    for module, name in (("urllib.request", "urlretrieve"), ("whoosh.lang.morph_en", "variations")):
        if module not in sys.modules:
            stand_ins[module] = types.ModuleType(module)
            setattr(stand_ins[module], name, deferred(module, name))
    if "cached_property" not in sys.modules:
        cached = types.ModuleType("cached_property")
        cached.cached_property = functools.cached_property  # type: ignore[attr-defined]
        stand_ins["cached_property"] = cached
    sys.modules.update(stand_ins)
    try:
        import whoosh.compat  # noqa: F401
        import whoosh.query  # noqa: F401
        import whoosh.reading  # noqa: F401
    finally:
        for module, stand_in in stand_ins.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]  # the next real import loads the real module


class _Synonyms:
    """The synonym table analysed per field, and the query rewriting that uses it."""

    def __init__(self, table: Any, schema: Any) -> None:
        self._table = table
        self._schema = schema
        self._maps: dict[str, dict[tuple[str, ...], list[tuple[str, ...]]]] = {}

    def forms(self, fieldname: str) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        if fieldname not in self._maps:
            if fieldname in SYNONYM_FIELDS and fieldname in self._schema:
                fieldobj = self._schema[fieldname]
                self._maps[fieldname] = self._table.expansions(
                    lambda text: list(fieldobj.process_text(text, mode="query")))
            else:
                self._maps[fieldname] = {}
        return self._maps[fieldname]

    def term(self, q: Any) -> Any:
        forms = self.forms(q.fieldname).get((q.text,))
        if not forms:
            return q
        from whoosh.query import Or, Phrase, Term

        return Or([Term(q.fieldname, f[0], boost=q.boost) if len(f) == 1 else Phrase(q.fieldname, list(f), boost=q.boost)
                   for f in forms])

    def phrase(self, fieldname: str, words: list[str], slop: int = 1, boost: float = 1.0,
               char_ranges: Any = None, gaps: list[int] | None = None) -> Any:
        from itertools import islice, product

        from whoosh.query import NullQuery, Or, Term

        from .phrases import GappedPhrase as Phrase

        if not words:  # a phrase of stop words only
            return NullQuery
        forms = self.forms(fieldname)
        whole = forms.get(tuple(words)) or [tuple(words)]
        alternatives: list[tuple[str, ...]] = []
        for form in whole:  # "east turkestan" is itself a variant of xinjiang
            per_word = [[f[0] for f in forms.get((w,), [(w,)]) if len(f) == 1] for w in form]
            for combo in islice(product(*per_word), 16):
                if combo not in alternatives:
                    alternatives.append(combo)
        # Word-for-word variants keep the stop-word gaps of the phrase typed.
        phrases = [Phrase(fieldname, list(a), slop=slop, boost=boost,
                          char_ranges=char_ranges if list(a) == words else None,
                          gaps=gaps if len(a) == len(words) else None) if len(a) > 1
                   else Term(fieldname, a[0], boost=boost) for a in alternatives]
        return phrases[0] if len(phrases) == 1 else Or(phrases)


def value_query(schema: Any, synonyms: _Synonyms | None, fieldname: str, value: str) -> Any:
    """The query for one value of a field: what `--place usa` (a filter option), `place:usa`
    and `place:"united states"` (the field syntax) all run, so the two forms find the same.

    The value is analysed by the field's own analyzer; its words are one term or a phrase, with
    the synonym table's variants ORed in (`usa` also finds *United States*). None when the
    value has no words.
    """
    from whoosh.query import Phrase, Term

    words = list(schema[fieldname].process_text(value, mode="query"))
    if not words:
        return None
    if synonyms is not None:
        return synonyms.phrase(fieldname, words)
    return Term(fieldname, words[0]) if len(words) == 1 else Phrase(fieldname, words)


STEMMED_FIELDS = frozenset({"text", "title", "section"})


def _parser(schema: Any, mode: str, synonyms: _Synonyms | None, languages: Any = lambda: ("en",)) -> Any:
    """Whoosh's parser with our phrase, exact-word and per-language handling. `languages()`:
    the analysis languages of the search running (a query word matches each one's stems)."""
    from whoosh import query as wq
    from whoosh.qparser import AndGroup, FieldAliasPlugin, FuzzyTermPlugin, OrGroup, QueryParser
    from whoosh.qparser.plugins import PhrasePlugin, SingleQuotePlugin
    from whoosh.qparser.common import attach

    from .analysis import casefold
    from .phrases import ExactWord, GappedPhrase, StopWordPhrase

    class Parser(QueryParser):
        def term_query(self, fieldname: str, text: str, termclass: Any, boost: float = 1.0,
                       tokenize: bool = True, removestops: bool = True) -> Any:
            if fieldname == "exact" and termclass is wq.Term:
                return _exact_word(self, text, boost)
            if fieldname in STEMMED_FIELDS and termclass is wq.Term and fieldname in self.schema:
                return _stemmed_word(self, fieldname, text, boost, tokenize, removestops)
            if fieldname == "text" and termclass in (wq.FuzzyTerm, wq.Wildcard, wq.Prefix):
                fieldname = "exact"  # real words: fuzzy terms and prefixes miss against stems
            elif fieldname in ("kind", "article", "language"):
                text = text.lower()
            elif fieldname in ENTITY_TEXT_FIELDS and termclass is wq.Term:
                q = value_query(self.schema, synonyms, fieldname, text)  # as --place and the others do
                if q is None:
                    return wq.NullQuery
                if boost != 1.0:
                    q = q.with_boost(boost)
                return q
            q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
            if synonyms is not None and type(q) is wq.Term:
                q = synonyms.term(q)
            return q

    def _stemmed_word(parser: Any, fieldname: str, text: str, boost: float, tokenize: bool,
                      removestops: bool) -> Any:
        """A word of a stemmed field: its terms in each analysis language, ORed when they
        differ; a stop word (of any of them) is dropped, as Whoosh drops it."""
        field = parser.schema[fieldname]
        alternatives: list[Any] = []
        for language in languages():
            texts = list(field.process_text(text, mode="query", tokenize=tokenize, removestops=removestops,
                                            language=language))
            if not texts:
                return None
            if len(texts) > 1:
                q = parser.multitoken_query(field.multitoken_query, texts, fieldname, wq.Term, boost)
            else:
                q = wq.Term(fieldname, texts[0], boost=boost)
                if synonyms is not None:
                    q = synonyms.term(q)
            if q not in alternatives:
                alternatives.append(q)
        return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)

    def _exact_word(parser: Any, text: str, boost: float) -> Any:
        """`=word`: the word's stems, limited to paragraphs holding the word as typed."""
        from .analysis import casefold, words

        typed = words(text)
        if len(typed) != 1:
            return wq.NullQuery if not typed else wq.error_query(
                f"'={text}' is several words: give one word after =, or quote a phrase")
        child = _stemmed_word(parser, "text", text, boost, True, True)
        return ExactWord(child, casefold(typed[0])) if child is not None else None

    class PhraseNode(PhrasePlugin.PhraseNode):
        def query(self, parser: Any) -> Any:
            """The phrase's terms with the positions of the words the analyzer dropped kept
            as gaps; a quoted word matches its accented form only (analysis.py)."""
            fieldname = self.fieldname or parser.fieldname
            field = parser.schema[fieldname] if parser.schema and fieldname in parser.schema else None
            if field is None or not field.analyzer:
                return super().query(parser)
            sc = self.textstartchar
            alternatives: list[Any] = []
            for language in (languages() if fieldname in STEMMED_FIELDS else ("en",)):
                words, char_ranges, places = [], [], []
                pattern: list[tuple[str, str]] = []
                for t in field.tokenize(self.text, mode="query", chars=True, positions=True, quoted=True,
                                        language=language, removestops=False):
                    if t.stopped:
                        pattern.append(("stop", casefold(t.text)))
                        continue
                    if places and t.pos == places[-1]:
                        continue  # one term a position
                    pattern.append(("term", t.text))
                    words.append(t.text)
                    char_ranges.append((sc + t.startchar, sc + t.endchar))
                    places.append(t.pos)
                gaps = [b - a for a, b in zip(places, places[1:])]
                q = parser.phraseclass(fieldname, words, slop=self.slop, boost=self.boost,
                                       char_ranges=char_ranges, gaps=gaps)
                if words and len(pattern) > len(words) and self.slop == 1 and fieldname in STEMMED_FIELDS:
                    q = StopWordPhrase(q, fieldname, pattern)  # check the stop words in the stored text
                if q not in alternatives:
                    alternatives.append(q)
            return attach(alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives), self)

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser: Any, match: Any) -> Any:
            slop = match.group("slop")
            return PhraseNode(match.group("text"), match.start("text"), int(slop) if slop else 1)

    class GappedPhrasePlugin(PhrasePlugin):
        def taggers(self, parser: Any) -> Any:
            return [(PhraseTagger(self.expr), 0)]

    group = OrGroup if mode == "or" else AndGroup
    parser = Parser("text", schema, group=group)
    parser.remove_plugin_class(PhrasePlugin)
    parser.add_plugin(GappedPhrasePlugin())
    parser.phraseclass = GappedPhrase
    aliases: dict[str, list[str]] = {}
    for alias, target in FIELD_ALIASES.items():
        aliases.setdefault(target, []).append(alias)
    parser.add_plugin(FieldAliasPlugin(aliases))
    parser.add_plugin(FuzzyTermPlugin())
    # 'single quotes' would make one unanalysed term ("'Unprecedented' Level" then finds nothing):
    # in pasted titles and questions they are punctuation.
    parser.remove_plugin_class(SingleQuotePlugin)
    if synonyms is not None:
        parser.phraseclass = synonyms.phrase
    return parser


class Vocabulary:
    """The real words of an index (sorted), searched as Lucene searches a term dictionary:
    typo terms by walking a Levenshtein automaton over it, patterns by a range of it."""

    def __init__(self, words: list[str]) -> None:
        self.words = words

    def _range(self, prefix: str) -> list[str]:
        from bisect import bisect_left

        lo = bisect_left(self.words, prefix)
        hi = bisect_left(self.words, prefix + "\U0010ffff", lo)
        return self.words[lo:hi]

    def starting(self, prefix: str) -> list[str]:
        return self._range(prefix.lower())

    def matching(self, pattern: str) -> list[str]:
        """Words matching a pattern of `*` (any characters) and `?` (one character)."""
        pattern = pattern.lower()
        literal = re.split(r"[*?]", pattern, maxsplit=1)[0]
        regex = re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern) + r"\Z",
                           re.DOTALL)
        return [w for w in self._range(literal) if regex.match(w)]

    def within(self, word: str, maxdist: int, prefix: int = 0) -> Iterator[str]:
        """Words within `maxdist` edits of `word` that share its first `prefix` letters."""
        from bisect import bisect_left

        from whoosh.automata.fsa import find_all_matches
        from whoosh.automata.lev import levenshtein_automaton

        words = self.words
        if not words:
            return iter(())

        def first_at_or_after(text: str) -> str | None:
            i = bisect_left(words, text)
            return words[i] if i < len(words) else None

        dfa = levenshtein_automaton(word.lower(), maxdist, prefix).to_dfa()
        return find_all_matches(dfa, first_at_or_after)


class IndexSearcher:
    """An open index for many searches (one start-up, one reader). Close it when done.

    >>> with IndexSearcher(".indexer") as searcher:
    ...     for query in ("forced labor", "Uighur camps"):
    ...         print(searcher.search(SearchRequest(query, limit=3)).total)
    """

    def __init__(self, index: str | Path | None = None, *, synonyms: bool = True,
                 synonyms_file: str | os.PathLike[str] | None = None) -> None:
        self.index_dir = resolve_index_dir(index)
        table = None
        if synonyms:
            from .synonyms import load_synonyms

            table = load_synonyms(synonyms_file)  # a bad file fails before the index is opened
        fast_whoosh_imports()
        self._ix, self.manifest, self._searcher = open_searcher(self.index_dir)
        self._reader = self._searcher.reader()
        self._schema = self._searcher.schema  # not ix.schema: that re-reads the TOC, which a build may replace
        self._languages: list[str] | None = None
        self._set_languages()
        self._synonyms = _Synonyms(table, self._schema) if table is not None else None
        self._query_languages: tuple[str, ...] = ("en",)
        self._parsers: dict[str, Any] = {}
        self._articles: dict[str, list[Paragraph]] = {}
        self._highlighter: _Highlighter | None = None
        self._fuzzy: dict[tuple[str, int, int], dict[str, int]] = {}
        self._vocabulary: Vocabulary | None = None
        self._records: dict[str, ArticleRecord] | None = None
        self._last_filter: tuple[Any, Any] = (None, None)  # (filter query, its paragraphs)

    @property
    def records(self) -> dict[str, ArticleRecord]:
        """The manifest's article records, read on first use (searches never need them)."""
        if self._records is None:
            self._records = self.manifest.article_records()
        return self._records

    def close(self) -> None:
        self._searcher.close()
        self._ix.close()

    def __enter__(self) -> IndexSearcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------------

    def parse(self, query: str, mode: str = "and") -> Any:
        """The Whoosh query for a query string (checked first: QueryError names the problem)."""
        parsed = check_query(query, self.languages)
        self._group_synonyms(parsed)
        return self._fast_query(parsed, mode) or self._parse(parsed.whoosh, query, mode)

    def _fast_query(self, parsed: ParsedQuery, mode: str) -> Any:
        """Plain words only: the query built directly (Whoosh's parser costs ~0.8 ms a query)."""
        if parsed.grouped or not parsed.tokens or not all(t.plain for t in parsed.tokens):
            return None
        from whoosh.query import And, Or, Term

        field = self._schema["text"]
        subs = []
        for token in parsed.tokens:
            # As the parser's _stemmed_word builds it: the word's term in each analysis
            # language, ORed when they differ (an index of several languages); dropped when it
            # is a stop word of any of them.
            alternatives: list[Any] = []
            for language in self._query_languages:
                terms = list(field.process_text(token.text, mode="query", language=language))
                if not terms:
                    alternatives = []
                    break
                if len(terms) > 1:
                    return None  # "U.S.-based": let the parser combine the parts
                q = Term("text", terms[0])
                q = self._synonyms.term(q) if self._synonyms is not None else q
                if q not in alternatives:
                    alternatives.append(q)
            if alternatives:
                subs.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
        if not subs:
            return None  # only stop words: the parser's path says so
        if len(subs) == 1:
            return subs[0]
        # normalize(), as the parser does: an OR of one word's alternatives inside an OR query
        # is flattened into it.
        return (And(subs) if mode == "and" else Or(subs)).normalize()

    def _group_synonyms(self, parsed: ParsedQuery) -> None:
        """Adjacent plain words that are a multi-word variant of the synonym table (`president
        xi` for `xi jinping, president xi`) are searched as that phrase, so its variants apply
        (Elasticsearch's synonym_graph does the same for unquoted words), ORed with the words as
        typed, so the table only adds matches: `parsed.whoosh` is
        rewritten and `parsed.grouped` set. Longest match first, left to right."""
        if self._synonyms is None or len(parsed.tokens) < 2:
            return
        keys = {k for k in self._synonyms.forms("text") if len(k) > 1}
        if not keys:
            return
        longest = max(len(k) for k in keys)
        stems: list[str | None] = []
        for t in parsed.tokens:
            s = self._stems(t.text) if t.plain else []
            stems.append(s[0] if len(s) == 1 else None)
        replace: dict[int, str] = {}
        drop: set[int] = set()
        i = 0
        while i < len(stems):
            for n in range(min(longest, len(stems) - i), 1, -1):
                run = stems[i:i + n]
                if None not in run and tuple(run) in keys:
                    typed = " ".join(t.text for t in parsed.tokens[i:i + n])
                    # The words as typed still match anywhere: the table only adds (its contract).
                    replace[i] = f'("{typed}" OR ({typed}))'
                    drop.update(range(i + 1, i + n))
                    i += n
                    break
            else:
                i += 1
        if replace:
            parsed.whoosh = parsed.rewritten(replace, drop)
            parsed.grouped = True

    @property
    def languages(self) -> list[str]:
        """The languages of the index's articles (ISO 639-1 codes, "und"), from its `language` field."""
        if self._languages is None:
            self._languages = sorted(t.decode("utf-8") if isinstance(t, bytes) else t
                                     for t in self._reader.lexicon("language")) if "language" in self._schema else []
        return self._languages

    def _set_languages(self, wanted: Sequence[str] = ()) -> None:
        """The analysis languages of the next queries: those of the index (or of `wanted`, the
        --lang filter), one per distinct analysis (English for undetermined text, one for all
        languages without a stemmer)."""
        from .analysis import has_stemmer

        chosen = [w.lower() for w in wanted] or self.languages or ["en"]
        analysed = {"en" if code in ("und", "") else code if has_stemmer(code) else "-" for code in chosen}
        self._query_languages = tuple(sorted(analysed, key=lambda c: (c != "en", c)))

    def _stems(self, text: str, fieldname: str = "text") -> list[str]:
        """The terms of `text` in each analysis language, distinct; [] for a stop word."""
        field = self._schema[fieldname]
        out: list[str] = []
        for language in self._query_languages:
            terms = list(field.process_text(text, mode="query", language=language))
            if not terms:
                return []
            out.extend(t for t in terms if t not in out)
        return out

    def _parse(self, whoosh_text: str, query: str, mode: str) -> Any:
        if mode not in self._parsers:
            self._parsers[mode] = _parser(self._schema, mode, self._synonyms, lambda: self._query_languages)
        try:
            q = self._parsers[mode].parse(whoosh_text)
        except QueryError:
            raise
        except Exception as exc:  # Whoosh's parser raises many kinds on odd input
            raise QueryError(f"cannot parse query {query!r} ({type(exc).__name__}): check its syntax") from None
        for node in _walk(q):
            if getattr(node, "error", None):
                raise QueryError(f"cannot parse query {query!r}: {node.error}")
        if q is None or type(q).__name__ in ("_NullQuery", "NullQuery"):
            raise QueryError(
                f"nothing to search for in {query!r}: it has only stop words, operators or "
                "one-letter words: add a word"
            )
        if set("~*?") & set(whoosh_text):
            q = q.accept(self._expand_words)
        if "dates:" in whoosh_text or "published:" in whoosh_text:
            q = q.accept(self._expand_dates)
        return q

    def _expand_dates(self, node: Any) -> Any:
        """`date:2019` and `published:2019-11` name a period: every date tagged inside it
        matches (2019, 2019-11, 2019-11-16, a range reaching into it), not only the term
        "2019". The field's dates are few (one per distinct date named): they are read from
        its term list."""
        from whoosh.query import NullQuery, Or, Term

        if type(node) is not Term or node.fieldname not in ("dates", "published"):
            return node
        period = node.text.decode("utf-8") if isinstance(node.text, bytes) else str(node.text)
        if not ISO_PERIOD_RE.match(period):
            return node
        terms = []
        for term in self._reader.lexicon(node.fieldname):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            if date_within(text, period):
                terms.append(Term(node.fieldname, text, boost=node.boost))
        if not terms:
            return NullQuery
        return terms[0] if len(terms) == 1 else Or(terms)

    def _expand_words(self, node: Any) -> Any:
        """Typo terms and patterns match real words (the index's word list, see schema.py);
        search their stems in the text field, so "uyghr~" finds "Uyghurs" as well as "Uyghur",
        and "sanction*" every form of the words it matches, and both highlight them."""
        from whoosh.query import FuzzyTerm, NullQuery, Or, Prefix, Term, Wildcard

        if getattr(node, "fieldname", None) != "exact":
            return node
        if isinstance(node, FuzzyTerm):
            # Typos rarely hit the first letter; requiring it makes fuzzy terms much faster.
            words: Iterable[str] = self._fuzzy_words(node.text, node.maxdist, max(node.prefixlength, 1))
        elif isinstance(node, Prefix):
            words = self.vocabulary.starting(node.text)
        elif isinstance(node, Wildcard):
            words = self.vocabulary.matching(node.text)
        else:
            return node
        textfield = self._schema["text"]
        stems = sorted({s for word in words for s in self._stems(word)})
        if not stems:
            return NullQuery  # no such word: matches nothing, at no cost
        terms = [Term("text", s, boost=node.boost) for s in stems]
        return terms[0] if len(terms) == 1 else Or(terms)

    @property
    def vocabulary(self) -> Vocabulary:
        """The index's real words, read on first use (only typos, patterns and suggestions)."""
        if self._vocabulary is None:
            self._vocabulary = Vocabulary(read_words(self.index_dir, self.manifest))
        return self._vocabulary

    def _fuzzy_words(self, word: str, maxdist: int, prefix: int) -> dict[str, int]:
        """Words of the index within `maxdist` edits of `word` -> their distance (cached: one
        automaton per word serves the typo retry, the OR retry and the suggestion)."""
        key = (word, maxdist, prefix)
        if key not in self._fuzzy:
            if len(self._fuzzy) > 4096:
                self._fuzzy.clear()
            found = {}
            for term in self.vocabulary.within(word, maxdist, prefix):
                found[term] = _edit_distance(word, term) if maxdist > 1 else (0 if term == word else 1)
            self._fuzzy[key] = found
        return self._fuzzy[key]

    def _filter_query(self, filters: Filters) -> Any:
        from whoosh.query import And, Or, Term, Wildcard

        parts = []

        def name_query(fieldname: str, value: str) -> Any:
            check_value(fieldname, value)  # the checks and messages of `person:` and the others
            q = value_query(self._schema, self._synonyms, fieldname, value)
            if q is None:  # only punctuation or stop words: no name
                raise QueryError(f"no name in {value!r} for {FIELD_FORMS[fieldname]}: give a name")
            return q

        for fieldname in ENTITY_TEXT_FIELDS:
            values = getattr(filters, fieldname)
            if values:
                parts.append(Or([name_query(fieldname, v) for v in values]))
        if filters.kinds:
            for k in filters.kinds:
                check_value("kind", k)
            parts.append(Or([Term("kind", k.lower()) for k in filters.kinds]))
        for code in filters.languages:
            check_value("language", code, self.languages)
        if filters.languages:
            parts.append(Or([Term("language", code.strip().lower()) for code in filters.languages]))
        if filters.articles:
            alts = [
                Wildcard("article", a.lower()) if set("*?") & set(a) else Term("article", a.lower())
                for a in filters.articles
            ]
            parts.append(Or(alts))
        for a in filters.articles:
            check_value("article", a)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)

    def search(self, request: SearchRequest) -> SearchResult:
        if request.limit < 0 or request.offset < 0:
            raise QueryError("--limit and --offset must be zero or more")
        if request.sort not in SORTS:
            raise QueryError(f"unknown sort '{request.sort}': use one of {', '.join(SORTS)}")
        if request.mode not in MODES:
            raise QueryError(f"unknown mode '{request.mode}': use and or or")
        if not 0 <= request.context <= MAX_CONTEXT:
            raise QueryError(f"--context must be between 0 and {MAX_CONTEXT}")
        limit = min(request.limit, MAX_LIMIT)
        self._set_languages(request.filters.languages)
        query_text = request.query.strip()
        filter_q = self._filter_query(request.filters)
        parsed: ParsedQuery | None = None
        if query_text:
            parsed = check_query(query_text, self.languages)
            self._group_synonyms(parsed)
        elif filter_q is None:
            raise QueryError("empty query: give words to search for, or a filter such as --person")
        result = SearchResult(query=request.query, total=0, offset=request.offset, limit=limit, sort=request.sort)
        relax = parsed is not None and request.fallback and request.mode == "and"
        results = q = None
        strict_total: int | None = None
        unknown: dict[int, str] | None = None
        if relax and parsed is not None and parsed.question and _loosens(parsed):
            # A typed question: its question words are in no paragraph worth finding, and AND
            # over the rest would demand every word; rank by the words that matter instead.
            unknown = self._unknown_words(parsed)
            attempt = self._any_words(parsed, unknown, filter_q, request, limit)
            if attempt is not None:
                results, q, result.searched = attempt
                result.fallback = "question"
                result.note = (f"{query_text!r} reads as a question: showing paragraphs with any of "
                               f"{result.searched!r}, best first")
        if results is None:
            if parsed is not None:
                q = self._fast_query(parsed, request.mode) or self._parse(parsed.whoosh, query_text, request.mode)
            else:
                # Only a filter: its own matches, in article order. (Every() filtered by it
                # visited all paragraphs of the index: 61 ms for 414 hits among 137,000.)
                q, filter_q = filter_q, None
            results = self._run(q, filter_q, request, limit, has_query=parsed is not None)
            strict_total = len(results)
            if relax and parsed is not None and not strict_total:
                if unknown is None:
                    unknown = self._unknown_words(parsed)
                retry = self._fallback(parsed, unknown, filter_q, request, limit)
                if retry is not None:
                    results, q, result.searched, result.fallback, result.note = retry
        if strict_total is None and parsed is not None:  # read as a question: count it as typed too
            strict_total = self._typed_total(parsed, query_text, filter_q, request)
        if parsed is not None and request.suggest and (strict_total is None or strict_total < SUGGEST_BELOW):
            if unknown is None:
                unknown = self._unknown_words(parsed)
            result.suggestion = self._suggestion(parsed, unknown)
        result.total = len(results)
        result.total_as_typed = result.total if strict_total is None else strict_total
        missing = self._absent_languages(request.filters.languages, parsed)
        if missing:
            absent = (f"no article in the index is in {', '.join(missing)} (it holds {', '.join(self.languages)})")
            result.note = f"{result.note}; {absent}" if result.note else absent
        if request.sort == "date" and not any(True for _ in self._reader.lexicon("published")):
            undated = "no article in the index has a publication date: --sort date ordered by relevance"
            result.note = f"{result.note}; {undated}" if result.note else undated
        page = list(results)[request.offset: request.offset + limit] if limit else []
        terms = _highlight_terms(q, self._reader) if parsed is not None else HighlightTerms()
        result.hits = [self._hit(h, terms, request.context) for h in page]
        if request.facets:
            result.facets = self.facet_counts(q, filter_q)
        return result

    def _absent_languages(self, codes: Sequence[str], parsed: ParsedQuery | None) -> list[str]:
        """The language codes asked for (`--lang`, `lang:`) that no article of the index is in:
        valid codes (checked before), so a search for them finds nothing for that reason."""
        asked = [c.strip().lower() for c in codes]
        if parsed is not None:
            asked += [t.text.strip('"').lower() for t in parsed.tokens if t.field == "language"]
        return sorted({c for c in asked if c and "*" not in c and c not in self.languages})

    def _typed_total(self, parsed: ParsedQuery, query_text: str, filter_q: Any, request: SearchRequest) -> int:
        """How many paragraphs the query matches as typed (words ANDed), when a question
        reading ran instead: the count a script gets, whatever a person was shown."""
        try:
            q = self._fast_query(parsed, request.mode) or self._parse(parsed.whoosh, query_text, request.mode)
        except QueryError:  # only question words and stop words: as typed, it matches nothing
            return 0
        return len(self._run(q, filter_q, request, 1, has_query=True))

    def _run(self, q: Any, filter_q: Any, request: SearchRequest, limit: int, *, has_query: bool) -> Any:
        sortedby: Any = None
        if request.sort == "date":
            from whoosh.sorting import FieldFacet, MultiFacet

            # Newest first; within a date, by relevance (the score is part of the sort key, and
            # the hit's score is read back from it), then in article order.
            facets = [FieldFacet("published", reverse=True), FieldFacet("article_id"), FieldFacet("paragraph")]
            if has_query:
                from whoosh.sorting import ScoreFacet

                facets.insert(1, ScoreFacet())
            sortedby = MultiFacet(facets)
        elif request.sort == "position" or not has_query:
            sortedby = ["article_id", "paragraph"]
        if sortedby is None and not os.environ.get("INDEXER_WHOOSH_RANKING"):
            from .ranking import plain_query, top_hits

            if plain_query(q):
                allowed = None if filter_q is None else self._filter_docs(filter_q)
                fast = top_hits(self._searcher, q, max(request.offset + limit, 1), allowed)
                if fast is not None:
                    return fast
        # Ask Whoosh for one page past the offset: it scores only what it must.
        # optimize=False: no block skipping, so the collector counts the total as it goes
        # instead of running the query a second time to count it.
        return self._searcher.search(q, limit=max(request.offset + limit, 1), filter=filter_q, sortedby=sortedby,
                                     optimize=False)

    def _filter_docs(self, filter_q: Any) -> Any:
        """The paragraphs a filter lets through, as ascending document numbers; the last
        filter's are kept, since ranking and facet counts of one search both ask."""
        import numpy as np

        if self._last_filter[0] != filter_q:
            docs = np.array(sorted(self._searcher.docs_for_query(filter_q)), dtype=np.int64)
            self._last_filter = (filter_q, docs)
        return self._last_filter[1]

    def facet_counts(self, q: Any, filter_q: Any = None, limit: int = FACET_LIMIT) -> dict[str, list[tuple[str, int]]]:
        """Entity names over every paragraph matching q, most frequent first.

        Counted from the mentions arrays each segment carries (facets.py): a bincount over the
        hits: 887 -> 73 ms for the 54,225 paragraphs of BBC + Reuters saying "said". A
        segment written without them is counted from each hit's stored tags (term vectors
        measured slower, and Whoosh's FieldFacet(allow_overlap=True) fails on a paragraph
        without a vector).
        """
        from collections import Counter

        from . import facets
        from .ranking import matching_docs

        docs = None
        if not os.environ.get("INDEXER_WHOOSH_RANKING"):
            allowed = None if filter_q is None else self._filter_docs(filter_q)
            docs = matching_docs(self._searcher, q, allowed)
        if docs is None:
            import numpy as np
            from whoosh.query import And

            found = self._searcher.docs_for_query(q if filter_q is None else And([q, filter_q]))
            docs = np.array(sorted(found), dtype=np.int64)
        counts = facets.count(self._searcher, docs, FACET_FIELDS)
        if counts is None:
            reader = self._reader
            counts = {name: Counter() for name in FACET_FIELDS}
            for docnum in docs.tolist():
                tags = reader.stored_fields(docnum).get("tags")
                if tags and tags != "{}":
                    tags = json.loads(tags)
                    for name in FACET_FIELDS:
                        if tags.get(name):
                            counts[name].update(tags[name])
        return {name: sorted(c.items(), key=lambda r: (-r[1], r[0].lower()))[:limit] for name, c in counts.items()}

    def _fallback(self, parsed: ParsedQuery, unknown: dict[int, str], filter_q: Any,
                  request: SearchRequest, limit: int) -> tuple[Any, Any, str, str, str] | None:
        """The query as typed found nothing: retry fuzzily, then (plain words) with any word."""
        typed = parsed.text.strip()
        fuzzy = {i: f"{parsed.tokens[i].text}~{_fuzz_distance(w)}" for i, w in unknown.items()}
        if fuzzy:
            searched = parsed.rewritten(replace=fuzzy)
            q = self._parse(searched, typed, request.mode)
            results = self._run(q, filter_q, request, limit, has_query=True)
            if len(results):
                return (results, q, searched, "fuzzy",
                        f"no paragraph matches {typed!r}; showing matches for {searched!r}, allowing typos")
        if not _loosens(parsed):
            return None
        attempt = self._any_words(parsed, unknown, filter_q, request, limit)
        if attempt is None:
            return None
        results, q, searched = attempt
        return (results, q, searched, "fuzzy+any" if "~" in searched else "any",
                f"no paragraph has all the words of {typed!r}; showing paragraphs with any of them "
                f"({searched}), best first")

    def _any_words(self, parsed: ParsedQuery, unknown: dict[int, str], filter_q: Any, request: SearchRequest,
                   limit: int) -> tuple[Any, Any, str] | None:
        """OR ranking over the words that matter: question and stop words dropped, names (typed
        with a capital) weighted up, words the index lacks made fuzzy and weighted down."""
        textfield = self._schema["text"]
        words = [i for i, t in enumerate(parsed.tokens) if t.kind in ("word", "phrase")]
        drop = {i for i in words if parsed.tokens[i].kind == "word"
                and (_base_word(parsed.tokens[i].text) in QUESTION_WORDS
                     or not list(self._stems(parsed.tokens[i].text)))}
        if len(drop) == len(words):
            drop = {i for i in drop if not list(self._stems(parsed.tokens[i].text))}
            if len(drop) == len(words):
                return None
        shown: dict[int, str] = {}
        weighted: dict[int, str] = {}
        for i in words:
            if i in drop:
                continue
            text = parsed.tokens[i].text
            if i in unknown:
                shown[i] = f"{text}~{_fuzz_distance(unknown[i])}"
                weighted[i] = f"{shown[i]}^{FUZZY_BOOST}"
            elif parsed.tokens[i].kind == "word" and text[:1].isupper():
                weighted[i] = f"{text}^{NAME_BOOST}"
        q = self._parse(parsed.rewritten(replace=weighted, drop=drop), parsed.text, "or")
        if parsed.question and _base_word(parsed.tokens[0].text) == "when":
            q = self._prefer_dates(q)
        results = self._run(q, filter_q, request, limit, has_query=True)
        if not len(results):
            return None
        return results, q, parsed.rewritten(replace=shown, drop=drop, joiner=" OR ")

    def _prefer_dates(self, q: Any) -> Any:
        """A "when" question is answered by a paragraph that gives a date: among paragraphs with
        the words, rank those naming a year or a month (or tagged with a date) higher."""
        from whoosh.query import AndMaybe, Every, Or, Prefix, Term

        textfield = self._schema["text"]
        dated = [Prefix("text", "19"), Prefix("text", "20"), Every("dates"),
                 *(Term("text", stem) for month in MONTHS for stem in self._stems(month))]
        return AndMaybe(q, Or(dated, boost=DATE_BOOST))

    def _unknown_words(self, parsed: ParsedQuery) -> dict[int, str]:
        """Plain words (by token index) the index has never seen, in any spelling variant."""
        textfield = self._schema["text"]
        forms = self._synonyms.forms("text") if self._synonyms is not None else {}
        out: dict[int, str] = {}
        for i, token in enumerate(parsed.tokens):
            if not token.plain or len(token.text) < 3 or _base_word(token.text) in QUESTION_WORDS:
                continue
            stems = list(self._stems(token.text))
            if len(stems) != 1:
                continue  # a stop word, or several words ("U.S.-based"): not a typo we can fix
            variants = [f[0] for f in forms.get((stems[0],), [(stems[0],)]) if len(f) == 1]
            if not any(self._reader.doc_frequency("text", v) for v in variants):
                out[i] = token.text.lower()
        return out

    def _suggestion(self, parsed: ParsedQuery, unknown: dict[int, str]) -> str | None:
        corrections: dict[int, str] = {}
        for i, word in unknown.items():
            best = self._correct(word)
            if best:
                typed = parsed.tokens[i].text
                corrections[i] = best.capitalize() if typed[:1].isupper() else best
        return parsed.replaced(corrections) if corrections else None

    def _correct(self, word: str) -> str | None:
        """The most frequent real word of the index within the smallest edit distance."""
        if len(word) < 3:
            return None
        textfield = self._schema["text"]

        def frequency(w: str) -> int:  # paragraphs with the word's stem: how common the word is
            return sum(self._reader.doc_frequency("text", s) for s in self._stems(w))

        candidates = [(d, -frequency(w), w)
                      for w, d in self._fuzzy_words(word, _fuzz_distance(word), 1).items() if w != word]
        return min(candidates)[2] if candidates else None

    # -- hits ------------------------------------------------------------------------------

    def _hit(self, h: Any, terms: HighlightTerms, context: int) -> Hit:
        stored = h.fields()
        text = stored.get("text", "")
        if self._highlighter is None:
            self._highlighter = _Highlighter(self._schema["text"].analyzer)
        found = self._highlighter.find(text, terms.stems, terms.words, language=stored.get("language") or "en")
        matches, keys = join_phrases(found, terms.phrases, terms.loose)
        fragment = best_fragment(text, matches, keys=keys)
        hit = Hit(
            article_id=stored["article_id"],
            title=stored.get("title", ""),
            paragraph=int(stored["paragraph"]),
            kind=stored.get("kind", ""),
            section=stored.get("section", ""),
            score=round(_relevance(h.score), 4),
            text=text,
            snippet=mark(text, fragment, matches),
            matches=matches,
            fragment=fragment,
            language=stored.get("language", ""),
            **_tags(stored),
        )
        if context:
            paragraphs = self.article_paragraphs(hit.article_id)
            numbers = [p.paragraph for p in paragraphs]
            if hit.paragraph in numbers:
                at = numbers.index(hit.paragraph)
                hit.before = paragraphs[max(0, at - context): at]
                hit.after = paragraphs[at + 1: at + 1 + context]
        return hit

    def match_spans(self, text: str, stems: set[str], words: Iterable[str] = (),
                    language: str = "en") -> list[tuple[int, int]]:
        """[start, end) of every word of `text` whose stem (in `language`) is in `stems` or which
        is in `words` (case-folded, with or without accents)."""
        if self._highlighter is None:
            self._highlighter = _Highlighter(self._schema["text"].analyzer)
        return self._highlighter.spans(text, stems, set(words), language)

    def article_paragraphs(self, article_id: str) -> list[Paragraph]:
        """The indexed paragraphs of an article, in order, as stored."""
        if article_id not in self._articles:
            if len(self._articles) > 256:
                self._articles.clear()
            docs = sorted(self._searcher.documents(article_id=article_id), key=lambda d: int(d["paragraph"]))
            self._articles[article_id] = [_paragraph(d) for d in docs]
        return self._articles[article_id]

    # -- articles and statistics -----------------------------------------------------------

    def resolve_article(self, ref: str) -> str:
        """An article id from what a user typed: the id, any case, or a unique part of it."""
        ids = sorted(self.records)
        if ref in self.records:
            return ref
        low = ref.lower()
        for candidates in ([i for i in ids if i.lower() == low], [i for i in ids if i.lower().startswith(low)],
                           [i for i in ids if low in i.lower()]):
            if len(candidates) == 1:
                return candidates[0]
            if len(candidates) > 1:
                shown = ", ".join(candidates[:5]) + (", ..." if len(candidates) > 5 else "")
                raise IndexerError(f"article '{ref}' is ambiguous: it matches {len(candidates)} articles "
                                   f"({shown}): give more of its id")
        import difflib

        close = difflib.get_close_matches(ref, ids, n=1, cutoff=0.6)
        hint = f": did you mean '{close[0]}'?" if close else ": 'indexer stats --articles' lists them"
        raise IndexerError(f"no article '{ref}' in the index at {self.index_dir}{hint}")

    def article(self, ref: str) -> Article:
        """An article as indexed: its metadata and indexed paragraphs with their entity tags."""
        article_id = self.resolve_article(ref)
        record = self.records.get(article_id)
        article = Article(id=article_id, path=getattr(record, "path", ""),
                          content_hash=getattr(record, "content_hash", ""))
        for name in ("title", "byline", "dateline", "published", "language"):
            setattr(article, name, getattr(record, name, "") if record else "")
        article.paragraphs = list(self.article_paragraphs(article_id))
        return article

    def stats(self) -> IndexStats:
        from whoosh.query import Term

        kinds = {}
        for kind in KINDS:
            n = sum(1 for _ in self._searcher.docs_for_query(Term("kind", kind)))
            if n:
                kinds[kind] = n
        # Names of live paragraphs only: the lexicon keeps those of deleted ones until a merge.
        names = {name: len(rows) for name, rows in _entity_rows(self._searcher, FACET_FIELDS).items()}
        dates = sorted(r.published for r in self.records.values() if r.published)
        size = sum(p.stat().st_size for p in self.index_dir.iterdir() if p.is_file())
        return IndexStats(
            index=str(self.index_dir),
            format_version=self.manifest.format_version,
            analyzer_version=self.manifest.analyzer_version,
            created=self.manifest.created,
            updated=self.manifest.updated,
            entities=self.manifest.entities,
            articles=len(self.records),
            paragraphs=self._searcher.doc_count(),
            kinds=kinds,
            size_bytes=size,
            names=names,
            published=(dates[0], dates[-1]) if dates else ("", ""),
            languages=_count_languages(self.records.values()),
        )


class _Highlighter:
    """Finds the words of a paragraph that a query matched: the text field's own tokenizer and
    filter (analysis.py), per word and cached, in the paragraph's language (not the Whoosh
    generator chain, which costs several times as much)."""

    CACHE = 50_000  # words remembered per language

    def __init__(self, analyzer: Any) -> None:
        from .analysis import NewsFilter

        found = [item for item in getattr(analyzer, "items", []) if isinstance(item, NewsFilter)]
        self._analyzer = analyzer
        self._filter = found[0] if found else None
        self._cache: dict[str, dict[str, tuple[str, ...]]] = {}

    def spans(self, text: str, stems: set[str], words: set[str], language: str = "en") -> list[tuple[int, int]]:
        """[start, end) of every word of `text` whose stem is in `stems` or which is in `words`."""
        return [(m[0], m[1]) for m in self.find(text, stems, words, language=language)]

    def find(self, text: str, stems: set[str], words: set[str], scan: int = HIGHLIGHT_SCAN_CHARS,
             language: str = "en") -> list[tuple[int, int, str, int]]:
        """Every matched word as (start, end, key, position): key is the stem (or the real
        word, for `words`: case-folded, with or without accents) it matched by, position its
        number among the words of the text (stop words count: the index keeps their places),
        so phrases can be found. Stems are those of `language`.

        The work per paragraph is capped: matches are looked for up to `scan` characters past
        the first one. One pass, O(words read).
        """
        if not text or not (stems or words):
            return []
        from .analysis import casefold, fold_accents, index_words

        out: list[tuple[int, int, str, int]] = []
        if self._filter is None:
            for t in self._analyzer(text, chars=True, positions=True, mode="index"):
                if out and t.startchar >= out[0][0] + scan:
                    break
                if t.text in stems:
                    out.append((t.startchar, t.endchar, t.text, t.pos))
            return out
        terms = self._filter.terms
        cache = self._cache.setdefault(language, {})  # word -> its index terms, one dict lookup
        if len(cache) > self.CACHE:
            cache.clear()
        stop_at = len(text)
        for pos, (start, end, word) in enumerate(index_words(text)):
            if start >= stop_at:
                break
            key = None
            if words:
                folded = casefold(word)
                key = folded if folded in words else (fold_accents(folded) if fold_accents(folded) in words else None)
            if key is None and stems:
                found = cache.get(word)
                if found is None:
                    found = cache[word] = terms(word, language, 0)
                for term in found:
                    if term in stems:
                        key = term
                        break
            if key is not None:
                if not out:
                    stop_at = start + scan
                out.append((start, end, key, pos))
        return out


def _count_languages(records: Iterable[ArticleRecord]) -> dict[str, int]:
    """Articles per language code, most first (then by code); "und" for undetermined."""
    from collections import Counter

    counts = Counter(getattr(r, "language", "") or "und" for r in records)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _tags(stored: dict[str, Any]) -> dict[str, list[str]]:
    """The entity lists of a stored paragraph (kept as JSON in its `tags` field)."""
    tags = json.loads(stored.get("tags") or "{}")
    return {k: list(tags.get(k, [])) for k in ENTITY_FIELDS}


def _paragraph(stored: dict[str, Any]) -> Paragraph:
    return Paragraph(paragraph=int(stored["paragraph"]), kind=stored.get("kind", ""), text=stored.get("text", ""),
                     section=stored.get("section", ""), **_tags(stored))


# A query is read with "any of its words" only when it is this long: a sentence or question
# typed as it would be asked, not keywords: a co-occurrence query ("sanctions Tajikistan",
# "Accessibility links") is never loosened, whatever it finds.
ANY_WORD_MIN_WORDS = 4


def _loosens(parsed: ParsedQuery) -> bool:
    """Whether a query may be answered with any of its words instead of all: plain words and
    phrases (no operators or fields), ANY_WORD_MIN_WORDS of them or more."""
    words = sum(1 for t in parsed.tokens if t.kind in ("word", "phrase"))
    return parsed.simple and words >= ANY_WORD_MIN_WORDS


def _relevance(score: Any) -> float:
    """A hit's relevance score. Sorted by a facet, Whoosh puts the sort key in the score: by
    date, (published, -score, article, paragraph), the score read back from it; by position
    there is no relevance (0.0)."""
    if isinstance(score, (int, float)):
        return float(score)
    if isinstance(score, tuple) and len(score) == 4 and isinstance(score[1], float):
        return -score[1] + 0.0
    return 0.0


ISO_PERIOD_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?\Z")


def date_within(date: str, period: str) -> bool:
    """Whether an ISO 8601 date as tagged (`2019`, `2019-11`, `2019-11-16`, a range
    `2019-11-11/2019-11-14`) lies in or reaches into `period` (`2019`, `2019-11` or a day).
    A date without a year (`--11-14`) is in no period. Compared as strings: ISO dates of one
    precision sort as they fall; a coarser date is cut to the period's precision first."""
    start, _, end = date.partition("/")
    end = end or start
    if not (start[:1].isdigit() and end[:1].isdigit()):
        return False
    if start == end:
        return start.startswith(period)
    n = len(period)
    return start[:n] <= period <= end[:n] and len(start) >= 4


def _walk(q: Any) -> Iterable[Any]:
    yield q
    if hasattr(q, "children"):
        for child in q.children():
            yield from _walk(child)


def _base_word(word: str) -> str:
    """"Zenz's" -> "zenz", "aren't" -> "aren"."""
    return word.lower().replace("’", "'").split("'")[0]


def _edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count one, as in Whoosh's automata)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _fuzz_distance(word: str) -> int:
    return 1 if len(word) <= 7 else 2  # most typos are one edit; two only in long words


# Phrases whose words may be further apart than this are highlighted word by word.
MAX_PHRASE_SLOP = 8


@dataclass
class HighlightTerms:
    """What a query matched, for highlighting: `stems` (text field) and real `words` (exact
    field), prefixes and typo terms expanded; `phrases` as (stems, slop); `loose`: the stems
    and words matched outside any phrase (a word typed only in a phrase is highlighted only
    where the phrase is)."""

    stems: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    phrases: list[tuple[tuple[str, ...], int]] = field(default_factory=list)
    loose: set[str] = field(default_factory=set)


def _highlight_terms(q: Any, reader: Any) -> HighlightTerms:
    """The terms of `q` to highlight; words under NOT are left out."""
    found = HighlightTerms()

    def collect(node: Any) -> None:
        if type(node).__name__ == "Not":
            return
        if type(node).__name__ == "ExactWord":  # the word as typed, not every form of its stem
            found.words.add(node.word)
            found.loose.add(node.word)
            return
        if node.is_leaf():
            if node.field() not in ("text", "exact"):
                return
            phrase = (type(node).__name__ in ("Phrase", "GappedPhrase") and node.field() == "text"
                      and len(node.words) > 1 and int(node.slop) <= MAX_PHRASE_SLOP)
            if phrase:
                # Stop words left gaps between a phrase's words: reach over the widest.
                reach = max(getattr(node, "gaps", None) or [1]) + int(node.slop) - 1
                key = (tuple(node.words), max(1, reach))
                if key not in found.phrases:
                    found.phrases.append(key)
            try:
                terms = list(node.expanded_terms(reader, phrases=True))
            except Exception:  # a query type without term support: highlight nothing of it
                return
            for fieldname, text in terms:
                text = text.decode("utf-8") if isinstance(text, bytes) else text
                (found.stems if fieldname == "text" else found.words).add(text)
                if not phrase:
                    found.loose.add(text)
            return
        for child in node.children():
            collect(child)

    collect(q)
    return found


def join_phrases(found: Sequence[tuple[int, int, str, int]], phrases: Sequence[tuple[Sequence[str], int]],
                 loose: Container[str] | None = None) -> tuple[list[tuple[int, int]], list[str]]:
    """Matched words (`_Highlighter.find`) -> spans and keys, each occurrence of a phrase joined
    into one span from its first word to its last, keyed by its stems joined with spaces; a
    word outside a phrase is kept only if its key is in `loose` (None: every word).

    A phrase occurs where its words follow in order, each within `slop` positions of the one
    before (Whoosh's rule; slop 1: adjacent). Work is O(matches x phrase length x slop).
    """
    if not phrases:
        return [(f[0], f[1]) for f in found], [f[2] for f in found]
    by_pos = {}
    for i, f in enumerate(found):
        by_pos.setdefault(f[3], i)
    starting: dict[str, list[tuple[Sequence[str], int]]] = {}
    for words, slop in phrases:
        starting.setdefault(words[0], []).append((words, min(slop, MAX_PHRASE_SLOP)))
    spans: list[tuple[int, int]] = []
    keys: list[str] = []
    used_until = -1  # index into found of the last word a phrase took
    for i, (start, end, key, pos) in enumerate(found):
        if i <= used_until:
            continue
        joined = None
        for words, slop in starting.get(key, ()):
            at, last = pos, i
            for word in words[1:]:
                nxt = next((j for d in range(1, slop + 1) if (j := by_pos.get(at + d)) is not None
                            and found[j][2] == word), None)
                if nxt is None:
                    break
                at, last = found[nxt][3], nxt
            else:
                joined = (last, " ".join(words))
                break
        if joined is None:
            if loose is None or key in loose:
                spans.append((start, end))
                keys.append(key)
        else:
            spans.append((start, found[joined[0]][1]))
            keys.append(joined[1])
            used_until = joined[0]
    return spans, keys


def best_fragment(text: str, matches: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS,
                  keys: Sequence[str] | None = None) -> tuple[int, int]:
    """The window of about `width` characters where the query matches best, cut at word
    boundaries: [start, end) character offsets into `text`.

    A window is scored by the query terms it holds (`keys`: one per match, the stem or the
    phrase it matched; a phrase weighs its number of words), then by its number of matches;
    the first best window wins. Without keys, by its number of matches only. One pass over the
    matches with two pointers, O(len(matches)): a paragraph of a million matches stays fast.
    """
    if len(text) <= width + width // 4:
        return (0, len(text))
    anchor = 0
    if matches:
        reach = width * 4 // 5  # leave room for the context opened before the first match
        keys = keys if keys is not None else [""] * len(matches)
        held: dict[str, int] = {}
        weight = 0  # of the distinct keys in the window matches[i:j]
        best = (-1, -1)
        j = 0
        for i, (start, _) in enumerate(matches):
            if j < i:
                j = i
                held.clear()
                weight = 0
            while j < len(matches) and matches[j][1] <= start + reach or j == i:
                held[keys[j]] = held.get(keys[j], 0) + 1
                if held[keys[j]] == 1:
                    weight += 1 + keys[j].count(" ")
                j += 1
            if (weight, j - i) > best:
                best, anchor = (weight, j - i), start
            held[keys[i]] -= 1
            if not held[keys[i]]:
                weight -= 1 + keys[i].count(" ")
                del held[keys[i]]
    # Open a little before the anchor so the match is read in context, at a word boundary.
    start = max(0, anchor - width // 5)
    if start > 0:
        space = text.find(" ", start, anchor)
        start = space + 1 if space != -1 else anchor
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", anchor, end)
        if space > start:
            end = space
    return (start, end)


def mark(text: str, fragment: tuple[int, int], matches: Iterable[tuple[int, int]],
         open_mark: str = SNIPPET_OPEN, close_mark: str = SNIPPET_CLOSE, ellipsis: str = "…") -> str:
    start, end = fragment
    out: list[str] = [ellipsis] if start > 0 else []
    pos = start
    for s, e in matches:
        if s < start or e > end:
            continue
        out.append(text[pos:s])
        out.append(f"{open_mark}{text[s:e]}{close_mark}")
        pos = e
    out.append(text[pos:end])
    if end < len(text):
        out.append(ellipsis)
    return "".join(out)


def search(query: str = "", index: str | Path | None = None, *, filters: Filters | None = None,
           limit: int = 10, offset: int = 0, sort: str = "score", mode: str = "and", fallback: bool = True,
           context: int = 0, facets: bool = False, suggest: bool = True, synonyms: bool = True,
           synonyms_file: str | os.PathLike[str] | None = None) -> SearchResult:
    """One search against the index at `index` (or $INDEXER_INDEX, or ./.indexer).

    For many queries, open an IndexSearcher once and call its search() per query.
    """
    request = SearchRequest(query, filters or Filters(), limit, offset, sort, mode, fallback, context, facets, suggest)
    with IndexSearcher(index, synonyms=synonyms, synonyms_file=synonyms_file) as searcher:
        return searcher.search(request)


def show(ref: str, index: str | Path | None = None) -> Article:
    """An article as indexed (ARTICLE may be any unique part of its id)."""
    with IndexSearcher(index, synonyms=False) as searcher:
        return searcher.article(ref)


def stats(index: str | Path | None = None) -> IndexStats:
    with IndexSearcher(index, synonyms=False) as searcher:
        return searcher.stats()


def entity_counts(index: str | Path | None, fields: Sequence[str], limit: int = 0) -> dict[str, list[tuple[str, int]]]:
    """Canonical names of each entity field with the number of paragraphs naming each."""
    ix, _, searcher = open_searcher(resolve_index_dir(index))
    try:
        with searcher:
            return _entity_rows(searcher, fields, limit)
    finally:
        ix.close()


def _entity_rows(searcher: Any, fields: Sequence[str], limit: int = 0) -> dict[str, list[tuple[str, int]]]:
    """Names of each field -> [(name, paragraphs naming it)], most first; only live paragraphs
    count (an edited article's old paragraphs are deleted documents until a merge)."""
    reader = searcher.reader()
    if "dates" in fields:  # dates are terms of their own field, not facet names
        rest = [f for f in fields if f != "dates"]
        out = _entity_rows(searcher, rest, limit) if rest else {}
        rows = []
        for term in reader.lexicon("dates"):
            live_docs = sum(1 for d in reader.postings("dates", term).all_ids() if not reader.is_deleted(d))
            if live_docs:
                rows.append((term.decode("utf-8") if isinstance(term, bytes) else term, live_docs))
        rows.sort(key=lambda r: (-r[1], r[0]))
        return {f: (rows[:limit] if limit else rows) if f == "dates" else out[f] for f in fields}
    # From the mentions arrays (facets.py): names as tagged, and 3x faster than terms.
    import numpy as np

    from . import facets

    live = np.fromiter(reader.all_doc_ids(), dtype=np.int64)
    found = facets.count(searcher, live, tuple(fields))
    if found is not None:
        ordered = {name: sorted(((n, c) for n, c in found[name].items() if c), key=lambda r: (-r[1], r[0].lower()))
                   for name in fields}
        return {name: rows[:limit] if limit else rows for name, rows in ordered.items()}
    # A segment written without them: the facet fields' terms (commas in names became spaces).
    exact = reader.has_deletions()  # term statistics count deleted documents until a merge
    out: dict[str, list[tuple[str, int]]] = {}
    for name in fields:
        facet = f"{name}_facet"
        rows: list[tuple[str, int]] = []
        for term, info in reader.iter_field(facet):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            if exact:
                count = sum(1 for d in reader.postings(facet, term).all_ids() if not reader.is_deleted(d))
            else:
                count = info.doc_frequency()
            if count:
                rows.append((text, count))
        rows.sort(key=lambda r: (-r[1], r[0].lower()))
        out[name] = rows[:limit] if limit else rows
    return out
