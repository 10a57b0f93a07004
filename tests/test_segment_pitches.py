"""A site's pitch to the reader written as a sentence, which length and punctuation read as prose
(trials 18 and 20: kept as body on sites nobody tuned on): an invitation to a community by its
size, a service promised within so many hours, a price comparison's daily count, a local
business's "book ... online and get ...", a sponsor line, a site funded by its readers, a review
site's method box (`chromewords.PITCH`, `chromewords.BOX_LABEL`, one row a language). Each text
is our own; news about funding, sponsors, tests and deadlines keeps its paragraphs."""

from __future__ import annotations


import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE
from indexer.segment import patterns
from tests.helpers import FOOTER, MENU, PROSE, html_document, kind_and_reason as kind_of, parse_blocks as parse

PITCHES = [
    "Join 12,500 allotment growers in the Seed Circle and get a planting calendar every month.",
    "We review your tenancy agreement within 24 hours and tell you which clauses will not hold.",
    "We compare over 40 million prices every day so you never pay too much for a kettle.",
    "Harbour Dental: book your check-up online and get a free whitening session this winter.",
    "The Riverside Fun Run is kindly supported by Millbrook Bakery and the Anchor Inn.",
    "Every kettle we test is boiled two hundred times before we give it a score.",
    "Wir prüfen Ihren Mietvertrag innerhalb von 24 Stunden und sagen Ihnen, was gilt.",
    "Das Sommerfest wird unterstützt von der Volksbank Talheim und dem Gasthof Linde.",
    "Schließen Sie sich über 8.000 Hobbygärtnern an und erhalten Sie jeden Monat Tipps.",
    "Rejoignez plus de 20 000 jardiniers et recevez chaque mois notre calendrier des semis.",
    "Nous vérifions votre contrat sous 48 heures et vous rappelons gratuitement.",
    "Únete a más de 15.000 lectores y recibe cada semana nuestras mejores recetas.",
    "Unisciti a oltre 3.000 appassionati e ricevi ogni mese il calendario delle uscite.",
    "Sluit je aan bij meer dan 9.000 tuinders en ontvang elke maand onze zaaikalender.",
    "Vi jämför över 2 miljoner priser varje dag så att du alltid hittar det billigaste.",
    "Tidsskriftet er finansiert av leserne og har ingen annonser.",
    "Dołącz do ponad 5 000 ogrodników i co miesiąc otrzymuj nasz kalendarz.",
    "Присоединяйтесь к 30 000 садоводов и получайте советы каждую неделю.",
    "Junte-se a mais de 7.000 leitores e receba as nossas receitas todas as semanas.",
    # a news site's call for tips (`chromewords.TIP_APPEAL`; trial 29's Swedish live blog kept one)
    "Har du tips? Ring eller sms:a vår tipstelefon dygnet runt. Du har rätt att vara anonym.",
    "Got a news tip? Call our news desk on 0800 555 0199 or send us a message any time.",
    "Haben Sie einen Hinweis für die Redaktion? Schreiben Sie uns, auch vertraulich.",
    "Heb je een tip? Mail de redactie of bel ons via het tipnummer.",
    # ...the tip and the story asked for together (a new user's Portuguese paper kept it)
    "Tem uma denúncia ou uma história? Ligue-nos ou escreva para a redação, mesmo em anonimato.",
    "Got a tip or a story? Call our news desk on 0800 555 0199 or send us a message any time.",
    "¿Tienes una denuncia o una historia? Escríbenos por WhatsApp o llama a la redacción.",
    # ...a film site's streaming alert (trial 29's review page kept it as text)
    "Not yet available to stream. Set an alert and we'll email you when it lands on a service you use.",
    # ...and a paper's subscription offer at a token price (its live blog kept "Prova ... för 1 krona")
    "Det är prenumeranterna som gör vår journalistik möjlig. Prova tidningen digitalt i tre månader för 1 krona.",
    "Lokaljournalismus lebt von Abonnenten. Lesen Sie jetzt drei Monate für 1 € alle Artikel.",
]


@pytest.mark.parametrize("pitch", PITCHES)
def test_a_sites_pitch_among_the_paragraphs_is_a_promotion(pitch: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], pitch, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, pitch[:20])
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON), reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


LABELS = [
    "Supported by the Harbour Trust and Millbrook Bakery",
    "In Zusammenarbeit mit dem Heimatverein Talheim",
    "How we test vacuum cleaners",
    "Con il sostegno di Banca di Valle",
    "Sponsorer: Fiskeriet, Bakeriet og Sparebanken",
]


