"""The query syntax: Whoosh's query parser, extended through its own hooks (`term_query`,
plugins, `phraseclass`) with our phrases, exact words, field aliases and typo terms.

What a field's word or value *means* (its stems in each analysis language, the synonym table's
spellings, an entity's corpus names, the parts of an article id) is the search path's: the
parser asks a `Meanings` (search/parser.py) and only turns the answers into Whoosh's nodes.
Imported only when a query needs the parser (plain words and phrases are compiled without it,
search/compile.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
import re
from typing import TYPE_CHECKING, Protocol

from whoosh import query as wq
from whoosh.qparser import AndGroup, FieldAliasPlugin, FuzzyTermPlugin, OrGroup, QueryParser
from whoosh.qparser.common import attach
from whoosh.qparser.plugins import PhrasePlugin, SingleQuotePlugin

from ..analysis import case_readings, casefold, fold_query_word, words
from ..models import kind_name
from ..schema import ENTITY_TEXT_FIELDS
from .phrases import ExactWord, typed_phrase
from .queries import NOTHING, Query, per_language, phrase, term

if TYPE_CHECKING:
    from .types import FieldType, Schema

STEMMED_FIELDS = frozenset({"text", "title", "section"})
# The article's byline (`byline:smith`): no field of the index. Its words are matched against
# the bylines the manifest records (Meanings.byline), so every index, however old, answers it.
# The parser still needs a field of that name to read `byline:` as one, and its analyzer
# (names': case and accents folded, unstemmed) to take a value into words.
BYLINE = "byline"


class Meanings(Protocol):
    """What the words of a query mean, for the parser of one open index."""

    def languages(self) -> Mapping[str, Sequence[str]]:
        """The analysis languages of the search running, each with the index languages it
        analyses: a word matches each one's stems in those languages' paragraphs
        (queries.per_language)."""

    def terms(self, text: str, language: str, fieldname: str) -> tuple[str, ...]:
        """A word's query terms in `fieldname` analysed in `language` (() for a stop word)."""

    def variants(self, q: Query, language: str = "en") -> Query:
        """A term query with its spelling variants ORed in (`q` itself without any), the
        variants analysed in `language` (the analysis language that made its term)."""

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
        """The query of a phrase's analysed words (made in analysis language `language`), its
        variants ORed in (the parser's `phraseclass`)."""

    def apart_from_names(self, q: Query, text: str, stem: str, language: str) -> Query:
        """`q`, typed word `text`'s query on the text field (its stem `stem` in `language`),
        without the paragraphs where that stem is only another person's name
        (phrases.NotAnotherName: `William` is not *Serena Williams*)."""

    def value(self, fieldname: str, text: str) -> Query | None:
        """The query of an entity field's value (`place:usa`), None when it has no words."""

    def exact_name(self, fieldname: str, name: str) -> Query:
        """The query of an entity field's `=NAME` value (`person:"=Michael Howard"`): the name
        whole with its corpus variants, as the `--person =NAME` filter and a facet count it."""

    def article(self, value: str, own: Query) -> Query:
        """The query of an `article:` value; `own`: the parser's query of the whole id."""

    def name_variants(self, fieldname: str, text: str) -> list[Query]:
        """Queries of the other corpus names of an entity value's group (none without)."""

    def byline(self, words: Sequence[str], pattern: str = "") -> Query:
        """The query of the paragraphs of the articles whose byline holds `words` (analysed
        names, case and accents folded) one after the other, or, when `pattern` is given
        (fnmatch's `*` and `?`, folded too), a word matching it."""


