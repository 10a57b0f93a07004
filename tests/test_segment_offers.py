"""Promotions, offers and consent banners kept as article text (issue 13): an advertiser's offer
in the words only its copy uses (`chromewords.OFFER`), a consent dialog that never names a
cookie (`chromewords.CONSENT_NOTICE`) or names the site by its domain, an appeal to support
local journalism, and the weak furniture phrases (`_CTA`) that decided any fragment of up to 6
words. Each text is our own; an article about prices, savings or cookies keeps its paragraphs."""

from __future__ import annotations


import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE, HEADING
from indexer.segment import patterns, textblocks
from tests.helpers import FOOTER, MENU, PROSE, html_document, kind_and_reason as kind_of, parse_blocks as parse

OFFERS = [
    "Haushaltsgeräte jetzt online vergleichen und bis zu 35 Prozent sparen!",
    "Compare broadband deals in your street and save up to 30% on your monthly bill.",
    "Download our free Tenant Moving-Out Guide and avoid the five most common deposit disputes.",
    "See what you could borrow in minutes: find out how much you could borrow with our lending partner.",
    "Comparez les assurances habitation et économisez jusqu'à 25 % dès cette année.",
    "Porównaj oferty kredytów i oszczędź nawet do 20 % na ratach.",
    "Jämför elavtal på två minuter och spara upp till 15 % redan i vinter.",
    "Сравните тарифы за две минуты и сэкономьте до 30 % на связи.",
    "Bespaar tot 40 % op je energierekening: vergelijk nu alle leveranciers.",
    "Prova gratis per trenta giorni il nostro servizio di consegna.",
]


@pytest.mark.parametrize("offer", OFFERS)
def test_an_advertisers_offer_among_the_paragraphs_is_a_promotion(offer: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], offer, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, offer[:20])
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON), reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


ABOUT_PRICES = [
    # reports on prices, savings and offers: no imperative, not the seller's voice
    "Households that switch supplier could save up to 30% on their bills, the regulator said on Tuesday.",
    "Die Behörden wollen jetzt prüfen, ob die Preise für Strom und Gas im Winter zu stark gestiegen sind.",
    "Jetzt prüfen die Kartellwächter, ob die Anbieter ihre Tarife abgesprochen haben.",
    "Verbraucher können durch einen Wechsel des Anbieters oft bis zu 40 Prozent sparen, sagt die Zentrale.",
    "The streaming service now costs $1 for the first month, then $11.99 a month, the company said.",
    "'We are proud of what we built with our partners.' The minister opened the bridge on Friday morning.",
]


@pytest.mark.parametrize("line", ABOUT_PRICES)
def test_an_article_about_prices_or_savings_keeps_its_paragraph(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:20])[0] == BODY, line


CONSENT_DIALOGS = [
    "We and up to 212 partners store and/or access information on a device, such as unique IDs, to show ads.",
    "Wir und bis zu 95 Partner speichern und/oder greifen auf Informationen auf Ihrem Endgerät zu.",
    "Pour continuer, nous avons besoin de votre accord pour le traitement de vos données par nous et nos partenaires.",
    "Noi e fino a 140 partner archiviamo e/o accediamo a informazioni su un dispositivo.",
    "Мы и 120 партнеров храним и/или получаем доступ к информации на устройстве.",
    "Harbourpost.example nutzt Cookies und ähnliche Technologien, um Inhalte für Sie auszuwählen.",
    "harbourgazette.example uses cookies and similar technologies to measure how the site is used.",
]


@pytest.mark.parametrize("dialog", CONSENT_DIALOGS)
def test_a_consent_dialog_without_a_known_opening_is_a_cookie_notice(dialog: str) -> None:
    art = parse(dialog, MENU, "Bridge to close", *PROSE, FOOTER)
    assert kind_of(art, dialog[:20]) == (BOILERPLATE, "cookie notice")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_one_consent_banner_over_a_page_of_lists_does_not_become_its_text() -> None:
    # a job advert: its text is lists under headings; the banner was the page's only prose
    banner = (
        "Wir respektieren Ihre Privatsphäre. stellenhafen.example nutzt Cookies und ähnliche Technologien, "
        "um Ihnen passende Angebote zu zeigen. Ihre Einwilligung können Sie jederzeit widerrufen."
    )
    duties = "Pflege der Kundendaten im System\nAbstimmung mit dem Vertrieb\nErstellung von Monatsberichten"
    art = parse("Sachbearbeiter Vertrieb (m/w/d)", banner, MENU, "Sachbearbeiter Vertrieb (m/w/d)", *PROSE, duties)
    assert kind_of(art, banner[:20]) == (BOILERPLATE, "cookie notice")
    assert [p.text for p in art.paragraphs if p.kind == BODY][:4] == PROSE


