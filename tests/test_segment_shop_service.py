"""A shop's own chrome that reads like prose (`chromewords.SHOP_SERVICE`, `SHOP_SECTION`,
`PRICE_NOTE`, one row a language): the delivery, returns, payment and guarantee boxes beside a
product ("Kostenloser Versand ab 50 €. Bestellen Sie bis 14 Uhr ..."), trust badges, the
cross-selling labels and the sections under a shop's headings ("Versand & Rückgabe",
"Kundenfragen", "Kunden kauften auch") with the blurbs and buyers' questions in them, and the
tax note by a price. The product's description and specifications are the page's text. Plain
text and HTML alike; each text is our own, and news about shops keeps its paragraphs."""

from __future__ import annotations


import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE
from indexer.segment import patterns
from tests.helpers import FOOTER, MENU, PROSE, html_document, kind_and_reason as kind_of, parse_blocks as parse

BOXES = [
    "Free shipping on orders over $50. Order by 2 pm and your parcel leaves our warehouse the same day.",
    "30-day returns: not happy with it? Send it back to us free of charge.",
    "Secure payment with PayPal, Visa and Mastercard. Your data is encrypted.",
    "Over 20,000 happy customers trust our small workshop.",
    "Kostenloser Versand ab 50 € Bestellwert. Bestellen Sie bis 14 Uhr, und Ihre Ware verlässt noch heute unser Lager.",
    "30 Tage Rückgaberecht: Gefällt Ihnen ein Artikel nicht, senden Sie ihn einfach kostenlos zurück.",
    "Sicher bezahlen mit PayPal, Kreditkarte oder auf Rechnung. Alle Daten werden verschlüsselt übertragen.",
    "Livraison gratuite dès 49 € d'achat. Retours gratuits sous 30 jours, satisfait ou remboursé.",
    "Paiement 100 % sécurisé par carte bancaire ou PayPal.",
    "Envío gratis en pedidos a partir de 39 €. Devoluciones gratuitas durante 30 días.",
    "Pago 100% seguro con tarjeta o PayPal.",
    "Gratis verzending vanaf € 25. Voor 22:00 uur besteld, morgen in huis.",
    "30 dagen bedenktijd en gratis retourneren. Veilig betalen met iDEAL.",
    "Darmowa dostawa od 199 zł. Zamów do godz. 14, a wyślemy paczkę jeszcze dziś.",
    "30 dni na zwrot bez podawania przyczyny. Bezpieczne płatności online.",
    "Spedizione gratuita per ordini superiori a 59 €. Reso gratuito entro 30 giorni.",
    "Frete grátis em compras acima de R$ 199. Devolução grátis em até 30 dias.",
    "Fri frakt över 499 kr. 30 dagars öppet köp och säker betalning.",
    "Doprava zdarma od 1 500 Kč. Vrácení zboží do 30 dnů bez udání důvodu.",
    "Ingyenes szállítás 15 000 Ft felett. 30 napos pénzvisszafizetési garancia.",
    "Besplatna dostava za narudžbe iznad 50 €. Povrat robe u roku od 14 dana.",
    "Бесплатная доставка от 3000 ₽. Возврат товара в течение 14 дней.",
    "Безкоштовна доставка від 1500 грн. Повернення товару протягом 14 днів.",
    "5,000円以上のご購入で送料無料。14時までのご注文で当日発送いたします。",
    "500 TL ve üzeri ücretsiz kargo. 14 gün içinde ücretsiz iade.",
    # the dispatch time promised (trial 29's Shopify page: "Despachamos em até 3 dias úteis ...")
    "Every piece is wrapped in recycled card. Ships within 2–3 business days from our workshop.",
    "Todas as peças são embaladas em papelão reciclado. Despachamos em até 3 dias úteis após o pagamento.",
    "Versand innerhalb von 1–2 Werktagen, sorgfältig verpackt in recyceltem Karton.",
    "Expédié sous 3 jours ouvrés, emballé avec soin dans notre atelier.",
    # a product's stock line (Shopware's, trial 37)
    "Sofort versandfertig, Lieferzeit ca. 1-3 Werktage",
    # a stock status, then the delivery time, in any language of the table (trial 57's Romanian shop)
    "Disponibil imediat, livrare în 2-4 zile lucrătoare",
    "In stock, delivery in 3-5 working days",
    "Disponible, livraison sous 48 jours ouvrés",
    "Op voorraad, levering binnen 1-2 werkdagen",
    "Skladem, doručení do 2 pracovních dnů",
]


@pytest.mark.parametrize("box", BOXES)
def test_a_shops_service_box_is_chrome(box: str) -> None:
    art = parse("Trail backpack 30", MENU, "Trail backpack 30", *PROSE[:2], box, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, box[:20])
    assert kind == BOILERPLATE and reason.endswith("(a shop's service box)"), reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