class NewsParser(QueryParser):
    """The parser of one mode ("and": words ANDed, "or": ORed) over `schema`, `aliases` the
    field names a user may type for each field (query.FIELD_ALIASES inverted)."""

    def __init__(self, schema: Schema, mode: str, meanings: Meanings, aliases: Mapping[str, list[str]]) -> None:
        if BYLINE not in schema:
            schema = _with_byline(schema)
        super().__init__("text", schema, group=OrGroup if mode == "or" else AndGroup)
        self.meanings = meanings
        self.remove_plugin_class(PhrasePlugin)
        self.add_plugin(GappedPhrasePlugin())
        self.phraseclass = meanings.phrase
        self.add_plugin(FieldAliasPlugin(dict(aliases)))
        self.add_plugin(FuzzyTermPlugin())
        # 'single quotes' would make one unanalysed term ("'Unprecedented' Level" then finds nothing):
        # in pasted titles and questions they are punctuation.
        self.remove_plugin_class(SingleQuotePlugin)

    def term_query(
        self,
        fieldname: str,
        text: str,
        termclass: type[Query],
        boost: float = 1.0,
        tokenize: bool = True,
        removestops: bool = True,
    ) -> Query | None:
        """Whoosh's hook for one term of the query string (`termclass`: the Whoosh query class
        its syntax asks for: Term, FuzzyTerm, Wildcard, Prefix...)."""
        if fieldname == "exact" and termclass is wq.Term:
            return self._exact_word(text, boost)
        if fieldname == BYLINE:
            return self._byline(text, termclass, boost)
        if fieldname in STEMMED_FIELDS and termclass is wq.Term and fieldname in self.schema:
            return self._stemmed_word(fieldname, text, boost, tokenize, removestops)
        if fieldname == "text" and termclass in (wq.FuzzyTerm, wq.Wildcard, wq.Prefix):
            fieldname = "exact"  # real words: fuzzy terms and prefixes miss against stems
        elif fieldname == "article" and termclass in (wq.Term, wq.Wildcard, wq.Prefix):
            own = super().term_query(fieldname, text.lower(), termclass, boost, tokenize, removestops)
            return self.meanings.article(text + "*" if termclass is wq.Prefix else text, own)
        elif fieldname == "kind":
            text = kind_name(text) if termclass is wq.Term else text.lower()  # `kind:captions`
        elif fieldname in ("article", "language"):
            text = text.lower()
        elif fieldname in ENTITY_TEXT_FIELDS and termclass is wq.Term:
            if text.startswith("=") and text[1:].strip():  # `person:=Howard`: the name whole
                return self.meanings.exact_name(fieldname, text[1:].strip()).with_boost(boost)
            q = self.meanings.value(fieldname, text)  # as --place and the others do
            if q is None:
                return NOTHING
            if boost != 1.0:
                q = q.with_boost(boost)
            return q
        q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if type(q) is wq.Term:
            q = self.meanings.variants(q)
        return q

    def _stemmed_word(self, fieldname: str, text: str, boost: float, tokenize: bool, removestops: bool) -> Query | None:
        """A word of a stemmed field: its terms in each analysis language, each limited to the
        paragraphs of its languages when they differ (queries.per_language); a stop word (of
        any of them) is dropped, as Whoosh drops it."""
        field = self.schema[fieldname]
        scopes = self.meanings.languages()
        alternatives: list[tuple[str, Query]] = []
        for language in scopes:
            if tokenize and removestops:
                texts = list(self.meanings.terms(text, language, fieldname))
            else:
                texts = list(
                    field.process_text(
                        text, mode="query", tokenize=tokenize, removestops=removestops, language=language
                    )
                )
            if not texts:
                return None
            if len(texts) > 1 and (gapped := _word_gaps(field, text, language)) is not None:
                # a word of several terms with a dropped one between ("rock'n'roll", "state-of-the-art"):
                # its terms at the text's distances, as a quoted phrase keeps them
                q = self.meanings.phrase(fieldname, gapped[0], boost=boost, gaps=gapped[1], language=language)
            elif len(texts) > 1:
                q = self.multitoken_query(field.multitoken_query, texts, fieldname, wq.Term, boost)
            else:
                q = self.meanings.variants(wq.Term(fieldname, texts[0], boost=boost), language)
                if fieldname == "text":
                    q = self.meanings.apart_from_names(q, text, texts[0], language)
            alternatives.append((language, q))
        return per_language(alternatives, scopes)

    def _byline(self, text: str, termclass: type[Query], boost: float) -> Query:
        """`byline:smith` (the name's words, one after the other), `byline:smi*` (a word
        matching the pattern); a typo term is refused: bylines are few and short, a pattern
        finds a spelling."""
        if termclass is wq.Term:
            q = self.meanings.byline(byline_query_words(text))
        elif termclass in (wq.Wildcard, wq.Prefix):
            q = self.meanings.byline((), fold_query_word(text + "*" if termclass is wq.Prefix else text))
        else:
            return wq.error_query(f"byline:{text} takes a name, a quoted name or a pattern (smi*), not typos~")
        return q.with_boost(boost) if boost != 1.0 else q

    def _exact_word(self, text: str, boost: float) -> Query | None:
        """`=word`: the word's stems, limited to paragraphs holding the word as typed."""
        typed = words(text)
        if len(typed) != 1:
            return (
                NOTHING
                if not typed
                else wq.error_query(f"'={text}' is several words: give one word after =, or quote a phrase")
            )
        child = self._stemmed_word("text", text, boost, True, True)
        return ExactWord(child, casefold(typed[0])) if child is not None else None


