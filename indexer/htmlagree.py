"""A second and a third opinion on an HTML extraction: readability and jusText.

Bevendorff et al. (SIGIR 2023, "An Empirical Comparison of Web Content Extraction Algorithms")
found that extractors combined by vote beat each one alone. trafilatura ships two extractors
built on other ideas than its own: a readability port (`trafilatura.external.ReadabilityDocument`:
the container with the best text score) and jusText (every paragraph judged by length, link
density and stop-word density in the page's language). `unconfirmed` asks both which of our
kept paragraphs they hold too, and returns those that come after the article's text (the last
paragraph all three keep) and that neither of the others holds: what a page puts under its
article and reads like prose (a paywall offer, the next article's summary, the editors'
invitation to write letters), kept by trafilatura alone.

An extractor votes on a page only when it holds most of our body text (VOTE_COVERAGE): one that
took the cookie banner or a teaser list for the article (readability does on some pages) says
nothing about our paragraphs. A paragraph is held when HOLD_SHARE of its 3-token shingles are in
the other's text (tokens are words, and single characters in scripts written without spaces),
so spacing, soft hyphens and inline markup do not matter.

Screened on the tuning pages of both corpora (docs/quality.md): dropping every kept paragraph
neither holds, anywhere on the page, costs article text (wild F1 0.962 -> 0.959 at best: lists,
addresses, a recipe, leads that sit outside the container the others chose), and catches almost
none of the chrome strings we keep (the others keep 39 of those 47 too). After the article's
text, one line of MIN_WORDS+ words: extraction-dev 0.9757 -> 0.9761, extraction-wild unchanged
(8 paragraphs dropped on 4 sites, none carrying a scored string; 7 of them chrome by eye).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

from .htmllead import count_words, inline_text
from .models import BODY

# A kept paragraph is held by another extractor when this share of its 3-token shingles is in
# the other's text (shingles of fewer tokens for a shorter paragraph).
HOLD_SHARE = 0.5
SHINGLE = 3
# An extractor votes on a page only when the paragraphs it holds carry this share of the words of
# our body text (a readability that chose a cookie banner holds none of it).
VOTE_COVERAGE = 0.8
# Only single-line paragraphs of this many words are judged: lists, addresses, phone numbers
# and short labels after an article are left to the segmenter's own kinds.
MIN_WORDS = 5
REASON = "not found by readability or jusText (after the article's text)"

# Scripts written without spaces between words: each character is a token.
_NO_SPACE = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(f"[{_NO_SPACE}]|[^\\W{_NO_SPACE}]+")


def tokens(text: str) -> list[str]:
    """`text`'s words, case-folded, soft hyphens dropped; each character of a script written
    without spaces (Chinese, Japanese) is one token."""
    return [t.casefold() for t in _TOKEN.findall(text.replace("\u00ad", ""))]


def _shingles(toks: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1))}


class _Text:
    """Another extractor's text as shingle sets of 1 to SHINGLE tokens, to ask what it holds."""

    def __init__(self, text: str) -> None:
        toks = tokens(text)
        self.sets = {n: _shingles(toks, n) for n in range(1, SHINGLE + 1)}

    def holds(self, text: str) -> bool:
        """True when HOLD_SHARE of `text`'s shingles are in this text (an empty `text`: True)."""
        toks = tokens(text)
        if not toks:
            return True
        n = min(SHINGLE, len(toks))
        mine = _shingles(toks, n)
        return sum(s in self.sets[n] for s in mine) >= HOLD_SHARE * len(mine)


def _votes(other: _Text, texts: dict[int, str]) -> dict[int, bool] | None:
    """Which of `texts` (block index -> text) `other` holds; None when it holds under
    VOTE_COVERAGE of their words (it found another part of the page: no vote)."""
    held = {i: other.holds(t) for i, t in texts.items()}
    words = {i: len(tokens(t)) for i, t in texts.items()}
    total = sum(words.values())
    if not total or sum(words[i] for i, h in held.items() if h) < VOTE_COVERAGE * total:
        return None
    return held


def readability_text(tree: Any) -> str:
    """The text readability (trafilatura's port) takes for the article of the page `tree` (an
    lxml tree, left as it is); "" when it finds none or fails (it is a second opinion: a page
    it cannot read gets no vote)."""
    import lxml.html
    from trafilatura.external import ReadabilityDocument

    try:
        # a copy of its own: readability changes the tree it reads (a copy costs half a parse)
        summary = ReadabilityDocument(copy.deepcopy(tree), min_text_length=25).summary()
        # block elements apart, as a reader sees them ("text_content" glued "year</h3><p>Markets")
        return inline_text(lxml.html.fromstring(summary))
    except Exception:  # lxml and readability raise several kinds on hopeless markup
        return ""


def justext_text(html: str, sample: str) -> str:
    """The paragraphs jusText keeps as good, one a line, with the stop list of `sample`'s
    language (`language.stop_words`; all of jusText's lists together, as trafilatura does,
    for a language without one); "" when it fails."""
    import justext

    from .language import detect_code, stop_words

    stop = stop_words(detect_code(sample)) or _all_stop_words()
    try:
        return "\n".join(p.text for p in justext.justext(html, stop) if p.class_type == "good")
    except Exception:  # jusText raises on markup lxml cannot parse
        return ""


def _all_stop_words() -> frozenset[str]:
    import justext

    return frozenset(w.casefold() for name in justext.get_stoplists() for w in justext.get_stoplist(name))


def unconfirmed(html: str, tree: Any, blocks: Sequence[tuple[str, str]]) -> dict[int, str]:
    """Indices of `blocks` ((kind hint, text) as `htmlpage.extract` builds them from the page
    `html`, which lxml parsed as `tree`) that are chrome by vote, each with REASON: a body block
    (no hint, or BODY) of one line and MIN_WORDS+ words, after the last body block that
    readability and jusText both hold, held by neither. Empty when either does not vote
    (`_votes`). readability, the cheaper, is asked first (every page with a candidate: ~5 ms);
    jusText (~10 ms) only when readability leaves a candidate (about one page in seven)."""
    body = {i: t for i, (kind, t) in enumerate(blocks) if kind in ("", BODY)}
    candidates = [i for i, t in body.items() if "\n" not in t and count_words(t) >= MIN_WORDS]
    if not candidates:
        return {}
    by_readability = _votes(_Text(readability_text(tree)), body)
    if by_readability is None or all(by_readability[i] for i in candidates):
        return {}
    by_justext = _votes(_Text(justext_text(html, "\n".join(body.values()))), body)
    if by_justext is None:
        return {}
    both = [i for i in body if by_readability[i] and by_justext[i]]
    if not both:
        return {}
    return {i: REASON for i in candidates if i > both[-1] and not by_readability[i] and not by_justext[i]}
