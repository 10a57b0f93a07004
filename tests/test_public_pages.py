"""Public-body pages, job adverts and event pages in plain text (trial 23): the page's own text
(a service's rules, a vacancy's "how to apply", an event's programme) is kept; a feedback poll
and its form, the site's other listings with their blurbs, a press contact box, an organiser's
about box and a footer's land acknowledgement are dropped. Every page is our own, in several
languages; the tables behind the rules cover the 32 languages of `chromewords.LANGUAGES`."""

from __future__ import annotations

import re

import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE, HEADING
from tests.helpers import FOOTER, MENU, article_html, html_document, kind_and_reason as kind_of, parse_blocks as parse

_NEW_TABLES = {
    "PRESS_CONTACT": chromewords.PRESS_CONTACT,
    "PAGE_FEEDBACK": chromewords.PAGE_FEEDBACK,
    "APPLICATION_LETTER": chromewords.APPLICATION_LETTER,
    "OTHER_LISTINGS": chromewords.OTHER_LISTINGS,
    "LAND_ACKNOWLEDGEMENT": chromewords.LAND_ACKNOWLEDGEMENT,
    "ABOUT_ORGANISER": chromewords.ABOUT_ORGANISER,
}


@pytest.mark.parametrize("name", sorted(_NEW_TABLES))
def test_tables_cover_every_language(name: str) -> None:
    table = _NEW_TABLES[name]
    assert sorted(table) == sorted(chromewords.LANGUAGES)
    re.compile(chromewords.alternation(table))


_EN_SERVICE = [
    MENU,
    "Parking permits for residents",
    "From March 1, residents of the old town can apply for a yearly parking permit online. The permit "
    "costs $120 and covers one vehicle registered at the address.",
    "You will need your vehicle registration and a recent utility bill that shows your address. Permits "
    "are mailed within ten working days of a complete application.",
    "Visitors can buy day passes at the machines on each street of the zone, or through the city's app.",
]


def test_feedback_poll_and_land_note_dropped_english() -> None:
    art = parse(
        *_EN_SERVICE,
        "Was this page helpful?",
        "Yes No",
        "Your feedback helps us improve this website. We cannot reply to comments sent through this form.",
        "The city is located on the unceded traditional territories of the river peoples. We are grateful "
        "to live and work on these lands.",
        FOOTER,
    )
    assert kind_of(art, "Visitors can buy")[0] == BODY
    for start in ("Was this page helpful", "Yes No", "Your feedback helps"):
        assert kind_of(art, start) == (BOILERPLATE, "page feedback form ('Was this page helpful?')")
    assert kind_of(art, "The city is located")[0] == BOILERPLATE


def test_feedback_poll_dropped_dutch_and_german() -> None:
    nl = parse(
        MENU,
        "Parkeervergunning voor bewoners",
        "Vanaf 1 maart kunnen bewoners van de binnenstad online een parkeervergunning aanvragen. De "
        "vergunning kost € 120 per jaar en geldt voor één auto die op uw adres staat ingeschreven.",
        "U heeft uw kentekenbewijs en een recente energierekening nodig. De vergunning wordt binnen tien "
        "werkdagen na een volledige aanvraag opgestuurd.",
        "Was deze informatie nuttig?",
        "Help ons deze pagina te verbeteren. Uw antwoord is anoniem.",
        "Ja Nee",
        FOOTER,
    )
    assert kind_of(nl, "U heeft uw kentekenbewijs")[0] == BODY
    assert kind_of(nl, "Help ons deze pagina")[0] == BOILERPLATE
    de = parse(
        MENU,
        "Anwohnerparken in der Altstadt",
        "Ab dem 1. März können Anwohnerinnen und Anwohner der Altstadt einen Parkausweis online beantragen. "
        "Der Ausweis kostet 120 Euro im Jahr und gilt für ein Fahrzeug.",
        "Sie brauchen den Fahrzeugschein und eine aktuelle Meldebescheinigung. Der Ausweis kommt innerhalb "
        "von zehn Werktagen nach dem vollständigen Antrag per Post.",
        "War diese Seite hilfreich?",
        "Ja Nein",
        "Ihre Rückmeldung hilft uns, diese Website zu verbessern. Wir können nicht auf Kommentare antworten.",
        FOOTER,
    )
    assert kind_of(de, "Sie brauchen den")[0] == BODY
    assert kind_of(de, "Ihre Rückmeldung hilft")[0] == BOILERPLATE


