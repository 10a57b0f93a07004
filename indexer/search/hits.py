"""A ranked document as the Hit a search returns: stored fields, highlights, context paragraphs."""

from __future__ import annotations

from typing import Any

from ..models import Hit
from .articles import Articles, tags
from .highlight import Highlighter, HighlightTerms, best_fragment, join_phrases, mark


class HitBuilder:
    """Hits of one open index; the highlighter (made on first use) keeps its per-word cache
    across searches."""

    def __init__(self, schema: Any, articles: Articles) -> None:
        self._schema = schema
        self._articles = articles
        self._highlighter: Highlighter | None = None

    @property
    def highlighter(self) -> Highlighter:
        if self._highlighter is None:
            self._highlighter = Highlighter(self._schema["text"].analyzer)
        return self._highlighter

    def hit(self, h: Any, terms: HighlightTerms, context: int) -> Hit:
        """`h`: a Whoosh hit or ranking.RankedHit (`fields()`, `score`); `context`: paragraphs
        before and after to attach."""
        stored = h.fields()
        text = stored.get("text", "")
        found = self.highlighter.find(
            text, terms.stems, terms.words, language=stored.get("language") or "en", positions=bool(terms.phrases)
        )
        matches, keys = join_phrases(found, terms.phrases, terms.loose)
        fragment = best_fragment(text, matches, keys=keys)
        hit = Hit(
            article_id=stored["article_id"],
            title=stored.get("title", ""),
            paragraph=int(stored["paragraph"]),
            kind=stored.get("kind", ""),
            section=stored.get("section", ""),
            score=round(relevance(h.score), 4),
            text=text,
            snippet=mark(text, fragment, matches),
            matches=matches,
            fragment=fragment,
            language=stored.get("language", ""),
            **tags(stored),
        )
        if context:
            paragraphs = self._articles.paragraphs(hit.article_id)
            numbers = [p.paragraph for p in paragraphs]
            if hit.paragraph in numbers:
                at = numbers.index(hit.paragraph)
                hit.before = paragraphs[max(0, at - context) : at]
                hit.after = paragraphs[at + 1 : at + 1 + context]
        return hit


def relevance(score: Any) -> float:
    """A hit's relevance score. Sorted by a facet, Whoosh puts the sort key in the score: by
    date, (published, -score, article, paragraph), the score read back from it; by position
    there is no relevance (0.0)."""
    if isinstance(score, (int, float)):
        return float(score)
    if isinstance(score, tuple) and len(score) == 4 and isinstance(score[1], float):
        return -score[1] + 0.0
    return 0.0
