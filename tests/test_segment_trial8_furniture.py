"""Plain-text furniture and captions by kind (helper txtfurn8, from trial 8): a share bar's buttons
in other languages, an advert's prompt to read on, a podcast page's sponsor read, chapter list
and transcript notice, a caption with its credit in another language, and a match report's
line-ups with its referee. Each page here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import Article
from tests.helpers import FOOTER, MENU, kind_and_reason, parse_blocks

_NL = (
    "Wie door de binnenstad van Zwolle loopt, ziet overal nieuwe bankjes staan. De gemeente plaatste er "
    "dit jaar meer dan tweehonderd, vaak op plekken waar eerder auto's geparkeerd stonden.",
    "Volgens de wethouder is het een bewuste keuze. Een stad waar je nergens kunt zitten, is een stad "
    "waar ouderen en kinderen minder graag komen, zei hij tijdens de raadsvergadering.",
    "Niet iedereen is enthousiast. Winkeliers aan de Diezerstraat vrezen dat hun klanten verder moeten "
    "lopen nu er minder parkeerplaatsen zijn, en zij willen een proef van een jaar.",
)
_EN = (
    "The harbour board voted on Tuesday to replace the old timber jetty at Saltmere with a floating "
    "pontoon, ending two years of argument about the cost of keeping the structure safe.",
    "Engineers told the meeting that the jetty's piles had rotted below the waterline and that divers "
    "had found gaps large enough to put an arm through in several of them.",
    "The pontoon is due to be towed into place in the spring, and the jetty will close to the public "
    "from next month while the old deck is taken apart.",
)


def _kinds(art: Article) -> dict[str, str]:
    return {p.text: p.kind for p in art.paragraphs}


_NL_DECK = "De gemeente kiest voor zitplekken in plaats van parkeerplaatsen, en niet iedereen is daar blij mee."


def _nl_column(button: str) -> Article:
    # a standfirst over the columnist's name and date, then the share bar: the run of article
    # text starts at the standfirst, so a short line under the bar read as a heading
    return parse_blocks(
        MENU, "Nieuwe bankjes maken Zwolle gastvrijer", _NL_DECK, "Anouk de Wit", "3 maart 2026, 19:00",
        "Deel dit artikel", button, *_NL, FOOTER,
    )  # fmt: skip


def test_dutch_share_and_save_buttons_are_boilerplate_not_a_heading() -> None:
    art = _nl_column("Bewaren")
    kinds = _kinds(art)
    assert kinds["Deel dit artikel"] == "boilerplate" and kinds["Bewaren"] == "boilerplate"
    assert {p.section for p in art.paragraphs if p.kind == "body"} == {""}


def test_one_word_in_a_row_of_share_buttons_is_no_heading() -> None:
    """A button no table lists ("Voorlezen", read aloud) under a share label."""
    art = _nl_column("Voorlezen")
    kind, reason = kind_and_reason(art, "Voorlezen")
    assert (kind, reason) == ("boilerplate", "button label (a word in a row of tools)")
    assert {p.section for p in art.paragraphs if p.kind == "body"} == {""}


@pytest.mark.parametrize(
    ("label", "prompt"),
    [
        ("PUBLICIDADE", "Continue a ler a seguir à publicidade"),
        ("Advertisement", "Story continues below advertisement"),
        ("Anzeige", "Der Artikel wird nach der Anzeige fortgesetzt"),
        ("Publicité", "La suite après cette publicité"),
    ],
)
def test_an_adverts_prompt_to_read_on_is_boilerplate(label: str, prompt: str) -> None:
    art = parse_blocks(
        MENU, "Saltmere jetty to be replaced by pontoon", "By Ann Lee", _EN[0], _EN[1], label, prompt, _EN[2], FOOTER
    )
    kind, reason = kind_and_reason(art, prompt)
    assert (kind, reason) == ("boilerplate", "page furniture (advert's prompt to read on)")
    assert kind_and_reason(art, _EN[2][:30])[0] == "body"


_SUMMARY = (
    "When the town of Glanmor dimmed its streetlights after midnight, residents feared a rise in crime. "
    "Two years later, host Siân Evans asks what really changed, with an ecologist and a police inspector."
)
_TURNS = (
    "SIÂN: Welcome to Night Shift. Two winters ago the council in Glanmor turned down half of its "
    "streetlights between midnight and five in the morning, and people were worried.",
    "SIÂN: So I wanted to find out what actually happened. Inspector, did burglaries go up after the change?",
    "INSPECTOR: They did not. We compared the two years before and after, and the numbers barely moved "
    "at all, which surprised a few people on the council.",
)


def _podcast(*middle: str) -> Article:
    return parse_blocks(
        "Episodes | About | Support us", "Episode 12", "The night the lights went down", "Published 4 May 2026",
        _SUMMARY, *middle, *_TURNS, "Related episodes", FOOTER,
    )  # fmt: skip


def test_podcast_chapters_sponsor_read_and_transcript_notice_are_dropped() -> None:
    art = _podcast(
        "Show notes", "03:05 Why the council dimmed the lights", "14:40 What the figures say",
        "27:15 Moths, bats and dark skies", "This episode is sponsored by Harbour Socks. Use code NIGHT for 20% off.",
        "Transcript", "This transcript was generated automatically and may contain errors.",
    )  # fmt: skip
    kinds = _kinds(art)
    for text in (
        "Show notes",
        "03:05 Why the council dimmed the lights",
        "14:40 What the figures say",
        "27:15 Moths, bats and dark skies",
        "This episode is sponsored by Harbour Socks. Use code NIGHT for 20% off.",
        "Transcript",
        "This transcript was generated automatically and may contain errors.",
    ):
        assert kinds[text] == "boilerplate", text
    assert kind_and_reason(art, "27:15")[1] == "chapter list (time stamps into a recording)"
    assert all(kinds[t] == "body" for t in _TURNS)


def test_an_events_programme_in_clock_times_stays_article_text() -> None:
    """An evening's programme in 24-hour clock times rises as chapters do, but its stamps are
    times of day on the quarter or the five minutes, not offsets into a recording (trial 60's
    Meetup event had its programme dropped as a chapter list)."""
    programme = "18:30 Doors open and a short welcome\n18:45 Reading circle in small groups\n20:15 Tea and questions"
    art = parse_blocks(
        MENU,
        "Autumn reading evening at the harbour library",
        "Our reading circle meets again on Thursday in the harbour library, this time with short stories "
        "about the sea chosen by members over the summer.",
        "The evening",
        programme,
        "Entry is free, but places are limited to thirty, so please give up your place if you cannot come.",
        FOOTER,
    )
    assert kind_and_reason(art, "18:30")[0] == "body"
    # a recording's chapters on the same round minutes but starting at 0:00 are still chapters
    art = _podcast("Show notes", "00:00 Intro", "05:00 The council's plan", "20:00 Listener questions")
    assert kind_and_reason(art, "05:00")[1] == "chapter list (time stamps into a recording)"


def test_a_programmes_rows_are_no_section_headings() -> None:
    """A conference's programme, one row a block: a short row is no heading that files the rows
    after it as its section (a new user's page, tests/data/event_en.txt, had "11:45 Workshop A
    ..." under "§ 09:45 Keynote" and "16:15 Closing remarks" as a heading)."""
    text = (Path(__file__).parent / "data" / "event_en.txt").read_text(encoding="utf-8")
    art = parse_blocks(*text.split("\n\n"))
    rows = [p for p in art.paragraphs if p.text[:5] in ("09:45", "11:45", "16:15")]
    assert len(rows) == 4 and all(p.kind == "body" for p in rows)
    assert not any(p.section.startswith(("09:45", "16:15")) for p in art.paragraphs)


def test_live_blog_time_stamps_stay_article_text() -> None:
    """A live blog's posts go down in time and say sentences: no chapter list."""
    posts = (
        "10:42 The minister said the bill would pass before the summer recess.",
        "10:15 Opposition leaders have called for a vote on the amendment this afternoon.",
        "09:58 The debate opened with a statement from the Speaker about the order of business.",
    )
    art = parse_blocks(MENU, "Harbour bill: live updates", "By Ann Lee", _EN[0], *posts, _EN[1], _EN[2], FOOTER)
    kinds = _kinds(art)
    assert [kinds[p] for p in posts] == ["body", "body", "body"]


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        (
            "Um pontão flutuante é rebocado para o porto de Saltmere. Foto: Ana Lopes / DML",
            "Um pontão flutuante é rebocado para o porto de Saltmere.",
        ),
        ("Egy úszó móló érkezik a kikötőbe a reggeli órákban. Fotó: Kovács Anna", "Egy úszó móló érkezik"),
        (
            "부산 기장군 앞바다에서 어민이 그물을 걷어 올리고 있다. 이민호 기자",
            "부산 기장군 앞바다에서 어민이 그물을 걷어 올리고 있다.",
        ),
    ],
)
def test_caption_with_a_credit_in_another_language_is_kept_without_it(caption: str, kept: str) -> None:
    art = parse_blocks(
        MENU, "Saltmere jetty to be replaced by pontoon", "By Ann Lee", "3 March 2026", "Share", caption, *_EN, FOOTER
    )
    (p,) = [p for p in art.paragraphs if p.text.startswith(kept[:12])]
    assert p.kind == "caption", p.reason
    assert p.text.startswith(kept) and not p.text.endswith(("Lopes / DML", "Kovács Anna", "이민호 기자")), p.text


