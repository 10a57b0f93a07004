"""A block's words as one number: the learned lexical signal of the plain-text block model.

The block model's other features are hand-made (lengths, punctuation, stop words, the rules'
verdicts); this one reads the block's words. A linear text classifier (logistic regression,
trained by `eval/train_blocks.py`) over hashed terms of the lower-cased block:

- word unigrams and bigrams (`\\w+` tokens, so any script with word characters);
- optionally (`chars`) character 3- to 5-grams inside each word padded with a space either side
  (scikit-learn's "char_wb": "subscri", "abonnier", "newslet" share grams across languages);
- optionally (`edges` > 0) the first and last `edges` words again, marked as such: chrome
  announces itself at its edges ("Subscribe to ...", "... has worked as", "Share this").

The shipped table uses words and bigrams only: under grouped CV (docs/quality.md) the char grams
and the edge words gained nothing over them, and they cost time on every page.

Each term is hashed with zlib.crc32 of its UTF-8 bytes (never Python's `hash()`, which changes
from run to run) into 2**bits buckets; a block's vector is its bucket counts divided by the
square root of its number of terms, and its score the log-odds intercept + weights . vector.
The weights ship in the block model's file (`blocks.json`, "lexical": float32, zlib-compressed,
base64), so the runtime evaluates the same sum with the standard library and no scikit-learn.
"""

from __future__ import annotations

import base64
import math
import re
import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

_WORD = re.compile(r"\w+")
CHAR_GRAMS = (3, 4, 5)
_WORD_CACHE_MAX = 200_000  # word types whose summed weight is remembered (bounded memory)


def _bucket(term: str, mask: int) -> int:
    return zlib.crc32(term.encode("utf-8")) & mask


def word_terms(word: str, chars: bool) -> list[str]:
    """The terms one lower-cased word contributes wherever it stands: itself and, with `chars`,
    its character 3-5-grams with a space either side (a word shorter than a gram gives its whole
    padded form once, as scikit-learn's char_wb does)."""
    out = ["w:" + word]
    if chars:
        padded = f" {word} "
        for n in CHAR_GRAMS:
            if len(padded) < n:
                break
            out.extend("c:" + padded[i : i + n] for i in range(len(padded) - n + 1))
            if len(padded) == n:
                break
    return out


def context_terms(words: list[str], bigrams: bool, edges: int) -> list[str]:
    """The terms that depend on a word's neighbours or place: bigrams, and the block's first and
    last `edges` words marked as its start and end."""
    out: list[str] = []
    if bigrams:
        out.extend(f"b:{a} {b}" for a, b in zip(words, words[1:]))
    if edges > 0:
        out.extend("s:" + w for w in words[:edges])
        out.extend("e:" + w for w in words[-edges:])
    return out


def terms(text: str, options: dict[str, Any]) -> Iterator[str]:
    """Every term of a block's text under `options` ("chars", "bigrams", "edges", "words":
    whether the word and char terms of every word are used; False keeps only the edges)."""
    words = _WORD.findall(text.lower())
    if options.get("words", True):
        for w in words:
            yield from word_terms(w, bool(options.get("chars", True)))
    yield from context_terms(words, bool(options.get("bigrams", True)), int(options.get("edges", 0)))


def bucket_counts(text: str, options: dict[str, Any], bits: int) -> tuple[dict[int, int], int]:
    """({bucket: count}, number of terms) of one block: the sparse row training fits on."""
    mask = (1 << bits) - 1
    counts: dict[int, int] = {}
    n = 0
    for t in terms(text, options):
        h = _bucket(t, mask)
        counts[h] = counts.get(h, 0) + 1
        n += 1
    return counts, n


class LexicalModel:
    """Hashed linear scorer: `score(text)` is the log-odds that a block is article text by its
    words alone. Built from the plain dict `to_dict` gives (see the module docstring)."""

    def __init__(self, weights: Iterable[float], intercept: float, bits: int, options: dict[str, Any]) -> None:
        self.weights = array("f", weights)
        if len(self.weights) != 1 << bits:
            raise ValueError(f"lexical table holds {len(self.weights)} weights, expected 2**{bits}")
        self.intercept = float(intercept)
        self.bits = bits
        self.mask = (1 << bits) - 1
        self.options = dict(options)
        self._chars = bool(self.options.get("chars", True))
        self._bigrams = bool(self.options.get("bigrams", True))
        self._edges = int(self.options.get("edges", 0))
        self._words = bool(self.options.get("words", True))
        self._word_cache: dict[str, tuple[float, int]] = {}

    def _word(self, word: str) -> tuple[float, int]:
        """(summed weight, number of terms) of one word's own terms, remembered per word type."""
        hit = self._word_cache.get(word)
        if hit is None:
            if len(self._word_cache) >= _WORD_CACHE_MAX:
                self._word_cache.clear()
            ts = word_terms(word, self._chars)
            w = self.weights
            m = self.mask
            hit = (sum(w[_bucket(t, m)] for t in ts), len(ts))
            self._word_cache[word] = hit
        return hit

    def score(self, text: str, words: list[str] | None = None) -> float:
        """Log-odds of article text from the words of `text`: intercept + sum of the weights of
        its terms / sqrt(number of terms); the intercept alone for a text without words.
        `words`: its `\\w+` tokens of the lower-cased text when the caller has them already."""
        if words is None:
            words = _WORD.findall(text.lower())
        total = 0.0
        n = 0
        if self._words:
            for word in words:
                s, k = self._word(word)
                total += s
                n += k
        w, m, crc = self.weights, self.mask, zlib.crc32
        for t in context_terms(words, self._bigrams, self._edges):
            total += w[crc(t.encode("utf-8")) & m]
            n += 1
        return self.intercept + (total / math.sqrt(n) if n else 0.0)

    def chrome_words(self, text: str, k: int = 3) -> list[str]:
        """Up to `k` words of `text` whose own terms weigh most towards chrome (negative), most
        negative first: what a reason names when this score decided."""
        seen: dict[str, float] = {}
        for word in _WORD.findall(text.lower()):
            if word not in seen and not word.isdigit():
                seen[word] = self._word(word)[0]
        ranked = sorted((v, w) for w, v in seen.items() if v < 0)
        return [w for _, w in ranked[:k]]

    def to_dict(self) -> dict[str, Any]:
        raw = zlib.compress(self.weights.tobytes() if _little() else _swapped(self.weights), 9)
        return {
            "bits": self.bits,
            "intercept": self.intercept,
            "options": self.options,
            "weights_float32_zlib_b64": base64.b64encode(raw).decode("ascii"),
        }

    @classmethod
    def from_dict(cls, spec: dict[str, Any]) -> LexicalModel:
        """From `to_dict`'s dict; ValueError when the table does not have 2**bits weights."""
        table = array("f")
        table.frombytes(zlib.decompress(base64.b64decode(spec["weights_float32_zlib_b64"])))
        if not _little():
            table.byteswap()
        return cls(table, float(spec["intercept"]), int(spec["bits"]), dict(spec["options"]))


def _little() -> bool:
    return sys.byteorder == "little"


def _swapped(a: array[float]) -> bytes:
    b = array("f", a)
    b.byteswap()
    return b.tobytes()
