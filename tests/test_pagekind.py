"""Pages that are not a whole article say so in one warning (issue 13's bad input): a paywall's
teaser and a shop's product page were indexed without a word. Each page is our own."""

from __future__ import annotations


from indexer import htmlpage, pagekind, segment
from indexer.models import Article
from tests.helpers import PROSE, html_document, parse_blocks as parse

PAYWALL_EN = "Subscribe to continue reading. Already a subscriber? Log in"
PAYWALL_DE = "Dieser Artikel ist exklusiv für Abonnenten. Jetzt testen und weiterlesen."


def html(body: str, head: str = "") -> Article:
    page = f"<html><head><meta charset='utf-8'><title>Bridge to close</title>{head}</head><body>{body}</body></html>"
    return segment.segment(html_document(page.encode(), "page.html"))


def test_a_paywalls_teaser_says_the_article_stops_there() -> None:
    for notice, phrase in ((PAYWALL_EN, "Subscribe to continue reading"), (PAYWALL_DE, "exklusiv für Abonnenten")):
        art = parse("Bridge to close", "Home | News | Sport\nSign in", "Bridge to close", PROSE[0], notice)
        assert [str(w) for w in art.warnings] == [
            f"k.txt: the article stops at a paywall ('{phrase}'): 29 words of its text indexed; "
            "save the page while logged in, or index the full text"
        ]


def test_a_whole_article_under_a_paywall_box_gets_no_warning() -> None:
    long = [f"{p} It was the {n}th meeting on the matter this year." for n, p in enumerate(PROSE * 3, 4)]
    art = parse("Bridge to close", "Bridge to close", *long, PAYWALL_EN)
    assert not [w for w in art.warnings if "paywall" in str(w)]


def test_an_html_page_marked_not_free_with_a_short_text_says_so() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": "False"}</script>'
    art = html(f"<article><h1>Bridge to close</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p></article>", ld)
    (warning,) = [str(w) for w in art.warnings if "paywall" in str(w)]
    assert warning.startswith("page.html: the article stops at a paywall ('isAccessibleForFree: false')")


def test_a_shops_product_page_says_it_is_no_article() -> None:
    page = (
        "<div class='product'><h1>Harbour Explorer 30L Backpack</h1><p>£89.99 <s>£119.99</s></p>"
        "<button>Add to basket</button>"
        "<p>The Harbour Explorer is built for day hikes, with a rain cover tucked into the base and a padded "
        "hip belt that carries heavy loads comfortably.</p></div>"
    )
    art = html(page)
    assert [str(w) for w in art.warnings] == [
        "page.html: a shop's product page ('Add to basket'), not an article: its text is indexed; "
        "leave the file out of the build if you want articles only"
    ]


def test_an_article_about_shopping_is_no_product_page() -> None:
    line = "Shoppers who press 'add to cart' late at night spend more, the study of 40,000 baskets found."
    art = parse("Bridge to close", "Bridge to close", *PROSE[:2], line, *PROSE[2:])
    assert not [w for w in art.warnings if "shop" in str(w)]


def test_the_phrases_are_read_in_the_text_a_reader_sees_in_linear_time() -> None:
    # The page's text was taken by a regex skipping each <script> up to its end tag: for every
    # unclosed one it scanned to the page's end, and a 200 KB page of 20,000 "<script>" took 54 s.
    # It is now the parsed page's text nodes outside scripts, styles and templates.
    hidden = "<script>var msg = 'Subscribe to continue reading';</script><template><p>Add to basket</p></template>"
    page = f"<html><body>{hidden}<!-- Add to cart --><p title='Add to cart'>{PROSE[0]}</p></body></html>"
    tree = htmlpage._parse(page)
    assert htmlpage.visible_text(tree) == PROSE[0]
    assert htmlpage.visible_text(None) == ""
    assert pagekind.html_signals(page, htmlpage.visible_text(tree)) == {"paywall": "", "shop": ""}
    shown = f"<html><body><p>{PROSE[0]}</p><div class='box'>Subscribe  to continue reading</div></body></html>"
    signals = pagekind.html_signals(shown, htmlpage.visible_text(htmlpage._parse(shown)))
    assert signals == {"paywall": "Subscribe to continue reading", "shop": ""}
    # unclosed scripts by the thousand: an honest result, not minutes of scanning
    hostile = "<html><body><p>" + PROSE[0] + "</p>" + "<script>x " * 20_000 + "</body></html>"
    text = htmlpage.visible_text(htmlpage._parse(hostile))
    assert text == PROSE[0]
    assert pagekind.html_signals(hostile, text) == {"paywall": "", "shop": ""}


def test_an_html_paywall_box_with_a_log_in_link_says_the_article_stops_there() -> None:
    # the box's "Log in" link was taken for the article's last paragraph, so the paywall's words
    # above it fell outside the window where the article stops: no warning (this round's trial)
    box = "<div><p>Subscribe to continue reading.</p><a href='/login'>Log in</a></div>"
    art = html(f"<article><h1>Bridge to close</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p>{box}</article>")
    assert [w for w in art.warnings if "stops at a paywall ('Subscribe to continue reading')" in str(w)]


def test_a_subscribers_only_notice_about_the_comments_is_no_paywall() -> None:
    # Sixth trial: a short but whole German article warned "the article stops at a paywall ('nur
    # für Abonnenten')": the words were the comment box's "Kommentieren ist nur für Abonnenten
    # möglich" under it. A notice that closes the comments, in any of the corpora's languages,
    # says nothing of the article; the article's own paywall phrase still does.
    for notice in (
        "Kommentare (87) Kommentieren ist nur für Abonnenten möglich. Anmelden",
        "Comments are for subscribers only. Log in",
        "Subscribers only: join the comments below.",
    ):
        art = parse("Bridge to close", "Bridge to close", PROSE[0], notice)
        assert not [w for w in art.warnings if "paywall" in str(w)], notice
    box = '<section class="comments"><h3>Kommentare</h3><p>Kommentieren ist nur für Abonnenten möglich.</p></section>'
    art = html(f"<article><h1>Bridge to close</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p></article>{box}")
    assert not [w for w in art.warnings if "paywall" in str(w)]
    art = parse("Bridge to close", "Bridge to close", PROSE[0], PAYWALL_DE, "Kommentare (3)")
    assert [w for w in art.warnings if "exklusiv für Abonnenten" in str(w)]
