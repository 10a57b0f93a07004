"""Learned article/chrome decision for the blocks of a plain-text page dump.

The rule pass in `segment` gives every block a kind and a reason; this module turns each block
and its neighbourhood into a row of numbers and lets a small model decide whether the block is
article text. Features are the ones the boilerplate-removal literature uses (Kohlschütter et al.
2010 "Boilerplate detection using shallow text features"; jusText; Web2Text, Vogels et al. 2018):

- the block itself: length, lines, words per line, sentence punctuation, stop-word density in the
  page's language (`indexer.language`), title-case share, digits, link-ish separators;
- call-to-action / legal / navigation / caption / author-box signals and the rule pass's kind and
  decision (the rules are features, not the final word);
- position: place in the page, share of the page's text before it, inside the rule pass's
  article run or not, after a comment-thread header or the page tail;
- comment-thread markers ("N responses to ...", "NAME says:", "Reply", "Pingback"), and the
  shape of teaser lists (headline-like lines between short snippets and "read more" links);
- the same few numbers for the two blocks before and after (neighbours' features).

The model is gradient-boosted regression trees (scikit-learn's GradientBoostingClassifier,
trained by `eval/train_blocks.py`) shipped as plain numbers in `indexer/data/blocks.json`:
thresholds, child indices and leaf values. Evaluating it needs only the standard library, so
nothing is unpickled and scikit-learn is a training-time dependency only (the `train` extra).
"""

from __future__ import annotations

import functools
import json
import math
import re
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from . import chromewords, keyscan, lexical as _lexical
from .models import AFTER_SENTENCE_MARK, SENTENCE_MARKS

MODEL_FILE = Path(__file__).resolve().parent / "data" / "blocks.json"
FORMAT_VERSION = 1
_CHUNK = 2048  # rows per numpy pass: 2048 x 750 trees of int64 node ids is 12 MB

# Comment threads: the markers WordPress, Blogger, Disqus and forum software print around
# reader comments, in the corpus languages.
_COMMENT_HEADER = keyscan.compile_gated(
    r"^(?:\d+|no|one|two|three|\w+)\s+(?:responses?|comments?|replies|thoughts?|kommentare?|antworten|"
    r"commentaires?|réponses|comentarios?|respuestas|commenti|risposte|comentários|respostas|reacties|reaktionen|"
    r"комментари[йяи]\w*|تعليقات?|条评论|則留言|条留言|"
    # (trial 17: the thread's count in cs, pl, ro, the Nordic languages, fi, hu, tr, el)
    r"komentáře|komentářů|komentarze|komentarzy|comentarii|kommentarer|kommentit|hozzászólás|yorum|σχόλια|"
    # ...and the count's word in every language of chromewords.LANGUAGES ("1 kommentti", "5 komentarjev")
    rf"{chromewords.labels(chromewords.UI_COMMENTS)})\b"
    r"(?:\s+(?:to|on|zu|für|sur|à|a|al|alla|en|em|zum|zur|к)\b)?|"
    r"^(?:\d+\s+)?(?:(?:top|most|reader|readers'?|recent|latest|newest|oldest|user|all|show|view|hide|"
    r"rated|best|featured)\s+){0,3}(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|"
    r"reacties|leserkommentare|diskussion|discussion|комментарии|обсуждение|التعليقات|تعليقات|评论|評論|留言|网友评论|"
    # a thread's heading in more languages (trial 17: Czech "Diskuse (2)"), and an obituary's
    # guest book of condolences (its readers' messages, as a thread's)
    r"diskuse|diskuze|diskusia|dyskusja|komentáře|komentarze|comentarii|kommentarer|kommentit|hozzászólások|"
    r"yorumlar|σχόλια|guest ?book|gästebuch|livre d'or|llibre de visites|condolences|"
    # ...a thread's heading and its count's word in every language of chromewords.LANGUAGES
    # ("Komentar (3)", "Kommentti", "Коментарі"; not Japanese "コメント" alone: a tool's count)
    rf"{chromewords.labels(chromewords.COMMENTS_HEADING)}|"
    # ...and a shop's customer reviews, its buyers' thread (trial 29's Shopify page kept them)
    rf"{chromewords.labels(chromewords.REVIEWS_HEADING)}|"
    rf"{chromewords.labels({k: v for k, v in chromewords.UI_COMMENTS.items() if k != 'ja'})})"
    r"(?:\s*[(（]\d+[)）])?\s*[:：]?$|"
    # the replies' word with their count in brackets (Medium's "Responses (3)"; "Responses" alone
    # may head a report's section)
    r"^(?:responses|replies|antworten|réponses|respuestas|risposte|respostas)\s*[(（]\d+[)）]\s*[:：]?$|"
    # Substack's thread header, "Discussion about this post" in its translations (trial 30)
    r"^(?:discussion (?:about|à propos de|sur) (?:this|cet|ce) (?:post|article|billet)|"
    r"diskussion (?:über|zu) (?:diesen|diesem) (?:beitrag|post|artikel)|discusión sobre (?:esta|este) (?:publicación|artículo)|"
    r"discussione su questo (?:post|articolo)|discussão sobre (?:esta|este) (?:publicação|post|artigo)|"
    r"discussie over (?:dit|deze) (?:bericht|artikel|post))$|"
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|"
    r"kommentar (?:schreiben|verfassen|hinterlassen)|schreibe einen kommentar|hinterlasse einen kommentar|"
    r"laisser un commentaire|deja un comentario|dejá un comentario|lascia un commento|deixe um comentário|"
    r"join the (?:discussion|conversation)|what do you think\??|your comment|"
    rf"(?:{chromewords.labels(chromewords.COMMENT_FORM_HEADING)})(?!\w))",
    re.I,
    name="blocks._COMMENT_HEADER",
)
_COMMENT_MARK = re.compile(
    r"(?:^|\n)[^\n]{1,60}\s(?:says|said|wrote|schreibt|schrieb|sagt|meint|dit|écrit|escribió|dice|disse|zegt)\s*:|"
    r"(?:^|\n)\s*(?:reply|antworten|répondre|responder|rispondi|beantworten|report|quote|zitieren|"
    r"permalink|like|gefällt mir|reply ↓|melden|antwort)\s*(?:↓)?\s*(?:$|\n)|"
    r"\b(?:pingback|trackback)\b|feed for comments|comments? feed|kommentarfeed|comments? rss|"
    r"your email address will not be published|ihre e-mail-adresse wird nicht veröffentlicht|"
    r"cancel reply|antworten abbrechen|antwort abbrechen|log in to reply|"
    r"\b(?:posted|gepostet|geschrieben) (?:by|von|am)\b|"
    r"\b(?:at|um|à|a las|alle|às)\s+\d{1,2}(?:[:.]\d{2}\s*(?:am|pm|uhr|h)?|\s?h\s?\d{2})\b",
    re.I,
)
# _COMMENT_MARK is tried at every position of every block (~9% of `indexer parse`'s CPU), and ~94%
# of blocks hold none of its marks, so comment_marks runs it only where one of the words that
# every match holds is found (lower-cased): those of its alternatives, "cancel reply", "antwort
# abbrechen" and "log in to reply" holding "reply" and "antwort", the feeds "feed" and "rss"; a
# "NAME says:" line holds one of _SAYS_WORDS and a colon, a time one of _AT_TIME.
# (key sets of `keyscan`: found with the block's other keys in one pass)
_MARK_WORDS = tuple(
    "reply|antwort|répondre|responder|rispondi|report|quote|zitieren|permalink|like|gefällt mir|melden|"
    "pingback|trackback|feed|rss|your email address will not be published|"
    "ihre e-mail-adresse wird nicht veröffentlicht|posted|gepostet|geschrieben".split("|")
)
_SAYS_WORDS = tuple("says|said|wrote|schreibt|schrieb|sagt|meint|dit|écrit|escribió|dice|disse|zegt".split("|"))
_AT_TIME = re.compile(r"(?:at|um|à|a las|alle|às)\s+\d", re.I)
_SPACE_DIGIT = re.compile(r"\s\d")
# The characters re.I matches to a letter of those words though their lower case is not it (all of
# Unicode checked by tests/test_blocks.py): "ſ" for s, "ı" and "İ" for i ("İ" also lower-cases to
# two characters). A text with one goes to the regex at once.
_FOLDS_ELSEWHERE = ("ſ", "ı", "İ")


