"""Scoring and the article run: a block's value as article text and the maximum-sum run of
blocks that is the article (Finn et al.'s Body Text Extraction).
"""

from __future__ import annotations
from .textblocks import _Block, _is_caption, _is_table


_TAIL_PENALTY = 60.0  # an author box / comments header is rarely bridged
LANG_PROSE_STOP = 0.3


def _score(b: _Block, prose_lang: bool) -> None:
    """Value of a block for the article run: positive for prose, negative for chrome."""
    w = b.words
    if b.signal:
        b.value = -max(8.0, float(w))
        if b.tail or b.signal == "legal notice":
            b.value -= _TAIL_PENALTY
        return
    if _is_caption(b) or _is_table(b):
        b.value = 0.0  # captions and tables sit inside articles: neither evidence for nor against
        return
    # jusText's own threshold (stopwords_high 0.32, rounded) on the page language's list: prose
    # of a language _STOPWORDS barely covers (German "ich hatte schon einmal") still counts
    stop_ok = (not prose_lang) or b.stop_ratio >= 0.15 or b.lang_stop >= LANG_PROSE_STOP
    if w >= 15 and (b.sentence_end or b.sentences >= 1) and stop_ok:
        b.value = float(w)
    elif (w >= 40 and stop_ok) or (w >= 20 and prose_lang and b.stop_ratio >= 0.3):
        b.value = 0.6 * w  # prose that lost its final punctuation (emoji, link, quote mark)
    elif w >= 5 and b.sentence_end:
        b.value = 0.5 * w
    else:  # short fragment: weak evidence of chrome (menus are runs of these)
        b.value = -1.0 * len(b.lines) - (1.0 if w <= 3 else 0.0)


def _gap_weighted(values: list[float]) -> list[float]:
    """Make long stretches of non-prose cost more than their parts: a lone 'Advertisement'
    inside an article is bridged, a twenty-line related-links list is not."""
    out: list[float] = []
    gap = 0
    for v in values:
        if v > 0:
            gap = 0
            out.append(v)
        else:
            gap += 1
            out.append(v * (1.0 + 0.5 * (gap - 1)))
    return out


def _best_run(values: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous run [start, end] (inclusive); (-1, -2) when nothing is positive."""
    values = _gap_weighted(values)
    best, best_start, best_end = 0.0, -1, -2
    cur, cur_start = 0.0, 0
    for i, v in enumerate(values):
        if cur <= 0:
            cur, cur_start = v, i
        else:
            cur += v
        if cur > best:
            best, best_start, best_end = cur, cur_start, i
    return best_start, best_end
