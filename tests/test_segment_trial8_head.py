"""The head of a plain-text article as the eighth new-user trial found it misread (helper txthead8),
each kind with a page of our own: deck (standfirst) lines between the headline and the byline or
date line (two lines dropped, one kept as body), a Korean headline over its "입력" date line (no
title: its lines were a menu's), a name no given-name list knows over the date line, the Korean
"CITY=NAME 기자" byline, a newsletter's issue line over the headline of an HTML page, and a life's
dates at an obituary's end read as a date line. Each test fails on the code before."""

from __future__ import annotations

import hashlib

import pytest

from indexer import segment
from indexer.models import Article, Document
from tests.helpers import FOOTER, MENU, html_document, kind_and_reason, parse_blocks as parse


def _dump(*lines: str) -> Article:
    """A scraped page's text dump: one line each, no blank lines between (as a browser copies it)."""
    text = "\n".join(lines) + "\n"
    doc = Document(id="d", path="d.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    return segment.segment(doc)


EN_BODY = [
    "The county council closed the lower car park at Fellside on Tuesday after a survey found cracks in "
    "the retaining wall that holds up the road above it.",
    "Engineers said the wall had moved by several centimetres since the spring, and that the car park "
    "would stay shut until the repairs are finished next year.",
    "Shopkeepers on the high street said they had already lost trade since the closure was announced.",
]
EN_HEAD = ["Skip to content", "Fellside Courier", "Login", "News", "Local"]
EN_TAIL = ["Related", "Bypass plan delayed again", "Copyright Fellside Courier"]


def test_two_deck_lines_between_the_headline_and_the_date_lines_are_the_lead() -> None:
    art = _dump(
        *EN_HEAD,
        "Cracked wall shuts Fellside car park",
        "Survey finds retaining wall has moved since spring",
        "Council says repairs will take until next year",
        "Posted 2026.05.02 08:10",
        "Updated 2026.05.02 10:45",
        "By Nadia Holt",
        "Share",
        *EN_BODY,
        *EN_TAIL,
    )
    assert art.title == "Cracked wall shuts Fellside car park"
    assert kind_and_reason(art, "Survey finds")[0] == "lead"
    assert kind_and_reason(art, "Council says repairs")[0] == "lead"
    assert art.byline == "Nadia Holt"


def test_one_deck_sentence_over_a_name_and_date_is_the_lead_not_body() -> None:
    art = _dump(
        *EN_HEAD,
        "Cracked wall shuts Fellside car park for a year",
        "The council says a survey found the retaining wall under the high street has moved several "
        "centimetres since the spring and must be rebuilt.",
        "Nadia Holt",
        "2 May 2026, 08:10",
        "Updated 10:45",
        "Listen to this article",
        "Share",
        *EN_BODY,
        *EN_TAIL,
    )
    assert kind_and_reason(art, "The council says a survey")[0] == "lead"
    assert kind_and_reason(art, "The county council closed")[0] == "body"
    assert (art.byline, art.published) == ("Nadia Holt", "2026-05-02")


def test_a_first_paragraph_under_the_headline_without_a_date_line_under_it_stays_body() -> None:
    art = parse(MENU, "Cracked wall shuts Fellside car park for a year", *EN_BODY, FOOTER)
    assert kind_and_reason(art, "The county council closed")[0] == "body"


KO_MENU = [
    "본문 바로가기",
    "한강일보",
    "로그인",
    "회원가입",
    "정치",
    "경제",
    "사회",
    "국제",
    "문화",
    "전체메뉴",
    "사회",
]
KO_BODY = [
    "서울 마포구 망원동 일대에 들어설 예정이던 공공도서관 건립 사업이 공사비 상승으로 일 년 넘게 늦어지고 있다.",
    "15일 마포구에 따르면 구는 당초 올해 말 착공할 계획이었지만 설계 변경과 자재비 인상으로 사업비가 "
    "처음보다 40억원가량 늘어난 것으로 나타났다.",
    "주민들은 아이들이 공부할 공간이 부족하다며 조속한 착공을 요구하고 있다고 구 관계자가 말했다.",
]
KO_TAIL = ["관련기사", "서울 공공도서관 이용자 역대 최다", "Copyright ⓒ 한강일보. 무단전재 및 재배포 금지"]


def test_a_korean_headline_over_its_date_lines_is_the_title_and_its_deck_the_lead() -> None:
    art = _dump(
        *KO_MENU,
        "망원동 공공도서관 건립 일 년 넘게 지연",
        "공사비 상승에 설계 변경까지 겹쳐",
        "주민들 조속한 착공 요구",
        "입력 2026.03.15 07:00",
        "수정 2026.03.15 09:30",
        "서울=이지훈 기자",
        "공유하기",
        *KO_BODY,
        *KO_TAIL,
    )
    assert art.title == "망원동 공공도서관 건립 일 년 넘게 지연"
    assert kind_and_reason(art, "공사비 상승에")[0] == "lead"
    assert kind_and_reason(art, "주민들 조속한")[0] == "lead"
    assert (art.byline, art.dateline, art.published) == ("이지훈", "서울", "2026-03-15")


@pytest.mark.parametrize(
    ("line", "names", "place"), [("부산=김서연 기자", "김서연", "부산"), ("김서연 기자", "김서연", "")]
)
def test_korean_city_equals_name_byline(line: str, names: str, place: str) -> None:
    assert (segment.textblocks._cjk_byline(line), segment.textblocks._byline_place(line)) == (names, place)


NL_HEAD = "De markt op het plein gaat dicht voor de zomer"
NL_BODY = [
    "Vorige week besloot de gemeenteraad dat de weekmarkt op het plein vanaf juni drie maanden wordt "
    "verplaatst naar de kade, omdat de bestrating vervangen moet worden.",
    "De marktkooplieden zijn er niet blij mee. Op de kade is minder ruimte en er komen minder mensen langs.",
]


@pytest.mark.parametrize("date", ["22 oktober 2026, 19:00", "22 October 2026, 19:00"])
def test_a_name_no_given_name_list_knows_over_a_date_line_is_the_byline(date: str) -> None:
    art = parse(NL_HEAD, "Wietske Zwagerman", date, *NL_BODY)
    assert (art.byline, art.published) == ("Wietske Zwagerman", "2026-10-22")
    assert kind_and_reason(art, "Wietske")[0] == "byline"


def test_a_date_line_under_a_short_line_is_a_date_line() -> None:
    art = parse(NL_HEAD, "De Wekelijkse Column", "22 oktober 2026, 19:00", *NL_BODY)
    assert art.published == "2026-10-22"
    assert kind_and_reason(art, "22 oktober")[0] == "boilerplate"


def test_a_capitalised_label_over_a_date_line_is_no_byline() -> None:
    art = parse(NL_HEAD, "Breaking News", "22 October 2026, 19:00", *NL_BODY)
    assert art.byline == ""


def test_a_name_no_list_knows_in_a_page_with_an_author_box_after_the_text() -> None:
    art = parse(
        MENU,
        NL_HEAD,
        "Wietske Zwagerman",
        "22 oktober 2026, 19:00",
        *NL_BODY,
        "Over de auteur",
        "Wietske Zwagerman is verslaggever en schrijft elke week over de stad en haar markten.",
        FOOTER,
    )
    assert art.byline.startswith("Wietske Zwagerman")
    assert art.published == "2026-10-22"


OBITUARY = [
    "Skip to content",
    "The Cornish Echo",
    "Subscribe",
    "Log in",
    "News",
    "Obituaries",
    "Harold Penberthy obituary: the coxswain who never missed a shout",
    "By Ellen Tregear",
    "Tuesday 10 November 2026",
    "Harold Penberthy, who has died aged 95, joined the crew of the Sennen Cove lifeboat at 17 and was its "
    "coxswain for 21 years, longer than anyone before him.",
    "He was born in Sennen in 1931, the son of a fisherman, and built his first boat at the age of fourteen "
    "from timber washed up after a storm.",
    "He married Jean Trewhella, a teacher, in 1955. He is survived by their daughter and three grandchildren.",
    "Harold Penberthy, lifeboat coxswain and boatbuilder, born 12 May 1931; died 2 November 2026",
    "Share this obituary",
    "Facebook",
    "© 2026 Cornish Echo Ltd",
]


def test_an_obituarys_closing_life_dates_line_is_no_date_line() -> None:
    blocks, _ = segment.analyse_text("\n".join(OBITUARY), with_features=False)
    (life,) = [b for b in blocks if b.text.startswith("Harold Penberthy, lifeboat")]
    assert not life.reason.startswith("date line")
    (date,) = [b for b in blocks if b.text.startswith("Tuesday")]
    assert date.reason == segment.textblocks.DATE_BEFORE_REASON  # the page's own date line stays one


def test_dates_in_prose_and_date_lines() -> None:
    assert segment.textblocks._dates_in_prose("Ada Quist, weaver and teacher, born 3 April 1935; died 28 October 2026")
    assert not segment.textblocks._dates_in_prose("Published: 3 April 2026 | Updated: 4 April 2026")
    assert not segment.textblocks._dates_in_prose("By Cat Lafuente / June 12, 2020 9:49 am / Updated: Aug. 18, 2020")


def test_a_newsletters_issue_line_over_the_headline_is_its_date() -> None:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Valley Notes #31</title></head><body>'
        '<div class="bar"><a href="/archive">Back to archive</a></div>'
        '<table><tr><td class="header"><img src="/logo.png" alt="Valley Notes"><br>'
        '<span class="issue">Issue #31 · Thursday 4 June 2026</span></td></tr>'
        "<tr><td><h1>The orchard that pays its rent in apples</h1>"
        "<p>This week I visited the community orchard in Luddenden, where twelve households share forty "
        "trees and pay the landowner a crate of apples each autumn instead of rent.</p>"
        "<p>The scheme started in 2015 with six trees. Its founders say the hardest part was agreeing who "
        "would mow the grass, not who would pick the fruit.</p>"
        "<p>That's all for this week. Reply to this email if you know a project we should visit.</p>"
        "</td></tr></table></body></html>"
    ).encode()
    assert segment.segment(html_document(page)).published == "2026-06-04"


def test_a_lifes_date_under_the_headline_is_no_date_line() -> None:
    # a biography's facts: "Born DATE PLACE" dates a person, not the page (its places stay text)
    art = parse(
        "Agnes Rowntree",
        "Rowntree in 1962",
        "Born 4 May 1931 Whitby, England",
        "Died 9 March 2019 (aged 87) York, England",
        "Agnes Rowntree was an English botanist who catalogued the mosses of the North York Moors and "
        "taught at the University of York for thirty years.",
    )
    assert art.published == ""
    assert kind_and_reason(art, "Born 4 May")[0] == "body"