def may_hold(text: str, low: str, words: tuple[str, ...]) -> bool:
    """Whether `text` may hold a match of a re.I pattern every match of which holds one of
    `words` (lower case): one of them is in `low` (`text.lower()`), or `text` holds one of the
    characters re.I folds to a letter otherwise (_FOLDS_ELSEWHERE), where only the regex can tell.
    False means the pattern finds nothing in `text`."""
    if keyscan.has_any(low, words):
        return True
    return not text.isascii() and any(c in text for c in _FOLDS_ELSEWHERE)  # isascii: a flag, no scan


def comment_marks(text: str, low: str = "") -> int:
    """How many comment-thread marks `text` holds: `len(_COMMENT_MARK.findall(text))`, the regex
    run only when the text could match it (the words above; else 0 at once, the same count).
    `low`: `text.lower()` when the caller has it (a block's `low`), else it is made here."""
    if text.isascii() or not any(c in text for c in _FOLDS_ELSEWHERE):
        low = low or text.lower()
        if not (
            keyscan.has_any(low, _MARK_WORDS)
            or (":" in text and keyscan.has_any(low, _SAYS_WORDS))
            or (_SPACE_DIGIT.search(text) and _AT_TIME.search(text))
        ):
            return 0
    return len(_COMMENT_MARK.findall(text))


# "12 responses to “TITLE”", "3 Kommentare zu „TITLE“": a thread's header that names the post,
# however long its title (the other headers are short lines). And WordPress's own header, "N
# thoughts on “TITLE”", as its language packs word it, the post's title in quotes after it
# ("7 Gedanken zu „...“", "Ein Gedanke zu", "3 réflexions sur « ... »", "2 pensieri su",
# "4 gedachten over", "5 tanker om", "12 ajatusta aiheesta", "3 komentarze do"; trial 53's
# beekeeping blog kept its 7 comments as the article's last section).
_THREAD_TITLE_WORDS = (
    r"gedanken?|réflexions?|pensamientos?|pensamentos?|pensieri|pensiero|gedachten?|tanker|tankar|ajatusta|"
    r"ajatus|myśli|przemyślenia|komentarz[ey]?|komentarzy|komentář[ůe]?|kommentarer|commento|comentário|"
    r"комментари[йяев]\w*|мысл(?:ей|и|ь)|коментар(?:і|ів|я)?|відгук(?:и|ів)?"
)
THREAD_TITLE = re.compile(
    r"^(?:\d+|one|two|three|no)\s+(?:responses?|comments?|replies|thoughts?|kommentare?|antworten|reaktionen|"
    r"commentaires?|réponses|comentarios?|respuestas|commenti|risposte|comentários|respostas|reacties)\s+"
    r"(?:to|on|zu|auf|sur|à|a|al|alla|en|em|op)\s"
    r"|^(?:\d+|ein|eine|un|une|uno|una|um|uma|één|en|et|ett|yksi|jeden|jedna|один|одна)\s++"
    rf"(?:{_THREAD_TITLE_WORDS})\s++"
    r"(?:zu|über|sur|sobre|su|em|in|over|om|til|till|på|aiheesta|do|u|na temat|к|о|до|про)\s++[„“”\"«»‚‘’'‹›]",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|uhr|h)?\b", re.I)
