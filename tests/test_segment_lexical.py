"""The learned lexical signal of the plain-text block model (indexer.lexical)."""

from __future__ import annotations

import hashlib
import math
import zlib
from pathlib import Path

import pytest

from indexer import blocks, lexical, segment
from indexer.models import BODY, BOILERPLATE, Document
from tests.helpers import PROSE

OPTIONS = {"chars": True, "bigrams": True, "edges": 8, "words": True}
TEXTS = [
    "Subscribe to our newsletter and never miss a story.",
    "Jane Doe has worked as a reporter for the Gazette since 2009.",
    PROSE[0],
    "Abonnieren Sie unseren Newsletter!",
    "",
    "— 42 —",
]


def test_terms_are_hashed_with_crc32_so_every_run_gives_the_same_buckets() -> None:
    # zlib.crc32 of the term's UTF-8 bytes, never Python's salted hash()
    mask = (1 << 18) - 1
    assert lexical._bucket("w:subscribe", mask) == zlib.crc32(b"w:subscribe") & mask
    counts, n = lexical.bucket_counts("Subscribe now", {"chars": False, "bigrams": True, "edges": 0}, 18)
    assert n == 3  # two words and one bigram
    assert set(counts) == {zlib.crc32(t.encode()) & mask for t in ("w:subscribe", "w:now", "b:subscribe now")}
    # char 3-5-grams inside the padded word, as scikit-learn's char_wb
    assert lexical.word_terms("ab", True) == ["w:ab", "c: ab", "c:ab ", "c: ab "]


def test_exported_table_scores_blocks_as_the_trained_regression_does() -> None:
    pytest.importorskip("sklearn")
    from eval import train_blocks

    page = train_blocks.extraction.Page("wild", "x", "", "h", Path("x.txt"), Path("x.html"))
    labels = [0, 0, 1, 0, 1, 0]
    data = [train_blocks.PageRows(page, [[0.0]] * 6, list(range(6)), labels, [1.0] * 6, TEXTS)]
    old = dict(train_blocks.LEXICAL)
    try:
        train_blocks.LEXICAL.update(bits=12, edges=8)
        table = train_blocks.fit_lexical(data)
    finally:
        train_blocks.LEXICAL.clear()
        train_blocks.LEXICAL.update(old)
    # the training matrix's rows times the float32 weights, by hand: the runtime's sum
    for text in TEXTS:
        counts, n = lexical.bucket_counts(text, table.options, 12)
        weighted = sum(table.weights[h] * c for h, c in counts.items())
        expected = table.intercept + (weighted / math.sqrt(n) if n else 0.0)
        assert table.score(text) == pytest.approx(expected, abs=1e-9)
    # and the same numbers after a trip through the shipped file's form
    again = lexical.LexicalModel.from_dict(table.to_dict())
    assert [again.score(t) for t in TEXTS] == [table.score(t) for t in TEXTS]
    assert table.score(TEXTS[2]) > table.score(TEXTS[0])  # learned which is which


def test_exported_table_matches_scikit_learns_decision_function() -> None:
    pytest.importorskip("sklearn")
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    bits = 10
    rows = [lexical.bucket_counts(t, OPTIONS, bits) for t in TEXTS]
    dense = np.zeros((len(TEXTS), 1 << bits))
    for k, (counts, n) in enumerate(rows):
        for h, c in counts.items():
            dense[k, h] = c / math.sqrt(n)
    clf = LogisticRegression().fit(csr_matrix(dense), [0, 0, 1, 0, 1, 0])
    weights = clf.coef_[0].astype(np.float32)
    table = lexical.LexicalModel(weights, float(clf.intercept_[0]), bits, OPTIONS)
    reference = dense @ weights.astype(np.float64) + clf.intercept_[0]
    assert [table.score(t) for t in TEXTS] == pytest.approx(list(reference), abs=1e-6)
    assert list(reference) == pytest.approx(list(clf.decision_function(dense)), abs=1e-5)  # float32 weights


def _chrome_word_model() -> blocks.BlockModel:
    """One tree on the lexical column (< -1: chrome) and a table where 'tours' and
    'booked' weigh towards chrome: the lexical score alone decides."""
    bits = 12
    table = [0.0] * (1 << bits)
    options = {"chars": False, "bigrams": False, "edges": 0, "words": True}
    for word, weight in (("tours", -6.0), ("booked", -4.0)):
        table[lexical._bucket("w:" + word, (1 << bits) - 1)] = weight
    col = blocks.FEATURES.index("lexical")
    tree = {"feature": [col, -2, -2], "threshold": [-1.0, -2.0, -2.0], "left": [1, -1, -1]}
    tree |= {"right": [2, -1, -1], "value": [0.0, -5.0, 5.0]}
    spec = {"format": blocks.FORMAT_VERSION, "features": list(blocks.FEATURES), "init": 0.0}
    spec |= {"learning_rate": 1.0, "threshold": 0.5, "trees": [tree]}
    spec["lexical"] = lexical.LexicalModel(table, 0.0, bits, options).to_dict()
    return blocks.BlockModel(spec)


def test_a_block_dropped_for_its_words_names_them() -> None:
    # a shop blurb after the article: prose to the rules
    note = "Our guided harbour tours run every weekend from April to October and can be booked at the visitor centre."
    text = "\n\n".join(["Bridge to close - Gazette", "Home\nNews\nSport\nWeather", "Bridge to close", *PROSE, note])
    doc = Document(id="t", path="t.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    rules = segment.segment(doc, model=None)
    assert rules.paragraphs[-1].kind == BODY  # prose to the rules
    art = segment.segment(doc, model=_chrome_word_model())
    last = art.paragraphs[-1]
    assert last.kind == BOILERPLATE
    assert last.reason == "reads like site chrome: words such as 'tours', 'booked' (block model)"
    assert [p.kind for p in art.paragraphs if p.text in PROSE] == [BODY] * 4


def test_shipped_model_carries_its_lexical_table() -> None:
    model = blocks.default_model()
    assert model is not None and model.lexical is not None
    assert len(model.lexical.weights) == 1 << model.lexical.bits
    assert model.lexical.score("Subscribe to our newsletter") < model.lexical.score(PROSE[0])
