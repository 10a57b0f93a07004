"""A site menu over a cookie notice over the headline, cookie notices in the languages the
rules know, and a form's status messages (a new user's second trial, and two extraction-wild
tuning pages). Each page is our own."""

from __future__ import annotations

import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE, TITLE
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason as kind_of, parse_blocks as parse

HEADLINE = "Council approves new flood barriers"


@pytest.mark.parametrize(
    ("menu", "notice"),
    [
        # html-text's dumps set a row of inline links apart by runs of spaces
        ("Home  World  UK  Business  Sport", "We use cookies to improve your experience. By continuing you agree."),
        ("Inicio  Nacional  Internacional  Economía  Deportes", "Este sitio utiliza cookies. Al continuar acepta."),
        ("Главная  Политика  Экономика  Общество  Спорт", "Мы используем файлы cookie. Продолжая, вы соглашаетесь."),
        # the menu glued on top of the notice, without a blank line between them
        ("Главная | Политика | Экономика | Общество | Спорт\nМы используем файлы cookie. Продолжая, вы согласны.", ""),
    ],
)
def test_a_menu_row_over_a_cookie_notice_over_the_headline(menu: str, notice: str) -> None:
    art = parse(*[b for b in (menu, notice) if b], HEADLINE, "By Martha Quinlan", *PROSE, FOOTER)
    assert art.title == HEADLINE
    assert [p.text for p in art.paragraphs if p.kind == TITLE] == [HEADLINE]
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert all(p.kind == BOILERPLATE for p in art.paragraphs if "cookie" in p.text or p.text.startswith(menu[:8]))


def test_a_menu_row_glued_on_top_of_the_headline_is_not_the_title() -> None:
    art = parse("Главная | Политика | Экономика | Спорт\n" + HEADLINE, "By Martha Quinlan", *PROSE)
    assert art.title == HEADLINE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "menu", ["Главная  Новости  Политика  Спорт", "Nieuws  Binnenland  Buitenland", "Cronaca  Esteri  Economia"]
)
def test_menu_rows_in_more_languages(menu: str) -> None:
    assert segment.textblocks.is_menu_row(menu)


@pytest.mark.parametrize(
    "notice",
    [
        "Wir verwenden Technologien wie Cookies, um Geräteinformationen zu speichern und/oder darauf zuzugreifen. "
        "Wir tun dies, um das Browsing-Erlebnis zu verbessern.",
        "Diese Website verwendet Cookies, damit wir dir die bestmögliche Nutzererfahrung bieten können.",
        "We use technologies like cookies to store and/or access device information.",
        "Este sitio web utiliza cookies propias y de terceros para mejorar nuestros servicios.",
        "Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza.",
        "Wij gebruiken cookies om onze website en uw ervaring te verbeteren.",
        "Używamy plików cookies, aby ułatwić Ci korzystanie z naszego serwisu.",
        "Этот сайт использует файлы cookie для улучшения работы.",
    ],
)
def test_a_cookie_notice_among_the_article_is_chrome(notice: str) -> None:
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE[:2], notice, *PROSE[2:], FOOTER)
    assert kind_of(art, notice[:20]) == (BOILERPLATE, "cookie notice")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "status",
    [
        "You have already subscribed. Thank you.",
        "Thank you for subscribing!",
        "You have Successfully Subscribed!",
        "Danke für Ihre Anmeldung.",
        "Merci pour votre inscription !",
        "Gracias por suscribirte.",
        "Спасибо за подписку!",
        # the other languages (chromewords.FORM_STATUS), and a feedback form's thanks
        "Thanks for your feedback!",
        "Tack för din anmälan – kolla din inkorg.",
        "Dziękujemy za zapisanie się do newslettera.",
        "Köszönjük, hogy feliratkozott!",
        "Takk for tilbakemeldingen!",
        "Ďakujeme za registráciu.",
        "Mesajınız gönderildi.",
        "Дякуємо за підписку!",
        "Grazie per il tuo feedback.",
        "感谢您的订阅！",
    ],
)
def test_a_forms_status_message_is_chrome(status: str) -> None:
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, status, FOOTER)
    assert kind_of(art, status) == (BOILERPLATE, segment.patterns.FORM_STATUS_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_every_language_has_form_status_phrases() -> None:
    assert sorted(chromewords.FORM_STATUS) == sorted(chromewords.LANGUAGES)


def test_an_interviews_thanks_stays_article_text() -> None:
    thanks = "Thanks for joining us! To start, could you tell our readers how the flood barriers will work?"
    art = parse(HEADLINE, *PROSE[:2], thanks, *PROSE[2:])
    assert kind_of(art, thanks[:20])[0] == BODY


def test_the_headline_over_the_byline_is_the_title_under_an_unknown_banner() -> None:
    # a banner the rules do not know, read as prose, over the headline: the block model dropped
    # the headline, and the site's name above the banner was the title
    banner = "Read us on Telegram and WhatsApp to be the first to learn the news of the day, every day."
    art = parse("Harbour Gazette Online\n" + banner, HEADLINE, "By Martha Quinlan", *PROSE, FOOTER)
    assert art.title == HEADLINE
    assert [p.text for p in art.paragraphs if p.kind == TITLE] == [HEADLINE]


def test_a_headline_that_repeats_the_pages_title_stands() -> None:
    art = parse(f"{HEADLINE} | Harbour Gazette", MENU, HEADLINE, "Flood barriers approved", "By Martha Quinlan", *PROSE)
    assert art.title == HEADLINE
    assert [p.text for p in art.paragraphs if p.kind == TITLE] == [HEADLINE]
