"""A one-paragraph brief under its byline and date (helper meta4, from the last trial: the only
paragraph of a French brief was dropped by the block model, "no article text found"). Where the
model keeps no prose on a page, the rules' prose it came closest to keeping stays
(`segment.model._keep_best_prose`). Pages of our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY
from tests.helpers import kind_and_reason, parse_blocks as parse

BRIEFS = [
    (
        "La mairie vote un budget",
        "Par Marc Lefèvre\n3 avril 2025",
        "NANTES — Le conseil municipal a voté jeudi un plan de 12 millions d euros pour rénover les quais de la Loire.",
    ),
    (
        "Le conseil adopte un plan",
        "Par Claire Martin\n12 mars 2025",
        "BORDEAUX — Le conseil municipal a adopté mardi un plan de 30 millions d euros pour protéger les quais "
        "de la Garonne.",
    ),
    (
        "Gemeinderat beschließt Plan",
        "Von Anna Keller\n3. April 2025",
        "ULM. Der Gemeinderat hat am Donnerstag einen Plan für neue Radwege im Stadtgebiet beschlossen.",
    ),
]


@pytest.mark.parametrize(("title", "byline", "text"), BRIEFS)
def test_a_briefs_only_paragraph_is_kept(title: str, byline: str, text: str) -> None:
    art = parse(title, byline, text)
    assert kind_and_reason(art, text[:20])[0] == BODY
    assert not art.warnings


class _Model:
    """A block model that gives every block the probability `p` (threshold 0.5, no sequence)."""

    threshold = 0.5

    def __init__(self, p: float) -> None:
        self.p = p

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        return [self.p] * len(rows)

    def keep(self, probs: list[float], eligible: list[bool]) -> list[bool]:
        return [e and p >= self.threshold for p, e in zip(probs, eligible)]


@pytest.mark.parametrize(("p", "kept"), [(0.1, False), (0.24, False), (0.25, True), (0.45, True)])
def test_the_rescue_has_a_bar(p: float, kept: bool) -> None:
    """Only prose the model came near keeping (half its threshold or more) is kept: a page of
    chrome whose one sentence the model is sure of (a licence line, 0.1) keeps none."""
    import hashlib

    from indexer import segment
    from indexer.models import Document

    title, byline, text = BRIEFS[0]
    page = "\n\n".join(["Home | News | Sport | Weather\nSign in", title, byline, text])
    doc = Document(id="k", path="k.txt", content_hash=hashlib.sha256(page.encode()).hexdigest(), text=page)
    art = segment.segment(doc, model=_Model(p))
    assert (kind_and_reason(art, text[:20])[0] == BODY) is kept
