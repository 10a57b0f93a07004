"""Plain-text kinds of the fifteenth trial (indexer.segment), on pages written for these tests:
a list in the article's text (a product's features, a recipe's ingredients, tips, a programme,
names under a sentence ending in a colon) is no menu, and the article goes on below it; a
heading under an advert's label is a heading."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, HEADING
from indexer.segment.kept import _COUNT_LABEL, CONTENT_LIST_REASON, _QUANTITY_ITEM, _text_item
from tests.helpers import FOOTER, MENU, kind_and_reason, parse_blocks


def _indexed(art) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in art.paragraphs if p.indexed]


def _kind(art, start: str) -> str:  # type: ignore[no-untyped-def]
    return kind_and_reason(art, start)[0]


# ---- a list between the article's paragraphs --------------------------------------------------


def test_a_shops_feature_list_and_the_note_under_it_are_the_articles_text() -> None:
    art = parse_blocks(
        MENU,
        "Canvas rucksack Fjellstad 24 litre - olive",
        "The Fjellstad is a day pack for people who walk to work and head for the hills at the weekend. "
        "It holds a laptop of up to 15 inches in a padded sleeve and still has room for a jacket.",
        "The canvas is waxed by hand in a small workshop in Bergen, so every pack darkens a little "
        "differently as it is used and gains a patina over the years.",
        "Features",
        "Volume: 24 litres in the main compartment\nWaxed canvas with leather trims\n"
        "Fits a laptop of up to 15 inches\nMade from recycled cotton and hemp",
        "Please note: the leather straps need a little wax every year or they will dry out and crack in the cold.",
        FOOTER,
    )
    assert _kind(art, "Features") == HEADING
    assert kind_and_reason(art, "Volume: 24 litres") == (BODY, CONTENT_LIST_REASON)
    assert _kind(art, "Please note: the leather straps") == BODY


# (fewer figures than words: no table of figures, which the rules keep as such)
_INGREDIENTS = (
    "250 g Mehl vom Biobauern\n3 Eier, zimmerwarm\n1 Prise feines Salz\n200 ml lauwarme Vollmilch\n"
    "1 kg säuerliche Äpfel, geschält"
)


def test_a_recipes_ingredients_with_quantities_stay_with_its_steps() -> None:
    art = parse_blocks(
        MENU,
        "Apfelkuchen vom Blech nach Omas Rezept",
        "Dieser Kuchen gehört bei uns zu jedem Herbst, seit ich denken kann, und er ist in einer "
        "Stunde fertig, auch wenn man noch nie einen Hefeteig gemacht hat.",
        "Am besten schmeckt er mit säuerlichen Äpfeln aus dem eigenen Garten oder vom Markt.",
        "Zutaten",
        _INGREDIENTS,
        "Zubereitung",
        "Den Ofen auf 180 Grad vorheizen und das Blech mit Backpapier auslegen. Mehl, Eier, Salz und "
        "Milch zu einem glatten Teig verrühren und auf dem Blech verteilen, dann die Äpfel darauf legen.",
        FOOTER,
    )
    texts = _indexed(art)
    assert _INGREDIENTS in texts, texts
    assert _kind(art, "Zutaten") == HEADING
    assert _kind(art, "Den Ofen auf 180 Grad") == BODY


def test_a_list_of_tips_does_not_end_the_article() -> None:
    art = parse_blocks(
        MENU,
        "Cinque giorni nelle Langhe: il nostro itinerario",
        "Siamo partiti da Alba un lunedì mattina di settembre, con la macchina piena e nessuna "
        "prenotazione, decisi a seguire le colline e le cantine che ci sembravano più belle.",
        "Il tempo è stato clemente e le vendemmie erano appena cominciate, così ogni paese aveva la "
        "sua festa e le strade profumavano di mosto.",
        "Cosa mettere in valigia",
        "Scarpe comode per le salite\nUna giacca leggera per la sera\nContanti per le piccole cantine",
        "Cinque giorni sono pochi, ma bastano per innamorarsi di queste colline. Torneremo di sicuro in primavera.",
        FOOTER,
    )
    assert _kind(art, "Cosa mettere in valigia") == HEADING
    assert _kind(art, "Scarpe comode") == BODY
    assert _kind(art, "Cinque giorni sono pochi") == BODY


_NAMES = "Georg Huber\nTheresia Maier\nAnton Reiter\nJosefa Brandl\nMichael Stadler\nKatharina Wimmer\nPeter Lechner"


def test_names_under_a_sentence_ending_in_a_colon_are_the_articles_text() -> None:
    """Names are a word or two each, as a menu's items: the sentence over them says they are
    the article's (a list this long cut the article before, the paragraph under it with it)."""
    art = parse_blocks(
        MENU,
        "Feuerwehr Moosach ehrt langjährige Kameraden",
        "Bei der Jahresversammlung im Gerätehaus blickte Kommandant Ludwig Sedlmair auf ein Jahr mit "
        "mehr als sechzig Einsätzen zurück, darunter zwei Großbrände im Gewerbegebiet.",
        "Für 40 Jahre aktiven Dienst wurden die folgenden Kameraden ausgezeichnet:",
        _NAMES,
        "Im Anschluss stellte der Kreisbrandrat das neue Löschfahrzeug vor, das im Frühjahr kommt.",
        FOOTER,
    )
    assert _NAMES in _indexed(art)
    assert _kind(art, "Im Anschluss stellte") == BODY


