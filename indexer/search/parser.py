"""Whoosh's query parser, extended through its own hooks (`term_query`, plugins, `phraseclass`)
with our phrase, exact-word and per-language handling. Imported only when a query needs the
parser (plain words and phrases are compiled without it, see compile.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whoosh import query as wq
from whoosh.qparser import AndGroup, FieldAliasPlugin, FuzzyTermPlugin, OrGroup, QueryParser
from whoosh.qparser.common import attach
from whoosh.qparser.plugins import PhrasePlugin, SingleQuotePlugin

from ..analysis import casefold, words
from ..index.phrases import ExactWord, GappedPhrase, typed_phrase
from ..query import FIELD_ALIASES
from ..schema import ENTITY_TEXT_FIELDS
from .filters import article_query
from .variants import Synonyms, name_variant_query, value_query

STEMMED_FIELDS = frozenset({"text", "title", "section"})


class NewsParser(QueryParser):
    """The parser of one mode ("and"/"or"). `languages()`: the analysis languages of the
    search running (a query word matches each one's stems); `names()`: the index's corpus
    names (names.py: an entity value also finds the other names of its group), or None;
    `terms(text, language, fieldname)`: a word's query terms (the field's analyzer; the
    compiler's, which remembers them)."""

    def __init__(
        self,
        schema: Any,
        mode: str,
        synonyms: Synonyms | None,
        languages: Callable[[], tuple[str, ...]],
        names: Callable[[], Any] = lambda: None,
        terms: Callable[[str, str, str], tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__("text", schema, group=OrGroup if mode == "or" else AndGroup)
        self.synonyms = synonyms
        self.languages = languages
        self.names = names
        self.terms = terms or (
            lambda text, language, fieldname: tuple(
                schema[fieldname].process_text(text, mode="query", language=language)
            )
        )
        self.remove_plugin_class(PhrasePlugin)
        self.add_plugin(GappedPhrasePlugin())
        self.phraseclass = synonyms.phrase if synonyms is not None else GappedPhrase
        aliases: dict[str, list[str]] = {}
        for alias, target in FIELD_ALIASES.items():
            aliases.setdefault(target, []).append(alias)
        self.add_plugin(FieldAliasPlugin(aliases))
        self.add_plugin(FuzzyTermPlugin())
        # 'single quotes' would make one unanalysed term ("'Unprecedented' Level" then finds nothing):
        # in pasted titles and questions they are punctuation.
        self.remove_plugin_class(SingleQuotePlugin)

    def term_query(
        self,
        fieldname: str,
        text: str,
        termclass: Any,
        boost: float = 1.0,
        tokenize: bool = True,
        removestops: bool = True,
    ) -> Any:
        if fieldname == "exact" and termclass is wq.Term:
            return self._exact_word(text, boost)
        if fieldname in STEMMED_FIELDS and termclass is wq.Term and fieldname in self.schema:
            return self._stemmed_word(fieldname, text, boost, tokenize, removestops)
        if fieldname == "text" and termclass in (wq.FuzzyTerm, wq.Wildcard, wq.Prefix):
            fieldname = "exact"  # real words: fuzzy terms and prefixes miss against stems
        elif fieldname == "article" and termclass in (wq.Term, wq.Wildcard, wq.Prefix):
            own = super().term_query(fieldname, text.lower(), termclass, boost, tokenize, removestops)
            return article_query(text + "*" if termclass is wq.Prefix else text, own)
        elif fieldname in ("kind", "article", "language"):
            text = text.lower()
        elif fieldname in ENTITY_TEXT_FIELDS and termclass is wq.Term:
            q = value_query(self.schema, self.synonyms, fieldname, text, self.names())  # as --place and the others do
            if q is None:
                return wq.NullQuery
            if boost != 1.0:
                q = q.with_boost(boost)
            return q
        q = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if self.synonyms is not None and type(q) is wq.Term:
            q = self.synonyms.term(q)
        return q

    def _stemmed_word(self, fieldname: str, text: str, boost: float, tokenize: bool, removestops: bool) -> Any:
        """A word of a stemmed field: its terms in each analysis language, ORed when they
        differ; a stop word (of any of them) is dropped, as Whoosh drops it."""
        field = self.schema[fieldname]
        alternatives: list[Any] = []
        for language in self.languages():
            if tokenize and removestops:
                texts = list(self.terms(text, language, fieldname))
            else:
                texts = list(
                    field.process_text(
                        text, mode="query", tokenize=tokenize, removestops=removestops, language=language
                    )
                )
            if not texts:
                return None
            if len(texts) > 1:
                q = self.multitoken_query(field.multitoken_query, texts, fieldname, wq.Term, boost)
            else:
                q = wq.Term(fieldname, texts[0], boost=boost)
                if self.synonyms is not None:
                    q = self.synonyms.term(q)
            if q not in alternatives:
                alternatives.append(q)
        return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)

    def _exact_word(self, text: str, boost: float) -> Any:
        """`=word`: the word's stems, limited to paragraphs holding the word as typed."""
        typed = words(text)
        if len(typed) != 1:
            return (
                wq.NullQuery
                if not typed
                else wq.error_query(f"'={text}' is several words: give one word after =, or quote a phrase")
            )
        child = self._stemmed_word("text", text, boost, True, True)
        return ExactWord(child, casefold(typed[0])) if child is not None else None


class PhraseNode(PhrasePlugin.PhraseNode):
    def query(self, parser: Any) -> Any:
        """The phrase's terms with the positions of the words the analyzer dropped kept
        as gaps; a quoted word matches its accented form only (analysis.py)."""
        fieldname = self.fieldname or parser.fieldname
        field = parser.schema[fieldname] if parser.schema and fieldname in parser.schema else None
        if field is None or not field.analyzer:
            return super().query(parser)
        alternatives: list[Any] = []
        for language in parser.languages() if fieldname in STEMMED_FIELDS else ("en",):
            q = self._phrase(parser, field, fieldname, language)
            if q not in alternatives:
                alternatives.append(q)
        names = parser.names() if fieldname in ENTITY_TEXT_FIELDS else None
        for variant in names.variants(fieldname, self.text) if names is not None else ():
            # person:"donald trump" also finds the other names of its group (names.py)
            q = name_variant_query(fieldname, variant)
            if q not in alternatives:
                alternatives.append(q)
        return attach(alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives), self)

    def _phrase(self, parser: Any, field: Any, fieldname: str, language: str) -> Any:
        """The phrase analysed in one language (phrases.typed_phrase)."""
        return typed_phrase(
            field,
            fieldname,
            self.text,
            self.textstartchar,
            language,
            parser.phraseclass,
            slop=self.slop,
            boost=self.boost,
            check_stop_words=fieldname in STEMMED_FIELDS,
        )


class PhraseTagger(PhrasePlugin.PhraseTagger):
    def create(self, parser: Any, match: Any) -> Any:
        slop = match.group("slop")
        return PhraseNode(match.group("text"), match.start("text"), int(slop) if slop else 1)


class GappedPhrasePlugin(PhrasePlugin):
    def taggers(self, parser: Any) -> Any:
        return [(PhraseTagger(self.expr), 0)]