_READ_MORE = re.compile(
    r"^(?:read (?:the )?(?:more|rest|full|article|story)|continue reading|more|mehr|weiterlesen|"
    r"lire la suite|leer más|leia mais|continua|→|»|\[…\]|\.\.\.|…)\W*$",
    re.I,
)
_SEPARATORS = frozenset("|»›•·→►▸◦/>")
# Kinds of chrome that read like short prose, seen kept as article text on the tuning sites under
# grouped CV (eval/train_blocks.py), one feature each so a dropped block's reason can name it:
# a blog post's meta line (its tags, categories, "posted in"), a photo credit inside a block
# that is not a caption, and a prompt to the reader (share, order, sign up, donate, "read also").
_POST_META = re.compile(
    r"^(?:tags?|tagged(?: with)?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|etiquetas|[ée]tiquettes|categor(?:y|ies|ías?|ie|ias)|"
    r"kategorien?|rubriken?|filed under|posted in|veröffentlicht (?:in|unter)|abgelegt unter|"
    r"this (?:entry|post) was posted|(?:dieser|der) (?:eintrag|beitrag|artikel) wurde (?:\w+ )*?(?:veröffentlicht|abgelegt)|"
    r"view my complete profile|powered by (?:blogger|wordpress)|permalink|bookmark the permalink)\b",
    re.I,
)
_CREDIT_ANY = re.compile(
    r"(?:\b(?:foto|fotos|bild|bildquelle|quelle|photo|image|credit|abbildung|beitragsbild|fuente|crédit)\s*:|©|"
    r"\b(?:getty images|reuters|afp|dpa|imago|shutterstock|istock|unsplash|pixabay|flickr)\b)",
    re.I,
)
_PROMPT = re.compile(
    r"\b(?:teilen|share|spenden?|donate|bestellen|order now|warenkorb|basket|cart|print recipe|jump to recipe|"
    r"anmelden|abonnieren|subscribe|versäumen|verpasse|verpassen|e-mail-adresse|email address|informate|"
    r"lire aussi|read also|lesen sie|like recipe|buch bestellen|jetzt\b|hier klicken|click)\b",
    re.I,
)
_PROMPT_MAX_WORDS = 40  # a prompt is a line or two; an article may say "share" anywhere
# _CREDIT_ANY and _PROMPT were searched in every short block (~6% of `indexer parse`'s CPU) and
# ~97% of blocks hold neither, so _block_row runs each only where the lower-cased block holds a
# word that every match of it holds (as comment_marks does): "foto" for "fotos", "bild" for
# "bildquelle" and "beitragsbild", "spende" for "spenden", "verpasse" for "verpassen", "bestellen"
# for "buch bestellen". tests/test_parse_speed.py checks the words against the patterns.
_CREDIT_WORDS = (
    "foto", "bild", "quelle", "photo", "image", "credit", "abbildung", "fuente", "crédit", "©",
    "getty images", "reuters", "afp", "dpa", "imago", "shutterstock", "istock", "unsplash", "pixabay", "flickr",
)  # fmt: skip
_PROMPT_WORDS = (
    "teilen", "share", "spende", "donate", "bestellen", "order now", "warenkorb", "basket", "cart", "print recipe",
    "jump to recipe", "anmelden", "abonnieren", "subscribe", "versäumen", "verpasse", "e-mail-adresse",
    "email address", "informate", "lire aussi", "read also", "lesen sie", "like recipe", "jetzt", "hier klicken",
    "click",
)  # fmt: skip
_WORD = re.compile(r"\w+")
_CAPITALISED = re.compile(r"\b[^\W\d_a-z\u00df-\u00ff]")  # a word starting with a capital letter (approx.)
_NUMBER = re.compile(r"\b\d")
_SENT_END = re.compile(rf"[{SENTENCE_MARKS}]{AFTER_SENTENCE_MARK}$")

# One code per block kind (indexer.models.KINDS), fixed: the shipped trees split on them. Plain
# text gets no leads today (only the HTML extractor marks one), but a kind without a code would
# read as 0 and fall on whichever side of a split 0 happens to be.
KIND_CODES = {"title": 1.0, "heading": 2.0, "body": 3.0, "caption": 4.0, "byline": 5.0, "boilerplate": 6.0, "lead": 7.0}
# Rule reasons by family, for one feature each (the rules' evidence, kept as features).
_REASON_FAMILIES = (
    ("navigation", ("navigation list",)),
    ("linklist", ("list of links", "contains page furniture")),
    ("cta", ("call-to-action", "newsletter sign-up")),
    ("furniture", ("site furniture", "button label", "bare URL")),
    ("legal", ("legal notice", "cookie notice", "advertising or editorial disclosure")),
    ("tail", ("start of the page tail", "prose in the page tail", "author box", "comment thread")),
    ("outside", ("outside the article text",)),
    ("repeat", ("repeats", "repeated on many pages")),
    ("dateline", ("date line",)),
)
_NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
# The learned lexical signal (`indexer.lexical`): the block's words scored by a linear text
# classifier, for the block and its two neighbours. `features` leaves them 0; the model fills
# them from its own table (`BlockModel.add_lexical`), training from out-of-fold scores.
LEXICAL_FEATURES = ("lexical", "lexical_prev", "lexical_next")
_NEIGHBOUR_FEATURES = ("log_words", "stop", "sentence_end", "rule_keep", "signal", "comment_mark", "headline_like")

FEATURES: tuple[str, ...] = (
    "log_words",
    "log_lines",
    "words_per_line",
    "sentence_end",
    "sentences_per_line",
    "stop",
    "stop_old",
    "title_case",
    "digits",
    "commas_per_word",
    "separators",
    "chars_per_word",
    "short_line_share",
    "repeated",
    "rule_kind",
    "rule_keep",
    "rule_inside",
    "rule_value",
    "signal",
    "tail",
    *(f"reason_{name}" for name, _ in _REASON_FAMILIES),
    "comment_mark",
    "comment_header",
    "after_comment_header",
    "time",
    "read_more",
    "headline_like",
    "teaser_run",
    "teaser_list",
    "prose_window",
    "position",
    "text_before",
    "text_after",
    "dist_run",
    "value_share",
    "page_log_words",
    "page_log_blocks",
    "page_stop",
    "page_has_stoplist",
    "post_meta",
    "credit",
    "prompt",
    "same_start",
    *(f"n{off:+d}_{name}" for off in _NEIGHBOUR_OFFSETS for name in _NEIGHBOUR_FEATURES),
    *LEXICAL_FEATURES,
)


# Second stage (stacking, as in Web2Text's smoothing of block scores): each block again, seen
# through the first stage's probabilities of itself and its neighbours.
CONTEXT_FEATURES: tuple[str, ...] = (
    "p",
    "p-1",
    "p+1",
    "p-2",
    "p+2",
    "p-3",
    "p+3",
    "window_mean",
    "window_max",
    "page_mean",
    "kept_before",
    "kept_after",
    "log_words",
    "sentence_end",
    "stop",
)
SURE_LOW, SURE_HIGH = 0.2, 0.8  # first-stage probabilities the second stage does not revisit
_CTX_OWN = tuple(FEATURES.index(name) for name in ("log_words", "sentence_end", "stop"))


