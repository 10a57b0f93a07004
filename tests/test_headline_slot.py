"""Plain text: the headline a page shows over its article (its <h1>, under the menus and the
breadcrumb) is the article's title when the headline finder took a weaker line, the site's
name in the banner, the SEO <title> or the deck (`segment.headslot`; trial 57 lost six pages'
headlines so, "Four wins for our juniors ..." under the club's name taken for it)."""

from __future__ import annotations

from pathlib import Path

from indexer.segment.headslot import DECK_HEADLINE_REASON, SLOT_REASON
from tests.helpers import kind_and_reason, parse_blocks

_MENU = "Home\nLearn to Row\nJuniors\nEvents\nClub news\nJoin us\nContact"
_BODY = [
    "Eighteen of our junior rowers travelled to the regional championships on Saturday, and four "
    "crews came home with medals after a long day of racing into a stiff headwind.",
    "Head coach Alan Reid said the squad had trained through the winter on the river and in the "
    "gym, and that the results showed how much the younger members had improved.",
    "On Sunday the club gathered at the boathouse to name the new coxless quad after Margaret "
    "Bell, who coached juniors here for more than thirty years.",
]
_FOOTER = ["Privacy\nCookies\nContact", "© 2024 Riverside Rowing Club. Registered charity SC000000."]
_HEADLINE = "Spring regatta: four medals for our juniors, and a new quad named for Margaret Bell"


def test_the_line_over_the_article_not_the_site_name_is_the_headline() -> None:
    art = parse_blocks(
        "Spring regatta results and boat naming - Riverside Rowing Club",
        "Riverside Rowing Club", "Rowing on the river since 1880", _MENU,
        "Home » Club news » Spring regatta", _HEADLINE, "29 Apr 2024 | Kirsty Grant", *_BODY, *_FOOTER,
    )  # fmt: skip
    assert art.title == _HEADLINE  # (not the tagline over the menu, nor the site's name)
    assert kind_and_reason(art, "Riverside Rowing Club")[0] == "boilerplate"
    assert kind_and_reason(art, "Rowing on the river")[0] == "boilerplate"


def test_without_a_date_line_too() -> None:
    art = parse_blocks(
        "Spring regatta results and boat naming - Riverside Rowing Club",
        "Riverside Rowing Club", _MENU, "Home » Club news » Spring regatta", _HEADLINE, *_BODY, *_FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, _HEADLINE) == ("title", SLOT_REASON)


def test_the_line_over_the_article_not_the_seo_title_is_the_headline() -> None:
    art = parse_blocks(
        "Regatta 2024 results: juniors, boats and more | Riverside", _MENU, _HEADLINE, *_BODY, *_FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, _HEADLINE) == ("title", SLOT_REASON)
    assert kind_and_reason(art, "Regatta 2024 results")[0] == "boilerplate"


def test_a_line_sharing_no_words_with_the_title_is_no_headline() -> None:
    # chrome over a late article start ("Jetzt vergleichen & sparen" on a wild tuning page)
    art = parse_blocks(
        "Spring regatta results and boat naming - Riverside Rowing Club", _MENU,
        "Become a member of our friendly club today", *_BODY, *_FOOTER,
    )  # fmt: skip
    assert art.title.startswith("Spring regatta results")


def test_the_headline_over_its_deck_is_the_headline() -> None:
    deck = (
        "Two more rural hospitals have closed their labor and delivery units this year, leaving a "
        "stretch of the state larger than Maryland without a place to have a baby"
    )
    headline = "In eastern Montana, expectant mothers now drive three hours to give birth"
    art = parse_blocks(
        "Montana hospitals close maternity units - The Ledger", "Subscribe Sign in",
        "Politics\nNation\nWorld\nHealth\nBusiness", "Nation | Rural health", headline, deck,
        "By Dana Whitcomb March 12, 2024 at 6:00 a.m. EDT", *_BODY, *_FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, headline) == ("title", DECK_HEADLINE_REASON)
    assert kind_and_reason(art, deck[:40])[0] == "lead"


def test_an_announcement_over_the_headline_opens_no_article() -> None:
    # trial 57's magazine page (written blind for us): the block model read the announcement bar
    # "Issue 27 is out now. ..." as the article's first block, the headline under the menu and
    # the kicker; the slot is read down to the article's first paragraph of prose
    path = Path(__file__).parent.parent / "eval" / "trials" / "trial57" / "pages_txt" / "ff014ed80875f20f.txt"
    art = parse_blocks(path.read_text(encoding="utf-8"))
    headline = "Four hundred kilometres for a paperback: a week on the outback's last book truck"
    assert kind_and_reason(art, headline) == ("title", SLOT_REASON)
    assert kind_and_reason(art, "Issue 27 is out now.")[0] == "boilerplate"


def test_a_short_headline_right_over_the_article_is_the_headline() -> None:
    # a wild tuning blog (1bc817): the <title> "Louis Vuitton Palm Springs PM oder Mini? -
    # Fashionblog aus Köln" was the title, its <h1> "Das Louis Vuitton Missgeschick" (four words,
    # under the byline, right over the first paragraph) dropped as before the article
    headline = "Regatta results for juniors"
    art = parse_blocks(
        "Spring regatta results and boat naming - Riverside Rowing Club", _MENU,
        "By Kirsty Grant 29 April 2024 in Club news, Juniors 3 Comments", headline, *_BODY, *_FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, headline) == ("title", SLOT_REASON)


def test_a_short_rubric_over_a_photo_is_no_headline() -> None:
    # a section's name over the article's photo and its credit, not right over its first
    # paragraph, shares the <title>'s words too ("Vanlife, Wohnmobil-Kaufberatung & mehr" over
    # "Campingbus-Special", a credit and "6 Bilder", a wild tuning page)
    art = parse_blocks(
        "Spring regatta results and boat naming - Riverside Rowing Club", _MENU,
        "Regatta results & more", "Photo: Kirsty Grant", "6 photos", *_BODY, *_FOOTER,
    )  # fmt: skip
    assert art.title.startswith("Spring regatta results")