def _word_gaps(field: FieldType, text: str, language: str) -> tuple[list[str], list[int]] | None:
    """(terms, gaps) of one typed word that the analyzer reads as several terms with a dropped
    word between two of them ("rock'n'roll": rock, roll two positions apart; "state-of-the-art":
    state, art three apart), the gaps as GappedPhrase takes them; None when its terms stand side
    by side (a phrase of them as Whoosh makes one is right). Split, the word was searched as the
    phrase of its terms side by side, which its own text never holds ("rock'n'roll" found nothing)."""
    terms: list[str] = []
    places: list[int] = []
    for t in field.tokenize(text, mode="query", positions=True, language=language, removestops=False):
        if t.stopped or (places and t.pos == places[-1]):
            continue
        terms.append(t.text)
        places.append(t.pos)
    gaps = [b - a for a, b in zip(places, places[1:])]
    return (terms, gaps) if len(terms) > 1 and any(g != 1 for g in gaps) else None


def byline_query_words(text: str) -> list[str]:
    """A `byline:` value's words: the names' analysis (the BYLINE field's) of the value in lower
    case, so the value is matched whatever its case ("Henry.K" is one word as "henry.k" is: a
    capital after a dot would split it as a glued sentence); search.articles.byline_forms reads
    bylines both ways."""
    from ..analysis import name_analyzer

    return [t.text for t in name_analyzer()(text.lower(), mode="query")]


def _with_byline(schema: Schema) -> Schema:
    """`schema` with a BYLINE field the parser reads `byline:` by (the index holds none)."""
    from whoosh.fields import TEXT
    from whoosh.fields import Schema as WhooshSchema

    from .schema import entity_analyzer

    fields = dict(schema.items())
    fields[BYLINE] = TEXT(analyzer=entity_analyzer(), phrase=True)
    return WhooshSchema(**fields)


class PhraseNode(PhrasePlugin.PhraseNode):
    def query(self, parser: NewsParser) -> Query:
        """The phrase's terms with the positions of the words the analyzer dropped kept
        as gaps; a quoted word matches its accented form only (analysis.py)."""
        fieldname = self.fieldname or parser.fieldname
        if fieldname == "article" and self.text.strip():
            # article:"my folder/001.txt": quotes hold a path's spaces; the value is matched as
            # unquoted (any case, a part of the id, the file it names), not as one exact term.
            own = wq.Term("article", self.text.strip().lower())
            return attach(parser.meanings.article(self.text.strip(), own).with_boost(self.boost), self)
        field = parser.schema[fieldname] if parser.schema and fieldname in parser.schema else None
        if field is None or not field.analyzer:
            return super().query(parser)
        if fieldname == BYLINE:  # byline:"reid standish": the name's words one after the other
            return attach(parser.meanings.byline(byline_query_words(self.text)).with_boost(self.boost), self)
        name = self.text.strip()
        if fieldname in ENTITY_TEXT_FIELDS and name.startswith("=") and name[1:].strip():
            # person:"=Michael Howard": the name whole, as --person "=Michael Howard" (and a facet) take it
            return attach(parser.meanings.exact_name(fieldname, name[1:].strip()).with_boost(self.boost), self)
        scopes = parser.meanings.languages() if fieldname in STEMMED_FIELDS else {"en": ()}
        # One phrase per analysis language (an entity field's: one), each in its languages' paragraphs.
        alternatives = [per_language([(lang, self._phrase(parser, field, fieldname, lang)) for lang in scopes], scopes)]
        if fieldname in ENTITY_TEXT_FIELDS:
            # the name in any case (`case_readings`: speaker:"lena.k" finds Lena.K, whose words
            # are "lena" "k"), and person:"donald trump" the other names of its group (names.py)
            typed = list(field.process_text(self.text, mode="query"))
            for reading in case_readings(self.text)[1:]:
                read = list(field.process_text(reading, mode="query"))
                if read and read != typed:
                    alternatives.append(
                        term(fieldname, read[0], self.boost) if len(read) == 1 else phrase(fieldname, read, self.boost)
                    )
            for q in parser.meanings.name_variants(fieldname, self.text):
                if q not in alternatives:
                    alternatives.append(q)
        return attach(alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives), self)

    def _phrase(self, parser: NewsParser, field: FieldType, fieldname: str, language: str) -> Query:
        """The phrase analysed in one language (phrases.typed_phrase)."""
        return typed_phrase(
            field,
            fieldname,
            self.text,
            self.textstartchar,
            language,
            partial(parser.phraseclass, language=language),
            slop=self.slop,
            boost=self.boost,
            check_stop_words=fieldname in STEMMED_FIELDS,
            as_typed=getattr(self, "exact", True),
        )


class PhraseTagger(PhrasePlugin.PhraseTagger):
    def create(self, parser: NewsParser, match: re.Match[str]) -> PhraseNode:
        slop = match.group("slop")
        node = PhraseNode(match.group("text"), match.start("text"), int(slop) if slop else 1)
        node.exact = not slop  # (a slop typed, even ~1, asks for the words in any form)
        return node


class GappedPhrasePlugin(PhrasePlugin):
    def taggers(self, parser: NewsParser) -> list[tuple[PhraseTagger, int]]:
        return [(PhraseTagger(self.expr), 0)]
