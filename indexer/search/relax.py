"""When a query finds nothing, or reads as a question: the other readings to try, as data.

- a word of Thai, Lao, Khmer or Myanmar the index has never seen is retried as the phrase of
  index words it splits into (`split`): the dictionary word breaker can split a compound one
  way in a sentence and not at all when it is typed alone ("แม่น้ำ" in "แม่น้ำปิง");
- words the index has never seen are retried fuzzily (`fuzzy`);
- a query of four or more plain words (a sentence or question typed as asked, never two or
  three keywords) is retried with its words ORed, best first with --sort score (`any`,
  `fuzzy+any`);
- a typed question is read that way from the start (`question`).

The searcher compiles and runs each Attempt in turn and keeps the first that finds something;
the result says which (`fallback`, `note`, `searched`) and keeps the typed query's count
(`total_as_typed`). When a query finds little, a corrected query is suggested from the index's
own words. A note says what ran in plain words (the words searched, each typo with the index's
words it was read as, the hits' order), never the query syntax that ran (`searched` has that).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import regex

from ..analysis import SEA_RUN_RE
from ..models import Fallback, Filters, MatchMode, SortOrder
from ..query import QUESTION_WORDS, ParsedQuery
from .compile import QueryCompiler
from .variants import shipped_forms
from .vocabulary import fuzz_distance

if TYPE_CHECKING:
    from ..index.queries import Query
    from ..index.types import Reader

SUGGEST_BELOW = 3  # suggest a corrected query when fewer paragraphs than this match
# A typed word no paragraph holds as written, whose stem a few paragraphs hold through another word
# ("goverment" -> "gover", as "governess"), is taken for a typo (an unknown word) when a word one
# edit away is this many times as common. This project's figures: a typo's collision is rare
# (one or two paragraphs), the word meant common.
SUSPECT_MAX_PARAGRAPHS = 5
SUSPECT_RATIO = 20
# How many of the index's words that start with such a word are read for its inflected forms.
INFLECTED_SEEN = 50
# A typed word of Thai, Lao, Khmer or Myanmar (analysis.SEA_RUN_RE) is split into index words
# when unknown; a word of more grapheme clusters is no compound anyone types (and the split is
# quadratic).
SPLIT_MAX_CLUSTERS = 40
# A query is read with "any of its words" only when it is this long: a sentence or question
# typed as it would be asked, not keywords: a co-occurrence query ("sanctions Tajikistan",
# "Accessibility links") is never loosened, whatever it finds.
ANY_WORD_MIN_WORDS = 4
NAME_BOOST = 2  # OR ranking of a typed question: words typed with a capital are names
FUZZY_BOOST = 0.5  # ... and a word the index lacks, made fuzzy, may be no typo at all
DATE_BOOST = 0.3  # ... and a "when" question prefers paragraphs that give a date
# Verbs of saying (and of holding a view): a typed question "what did NAME say about TOPIC"
# asks for NAME's own words, which the `speaker` field tags (English questions, as the
# question words are).
SAYING_VERBS = frozenset(
    """
    say says said saying tell tells told telling think thinks thought believe believes believed
    claim claims claimed argue argues argued comment comments commented write writes wrote warn
    warns warned
    """.split()
)
# Lower-case words inside a name, between its capitalised ones ("Bank of England").
NAME_PARTICLES = frozenset("of de del della der den di da dos du la le van von bin al".split())
ANY_SPEAKER = "*"  # Attempt.prefer_speaker of "who said ...": paragraphs quoting anyone
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


@dataclass(frozen=True)
class Attempt:
    """One reading of a query: `text` (Whoosh syntax) compiled in `mode`; `kind` is what the
    result's `fallback` says ("question", "fuzzy", "any", "fuzzy+any"), `searched` what it
    shows as searched, `note` the sentence telling the user; `prefer_dates` ranks paragraphs
    giving a date higher (a "when" question)."""

    kind: Fallback
    text: str
    mode: MatchMode
    searched: str
    note: str
    prefer_dates: bool = False
    # Words (Whoosh syntax, ORed) a paragraph of the answer holds besides the names: a question's
    # topic ("fare OR cap" of "what did NAME say about the fare cap"), "" for none. Paragraphs
    # holding one rank first (`IndexSearcher._topic_first`).
    prefer_words: str = ""
    # The names such a question asks about (Whoosh syntax, ORed: "Sarah OR Dyke"), "" for none:
    # a paragraph holding them and the topic answers it, and one holding the topic in an article
    # that names them comes next (`preferred`).
    prefer_names: str = ""
    # The name a question asks the words of ("Blair" of "what did Blair say about Iraq"), as
    # typed; ANY_SPEAKER for "who said ..."; "" for none. Paragraphs quoting that person (the
    # `speaker` field, as --speaker finds it), or anyone, and holding the topic rank first
    # (`IndexSearcher._first`).
    prefer_speaker: str = ""
    # The note when no paragraph quotes that person (the order `note` claims did not happen).
    unquoted_note: str = ""


class Relaxation:
    """The relax policy for one checked query (`parsed`), over the compiler of its search; `sort`:
    the request's, which the notes' order of hits tells (order_said)."""

    def __init__(self, parsed: ParsedQuery, compiler: QueryCompiler, reader: Reader, sort: SortOrder = "score") -> None:
        self.parsed = parsed
        self._compiler = compiler
        self._reader = reader
        self._sort = sort

    @cached_property
    def unknown(self) -> dict[int, str]:
        """Plain words (by token index) the index has never seen, in any spelling variant."""
        return {i: t.text.lower() for i, t in enumerate(self.parsed.tokens) if t.plain and self._unknown_word(t.text)}

    def _unknown_word(self, word: str) -> bool:
        """Whether `word` is one the index has never seen, in any spelling variant (the synonym table's, in each analysis language):
        never a short, question or stop word."""
        if len(word) < 3 or base_word(word) in QUESTION_WORDS:
            return False
        # One term in each analysis language, which may differ between them (an index of
        # English and German articles stems "officals" as "offic" and "offical"): unknown
        # when none of them is in the index.
        per_language = [self._compiler.terms(word, lang) for lang in self._compiler.query_languages]
        if any(len(terms) != 1 for terms in per_language):
            # a stop word, or several words ("U.S.-based"): not a typo we can fix; but a run of
            # Thai, Lao, Khmer or Myanmar letters the dictionary cuts into pieces because a mark
            # is missing ("เชียงใหม" for "เชียงใหม่": "เชียง" + "ใหม") is one typed word, unknown
            # when a piece is no word of the index (words the index holds are a phrase typed whole)
            pieces = per_language[0]
            return bool(pieces and SEA_RUN_RE.fullmatch(word)) and not self._all_known(pieces)
        # each language's stem with the table's variants analysed in that language
        synonyms = self._compiler.synonyms
        variants = [
            f[0]
            for language, terms in zip(self._compiler.query_languages, per_language)
            for f in (synonyms.forms("text", language) if synonyms is not None else {}).get(terms, [terms])
            if len(f) == 1
        ]
        frequencies = [self._reader.doc_frequency("text", v) for v in variants]
        if not any(frequencies):
            return True
        return max(frequencies) <= SUSPECT_MAX_PARAGRAPHS and stem_of_another_word(
            self._compiler, self._reader, word, max(frequencies)
        )

    def _all_known(self, terms: Sequence[str]) -> bool:
        """Whether every one of `terms` is in the index's text."""
        return all(self._reader.doc_frequency("text", t) for t in terms)

    @cached_property
    def typos(self) -> dict[int, str]:
        """The unknown words the retries make fuzzy: all of them, except, with the synonym table
        off (synonyms=False, --no-synonyms), a word the table spells other ways. "labour" typed
        against an index that spells it "labor" was typed as meant, and `labour~1` finds exactly
        the variant the user turned off. It stays unknown: "did you mean" names the index's
        spelling, which the user may then ask for."""
        if self._compiler.synonyms is not None or not self.unknown:
            return self.unknown
        forms = shipped_forms(self._reader.schema)  # built once per searcher
        spelled = {
            i for i, w in self.unknown.items() if any(len(forms.get((s,), ())) > 1 for s in self._compiler.stems(w))
        }
        return {i: w for i, w in self.unknown.items() if i not in spelled}

    def first(self) -> Iterator[Attempt]:
        """Readings to try before the query as typed: a typed question, by its words that matter."""
        parsed = self.parsed
        if parsed.question and loosens(parsed):
            typed = parsed.text.strip()
            yield from self._any_words(
                "question",
                lambda words: f"{typed!r} reads as a question: showing paragraphs with any of its words ({words}",
            )

    def _known(self, piece: str) -> bool:
        """Whether a piece of a word is a word of the index's text (any of its stems)."""
        return any(self._reader.doc_frequency("text", t) for t in self._compiler.stems(piece))

    def retries(self) -> Iterator[Attempt]:
        """Readings to try when the query as typed found nothing: a word of a script written
        without spaces split into the index's words, then fuzzily, then (plain words) with any
        word."""
        parsed = self.parsed
        typed = parsed.text.strip()
        split = {
            i: '"' + " ".join(parts) + '"'
            for i in self.unknown
            if (parts := split_word(parsed.tokens[i].text, self._known))
        }
        if split:
            searched = parsed.rewritten(replace=split)
            yield Attempt(
                "split",
                searched,
                "and",
                searched,
                f"no paragraph matches {typed!r}; showing matches for {searched!r}, its words as the index splits them",
            )
        fuzzy = {i: f"{parsed.tokens[i].text}~{fuzz_distance(w)}" for i, w in self.typos.items()}
        if fuzzy:
            searched = parsed.rewritten(replace=fuzzy)
            typos = typos_said(parsed, self.typos, self._near)
            yield Attempt(
                "fuzzy", searched, "and", searched, f"no paragraph matches {typed!r}; showing matches {typos}"
            )
        if loosens(parsed):
            yield from self._any_words(
                "any",
                lambda words: (
                    f"no paragraph has all the words of {typed!r}; showing paragraphs with any of them ({words}"
                ),
            )

    def _any_words(self, kind: Fallback, note: Callable[[str], str]) -> Iterator[Attempt]:
        """OR ranking over the words that matter: question and stop words dropped, names (typed
        with a capital) weighted up, words the index lacks made fuzzy and weighted down. `note`
        makes the note's opening of the words kept as typed ("Zenz, world's, response"); the
        typos and the order of the hits follow it."""
        parsed, stems = self.parsed, self._compiler.stems
        words = [i for i, t in enumerate(parsed.tokens) if t.kind in ("word", "phrase")]
        drop = {
            i
            for i in words
            if parsed.tokens[i].kind == "word"
            and (base_word(parsed.tokens[i].text) in QUESTION_WORDS or not stems(parsed.tokens[i].text))
        }
        if len(drop) == len(words):
            drop = {i for i in drop if not stems(parsed.tokens[i].text)}
            if len(drop) == len(words):
                return
        shown: dict[int, str] = {}
        weighted: dict[int, str] = {}
        for i in words:
            if i in drop:
                continue
            text = parsed.tokens[i].text
            if i in self.typos:
                shown[i] = f"{text}~{fuzz_distance(self.typos[i])}"
                weighted[i] = f"{shown[i]}^{FUZZY_BOOST}"
            elif parsed.tokens[i].kind == "word" and text[:1].isupper():
                weighted[i] = f"{text}^{NAME_BOOST}"
        searched = parsed.rewritten(replace=shown, drop=drop, joiner=" OR ")
        if kind == "any" and "~" in searched:
            kind = "fuzzy+any"
        quoted = quoted_name(parsed) if kind == "question" else None
        topic, names = self._topic_and_names(kind, words, drop, weighted, quoted)
        kept = [i for i in words if i not in drop]
        typos = [i for i in kept if i in self.typos]
        said = note(", ".join(parsed.tokens[i].text for i in kept)) + ")"
        if typos:
            said += ", " + typos_said(parsed, {i: self.typos[i] for i in typos}, self._near)
        order = unquoted = order_said(kind, self._sort, self._reader)
        if quoted is not None and self._sort == "score":  # IndexSearcher._first: the quotes first
            order = f"those quoting {'someone' if quoted[0] == ANY_SPEAKER else quoted[0]} first"
        yield Attempt(
            kind,
            parsed.rewritten(replace=weighted, drop=drop),
            "or",
            searched,
            f"{said}, {order}",
            prefer_dates=parsed.question and base_word(parsed.tokens[0].text) == "when",
            prefer_words=parsed.rewritten(drop=set(range(len(parsed.tokens))) - topic, joiner=" OR ") if topic else "",
            prefer_names=parsed.rewritten(drop=set(range(len(parsed.tokens))) - names, joiner=" OR ") if names else "",
            prefer_speaker=quoted[0] if quoted is not None else "",
            unquoted_note=f"{said}, {unquoted}",
        )

    def _topic_and_names(
        self, kind: Fallback, words: list[int], drop: set[int], weighted: dict[int, str], quoted: tuple[str, int] | None
    ) -> tuple[set[int], set[int]]:
        """(the topic's tokens, the names' tokens) of a question naming someone and asking about
        something (`Attempt.prefer_words`, `prefer_names`; both empty for any other reading): a
        paragraph holding the names alone (a heading, a name line) answers nothing. The topic is
        the plain words not dropped nor typed as names (`weighted`), or, when the question asks
        for someone's words (`quoted`: the name and its verb of saying), what follows the verb,
        names too ("Iraq"); the names are the other words kept, typos aside."""
        topic = {i for i in words if i not in drop and i not in weighted and self.parsed.tokens[i].kind == "word"}
        named = kind == "question" and bool(topic) and any(i not in self.typos for i in weighted)
        if quoted is not None:
            topic = {i for i in words if i > quoted[1] and i not in drop}
            named = bool(topic)
        if not named:
            return set(), set()
        return topic, {i for i in words if i not in drop and i not in topic and i not in self.typos}

    def prefer_dates(self, q: Query) -> Query:
        """A "when" question is answered by a paragraph that gives a date: among paragraphs with
        the words, rank those naming a year or a month (or tagged with a date) higher."""
        from ..index import queries

        # The month names' stems in each analysis language, each only in its languages'
        # paragraphs (queries.scoped_terms): a month's stem in another language's stemmer
        # means nothing there. A name that is a stop word of any language is left out (stems()).
        compiler = self._compiler
        kept = [m for m in MONTHS if all(compiler.terms(m, language) for language in compiler.language_scopes)]
        months = {
            language: [s for m in kept for s in compiler.terms(m, language)] for language in compiler.language_scopes
        }
        dated = [
            queries.prefix("text", "19"),
            queries.prefix("text", "20"),
            queries.every("dates"),
            *queries.scoped_terms("text", months, compiler.language_scopes),
        ]
        return queries.preferring(q, queries.any_of(dated, boost=DATE_BOOST))

    def suggestion(self) -> str | None:
        """The query with each unknown word replaced by its likeliest correction, or None; the
        words of a phrase of the default field too (`"generl election"`: "general election").
        A phrase is never retried fuzzily (quotes ask for the words as typed): only suggested."""
        corrections: dict[int, str] = {}
        for i, word in self.unknown.items():
            best = self._correct(word)
            if best:
                corrections[i] = _like(self.parsed.tokens[i].text, best)

        def fix(m: re.Match[str]) -> str:
            best = self._correct(m.group(0).lower()) if self._unknown_word(m.group(0)) else None
            return _like(m.group(0), best) if best else m.group(0)

        for i, token in enumerate(self.parsed.tokens):
            if token.kind != "phrase" or token.field or token.sign:
                continue
            fixed = _PHRASE_WORD_RE.sub(fix, token.text)
            if fixed != token.text:
                corrections[i] = fixed
        suggested = self.parsed.replaced(corrections) if corrections else None
        # (never the query itself: "did you mean: blaire iraq" for "blaire iraq", a new user's)
        return None if suggested is None or suggested.casefold() == self.parsed.text.casefold() else suggested

    def _correct(self, word: str) -> str | None:
        """The most frequent real word of the index within the smallest edit distance."""
        near = self._near(word)
        return near[0] if near else None

    def _near(self, word: str) -> list[str]:
        """The real words of the index within `fuzz_distance` of `word` (a lower-case typed word),
        as its typo retry matches them, stop words aside: the nearest first, then the most
        frequent; [] for a word shorter than 3 letters."""
        if len(word) < 3:
            return []

        candidates = [
            # the same letters but an apostrophe are the nearest ("wont": won't, not want)
            (0 if w.replace("'", "") == word else d, -word_frequency(self._compiler, self._reader, w), w)
            for w, d in self._compiler.fuzzy_words(word, fuzz_distance(word), 1).items()
            if w != word and self._compiler.stems(w)  # never a stop word: "foo" is not "for"
        ]
        return [w for _, _, w in sorted(candidates)]


def word_frequency(compiler: QueryCompiler, reader: Reader, word: str) -> int:
    """How common a real word of the index is: the paragraphs holding its stems (summed over the
    analysis languages' stems)."""
    return sum(reader.doc_frequency("text", s) for s in compiler.stems(word))


def stem_of_another_word(compiler: QueryCompiler, reader: Reader, word: str, paragraphs: int) -> bool:
    """Whether `word`, whose stem `paragraphs` paragraphs hold (a few), is a typo of a real word
    whose stem collides with another word's: the index (`compiler`'s word list, `reader`'s
    terms) has no such word as written, and a word one edit away is SUSPECT_RATIO times as
    common ("goverment" is stemmed "gover", as "governess" is: the search found a ballet
    obituary, with no note and no "did you mean government"; a new user's try, session 39). A
    word the index holds only with an ending of its stem's ("tyre": "tyres") is no typo: `tyre`
    said "did you mean: type" (a new user's try, session 41)."""
    from ..analysis import casefold, fold_accents

    typed = fold_accents(casefold(word))
    if compiler.known_word(typed):
        return False
    # a word the index holds only inflected ("tyre": "tyres") is a word, not a typo of "type"
    stems = set(compiler.stems(typed))
    if any(not stems.isdisjoint(compiler.stems(w)) for w in compiler.vocabulary.starting(typed)[:INFLECTED_SEEN]):
        return False
    return any(
        word_frequency(compiler, reader, w) >= SUSPECT_RATIO * paragraphs
        for w in compiler.fuzzy_words(typed, 1, 1)
        if w != typed and compiler.stems(w)
    )


# A word inside a phrase, as `suggestion` corrects it (letters, digits, inner apostrophes).
_PHRASE_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# How many of the index's words a note names for one typo ("'labr' as lab, labor or labour")
TYPO_WORDS_SHOWN = 3


def split_word(word: str, known: Callable[[str], bool]) -> list[str]:
    """`word` (a run of Thai, Lao, Khmer or Myanmar letters) as the fewest pieces, two or more,
    that are each `known` (a word of the index's text), split between grapheme clusters, so a
    vowel sign stays with its consonant; [] when there is no such split or the word is of
    another script or longer than SPLIT_MAX_CLUSTERS."""
    if not SEA_RUN_RE.fullmatch(word):
        return []
    clusters = regex.findall(r"\X", word)
    if len(clusters) > SPLIT_MAX_CLUSTERS:
        return []
    starts = [0]
    for c in clusters:
        starts.append(starts[-1] + len(c))
    # best[j]: the fewest known pieces covering word[:starts[j]] (None: none), as a list
    best: list[list[str] | None] = [[]] + [None] * len(clusters)
    for j in range(1, len(starts)):
        for i in range(j):
            head = best[i]
            piece = word[starts[i] : starts[j]]
            if head is not None and (best[j] is None or len(head) + 1 < len(best[j] or ())) and known(piece):
                best[j] = [*head, piece]
    found = best[-1]
    return found if found is not None and len(found) >= 2 else []


def typos_said(parsed: ParsedQuery, typos: dict[int, str], near: Callable[[str], list[str]]) -> str:
    """The typos a retry allows, in plain words for a note: "allowing typos ('forsed' as forced,
    'labr' as labor or lab)", each typed word (`typos`: by token of `parsed`, lower case) with
    the words of the index `near` gives for it (at most TYPO_WORDS_SHOWN, then "and N more"),
    not the query syntax that ran ("forsed~1 labr~1"). A word no index word is near is no typo
    the retry could read: it is said to be in no paragraph ("'happened' in no paragraph")."""
    parts, absent = [], []
    for i, word in typos.items():
        found = near(word)
        shown = found[:TYPO_WORDS_SHOWN]
        if not shown:
            absent.append(repr(parsed.tokens[i].text))
            continue
        if len(found) > len(shown):
            words = f"{', '.join(shown)} and {len(found) - len(shown)} more"
        else:
            words = " or ".join(shown) if len(shown) <= 2 else f"{', '.join(shown[:-1])} or {shown[-1]}"
        parts.append(f"{parsed.tokens[i].text!r} as {words}")
    said = [f"allowing {'a typo' if len(parts) == 1 else 'typos'} ({', '.join(parts)})"] if parts else []
    if absent:
        said.append(f"{' and '.join(absent)} in no paragraph")
    return ", ".join(said)


def order_said(kind: Fallback, sort: SortOrder, reader: Reader) -> str:
    """The order of a loosened reading's hits, as its note ends: "best first" by score; a typed
    question's reading, by score, puts the paragraphs holding its topic and an interview's
    answer before its question line (IndexSearcher._topic_first, answers.answers_first): "best
    answers first"; --sort position and --sort date order the hits so whatever the reading (on
    an index of no dates (no `published` term in `reader`), a date sort's are by relevance: "best
    first", a note says why)."""
    if sort == "position":
        return "in article order"
    if sort == "date":
        from ..index.view import has_terms

        return "newest article first" if has_terms(reader, "published") else "best first"
    return "best answers first" if kind == "question" else "best first"


def _like(typed: str, word: str) -> str:
    """`word` capitalised as `typed` was ("Blari" -> "Blair")."""
    return word.capitalize() if typed[:1].isupper() else word


def loosens(parsed: ParsedQuery) -> bool:
    """Whether a query may be answered with any of its words instead of all: plain words and
    phrases (no operators or fields), ANY_WORD_MIN_WORDS words or more, a phrase's each counted
    (`who said "hammer blow"` is a question of four words; counted as three tokens, it was read
    as keywords and found nothing)."""
    words = sum(
        1 if t.kind == "word" else max(1, len(t.text.strip('"').split()))
        for t in parsed.tokens
        if t.kind in ("word", "phrase")
    )
    return parsed.simple and words >= ANY_WORD_MIN_WORDS


def preferred(
    compiler: QueryCompiler, attempt: Attempt, q: Query, typed: str, naming: Callable[[Query], Query] | None = None
) -> list[tuple[Query, bool]]:
    """What ranks first among the matches of a reading's query `q` (of the query `typed`), each
    in turn put before the rest (`IndexSearcher._topic_first`, so the last one first), with
    whether it is a group of quotes. From the last: the paragraphs quoting the person asked
    about (as --speaker finds them, or anyone for "who said": `prefer_speaker`) and holding the
    question's topic (`prefer_words`); those holding the names asked about (`prefer_names`) and
    the topic; those holding the topic in an article that names them (`naming`: the paragraphs
    of the articles whose paragraphs a query finds); those quoting that person; those holding
    the names. So "what did Blair say about Iraq" gives Blair's words on Iraq, paragraphs naming
    Blair and Iraq, Iraq in Blair's articles, Blair's words on anything, Blair named, then the
    rest. A paragraph holding the topic alone, in another article, is among the rest: with no
    paragraph holding both (a Spanish "armas nucleares", which the Spanish stemmer does not make
    "nuclear"), a question about Muratov and nuclear weapons gave a Halloween costume's
    "weapon" before Muratov's words. Without names, those holding the topic come first."""
    from ..index import queries

    quoting: Query | None = None
    if attempt.prefer_speaker == ANY_SPEAKER:
        quoting = queries.every("speakers")
    elif attempt.prefer_speaker:
        quoting = compiler.filter(Filters(speakers=(attempt.prefer_speaker,)))
    topic = compiler.parse(attempt.prefer_words, typed, "or") if attempt.prefer_words else None
    names = compiler.parse(attempt.prefer_names, typed, "or") if attempt.prefer_names else None
    found: list[tuple[Query, bool]] = []
    if names is not None and topic is not None:
        found.append((queries.all_of([q, names]), False))
    if quoting is not None:
        found.append((queries.all_of([q, quoting]), True))
    if topic is not None and names is not None:
        if naming is not None:
            found.append((queries.all_of([q, topic, naming(names)]), False))
        found.append((queries.all_of([q, topic, names]), False))
    elif topic is not None:
        found.append((queries.all_of([q, topic]), False))
    if quoting is not None and topic is not None:
        found.append((queries.all_of([q, topic, quoting]), True))
    return found


def quoted_name(parsed: ParsedQuery) -> tuple[str, int] | None:
    """(NAME as typed, the token index of its verb) when a question asks for someone's words: a
    run of capitalised plain words right before the first verb of saying (SAYING_VERBS): "what
    did Tony Blair say about Iraq" gives ("Tony Blair", 4), "what has Merkel said" ("Merkel",
    3); (ANY_SPEAKER, 1) for "who said ..."; None when no verb of saying follows a name ("what
    did the minister say")."""
    tokens = parsed.tokens
    verb = next(
        (i for i, t in enumerate(tokens) if t.kind == "word" and not t.field and base_word(t.text) in SAYING_VERBS),
        None,
    )
    if verb is None:
        return None
    if verb == 1 and base_word(tokens[0].text) == "who":  # "who said ...": anyone's words
        return ANY_SPEAKER, verb

    def capitalised(i: int) -> bool:
        t = tokens[i]
        return (
            t.kind == "word"
            and not t.field
            and not t.sign
            and t.text[:1].isupper()
            and base_word(t.text) not in QUESTION_WORDS
        )

    start = verb
    while start > 0:
        if capitalised(start - 1):
            start -= 1
        elif start < verb and start > 1 and tokens[start - 1].text in NAME_PARTICLES and capitalised(start - 2):
            start -= 2  # "Bank of England": one particle between capitals ("von der" stops the name)
        else:
            break
    if start == verb:
        return None
    return " ".join(tokens[i].text for i in range(start, verb)), verb


def base_word(word: str) -> str:
    """ "Zenz's" -> "zenz", "aren't" -> "aren"."""
    return word.lower().replace("’", "'").split("'")[0]
