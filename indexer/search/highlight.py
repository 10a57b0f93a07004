"""Highlighting as character offsets: which words of a hit's paragraph the query matched, a
phrase's words joined into one span, the best fragment to show, and the fragment marked up."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..index.queries import Query
    from ..index.types import Analyzer, Reader

SNIPPET_CHARS = 240  # a paragraph longer than this is cut to its best fragment
SNIPPET_OPEN, SNIPPET_CLOSE = "<em>", "</em>"
# Matches are looked for in this many characters of a paragraph (from its first match): a
# scraped page without paragraph breaks can be one 20 MB "paragraph" (3.4 million words, 5 s).
HIGHLIGHT_SCAN_CHARS = 200_000

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
    # other persons' names the stems match (index.phrases.NotAnotherName's, those mostly a
    # person's in the index), folded: not marked where written as a name ("Serena Williams" for `william`)
    names: set[str] = field(default_factory=set)


def highlight_terms(q: Query, reader: Reader) -> HighlightTerms:
    """The terms of `q` to highlight; words under NOT are left out."""
    found = HighlightTerms()

    def collect(node: Query) -> None:
        if type(node).__name__ == "Not":
            return
        if type(node).__name__ == "NotAnotherName":
            found.names |= node.person_names(reader)
            collect(node.child)
            return
        if type(node).__name__ == "AdjacentFirst":  # its pairs only rank: the words as typed
            collect(node.a)
            return
        if type(node).__name__ == "ExactWord":  # the word as typed, not every form of its stem
            found.words.add(node.word)
            found.loose.add(node.word)
            return
        if node.is_leaf():
            if node.field() not in ("text", "exact"):
                return
            phrase = (
                type(node).__name__ in ("Phrase", "GappedPhrase")
                and node.field() == "text"
                and len(node.words) > 1
                and int(node.slop) <= MAX_PHRASE_SLOP
            )
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


def join_phrases(
    found: Sequence[tuple[int, int, str, int]],
    phrases: Sequence[tuple[Sequence[str], int]],
    loose: Container[str] | None = None,
) -> tuple[list[tuple[int, int]], list[str]]:
    """Matched words (`_Highlighter.find`) -> spans and keys, each occurrence of a phrase joined
    into one span from its first word to its last, keyed by its stems joined with spaces; a
    word outside a phrase is kept only if its key is in `loose` (None: every word).

    A phrase occurs where its words follow in order, each within `slop` positions of the one
    before (Whoosh's rule; slop 1: adjacent). Work is O(matches x phrase length x slop).
    """
    if not phrases:
        return [(f[0], f[1]) for f in found], [f[2] for f in found]
    by_pos: dict[int, int] = {}  # position -> index into found of its first word
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
                nxt = next(
                    (j for d in range(1, slop + 1) if (j := by_pos.get(at + d)) is not None and found[j][2] == word),
                    None,
                )
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


def best_fragment(
    text: str, matches: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS, keys: Sequence[str] | None = None
) -> tuple[int, int]:
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


def mark(
    text: str,
    fragment: tuple[int, int],
    matches: Iterable[tuple[int, int]],
    open_mark: str = SNIPPET_OPEN,
    close_mark: str = SNIPPET_CLOSE,
    ellipsis: str = "…",
) -> str:
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


# A paragraph is read by the fast path (Highlighter._find_plain) when it has at most this many
# characters (longer ones are walked word by word, with the scan cap) and its words are exactly
# what PLAIN_WORD_RE finds (analysis.index_words without its rarer cases): no word character
# outside ASCII (nor a format character), no letters joined by & ("H&M"), no dot where a glued
# sentence may be split ("appeal.The": `\w[A-Za-z]\.[A-Z]` then a lower-case letter or the
# word's end), no compound with a one-character part ("e-mail", "9/11": closed up into one
# word) or running into a dotted word ("aa-bb.cc"), nothing near the analyzer's MAX_LENGTH.
# "U.S.", "3.5" and "long-term" take the fast path. A text in capitals is read lower-cased,
# as index_words reads it. A word joined by an apostrophe ("Blair's", "won’t", 44% of BBC's
# paragraphs have one) takes it when the analyzer reads it as one word (a clitic dropped, a
# negation: analysis.apostrophe_parts), with one apostrophe and no dot, hyphen or slash joined
# to it; the fast path then reads that word as the analyzer does (_find_plain's aliases).
# Others ("rock'n'roll", "don't-care") send the text to the walk, as a number grouped in
# thousands by commas does ("1,000": one word; 6% of BBC's paragraphs).
PLAIN_TEXT_CHARS = 50_000
PLAIN_WORD_RE = re.compile(r"\w+['’]\w+|\w+(?:\.\w+)*", re.ASCII)
DIGIT_COMMA_RE = re.compile(r",(?<=\d,)\d")  # (opens with its punctuation: see AMP_RE below)
APOSTROPHE_WORD_RE = re.compile(r"\w+(?:['’]\w+)+", re.ASCII)
ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
WORD_JOINERS = frozenset(".'’")  # a word character on each side: one word (or the walk's)
# Each of these is only searched for (is there one?): written to open with its punctuation, so
# that the regex engine skips to that character instead of trying every position (9-14x
# faster on a news paragraph). Same answers as `\w&\w`, `\w[A-Za-z]\.[A-Z](?:[a-z]|(?!\w))`
# and `(?<!\w)\w[-/]\w|[-/]\w[-/]|\w[-/]\w(?!\w)|[-/]\w+\.\w` (tests/test_search_api.py).
AMP_RE = re.compile(r"&(?<=\w&)\w", re.ASCII)
LONG_RE = re.compile(r"[\w./-]{256}", re.ASCII)
GLUED_RE = re.compile(r"\.(?<=\w[A-Za-z]\.)[A-Z](?:[a-z]|(?!\w))", re.ASCII)
COMPOUND_RE = re.compile(r"[-/](?:(?<=\w[-/])(?<!\w\w[-/])\w|\w[-/]|(?<=\w[-/])\w(?!\w)|\w+\.\w)", re.ASCII)


def _plain_text(text: str) -> str | None:
    """`text` as the fast path reads it (lower-cased when in capitals), or None when its words
    are not PLAIN_WORD_RE's."""
    if len(text) > PLAIN_TEXT_CHARS:
        return None
    # Each pattern only where its character is in the text (a substring test costs far less).
    if ("&" in text and AMP_RE.search(text)) or (len(text) >= 256 and LONG_RE.search(text)):
        return None
    if ("." in text and GLUED_RE.search(text)) or (("-" in text or "/" in text) and COMPOUND_RE.search(text)):
        return None
    if not text.isascii() and _non_ascii_word_char().search(text) is not None:
        return None
    if ("'" in text or "’" in text) and not _plain_apostrophes(text):
        return None
    if "," in text and DIGIT_COMMA_RE.search(text):  # a number grouped in thousands is one word
        return None
    if text.upper() == text:
        lowered = text.lower()
        return lowered if len(lowered) == len(text) else None
    return text


def _plain_apostrophes(text: str) -> bool:
    """Whether each word of `text` joined by an apostrophe is one the fast path reads: one
    apostrophe, no dot, hyphen or slash between word characters next to it, and one word to
    the analyzer (analysis.apostrophe_parts: "Blair's", "won't"; not "O'Brien")."""
    from ..analysis import apostrophe_parts

    for m in APOSTROPHE_WORD_RE.finditer(text):
        start, end = m.span()
        if len(apostrophe_parts(m.group())) != 1 or m.group().count("'") + m.group().count("’") != 1:
            return False
        if start > 1 and text[start - 1] in "-/." and text[start - 2] in ASCII_WORD_CHARS:
            return False
        if text[end : end + 1] in ("-", "/", ".") and text[end + 1 : end + 2] in ASCII_WORD_CHARS:
            return False
    return True


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (word characters, inner dots or an apostrophe) is a whole
    PLAIN_WORD_RE word: neither a word character nor a dot or apostrophe joined to one just
    before or after it ("won" is no whole word of "won't")."""
    if start and (
        text[start - 1] in ASCII_WORD_CHARS
        or (text[start - 1] in WORD_JOINERS and start > 1 and text[start - 2] in ASCII_WORD_CHARS)
    ):
        return False
    after = text[end : end + 1]
    return not (
        after in ASCII_WORD_CHARS
        and after
        or (after in WORD_JOINERS and text[end + 1 : end + 2] in ASCII_WORD_CHARS and text[end + 1 : end + 2])
    )


def _apostrophe_aliases(distinct: set[str]) -> dict[str, str]:
    """{word as written: the analyzer's word} for the words joined by an apostrophe among a
    fast-path text's `distinct` words ("Blair's": "Blair", "won’t": "won't")."""
    from ..analysis import apostrophe_parts

    return {w: apostrophe_parts(w)[0][1] for w in distinct if "'" in w or "’" in w}


def _written(matched: Iterable[str], distinct: set[str], aliases: dict[str, str]) -> list[str]:
    """The words as written in the text (of `distinct`) whose analyzer's word is `matched`."""
    wanted = set(matched)
    return sorted(w for w in distinct if aliases.get(w, w) in wanted)


@functools.lru_cache(maxsize=1)
def _non_ascii_word_char() -> Any:
    """A character outside ASCII that analysis.WORD_RE takes into a word (the same `regex`
    classes): a text with one is walked word by word (NFKC, CJK pairs, accents)."""
    import regex

    return regex.compile(r"(?=[^\x00-\x7f])[\w\p{Cf}]")


class _Keys(dict[str, str | None]):
    """word -> the key it matches a query by (a stem, or a real word), or None: each distinct
    word is analysed once per query, later lookups are one dict access."""

    def __init__(self, classify: Callable[[str], str | None]) -> None:
        super().__init__()
        self._classify = classify

    def __missing__(self, word: str) -> str | None:
        key = self[word] = self._classify(word)
        return key


class _Terms(dict[str, tuple[str, ...]]):
    """word -> its index terms in one language (NewsFilter.terms), remembered across queries,
    with the reverse map term -> the words seen that have it: the words of a paragraph a
    query's stems match are then found with set operations (`matching`)."""

    def __init__(self, terms: Callable[[str, str, int], tuple[str, ...]], language: str) -> None:
        super().__init__()
        self._analyse = terms
        self._language = language
        self._words_of: dict[str, set[str]] = {}
        self._seen: set[str] = set()

    def __missing__(self, word: str) -> tuple[str, ...]:
        found = self[word] = self._analyse(word, self._language, 0)
        self._seen.add(word)
        for term in found:
            self._words_of.setdefault(term, set()).add(word)
        return found

    def matching(self, distinct: set[str], stems: set[str]) -> set[str]:
        """The words of `distinct` with a term in `stems` (unseen words analysed first)."""
        for word in distinct - self._seen:  # a set: set - dict-subclass would walk the whole dict
            self[word]  # noqa: B018 (analysed and filed under its terms by __missing__)
        words_of = self._words_of
        found: set[str] = set()
        for stem in stems:
            if stem in words_of:
                found |= words_of[stem]
        return found & distinct


class Highlighter:
    """Finds the words of a paragraph that a query matched: the text field's own tokenizer and
    filter (analysis.py), per distinct word and cached, in the paragraph's language (not the
    Whoosh generator chain, which costs several times as much).

    Most paragraphs take the fast path: their distinct words are listed by one regular
    expression, only those the query matches are looked for again, and positions are counted
    between matches (the C regex engine walks the words, Python touches only the matches).
    Others are walked word by word. Both give the same matches (tests/test_search_api.py).
    """

    CACHE = 200_000  # words remembered per query, and with their terms per language
    QUERIES = 8  # queries whose words are remembered

    def __init__(self, analyzer: Analyzer) -> None:
        from ..analysis import NewsFilter

        found = [item for item in getattr(analyzer, "items", []) if isinstance(item, NewsFilter)]
        self._analyzer = analyzer
        self._filter = found[0] if found else None
        self._keys: dict[tuple[str, frozenset[str], frozenset[str]], _Keys] = {}
        # (stems, words, language, keys) of the last call: the same set objects -> the same keys
        self._last: tuple[set[str] | None, set[str] | None, str, _Keys] = (None, None, "", _Keys(lambda word: None))
        self._terms: dict[str, _Terms] = {}

    def spans(self, text: str, stems: set[str], words: set[str], language: str = "en") -> list[tuple[int, int]]:
        """[start, end) of every word of `text` whose stem is in `stems` or which is in `words`."""
        return [(m[0], m[1]) for m in self.find(text, stems, words, language=language)]

    def find(
        self,
        text: str,
        stems: set[str],
        words: set[str],
        scan: int = HIGHLIGHT_SCAN_CHARS,
        language: str = "en",
        positions: bool = True,
    ) -> list[tuple[int, int, str, int]]:
        """Every matched word as (start, end, key, position): key is the stem (or the real
        word, for `words`: case-folded, with or without accents) it matched by, position its
        number among the words of the text (stop words count: the index keeps their places),
        so phrases can be found. Stems are those of `language`. `positions=False`: a query
        without phrases needs none; the fast path then leaves them uncounted (-1).

        The work per paragraph is capped: matches are looked for up to `scan` characters past
        the first one. O(words read), in Python only O(distinct words + matches) on the fast path.
        """
        if not text or not (stems or words):
            return []
        if self._filter is None:
            out: list[tuple[int, int, str, int]] = []
            for t in self._analyzer(text, chars=True, positions=True, mode="index"):
                if out and t.startchar >= out[0][0] + scan:
                    break
                if t.text in stems:
                    out.append((t.startchar, t.endchar, t.text, t.pos))
            return out
        keys = self._query_keys(language, stems, words)
        plain = _plain_text(text)
        if plain is not None:
            return self._find_plain(plain, keys, scan, language, stems, words, positions)
        return self._find_each(text, keys, scan)

    def _query_keys(self, language: str, stems: set[str], words: set[str]) -> _Keys:
        """The word -> key memo of one query (its stems and words) in one language."""
        last = self._last
        if last[0] is stems and last[1] is words and last[2] == language and len(last[3]) <= self.CACHE:
            return last[3]  # the hits of one search ask with the same sets, one after another
        from ..analysis import casefold, fold_accents

        ident = (language, frozenset(stems), frozenset(words))
        keys = self._keys.get(ident)
        if keys is None or len(keys) > self.CACHE:
            if len(self._keys) >= self.QUERIES:
                self._keys.clear()
            terms = self._terms_of(language) if self._filter is not None else None

            def classify(word: str) -> str | None:
                if words:
                    folded = casefold(word)
                    if folded in words:
                        return folded
                    if fold_accents(folded) in words:
                        return fold_accents(folded)
                if stems and terms is not None:
                    for term in terms[word]:
                        if term in stems:
                            return term
                return None

            keys = self._keys[ident] = _Keys(classify)
        self._last = (stems, words, language, keys)  # the sets held: their ids are not reused
        return keys

    def _terms_of(self, language: str) -> _Terms:
        """The word -> terms memo of a language (the text field's filter)."""
        terms = self._terms.get(language)
        if terms is None or len(terms) > self.CACHE:
            assert self._filter is not None
            terms = self._terms[language] = _Terms(self._filter.terms, language)
        return terms

    @staticmethod
    def _find_each(text: str, keys: _Keys, scan: int) -> list[tuple[int, int, str, int]]:
        """Word by word over analysis.index_words: any text."""
        from ..analysis import index_words

        out: list[tuple[int, int, str, int]] = []
        stop_at = len(text)
        for pos, (start, end, word) in enumerate(index_words(text)):
            if start >= stop_at:
                break
            key = keys[word]
            if key is not None:
                if not out:
                    stop_at = start + scan
                out.append((start, end, key, pos))
        return out

    def _find_plain(
        self, text: str, keys: _Keys, scan: int, language: str, stems: set[str], words: set[str], positions: bool = True
    ) -> list[tuple[int, int, str, int]]:
        """A text whose words are PLAIN_WORD_RE's (_plain_text): the words the query matches,
        then their occurrences (str.find, kept where they are whole words), positions counted
        by the regex engine between matches."""
        distinct = set(PLAIN_WORD_RE.findall(text))
        # A word joined by an apostrophe is looked up as the analyzer's word ("Blair's" as Blair).
        aliases = _apostrophe_aliases(distinct) if "'" in text or "’" in text else {}
        lookup = {aliases.get(w, w) for w in distinct} if aliases else distinct
        matched: Iterable[str]
        if words or self._filter is None:
            matched = [w for w in lookup if keys[w] is not None]
        else:  # stems only (most queries): set operations over words remembered across queries
            matched = self._terms_of(language).matching(lookup, stems)
        if not matched:
            return []
        found: list[tuple[int, int, str, int]] = []  # (start, end, key, end of the word as written)
        for word in _written(matched, distinct, aliases) if aliases else matched:
            analysed = aliases.get(word, word)  # "Blair's" marks Blair, as the walk does
            key, n, written = keys[analysed], len(analysed), len(word)
            if key is None:  # never: a word matched by its terms has a key (classify finds the same term)
                continue
            at = text.find(word)
            while at != -1:
                if _whole_word(text, at, at + written):
                    found.append((at, at + n, key, at + written))
                at = text.find(word, at + 1)
        found.sort()
        out: list[tuple[int, int, str, int]] = []
        stop_at = found[0][0] + scan
        if not positions:
            return [(start, end, key, -1) for start, end, key, _ in found if start < stop_at]
        pos, last = -1, 0
        for start, end, key, written_end in found:
            if start >= stop_at:
                break
            pos += 1 + len(PLAIN_WORD_RE.findall(text, last, start))
            out.append((start, end, key, pos))
            last = written_end
        return out