def test_a_menu_between_paragraphs_stays_a_menu() -> None:
    """A menu's items are a word or two, and names under a heading (no sentence introducing
    them) may be a sponsors' box: both stay dropped, and the paragraphs around them stay text."""
    prose = (
        "The council will vote on the new harbour plan next Tuesday, after three months of public "
        "meetings in which residents raised concerns about traffic and noise."
    )
    art = parse_blocks(
        MENU,
        "Harbour plan goes to the council",
        prose,
        "More",
        "Contact\nImprint\nJobs\nArchive",
        "Opponents say they will present a petition with more than two thousand signatures before the vote begins.",
        "Our partners",
        "Harbour Bank\nNorth Ferries\nSeaview Hotel",
        "The mayor has said she will not decide before she has read every objection.",
        FOOTER,
    )
    assert _kind(art, "Contact\nImprint") == BOILERPLATE
    assert _kind(art, "Harbour Bank") == BOILERPLATE
    assert _kind(art, prose[:40]) == BODY


def test_list_items_read_as_text_by_their_words_not_as_a_menus_labels() -> None:
    for item in (
        "2 large eggs",
        "200 g Mehl",
        "½ cup butter",
        "Agua y gorra, incluso en otoño",
        "Inhoud: 2 x 19 liter",
        # a script without case: a phrase of words (trial 29's Korean packing list was a menu)
        "삼각대와 여분 배터리, 그리고 렌즈를 닦을 천",
        "حقيبة ظهر صغيرة وزجاجة ماء",
    ):
        assert _text_item(item), item
    for item in (
        "Home",
        "Turnen & Gymnastik",
        "24h Auszahlung",
        "100% Online",
        "22.11.2025 – Weihnachtsfeier",
        "홈 여행",
    ):
        assert not _text_item(item), item


def test_a_count_over_a_threads_posts_heads_no_list_of_the_text() -> None:
    for label in ("6 Answers 6", "128 Comments", "12 comentarios"):
        assert _COUNT_LABEL.match(label), label
    for heading in ("Kenmerken", "Día 3: Setenil de las Bodegas", "5 things to pack"):
        assert not _COUNT_LABEL.match(heading), heading


@pytest.mark.linear
def test_the_list_patterns_are_linear() -> None:
    for text in (" " * 3000, "a a " * 750, "A" * 3000, "1" * 3000, "1 " * 1500, "1." * 1500, "1 " + "a" * 3000 + "!"):
        _QUANTITY_ITEM.match(text)
        _COUNT_LABEL.match(text)
        _text_item(text)


# ---- a heading under an advert's label ----------------------------------------------------------


def test_a_heading_under_an_advert_label_is_a_heading() -> None:
    art = parse_blocks(
        MENU,
        "Sourdough for beginners",
        "Sourdough looks hard, but it mostly asks for patience: a starter, flour, water, salt and a "
        "warm corner of the kitchen.",
        "Advertisement",
        "Why it is worth the wait",
        "A slow rise gives the bread its flavour and a crust that stays crisp for days, and the "
        "starter keeps for years if you feed it once a week.",
        FOOTER,
    )
    assert _kind(art, "Why it is worth the wait") == HEADING