def test_a_report_on_cookie_rules_keeps_its_paragraphs() -> None:
    lines = [
        "The regulator said sites must ask before they store information on a reader's device.",
        "It was a good year for us and our partners, the chief executive told shareholders.",
    ]
    for line in lines:
        art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
        assert kind_of(art, line[:20])[0] == BODY, line


@pytest.mark.parametrize(
    "appeal",
    [
        "Support local journalism: become a member of the Harbour Gazette for the price of a coffee a month.",
        "Soutenez le journalisme local : abonnez-vous pour lire tous nos articles sans limite.",
        "We don't have a paywall, because we think news should be free to read. Please consider a monthly gift.",
    ],
)
def test_an_appeal_to_support_local_journalism_is_a_promotion(appeal: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], appeal, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, appeal[:20])
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON), reason


@pytest.mark.parametrize(
    "headline",
    ["Why cookie prices are soaring", "Netflix raises subscription prices again", "Inside the newsletter boom"],
)
def test_a_short_headline_using_a_furniture_word_mid_line_is_no_call_to_action(headline: str) -> None:
    assert textblocks._weak_cta(headline, len(headline.split())) is None
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], headline, *PROSE[2:], FOOTER)
    assert not kind_of(art, headline)[1].startswith(("call-to-action", "site furniture"))


@pytest.mark.parametrize(
    "fragment", ["Cookie settings", "Sign up for our newsletter", "Today's top stories", "Trending now"]
)
def test_a_fragment_the_phrase_dominates_is_still_one(fragment: str) -> None:
    assert textblocks._weak_cta(fragment, len(fragment.split())) is not None


def test_an_html_offer_between_paragraphs_is_chrome() -> None:
    offer = "Jetzt Kfz-Versicherung vergleichen und bis zu 30 Prozent sparen – in nur drei Minuten."
    paras = "".join(f"<p>{p}</p>" for p in PROSE)
    page = (
        "<html><head><meta charset='utf-8'><title>Bridge to close</title></head><body><article>"
        f"<h1>Bridge to close</h1>{paras}<p>{offer}</p></article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert all(p.kind != HEADING for p in art.paragraphs if p.text == offer)


def test_a_hubspot_call_to_action_between_paragraphs_is_left_out() -> None:
    # HubSpot's CTA embed: its button's image and its text as a fallback (trial 61's HubSpot blog)
    cta = (
        '<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-1"><span class="hs-cta-node hs-cta-1"><a href="/cta/1">'
        '<img class="hs-cta-img" alt="Book a free harbour survey" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a>'
        '<span class="hs-cta-text">Book a free harbour survey for your boat. Our surveyor checks the hull and '
        "tells you honestly whether the repair makes sense.</span></span></span></p>"
    )
    paras = [f"<p>{p}</p>" for p in PROSE]
    page = (
        "<html><head><meta charset='utf-8'><title>Bridge to close</title></head><body><article>"
        f"<h1>Bridge to close</h1>{''.join(paras[:2])}{cta}{''.join(paras[2:])}</article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind in (BODY, HEADING)] == PROSE


def test_every_language_has_offer_and_consent_phrases() -> None:
    for table in (chromewords.OFFER, chromewords.OFFER_KEYS, chromewords.CONSENT_NOTICE, chromewords.CONSENT_KEYS):
        assert sorted(table) == sorted(chromewords.LANGUAGES)


@pytest.mark.linear
@pytest.mark.parametrize("name", ["_OFFER", "_CONSENT_NOTICE", "_COOKIE_SITE"])
def test_the_new_patterns_are_linear(name: str) -> None:
    rx = getattr(patterns, name)
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "a." * 1500, "jetzt " * 500, "you " * 750):
        rx.search(text)


@pytest.mark.parametrize(
    ("call", "form"),
    [
        ("Sign up for more stories like this one.", "Your email address\nSign me up"),
        ("¡Suscríbete y recibe cada receta nueva!", "Tu correo electrónico\nSuscribirme"),
    ],
)
def test_a_signup_box_whose_form_is_one_block_is_chrome(call: str, form: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, call, form, FOOTER)
    assert kind_of(art, call[:15])[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    ("call", "field", "button"),
    [
        (
            "Prenumerera gratis och få veckans viktigaste nyheter från hamnen varje fredag.",
            "Din e-postadress",
            "Prenumerera",
        ),
        ("Tilaa maksutta, niin saat viikon tärkeimmät uutiset satamasta perjantaisin.", "Sähköpostiosoite", "Tilaa"),
        ("Feliratkozás után minden pénteken elküldjük a kikötő legfontosabb híreit.", "E-mail cím", "Feliratkozás"),
    ],
)
def test_a_signup_box_in_a_language_the_form_table_lacked_is_chrome(call: str, field: str, button: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], call, field, button, *PROSE[2:], FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert kind_of(art, call[:15])[0] == BOILERPLATE


def test_the_signup_form_table_covers_every_language() -> None:
    assert set(chromewords.LANGUAGES) <= set(textblocks._SIGNUP_FORM)


# A site's call to follow it on its app or a messenger (`chromewords.CHANNEL`), in several
# languages and scripts; our own wording.
CHANNELS = [
    "Download the Harbour Gazette app for breaking news on your phone.",
    "Folgen Sie uns auf WhatsApp und erhalten Sie die wichtigsten Meldungen aus der Region.",
    "Schicken Sie uns Ihre Fotos vom Hochwasser per WhatsApp an die Redaktion.",
    "Téléchargez notre application pour suivre l'actualité de votre ville.",
    "Envíanos tus vídeos del temporal por WhatsApp al número de la redacción.",
    "Scarica la nostra app per ricevere le notizie della tua città.",
    "Підписуйтесь на наш канал у Telegram, щоб першими дізнаватися новини міста.",
    "تابعوا أخبار المدينة عبر قناتنا على واتساب",
    "Ikuti saluran WhatsApp kami untuk berita terbaru dari kota.",
    # the messenger before its channel (trial 49's Indonesian portal: "Mari bergabung di saluran WhatsApp kami")
    "Berita pilihan setiap hari dari Harian Pelabuhan. Mari bergabung di saluran WhatsApp kami, klik tautan berikut.",
    "Join our WhatsApp channel for the day's top stories from the harbour and the town hall.",
    "Folgen Sie unserem WhatsApp-Kanal für die wichtigsten Meldungen aus der Region.",
    "Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel de l'actualité locale.",
    # after a colon (trial 61's Italian TV news page)
    "Il telegiornale sul telefono: iscriviti al nostro canale WhatsApp e guarda i servizi del giorno.",
    # a podcast's platforms (trial 49's episode page)
    "Listen on Apple Podcasts, Spotify or wherever you get your podcasts. New episodes every other Tuesday.",
    "Hören Sie den Podcast auf Spotify oder überall, wo es Podcasts gibt.",
    "Escúchalo en Spotify o en tu plataforma de pódcast favorita cada jueves.",
    # "read us in our app" (trial 30's Portuguese mobile site kept one)
    "Leia O Eco da Serra na nossa aplicação: notícias da região e alertas de trânsito.",
    "Read the Harbour Gazette in our app: breaking news alerts and the daily edition.",
]


@pytest.mark.parametrize("line", CHANNELS)
def test_a_sites_call_to_follow_its_app_or_messenger_channel_is_a_promotion(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, line[:20])
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON), reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