_MATCH = (
    "Saltmere Athletic came from a goal down to beat Harbour United 2-1 on Saturday and move into "
    "the top three for the first time this season.",
    "Harbour went ahead when Jonah Pike headed in a corner after 20 minutes, but Athletic's substitute "
    "Leon Marsh levelled just after the hour and scored the winner with four minutes left.",
    "Athletic play away at Kirkby Rangers on Tuesday night.",
)


def test_football_line_ups_and_referee_are_article_text() -> None:
    home = "Saltmere Athletic: Wood; Bell, Shaw, Marsh, Grey; Fox, Hall (Marsh 60), Lane; Rose, Stone, Hill."
    away = "Harbour United: Kemp; Moss, Price, Reed, Tait; Pike, Dobson (Gray 75), Parr; Ellery, Suggitt, Cole."
    art = parse_blocks(
        MENU, "Saltmere Athletic 2-1 Harbour United: Marsh double", "By Ann Lee", "Saturday 7 March 2026",
        *_MATCH, "Line-ups", home, away, "Referee: Kay Holt", "League table", "Pos Team P Pts",
        "1 Kirkby Rangers 20 44", "2 Harbour United 20 41", "Comments (3)", "Brilliant comeback!", FOOTER,
    )  # fmt: skip
    kinds = _kinds(art)
    assert (kinds[home], kinds[away], kinds["Referee: Kay Holt"]) == ("body", "body", "body")
    assert kinds["Line-ups"] == "heading"
    assert kinds["Pos Team P Pts"] == "boilerplate"