NEWS = [
    # a shop's offer reported, not printed by the shop
    "The retailer now offers free shipping on orders over $35, the company said on Tuesday.",
    "Amazon said customers could return most items within 30 days of delivery.",
    "Ships within 3 days of leaving port must report their cargo to the coastguard, the new rules say.",
    "Customers complained that the money-back guarantee was hard to claim.",
    "Der Händler bietet künftig kostenlosen Versand ab 20 Euro an, teilte das Unternehmen mit.",
    "Wir haben bis 14 Uhr gewartet, dann kam die Polizei und sperrte die Straße.",
    "Le groupe propose désormais la livraison gratuite dès 25 euros, selon un communiqué.",
    "La enseña ofrece envío gratis a partir de 30 euros desde el lunes, según la empresa.",
    "De webwinkel rekent sinds maart geen verzendkosten meer boven de 20 euro, meldt het bedrijf.",
    "Last winter, delivery in 3 days was a promise the couriers could not keep, the regulator found.",
    # a news paragraph with a site's link label glued to its end
    "El alcalde anunció el cierre del puente durante seis meses. Las obras costarán dos millones de euros. "
    "Te puede interesar: Otra noticia del día",
]


@pytest.mark.parametrize("line", NEWS)
def test_news_about_a_shop_keeps_its_paragraph(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:20])[0] == BODY, line


# (language, description, section heading, its blurb, cross-selling label, its blurb)
PAGES = [
    (
        "de",
        [
            "Der Alpin 30 ist ein leichter Tagesrucksack für lange Touren im Mittelgebirge und in den Alpen. "
            "Das belüftete Rückensystem hält den Rücken auch bei warmem Wetter trocken.",
            "Das Hauptfach fasst 30 Liter und lässt sich über einen umlaufenden Reißverschluss auch von vorne öffnen. "
            "Eine Regenhülle steckt in einem eigenen Fach am Boden.",
        ],
        "Versand & Rückgabe",
        "Wir verschicken mit DHL innerhalb von ein bis zwei Werktagen. Bei Fragen hilft Ihnen unser Kundenservice gern weiter.",
        "Kunden kauften auch",
        "Passend zu Ihrem Rucksack empfehlen wir unsere leichten Trekkingstöcke und die wasserdichten Packsäcke für jede Tour.",
    ),
    (
        "en",
        [
            "The Ridge 30 is a light daypack for long hikes in the hills and mountains. Its ventilated back panel "
            "keeps you dry on warm days, and the padded hip belt spreads the load evenly.",
            "The main compartment holds 30 litres and opens at the front with a wraparound zip. A rain cover "
            "sits in its own pocket at the base and goes on in seconds.",
        ],
        "Shipping & Returns",
        "We ship with Royal Mail within one or two working days. Our friendly team is happy to help with any question.",
        "You may also like",
        "Pair your pack with our featherweight trekking poles and the waterproof dry bag range for every season.",
    ),
    (
        "fr",
        [
            "Le Crête 30 est un sac à dos léger pour les longues randonnées en moyenne montagne. Son dos ventilé "
            "vous garde au sec par temps chaud et la ceinture rembourrée répartit la charge.",
            "Le compartiment principal contient 30 litres et s'ouvre par l'avant grâce à une fermeture éclair. "
            "Une housse de pluie est rangée dans une poche au fond du sac.",
        ],
        "Livraison et retours",
        "Nous expédions votre commande par Colissimo sous deux jours ouvrés. Notre service client répond à toutes vos questions.",
        "Vous aimerez aussi",
        "Complétez votre sac avec nos bâtons de randonnée ultralégers et nos sacs étanches pour toutes les sorties.",
    ),
    (
        "es",
        [
            "La mochila Cumbre 30 es ligera y pensada para largas rutas de montaña. Su espalda ventilada te mantiene "
            "seco en los días de calor y el cinturón acolchado reparte el peso.",
            "El compartimento principal tiene 30 litros y se abre por delante con una cremallera envolvente. "
            "La funda para la lluvia se guarda en un bolsillo en la base.",
        ],
        "Preguntas de clientes",
        "¿Cabe una bolsa de hidratación de dos litros? Sí, el bolsillo interior admite bolsas de hasta tres litros.",
        "También te puede interesar",
        "Completa tu mochila con nuestros bastones de trekking ultraligeros y las bolsas estancas para cada salida.",
    ),
    (
        "nl",
        [
            "De Kam 30 is een lichte dagrugzak voor lange wandelingen in de heuvels en de bergen. Het geventileerde "
            "rugpand houdt je droog op warme dagen en de heupband verdeelt het gewicht.",
            "Het hoofdvak heeft een inhoud van 30 liter en opent aan de voorkant met een rondlopende rits. "
            "De regenhoes zit in een eigen vak onderin.",
        ],
        "Verzending en retourneren",
        "Wij versturen je bestelling met PostNL binnen een werkdag. Onze klantenservice helpt je graag verder.",
        "Klanten kochten ook",
        "Combineer je rugzak met onze lichtgewicht wandelstokken en de waterdichte zakken voor elke tocht.",
    ),
    (
        "pl",
        [
            "Plecak Grań 30 to lekki plecak na długie wędrówki po górach. Wentylowany system nośny chroni plecy "
            "przed przegrzaniem, a wyściełany pas biodrowy rozkłada ciężar.",
            "Komora główna ma pojemność 30 litrów i otwiera się z przodu na zamek błyskawiczny. "
            "Pokrowiec przeciwdeszczowy schowano w osobnej kieszeni na dnie.",
        ],
        "Dostawa i zwroty",
        "Wysyłamy zamówienia kurierem w ciągu jednego dnia roboczego. Nasz zespół chętnie odpowie na każde pytanie.",
        "Klienci kupili również",
        "Do plecaka polecamy nasze lekkie kije trekkingowe oraz wodoszczelne worki na każdą wyprawę.",
    ),
]