def context_rows(rows: Sequence[Sequence[float]], probs: Sequence[float]) -> list[list[float]]:
    """One row of CONTEXT_FEATURES per block from the first stage's probabilities `probs`."""
    n = len(probs)
    if not n:
        return []
    words = [math.expm1(r[0]) for r in rows]
    kept_words = [w if p >= 0.5 else 0.0 for w, p in zip(words, probs, strict=True)]
    total_kept = sum(kept_words) or 1.0
    page_mean = sum(probs) / n
    out = []
    before = 0.0
    for i in range(n):
        row = [probs[i]]
        for off in (-1, 1, -2, 2, -3, 3):
            j = i + off
            row.append(probs[j] if 0 <= j < n else -1.0)
        window = probs[max(0, i - 3) : i + 4]
        row += [
            sum(window) / len(window),
            max(window),
            page_mean,
            before / total_kept,
            (total_kept - before - kept_words[i]) / total_kept,
        ]
        row += [rows[i][k] for k in _CTX_OWN]
        out.append(row)
        before += kept_words[i]
    return out


_LEX = FEATURES.index("lexical")


def fill_lexical(rows: Sequence[list[float]], scores: Sequence[float]) -> None:
    """Write each block's lexical score (log-odds, `indexer.lexical`) and its neighbours' into
    the LEXICAL_FEATURES columns of `rows` (in place; one score per row, page order; a missing
    neighbour is 0, no opinion)."""
    n = len(rows)
    for i, row in enumerate(rows):
        row[_LEX] = scores[i]
        row[_LEX + 1] = scores[i - 1] if i > 0 else 0.0
        row[_LEX + 2] = scores[i + 1] if i + 1 < n else 0.0


class BlockLike(Protocol):
    """What `features` reads of a block (segment's `_Block` after the rule pass)."""

    text: str
    low: str  # text.lower()
    lines: list[str]
    tokens: list[str]  # the \w+ tokens of the lower-cased text
    words: int
    stop_ratio: float
    sentence_end: bool
    sentences: int
    repeated: bool
    signal: str
    tail: bool
    value: float
    kind: str
    reason: str
    inside: bool
    extra: dict[str, str]


@dataclass(frozen=True)
class _Own:
    """Per-block numbers computed once and shared with the neighbours' features."""

    log_words: float
    stop: float
    sentence_end: float
    rule_keep: float
    signal: float
    comment_mark: float
    headline_like: float


def _ratio_stop(tokens: list[str], stops: frozenset[str]) -> float:
    if not tokens or not stops:
        return 0.0
    return sum(map(stops.__contains__, tokens)) / len(tokens)


def features(blocks: Sequence[BlockLike], stops: frozenset[str]) -> list[list[float]]:
    """One row of `len(FEATURES)` floats per block, in FEATURES order.

    `stops` are the page language's stop words (casefolded; empty when the language has no
    list: the stop features are then 0 and `page_has_stoplist` says so).
    """
    n = len(blocks)
    if not n:
        return []
    tokens = [b.tokens for b in blocks]
    stop = [_ratio_stop(t, stops) for t in tokens]
    words = [max(b.words, 0) for b in blocks]
    total = float(sum(words)) or 1.0
    page_stop = (sum(s * w for s, w in zip(stop, words, strict=True)) / total) if stops else 0.0
    run = [i for i, b in enumerate(blocks) if b.inside]
    own, marks, headers = _own_features(blocks, stop)
    starts = [" ".join(t[:4]) if len(t) >= 4 else "" for t in tokens]
    start_counts: dict[str, int] = {}
    for key in starts:
        if key:
            start_counts[key] = start_counts.get(key, 0) + 1
    prose = [1.0 if (b.words >= 15 and b.sentence_end) else 0.0 for b in blocks]
    page = _Page(
        n=n,
        total=total,
        max_value=max((b.value for b in blocks), default=0.0) or 1.0,
        run_start=run[0] if run else n,
        run_end=run[-1] if run else -1,
        prose=prose,
        headers=headers,
        after_header=_after_comment_header(headers, marks, words, total, _header_ends(blocks, headers)),
        short_run=_short_runs(prose),
        page_row=[math.log1p(total), math.log1p(n), page_stop, 1.0 if stops else 0.0],
    )
    rows: list[list[float]] = []
    before = 0.0
    for i, b in enumerate(blocks):
        row = _block_row(b, i, tokens[i], own[i], page, before, words[i])
        # other blocks of the page opening with the same four words: a teaser or product box
        # printed again, a list of like items (an article says a thing once)
        row.append(math.log1p(start_counts[starts[i]] - 1) if starts[i] else 0.0)
        for off in _NEIGHBOUR_OFFSETS:
            j = i + off
            if 0 <= j < n:
                m = own[j]
                row.extend(
                    (m.log_words, m.stop, m.sentence_end, m.rule_keep, m.signal, m.comment_mark, m.headline_like)
                )
            else:  # beyond the page: -1 (trees split it from any real value)
                row.extend((-1.0,) * len(_NEIGHBOUR_FEATURES))
        row.extend((0.0,) * len(LEXICAL_FEATURES))
        rows.append(row)
        before += words[i]
    return rows


@dataclass(frozen=True, slots=True)
class _Page:
    """Page-wide values `_block_row` reads: block count, words, the largest rule value, the
    rules' article run, and per block: prose or not, comment-thread header, below one, length
    of its run of non-prose blocks; then the page's own features."""

    n: int
    total: float
    max_value: float
    run_start: int
    run_end: int
    prose: list[float]
    headers: list[bool]
    after_header: list[float]
    short_run: list[int]
    page_row: list[float]


def _own_features(blocks: Sequence[BlockLike], stop: list[float]) -> tuple[list[_Own], list[float], list[bool]]:
    """Each block's own features (also read by its neighbours), comment-marker counts, and
    whether it is a comment-thread header."""
    own: list[_Own] = []
    marks: list[float] = []
    headers: list[bool] = []
    for b in blocks:
        first = b.lines[0] if b.lines else ""
        mark = float(comment_marks(b.text, b.low))
        headline = len(b.lines) == 1 and 3 <= b.words <= 20 and not b.sentence_end
        own.append(
            _Own(
                log_words=math.log1p(b.words),
                stop=stop[len(own)],
                sentence_end=1.0 if b.sentence_end else 0.0,
                rule_keep=1.0 if b.kind in ("body", "heading") else 0.0,
                signal=1.0 if b.signal else 0.0,
                comment_mark=min(mark, 5.0),
                headline_like=1.0 if headline else 0.0,
            )
        )
        marks.append(mark)
        headers.append(is_comment_header(first))
    return own, marks, headers


