"""Article text the block model dropped on sites it was not trained on (issue 13, helper `plain8`:
grouped CV's out-of-fold false drops on the tuning pages, `python -m eval.cv_errors --drops`), each
kind told by its shape or by a marker many sites share, not by one site's words. Each page is our
own. The trees that dropped the text were fold models; here the shipped trees stand in for them,
with the dropped blocks' probabilities set low (`DropModel`), so each rule is tested on the very
decision it mends, whatever the shipped trees make of our page."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from indexer import blocks, segment
from indexer.models import BODY, BOILERPLATE, LEAD, Article, Document
from tests.helpers import FOOTER, MENU, PROSE
from tests.helpers import parse_blocks as parse_shipped
from tests.helpers import kind_and_reason as para

HEADLINE = "Bridge to close"


class DropModel:
    """The shipped block model, but for the blocks opening with one of `drop`, which it gives
    P(article text) 0.02 (an out-of-fold model's drop), and those opening with one of `keep`,
    0.98."""

    def __init__(self, drop: tuple[str, ...], keep: tuple[str, ...] = ()) -> None:
        self.model = blocks.default_model()
        self.drop, self.lift = drop, keep
        self.texts: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)

    def add_lexical(self, rows: Sequence[list[float]], texts: Sequence[str], tokens: Any = None) -> list[float]:
        self.texts = list(texts)
        return self.model.add_lexical(rows, texts, tokens)  # type: ignore[no-any-return]

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        probs = self.model.probabilities(rows)
        out = [0.02 if t.startswith(self.drop) else p for t, p in zip(self.texts, probs, strict=True)]
        return [0.98 if self.lift and t.startswith(self.lift) else p for t, p in zip(self.texts, out, strict=True)]


def parse(*page: str, drop: tuple[str, ...], keep: tuple[str, ...] = ()) -> Article:
    text = "\n\n".join(page)
    doc = Document(id="d", path="d.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    return segment.segment(doc, model=DropModel(drop, keep))


# --- the turns of an interview ----------------------------------------------------------------

TURNS = [
    "Q: Favourite place on the coast?",
    "A: The old lighthouse at Calloway Point",
    "Q: Favourite book?",
    "A: The Sea Around Us",
    "Q: What do you do on a day off?",
    "A: Sailing, reading, and long walks with the dog.",
    "Q: Best advice you were given?",
    "A: Never leave port without checking the tide tables twice.",
]


def test_short_turns_of_an_interview_stay_text_with_its_other_turns() -> None:
    # a profile's quick-fire questions: the trees took the short turns for a teaser list
    drop = ("Q: Favourite", "A: The", "Q: What")
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE[:2], *TURNS, *PROSE[2:], FOOTER, drop=drop)
    for turn in TURNS:
        kind, reason = para(art, turn[:14])
        assert kind == BODY, turn
        assert reason == segment.kept.INTERVIEW_REASON or not turn.startswith(drop), turn


def test_one_question_and_its_answer_are_no_interview() -> None:
    # a single "Q:" line (a reader's question in a column) does not make the page an interview
    drop = ("Q: Favourite", "A: The")
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE[:2], *TURNS[:2], *PROSE[2:], FOOTER, drop=drop)
    assert para(art, "Q: Favourite")[0] == BOILERPLATE
    assert not para(art, "A: The")[1].startswith("interview")  # (the rules' heading, kept over the prose)


# --- an embedded post and its signature ---------------------------------------------------------

POST = "The ferries run again from Monday! Timetables at the harbour office. pic.twitter.com/x7Kq2Lm"
SIGNATURE = "— Harbour Ferries (@harbourferries) March 3, 2024"


def test_an_embedded_post_and_its_signature_are_the_articles_text() -> None:
    # Twitter's embed prints "— NAME (@handle) DATE" under the post's text: the rules read a date
    # line, and the trees dropped the line and the short post over it ("teaser list")
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE[:2], POST, SIGNATURE, *PROSE[2:], FOOTER, drop=(POST[:20], "—"))
    assert [para(art, SIGNATURE[:10])[0], para(art, POST[:20])[0]] == [BODY, BODY]
    assert para(art, SIGNATURE[:10])[1] == segment.kept.POST_SIGNATURE_REASON
    assert para(art, POST[:20])[1] == segment.kept.EMBEDDED_POST_REASON


def test_a_post_signature_far_from_the_articles_text_stays_dropped() -> None:
    # a sidebar's feed of posts under the footer: no kept text right above it
    page = (HEADLINE, MENU, HEADLINE, *PROSE, FOOTER, "Latest from our feed", POST, SIGNATURE, "Follow us")
    art = parse(*page, drop=(POST[:20], "—"))
    assert para(art, SIGNATURE[:10])[0] == BOILERPLATE
    assert para(art, POST[:20])[0] == BOILERPLATE


# --- the first paragraph under the headline ------------------------------------------------------

FIRST = "Below, we look at what the closure means for the ferries, the shops and the commuters of the old town."


def test_the_first_paragraph_under_the_headline_and_its_share_bar_is_indexed() -> None:
    # the trees dropped it ("reads as page chrome"); the article's text goes on right under it
    page = (MENU, HEADLINE, "By Jane Doe", "3 March 2024", "Share | Tweet | Email", FIRST, *PROSE, FOOTER)
    art = parse(*page, drop=(FIRST[:20],))
    assert para(art, FIRST[:20])[0] == LEAD
    assert para(art, FIRST[:20])[1] == segment.kept.FIRST_PARAGRAPH_REASON
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_dropped_paragraph_below_kept_text_is_no_first_paragraph() -> None:
    # the article's text kept above it: the trees' drop further down is theirs to make
    page = (MENU, HEADLINE, "By Jane Doe", PROSE[0], FIRST, *PROSE[1:], FOOTER)
    art = parse(*page, drop=(FIRST[:20],))
    assert para(art, FIRST[:20])[0] == BOILERPLATE


def test_a_list_of_headlines_under_the_headline_is_no_first_paragraph() -> None:
    teasers = "Ferry fares to rise in spring..\nNew mayor sworn in..\nHarbour festival dates set.."
    art = parse(MENU, HEADLINE, "By Jane Doe", teasers, *PROSE, FOOTER, drop=(teasers[:20],))
    assert para(art, teasers[:20])[0] == BOILERPLATE


# --- a list under a heading of the article ------------------------------------------------------

NEEDS = "What commuters need"
LIST = "a ferry pass or a ticket\nthe new harbour timetable\nten more minutes a crossing"


def test_a_list_under_a_heading_of_the_article_is_its_text() -> None:
    # the rules read its short lines as a navigation list, and the trees followed them
    page = (HEADLINE, MENU, HEADLINE, *PROSE[:2], NEEDS, LIST, *PROSE[2:], FOOTER)
    art = parse(*page, drop=(LIST[:20],), keep=(NEEDS,))
    assert para(art, LIST[:20])[0] == BODY
    assert para(art, LIST[:20])[1] == segment.kept.LIST_REASON


def test_a_menu_or_a_list_of_links_under_a_heading_stays_chrome() -> None:
    menu = "News\nSport\nWeather\nTravel"  # a menu's items: a word each
    links = "Ferry fares rise, read the story\nNew mayor sworn, read the story\nFestival dates set, read the story"
    for chrome in (menu, links):
        page = (HEADLINE, MENU, HEADLINE, *PROSE[:2], NEEDS, chrome, *PROSE[2:], FOOTER)
        art = parse(*page, drop=(chrome[:12],), keep=(NEEDS,))
        assert para(art, chrome[:12]) == (BOILERPLATE, "navigation list (many short lines)"), chrome


# --- the article resuming under a teaser list ---------------------------------------------------

RELATED = "Related Stories"
THREE = "Ferry fares to rise in spring\nNew mayor sworn in at the town hall\nHarbour festival dates are set"
RESUMES = (
    "CALLOWAY — The closure is the second in ten years, after the storm of 2015 tore away part of the "
    "deck and the bridge stayed shut for four months."
)


def test_prose_under_a_block_of_headlines_is_the_article_resuming() -> None:
    # a snippet is one headline's: under a block listing three, the paragraph is the article's
    art = parse_shipped(HEADLINE, MENU, HEADLINE, *PROSE[:2], RELATED, THREE, RESUMES, *PROSE[2:], FOOTER)
    assert para(art, THREE[:10])[0] == BOILERPLATE
    assert para(art, RESUMES[:10]) == (BODY, "prose (length and sentence punctuation)")


def test_a_snippet_under_one_headline_stays_in_the_teaser_list() -> None:
    snippet = "The council has promised a decision on the new fares before the end of the month."
    page = (HEADLINE, MENU, HEADLINE, *PROSE, RELATED, "Ferry fares to rise in spring", snippet, FOOTER)
    art = parse_shipped(*page)
    assert para(art, snippet[:20]) == (BOILERPLATE, "teaser list")
