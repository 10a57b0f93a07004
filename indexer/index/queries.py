"""The queries the search path builds, as typed constructors over Whoosh's query classes.

indexer/search/ says *what* to search (a word's terms, a phrase, an OR of variants, a
filter); this module is *how* Whoosh spells it, so no module outside indexer/index/ names a
Whoosh query class. Every constructor returns a `Query` (a whoosh.query.Query); the few
rewrites the compiler needs (typo terms and patterns replaced by the words they match, date
periods by the dates inside them) walk the tree here too.

Imports Whoosh's query module when imported: import it lazily from code that may not need it.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias, Union

from whoosh import query as wq

from .phrases import ExactPhrase, GappedPhrase

# A Whoosh query (whoosh.query.Query and its subclasses; phrases.py adds three). Whoosh ships
# no type information, so mypy sees it as Any: the name says what travels.
Query: TypeAlias = wq.Query

NOTHING: Query = wq.NullQuery  # matches nothing, at no cost (Whoosh's NullQuery singleton)
LANGUAGE = "language"  # the field of a paragraph's language (its article's: ISO 639-1, "und")


def term(fieldname: str, text: str, boost: float = 1.0) -> Query:
    """The documents holding term `text` (already analysed) in `fieldname`."""
    return wq.Term(fieldname, text, boost=boost)


def phrase(fieldname: str, words: Sequence[str], boost: float = 1.0) -> Query:
    """The documents holding `words` (analysed terms) at consecutive positions (Whoosh's Phrase)."""
    return wq.Phrase(fieldname, list(words), boost=boost)


def gapped_phrase(
    fieldname: str,
    words: Sequence[str],
    slop: int = 1,
    boost: float = 1.0,
    char_ranges: Sequence[tuple[int, int]] | None = None,
    gaps: Sequence[int] | None = None,
) -> Query:
    """A phrase whose words stand `gaps` positions apart (phrases.GappedPhrase)."""
    return GappedPhrase(
        fieldname, list(words), slop=slop, boost=boost, char_ranges=char_ranges, gaps=list(gaps) if gaps else None
    )


def any_of(parts: Sequence[Query], boost: float = 1.0) -> Query:
    """The documents matching any of `parts`, scored by their sum (Whoosh's Or)."""
    return wq.Or(list(parts), boost=boost)


def all_of(parts: Sequence[Query]) -> Query:
    """The documents matching every one of `parts` (Whoosh's And)."""
    return wq.And(list(parts))


def either(parts: Sequence[Query]) -> Query:
    """One part as it is, several ORed: the shape the parser gives a word's alternatives."""
    return parts[0] if len(parts) == 1 else any_of(parts)


def in_languages(q: Query, codes: Sequence[str]) -> Query:
    """The documents `q` matches whose `language` field is one of `codes`, scored by `q` alone
    (Whoosh's Require scores only its first query)."""
    return wq.Require(q, either([term(LANGUAGE, c) for c in codes]))


def per_language(alternatives: Sequence[tuple[str, Query]], scopes: Mapping[str, Sequence[str]]) -> Query:
    """A query word's (or phrase's) alternatives, one per analysis language (`(language,
    query)`), each limited to the paragraphs analysed in that language: a stem one language's
    stemmer makes of the word means nothing in a text of another ("findik" is "find" in
    Hungarian, which English "findings" holds). `scopes`: the index languages (`language`
    field values) each analysis language stands for ("en": en and und; "-": the languages
    without a stemmer). Languages whose alternatives are equal share one; an alternative that
    stands for every language of `scopes` (always so in an index of one language) is left
    unrestricted, so such a query is the plain OR it was."""
    groups: list[tuple[Query, list[str]]] = []
    for language, q in alternatives:
        for known, codes in groups:
            if known == q:
                codes.extend(c for c in scopes.get(language, ()) if c not in codes)
                break
        else:
            groups.append((q, list(scopes.get(language, ()))))
    every = {c for codes in scopes.values() for c in codes}
    return either([q if not codes or every <= set(codes) else in_languages(q, sorted(codes)) for q, codes in groups])


def scoped_terms(
    fieldname: str, stems: Mapping[str, Iterable[str]], scopes: Mapping[str, Sequence[str]]
) -> list[Query]:
    """Terms of `fieldname` made in several analysis languages (`stems`: analysis language ->
    its stems, as per_language's alternatives), one query a distinct stem, in the order first
    made: a stem limited to the paragraphs of the index languages whose analysis made it
    (`scopes`, as per_language), plain when those are every language of `scopes` (always so
    in an index of one language, so the clause is the plain list of terms it was). For the
    optional clauses a search adds (names' words, month names): as a query word's stems, a
    stem one language's stemmer makes means nothing in another language's text."""
    made: dict[str, list[str]] = {}
    for language, found in stems.items():
        for stem in found:
            codes = made.setdefault(stem, [])
            codes.extend(c for c in scopes.get(language, ()) if c not in codes)
    every = {c for codes in scopes.values() for c in codes}
    return [
        term(fieldname, s) if not codes or every <= set(codes) else in_languages(term(fieldname, s), sorted(codes))
        for s, codes in made.items()
    ]


def wildcard(fieldname: str, pattern: str) -> Query:
    """The documents holding a term of `fieldname` matching `pattern` (`*`, `?`; fnmatch's `[...]`)."""
    return wq.Wildcard(fieldname, pattern)


def prefix(fieldname: str, text: str) -> Query:
    """The documents holding a term of `fieldname` that starts with `text`."""
    return wq.Prefix(fieldname, text)


def every(fieldname: str) -> Query:
    """The documents holding any term of `fieldname`."""
    return wq.Every(fieldname)


def fuzzy_term(fieldname: str, text: str, maxdist: int = 1, prefixlength: int = 0) -> Query:
    """The documents holding a term of `fieldname` within `maxdist` edits of `text` that shares
    its first `prefixlength` characters (Whoosh's FuzzyTerm)."""
    q = wq.FuzzyTerm(fieldname, text)
    q.maxdist, q.prefixlength = maxdist, prefixlength
    return q


class AdjacentFirst(wq.AndMaybe):
    """AndMaybe(words, pairs): a plain-word query's matches (`a`), scored higher where its
    words' adjacent pairs (`b`, an OR of phrases) match too (search.compile.adjacent_first).
    Its own class so that the pairs rank and nothing else: the highlighter marks the words as
    typed, not the pairs as phrases."""


def preferring(required: Query, optional: Query) -> Query:
    """The documents `required` matches, those `optional` matches too ranked higher (AndMaybe)."""
    return wq.AndMaybe(required, optional)


def normalized(q: Query) -> Query:
    """Whoosh's normal form of `q`, as its parser leaves a query (nested ORs flattened, a group
    of one unwrapped, NOTHING for a query of nothing)."""
    return q.normalize()


def is_nothing(q: Query | None) -> bool:
    """Whether `q` is None or Whoosh's query of nothing."""
    return q is None or type(q).__name__ in ("_NullQuery", "NullQuery")


def term_parts(q: Query) -> tuple[str, str, float] | None:
    """(field, text, boost) of a plain term query, None for any other query."""
    if type(q) is not wq.Term:
        return None
    return q.fieldname, q.text, q.boost


def nodes(q: Query) -> Iterator[Query]:
    """`q` and every query under it, depth first."""
    yield q
    if hasattr(q, "children"):
        for child in q.children():
            yield from nodes(child)


def first_error(q: Query) -> str | None:
    """The message of the first error the parser left in `q` (an error query), or None."""
    for node in nodes(q):
        if getattr(node, "error", None):
            return str(node.error)
    return None


@dataclass(frozen=True)
class WordPattern:
    """A typo term or pattern of the query, before it is matched against the index's words:
    `kind` "fuzzy" (`text~maxdist`, the first `prefixlength` letters kept), "prefix" (`text*`)
    or "wildcard" (`*` and `?` in `text`)."""

    kind: Literal["fuzzy", "prefix", "wildcard"]
    text: str
    maxdist: int = 0
    prefixlength: int = 0


def expand_patterns(q: Query, fieldname: str, expansion: Callable[[WordPattern, float], Query]) -> Query:
    """`q` with each typo term and pattern of `fieldname` replaced by the query
    `expansion(pattern, boost)` gives (the pattern's boost passed on): NOTHING when it matches
    no word."""

    def expand(node: Query) -> Query:
        if getattr(node, "fieldname", None) != fieldname:
            return node
        if isinstance(node, wq.FuzzyTerm):
            pattern = WordPattern("fuzzy", node.text, node.maxdist, node.prefixlength)
        elif isinstance(node, wq.Prefix):
            pattern = WordPattern("prefix", node.text)
        elif isinstance(node, wq.Wildcard):
            pattern = WordPattern("wildcard", node.text)
        else:
            return node
        return expansion(pattern, node.boost)

    return q.accept(expand)


@dataclass(frozen=True)
class DateTerms:
    """A date query of the parser: one term (`start` == `end`, `single`) or a range of terms
    (`start`/`end` "" when open, `startexcl`/`endexcl` for a brace)."""

    fieldname: str
    start: str
    end: str
    single: bool
    startexcl: bool = False
    endexcl: bool = False


def expand_dates(
    q: Query,
    fieldnames: Container[str],
    lexicon: Callable[[str], Iterable[str]],
    inside: Callable[[DateTerms], Callable[[str], bool] | None],
) -> Query:
    """`q` with each term or term range of a date field in `fieldnames` replaced by the OR of
    that field's terms (`lexicon(field)`) that `inside(node)` accepts (NOTHING when none; the
    node kept when `inside` gives None)."""

    def expand(node: Query) -> Query:
        if type(node) not in (wq.Term, wq.TermRange) or node.fieldname not in fieldnames:
            return node
        if type(node) is wq.TermRange:
            dates = DateTerms(node.fieldname, node.start or "", node.end or "", False, node.startexcl, node.endexcl)
        else:
            text = node.text.decode("utf-8") if isinstance(node.text, bytes) else str(node.text)
            dates = DateTerms(node.fieldname, text, text, True)
        holds = inside(dates)
        if holds is None:
            return node
        found = [term(node.fieldname, t, boost=node.boost) for t in lexicon(node.fieldname) if holds(t)]
        return either(found) if found else NOTHING

    return q.accept(expand)


def without_exact_phrases(q: Query) -> Query:
    """`q` with each quoted phrase's words in any form (each ExactPhrase replaced by its child):
    what the words would find unquoted in that order, for the note of a search that found
    nothing (search/unmatched.py)."""
    return q.accept(lambda node: node.child if type(node) is ExactPhrase else node)


# The tree the numpy ranking (ranking.py) evaluates: a term (stem, boost), a phrase (stems, slop,
# the gap before each word after the first), or an AND/OR of children with the children an AND
# excludes (-word).
TermPlan = tuple[Literal["term"], str, float]
PhrasePlan = tuple[Literal["phrase"], list[str], int, list[int]]
BoolPlan = tuple[Literal["and", "or"], list["RankPlan"], list["RankPlan"]]
# A child limited to the paragraphs of some languages (`language` field values), scored by the child.
WithinPlan = tuple[Literal["within"], "RankPlan", list[str]]
# A quoted phrase's child without the paragraphs where its words stand in other forms
# (ExactPhrase.keep), scored by the child.
KeepPlan = tuple[Literal["keep"], "RankPlan", ExactPhrase]
# The paragraphs of a required child, the optional child's score added where it matches too (AndMaybe).
MaybePlan = tuple[Literal["maybe"], "RankPlan", "RankPlan"]
RankPlan = Union[TermPlan, PhrasePlan, BoolPlan, WithinPlan, KeepPlan, MaybePlan]


def rank_tree(q: Query, fieldname: str) -> RankPlan | None:
    """`q` as a RankPlan over `fieldname`, or None when it is anything else: ("term", stem,
    boost), ("phrase", stems, slop, gaps), ("or", children, []) and ("and", children, excluded
    children) for Term, Phrase, Or and And (with Not) on that field: what the parser and the
    compiler make of words, typo and pattern expansions, spelling variants, phrases and
    -exclusions; ("within", child, codes) for a child limited to the paragraphs of some
    languages (in_languages); ("keep", child, the ExactPhrase) for a quoted phrase's words as
    typed; ("maybe", required, optional) for AndMaybe (preferring: the words' adjacent pairs
    of a plain-word query). A phrase with a boost, an OR with a scale or a minimum, and any other
    query class (StopWordPhrase, ExactWord, ranges...) give None."""
    kind = type(q)
    if kind is wq.AndMaybe or kind is AdjacentFirst:
        required, optional = rank_tree(q.a, fieldname), rank_tree(q.b, fieldname)
        return None if required is None or optional is None else ("maybe", required, optional)
    if kind is ExactPhrase:
        child = rank_tree(q.child, fieldname) if q.fieldname == fieldname else None
        return None if child is None else ("keep", child, q)
    if kind is wq.Require:
        codes = _language_codes(q.b)
        child = rank_tree(q.a, fieldname) if codes is not None else None
        return None if child is None or codes is None else ("within", child, codes)
    if kind is wq.Term:
        if q.fieldname == fieldname and isinstance(q.text, str):
            return ("term", q.text, float(q.boost))
        return None
    if kind is wq.Phrase or kind is GappedPhrase:
        if q.fieldname == fieldname and q.boost == 1.0 and len(q.words) > 1:
            gaps = getattr(q, "gaps", None) or [1] * (len(q.words) - 1)
            return ("phrase", list(q.words), q.slop, gaps)
        return None
    if kind not in (wq.And, wq.Or) or q.boost != 1.0 or not q.subqueries:
        return None
    if kind is wq.Or and (q.scale or q.minmatch):
        return None
    children: list[RankPlan] = []
    excluded: list[RankPlan] = []
    for sub in q.subqueries:
        negated = type(sub) is wq.Not and kind is wq.And
        plan = rank_tree(sub.query if negated else sub, fieldname)
        if plan is None:
            return None
        (excluded if negated else children).append(plan)
    if not children:
        return None
    return ("and" if kind is wq.And else "or", children, excluded)


def _language_codes(q: Query) -> list[str] | None:
    """The languages of in_languages's second query (a `language` term or an OR of them), or None."""
    parts = q.subqueries if type(q) is wq.Or and not q.scale and not q.minmatch else [q]
    if not parts or any(type(p) is not wq.Term or p.fieldname != LANGUAGE for p in parts):
        return None
    return [str(p.text) for p in parts]