def is_comment_header(line: str) -> bool:
    """Whether `line` (a block's first) heads a comment thread or links to one: "12 Comments",
    "Kommentare (3)", "Leave a Reply", "3 responses to “TITLE”" (`_COMMENT_HEADER`)."""
    # (the length first: a paragraph's first line is long, and THREAD_TITLE is the cheaper test;
    # a thread's title naming the post heads one whatever its words, "7 Gedanken zu „...“")
    return bool(THREAD_TITLE.match(line)) or (len(line) <= 80 and bool(_COMMENT_HEADER.match(line)))


# A comment count in a share bar under the headline ("12 Comments") links to the thread, and the
# article goes on below it (trial). What follows a thread's header reads as comments: a name, a
# date, "Reply", a form's notice, a sidebar's short lines; on the tuning pages of both corpora no
# real header is followed by 3 blocks of prose without a comment mark unless little of the page
# is left (a sidebar's "Neueste Kommentare" with 13% of the page's words after it).
ARTICLE_FOLLOWS_BLOCKS = 3
ARTICLE_FOLLOWS_MIN_WORDS = 15  # a paragraph, as `features` counts prose
ARTICLE_FOLLOWS_SHARE = 0.2  # of the page's words after the header: less is the page's end


def article_follows(blocks: Sequence[BlockLike], i: int) -> bool:
    """Whether the article's prose goes on below block `i` (a comment header, `is_comment_header`):
    the next ARTICLE_FOLLOWS_BLOCKS blocks are paragraphs ending a sentence, without a chrome
    signal or a comment mark (or the page's headline follows it, `_headline_follows`), and
    ARTICLE_FOLLOWS_SHARE of the page's words or more follow it.
    Such a header is a link to the thread, not its start: it opens neither the page tail
    (segment) nor the thread the model's structural rule drops (`_after_comment_header`)."""
    nxt = blocks[i + 1 : i + 1 + ARTICLE_FOLLOWS_BLOCKS]
    if len(nxt) < ARTICLE_FOLLOWS_BLOCKS or not all(map(_paragraph, nxt)):
        if not _headline_follows(blocks, i):
            return False
    after = sum(b.words for b in blocks[i + 1 :])
    return after >= ARTICLE_FOLLOWS_SHARE * (after + sum(b.words for b in blocks[: i + 1]))


def _paragraph(b: BlockLike) -> bool:
    """A paragraph of article prose as `article_follows` reads one: ARTICLE_FOLLOWS_MIN_WORDS+
    words ending a sentence, no chrome signal, no comment mark."""
    return b.words >= ARTICLE_FOLLOWS_MIN_WORDS and b.sentence_end and not b.signal and not comment_marks(b.text, b.low)


# A thread's posts set as the article is (a Q&A page's answers, a forum's replies): the line that
# closes the article before a comment header (its poster's menu: "Share Improve this question
# Follow", "J'aime Répondre") closes a post below the header too. Readers' comments under a news
# article close with lines of their own ("Reply", "Report"), which the article's end never has.
# Two words of the line's start, letters only (a date's "2 May" opens many lines of any page).
POST_LINE_WORDS = 2
POST_LINE_REACH = 2  # blocks after a post's last paragraph: its tags, then its poster's menu
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class PostIndex:
    """What `posts_end` reads of a page, once for all its comment headers (linear in the page:
    each header scanning the rest of the page made a 12 MB dump of 110,000 blocks take minutes,
    a new user's try). `paragraph[j]`: `_paragraph` of block j; `key[j]`: its `_post_line`;
    `prev_paragraph[j]` / `next_paragraph[j]`: the nearest paragraph before j / at or after j
    (-1 / len(blocks) when none); `last_closing[key]`: the last block with that key within
    POST_LINE_REACH blocks after a paragraph (the blocks that close a post)."""

    paragraph: list[bool]
    key: list[str]
    prev_paragraph: list[int]
    next_paragraph: list[int]
    last_closing: dict[str, int]

    @staticmethod
    def of(blocks: Sequence[BlockLike]) -> "PostIndex":
        """The index of `blocks` (their words, sentence ends, signals and lines as they are now)."""
        n = len(blocks)
        para = [_paragraph(b) for b in blocks]
        keys = [_post_line(b) for b in blocks]
        prev, nxt = [-1] * n, [n] * (n + 1)
        for j in range(1, n):
            prev[j] = j - 1 if para[j - 1] else prev[j - 1]
        for j in range(n - 1, -1, -1):
            nxt[j] = j if para[j] else nxt[j + 1]
        last: dict[str, int] = {}
        since = POST_LINE_REACH + 1  # blocks since the last paragraph (none yet)
        for j in range(n):
            since = 0 if para[j] else since + 1
            if 0 < since <= POST_LINE_REACH and keys[j]:
                last[keys[j]] = j
        return PostIndex(para, keys, prev, nxt, last)


def posts_end(blocks: Sequence[BlockLike], i: int, index: PostIndex | None = None) -> int:
    """Where the posts set as the article is end below the comment header at block `i`: the
    last block below it that closes a post (within POST_LINE_REACH blocks after a paragraph,
    `_paragraph`) as a line closes the article's last paragraph above the header (POST_LINE_WORDS
    words of its start, `_post_line`); -1 when none does. Such a header (a Q&A page's answer
    count, a question's "Add a comment") opens no thread of readers' comments down to that
    block: the posts above it are the page's own (what follows the last one is the page's end).
    `index`: the page's `PostIndex`, made here when not given."""
    return _posts_span(blocks, i, index)[1]


def _posts_span(blocks: Sequence[BlockLike], i: int, index: PostIndex | None = None) -> tuple[int, int]:
    """(the article's last paragraph above the comment header at block `i`, `posts_end`): the
    closing lines' last one below the header's first paragraph (a block below the header counts
    once a paragraph below the header stands before it)."""
    ix = index or PostIndex.of(blocks)
    last = ix.prev_paragraph[i] if i < len(blocks) else -1
    if last < 0:
        return -1, -1
    closing = {k for k in ix.key[last + 1 : min(i, last + 1 + POST_LINE_REACH)] if k}
    first = ix.next_paragraph[i + 1] if i + 1 < len(blocks) else len(blocks)
    ends = [ix.last_closing[k] for k in closing if ix.last_closing.get(k, -1) > first]
    return last, max(ends, default=-1)