ABOUT_APPS = [
    "The council said drivers should download the new parking app before the bridge closes in March.",
    "Police asked witnesses to send their videos of the crash via WhatsApp to a dedicated number.",
    "The broadcaster said the series would be available on Spotify and Apple Podcasts from March.",
    "Die Stadt hat eine App entwickelt, mit der Pendler die Fähren in Echtzeit verfolgen können.",
]


@pytest.mark.parametrize("line", ABOUT_APPS)
def test_an_article_about_apps_or_messengers_keeps_its_paragraph(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:20])[0] == BODY


@pytest.mark.linear
def test_the_channel_pattern_is_linear() -> None:
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "send us " * 400, "download the " * 250):
        patterns._CHANNEL.search(text)


@pytest.mark.parametrize(
    ("call", "field", "button", "terms"),
    [
        (
            "Odebírejte náš zpravodaj a každý pátek dostanete nejdůležitější zprávy z přístavu.",
            "Váš e-mail",
            "Odebírat",
            "Přihlášením k odběru souhlasíte se zpracováním osobních údajů podle našich zásad.",
        ),
        (
            "Tilaa uutiskirje, niin saat viikon tärkeimmät uutiset satamasta perjantaisin.",
            "Sähköpostiosoite",
            "Tilaa",
            "Tilaamalla hyväksyt tietosuojaselosteemme ja käyttöehtomme.",
        ),
        (
            "Prenumerera på vårt nyhetsbrev och få veckans viktigaste nyheter från hamnen.",
            "Din e-postadress",
            "Prenumerera",
            "Genom att prenumerera godkänner du att vi behandlar dina personuppgifter.",
        ),
    ],
)
def test_the_terms_line_under_a_signup_form_in_any_language_is_the_boxs(
    call: str, field: str, button: str, terms: str
) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], call, field, button, terms, *PROSE[2:], FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_the_signup_terms_line_covers_every_language() -> None:
    assert sorted(chromewords.SIGNUP_CONSENT) == sorted(chromewords.LANGUAGES)
