"""The top of a scraped plain-text article (trial7's kind K1), each as a page of our own: a
standfirst and a picture's caption between the headline and the first paragraph."""

from __future__ import annotations

import hashlib

from indexer import segment
from indexer.models import CAPTION, LEAD, Article, Document

from tests.helpers import kind_and_reason, parse_blocks

MENU = ("Skip to main content", "The Valley Courier", "News", "Sport", "Business", "Weather", "Sign in")
FOOTER = ("More from News", "Contact us", "Privacy policy", "© 2025 The Valley Courier. All rights reserved.")
PARAGRAPHS = (
    "The ferry between the two harbours will stop running in January after the operator said it "
    "could no longer find engineers to keep its only vessel at sea through the winter.",
    "About 400 people use the crossing each day, most of them commuters who would otherwise face "
    "a drive of more than an hour around the estuary on a road that often floods.",
    "The council said it was talking to two other companies about taking over the route, but "
    "warned that no replacement service was likely to start before the spring.",
    "Passengers who hold season tickets will be offered a refund for the months the ferry does "
    "not run, the operator said in a statement on its website on Monday evening.",
)


def page(*head: str) -> Article:
    """A dump: the site's menu, `head` (the lines over the article), the article, the footer."""
    return parse_blocks(*MENU, *head, *PARAGRAPHS, *FOOTER)


def rules_alone(*blocks: str) -> Article:
    """`segment.segment` of a page of `blocks` by the rules alone (no block model): where the
    model's view of a short sentence varies with its words, the rules' reading of its place."""
    text = "\n\n".join(blocks)
    doc = Document(id="k", path="k.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    return segment.segment(doc, model=None)


def test_a_standfirst_over_the_byline_is_the_lead_however_far_the_text_starts() -> None:
    # trial7's deals post: headline, standfirst, byline, date, then a disclosure and a product
    # box before the first paragraph; the standfirst, 8 blocks over the text, was dropped as
    # "outside the article text (before it)" (a French page's, 3 blocks over it, was the lead).
    art = page(
        "Estuary ferry to stop running in January as operator runs short of engineers",
        "The season pass is £45 at the harbour office and online, £15 off its usual price.",
        "By Maria Lindqvist",
        "Nov 28, 2025, 9:15 AM",
        "If you buy something from a link on this page, we may earn a commission.",
        "Estuary Ferry",
        "£4.50",
        "Return",
        "Daily",
    )
    assert kind_and_reason(art, "The season pass") == (LEAD, "lead (standfirst under the headline)")


# trial7's Russian page, in our own words: a headline, a standfirst without a full stop, the
# author's name alone on its line, the date, a reading time, a picture's credit and caption, a
# channel's prompt.
RUSSIAN_PAGE = (
    "Паромная переправа через залив закроется на зиму из-за нехватки механиков",
    "Перевозчик объяснил решение тем, что не может найти механиков для единственного парома",
    "Мария Соколова",
    "16 октября 2025, 12:40",
    "3 минуты",
    "Фото: Пётр Иванов / «Вестник»",
    "Пассажиры ждут парома на причале в последний день работы переправы",
    "Подписывайтесь на наш канал в Telegram",
)


def test_a_standfirst_over_a_bare_name_and_a_date_is_the_lead_in_any_language() -> None:
    # trial7's Russian page: a standfirst without a full stop, the author's name alone on its
    # line, the date, a reading time, a picture's credit and caption, a channel's prompt; 7
    # blocks over the text, it was dropped as "outside the article text (before it)".
    art = page(*RUSSIAN_PAGE)
    assert kind_and_reason(art, "Перевозчик объяснил") == (LEAD, "lead (standfirst under the headline)")


def test_a_caption_under_its_credit_without_a_full_stop_is_a_caption() -> None:
    # trial7's Russian page: "Фото: NAME" over a caption of nine words without a full stop, both
    # under the standfirst; the caption was dropped as "outside the article text (before it)".
    art = page(*RUSSIAN_PAGE)
    caption = "Пассажиры ждут парома"
    assert kind_and_reason(art, caption) == (CAPTION, "photo caption (under its credit line)")
    assert kind_and_reason(art, "Фото:") == ("boilerplate", "photo credit or source line")


def test_a_caption_over_its_photograph_credit_is_a_caption() -> None:
    # trial7's feature: "CAPTION. / Photograph: NAME" between the date line and the text; the
    # caption was dropped as a "teaser list (block model)".
    art = page(
        "The last ferryman of the estuary",
        "Words by Niamh Kearney",
        "12 June 2025",
        "Tom Harte casts off at Dunmore. The crossing takes 20 minutes.",
        "Photograph: Declan Murphy",
    )
    caption = "Tom Harte casts off"
    assert kind_and_reason(art, caption) == (CAPTION, "photo caption (over its credit line)")


def test_a_standfirst_under_the_date_line_is_the_lead() -> None:
    # headline / date line / standfirst / a fact box / text: the search for the standfirst
    # stopped at the date line ("date line (before the article text)"); it steps over it now,
    # as over a byline.
    art = rules_alone(
        *MENU,
        "Estuary ferry to stop running in January as operator runs short of engineers",
        "28.11.2025",
        "The new timetable drops all of the crossings from January.",
        "Estuary Ferry",
        "£4.50",
        "Return",
        "Daily",
        *PARAGRAPHS,
    )
    assert kind_and_reason(art, "The new timetable") == (LEAD, "lead (standfirst under the headline)")


def test_a_second_standfirst_line_over_the_byline_is_the_lead_too() -> None:
    # a kicker's line and a standfirst's question over the byline (a tuning page's, under grouped
    # CV): the first was the lead, the second dropped as "outside the article text (before it)".
    art = rules_alone(
        "Ferry cut: what passengers need to know | The Valley Courier",
        *MENU,
        "Ferry cut: what passengers need to know",
        "Ferry cut What season ticket holders need to know about refunds",
        "How many trips can passengers claim back? Does the operator owe them a bus?",
        "By Julia Berger\n28 December 2025",
        *PARAGRAPHS,
        *FOOTER,
    )
    assert kind_and_reason(art, "Ferry cut What season")[0] == LEAD
    assert kind_and_reason(art, "How many trips") == (LEAD, "lead (standfirst under the headline)")
