"""Whoosh query classes for what the analysis chain needs beyond Whoosh's own.

- `GappedPhrase`: a phrase whose words must stand at given distances. A stop word dropped by
  the analyzer still takes its position (analysis.py), so `"board of directors"` is *board*,
  then *director* two positions later, and does not match "the board and the directors";
  the numpy ranking (ranking.py) evaluates the same rule over its position arrays.
- `ExactWord`: a word as typed (case-folded only: not stemmed, not accent-folded), `=arsene`:
  the paragraphs of its stem whose stored text holds that very word. Ranked by Whoosh.
- `NotAnotherName`: a word's stem without the paragraphs where it stands only for another
  person's name ("William" is not *Serena Williams*). Ranked by Whoosh.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

import regex
from whoosh import matching
from whoosh.query import Phrase, Query, SpanNear2, Term
from whoosh.query.qcore import QueryError as WhooshQueryError
from whoosh.query.wrappers import WrappingQuery

# The fields NotAnotherName reads: paragraph text, and the tagger's people (their words, folded).
TEXT = "text"
PEOPLE = "people"
ORGS = "orgs"
PLACES = "places"

if TYPE_CHECKING:
    from whoosh.query.spans import Span

    from .types import FieldType, Matcher, Reader, Searcher


class PhraseClass(Protocol):
    """What builds a phrase's query from its analysed words: GappedPhrase, or the synonym
    table's phrase (search/variants.py), which ORs in the phrase's spelling variants."""

    def __call__(
        self,
        fieldname: str,
        words: list[str],
        slop: int = 1,
        boost: float = 1.0,
        char_ranges: Sequence[tuple[int, int]] | None = None,
        gaps: list[int] | None = None,
    ) -> Query: ...


def typed_phrase(
    field: FieldType,
    fieldname: str,
    text: str,
    start: int,
    language: str,
    phraseclass: PhraseClass,
    slop: int = 1,
    boost: float = 1.0,
    check_stop_words: bool = True,
    as_typed: bool = True,
) -> Query:
    """The query of a phrase typed (`text`, between its quotes, at character `start` of the
    query string) on `fieldname`, analysed in `language`: `phraseclass(fieldname, terms, slop,
    boost, char_ranges, gaps)` (GappedPhrase, or the synonym table's phrase) over its terms,
    with the positions of the stop words the analyzer drops kept as gaps. With slop 1 on a
    stemmed field (`check_stop_words`), a phrase of two words or more, or with a sign ("£1bn"),
    is its words as typed (ExactPhrase, which holds its stop words too) unless `as_typed` is
    False (a slop typed, `"x y"~1`, or words the compiler grouped); one of CJK or Thai script,
    with no forms to tell apart, is a StopWordPhrase when it has stop words. A quoted word
    matches its accented form only (analysis.py): where the stemmer folds accents itself
    (German ü -> u), the stored text must hold the word as typed (ExactWord). The query
    parser's phrases (index/parser.py) and the compiler's direct build (search/compile.py)
    both run this, so the two give the same query."""
    from ..analysis import casefold, fold_accents

    terms: list[str] = []
    char_ranges: list[tuple[int, int]] = []
    places: list[int] = []
    pattern: list[tuple[str, str]] = []
    accented: list[str] = []  # words whose accents this language's terms lost
    written: list[tuple[str, str]] = []  # each word as typed (folded) and its term ("" for a stop word)
    for t in field.tokenize(
        text, mode="query", chars=True, positions=True, quoted=True, language=language, removestops=False
    ):
        typed = casefold(text[t.startchar : t.endchar])
        if t.stopped:
            pattern.append(("stop", casefold(t.text)))
            written.append((fold_accents(typed), ""))
            continue
        if places and t.pos == places[-1]:
            continue  # one term a position
        pattern.append(("term", t.text))
        written.append((fold_accents(typed), t.text))
        terms.append(t.text)
        char_ranges.append((start + t.startchar, start + t.endchar))
        places.append(t.pos)
        if fold_accents(typed) != typed and fold_accents(t.text) == t.text:
            accented.append(typed)
    gaps = [b - a for a, b in zip(places, places[1:])]
    q = phraseclass(fieldname, terms, slop=slop, boost=boost, char_ranges=char_ranges, gaps=gaps)
    signs = text if SIGN_RE.search(text) else ""
    strict = slop == 1 and check_stop_words
    if as_typed and terms and (len(written) > 1 or signs) and strict and not _UNSPACED.search(text):
        q = ExactPhrase(q, fieldname, written, signs)  # (its words as typed hold its stop words too)
    elif terms and len(pattern) > len(terms) and strict:
        q = StopWordPhrase(q, fieldname, pattern)
    for word in dict.fromkeys(accented):  # German Snowball: "Zürich" and "Zurich" one term
        q = ExactWord(q, word)
    return q


class GappedPhrase(Phrase):
    """Phrase(fieldname, words, slop, boost, char_ranges) plus `gaps`: the position increment
    from each word to the next (len(words) - 1 numbers, 1 = adjacent; None = all adjacent).
    With slop s, word i+1 stands gaps[i] to gaps[i] + s - 1 positions after word i."""

    def __init__(
        self,
        fieldname: str,
        words: list[str],
        slop: int = 1,
        boost: float = 1.0,
        char_ranges: Sequence[tuple[int, int]] | None = None,
        gaps: list[int] | None = None,
    ) -> None:
        super().__init__(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
        self.gaps = list(gaps) if gaps and len(gaps) == len(words) - 1 and any(g != 1 for g in gaps) else None

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and getattr(other, "gaps", None) == self.gaps

    def __hash__(self) -> int:
        return super().__hash__() ^ hash(tuple(self.gaps or ()))

    def __repr__(self) -> str:
        return f"GappedPhrase({self.fieldname!r}, {self.words!r}, slop={self.slop}, gaps={self.gaps})"

    def normalize(self) -> Query:
        q = super().normalize()
        if isinstance(q, Phrase):
            return GappedPhrase(self.fieldname, q.words, self.slop, self.boost, self.char_ranges, self.gaps)
        return q

    def matcher(self, searcher: Searcher, context: object = None) -> Matcher:
        if not self.gaps:
            return super().matcher(searcher, context)
        fieldname = self.fieldname
        if fieldname not in searcher.schema:
            return matching.NullMatcher()
        field = searcher.schema[fieldname]
        if not field.format or not field.format.supports("positions"):
            raise WhooshQueryError(f"Phrase search: {fieldname!r} field has no positions")
        reader = searcher.reader()
        terms = []
        for word in self.words:
            if (fieldname, field.to_bytes(word)) not in reader:
                return matching.NullMatcher()
            terms.append(Term(fieldname, word))
        m = GappedSpanNear(terms, slop=self.slop, gaps=self.gaps).matcher(searcher, context)
        return matching.WrappingMatcher(m, boost=self.boost) if self.boost != 1.0 else m


class GappedSpanNear(SpanNear2):
    """SpanNear2 (ordered) whose i-th pair of neighbours must be gaps[i] .. gaps[i] + slop - 1
    positions apart: Whoosh's own matcher (the intersection of the words, the same scores),
    with the distance test per pair."""

    def __init__(self, qs: list[Query], slop: int = 1, gaps: list[int] | None = None) -> None:
        super().__init__(qs, slop=slop, ordered=True, mindist=1)
        self.gaps = list(gaps or [1] * (len(qs) - 1))

    def matcher(self, searcher: Searcher, context: object = None) -> Matcher:
        ms = [q.matcher(searcher, context) for q in self.qs]
        return _GappedMatcher(ms, self.slop, self.gaps)


class _GappedMatcher(SpanNear2.SpanNear2Matcher):
    def __init__(self, ms: list[Matcher], slop: int, gaps: list[int]) -> None:
        self.gaps = gaps
        super().__init__(ms, slop=slop, ordered=True, mindist=1)

    def copy(self) -> _GappedMatcher:
        return _GappedMatcher([m.copy() for m in self.ms], self.slop, self.gaps)

    def _get_spans(self) -> list[Span]:
        ms = self.ms
        aspans = ms[0].spans()
        for i in range(1, len(ms)):
            if not aspans:
                return []
            low = self.gaps[i - 1]
            high = low + self.slop - 1
            found = set()
            for aspan in aspans:
                for bspan in ms[i].spans():
                    if bspan.start < aspan.start:
                        continue
                    if bspan.start > aspan.end + high:
                        break
                    dist = aspan.distance_to(bspan)
                    if low <= dist <= high:
                        found.add(aspan.to(bspan))
            aspans = sorted(found)
        return aspans


class _BoostOfChild:
    """A wrapping query's boost is its child's: Whoosh's WrappingQuery has none, and flattening
    an OR of ORs (CompoundQuery.normalize) reads and sets the boost of each part, so an OR-mode
    query whose phrase, in an index of several languages, had a StopWordPhrase among its
    alternatives failed to parse (AttributeError)."""

    child: Query

    @property
    def boost(self) -> float:
        return float(getattr(self.child, "boost", 1.0))

    def with_boost(self, boost: float) -> Query:
        return self.apply(lambda child: child.with_boost(boost))  # type: ignore[attr-defined]


class ExactWord(_BoostOfChild, WrappingQuery):
    """`child` (the word's stems on the text field) limited to paragraphs whose stored text
    holds `word` exactly as analysis.casefold gives it: not stemmed, accents kept."""

    def __init__(self, child: Query, word: str) -> None:
        super().__init__(child)
        self.word = word

    def __eq__(self, other: object) -> bool:
        return type(other) is ExactWord and other.child == self.child and other.word == self.word

    def __hash__(self) -> int:
        return hash(self.child) ^ hash(self.word)

    def __repr__(self) -> str:
        return f"ExactWord({self.child!r}, {self.word!r})"

    def apply(self, fn: Callable[[Query], Query]) -> ExactWord:
        return ExactWord(fn(self.child), self.word)

    def matcher(self, searcher: Searcher, context: object = None) -> Matcher:
        from ..analysis import casefold, words

        found = self.child.matcher(searcher, context)
        if not found.is_active():
            return found
        keep = set()
        for docnum in found.all_ids():
            text = searcher.stored_fields(docnum).get("text", "")
            if any(casefold(w) == self.word for w in words(text)):
                keep.add(docnum)
        if not keep:
            return matching.NullMatcher()
        return matching.FilterMatcher(self.child.matcher(searcher, context), frozenset(keep))


class NotAnotherName(_BoostOfChild, WrappingQuery):
    """`child` (a typed word's query on the text field: its stem, with any spelling variants)
    without the paragraphs where that stem stands only for another person's name. `others`:
    the words of the index's `people` field that share the word's stem in `language` but are
    not the word (search.variants.NamesApart: "williams" for *William*, "harris" for *Harry*,
    "irakli" for *Irak*), as that field folds them. A paragraph tagged with one of them is left
    out when no word of its text matches `child` (one of its text terms, `stems`) other than
    those names: `William` does not find "Serena Williams beat ...", nor `Irak` "Irakli Labadze
    of Georgia"; "Banks raised rates" (no person Banks tagged there) stays a hit for `bank`.
    A paragraph the tagger named nobody in is read too where one of the names is mostly a
    person's in the index (`person_names`): there such a name written capitalised inside a
    sentence is the person's (`written_as_name`: `cooperation` does not find a line-up's
    "Subs Not Used: Cooper, Knight."). The stemmer has no notion of names (Snowball reads
    "Williams" as the plural of "William", "Harris" and "Harry" both as "harri", "cooperation"
    as "cooper"), and the tagger's names are the index's own. The paragraphs dropped are kept
    per searcher (a search runs the matcher for its hits and its count)."""

    def __init__(self, child: Query, others: Sequence[str], language: str) -> None:
        super().__init__(child)
        self.others = tuple(others)
        self.language = language
        self._dropped: weakref.WeakKeyDictionary[Searcher, frozenset[int]] = weakref.WeakKeyDictionary()

    def __eq__(self, other: object) -> bool:
        return (
            type(other) is NotAnotherName
            and other.child == self.child
            and (other.others, other.language) == (self.others, self.language)
        )

    def __hash__(self) -> int:
        return hash(self.child) ^ hash(self.others) ^ hash(self.language)

    def __repr__(self) -> str:
        return f"NotAnotherName({self.child!r}, {self.others!r}, {self.language!r})"

    def apply(self, fn: Callable[[Query], Query]) -> NotAnotherName:
        return NotAnotherName(fn(self.child), self.others, self.language)

    def matcher(self, searcher: Searcher, context: object = None) -> Matcher:
        found = self.child.matcher(searcher, context)
        if not found.is_active():
            return found
        tagged: set[int] = set()
        for name in self.others:
            tagged.update(searcher.docs_for_query(Term(PEOPLE, name)))
        stems = frozenset(t for f, t in self.child.iter_all_terms() if f == TEXT)
        # A stem keeps its word's first letters (variants.NamesApart leaves out the stemmers
        # that strip prefixes): only the words starting so are analysed.
        starts = regex.compile(r"(?<!\w)(?i:%s)\w*" % "|".join(sorted({regex.escape(s[:2]) for s in stems})))
        # Where one of the names is mostly a person's in this index (tagged in more paragraphs
        # as a person than as an organization or place: "Cooper", not the "Bank" of "Bank of
        # England"), every hit is read, not only those the tagger named the person in: a
        # line-up's "Subs Not Used: Cooper, Knight." had no person tagged, and `cooperation`
        # (Snowball's "cooper") ranked it first on BBC News (a new user's try).
        persons = self.person_names(searcher)
        if not tagged and not persons:
            return found
        drop = self._dropped.get(searcher)
        if drop is None:  # one search runs the matcher more than once (its hits, its count)
            ids = found.all_ids() if persons else tagged.intersection(found.all_ids())
            # the paragraphs not tagged: only those that write one of the names capitalised are read word by word
            named = regex.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(_capitalised(n) for n in sorted(persons)))
            untagged = (named, persons)
            drop = frozenset(
                d for d in ids if not self._own_word(searcher, d, stems, starts, None if d in tagged else untagged)
            )
            self._dropped[searcher] = drop
        matcher = self.child.matcher(searcher, context)
        return matching.FilterMatcher(matcher, drop, exclude=True) if drop else matcher

    def person_names(self, reader: Searcher | Reader) -> frozenset[str]:
        """The names of `others` that are mostly a person's in the index of `reader`: tagged as
        a person in more paragraphs than as an organization or place ("cooper", not the "bank"
        of Bank of England)."""
        df = reader.doc_frequency
        return frozenset(n for n in self.others if df(PEOPLE, n) > df(ORGS, n) + df(PLACES, n))

    def _own_word(
        self,
        searcher: Searcher,
        docnum: int,
        stems: frozenset[str],
        starts: regex.Pattern[str],
        untagged: tuple[regex.Pattern[str], frozenset[str]] | None,
    ) -> bool:
        """Whether paragraph `docnum`'s text has a word with one of `stems` (the child's text
        terms) that is no other person's name. In a paragraph tagged with one of `others`, a
        word of them (as a query word is folded) is the name; in one that is not (`untagged`:
        the pattern of the names that are mostly people's in the index, capitalised, and those
        names), such a name is the person's where it is capitalised and does not start a
        sentence ("Cooper, Knight", not "Banks raised rates." nor a lower-case "cooper").
        Only the words `starts` finds are analysed."""
        from ..analysis import fold_accents, fold_query_word

        text = searcher.stored_fields(docnum).get(TEXT, "")
        named = untagged[0] if untagged is not None else None
        if (
            named
            and not named.search(text)
            and (not _ACCENTABLE_RE.search(text) or not named.search(fold_accents(text)))
        ):
            return True  # no such name written: the stem's hit is a word of its own
        text = fold_accents(text)  # accents off, case kept
        field = searcher.schema[TEXT]
        seen: set[str] = set()
        for m in starts.finditer(text):
            word = m.group()
            folded = fold_query_word(word)
            if folded in self.others and (
                untagged is None or (folded in untagged[1] and written_as_name(text, m.start()))
            ):
                continue
            if folded in seen:
                continue
            seen.add(folded)
            if not stems.isdisjoint(field.process_text(folded, mode="query", language=self.language)):
                return True
        return False


def _capitalised(name: str) -> str:
    """A pattern of folded `name` as a name is written: its first letter a capital, the rest in
    any case ("Cooper", "COOPER")."""
    return regex.escape(name[:1].upper()) + "(?i:" + regex.escape(name[1:]) + ")"


# A letter beyond ASCII: a text without one ("£" and "–" are no letters) needs no accent folding.
_ACCENTABLE_RE = regex.compile(r"[\p{L}--\p{ASCII}]", regex.V1)

# What a sentence starts after (a colon does not end one: "Subs Not Used: Cooper, Knight."),
# with any opening quote or bracket between.
_SENTENCE_START_RE = regex.compile(r"(?:^|[.!?…]\s*|\n)[\s\"'“‘«(\[-]*$")


def written_as_name(text: str, start: int) -> bool:
    """Whether the word at character `start` of `text` is written as a name is: capitalised,
    and not the first word of a sentence or of the text (where any word is capitalised)."""
    return text[start : start + 1].isupper() and not _starts_sentence(text, start)


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at character `at` of `text` starts a sentence (or the text)."""
    return _SENTENCE_START_RE.search(text, max(0, at - 8), at) is not None


class StopWordPhrase(_BoostOfChild, WrappingQuery):
    """A phrase typed with stop words: `child` (its other words, at their distances) limited to
    paragraphs whose stored text has the whole phrase, stop words included, word for word.
    The index drops stop words (they hold only their positions), so `"freedom of information"`
    would match "freedom for information" and `"the world"` "World Uyghur Congress"; this
    checks the words the index does not keep. `pattern`: per position from the phrase's first
    word, ("stop", case-folded word) or ("term", the term the phrase wants there)."""

    def __init__(self, child: Query, fieldname: str, pattern: list[tuple[str, str]]) -> None:
        super().__init__(child)
        self.fieldname = fieldname
        self.pattern = list(pattern)

    def __eq__(self, other: object) -> bool:
        return (
            type(other) is StopWordPhrase
            and other.child == self.child
            and other.pattern == self.pattern
            and other.fieldname == self.fieldname
        )

    def __hash__(self) -> int:
        return hash(self.child) ^ hash(tuple(self.pattern))

    def __repr__(self) -> str:
        return f"StopWordPhrase({self.child!r}, {self.pattern!r})"

    def apply(self, fn: Callable[[Query], Query]) -> StopWordPhrase:
        return StopWordPhrase(fn(self.child), self.fieldname, self.pattern)

    def matcher(self, searcher: Searcher, context: object = None) -> Matcher:
        from ..analysis import NewsFilter, casefold, index_words

        found = self.child.matcher(searcher, context)
        field = searcher.schema[self.fieldname] if self.fieldname in searcher.schema else None
        filters = [i for i in getattr(getattr(field, "analyzer", None), "items", []) if isinstance(i, NewsFilter)]
        if not found.is_active() or not filters:
            return found
        terms = filters[0].terms
        pattern, size = self.pattern, len(self.pattern)
        keep = set()
        for docnum in found.all_ids():
            stored = searcher.stored_fields(docnum)
            text, language = stored.get(self.fieldname) or "", stored.get("language") or "en"
            seen = [word for _, _, word in index_words(text)]
            for start in range(len(seen) - size + 1):
                if all(
                    (casefold(seen[start + j]) == value)
                    if kind == "stop"
                    else (value in terms(seen[start + j], language, 0))
                    for j, (kind, value) in enumerate(pattern)
                ):
                    keep.add(docnum)
                    break
        if not keep:
            return matching.NullMatcher()
        return matching.FilterMatcher(self.child.matcher(searcher, context), frozenset(keep))


# Scripts written without spaces between words (Han, kana, Hangul, Thai, Lao, Myanmar, Khmer):
# the analyzer cuts their runs into terms that are no typed words, and they have no inflections
# for ExactPhrase to tell apart.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}]")
_HYPHEN = regex.compile(
    r"(?<=\w)[-‐‑](?=\w)"
)  # inside a word, in the text and the typed words alike: "e-mail" is "email"
_POSSESSIVE = r"(?:['’]s?)?"  # "labour's", "workers'": the analyzer drops it (analysis.apostrophe_parts)


class ExactPhrase(_BoostOfChild, WrappingQuery):
    """A quoted phrase's words as typed: `child` (the phrase of their stems, with the synonym
    table's variants) without the paragraphs where the typed words stand only as other forms of
    their stems: `"forced labour"` is not "forcing Labour", as a phrase in quotes is exact on
    the web's search engines and in Elasticsearch's `quote_field_suffix` set-up (an unstemmed
    field for quoted text). `exact`: per word of the phrase, in order, (the word as typed,
    case- and accent-folded, its term; "" for a stop word).

    A paragraph is kept when its stored text holds the words as typed (case, accents, a
    possessive's "'s" and a word's inner hyphens aside: "e-mail" is "email"), or when it holds no
    run of the typed words' forms at all: then the phrase matched through the synonym table's
    variants (`"forced labor"` finds "forced labour") or the text is not where the stems are
    (fail open: never fewer than the stems' phrase loses by form). Ranked by Whoosh, and by
    ranking.py as its child's plan with `keep` (index/queries.rank_tree).

    `signs`: the phrase as typed when it holds signs the index has no terms for (`SIGN_RE`:
    currency, per cent, hash, at, plus): then a paragraph is kept only where its text holds
    them too, where the typed words stand beside them as typed (`"£1bn"` is not "$1bn", a new
    user's try on BBC News; `"C++"`, `"#MeToo"`), with no fail-open."""

    def __init__(self, child: Query, fieldname: str, exact: Sequence[tuple[str, str]], signs: str = "") -> None:
        super().__init__(child)
        self.fieldname = fieldname
        self.exact = [(word, term) for word, term in exact]
        self.signs = signs
        self._signs = _signs_pattern(signs) if signs else None
        words = [(_HYPHEN.sub("", word), term) for word, term in self.exact]
        typed: list[str] = []
        loose = ""  # the typed words' forms in order, any words (or none) where its stop words stand
        stops = 0
        for word, term in words:
            if not term:  # a stop word: as typed
                typed.append(_typed_form(word) if word.isalnum() else regex.escape(word))
                stops += 1
                continue
            typed.append(_typed_form(word))
            loose += (r"\W+" + (rf"(?:\w+\W+){{0,{stops}}}" if stops else "") if loose else "") + _form_of(word, term)
            stops = 0
        self._typed = regex.compile(_WORD_START + r"\W+".join(typed) + _WORD_END)
        self._loose = regex.compile(_WORD_START + loose + _WORD_END)
        # the synonym table's variants, each a phrase of its own, in any form: "forced labor"
        # for "forced labour", "xi jinping" for "president xi"
        others = [_variant_form(v) for v in _variant_phrases(child, [term for _, term in words if term])]
        self._variants = regex.compile(r"(?<!\w)(?:" + "|".join(others) + r")(?!\w)") if others else None

    def __eq__(self, other: object) -> bool:
        return (
            type(other) is ExactPhrase
            and other.child == self.child
            and other.fieldname == self.fieldname
            and other.exact == self.exact
            and other.signs == self.signs
        )

    def __hash__(self) -> int:
        return hash(self.child) ^ hash(tuple(self.exact)) ^ hash(self.signs)

    def __repr__(self) -> str:
        signs = f", {self.signs!r}" if self.signs else ""
        return f"ExactPhrase({self.child!r}, {self.exact!r}{signs})"

    def apply(self, fn: Callable[[Query], Query]) -> ExactPhrase:
        return ExactPhrase(fn(self.child), self.fieldname, self.exact, self.signs)

    def keeps(self, text: str) -> bool:
        """Whether a paragraph of stored `text` the child matched stays (the class's rule)."""
        from ..analysis import casefold, fold_accents

        folded = fold_accents(casefold(text))
        # a hyphen inside a word both ways: "e-mail" is "email", and "anti-terror" holds "terror"
        joined, spaced = _HYPHEN.sub("", folded), _HYPHEN.sub(" ", folded)
        if self._signs is not None:
            return bool(self._signs.search(joined) or self._signs.search(spaced))
        if self._typed.search(joined) or self._typed.search(spaced):
            return True
        if self._variants is not None and (self._variants.search(spaced) or self._variants.search(joined)):
            return True
        return not (self._loose.search(spaced) or self._loose.search(joined))

    def keep(self, searcher: Searcher, docnums: Sequence[int]) -> list[bool]:
        """For each of `docnums` (the child's matches, `searcher`'s numbers), whether it stays."""
        return [self.keeps(searcher.stored_fields(d).get(self.fieldname) or "") for d in docnums]

    def matcher(self, searcher: Searcher, context: object = None) -> Matcher:
        found = self.child.matcher(searcher, context)
        if not found.is_active():
            return found
        ids = list(found.all_ids())
        keep = frozenset(d for d, kept in zip(ids, self.keep(searcher, ids)) if kept)
        if not keep:
            return matching.NullMatcher()
        if len(keep) == len(ids):
            return self.child.matcher(searcher, context)
        return matching.FilterMatcher(self.child.matcher(searcher, context), keep)


def _variant_phrases(q: Query, terms: list[str]) -> list[tuple[str, ...]]:
    """The phrases of the phrase query `q` (the synonym table's phrase: an OR of the typed one
    and its variants, whole and word for word) other than the typed `terms`, each as its terms."""
    found: list[tuple[str, ...]] = []
    stack = [q]
    while stack:
        node = stack.pop()
        words = getattr(node, "words", None) if isinstance(node, Phrase) else None
        if words is not None:
            if list(words) != terms and tuple(words) not in found:
                found.append(tuple(words))
        elif isinstance(node, Term) and [node.text] != terms and (node.text,) not in found:
            found.append((str(node.text),))  # a variant of one word ("xinjiang" for "east turkestan")
        elif not node.is_leaf():
            stack.extend(node.children())
    return sorted(found)


# Where a phrase's first and last words start and end: at no word character, and not inside a
# number written with a decimal point or a thousands comma, which the index holds as one word
# (`"4 points"` is not "45.4 points", a new user's try).
_WORD_START = r"(?<!\w)(?<!\d[.,])"
_WORD_END = r"(?!\w)(?![.,]\d)"


def _variant_form(terms: tuple[str, ...]) -> str:
    """A variant phrase's terms as a pattern of any of their forms, a stop word or two between."""
    return r"\W+(?:\w+\W+){0,2}".join(regex.escape(t) + r"\w*" + _POSSESSIVE for t in terms)


# Signs a quoted phrase means as typed, though the index has no term for them (they are no word
# characters): currency signs (Unicode's Sc), per cent, hash, at and plus.
SIGN_RE = regex.compile(r"[\p{Sc}%#@+]")
_SIGN_PIECES_RE = regex.compile(r"(\w+)|([\p{Sc}%#@+])|\W")


def _signs_pattern(text: str) -> regex.Pattern[str]:
    """The pattern of a typed phrase with signs (`text`), on folded text: its words as typed
    (_typed_form), its signs as they are, anything else between them optional ("£ 1bn" is
    "£1bn"); a word at either end stands whole, a number too (`_WORD_START`: "2.45%" holds no
    "45%"), a sign need not ("US$1bn" holds "$1bn")."""
    from ..analysis import casefold, fold_accents

    parts: list[str] = []
    for m in _SIGN_PIECES_RE.finditer(fold_accents(casefold(text))):
        if m.group(1):
            parts.append(_typed_form(m.group(1)))
        elif m.group(2):
            parts.append(regex.escape(m.group(2)))
        elif parts and parts[-1] != r"\W*":
            parts.append(r"\W*")
    if parts and parts[-1] == r"\W*":
        parts.pop()
    head = _WORD_START if text.strip()[:1].isalnum() else ""
    tail = _WORD_END if text.strip()[-1:].isalnum() else ""
    return regex.compile(head + "".join(parts) + tail)


def _typed_form(word: str) -> str:
    """A typed word (folded) as a pattern of its letters and figures, what joins them inside it
    optional ("e-mail": "email" too), then a possessive's "'s" or none."""
    parts = [regex.escape(p) for p in regex.findall(r"\w+", word)]
    return r"\W?".join(parts) + _POSSESSIVE if parts else regex.escape(word)


def _form_of(word: str, term: str) -> str:
    """Any form of a typed word's stem `term` as a pattern: the letters the word and its stem
    share at their start ("forced" / "forc": "forc"), then any letters ("forcing", "forces");
    a word with inner marks, its parts as typed and any letters after them."""
    if not word.isalnum():  # "e-mail": its parts as typed, any letters after the last
        return _typed_form(word).removesuffix(_POSSESSIVE) + r"\w*" + _POSSESSIVE
    shared = 0
    for a, b in zip(word, term):
        if a != b:
            break
        shared += 1
    stem = word[: max(shared, 1)]
    return regex.escape(stem) + r"\w*" + _POSSESSIVE
