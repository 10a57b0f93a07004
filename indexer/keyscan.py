"""Which of the rules' key sets a lower-cased text holds a key of, in one pass over the text.

Before it runs a big pattern, a rule asks whether a block's lower-cased text holds any of the
pattern's key words at all (`patterns._has_any`, `blocks.may_hold`): the words every match of
the pattern holds, so "no" answers for the pattern. About 20 such sets are asked of every block
(46,000 blocks on extraction-wild's 473 page dumps, ~780,000 questions), each once a key at a
time or by a prefix-tree pattern: a tenth of the segmenter's time. Here the keys of every set
asked so far are one Aho-Corasick automaton (pyahocorasick, in C): one pass over a text finds
every key in it, overlapping ones too, and so every set it answers; the sets' answers for the
last texts are kept (`CACHE_TEXTS`), so the other questions about the same text are a lookup.
The answers are those of `any(k in low for k in keys)`, whatever was asked before.
"""

from __future__ import annotations

import functools
import hashlib
import json
import operator
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick

_SECOND = operator.itemgetter(1)  # a hit's value: (end, value)
# Texts whose answers are kept: a page's blocks and lines (a few hundred to a few thousand), the
# questions about one block come together. The whole store is dropped when full (the answers are
# the same either way).
CACHE_TEXTS = 4096
# Sets registered before the scanner starts afresh: the callers ask module constants (a few
# dozen); a caller building a new tuple for every question would otherwise grow it without end.
MAX_SETS = 256


class _State(NamedTuple):
    """One generation of the scanner, replaced whole when a set is added, so a thread that read
    the generation before never mixes its answers with the new one's."""

    sets: dict[int, tuple[str, ...]]  # id(keys) -> keys (held, so an id names one tuple)
    always: frozenset[int]  # sets holding "" (in every text)
    automaton: ahocorasick.Automaton | None  # each key -> the frozenset of ids of the sets holding it
    answers: dict[str, frozenset[int]]  # text -> ids of the sets it holds a key of


def _build(sets: dict[int, tuple[str, ...]]) -> _State:
    holders: dict[str, set[int]] = {}
    for set_id, keys in sets.items():
        for key in keys:
            holders.setdefault(key, set()).add(set_id)
    always = frozenset(holders.pop("", ()))
    automaton = None
    if holders:
        automaton = ahocorasick.Automaton()
        for key in sorted(holders):  # (sorted: the same automaton in every run)
            automaton.add_word(key, frozenset(holders[key]))
        automaton.make_automaton()
    return _State(sets, always, automaton, {})


class KeyScan:
    """Answers `has_any(low, keys)` for any number of key sets (tuples of lower-case strings,
    registered at their first question), by one scan of each text for the keys of all of them.
    Thread-safe: a set is registered under a lock into a new generation (`_State`)."""

    def __init__(self) -> None:
        self._state = _build({})
        self._lock = threading.Lock()

    def has_any(self, low: str, keys: tuple[str, ...]) -> bool:
        """Whether any of `keys` is a substring of `low` (a text already lower-cased or
        case-folded as the keys are): the same answer as `any(k in low for k in keys)`."""
        state = self._state
        set_id = id(keys)
        if state.sets.get(set_id) is not keys:
            state = self._register(keys)
        answers = state.answers.get(low)
        if answers is None:
            answers = self._scan(state, low)
        return set_id in answers

    def _register(self, keys: tuple[str, ...]) -> _State:
        with self._lock:
            state = self._state
            if state.sets.get(id(keys)) is not keys:
                sets = {} if len(state.sets) >= MAX_SETS else dict(state.sets)
                sets[id(keys)] = keys
                state = self._state = _build(sets)
            return state

    @staticmethod
    def _scan(state: _State, low: str) -> frozenset[int]:
        answers = state.always
        if state.automaton is not None:  # (the hits' sets joined in C: a text may hold hundreds)
            answers = answers.union(*map(_SECOND, state.automaton.iter(low)))
        if len(state.answers) >= CACHE_TEXTS:
            state.answers.clear()
        state.answers[low] = answers
        return answers


_DEFAULT = KeyScan()
has_any = _DEFAULT.has_any


# One automaton for each key tuple `occurrences` is asked with (module constants: a few)
_OCCURRENCE_AUTOMATA: dict[int, tuple[tuple[str, ...], ahocorasick.Automaton]] = {}
_OCCURRENCE_LOCK = threading.Lock()