def post_furniture(blocks: Sequence[BlockLike], i: int, index: PostIndex | None = None) -> tuple[list[int], int]:
    """The furniture of the posts below the comment header at block `i` when they are set as
    the article is (`posts_end`), and where they end (-1: they are not): from the article's last
    paragraph to there, the blocks other than paragraphs whose start (`_post_line`) opens
    another such block there too (each post's menu, its votes: the posts' one structure), the
    thread's headers (`is_comment_header`: the answer count, "Add a comment") and the lines
    under a header down to the next paragraph (its sort bar)."""
    ix = index or PostIndex.of(blocks)
    last, end = _posts_span(blocks, i, ix)
    if end < 0:
        return [], -1
    span = [j for j in range(last + 1, end + 1) if not ix.paragraph[j]]
    keys = [ix.key[j] for j in span]
    counts = Counter(keys)
    marked, header = [], False  # under a header down to the next paragraph: its sort bar
    for j, key in zip(span, keys, strict=True):
        header = (header and not ix.paragraph[j - 1]) or bool(blocks[j].lines and is_comment_header(blocks[j].lines[0]))
        if header or (key and counts[key] >= 2):
            marked.append(j)
    return marked, end


def _post_line(b: BlockLike) -> str:
    """The first POST_LINE_WORDS words (letters only, lower case) of a short block's first line
    that has that many; "" for a paragraph or a shorter line."""
    if not b.lines or b.words >= ARTICLE_FOLLOWS_MIN_WORDS and b.sentence_end:
        return ""
    words = _LETTERS.findall(b.lines[0].casefold())
    return " ".join(words[:POST_LINE_WORDS]) if len(words) >= POST_LINE_WORDS else ""


# A comment count or "Comments" link in the page's top bar, over the headline (news corpus:
# cleveland.com's lone "comments" link between its menus and the headline): the thread comes
# after the article, and the article after its headline. The headline is a line of 3+ words
# repeating the page's <title> (a dump's first line) within HEADLINE_FOLLOWS_BLOCKS blocks below
# the link, and a paragraph (`_paragraph`) follows within as many blocks below it (a picture's
# caption and a byline between them).
HEADLINE_FOLLOWS_BLOCKS = 4


def _headline_follows(blocks: Sequence[BlockLike], i: int) -> bool:
    """Whether the page's headline stands within HEADLINE_FOLLOWS_BLOCKS blocks below block `i`
    with a paragraph of prose within as many below it (see HEADLINE_FOLLOWS_BLOCKS)."""
    if i < 1 or not blocks[0].lines:
        return False
    page_title = blocks[0].lines[0].casefold()
    for j in range(i + 1, min(i + 1 + HEADLINE_FOLLOWS_BLOCKS, len(blocks))):
        b = blocks[j]
        if len(b.lines) == 1 and b.words >= 3 and not b.sentence_end and b.text.casefold() in page_title:
            return any(map(_paragraph, blocks[j + 1 : j + 1 + HEADLINE_FOLLOWS_BLOCKS]))
    return False


def _header_ends(blocks: Sequence[BlockLike], headers: list[bool]) -> list[int]:
    """For each comment header of `headers` (the others: -1), where the thread it opens starts
    being the readers': len(blocks) when the article's prose goes on below it (`article_follows`,
    it opens none), the end of the posts set as the article is below it (`posts_end`), else -1."""
    n = len(blocks)
    if not any(headers):
        return [-1] * n
    index = PostIndex.of(blocks)
    return [
        (n if article_follows(blocks, i) else posts_end(blocks, i, index)) if h else -1 for i, h in enumerate(headers)
    ]


def _after_comment_header(
    headers: list[bool], marks: list[float], words: list[int], total: float, ends: list[int]
) -> list[float]:
    """1.0 for blocks below a comment-thread header seen after real text, or followed by
    comment markers ("NAME says:", "Reply") within three blocks: the thread. A header with
    the article's prose below it (`article_follows`) opens none; one over posts set as the
    article is (`posts_end`) opens none down to their end (`ends`: `_header_ends`)."""
    after_header = [0.0] * len(headers)
    seen_text = 0.0
    active = False
    free = -1  # the page's own posts run down to this block
    for i in range(len(headers)):
        link = ends[i] >= len(headers)  # a link to the thread, the article's prose below it
        if headers[i] and not link and (seen_text >= 0.3 * total or any(marks[i + 1 : i + 4])):
            active, free = True, max(free, ends[i])
        elif active and i > free:
            after_header[i] = 1.0
        seen_text += words[i]
    return after_header


def _short_runs(prose: list[float]) -> list[int]:
    """For each block, the length of the run of non-prose blocks it is in (teaser lists: a run
    of short, non-sentence blocks, headlines, dates, "read more", with little prose around)."""
    n = len(prose)
    short_run = [0] * n
    i = 0
    while i < n:
        j = i
        while j < n and not prose[j]:
            j += 1
        for k in range(i, j):
            short_run[k] = j - i
        i = j + 1 if j == i else j
    return short_run


