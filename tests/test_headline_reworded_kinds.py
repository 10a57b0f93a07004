"""Plain text: the page's own headline when it rewords the <title> line, in three shapes the
headline finder passed over (trial 61, written blind): a headline of two sentences that holds
the <title>'s words ("W Ustrzykach Dolnych ruszyła biblioteka rzeczy. Wiertarkę pożyczysz ..."),
a question's headline with more after it ("Induction or gas for a hawker stall? What 14 months
of trials ... taught us") under an announcement bar that opens the article run, and a headline
with a dozen one- or two-word lines of a platform's byline row under it and the publication's
"Published in NAME" over it (Medium). Pages of our own."""

from __future__ import annotations

from tests.helpers import kind_and_reason, parse_blocks

_MENU = "Home\nNews\nSport\nCulture\nContact"
_BODY = [
    "From Monday the town library lends more than eighty tools and household machines to anyone "
    "with a reader's card, from a hammer drill to a carpet cleaner and a tent for four.",
    "The idea came from a librarian's exchange visit to a Slovak town, where a similar shelf has "
    "been running for three years and is now used by several hundred families.",
    "The items were bought with money from the participatory budget, and residents donated the "
    "rest; every electric tool is checked by a volunteer electrician before it goes out again.",
]
_FOOTER = ["Privacy\nCookies\nContact", "© 2024 Valley News. All rights reserved."]


def test_a_two_sentence_headline_holding_the_titles_words() -> None:
    headline = "Kelso town library opens a tool shelf. Borrow a drill like a book, with your reader's card"
    art = parse_blocks(
        "Tool shelf opens at Kelso town library", "Bus timetable changes from 4 March – check the new times",
        _MENU, "You are here: Home News Tool shelf", headline,
        "Details Written by: Kate Barr Category: News Published: 12 March 2024", *_BODY, *_FOOTER,
    )  # fmt: skip
    assert art.title == headline


def test_a_paragraphs_sentence_sharing_a_word_or_two_is_no_headline() -> None:
    sentence = "The library opens at nine. Tools go out for seven days at a time"
    art = parse_blocks(
        "Tool shelf opens at Kelso town library", _MENU, "You are here: Home News Tool shelf",
        sentence, "Details Written by: Kate Barr Category: News Published: 12 March 2024", *_BODY, *_FOOTER,
    )  # fmt: skip
    assert art.title != sentence


def test_a_question_headline_under_an_announcement_over_the_byline() -> None:
    headline = "Induction or gas for a market stall? What a year of trials in three towns taught us"
    art = parse_blocks(
        "Induction vs gas for market stalls: trial results",
        "New: our showroom is now open on Saturdays from 10am to 4pm, no appointment needed.",
        "Products Servicing Case studies Blog Contact", "Energy Traders", headline,
        "Dana Lim May 14, 2024 6 min read", *_BODY, *_FOOTER,
    )  # fmt: skip
    assert art.title == headline


def test_a_headline_over_a_long_row_of_one_word_lines() -> None:
    headline = "Night of the long tables: the street feast that fed a whole town"
    art = parse_blocks(
        "Street feast review: the long tables of Kelso | by Ana Reis | Table Talk | Medium",
        "Sign up to read more stories from writers you follow and the publications you love.\nWrite\nSign in",
        "Published in Table Talk", headline,
        "One evening a year the main street closes and three hundred neighbours eat together.",
        "Ana Reis", "·", "Follow", "Published in", "Table Talk", "·\n6 min read\n·\nMay 6, 2024",
        "412", "3", "Listen", "Share", "The long tables on the main street at dusk. Photo: Ana Reis", *_BODY, *_FOOTER,
    )  # fmt: skip
    assert art.title == headline
    assert kind_and_reason(art, "Published in Table Talk")[0] == "boilerplate"


def test_a_captions_line_over_a_date_under_the_first_paragraph_is_no_headline() -> None:
    # (a wild tuning page: the photo's caption "Claudia Brandes und das links-grüne Bündnis ...
    # Foto: NAME" over "Ab 1. März 2024 ..." under the commentary's paragraphs)
    body = [
        "Die Stadtbibliothek verleiht seit Montag mehr als achtzig Werkzeuge und Haushaltsgeräte an "
        "alle, die einen Leseausweis haben, von der Bohrmaschine bis zum Teppichreiniger.",
        "Die Idee brachte eine Bibliothekarin von einem Austausch in der Slowakei mit, wo ein solches "
        "Regal seit drei Jahren läuft und von mehreren hundert Familien genutzt wird.",
        "Die Geräte wurden aus dem Bürgerhaushalt bezahlt, den Rest spendeten Einwohner; jedes "
        "Elektrowerkzeug prüft ein ehrenamtlicher Elektriker, bevor es wieder hinausgeht.",
    ]
    caption = "Das neue Werkzeugregal der Stadtbibliothek Kelheim steht allen Lesern offen ... Foto: Bensing & Reith"
    art = parse_blocks(
        "Werkzeugregal in der Stadtbibliothek Kelheim eröffnet", "Start\nNachrichten\nSport\nKultur",
        "KOMMENTAR Stadtbibliothek", "Ein Regal voller Werkzeug", *body[:2], caption,
        "Ab 1. März 2024 die neue Leiterin der Stadtbibliothek: Anna Berg. ... Archivfoto: ON", body[2],
        "Impressum\nDatenschutz\nKontakt",
    )  # fmt: skip
    assert art.title != caption


def test_a_blog_posts_title_holding_every_word_of_the_titles_post_part() -> None:
    # Blogger's <title> "BLOG: POST"; the page shows the blog's name, its description and the
    # post's title, longer than the <title>'s part (trial 61: the blog's name was the headline)
    headline = "Twelve Sundays at the tool shelf of Kelso library, and why I keep going back"
    art = parse_blocks(
        "Odd Jobs and Old Books: Tool shelf at Kelso library", "Odd Jobs and Old Books",
        "Notes on fixing things and reading about them, from the Scottish Borders", "Home The Shed About",
        "Sunday, 23 June 2024", headline, *_BODY, "Posted by Ana Reis at 19:05", *_FOOTER,
    )  # fmt: skip
    assert art.title == headline
    assert kind_and_reason(art, "Notes on fixing things")[0] == "boilerplate"