@pytest.mark.parametrize(
    "question",
    [
        "Did this answer your question?",  # Intercom's, under every help-centre article (trial 60)
        "Hat dies Ihre Frage beantwortet?",
        "Cela a-t-il répondu à votre question ?",
        "Was dit een antwoord op je vraag?",
    ],
)
def test_help_centre_feedback_prompt_dropped(question: str) -> None:
    art = parse(*_EN_SERVICE, question, "😞 😐 😃", FOOTER)
    assert kind_of(art, "Visitors can buy")[0] == BODY
    kind, reason = kind_of(art, question)
    assert (kind, reason.startswith("page feedback form ('")) == (BOILERPLATE, True)
    assert kind_of(art, "😞")[0] == BOILERPLATE


def test_feedback_buttons_on_the_questions_line_and_the_sorry_note_dropped() -> None:
    # Freshdesk prints the buttons on the question's line and its note for a "No" under it (trial 61)
    note = "Sorry we couldn't be helpful. Help us improve this article with your feedback."
    art = parse(*_EN_SERVICE, "Did you find it helpful? Yes No", note, FOOTER)
    assert kind_of(art, "Visitors can buy")[0] == BODY
    assert kind_of(art, "Did you find it helpful")[0] == BOILERPLATE
    assert kind_of(art, note)[0] == BOILERPLATE


def test_the_widgets_messages_on_the_questions_line_dropped() -> None:
    # a help centre's widget prints its thanks and its error after the question, on its line (trial 62)
    form = ("Did this answer your question? Thanks for the feedback! Our team reads every rating and uses it to "
            "improve these articles. There was a problem submitting your feedback. Please try again later.")  # fmt: skip
    art = parse(*_EN_SERVICE, form, "Still need help? Contact us", FOOTER)
    assert kind_of(art, "Visitors can buy")[0] == BODY
    assert kind_of(art, "Did this answer")[0] == BOILERPLATE
    # the same question opening a paragraph between two of a story is the story's
    story = ("Did it help? Residents say the new bus lane cut their morning trip into town by ten minutes, "
             "and the council wants to try a second one next spring.")  # fmt: skip
    before = (
        "The council opened the bus lane on the main road in March, after two years of complaints from "
        "commuters who spent most of an hour in traffic between the ring road and the old town."
    )
    after = ("Shopkeepers on the road are less pleased. They say deliveries now have to stop in side streets, and "
             "two of them have asked the council to allow loading in the lane before seven in the morning.")  # fmt: skip
    art = parse(MENU, "A year of the bus lane", before, story, after, FOOTER)
    assert kind_of(art, "Did it help?")[0] == BODY


def test_a_question_with_a_sentence_after_it_is_no_feedback_poll() -> None:
    from indexer.segment import furniture

    assert furniture._PAGE_FEEDBACK.match("Was this helpful? Yes No")
    assert not furniture._PAGE_FEEDBACK.match("Was this helpful? We think the new rules will be")