def test_a_tag_line_is_no_line_up() -> None:
    from indexer import segment

    assert not segment.kept._lineup("Tags: Bilt, Cent, Eimsbüttel, Hamburg, Altona, Ottensen, Barmbek")
    assert segment.kept._lineup("Harbour United: Kemp; Moss, Price, Reed, Tait; Pike, Dobson, Parr; Ellery, Cole.")


def test_line_ups_set_as_one_block_are_article_text() -> None:
    """A guard (kept before too): the line-ups and the referee in one block stay text."""
    sheet = (
        "Saltmere Athletic: Wood; Bell, Shaw, Marsh, Grey; Fox, Hall, Lane; Rose, Stone, Hill.\n"
        "Harbour United: Kemp; Moss, Price, Reed, Tait; Pike, Dobson, Parr; Ellery, Suggitt, Cole.\n"
        "Referee: Kay Holt"
    )
    art = parse_blocks(
        MENU, "Saltmere Athletic 2-1 Harbour United: Marsh double", "By Ann Lee", "Saturday 7 March 2026",
        *_MATCH, sheet, "League table", "Pos Team P Pts", "1 Kirkby Rangers 20 44", FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, "Saltmere Athletic: Wood")[0] == "body"


def test_a_korean_reporters_sign_off_under_the_last_paragraph_is_no_caption() -> None:
    """The reporter's name after the article's last sentence signs it off: not a caption. (The
    paragraph is dropped as after the article, before this change too: not this test's kind.)"""
    paras = (
        "부산시는 올여름 해수욕장 일곱 곳에 해파리 차단망을 설치하고 응급 처치함을 추가로 배치했다고 14일 밝혔다.",
        "시 관계자는 해파리 출현이 예년보다 한 달가량 빨라 피서객들의 각별한 주의가 필요하다고 말했다.",
        "해양수산부는 다음 달 말까지 어선 80여척을 동원해 제거 작업을 벌이기로 했다. 이민호 기자",
    )
    art = parse_blocks(MENU, "부산 해수욕장 해파리 비상", "입력 2026.08.14 06:00", *paras, FOOTER)
    assert kind_and_reason(art, "해양수산부는")[0] != "caption"


@pytest.mark.parametrize("row", ["whatsapp pinterest facebook twitter mail Drucken", "Facebook | Mail | Print"])
def test_a_share_bar_with_a_mail_button_is_boilerplate(row: str) -> None:
    """ "Mail" alone is a share bar's e-mail button: the row was body text between two paragraphs."""
    art = parse_blocks(MENU, "Saltmere jetty to be replaced", _EN[0], row, *_EN[1:], FOOTER)
    assert kind_and_reason(art, row) == ("boilerplate", "button label (print, e-mail)")
