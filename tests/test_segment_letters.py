"""A letters page: each letter's signature ("NAME, PLACE" under it) is joined to the letter's last
paragraph and names the letter's writer as the speaker of its paragraphs, and the page's notice
on how to send a letter is dropped (trial 14: the signature was a paragraph of its own, so a hit
on a letter showed no writer and a search for the writer found only her name line)."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.segment.kept import signature_name
from tests.helpers import FOOTER, MENU, html_document, parse_blocks

_LETTERS = [
    (
        "Quieter streets",
        "Since the speed limit on Mill Lane was cut to twenty, my children can walk to school without "
        "me. The council deserves credit for listening to residents.",
        "Siobhan Keane, Mill Lane, Ballyrock",
    ),
    (
        "Parking costs",
        "The new charges at the station car park will push commuters onto residential streets. Has "
        "anyone at the council actually looked at the evening traffic?",
        "Prof Oskar Lindqvist, Ballyrock",
    ),
]
_NOTICE = (
    "Letters should be no more than 300 words and must include a postal address. "
    "Email letters@example.org. We reserve the right to edit letters."
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Siobhan Keane, Mill Lane, Ballyrock", "Siobhan Keane"),
        ("— Dr Aidan Ruane, Cork", "Aidan Ruane"),
        ("Ann van der Berg, Utrecht", "Ann van der Berg"),
        ("Mary Lee, 34, Dublin 4", "Mary Lee"),
        ("– Tom Price", "Tom Price"),
        ("Tom Price", ""),
        ("FRANCE WINS", ""),
        ("Seehotel Tollensesee, Nonnenhof, 17094 Groß Nemerow", ""),
        ("The council said no.", ""),
        ("Police say more later", ""),
        ("Read more: Harbour Road plans", ""),
        ("Edited by Jane Roe", ""),
    ],
)
def test_a_signature_names_its_writer(line: str, name: str) -> None:
    assert signature_name(line) == name


def _check(art: segment.Article) -> None:
    body = {p.text: p for p in art.paragraphs if p.indexed and p.kind == "body"}
    for _, letter, signature in _LETTERS:
        p = body[f"{letter}\n{signature}"]
        assert p.turn == signature_name(signature)
    assert signature not in body
    assert not [t for t in body if "no more than 300 words" in t]


def test_plain_text_letters_are_signed() -> None:
    blocks = [b for head, letter, sig in _LETTERS for b in (head, letter, sig)]
    _check(parse_blocks(MENU, "Letters: our readers on Ballyrock's streets", *blocks, _NOTICE, FOOTER))


def test_html_letters_are_signed() -> None:
    letters = "".join(
        f"<div class='letter'><h3>{head}</h3><p>{letter}</p><p class='sig'>{sig}</p></div>"
        for head, letter, sig in _LETTERS
    )
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Letters: Ballyrock's streets</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/opinion'>Opinion</a></nav><main><article>"
        f"<h1>Letters: Ballyrock's streets</h1>{letters}<p class='how'>{_NOTICE}</p>"
        f"</article></main><footer><p>{FOOTER}</p></footer></body></html>"
    ).encode()
    _check(segment.segment(html_document(page)))


def test_one_name_line_under_prose_is_no_letter() -> None:
    art = parse_blocks(
        MENU,
        "Ballyrock library reopens",
        _LETTERS[0][1],
        "Siobhan Keane, Mill Lane, Ballyrock",
        _LETTERS[1][1],
        FOOTER,
    )
    assert not [p for p in art.paragraphs if p.indexed and "\n" in p.text]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Margaret Doyle, Harbour Road, Kinsale", (["Margaret", "Doyle"], [["Harbour", "Road"], ["Kinsale"]])),
        ("Tom Price", (["Tom", "Price"], [])),
        ("Ann Lee, 34, Cork", (["Ann", "Lee"], [["34"], ["Cork"]])),
        ("Ann Lee, , Cork", None),  # an empty place
        ("Ann Lee, One Two Three Four Five", None),  # a place longer than a place's words
    ],
)
def test_one_parser_of_a_signatures_shape(line: str, parts: object) -> None:
    """The segmenter's writer (`signature_name`) and the tagger's places (`entities._signature_spans`)
    read the one shape `models.signature_parts` splits."""
    from indexer.models import signature_parts

    assert signature_parts(line) == parts


def test_the_tagger_reads_the_signature_lines_the_old_pattern_read() -> None:
    from indexer import entities as E

    text = "Restore the bus.\nNiamh Foley, Glenbrack\n  Aoife Ryan, Quay Street, Ballymore \nAnn Lee , Cork\nAnn Lee, 34, Cork"
    spans = [text[a:b] for a, b in E._signature_spans(text)]
    assert spans == ["Niamh Foley, Glenbrack", "  Aoife Ryan, Quay Street, Ballymore "]


def test_a_credit_line_ends_the_letter_before_it_and_a_long_run_is_no_letter() -> None:
    # a new user's try: a page of children's jokes, each credited "—Joe L., age 10", three of whose
    # credits read as signatures; each made every joke since the one before it that child's
    # (303 paragraphs said by one child)
    jokes = []
    for n in range(1, 16):
        jokes += [f"{n}. What did the ferry say to the bridge number {n}?", f"You are going nowhere, bridge {n}!"]
    page = [MENU, "Bridge jokes for kids", "The best ferry jokes our young readers sent us this year."]
    page += jokes[:4] + ["—Joe L., age 10"] + jokes[4:6]
    page += ["Why did the harbour master bring a ladder to the meeting at the pier?", "—Henrik Pelto, Bristol"]
    page += jokes[6:] + ["Because the tide was rising faster than the minutes of the meeting.", "—Suzanna Reed, Leeds"]
    page += [
        "Send us your own jokes about ferries and bridges for next year's list, and we will print the best.",
        FOOTER,
    ]
    art = parse_blocks(*page)
    said = {p.text.split("\n")[0]: p.turn for p in art.paragraphs if p.turn}
    # Henrik's letter is the joke his credit closes and the lines up to Joe's credit above it
    assert set(said) <= {
        jokes[4],
        jokes[5],
        "Why did the harbour master bring a ladder to the meeting at the pier?",
        "Because the tide was rising faster than the minutes of the meeting.",
    }
    assert said["Why did the harbour master bring a ladder to the meeting at the pier?"] == "Henrik Pelto"
    # Suzanna's: 23 lines since Henrik's signature, too many for a letter: only the one she signs
    assert said["Because the tide was rising faster than the minutes of the meeting."] == "Suzanna Reed"
