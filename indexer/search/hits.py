"""A ranked document as the Hit a search returns: stored fields, highlights, context paragraphs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Hit, ParagraphRef
from .articles import Articles, turn
from .highlight import Highlighter, HighlightTerms, best_fragment, join_phrases, mark

if TYPE_CHECKING:
    from ..index.collect import Score
    from ..index.types import Searcher


class HitBuilder:
    """Hits of one open index (`searcher`: Whoosh's, whose stored fields a hit shows); the
    highlighter (made on first use) keeps its per-word cache across searches."""

    def __init__(self, searcher: Searcher, articles: Articles) -> None:
        self._searcher = searcher
        self._schema = searcher.schema
        self._articles = articles
        self._highlighter: Highlighter | None = None

    @property
    def highlighter(self) -> Highlighter:
        if self._highlighter is None:
            self._highlighter = Highlighter(self._schema["text"].analyzer)
        return self._highlighter

    def hit(self, docnum: int, score: Score, terms: HighlightTerms, context: int) -> Hit:
        """The hit of global document `docnum` ranked with `score` (execute.Ranking's), its
        `terms` highlighted; `context`: paragraphs before and after to attach."""
        stored = self._searcher.stored_fields(docnum)
        text = stored.get("text", "")
        found = self.highlighter.find(
            text, terms.stems, terms.words, language=stored.get("language") or "en", positions=bool(terms.phrases)
        )
        if terms.names:
            found = not_names(text, found, terms.names)
        matches, keys = join_phrases(found, terms.phrases, terms.loose)
        fragment = best_fragment(text, matches, keys=keys)
        hit_id = stored["article_id"]
        hit = Hit(
            article_id=hit_id,
            title=stored.get("title", ""),
            paragraph=int(stored["paragraph"]),
            kind=stored.get("kind", ""),
            section=stored.get("section", ""),
            score=round(relevance(score), 4),
            text=text,
            snippet=mark(text, fragment, matches),
            matches=matches,
            fragment=fragment,
            language=stored.get("language", ""),
            published=stored.get("published", ""),
            url=stored.get("url", ""),
            # Stored with each paragraph since it was a hit field; before, the article's record has it.
            byline=stored["article_byline"] if "article_byline" in stored else self._articles.byline(hit_id),
            turn=turn(stored),  # the paragraph's own writer (a reply's poster), kept in its stored tags
            **self._articles.tags(stored),  # corpus names, as facets and `entities` show them
        )
        if context:
            paragraphs = self._articles.paragraphs(hit.article_id)
            numbers = [p.paragraph for p in paragraphs]
            if hit.paragraph in numbers:
                at = numbers.index(hit.paragraph)
                hit.before = paragraphs[max(0, at - context) : at]
                hit.after = paragraphs[at + 1 : at + 1 + context]
        return hit

    def where(self, docnum: int) -> ParagraphRef:
        """Where global document `docnum` is: its article id and paragraph number (stored)."""
        stored = self._searcher.stored_fields(docnum)
        return ParagraphRef(stored["article_id"], int(stored["paragraph"]))


def not_names(text: str, found: list[tuple[int, int, str, int]], names: set[str]) -> list[tuple[int, int, str, int]]:
    """The matched words of `found` (Highlighter.find's) without those of `names` (other
    persons' names the query's stems match, folded) written as a name: `William` marked
    "Williams" in "Prince William watched Serena Williams" (phrases.NotAnotherName's rule)."""
    from ..analysis import fold_query_word
    from ..index.phrases import written_as_name

    return [m for m in found if not (fold_query_word(text[m[0] : m[1]]) in names and written_as_name(text, m[0]))]


def relevance(score: Score) -> float:
    """A hit's relevance score. Sorted by a facet, Whoosh puts the sort key in the score: by
    date, (published, -score, article, paragraph), the score read back from it; by position
    there is no relevance (0.0)."""
    if isinstance(score, (int, float)):
        return float(score)
    if isinstance(score, tuple) and len(score) == 4 and isinstance(score[1], float):
        return -score[1] + 0.0
    return 0.0