def occurrences(low: str, keys: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each of `keys` (non-empty strings) starts in `low`: {key: [start offsets, ascending]},
    the keys found only, overlapping occurrences too; the offsets `low.find(key, at + 1)` walks
    to from -1, for all keys in one pass over `low` (a page's whole text: a key at a time was
    a scan of the page for each of a few hundred keys)."""
    entry = _OCCURRENCE_AUTOMATA.get(id(keys))
    if entry is None or entry[0] is not keys:
        with _OCCURRENCE_LOCK:
            if len(_OCCURRENCE_AUTOMATA) >= MAX_SETS:
                _OCCURRENCE_AUTOMATA.clear()
            automaton = ahocorasick.Automaton()
            for key in dict.fromkeys(keys):
                automaton.add_word(key, key)
            automaton.make_automaton()
            entry = _OCCURRENCE_AUTOMATA[id(keys)] = (keys, automaton)
    found: dict[str, list[int]] = {}
    for end, key in entry[1].iter(low):
        found.setdefault(key, []).append(end - len(key) + 1)
    for starts in found.values():
        starts.sort()
    return found


# --- Gated patterns -------------------------------------------------------------------------
# A rule's regex that most texts cannot match (a label, a phrase of a closed list), run only on
# the texts holding one of its key words: the strings one of which every match holds, read off
# the pattern by `regexkeys.necessary_keys` and stored in data/regex_keys.json under the
# pattern's digest (`python -m indexer.regexkeys` rewrites it; tests/test_regex_gates.py checks
# it is current). A pattern without stored keys (new, or changed since) is run on every text.
# The characters re.I matches to a key's letter though they lower-case to another
# (FOLDS_ELSEWHERE, derived from all of Unicode by tests/test_regex_gates.py) send a text holding one to the regex at once.
_KEYS_FILE = Path(__file__).resolve().parent / "data" / "regex_keys.json"
FOLDS_ELSEWHERE = (  # (escaped: a copy of the text may normalise "ι" U+1FBE to "ι")
    "\xb5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06"
)  # µ İ ı ſ, Greek ͅ ΐ Σ ΰ ς ϐ ϑ ϕ ϖ ϰ ϱ ϵ (final sigma, symbol forms), old Cyrillic ᲀ-ᲈ, ẛ, ﬅ ﬆ
_ODD_FOLD = re.compile("[" + re.escape(FOLDS_ELSEWHERE) + "]")
_GATED: list[Gated] = []  # every gated pattern made (for regexkeys' writer and the tests)
_ALWAYS = 1  # the bit every answer holds: a pattern without keys runs on every text
_KEY_BITS: dict[str, int] = {}  # each key -> the bits of the gated patterns holding it


class _GateState(NamedTuple):
    """The gates' automaton (every key -> its patterns' bits) and the answers it gave, per text
    as given (not lower-cased: a block's text or line, whose hash the str keeps): replaced whole
    when a pattern is gated after it was built, so no kept answer lacks a pattern's bit."""

    automaton: ahocorasick.Automaton | None
    answers: dict[str, int]


_GATE_STATE = _GateState(None, {})
_GATE_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _stored_keys() -> dict[str, tuple[str, ...]]:
    try:
        table = json.loads(_KEYS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {entry["sha"]: tuple(entry["keys"]) for entry in table.values()}


def pattern_sha(rx: re.Pattern[str]) -> str:
    """The digest a pattern's keys are stored under: its text and flags."""
    return hashlib.sha1(f"{rx.flags}\0{rx.pattern}".encode(), usedforsecurity=False).hexdigest()[:16]


def _gate_bits(text: str) -> int:
    """The bits of the gated patterns `text` may match (all, -1, for a text holding a character
    re.I folds to a key letter though it lower-cases to another), kept for the last texts."""
    state = _GATE_STATE
    if state.automaton is None and _KEY_BITS:
        state = _build_gates()
    if not text.isascii() and _ODD_FOLD.search(text):
        bits = -1
    else:
        bits = _ALWAYS
        if state.automaton is not None:  # (the hits' bits joined in C, as in `_scan`)
            bits = functools.reduce(operator.or_, map(_SECOND, state.automaton.iter(text.lower())), bits)
    if len(state.answers) >= CACHE_TEXTS:
        state.answers.clear()
    state.answers[text] = bits
    return bits


def _build_gates() -> _GateState:
    global _GATE_STATE
    with _GATE_LOCK:
        if _GATE_STATE.automaton is None:
            automaton = ahocorasick.Automaton()
            for key in sorted(_KEY_BITS):  # (sorted: the same automaton in every run)
                automaton.add_word(key, _KEY_BITS[key])
            automaton.make_automaton()
            _GATE_STATE = _GateState(automaton, {})
        return _GATE_STATE


class Gated:
    """`rx` (a compiled pattern) whose search, match, fullmatch, findall and finditer are run
    only when the text may hold a match: one of the stored keys is in `text.lower()` (or the
    text holds a character folded elsewhere). The answers are `rx`'s own; every other attribute
    is `rx`'s (`.pattern` to build a larger pattern, `.sub`). All gated patterns' keys are found
    in one scan of a text, its answer for each of them a bit (`_gate_bits`)."""

    __slots__ = ("rx", "name", "keys", "bit")

    def __init__(self, rx: re.Pattern[str], name: str) -> None:
        global _GATE_STATE
        self.rx = rx
        self.name = name
        self.keys = _stored_keys().get(pattern_sha(rx))
        self.bit = _ALWAYS
        if self.keys is not None:
            with _GATE_LOCK:
                self.bit = 1 << (1 + sum(1 for g in _GATED if g.keys is not None))
                for key in self.keys:
                    _KEY_BITS[key] = _KEY_BITS.get(key, 0) | self.bit
                _GATE_STATE = _GateState(None, {})
        _GATED.append(self)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.rx, attr)

    def may_match(self, text: str) -> bool:
        """False when no match of the pattern can be in `text` (True: the regex will tell)."""
        bits = _GATE_STATE.answers.get(text)
        return bool((_gate_bits(text) if bits is None else bits) & self.bit)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        bits = _GATE_STATE.answers.get(text)
        if (_gate_bits(text) if bits is None else bits) & self.bit:
            return self.rx.search(text, *args)
        return None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        bits = _GATE_STATE.answers.get(text)
        if (_gate_bits(text) if bits is None else bits) & self.bit:
            return self.rx.match(text, *args)
        return None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.rx.fullmatch(text, *args) if self.may_match(text) else None

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.rx.findall(text, *args) if self.may_match(text) else []

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, *args) if self.may_match(text) else iter(())


def compile_gated(pattern: str, flags: int = 0, *, name: str) -> Gated:
    """`re.compile(pattern, flags)` run only on the texts that may hold a match of it (`Gated`);
    `name` says which pattern it is in data/regex_keys.json ("module.NAME")."""
    return Gated(re.compile(pattern, flags), name)


def gated_patterns() -> dict[str, re.Pattern[str]]:
    """Every gated pattern made so far, by name (the modules imported decide which)."""
    return {g.name: g.rx for g in _GATED}