def test_vacancy_keeps_how_to_apply_and_drops_other_vacancies() -> None:
    art = parse(
        MENU,
        "Vacancy: Field Officer (Lakeside)",
        "The Lakeside Water Trust is looking for a practical Field Officer to support village water "
        "committees across the district. The post is based in Lakeside town.",
        "Key duties",
        "Visit each village water point every month and record its state.\nTrain committee members "
        "in basic repairs.\nWrite a short monthly report for the programme manager.",
        "How to apply",
        "Send a cover letter of no more than one page and a CV, as one PDF, to jobs@lakeside-water.org. "
        "Interviews will be held in Lakeside in the week of 4 May.",
        "We are an equal opportunity employer and never charge a fee at any stage of recruitment.",
        "Other open positions",
        "Finance Assistant (Capital)",
        "Support our finance team with payments and monthly reports to donors.",
        "Communications Intern (6 months)",
        "A paid internship for a recent graduate who likes telling stories.",
        FOOTER,
    )
    assert kind_of(art, "Send a cover letter")[0] == BODY
    assert kind_of(art, "Support our finance team")[0] == BOILERPLATE
    assert kind_of(art, "A paid internship")[0] == BOILERPLATE


def test_letters_page_notice_still_dropped() -> None:
    art = parse(
        "Letters to the editor",
        "The new bridge has made my walk to the station twice as long, and nobody asked the people who "
        "live next to it what they needed from a crossing.",
        "Letters should be no more than 250 words and must include your full postal address. Email "
        "letters@gazette.example.",
    )
    assert kind_of(art, "Letters should be")[0] == BOILERPLATE


def test_german_press_contact_box_dropped() -> None:
    art = parse(
        MENU,
        "Neue Erhebung: Die Hälfte der Streuobstwiesen ist überaltert",
        "Eine Erhebung des Vereins zeigt, dass die Hälfte der Streuobstwiesen im Kanton überaltert ist. "
        "Freiwillige haben in zwei Jahren mehr als tausend Wiesen besucht.",
        "Der Verein fordert höhere Beiträge für die Pflege und für neue Pflanzungen. Ohne sie gingen in "
        "zehn Jahren weitere Wiesen verloren, sagt die Geschäftsführerin.",
        "Kontakt für Medienschaffende",
        "Anna Muster, Geschäftsführerin, Tel. 031 555 10 20, anna.muster@example.ch. Für Interviews "
        "stehen wir Ihnen gerne zur Verfügung.",
        FOOTER,
    )
    assert kind_of(art, "Der Verein fordert")[0] == BODY
    assert kind_of(art, "Kontakt für Medienschaffende")[0] == BOILERPLATE
    assert kind_of(art, "Anna Muster")[0] == BOILERPLATE


def test_romanian_event_keeps_programme_and_drops_organiser_box() -> None:
    art = parse(
        MENU,
        "Festivalul de jazz din Piața Veche 2025",
        "Între 6 și 8 iunie, Piața Veche găzduiește a cincea ediție a festivalului de jazz. Concertele "
        "sunt gratuite și încep în fiecare seară la ora 19:00.",
        "Program pe scurt",
        "Vineri, 6 iunie Deschiderea festivalului și concert de pian Scena mare\n"
        "Sâmbătă, 7 iunie Atelier de improvizație pentru tineri Sala mică\n"
        "Duminică, 8 iunie Concert de închidere cu orchestra orașului Scena mare",
        "Ateliere",
        "Ritm pentru începători (8-12 ani), sâmbătă de la 11:00\nCântăm împreună la tobe, duminică de la 12:00",
        "Locurile la ateliere sunt limitate la 20 de copii. Înscrierea se face la cortul organizatorilor.",
        "Vă așteptăm cu drag în fiecare seară a festivalului, împreună cu familia și prietenii.",
        "Despre asociație",
        "Asociația noastră organizează din 2015 concerte și ateliere de muzică pentru copiii din oraș și "
        "din satele din jur.",
        FOOTER,
    )
    assert kind_of(art, "Vineri, 6 iunie")[0] == BODY
    assert kind_of(art, "Despre asociație")[0] == BOILERPLATE
    assert kind_of(art, "Asociația noastră organizează")[0] == BOILERPLATE


