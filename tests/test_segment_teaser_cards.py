"""Teaser rails kept as article text in plain-text pages (issue 13, trial 18): cards of other
stories (headline, one blurb sentence, a section label or date) with no header the rules know,
above the headline or below the article; a teaser list whose cards carry a kicker and a date; a
related link's label with a headline between paragraphs. And what must stay: an article's own
sections, a live blog's posts, numbered steps. Every page is our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, HEADING, LEAD
from indexer.segment.cards import _CLOCK, _INNER_SENTENCE, _ITEM_SPLIT, _LIST_LABEL, _META_SEPARATOR
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason as para, parse_blocks as parse

HEADLINE = "Harbour bridge to close for a year of repairs"
CARDS_EN = [
    ("School board weighs a later start for the secondary schools", "Parents asked for more time to plan the change."),
    ("Lifeguards return to the north beach after a quiet summer", "The council found the money for two more posts."),
    ("Night market moves to the old tram depot for the winter", "Traders say the new hall will keep the stalls dry."),
]


def _kinds(art: object, texts: list[str]) -> set[str]:
    return {para(art, t)[0] for t in texts}  # type: ignore[arg-type]


def test_cards_above_the_headline_with_section_and_time_are_chrome() -> None:
    cards = [part for n, (h, s) in enumerate(CARDS_EN) for part in (h, s, f"Education · {n + 2} hours ago")]
    art = parse(HEADLINE + " - The Gazette", MENU, *cards, HEADLINE, "By Ann Lee", *PROSE, FOOTER)
    assert _kinds(art, [t for pair in CARDS_EN for t in pair]) == {BOILERPLATE}
    assert para(art, CARDS_EN[0][0])[1].startswith("teaser list")
    assert art.title == HEADLINE
    assert _kinds(art, PROSE) == {BODY}


def test_german_cards_with_a_kicker_under_the_article_are_chrome() -> None:
    cards = [
        ("Markt", "Neue Stände für den Wochenmarkt am Rathaus", "Die Stadt vergibt zwölf Plätze an junge Händler."),
        ("Schule", "Grundschule bekommt eine neue Turnhalle", "Der Bau soll im Frühjahr beginnen und ein Jahr dauern."),
        ("Verkehr", "Buslinie 4 fährt ab Montag wieder durch die Altstadt", "Die Umleitung über den Ring entfällt."),
        ("Kultur", "Stadtbücherei verlängert die Öffnungszeiten am Samstag", "Künftig ist bis 16 Uhr geöffnet."),
    ]
    prose = [
        "Die Brücke über den Hafen wird ab März für ein Jahr gesperrt, weil die Stahlträger stärker "
        "verrostet sind als erwartet, teilte die Stadtverwaltung am Dienstag mit.",
        "Pendler sollen in dieser Zeit auf Fähren ausweichen, die morgens und abends häufiger fahren, "
        "sagte der Bürgermeister bei einer Versammlung im Rathaus.",
    ]
    blocks = [part for card in cards for part in card]
    art = parse("Hafenbrücke wird gesperrt", MENU, "Hafenbrücke wird gesperrt", *prose, *blocks, FOOTER)
    assert _kinds(art, [h for _, h, _ in cards] + [s for _, _, s in cards]) == {BOILERPLATE}
    assert _kinds(art, prose) == {BODY}


def test_bare_cards_under_an_unknown_header_at_the_end_are_chrome() -> None:
    cards = [
        (
            "Le marché de Noël ouvre ses portes place du Château",
            "Soixante chalets attendent les visiteurs jusqu'au 24.",
        ),
        ("La piscine municipale fermée deux semaines en janvier", "Les bassins seront vidés pour des travaux."),
        ("Un nouveau sentier relie le port à la forêt domaniale", "Le parcours de six kilomètres est balisé en bleu."),
    ]
    prose = [
        "Le pont du port sera fermé pendant un an à partir de mars, a annoncé mardi la mairie, car "
        "les poutres en acier sont plus rouillées que prévu par les ingénieurs de la ville.",
        "Les habitants devront prendre le bac, qui passera plus souvent le matin et le soir, a précisé "
        "le maire lors d'une réunion publique organisée à la salle des fêtes.",
    ]
    blocks = [part for card in cards for part in card]
    art = parse("Le pont du port fermé", MENU, "Le pont du port fermé", *prose, "À découvrir", *blocks, FOOTER)
    assert _kinds(art, [t for pair in cards for t in pair]) == {BOILERPLATE}
    assert _kinds(art, prose) == {BODY}


def test_dated_release_cards_under_the_article_are_chrome_and_dotted_dates_are_no_clock() -> None:
    # A newsroom's "more releases": a dotted date over each headline and blurb ("18.04.2024"). The
    # date's day and month once read as a live blog's clock stamp ("18.04"), which keeps the rail.
    cards = [
        ("18.04.2024", "Auftragseingang steigt im ersten Quartal", "Die Nachfrage im Heimatmarkt zieht nach einem schwachen Jahr wieder an."),
        ("02.04.2024", "Rekordzahl an Auszubildenden in Hanau", "So viele junge Menschen wie nie beginnen ihre Ausbildung im Werk."),
        ("14.03.2024", "Servicenetz für Wärmepumpen wächst", "Mehr als tausend Partnerbetriebe warten inzwischen die neuen Geräte."),
    ]  # fmt: skip
    prose = [
        "Die Brücke über den Hafen wird ab März für ein Jahr gesperrt, weil die Stahlträger stärker "
        "verrostet sind als erwartet, teilte die Stadtverwaltung am Dienstag mit.",
        "Pendler sollen in dieser Zeit auf Fähren ausweichen, die morgens und abends häufiger fahren, "
        "sagte der Bürgermeister bei einer Versammlung im Rathaus.",
    ]
    blocks = [part for card in cards for part in card]
    art = parse("Hafenbrücke wird gesperrt", MENU, "Hafenbrücke wird gesperrt", *prose, "Weitere Meldungen", *blocks,
                "Presseverteiler", FOOTER)  # fmt: skip
    assert _kinds(art, [h for _, h, _ in cards] + [s for _, _, s in cards]) == {BOILERPLATE}
    assert _kinds(art, prose) <= {LEAD, BODY}
    assert [bool(_CLOCK.match(t)) for t in ("18.04.2024", "02.04.", "14:05", "9.30 Uhr", "22h15")] == [
        False, False, True, True, True,
    ]  # fmt: skip


def test_two_bare_cards_under_a_label_at_the_end_are_chrome() -> None:
    # trial 34: "Kapcsolódó beszédek" (related speeches) over two other items, each a headline
    # and a one-sentence blurb, then the press contact: two cards were taken for sections
    cards = [
        ("Az elnök beszéde az éves jelentés vitájában", "Az elnök a tavalyi év monetáris döntéseit értékelte a parlamentben."),
        ("Kiberbiztonság a hazai bankrendszerben ma", "Az igazgató bemutatta a bankok elleni támadások leggyakoribb típusait."),
    ]  # fmt: skip
    prose = [
        "Öt évvel ezelőtt, amikor elindult a hazai azonnali fizetési rendszer, sokan azt jósolták, hogy a "
        "készpénz néhány éven belül eltűnik a boltokból és a piacokról.",
        "Engedjék meg, hogy néhány adattal kezdjem. Tavaly a bolti vásárlások száma szerint a fizetések "
        "több mint fele még mindig készpénzzel történt az országban.",
    ]
    blocks = [part for card in cards for part in card]
    art = parse("A készpénz helye", MENU, "A készpénz helye", *prose, "Kapcsolódó beszédek", *blocks,
                "Sajtókapcsolat", "sajto@example.hu", FOOTER)  # fmt: skip
    assert _kinds(art, [t for pair in cards for t in pair]) == {BOILERPLATE}
    assert _kinds(art, prose) <= {LEAD, BODY}
    # an article's last two sections under a label, paragraphs longer than a blurb, stay
    sections = [
        ("Why the bridge closed this spring", PROSE[1]),
        ("What the council will decide next", PROSE[2]),
    ]
    art = parse(HEADLINE, MENU, HEADLINE, PROSE[0], "Background", *[p for s in sections for p in s], FOOTER)
    assert _kinds(art, [s for _, s in sections]) == {BODY}


def test_an_articles_sections_live_posts_and_numbered_steps_stay() -> None:
    sections = ["What went wrong", PROSE[1], "Who pays", PROSE[2], "What comes next", PROSE[3]]
    art = parse(HEADLINE, MENU, HEADLINE, PROSE[0], *sections, FOOTER)
    assert [para(art, t)[0] for t in sections] == [HEADING, BODY] * 3
    # a live blog: a clock stamp, the post's headline, one sentence (the posts are the article)
    posts = [
        ("09:15", "Ferries run every ten minutes from the quay", "The first boat left on time this morning."),
        ("10:40", "Queues build at the ticket office on the quay", "Staff have opened a second window for passengers."),
        ("11:05", "Cyclists may take their bikes on board for free", "The ferry company confirmed the offer by email."),
    ]
    live = [part for post in posts for part in post]
    art = parse("Live: bridge closure day one", MENU, "Live: bridge closure day one", PROSE[0], *live, FOOTER)
    assert _kinds(art, [s for _, _, s in posts]) == {BODY}
    # numbered steps: the same label word and a number over each step
    steps = [
        ("Step 1", "Mix the flour and the sugar in a bowl", "Stir until no lumps are left in the mixture."),
        ("Step 2", "Beat the eggs with the melted butter", "Pour them slowly into the dry mixture."),
        ("Step 3", "Bake the cake in the middle of the oven", "It is done when a skewer comes out clean."),
    ]
    recipe = [part for step in steps for part in step]
    art = parse("Simple sponge cake", MENU, "Simple sponge cake", PROSE[0], *recipe, FOOTER)
    assert _kinds(art, [s for _, _, s in steps]) == {BODY}


def test_a_teaser_lists_cards_with_kicker_and_date_are_all_items() -> None:
    # "Te puede interesar": a kicker over the first headline, a date under each blurb; neither the
    # kicker nor the date is a headline of its own, so a blurb under a headline is still a snippet
    items = [
        "Vida marina",
        "Los pescadores del puerto viejo reparan sus redes",
        "Tres generaciones de una familia trabajan en el mismo muelle.",
        "12 Oct 2025 5 min read",
        "Un faro abandonado se convierte en museo del mar",
        "La restauración costó dos años y medio millón de euros.",
        "3 Oct 2025 4 min read",
    ]
    prose = [
        "El puente del puerto permanecerá cerrado durante un año a partir de marzo, anunció el martes "
        "el ayuntamiento, porque las vigas de acero están más oxidadas de lo previsto.",
        "Los vecinos tendrán que usar el transbordador, que pasará con más frecuencia por la mañana y "
        "por la tarde, explicó el alcalde en una reunión pública.",
    ]
    art = parse("Cierra el puente", MENU, "Cierra el puente", *prose, "Te puede interesar", *items, FOOTER)
    assert _kinds(art, items[1:3] + items[4:6]) == {BOILERPLATE}
    assert _kinds(art, prose) == {BODY}


def test_a_related_links_label_between_paragraphs_is_chrome_and_the_next_heading_stays() -> None:
    link = "Zum Thema Wie eine Fähre im Winter gewartet wird"
    prose = [
        "Die Brücke über den Hafen wird ab März für ein Jahr gesperrt, weil die Stahlträger stärker "
        "verrostet sind als erwartet, teilte die Stadtverwaltung am Dienstag mit.",
        "Pendler sollen in dieser Zeit auf Fähren ausweichen, die morgens und abends häufiger fahren, "
        "sagte der Bürgermeister bei einer Versammlung im Rathaus.",
        "Die Opposition im Stadtrat wirft der Verwaltung vor, die Schäden zu lange ignoriert zu haben, "
        "und verlangt einen Bericht über alle anderen Brücken der Stadt.",
    ]
    art = parse("Hafenbrücke wird gesperrt", MENU, "Hafenbrücke wird gesperrt", *prose[:2], link, "Kritik im Stadtrat",
                prose[2], FOOTER)  # fmt: skip
    assert para(art, link)[0] == BOILERPLATE
    assert para(art, "Kritik im Stadtrat")[0] == HEADING


@pytest.mark.linear
def test_card_patterns_are_linear() -> None:
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "1" * 3000, "· " * 1500, "a, " * 1000, "A and " * 500):
        _CLOCK.match(text)
        _META_SEPARATOR.search(text)
        _LIST_LABEL.match(text)
        _ITEM_SPLIT.split(text)
        _INNER_SENTENCE.search(text)


def test_lists_of_headlines_written_as_sentences_in_a_row_are_chrome() -> None:
    links = [
        "Mehr zu diesem Thema: Fähren fahren ab Montag im Zehn-Minuten-Takt, Was die Sperrung für "
        "Radfahrer bedeutet, Händler in der Altstadt fürchten um ihr Weihnachtsgeschäft und Wie alt "
        "sind die Brücken der Stadt?",
        "Ebenfalls in Verkehr: Neue Ampel an der Hafenstraße geht in Betrieb, Parkhaus am Bahnhof "
        "wird saniert, Nachtbus fährt künftig auch am Sonntag.",
    ]
    prose = [
        "Die Brücke über den Hafen wird ab März für ein Jahr gesperrt, weil die Stahlträger stärker "
        "verrostet sind als erwartet, teilte die Stadtverwaltung am Dienstag mit.",
        "Pendler sollen in dieser Zeit auf Fähren ausweichen, die morgens und abends häufiger fahren, "
        "sagte der Bürgermeister bei einer Versammlung im Rathaus.",
    ]
    art = parse("Hafenbrücke wird gesperrt", MENU, "Hafenbrücke wird gesperrt", *prose, *links, FOOTER)
    assert _kinds(art, [link[:30] for link in links]) == {BOILERPLATE}
    assert para(art, links[0][:30])[1] == "links written as a sentence ('Mehr zu diesem Thema:')"
    assert _kinds(art, prose) == {BODY}


def test_an_articles_own_lists_after_a_colon_stay() -> None:
    # one labelled list alone, and a list of names (two words an item) next to it
    speakers = (
        "Speakers at the meeting: The head of the port authority, A marine engineer from the "
        "university, The chair of the ferry users' group and The council's finance officer."
    )
    crew = "Crew of the first ferry: Anna Berg, Tom Lee, Sara Kim and Jo Park."
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE[:2], speakers, PROSE[2], crew, PROSE[3], FOOTER)
    assert _kinds(art, [speakers[:30], crew[:30]]) == {BODY}


def test_headers_of_a_sites_latest_and_similar_stories_open_a_teaser_list() -> None:
    # "Latest SECTION news", "Similar posts" / "Artículos similares" over headlines and snippets;
    # the first headline may be a question
    for header in ("Latest harbour news", "Similar posts", "Artículos similares"):
        items = [
            "Could a night ferry pay its way?",
            "The operator will try a late boat on Fridays in the spring.",
            "Fish market to reopen after the winter repairs",
            "Stallholders return to the quay on the first of April.",
        ]
        art = parse(HEADLINE, MENU, HEADLINE, *PROSE, header, *items, FOOTER)
        assert _kinds(art, items) == {BOILERPLATE}, header
        assert _kinds(art, PROSE) == {BODY}


def test_an_articles_short_titled_sections_under_a_label_stay() -> None:
    # "Inside": short titles over a paragraph each, at the article's end, are its text
    sections = [
        "The iron girders",
        "Six of the original girders, cast in 1888 in a foundry on the river, are shown in the hall "
        "with the rivets the workers marked by hand.",
        "A keeper's log",
        "The bridge keeper's log for the storm winter of 1927 records every ship that asked for the "
        "span to be raised, and every one refused.",
        "Painting the span",
        "Photographs from the 1950s show the painters at work on ropes, with no nets below them and "
        "the river in full flood.",
    ]
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, "Inside", *sections, FOOTER)
    assert _kinds(art, sections[1::2]) == {BODY}


def test_related_stories_with_long_blurbs_a_kicker_and_a_first_card_cut_short_are_chrome() -> None:
    # NZZ's related stories under its article: headline, a blurb of up to four sentences, the
    # authors' and date line; the third card with a kicker of its own over it ("Kommentar"), the
    # first with no date line. Blurbs of three sentences and a kicker inside the rail once kept
    # all of it as the article's sections.
    prose = [
        "Das Unterhaus hat die Entscheidung über das Abkommen am Samstag verschoben, und die Regierung "
        "muss nun in Brüssel um einen Aufschub bitten, wie es das Gesetz vorschreibt.",
        "Die Abgeordneten stimmten mit knapper Mehrheit für den Antrag, der die Abstimmung aufschiebt, "
        "bis das Ratifizierungsgesetz verabschiedet ist, sagte der Sprecher des Parlaments.",
    ]
    cards = [
        ("Niederlage für den Premierminister im Unterhaus", "Das Parlament hat die Entscheidung verschoben. "
         "Die Regierung will nun einen Aufschub beantragen. Die Debatte im Ticker."),
        ("Das neue Abkommen belastet die Wirtschaft mehr als das alte", "Beide Seiten haben umrissen, wie sie "
         "sich den Handel vorstellen. Die Firmen rechnen mit höheren Kosten. Der Zoll wird aufwendiger.",
         "Anna Keller, London 18.10.2019, 19:33"),
        ("Ein Kompromiss lässt die Grenze auf der Insel verschwinden", "Die Lösung des grössten Problems ist "
         "gefunden. Für die Unternehmen bedeutet sie aber viel Arbeit.", "Anna Keller, London 18.10.2019, 06:00"),
        ("Kommentar", "Die Einigung ist ein Durchbruch, aber noch nicht das Ziel", "Beide Seiten haben sich "
         "geeinigt. Die Staaten haben zugestimmt. Nun muss das Parlament entscheiden. Das ist nicht sicher.",
         "Peter Brunner 17.10.2019, 13:17"),
    ]  # fmt: skip
    blocks = [part for card in cards for part in card]
    art = parse("Der Aufschub kommt", MENU, "Der Aufschub kommt", *prose, *blocks, FOOTER)
    headlines_and_blurbs = [t for card in cards for t in card if "2019" not in t and t != "Kommentar"]
    assert _kinds(art, headlines_and_blurbs) == {BOILERPLATE}
    assert _kinds(art, prose) == {BODY}


def test_an_articles_sections_of_three_sentences_stay() -> None:
    # sections whose paragraphs are three or four sentences long, with no date or label under
    # each: the article's own, whatever their length
    sections = [
        "What went wrong", "The cables rusted. Nobody checked them for years. The council says so now.",
        "Who pays", "The city pays half. The state pays the rest. Tolls stay as they are.",
        "What comes next", "Work starts in March. It takes a year. The ferry runs more often meanwhile.",
    ]  # fmt: skip
    art = parse(HEADLINE, MENU, HEADLINE, PROSE[0], *sections, PROSE[1], FOOTER)
    assert BOILERPLATE not in _kinds(art, sections)
