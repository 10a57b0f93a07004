"""A typed question's ranking over an interview's Q/A pairs: the answer carries the content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .execute import Ranking

if TYPE_CHECKING:
    from ..index.types import Searcher


def answers_first(ranking: Ranking, searcher: Searcher) -> Ranking:
    """`ranking` (a typed question's reading) with each interview question line ("Q: How are
    you paying for it?") giving its place to its answer, the paragraph after it: the answer
    carries the content a question asks for, while the line that asked it, short and holding the
    same words, scores higher on BM25's length norm. A question whose answer ranks lower swaps
    places with it; one whose answer is no hit is replaced by it (the answer stands for the
    pair's match). Same total, same scores in order. `searcher`: the index's, for stored fields."""
    hits = list(ranking.hits)
    at = {doc: i for i, (doc, _) in enumerate(hits)}
    for i, (doc, score) in enumerate(hits):
        answer = answer_to(doc, searcher)
        if answer is None:
            continue
        j = at.get(answer)
        if j is None:
            hits[i] = (answer, score)
            del at[doc]
            at[answer] = i
        elif j > i:
            hits[i], hits[j] = (answer, score), (doc, hits[j][1])
            at[answer], at[doc] = i, j
    return Ranking(hits, ranking.total)


def answer_to(docnum: int, searcher: Searcher) -> int | None:
    """The document number of the answer to paragraph `docnum` when it is an interview's
    question line (segment.patterns._INTERVIEW_QUESTION: "Q:", "Frage:", "Вопрос:" ...): the
    next paragraph of its article, unless that is a question too; else None."""
    from ..segment.patterns import _INTERVIEW_QUESTION

    stored = searcher.stored_fields(docnum)
    if not _INTERVIEW_QUESTION.match(stored.get("text", "")):
        return None
    answer = searcher.document_number(key=f"{stored['article_id']}#{int(stored['paragraph']) + 1}")
    if answer is None or _INTERVIEW_QUESTION.match(searcher.stored_fields(answer).get("text", "")):
        return None
    return int(answer)
