"""A marketplace's product page and forum threads copied as text (the sixteenth trial), each on a
page of our own: the customer reviews ("5.0 out of 5 stars TITLE" / "Reviewed in X on DATE" /
"Verified Purchase" / "14 people found this helpful") were the article and "Verified Purchase"
an org, the price line body; a thread's replies had no author (`byline:` and `--speaker` found
nobody but the starter), its title was dropped as a reply's subject, and a board's "von NAME am
DATE" header was no post header."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, BYLINE, INDEXED_KINDS
from indexer.segment.furniture import review_mark
from indexer.segment.textblocks import forum_post_header
from tests.helpers import kind_and_reason, parse_blocks

# (title, rating summary, price line, description heading, description, reviews heading,
#  [(reviewer, stars and title, where and when, verified, text, votes, buttons)])
SHOPS = {
    "en": (
        "Kettle Breeze 300, 1.7 L, brushed steel",
        "4.4 out of 5 stars (2,318 ratings)",
        "Price: £29.99\nFREE delivery Thursday",
        "About this item",
        "The Breeze heats a full jug in under four minutes and switches itself off when the water boils.",
        "Customer reviews",
        [
            (
                "Gwen P.",
                "5.0 out of 5 stars Quiet and quick",
                "Reviewed in the United Kingdom on 4 February 2025",
                "Colour: Silver | Verified Purchase",
                "It is far quieter than our old one and the lid opens with one hand.",
                "9 people found this helpful",
                "Helpful | Report",
            ),
            (
                "Amazon Customer",
                "2.0 out of 5 stars Limescale inside",
                "Reviewed in the United Kingdom on 18 January 2025",
                "Verified Purchase",
                "After a fortnight there are brown marks inside that will not come off.",
                "One person found this helpful",
                "Helpful | Report",
            ),
        ],
    ),
    "de": (
        "Wasserkocher Brise 300, 1,7 Liter, Edelstahl",
        "4,4 von 5 Sternen 2.318 Sternebewertungen",
        "Preis: 39,99 €\nKOSTENLOSE Lieferung Mittwoch, 5. März",
        "Über diesen Artikel",
        "Die Brise bringt 1,7 Liter Wasser in weniger als vier Minuten zum Kochen und schaltet danach ab.",
        "Kundenrezensionen",
        [
            (
                "Petra M.",
                "5,0 von 5 Sternen Leise und schnell",
                "Rezension aus Deutschland vom 12. Februar 2025",
                "Farbe: Silber Verifizierter Kauf",
                "Er kocht schnell und ist angenehm leise. Der Deckel schließt gut.",
                "23 Personen fanden diese Informationen hilfreich",
                "Nützlich | Melden",
            ),
        ],
    ),
    "fr": (
        "Bouilloire Brise 300 en verre, 1,5 L",
        "4,3 sur 5 étoiles 512 évaluations",
        "Prix : 29,90 €\nLivraison GRATUITE mardi",
        "Description du produit",
        "La bouilloire Brise chauffe l'eau en trois minutes et s'éclaire en bleu pendant la chauffe.",
        "Commentaires client",
        [
            (
                "Marie D.",
                "5,0 sur 5 étoiles Très pratique",
                "Commenté en France le 4 mars 2025",
                "Achat vérifié",
                "Elle chauffe vite et le verre se nettoie facilement. Je la recommande.",
                "Une personne a trouvé cela utile",
                "Utile | Signaler",
            ),
        ],
    ),
    "es": (
        "Hervidor Brisa 300 de acero, 1,7 L",
        "4,3 de 5 estrellas 88 valoraciones",
        "Precio: 27,99 €\nEntrega GRATIS el martes",
        "Acerca de este producto",
        "El hervidor Brisa calienta el agua en menos de cuatro minutos y se apaga solo cuando hierve.",
        "Opiniones de clientes",
        [
            (
                "Lucía",
                "5,0 de 5 estrellas Muy rápido",
                "Revisado en España el 2 de marzo de 2025",
                "Compra verificada",
                "Calienta muy rápido y no hace ruido. Estoy muy contenta con la compra.",
                "A 5 personas les ha parecido esto útil",
                "Útil | Informar de un abuso",
            ),
        ],
    ),
    "it": (
        "Bollitore Brezza 300 in acciaio, 1,7 L",
        "4,2 su 5 stelle 140 voti",
        "Prezzo: 31,50 €\nConsegna GRATUITA giovedì",
        "Informazioni su questo articolo",
        "Il bollitore Brezza scalda l'acqua in meno di quattro minuti e si spegne da solo quando bolle.",
        "Recensioni clienti",
        [
            (
                "Giulia",
                "5,0 su 5 stelle Ottimo acquisto",
                "Recensito in Italia il 3 marzo 2025",
                "Acquisto verificato",
                "Scalda in fretta e il coperchio si apre con una mano sola. Lo consiglio.",
                "5 persone l'hanno trovato utile",
                "Utile | Segnala",
            ),
        ],
    ),
    "nl": (
        "Waterkoker Bries 300, 1,7 liter, rvs",
        "4,4 van 5 sterren 96 beoordelingen",
        "Prijs: € 34,99\nGRATIS bezorging donderdag",
        "Over dit artikel",
        "De Bries kookt een volle kan in minder dan vier minuten en schakelt daarna vanzelf uit.",
        "Klantbeoordelingen",
        [
            (
                "Joost",
                "5,0 van 5 sterren Stil en snel",
                "Beoordeeld in Nederland op 3 maart 2025",
                "Geverifieerde aankoop",
                "Hij is veel stiller dan onze oude waterkoker en het deksel sluit goed.",
                "14 mensen vonden dit nuttig",
                "Nuttig | Rapporteren",
            ),
        ],
    ),
    "pl": (
        "Czajnik Bryza 300, 1,7 l, stal",
        "4,4 z 5 gwiazdek 210 ocen",
        "Cena: 149,00 zł\nDarmowa dostawa czwartek",
        "O tym produkcie",
        "Czajnik Bryza zagotuje pełny dzbanek w niecałe cztery minuty i sam się wyłącza po zagotowaniu.",
        "Opinie klientów",
        [
            (
                "Tomasz",
                "5,0 z 5 gwiazdek Cichy i szybki",
                "Zrecenzowano w Polsce dnia 3 marca 2025",
                "Zweryfikowany zakup",
                "Jest dużo cichszy niż nasz stary czajnik, a pokrywka dobrze się zamyka.",
                "14 osób uznało to za przydatne",
                "Przydatne | Zgłoś",
            ),
        ],
    ),
}


def _shop(lang: str, review_blocks: bool) -> list[str]:
    """The page's blocks: each review's lines one block each (`review_blocks`) or one block."""
    title, summary, price, heading, description, reviews_heading, reviews = SHOPS[lang]
    page = [title, summary, price, f"{heading}\n{description}", reviews_heading]
    for review in reviews:
        page.extend(review if review_blocks else ["\n".join(review)])
    return page


@pytest.mark.parametrize("review_blocks", [True, False], ids=["lines-apart", "one-block"])
@pytest.mark.parametrize("lang", list(SHOPS))
def test_a_marketplace_pages_reviews_are_no_part_of_its_text(lang: str, review_blocks: bool) -> None:
    title, summary, price, _, description, reviews_heading, reviews = SHOPS[lang]
    art = parse_blocks(*_shop(lang, review_blocks))
    assert art.title == title
    kept = "\n".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert description in kept  # the product's description stays
    for review in reviews:
        for line in review:
            assert line.split("\n")[0] not in kept, line
    assert reviews_heading not in kept and summary not in kept and price.split("\n")[0] not in kept
    assert not art.byline and not art.published  # a reviewer is no writer, a review's date not the page's
    assert not any(p.kind == BYLINE for p in art.paragraphs)


def test_a_review_above_the_description_goes_and_the_description_stays() -> None:
    title, _, _, heading, description, _, reviews = SHOPS["en"]
    art = parse_blocks(title, *reviews[0], heading, description)
    assert kind_and_reason(art, description[:30])[0] == BODY
    assert kind_and_reason(art, reviews[0][4][:30]) == (
        BOILERPLATE,
        "customer review (its stars, writer, date and votes)",
    )


def test_a_critics_rating_in_a_news_review_is_no_customer_review() -> None:
    # a film review's score over its text, no review's own lines ("Reviewed in", votes): text
    art = parse_blocks(
        "Harbour Lights review: a quiet triumph",
        "4.5 out of 5 stars",
        "The film follows a lighthouse keeper through one winter on a small island off the coast.",
        "Its last scene, a storm filmed in a single take, is the best thing in cinemas this year.",
    )
    for start in ("The film follows", "Its last scene"):
        assert kind_and_reason(art, start)[0] == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed in the United States on March 4, 2025",
        "Rezension aus Österreich vom 1. April 2025",
        "Recenserad i Sverige den 3 mars 2025",
        "Avaliado no Brasil em 3 de março de 2025",
        "Size: 1.7 L | Colour: Black | Verified Purchase",
        "Verified Buyer",
        "Eine Person fand diese Informationen hilfreich",
        "Was this review helpful?",
        "War diese Bewertung hilfreich? Ja (12) Nein (1)",
        "Helpful",
        "Nützlich | Melden",
    ],
)
def test_a_reviews_own_line(line: str) -> None:
    assert review_mark(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed by the editors",  # no year
        "The council reviewed in 2024 what the helpful neighbours had said about the verified claims.",
        "Boils really fast and is quiet.",
        "Helpful tips for a quiet kettle",
        "",
    ],
)
def test_no_reviews_own_line(line: str) -> None:
    assert not review_mark(line)


SUBJECT = "Water in the cellar after the storm"
STARTER = (
    "Since the storm last week water comes through the north wall of my cellar. "
    "Has anyone had the council look at the drains?"
)
REPLIES = (
    "Same on our street. The inspector came on Friday and said the storm drain under the road had collapsed.",
    "Thanks, I will call them this morning and ask for the same inspector.",
)


def _thread(headers: tuple[str, str, str], reply_prefix: str = "Re: ", first_subject: str = "") -> list[str]:
    """A thread of three posts under `headers` (starter, reply, starter again)."""
    subject = [first_subject] if first_subject else []
    return [
        *subject,
        headers[0],
        STARTER,
        f"{reply_prefix}{SUBJECT}",
        headers[1],
        REPLIES[0],
        f"{reply_prefix}{SUBJECT}",
        headers[2],
        REPLIES[1],
    ]


PHPBB = (
    "Post by cellar_dweller » Mon Nov 10, 2025 8:14 pm",
    "Post by Henrik Lund » Mon Nov 10, 2025 9:02 pm",
    "Post by cellar_dweller » Tue Nov 11, 2025 7:30 am",
)


@pytest.mark.parametrize(
    ("headers", "prefix"),
    [
        (PHPBB, "Re: "),
        (
            (
                "von cellar_dweller am 10.11.2025 um 20:14",
                "von Henrik Lund am 10.11.2025 um 21:02",
                "von cellar_dweller am 11.11.2025 um 07:30",
            ),
            "AW: ",
        ),
        (
            (
                "Post by cellar_dweller on Mon 10 Nov 2025 - 20:14",
                "Post by Henrik Lund on Mon 10 Nov 2025 - 21:02",
                "Post by cellar_dweller on Tue 11 Nov 2025 - 07:30",
            ),
            "Re: ",
        ),
        (
            (
                "par cellar_dweller le Lun 10 Nov 2025 - 20:14",
                "par Henrik Lund le Lun 10 Nov 2025 - 21:02",
                "par cellar_dweller le Mar 11 Nov 2025 - 07:30",
            ),
            "Re: ",
        ),
    ],
    ids=["phpbb", "de-board", "forumotion-en", "forumotion-fr"],
)
def test_each_post_of_a_thread_is_its_posters(headers: tuple[str, str, str], prefix: str) -> None:
    art = parse_blocks(*_thread(headers, prefix, first_subject=f"{prefix}{SUBJECT}"))
    turns = {p.text[:30]: p.turn for p in art.paragraphs if p.kind == BODY}
    assert turns == {STARTER[:30]: "cellar_dweller", REPLIES[0][:30]: "Henrik Lund", REPLIES[1][:30]: "cellar_dweller"}
    assert art.byline == "cellar_dweller"  # the thread's starter, as the HTML path and trial 15 have it
    assert art.title == SUBJECT  # the first post's subject, its reply prefix dropped
    assert all(p.kind not in INDEXED_KINDS for p in art.paragraphs if p.text.startswith(headers[1][:8]))
    assert art.published == "2025-11-10"


def test_a_thread_without_a_subject_line_over_its_first_post_takes_the_replies() -> None:
    art = parse_blocks(*_thread(PHPBB))
    assert art.title == SUBJECT


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("von gartenfreund am 10.11.2025 um 20:14", "gartenfreund"),
        ("Post by Marta Olsen on Mon 10 Nov 2025 - 21:30", "Marta Olsen"),
        ("Messaggio da lupo_grigio il Lun 10 Nov 2025 - 20:14", "lupo_grigio"),
        ("Post by sprout_lad » Mon Jan 12, 2026 9:02 pm", "sprout_lad"),
        ("by the river on a quiet evening", ""),  # no date or time
        ("Written by the council on the advice of its lawyers, 2025", ""),
    ],
)
def test_a_boards_post_header(line: str, name: str) -> None:
    assert forum_post_header(line) == name


def test_a_news_byline_that_reads_as_a_post_header_stays_the_byline() -> None:
    art = parse_blocks(
        "Council approves the new harbour wall",
        "By Jane Doe on March 3, 2025",
        "The council approved the new harbour wall on Monday after two years of debate over its cost.",
        "Work starts in the spring and should end before the winter storms of next year.",
    )
    assert art.byline == "Jane Doe"
    assert not any(p.turn for p in art.paragraphs)


def test_a_byline_under_a_threads_first_post_is_none_of_the_pages() -> None:
    # a board's sponsored slot between the posts, headed like a post ("von Gesponserte Inhalte")
    blocks = _thread(PHPBB, first_subject=SUBJECT)
    blocks.insert(blocks.index(REPLIES[0]) + 1, "By Sponsored Content")
    art = parse_blocks(*blocks)
    assert art.byline == "cellar_dweller"
    assert kind_and_reason(art, "By Sponsored Content")[0] == BOILERPLATE
