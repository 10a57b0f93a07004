"""Article text the plain-text rules dropped (indexer.segment), on pages written for these tests:
lists stacked one under another between the article's paragraphs (a review's pros and cons, a
guide's lists) are its text, and a deck whose points are set apart by middle dots is its lead."""

from __future__ import annotations

from indexer.models import BODY, BOILERPLATE, LEAD
from indexer.segment.kept import _link_row
from tests.helpers import FOOTER, MENU, kind_and_reason, parse_blocks


def _indexed(art) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in art.paragraphs if p.indexed]


# ---- lists stacked one under another ----------------------------------------------------------

_PROS = "Battery lasts a full day of heavy use\nScreen stays readable in bright sun\nCharges to half in twenty minutes"
_CONS = "Camera struggles in low light\nNo slot for a memory card\nSpeaker sounds thin at full volume"


def test_a_reviews_pros_and_cons_between_its_verdict_and_its_text_are_kept() -> None:
    art = parse_blocks(
        MENU,
        "Tern X5 review: a mid-range phone that lasts",
        "By Jane Holloway",
        "The Tern X5 is the best phone under three hundred pounds we have tested this year. It lasts "
        "longer than its rivals and is pleasant to hold, though its camera is ordinary.",
        "Pros",
        _PROS,
        "Cons",
        _CONS,
        "£289 at Argos £299 at Currys",
        "I used the X5 as my only phone for three weeks, on trains, in the garden and on a walking "
        "holiday in the Lakes, and charged it once a day at most.",
        "The screen is bright enough to read a map in full sun, which is more than my old phone managed "
        "on a cloudy day, and the colours look natural.",
        FOOTER,
    )
    texts = _indexed(art)
    assert _PROS in texts, texts
    assert _CONS in texts, texts
    assert kind_and_reason(art, "I used the X5")[0] == BODY


def test_stacked_lists_in_german_over_a_rating_line_are_kept() -> None:
    vorteile = (
        "Sehr leise im Betrieb bei voller Leistung\nLässt sich mit einer Hand bedienen\nAkku hält über eine Stunde"
    )
    nachteile = "Der Staubbehälter ist recht klein\nErsatzfilter sind schwer zu bekommen"
    art = parse_blocks(
        MENU,
        "Akku-Sauger Windhuk 300 im Test: leise und ausdauernd",
        "Der Windhuk 300 ist der leiseste Akku-Sauger in unserem Test und hält länger durch als die "
        "meisten Geräte seiner Preisklasse, auch wenn der Behälter klein ist.",
        "Vorteile",
        vorteile,
        "Nachteile",
        nachteile,
        "Testnote 1,8 (gut)",
        "Wir haben den Sauger vier Wochen lang in einer Altbauwohnung mit Dielen, Teppich und zwei "
        "Katzen benutzt und jeden Tag mindestens einmal geleert.",
        "Auf Teppich zieht er Katzenhaare zuverlässig heraus, an den Fußleisten bleibt dagegen oft "
        "etwas Staub liegen, den man von Hand nachsaugen muss.",
        FOOTER,
    )
    texts = _indexed(art)
    assert vorteile in texts, texts
    assert nachteile in texts, texts


def test_a_menu_under_a_list_ends_no_chain_into_the_text() -> None:
    # a site's sections (one or two words a line) under a list of headlines: no text, no chain
    art = parse_blocks(
        MENU,
        "Council approves the new harbour wall after a long debate",
        "The council voted on Tuesday to build a new wall along the harbour, after two years of "
        "argument over its cost and its height.",
        "The wall will cost eleven million pounds and should be finished by the spring of 2028.",
        FOOTER,
        "More from the site",
        "Why the ferry was late again this week\nHow the market square got its fountain back\n"
        "What the new bus timetable means for you",
        "Sections",
        "News\nSport\nWeather\nPuzzles",
        "Sign up to our newsletter for the best of the week's stories in your inbox every Friday.",
    )
    texts = _indexed(art)
    assert not any(t.startswith("Why the ferry") for t in texts), texts


# ---- a deck of points set apart by middle dots ----------------------------------------------------