@pytest.mark.parametrize("label", LABELS)
def test_a_sponsor_or_method_box_label_is_chrome(label: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], label, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, label[:15])
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON), reason


NEWS = [
    # funding, sponsors, deadlines and tests reported, not pitched
    "The study was funded by the National Institutes of Health and took four years to complete.",
    "Planning officers will review every objection within 28 days of the consultation closing.",
    "Das Projekt wird von der Europäischen Union mit rund zwei Millionen Euro unterstützt.",
    "Supported by his brother, he climbed the last hundred metres in the dark.",
    "Nearly 300 nurses will join 1,200 colleagues on strike next week, the union said.",
    "Researchers test every batch of the vaccine before it leaves the plant, the agency said.",
    "La ville a réservé 40 places en ligne pour les habitants, selon la mairie.",
    # tips and token prices reported, not asked for
    "Police said they had received a tip about the car two days before the arrest.",
    "Har du tips på hur man håller snön borta från taket, frågar läsaren Anna i Ljusdal.",
    "The broadband firm charged new customers three months for $1 before raising the price, regulators said.",
]


@pytest.mark.parametrize("line", NEWS)
def test_news_about_funding_or_tests_keeps_its_paragraph(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:20])[0] == BODY, line


def test_an_html_pitch_between_paragraphs_is_chrome() -> None:
    pitch = "Join 12,500 allotment growers in the Seed Circle and get a planting calendar every month."
    paras = "".join(f"<p>{p}</p>" for p in PROSE)
    page = (
        "<html><head><meta charset='utf-8'><title>Bridge to close</title></head><body><article>"
        f"<h1>Bridge to close</h1>{paras}<p>{pitch}</p></article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize("name", ["PITCH", "PITCH_KEYS", "BOX_LABEL", "TIP_APPEAL", "TIP_APPEAL_KEYS"])
def test_every_language_has_pitch_phrases(name: str) -> None:
    table = getattr(chromewords, name)
    assert sorted(table) == sorted(chromewords.LANGUAGES)
    assert all(table.values())


def test_every_key_leads_to_its_languages() -> None:
    keys = {lang: chromewords.PITCH_KEYS[lang] + chromewords.TIP_APPEAL_KEYS[lang] for lang in chromewords.LANGUAGES}
    for key, langs in patterns.PITCH_KEY_LANGUAGES.items():
        assert all(key in keys[lang] for lang in langs)
    for lang in chromewords.LANGUAGES:  # a block's tokens are lower-case words (or CJK substrings)
        unspaced = lang in chromewords.NO_SPACES
        # (a word with its combining marks: Hindi "आपके", whose vowel signs are no `isalnum`)
        assert all(key == key.lower() and (unspaced or chromewords.WORD.fullmatch(key)) for key in keys[lang]), lang


@pytest.mark.linear
@pytest.mark.parametrize("lang", chromewords.LANGUAGES)
def test_the_pitch_patterns_are_linear(lang: str) -> None:
    for rx in (patterns._PITCH[lang], patterns._BOX_LABEL, patterns._PITCH_UNSPACED_KEY):
        for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "1,000 " * 500, "join " * 600, "a." * 1500):
            rx.search(text)


def test_the_text_of_a_tip_box_under_its_label_is_chrome() -> None:
    # trial 61's Norwegian story: "Tips oss!" dropped as a pitch, the box's text under it (a
    # question and the newsroom's number and address) kept as the article's last paragraphs
    tip = (
        "Got a story from the valley? Call or text the news desk on 0161 496 0317, or write to "
        "news@valleygazette.example. You may stay anonymous."
    )
    debate = "Have your say: send a letter of up to 300 words to letters@valleygazette.example."
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, "Got a news tip?", tip, debate, FOOTER)
    assert kind_of(art, tip[:30])[0] == BOILERPLATE
    assert kind_of(art, debate[:30])[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_paragraph_with_a_number_under_a_heading_stays() -> None:
    # a paragraph giving a number under the article's own heading: no pitch's label over it
    line = "Residents can report problems with the new crossing on 0161 496 0999 until the end of May."
    art = parse(
        "Bridge to close", MENU, "Bridge to close", *PROSE[:2], "How to report problems", line, *PROSE[2:], FOOTER
    )
    assert kind_of(art, line[:30])[0] == BODY