def _block_row(b: BlockLike, i: int, toks: list[str], o: _Own, page: _Page, before: float, words: int) -> list[float]:
    """Block `i`'s own and positional features, without its neighbours'."""
    n, total = page.n, page.total
    nlines = max(len(b.lines), 1)
    text = b.text
    title_case = min(len(_CAPITALISED.findall(text)) / b.words, 1.0) if b.words else 0.0
    digits = len(_NUMBER.findall(text)) / len(toks) if toks else 0.0
    seps = sum(map(text.count, _SEPARATORS))  # one C scan a separator, not a Python step a character
    short_lines = sum(1 for ln in b.lines if len(ln.split()) <= 6 and not _SENT_END.search(ln))
    reason = b.reason
    lo, hi = max(0, i - 3), min(n, i + 4)
    window = sum(page.prose[lo:hi]) / (hi - lo)
    if i < page.run_start:
        dist = (page.run_start - i) / n
    elif i > page.run_end:
        dist = (i - page.run_end) / n
    else:
        dist = 0.0
    return [
        o.log_words,
        math.log1p(nlines),
        b.words / nlines,
        o.sentence_end,
        b.sentences / nlines,
        o.stop,
        b.stop_ratio,
        title_case,
        digits,
        text.count(",") / max(b.words, 1),
        seps / max(b.words, 1),
        len(text) / max(b.words, 1),
        short_lines / nlines,
        1.0 if b.repeated else 0.0,
        KIND_CODES.get(b.kind, 0.0),
        o.rule_keep,
        1.0 if b.inside else 0.0,
        max(-100.0, min(b.value, 300.0)),
        o.signal,
        1.0 if b.tail else 0.0,
        *_reason_flags(reason),
        o.comment_mark,
        1.0 if page.headers[i] else 0.0,
        page.after_header[i],
        1.0 if _TIME.search(text) else 0.0,
        1.0 if (b.words <= 4 and _READ_MORE.match(text.strip())) else 0.0,
        o.headline_like,
        math.log1p(page.short_run[i]),
        1.0 if "teaser" in b.extra else 0.0,
        window,
        i / n,
        before / total,
        (total - before - words) / total,
        dist,
        max(b.value, 0.0) / page.max_value,
        *page.page_row,
        1.0 if _POST_META.match(text) else 0.0,
        *_credit_and_prompts(b),
    ]


def _credit_and_prompts(b: BlockLike) -> tuple[float, float]:
    """The `credit` and `prompt` features: 1.0 for a block of up to 80 words with a photo credit
    (_CREDIT_ANY), and the number of _PROMPT phrases in a block of up to _PROMPT_MAX_WORDS; each
    regex run only where `may_hold` finds one of its words."""
    text = b.text
    credit = b.words <= 80 and may_hold(text, b.low, _CREDIT_WORDS) and _CREDIT_ANY.search(text)
    prompts = len(_PROMPT.findall(text)) if b.words <= _PROMPT_MAX_WORDS and may_hold(text, b.low, _PROMPT_WORDS) else 0
    return (1.0 if credit else 0.0, float(prompts))


@functools.lru_cache(maxsize=4096)
def _reason_flags(reason: str) -> tuple[float, ...]:
    """1.0 or 0.0 for each family of _REASON_FAMILIES: whether the rule pass's `reason` names
    one of its reasons. Remembered: a page's thousands of blocks share a few dozen reasons."""
    return tuple(1.0 if any(r in reason for r in keys) else 0.0 for _, keys in _REASON_FAMILIES)


class BlockModel:
    """Gradient-boosted trees over `FEATURES`: `probability(row)` is P(block is article text).

    Built from the plain dict `eval/train_blocks.py` writes (`to_dict`/`from_dict`), never from
    a pickle. Raises ValueError when the file's feature list or format does not match this code.
    """

    def __init__(self, spec: dict[str, Any], features: tuple[str, ...] = FEATURES) -> None:
        if spec.get("format") != FORMAT_VERSION:
            raise ValueError(f"block model format {spec.get('format')!r}, expected {FORMAT_VERSION}")
        if tuple(spec["features"]) != features:
            raise ValueError("block model was trained on other features: retrain with eval/train_blocks.py")
        # optional second stage over the first stage's probabilities (CONTEXT_FEATURES)
        self.stage2 = BlockModel(spec["stage2"], CONTEXT_FEATURES) if spec.get("stage2") else None
        # the hashed word weights of the lexical features (absent: those columns stay 0)
        self.lexical = _lexical.LexicalModel.from_dict(spec["lexical"]) if spec.get("lexical") else None
        self.spec = spec
        self.init = float(spec["init"])
        self.rate = float(spec["learning_rate"])
        self.threshold = float(spec["threshold"])
        # cost of each switch between article text and chrome in the sequence decision
        # (`sequence_keep`); 0 (files without it) decides each block on its own
        self.switch_cost = float(spec.get("switch_cost", 0.0))
        # each tree: parallel lists (feature, threshold, left, right, value); leaves have left == -1
        self._arrays: tuple[Any, ...] | None = None
        self.trees = [(t["feature"], t["threshold"], t["left"], t["right"], t["value"]) for t in spec["trees"]]

    def add_lexical(
        self, rows: Sequence[list[float]], texts: Sequence[str], tokens: Sequence[list[str]] | None = None
    ) -> list[float]:
        """Fill the LEXICAL_FEATURES columns of one page's `rows` (in place) from the blocks'
        `texts` with this model's table; returns the blocks' scores (empty without a table).
        `tokens`, when given, are each text's words as LexicalModel.score would find them."""
        if self.lexical is None:
            return []
        score = self.lexical.score
        scores = (
            [score(t) for t in texts] if tokens is None else [score(t, w) for t, w in zip(texts, tokens, strict=True)]
        )
        fill_lexical(rows, scores)
        return scores

    def decision(self, row: Sequence[float]) -> float:
        """Raw score (log-odds) of one row."""
        row = array("f", row)  # float32, as scikit-learn's trees read X (see stage_probabilities)
        total = self.init
        rate = self.rate
        for feature, threshold, left, right, value in self.trees:
            node = 0
            while left[node] != -1:
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            total += rate * value[node]
        return total

    def probability(self, row: Sequence[float]) -> float:
        """P(article text) of one row."""
        d = self.decision(row)
        return 1.0 / (1.0 + math.exp(-d)) if d > -700 else 0.0

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """P(article text) of every block of one page (rows in page order): the first stage,
        then the second stage over its probabilities when the model has one."""
        probs = self.stage_probabilities(rows)
        if self.stage2 is None:
            return probs
        second = self.stage2.stage_probabilities(context_rows(rows, probs))
        # the second stage settles what the first left open; a confident first answer stands
        # (on a short page every neighbour of a menu is prose, and context alone misleads)
        return [q if SURE_LOW < p < SURE_HIGH else p for p, q in zip(probs, second, strict=True)]

    def keep(self, probs: Sequence[float], eligible: Sequence[bool]) -> list[bool]:
        """Which blocks are article text, from their probabilities `probs` (one per block, page
        order): the blocks that are `eligible` and over the threshold, or with a switch cost,
        the in/out labelling that `sequence_keep` finds best."""
        return sequence_keep(probs, eligible, self.threshold, self.switch_cost)

    def stage_probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """This ensemble's P(article text) of every row; the same numbers as `probability`,
        computed for all rows and trees at once with numpy (a page in ~1 ms instead of ~20)."""
        if not rows:
            return []
        import numpy as np

        feat, thr, child, value, roots, depth = self._flat()
        # right child = left child + 1: a row goes to `right_child - (x <= threshold)`, so a NaN
        # goes right, as "not <=" took it; a leaf is its own left child (threshold inf)
        right_child = child + 1
        out: list[float] = []
        for start in range(0, len(rows), _CHUNK):  # bounded memory on huge pages
            # float32, as scikit-learn casts X before its trees compare it with their float64
            # thresholds: a threshold may be a float32 value itself, and a feature a hair above
            # it in float64 (5.0238095238 vs 5.0238094330) would go the other way than in training.
            # Widened to float64 (exactly) so the comparisons below need no cast of their own.
            x = np.asarray(rows[start : start + _CHUNK], dtype=np.float32).astype(np.float64)
            n, width = x.shape
            flat = x.ravel()
            offsets = (np.arange(n, dtype=np.intp) * width)[:, None]
            node = np.broadcast_to(roots, (n, roots.shape[0]))
            if depth:  # every row starts at the same roots: their columns and thresholds at once
                node = right_child.take(roots) - (x.take(feat.take(roots), axis=1) <= thr.take(roots))
            for _ in range(depth - 1):
                # take() and in-place steps: a fifth less time than indexing with new arrays
                at = feat.take(node)
                at += offsets
                goes_left = flat.take(at) <= thr.take(node)
                node = right_child.take(node)
                node -= goes_left
            raw = self.init + self.rate * value.take(node).sum(axis=1)
            out.extend((1.0 / (1.0 + np.exp(-np.clip(raw, -700, 700)))).tolist())
        return out

    def _flat(self) -> tuple[Any, ...]:
        """All trees in flat numpy arrays (built once): each tree's nodes renumbered breadth
        first, so a node's right child is its left child + 1 (`child` holds the left one); a
        leaf is its own child with an infinite threshold, so every walk takes `depth` steps and
        stays on its leaf. `value[node]` sums the trees in their order, as `decision` does."""
        if self._arrays is not None:
            return self._arrays
        import numpy as np

        feat: list[int] = []
        thr: list[float] = []
        child: list[int] = []
        value: list[float] = []
        roots: list[int] = []
        depth = 0
        for f, t, lch, rch, v in self.trees:
            base = len(feat)
            roots.append(base)
            order = [0]  # old node ids, breadth first, siblings side by side
            at = 0
            while at < len(order):
                k = order[at]
                if lch[k] != -1:
                    order += (lch[k], rch[k])
                at += 1
            new = {old: base + i for i, old in enumerate(order)}
            for k in order:
                leaf = lch[k] == -1
                feat.append(0 if leaf else f[k])
                thr.append(math.inf if leaf else t[k])
                child.append(new[k] if leaf else new[lch[k]])
                value.append(v[k])
            depth = max(depth, _depth(lch, rch))
        self._arrays = (
            np.array(feat, dtype=np.intp),
            np.array(thr, dtype=np.float64),
            np.array(child, dtype=np.intp),
            np.array(value, dtype=np.float64),
            np.array(roots, dtype=np.intp),
            depth,
        )
        return self._arrays

    def to_dict(self) -> dict[str, Any]:
        return self.spec

    @classmethod
    def from_dict(cls, spec: dict[str, Any]) -> BlockModel:
        return cls(spec)


