"""A MediaWiki page (Wikipedia and its kin) saved as plain text: its headings without their edit
links ("History [ edit ]"), its tagline and hatnotes dropped as the wiki's own lines, its table of
contents (a label, then blocks of numbered lines) dropped, its article kept. Trial 27's wiki page
kept its tagline and a hatnote as its first paragraph and its contents as text. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, HEADING
from indexer.segment import patterns
from tests.helpers import kind_and_reason as kind_of, parse_blocks as parse

TITLE = "Brackley Corporation Tramways"
LEAD = (
    "Brackley Corporation Tramways operated a small electric tramway system in the market town of "
    "Brackley, Northamptonshire, between 1904 and 1937."
)
CONSTRUCTION = (
    "Proposals for a horse tramway linking the railway station with the Market Place were first made in "
    "1889, but the council did not obtain powers until the Brackley Corporation Tramways Order of 1902."
)
CLOSURE = (
    "Passenger numbers peaked during the First World War, when munitions workers travelled to the works "
    "at Turweston, and fell steadily after the armistice as motor buses took the longer routes."
)


def _page(edit: str, tagline: str, hatnote: str) -> list[str]:
    return [
        f"{TITLE} - TramWiki",
        "Jump to content\nMain menu\nSearch",
        "Create account Log in",
        TITLE,
        "Article Talk\nRead Edit View history",
        f"{tagline}\n{hatnote}",
        LEAD,
        "Contents",
        "1 History",
        "1.1 Construction\n1.2 Decline and closure",
        "2 References",
        f"History {edit}",
        f"Construction {edit}",
        CONSTRUCTION,
        f"Decline and closure {edit}",
        CLOSURE,
        f"References {edit}",
        "^ Turner, H. (1974). The Tramways of the South Midlands. Lingfield: Oakwood Press.",
        "This page was last edited on 3 February 2024, at 21:17.",
    ]


@pytest.mark.parametrize(
    ("edit", "tagline", "hatnote"),
    [
        (
            "[ edit ]",
            "From TramWiki, the encyclopedia of street tramways",
            "For the later trolleybus system, see Brackley trolleybus system.",
        ),
        (
            "[edit]",
            "From Wikipedia, the free encyclopedia",
            '"BCT" redirects here. For the bus company, see Brackley Coaches.',
        ),
        (
            "[Bearbeiten | Quelltext bearbeiten]",
            "aus Wikipedia, der freien Enzyklopädie",
            "Dieser Artikel behandelt die Straßenbahn; zum Oberleitungsbus siehe Oberleitungsbus Brackley.",
        ),
        (
            "[modifier | modifier le code]",
            "Un article de Wikipédia, l'encyclopédie libre.",
            "Pour les articles homonymes, voir BCT.",
        ),
        (
            "[ править | править код ]",
            "Материал из Википедии — свободной энциклопедии",
            "См. также: Брэкли (троллейбус).",
        ),
    ],
)
def test_a_wiki_pages_edit_links_tagline_hatnote_and_contents_are_not_its_text(
    edit: str, tagline: str, hatnote: str
) -> None:
    art = parse(*_page(edit, tagline, hatnote))
    assert kind_of(art, tagline) == (BOILERPLATE, patterns.WIKI_NOTE_REASON)
    assert kind_of(art, hatnote[:20]) == (BOILERPLATE, patterns.WIKI_NOTE_REASON)
    for text in (LEAD, CONSTRUCTION, CLOSURE):
        assert kind_of(art, text[:50])[0] == BODY
    assert kind_of(art, "Construction") == (HEADING, kind_of(art, "Construction")[1])
    assert not [p.text for p in art.paragraphs if edit in p.text or edit in p.section]
    for entry in ("1 History", "1.1 Construction", "2 References"):
        assert kind_of(art, entry)[0] == BOILERPLATE


def test_a_page_with_one_bracketed_edit_line_is_no_wiki() -> None:
    # one edit link (cut, as any is) and a Spanish paragraph opening "De ...": no wiki's lines
    opening = "De la estación al mercado: así era el tranvía de Brackley, según la enciclopedia local."
    hatnote = "For the timetable, see the council's page."
    art = parse(TITLE, opening, LEAD, "Corrections [edit]", CONSTRUCTION, hatnote, CLOSURE)
    assert kind_of(art, hatnote[:20])[1] != patterns.WIKI_NOTE_REASON
    assert kind_of(art, "Corrections")[1] != patterns.WIKI_NOTE_REASON
    assert kind_of(art, opening[:20])[1] != patterns.WIKI_NOTE_REASON


@pytest.mark.parametrize(
    ("edit", "tagline", "jump"),
    [
        ("[ edit ]", "From TramWiki", "Jump to: navigation, search"),
        ("[ modifica ]", "Da TramWiki.", "Vai a: navigazione, ricerca"),
        ("[Bearbeiten]", "Aus TramWiki", "Wechseln zu: Navigation, Suche"),
    ],
)
def test_an_old_wikis_edit_links_before_the_headings_and_its_jump_line(edit: str, tagline: str, jump: str) -> None:
    # MediaWiki up to 1.19 printed each edit link before its heading ("[ modifica ] Storia") and
    # a line of skip links under the tagline; trial 38's wiki of 2012 kept both in its text
    page = [line.replace(f"{TITLE} {edit}", TITLE) for line in _page(edit, tagline, "")]
    page = [f"{edit} {line[: -len(edit) - 1]}" if line.endswith(f" {edit}") else line for line in page]
    page[5] = f"{tagline}\n{jump}"
    art = parse(*page)
    assert kind_of(art, jump) == (BOILERPLATE, patterns.WIKI_NOTE_REASON)
    assert kind_of(art, tagline) == (BOILERPLATE, patterns.WIKI_NOTE_REASON)
    assert not [p.text for p in art.paragraphs if edit in p.text]
    for text in (LEAD, CONSTRUCTION, CLOSURE):
        assert kind_of(art, text[:50])[0] == BODY


@pytest.mark.parametrize(
    ("tagline", "jump"),
    [
        ("From Calder Valley Heritage Wiki", "Jump to navigation Jump to search"),
        ("Aus Stadtwiki Karlsruhe", "Zur Navigation springen Zur Suche springen"),
    ],
)
def test_a_wiki_without_edit_links_is_known_by_its_tagline_over_the_skip_links(tagline: str, jump: str) -> None:
    # a wiki that shows its edit links only to its editors: no "[edit]" to go by
    page = [
        f"{TITLE} - TramWiki",
        "Main menu\nSearch",
        TITLE,
        # the tagline, the skip links and the infobox in one block, as html-text prints them
        f"{tagline}\n{jump}\n{TITLE}\nThe depot from the Market Place, 1910\nLocation Brackley\nOpened 1904\n"
        "Closed 1937\nGauge 3 ft 6 in",
        LEAD,
        "History",
        CONSTRUCTION,
        CLOSURE,
        "This page was last edited on 3 February 2024, at 21:17.",
    ]
    art = parse(*page)
    assert kind_of(art, tagline)[0] == BOILERPLATE
    assert kind_of(art, jump)[0] == BOILERPLATE
    assert kind_of(art, LEAD[:40])[0] == BODY


def test_skip_links_under_a_line_naming_no_wiki_make_no_wiki_page() -> None:
    from indexer.segment.wiki import is_wiki_page

    assert is_wiki_page("From Calder Valley Heritage Wiki\nJump to navigation Jump to search\n")
    assert not is_wiki_page("From our correspondent in Leeds\nJump to navigation Jump to search\n")
    assert not is_wiki_page("Jump to navigation Jump to search\n" + LEAD)


@pytest.mark.linear
def test_the_skip_links_search_is_linear() -> None:
    from indexer.segment.wiki import is_wiki_page

    is_wiki_page("Jump to navigation\n" * 20_000)
    is_wiki_page("x" * 100_000 + "\nJump to navigation")