def test_html_section_heading_under_a_summary_field_is_kept() -> None:
    """A service page's summary (`<p class="intro">`) is its lead; the section heading under it
    and its paragraph, in a body field whose class names a summary too ("text-with-summary"),
    are the article's heading and text, not a second lead under a heading over nothing."""
    intro = (
        "A green roof holds rain water, cools your house in summer and feeds bees. The council pays half "
        "of the cost of a new one, up to a fixed amount per address."
    )
    para = (
        "You can apply if you own a house or a business building in the town. Tenants can ask their "
        "landlord to apply, or apply with the owner's written consent."
    )
    more = (
        "The roof must be at least six square metres and planted with sedum, herbs or grasses. A garden "
        "firm must lay it, and the council checks it within a year."
    )
    body = (
        f"<div class='field--name-summary'><p class='intro'>{intro}</p></div>"
        f"<div class='field--type-text-with-summary'><h2>Who can apply?</h2><p>{para}</p>"
        f"<h2>Conditions</h2><p>{more}</p></div>"
    )
    art = segment.segment(html_document(article_html(body, "Green roofs: grants in 2024")))
    kinds = {p.text: p.kind for p in art.paragraphs}
    assert kinds["Who can apply?"] == HEADING
    assert kinds[para] == BODY


def test_side_column_after_the_feedback_form_dropped_english_and_spanish() -> None:
    """What a public body's page prints after its feedback poll (the office's hours, an agenda, the
    latest news with their blurbs) is its side column, not the page's text (trial 25's kind)."""
    from indexer.segment.furniture import AFTER_FEEDBACK_REASON

    en = parse(
        *_EN_SERVICE,
        "Was this page helpful?",
        "Yes No",
        "Parking Services",
        "The parking office is open Monday to Friday from 8:30 am to 4:30 pm, except public holidays.",
        "Latest news",
        "Spring street sweeping starts April 3",
        "Crews will sweep every residential street over four weeks; watch for the temporary signs.",
        FOOTER,
    )
    assert kind_of(en, "Visitors can buy")[0] == BODY
    assert kind_of(en, "The parking office is open")[0] == BOILERPLATE  # (the form's note, or after it)
    for start in ("Spring street sweeping", "Crews will sweep"):
        assert kind_of(en, start)[0] == BOILERPLATE
    es = parse(
        MENU,
        "Tarjeta de aparcamiento para residentes",
        "Desde el 1 de marzo, los vecinos del casco antiguo pueden solicitar en línea la tarjeta anual de "
        "aparcamiento. La tarjeta cuesta 120 euros y vale para un vehículo empadronado en el domicilio.",
        "Necesitará el permiso de circulación y un recibo reciente que muestre su dirección. La tarjeta se "
        "envía por correo en un plazo de diez días hábiles.",
        "Los visitantes pueden comprar pases diarios en las máquinas de cada calle de la zona.",
        "¿Le ha resultado útil esta información?",
        "Sí No",
        "Gracias por su respuesta.",
        "Agenda",
        "Mercado de segunda mano en la plaza Mayor: venga a vender y comprar libros, ropa y juguetes.",
        "Concierto de primavera de la banda municipal en el parque de la Alameda, con entrada libre.",
        FOOTER,
    )
    assert kind_of(es, "Necesitará el permiso")[0] == BODY
    for start in ("Mercado de segunda mano", "Concierto de primavera"):
        assert kind_of(es, start) == (BOILERPLATE, AFTER_FEEDBACK_REASON)


def test_text_after_a_feedback_form_above_most_of_the_page_is_kept() -> None:
    """A poll printed above most of the page's text closes nothing: the text under it stays."""
    art = parse(
        MENU,
        "Parking permits for residents",
        "Was this page helpful?",
        "Yes No",
        "Tell us how we can improve this page.",
        "From March 1, residents of the old town can apply for a yearly parking permit online. The permit "
        "costs $120 and covers one vehicle registered at the address.",
        "You will need your vehicle registration and a recent utility bill that shows your address. Permits "
        "are mailed within ten working days of a complete application.",
        "Visitors can buy day passes at the machines on each street of the zone, or through the city's app.",
        FOOTER,
    )
    for start in ("From March 1", "You will need", "Visitors can buy"):
        assert kind_of(art, start)[0] == BODY