def _product_page(lang: str, description: list[str], heading: str, blurb: str, label: str, cross: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in description)
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Alpin 30 | Shop</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/bags'>Bags</a></nav><main><div class='product'><h1>Alpin 30</h1>"
        "<div class='price'>89,95 €</div>"
        f"<div class='description'>{paras}</div><h3>{heading}</h3><p>{blurb}</p>"
        f"<h3>{label}</h3><p>{cross}</p><ul><li><a href='/a'>Carbon</a> 49,95 €</li><li><a href='/b'>Dry</a> 19,95 €</li></ul>"
        "</div></main><footer>© 2024 Bergladen GmbH</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("page", PAGES, ids=[p[0] for p in PAGES])
def test_a_product_pages_shop_sections_are_chrome_in_html(page: tuple[str, list[str], str, str, str, str]) -> None:
    art = segment.segment(html_document(_product_page(*page), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == page[1]


@pytest.mark.parametrize("page", PAGES, ids=[p[0] for p in PAGES])
def test_a_product_pages_shop_sections_are_chrome_in_plain_text(
    page: tuple[str, list[str], str, str, str, str],
) -> None:
    _, description, heading, blurb, label, cross = page
    art = parse(
        "Alpin 30 | Shop",
        MENU,
        "Alpin 30",
        "89,95 €",
        *description,
        heading,
        blurb,
        label,
        cross,
        "Carbon\n49,95 €",
        FOOTER,
    )
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert body[-2:] == description and len(body) <= 3  # (the headline may be read as a line of text)
    assert all(kind_of(art, text[:20])[0] == BOILERPLATE for text in (heading, blurb, label, cross))


def test_a_section_ends_at_the_next_heading_over_text() -> None:
    art = parse(
        "Alpin 30 | Shop", MENU, "Alpin 30", *PROSE[:2], "Customers also bought", "Carbon poles\n$49.95",
        "Care instructions", *PROSE[2:], FOOTER,
    )  # fmt: skip
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


NOTES = [
    "inkl. MwSt. zzgl. Versandkosten",
    "89,95 € inkl. 19 % MwSt.",
    "Prix TTC",
    "£34.99 incl. VAT",
    "incl. btw",
    "税込",
    # Shopify's note under a price, in its locales (a new user's shop page kept the English one)
    "Tax included. Shipping calculated at checkout.",
    "Taxes incluses. Frais d'expédition calculés lors du paiement.",
    "Inklusive Steuern. Versand wird beim Checkout berechnet",
    "Inclusief belasting. Verzendkosten worden berekend bij het afrekenen.",
]


@pytest.mark.parametrize("note", NOTES)
def test_a_price_note_is_chrome(note: str) -> None:
    art = parse("Alpin 30 | Shop", MENU, "Alpin 30", *PROSE[:2], note, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, note[:6])
    assert kind == BOILERPLATE, reason


@pytest.mark.parametrize("name", ["SHOP_SERVICE", "SHOP_SERVICE_KEYS", "SHOP_SECTION", "PRICE_NOTE"])
def test_every_language_has_shop_phrases(name: str) -> None:
    table = getattr(chromewords, name)
    assert sorted(table) == sorted(chromewords.LANGUAGES)
    assert all(table.values())


def test_every_keyed_phrase_holds_its_key() -> None:
    # each branch of a language's phrases holds one of its key words, or the pattern is never searched
    samples = {
        "en": "Order by 2 pm",
        "de": "Geprüfter Shop",
        "fr": "Satisfait ou remboursé",
        "pl": "Płatność przy odbiorze",
    }
    for lang, text in samples.items():
        assert any(k in text.lower() for k in chromewords.SHOP_SERVICE_KEYS[lang])
        assert patterns._SHOP_SERVICE[lang].search(text), lang


@pytest.mark.linear
@pytest.mark.parametrize("lang", chromewords.LANGUAGES)
def test_the_shop_patterns_are_linear(lang: str) -> None:
    for rx in (patterns._SHOP_SERVICE[lang], patterns._SHOP_SECTION, patterns._PRICE_NOTE):
        for text in (" " * 3000, "a " * 1500, "7" * 3000, "1 000 " * 500, "1,000 " * 500, "free " * 600, "a." * 1500):
            rx.search(text)


# a buyer's question, its answer and the answer's attribution with its day, one row a language
QUESTIONS = [
    (
        "Does a two-litre water bladder fit?",
        "Yes, the sleeve takes bladders of up to three litres. Answered by Ridge Outdoor on 12/03/2024",
    ),
    (
        "Passt eine Trinkblase mit 2 Litern hinein?",
        "Ja, das Fach ist für Trinkblasen bis 3 Liter ausgelegt. Antwort von Bergladen-Team am 12.03.2024",
    ),
    (
        "Une poche à eau de deux litres rentre-t-elle ?",
        "Oui, la poche accepte jusqu'à trois litres. Réponse de Service client le 3 mars 2024",
    ),
    (
        "¿Cabe una bolsa de hidratación de dos litros?",
        "Sí, admite bolsas de hasta tres litros. Respuesta de Atención al cliente el 12/03/2024",
    ),
    (
        "Past er een drinkzak van twee liter in?",
        "Ja, het vak is geschikt voor drinkzakken tot drie liter. Antwoord van Klantenservice op 12-03-2024",
    ),
    (
        "Czy zmieści się bukłak dwulitrowy?",
        "Tak, kieszeń mieści bukłaki do trzech litrów. Odpowiedź od Obsługa sklepu 12.03.2024",
    ),
    (
        "Ci sta una sacca idrica da due litri?",
        "Sì, la tasca accoglie sacche fino a tre litri. Risposta di Servizio clienti il 12/03/2024",
    ),
]


@pytest.mark.parametrize(("question", "answer"), QUESTIONS, ids=[q[:12] for q, _ in QUESTIONS])
def test_a_buyers_question_and_its_answer_are_chrome(question: str, answer: str) -> None:
    art = parse("Alpin 30 | Shop", MENU, "Alpin 30", *PROSE[:3], question, answer, FOOTER)
    assert kind_of(art, question[:15])[0] == BOILERPLATE
    assert kind_of(art, answer[:15])[0] == BOILERPLATE
    assert all(kind_of(art, p[:20])[0] != BOILERPLATE for p in PROSE[:3])
    paras = "".join(f"<p>{p}</p>" for p in PROSE[:3])
    page = (
        "<html><head><meta charset='utf-8'><title>Alpin 30 | Shop</title></head><body><main><h1>Alpin 30</h1>"
        f"{paras}<div class='qa'><p>{question}</p><p>{answer}</p></div></main></body></html>"
    )
    html = segment.segment(html_document(page.encode(), "page.html"))
    assert [p.text for p in html.paragraphs if p.kind == BODY] == PROSE[:3]


def test_an_interviews_questions_stay() -> None:
    interview = [
        "Frage: Herr Meier, wie geht es mit der Brücke weiter?",
        "Antwort: Wir prüfen die Pfeiler bis Ende März und entscheiden dann mit dem Land über den Abriss.",
        "Frage: Was bedeutet das für die Pendler?",
        "Antwort: Die Umleitung über Talheim bleibt mindestens bis zum Sommer bestehen, am 12.03.2024 beginnt der Bau.",
    ]
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], *interview, FOOTER)
    assert all(kind_of(art, line[:20])[0] == BODY for line in interview)


def test_a_stock_line_with_its_figures_heads_no_shop_section() -> None:
    # trial 37: "Sofort versandfertig, Lieferzeit ca. 1-3 Werktage" over the product's options was
    # read as a section's heading and took the description under it; a badge is no heading
    art = parse(
        "Alpin 30 | Shop", MENU, "Alpin 30", "89,95 €", "Sofort versandfertig, Lieferzeit ca. 1-3 Werktage",
        "Artikel-Nr.: AL-30", *PROSE, FOOTER,
    )  # fmt: skip
    assert kind_of(art, "Sofort versandfertig")[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