def test_a_deck_of_points_with_middle_dots_under_the_headline_is_the_lead() -> None:
    deck = "Neues Werk für Solarmodule · Investition von 90 Millionen Euro · Produktion ab dem Frühjahr"
    art = parse_blocks(
        MENU,
        "Sonnwerk baut Fabrik in Cottbus und schafft 300 Arbeitsplätze",
        deck,
        "Cottbus, 4. März 2026 – Die Sonnwerk AG hat heute den Bau einer neuen Fabrik für Solarmodule "
        "in Cottbus angekündigt. Bis zum Frühjahr sollen dort 300 Menschen arbeiten.",
        "Das Werk entsteht auf einem früheren Kraftwerksgelände am Stadtrand und soll im ersten Jahr "
        "rund eine Million Module fertigen, vor allem für Dächer von Wohnhäusern.",
        FOOTER,
    )
    assert kind_and_reason(art, "Neues Werk für Solarmodule")[0] == LEAD


def test_a_row_of_links_under_the_headline_stays_chrome() -> None:
    art = parse_blocks(
        MENU,
        "La mairie rénove le marché couvert pour deux millions d'euros",
        "Accueil · Actualités · Vie locale",
        "La mairie a voté jeudi soir la rénovation du marché couvert, fermé depuis l'hiver dernier "
        "après la chute d'une partie de la verrière sur les étals.",
        "Les travaux dureront huit mois et les commerçants seront accueillis sur la place de l'église.",
        FOOTER,
    )
    assert kind_and_reason(art, "Accueil · Actualités")[0] == BOILERPLATE


def test_link_row_reads_dots_between_phrases_as_points() -> None:
    assert not _link_row("Nouvelle usine dans le Nord · 240 emplois créés · production dès 2027")
    assert not _link_row("Neue Fertigung in Sachsen • Investition von 60 Millionen")
    assert _link_row("Home · World news · Sport")
    assert _link_row("Read more · Share this story")  # "Read more": two words, a link's
    assert _link_row("Council approves budget | The Harbour Gazette news site")  # a bar: still a row
    assert _link_row("Startseite - Presse - Meldungen")
    assert not _link_row("A sentence without any separator in it")


# ---- a box of facts between the headline and the body ----------------------------------------

_FACTS = (
    "Alarm time: 14 March 2026, 03:10\nIncident: Barn fire\nLocation: Mill Lane, Upper Stoke\n"
    "Units: Engine 4, Ladder 2, Tanker 1, County Police, Red Cross"
)


def test_a_reports_fact_box_between_its_date_line_and_its_text_is_kept() -> None:
    art = parse_blocks(
        MENU,
        "Barn fire on Mill Lane: livestock rescued",
        "14 March 2026",
        _FACTS,
        "We were called to a barn fire on Mill Lane shortly after three in the morning. When the "
        "first engine arrived, the roof of the barn was already burning along its whole length.",
        "Two crews in breathing apparatus led forty sheep out of the stalls next to the barn before "
        "the fire could reach them, while a third crew cooled the farmhouse wall.",
        FOOTER,
    )
    assert kind_and_reason(art, "Alarm time:")[0] == BODY


def test_a_fact_value_may_be_a_list_of_names_not_a_headline() -> None:
    from indexer.segment.furniture import _fact_value

    assert _fact_value("FF Glonn, BRK Dachau, Polizei Dachau, KBI Dachau, Rettungsdienst")
    assert _fact_value("Engine 4, Ladder 2")  # short: a value of its own
    assert not _fact_value("Wie die kleine Stadt am Fluss ihren alten Hafen wieder zum Leben erweckt")
    assert not _fact_value("The council met, argued for hours, and finally voted to close the library.")


def test_a_posts_record_box_under_the_headline_is_no_fact_box() -> None:
    for box in (
        "Details\nCategory: Press releases\nPublished: 20 November 2025\nHits: 418",
        "Details\nKategorie: Pressemitteilungen\nVeröffentlicht: 20. November 2025\nZugriffe: 418",
    ):
        art = parse_blocks(
            MENU,
            "Harbour Foods opens a canning plant in Whitby and hires ninety people",
            box,
            "Harbour Foods has opened its new canning plant on the edge of Whitby, where ninety people "
            "will work in two shifts from January.",
            "The plant will can fish landed in the town's own harbour, which until now was driven to "
            "a plant in Grimsby, three hours away by lorry.",
            FOOTER,
        )
        assert kind_and_reason(art, "Details")[0] == BOILERPLATE, box
