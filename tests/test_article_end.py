"""Where a news item ends in a plain-text dump: its share buttons, a link back to the list, or its
links to the previous and next items close it, and the site's boxes the block model kept under
them are not the article (trial 32: a fire brigade's recruiting box under "Zurück zur
Übersicht", a hospital's press contact and "About our hospital" under its share row, a library's
other events under "Vorige / Volgende"). An article that goes on under a share row, a pager's
lone "Next »", or markers with no text over them close nothing. Pages of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import BODY, BOILERPLATE
from indexer.segment.articleend import (
    AFTER_END_MAX_WORDS,
    AFTER_THREAD_REASON,
    DATED_THREAD_REASON,
    back_link,
    mark_dated_thread,
    share_row,
)
from indexer.segment.textblocks import _Block, _measure, split_blocks
from tests.helpers import FOOTER, MENU, parse_blocks

TITLE = "Barn fire in Wilen: large turnout keeps the flames from the farmhouse"
ITEM = [
    "Shortly before two in the morning a neighbour saw flames coming out of the roof of the barn on "
    "Hinterdorfstrasse and raised the alarm, while the farmer and his son woke the family next door.",
    "The incident commander called the second alarm level at once and asked the support base in Tann "
    "for its turntable ladder, which reached the scene twenty minutes after the first engines.",
    "Together with the farmer, the first crew led the thirty cows out of the adjoining stable before the "
    "fire reached it; none of the animals was hurt, and a neighbour took them in for the night.",
    "The cause of the fire is not yet known and is being investigated by the cantonal police together "
    "with the fire inspectorate, who asked witnesses to come forward.",
]
BOXES = [
    "Join our team!",
    "The fire brigade is looking for motivated women and men between 18 and 40 who live in the village. "
    "No experience is needed.",
    "Tip from the fire safety commission",
    "Hay can catch fire by itself when it is stored too damp. Check its temperature regularly in the "
    "first weeks after the harvest.",
]


def _body(*blocks: str) -> list[str]:
    return [p.text for p in parse_blocks(MENU, TITLE, *blocks, FOOTER).paragraphs if p.kind == BODY]


@pytest.mark.parametrize(
    "marker",
    [
        "Back to the overview",
        "« Back to news",
        "Share: Facebook X WhatsApp Print",
        "Share this article via Facebook, WhatsApp, Telegram",
        "Previous\nNext",
        # a language's back and forward pair, as German's "Zurück" / "Weiter" (trial 51's Polish
        # school page)
        "Wstecz\nDalej",
        "Indietro\nAvanti",
        "Tillbaka\nFramåt",
    ],
)
def test_what_the_model_kept_under_the_items_end_is_the_sites(marker: str) -> None:
    art = parse_blocks(MENU, TITLE, *ITEM, marker, *BOXES, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == ITEM
    (box,) = [p for p in art.paragraphs if p.text == BOXES[1]]
    assert box.kind == BOILERPLATE
    assert "after the article's end" in box.reason


def test_without_the_marker_the_boxes_stay_as_the_model_read_them() -> None:
    # (the mark is what closes the item: the same boxes under the article alone are kept, which
    # is what trial 32's pages gave before)
    assert set(BOXES[1::2]) <= set(_body(*ITEM, *BOXES))


def test_an_article_that_goes_on_under_a_share_row_keeps_its_text() -> None:
    more = [
        f"Paragraph {n} of the report goes on with what the crews did in the hours after the fire was "
        "under control, how the neighbours helped and what the village council decided the day after."
        for n in range(1, 6)
    ]
    assert sum(len(t.split()) for t in more) > AFTER_END_MAX_WORDS
    assert _body(*ITEM[:2], "Share: Facebook X WhatsApp", *ITEM[2:], *more) == ITEM + more


def test_a_marker_over_the_article_closes_nothing() -> None:
    assert _body("Share: Facebook X WhatsApp", *ITEM[:1], "Back to the overview", *ITEM[1:]) == ITEM


def test_a_pagers_lone_next_link_closes_nothing() -> None:
    assert _body(*ITEM[:3], "Next »", ITEM[3]) == ITEM


@pytest.mark.parametrize(
    "line",
    [
        "Zurück zur Übersicht",
        "« Back to news",
        "Retour aux actualités",
        "Terug naar overzicht",
        "Volver al listado",
        "Torna all'elenco",
        "Powrót do listy",
        "Zpět na výpis",
        "Tillbaka till nyheter",
        "Назад к списку новостей",
        "一覧へ戻る",
        "返回列表",
        "Kembali ke daftar berita",
        "Tornar a la llista",
    ],
)
def test_a_link_back_to_the_list_in_any_language(line: str) -> None:
    assert back_link(line)


@pytest.mark.parametrize(
    "line",
    ["Zurück zur Normalität", "Back to the future of work", "We went back to the news desk at noon."],
)
def test_a_heading_or_a_sentence_with_the_words_is_no_link_back(line: str) -> None:
    assert not back_link(line)


@pytest.mark.parametrize(
    "text",
    [
        "Share",
        "Teilen: Facebook X E-Mail",
        "Compartí esta nota: WhatsApp Facebook Telegram",
        "Paylaş: Facebook X WhatsApp Yazdır",
        "แชร์ LINE",
        "שיתוף",
        "Dela: Facebook E-post",  # Swedish and Norwegian "E-post" (trial 47's tenants' union page)
    ],
)
def test_a_row_of_share_buttons(text: str) -> None:
    assert share_row(text)


@pytest.mark.parametrize(
    "text",
    [
        "I shared the video on Facebook and Twitter with all my friends.",
        "Mail and X are two words",
        "Facebook",
        "Contact us on Facebook, WhatsApp or by phone from Monday to Friday between nine and five.",
    ],
)
def test_a_sentence_naming_networks_is_no_share_row(text: str) -> None:
    assert not share_row(text)


# --- A comment thread headed by names and dates (trial 35: Medium, Substack, Squarespace)
COMMENTS = [
    "I went there at noon once and was disappointed, now I know why it looked so flat.",
    "Thanks Farid! Do try getting up early, it is worth it even when you are sleepy.",
    "Would the October workshop suit someone who only uses a phone camera?",
]


@pytest.mark.parametrize(
    "heads",
    [
        [("Hugo Lemarchand · 4 févr. 2024",), ("Sabine R. · 5 févr. 2024",), ("Mei Ling · 6 févr. 2024",)],
        [("Marta G. 14 may",), ("Ernesto Villalba 15 may",), ("pato_urquiza 15 may",)],
        [("Farid Hakimi", "2 Mac 2024"), ("Aisyah Rahman", "3 Mac 2024"), ("Mei Ling", "4 Mac 2024")],
        [("Anna Kowalska", "3 hours ago"), ("Jan Nowak", "2 hours ago"), ("Ola", "1 hour ago")],
    ],
)
def test_comments_headed_by_a_name_and_a_date_are_the_readers(heads: list[tuple[str, ...]]) -> None:
    thread = [part for head, comment in zip(heads, COMMENTS) for part in (*head, comment)]
    blocks = _kept(*ITEM, "3 Comments", *thread)
    mark_dated_thread(blocks)
    assert [b.text for b in blocks if b.kind == BODY] == ITEM  # (the thread's header "3 Comments" with it)
    assert {b.reason for b in blocks if b.text in COMMENTS} == {DATED_THREAD_REASON}


@pytest.mark.parametrize(
    "heads",
    [
        # months in languages no table has (trial 62: Welsh, Somali, Belarusian threads were kept),
        # the stamp told by a day, a year and a time of day; the name over its date in one block
        [("Huw Tŷ Capel\n8 Mawrth 2024 am 8:41 pm",), ("Elen Wyn\n9 Mawrth 2024 am 9:12 am",), ("Gwen\n9 Mawrth 2024 am 10:02 pm",)],
        [("Cabdi Faarax Oktoobar 21, 2024 4:12 gelinka dambe",), ("Ayaan J. Oktoobar 23, 2024 7:05 subaxnimo",),
         ("Hodan Oktoobar 24, 2024 9:30 subaxnimo",)],
        [("Алена С. 16 снежня 2024, 19:02",), ("Уладзімір 17 снежня 2024, 08:45",), ("Ганна 18 снежня 2024, 10:10",)],
    ],
)  # fmt: skip
def test_comment_stamps_in_any_language_head_a_thread(heads: list[tuple[str, ...]]) -> None:
    thread = [part for head, comment in zip(heads, COMMENTS) for part in (*head, comment)]
    blocks = _kept(*ITEM, "3 Comments", *thread)
    mark_dated_thread(blocks)
    assert [b.text for b in blocks if b.kind == BODY] == ITEM  # (the thread's header "3 Comments" with it)
    assert {b.reason for b in blocks if b.text in COMMENTS} == {DATED_THREAD_REASON}


def test_text_kept_under_a_thread_is_the_pages() -> None:
    # a visitors' box and the comment form's note kept under the thread (trial 62's Belarusian
    # museum): the page's, the article above outweighing them
    box = "Entry costs four roubles for adults and two for pupils; taking photographs without a flash is free."
    blocks = _kept(*ITEM, "Comments (2)", "Anna K. 16 Mawrth 2024, 19:02", COMMENTS[0], "Jan 17 Mawrth 2024, 08:45",
                   COMMENTS[1], "For visitors", box)  # fmt: skip
    mark_dated_thread(blocks)
    assert [b.text for b in blocks if b.kind == BODY] == ITEM
    assert {b.reason for b in blocks if b.text in ("For visitors", box)} == {AFTER_THREAD_REASON}
    # ...but not on a Q&A page: the next answer under an answer's comments is the page's text
    stamp = "Share Improve this answer Follow answered Feb 6, 2014 at 23:35 Earthling 9,210"
    blocks = _kept(*ITEM, stamp, "Anna K. 16 Mawrth 2024, 19:02", COMMENTS[0], "Jan 17 Mawrth 2024, 08:45",
                   COMMENTS[1], box)  # fmt: skip
    mark_dated_thread(blocks)
    assert [b.kind for b in blocks if b.text == box] == [BODY]


def test_a_programme_of_dated_events_in_the_article_is_no_thread() -> None:
    # a day, a year and a time over each item's text, the first item right under a paragraph:
    # the article's own programme, no readers' comments
    assert _unmarked(*ITEM[:3], "Opening night 14 Mawrth 2024, 19:00", COMMENTS[0], "Closing concert 30 Mawrth 2024, 19:00",
                     COMMENTS[1], ITEM[3])  # fmt: skip
    # a year in a sentence without a time of day is no stamp
    assert _unmarked(
        *ITEM, "Huw Tŷ Capel", "Since 2019 in Bala", COMMENTS[0], "Elen Wyn", "Since 2021 in Bala", COMMENTS[1]
    )


def _kept(*texts: str) -> list[_Block]:
    """`texts` as blocks the block model kept as body (the state the thread's rule reads)."""
    blocks = []
    for text in texts:
        b = split_blocks(text)[0]
        _measure(b)
        b.kind = BODY
        blocks.append(b)
    return blocks


def _unmarked(*texts: str) -> bool:
    blocks = _kept(*texts)
    mark_dated_thread(blocks)
    return all(b.kind == BODY for b in blocks)


def test_a_letters_pages_signatures_and_a_quoted_tweets_close_no_thread() -> None:
    # a signature under each letter closes the text above it; the first follows a paragraph
    assert _unmarked(ITEM[3], ITEM[0], "Anna Kowalska, Leeds, 3 March 2024", ITEM[1],
                     "Jan Nowak, York, 4 March 2024", ITEM[2])  # fmt: skip
    # an embedded tweet's signature under it, twice, the story going on under each
    assert _unmarked(ITEM[0], ITEM[1], "— Jane Doe (@janedoe) November 18, 2019", ITEM[2],
                     "— John Roe (@johnroe) November 18, 2019", ITEM[3])  # fmt: skip
    # a forum's posts, each under its "Posted DATE" line, are the thread's text, no comments
    assert _unmarked(ITEM[0], "Posted February 13", ITEM[1], "Posted February 14", ITEM[2], "Posted February 15",
                     ITEM[3])  # fmt: skip
    # comment heads over too little article text: the page is the thread
    assert _unmarked("3 Comments", "Anna Kowalska", "3 hours ago", COMMENTS[0], "Jan Nowak", "2 hours ago", COMMENTS[1])


def test_the_authors_reply_in_the_thread_is_no_author_box() -> None:
    # trials 35 and 36: "NAME Author", the badge over the writer's own reply in the comments, was
    # read as an author box's label, and the reply as the writer's bio (a byline)
    reply = "That is the honest part nobody likes to say out loud. Rosters only last if someone nags."
    page = [*ITEM, "5 thoughts on “Barn fire in Wilen”", "Pieter vd Walt 22 March 2024 at 09:02", COMMENTS[0],
            "Nomsa Khumalo-Reddy Author", reply, "Gerhard B.", COMMENTS[1]]  # fmt: skip
    art = parse_blocks(MENU, TITLE, *page, FOOTER)
    assert {p.kind for p in art.paragraphs if p.text == reply} == {BOILERPLATE}
    # the same label over a bio under the article, no thread above it: the writer's box
    bio = "Nomsa Khumalo-Reddy is a former town planner and teaches urban policy at the university."
    art = parse_blocks(MENU, TITLE, *ITEM, "Nomsa Khumalo-Reddy Author", bio, FOOTER)
    assert {p.kind for p in art.paragraphs if p.text == bio} != {BODY}


def test_a_forum_threads_posts_under_their_headers_are_no_comment_thread() -> None:
    # phpBB's "Post by NAME » DATE" reads as a reader's name and day over each post; on a forum
    # thread (its post headers found) the posts are the text (trial 38's thread, written blind,
    # lost its last two replies)
    path = Path(__file__).parent.parent / "eval" / "trials" / "trial38" / "pages_txt" / "e078453ea52cf095.txt"
    art = parse_blocks(path.read_text(encoding="utf-8"))
    for text in ("Same thing bit me on a 5F2A last year.", "Glad it was an easy one."):
        (p,) = [p for p in art.paragraphs if p.text.startswith(text)]
        assert p.kind == BODY, p.reason


def test_a_comment_thread_over_a_teaser_rail_read_as_posts_is_still_the_readers() -> None:
    # a German column's readers' letters, "NAME / DATE" over each, then a rail of the writer's
    # other columns, "NAME / DATE / TIME / COUNT" over each headline, which the forum rules read
    # as post headers: the thread above it was kept (a wild tuning page)
    article = [
        "Die Stadtwerke haben am Montag angekündigt, die Preise für Fernwärme zum ersten Januar um "
        "elf Prozent zu erhöhen, obwohl der Gaspreis im Großhandel seit dem Sommer deutlich gefallen ist.",
        "Der Aufsichtsrat hatte der Erhöhung schon im Oktober zugestimmt, die Kunden erfuhren davon "
        "aber erst aus einem Schreiben, das viele für Werbung hielten und ungeöffnet wegwarfen.",
        "Die Verbraucherzentrale rät, gegen die Abrechnung Widerspruch einzulegen und die Zahlungen "
        "unter Vorbehalt zu leisten, bis die Preisformel offengelegt wird.",
        "Ein Sprecher der Stadtwerke sagte, man werde die Formel im Frühjahr veröffentlichen, sobald "
        "der neue Liefervertrag mit dem Vorversorger unterschrieben sei.",
        "Der Mieterbund kündigte an, mit einer Musterklage gegen die Erhöhung vorzugehen, falls die "
        "Stadtwerke bis Ende des Monats keine Begründung vorlegen.",
    ]
    comments = [
        ("Karin Lehmann / 22.04.2020", "Bei uns ist es genauso, und niemand kann die Formel erklären."),
        ("Jens Albrecht / 22.04.2020", "Ich habe widersprochen und bis heute keine Antwort bekommen."),
        ("Petra Vogel / 22.04.2020", "Danke für den Artikel, endlich schreibt jemand darüber."),
    ]
    rail = []
    for day, headline in (("03.11.2021", "Fernwärme: Wer zahlt die Zeche?"), ("05.10.2021", "Die Preisformel")):
        rail += [
            f"Gunter Frank / {day} / 06:00 / 167",
            headline,
            "Im Zuge der Preiserhöhung wurden tausende Kunden nicht informiert.",
        ]
    art = parse_blocks(
        *MENU.split("\n"), "Fernwärme wird teurer", *article, "Leserpost", "netiquette:",
        *[x for pair in comments for x in pair], "Weitere anzeigen", "1 2 3 › ››", "Leserbrief schreiben:",
        "Leserbrief schreiben", "Leserbriefe können nur am Erscheinungstag eingereicht werden.",
        "Verwandte Themen", *rail, FOOTER,
    )  # fmt: skip
    for _, text in comments:
        (p,) = [p for p in art.paragraphs if p.text == text]
        assert p.kind == BOILERPLATE, p.reason
    assert [p.text for p in art.paragraphs if p.kind == BODY][: len(article)] == article


@pytest.mark.parametrize(
    ("title", "blurb", "meta"),
    [
        (
            "Zum Sonnenaufgang an den Lej da la Tscheppa",
            "Ein Bergsee, der bei Windstille den ganzen Piz Lagrev spiegelt: wie ich im dritten Anlauf endlich "
            "das Bild bekam, das ich seit Jahren im Kopf hatte.",
            "22. Jul. 2021 5 Min. Lesezeit",
        ),
        (
            "Night shift at the county library",
            "Two hours without a signal, three books in the bag, and the old question of which one to read "
            "first on the last bus home.",
            "Mar 3, 2024 · 4 min read",
        ),
    ],
)
def test_a_teaser_cards_blurb_over_its_meta_row_after_the_article_is_chrome(title: str, blurb: str, meta: str) -> None:
    """Another post's card under the article (its title, its blurb, its date and reading time:
    Ghost's and Medium's read-more cards, trials 35 and 39) is no text of the article."""
    from indexer.segment.articleend import TEASER_CARD_REASON

    art = parse_blocks(TITLE, MENU, *ITEM, title, blurb, meta, FOOTER)
    kinds = {p.text: (p.kind, p.reason) for p in art.paragraphs}
    assert kinds[blurb] == (BOILERPLATE, TEASER_CARD_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == ITEM


def test_a_standfirst_over_the_articles_meta_row_is_no_card() -> None:
    standfirst = "A neighbour raised the alarm; thirty cows were led out of the stable before the fire reached it."
    art = parse_blocks(TITLE, MENU, TITLE, standfirst, "12 Jan 2025 · 3 min read", *ITEM, FOOTER)
    assert standfirst in [p.text for p in art.paragraphs if p.kind in ("body", "lead")]