_LOGIT_CLIP = 8.0  # |log-odds| beyond this (p < 0.0003 or > 0.9997) is not more certain


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return max(-_LOGIT_CLIP, min(_LOGIT_CLIP, math.log(p / (1 - p))))


def sequence_keep(
    probs: Sequence[float], eligible: Sequence[bool], threshold: float = 0.5, switch_cost: float = 0.0
) -> list[bool]:
    """Article text or not for each block, decided for the page as a sequence (Viterbi over
    two states, in and out, as the sequence labellers of boilerplate removal do: Web2Text's
    CRF-like smoothing, Spousta et al. 2008's CRF over blocks).

    Each eligible block in state "in" gains its log-odds against the threshold,
    logit(p) - logit(threshold) (clipped to +-8), "out" gains 0, and every switch between the
    two costs `switch_cost` (log-odds units). The labelling with the highest total wins: with
    cost 0 it is `p >= threshold` block by block; with cost c a lone block against its
    neighbours' label is flipped unless its log-odds beat 2c (one switch in, one out), so prose
    that sits alone among page chrome is dropped and a list inside the article is kept.
    Blocks that are not eligible are skipped (neither state, no switch). Returns one bool per
    block; ties go to "out". `probs` and `eligible` have the same length.
    """
    n = len(probs)
    order = [i for i in range(n) if eligible[i]]
    keep = [False] * n
    if not order:
        return keep
    base = _logit(threshold)
    gains = [_logit(probs[i]) - base for i in order]
    if switch_cost <= 0:
        for i, g in zip(order, gains, strict=True):
            keep[i] = g >= 0
        return keep
    # best totals ending in out / in, with back-pointers (True: came from "in")
    best_out, best_in = 0.0, gains[0]
    back: list[tuple[bool, bool]] = [(False, False)]
    for g in gains[1:]:
        out_from_in = best_in - switch_cost > best_out
        in_from_in = best_in >= best_out - switch_cost
        new_out = best_in - switch_cost if out_from_in else best_out
        new_in = (best_in if in_from_in else best_out - switch_cost) + g
        back.append((out_from_in, in_from_in))
        best_out, best_in = new_out, new_in
    state = best_in > best_out
    for k in range(len(order) - 1, -1, -1):
        keep[order[k]] = state
        state = back[k][1] if state else back[k][0]
    return keep


def _depth(left: list[int], right: list[int], node: int = 0) -> int:
    if left[node] == -1:
        return 0
    return 1 + max(_depth(left, right, left[node]), _depth(left, right, right[node]))


@functools.lru_cache(maxsize=1)
def default_model() -> BlockModel | None:
    """The shipped model (indexer/data/blocks.json), or None when the file is absent."""
    if not MODEL_FILE.is_file():
        return None
    with MODEL_FILE.open(encoding="utf-8") as fh:
        return BlockModel(json.load(fh))
