"""Kinds of a page's head and of a judgment's header (session 19), on small inputs of our own: a
person's name before a date line's comma is its byline, a place's its dateline; bracketed media
markers ("(Foto)", "（写真）") are no text; a judgment whose header is one block is titled by its
case name, not "JUDGMENT"; a judge named before "KC ... sitting as" and a company in capitals with
its legal form are tagged; a date line ending in "von" over its author's name in the next block is
the byline; an HTML author field that names no one (a site's address, a stop word) gives way to
the page's own byline lines."""

from __future__ import annotations

import pytest

from indexer import htmlpage, segment
from indexer.segment.head import _head_lines_name
from indexer.segment.patterns import media_marker
from indexer.segment.textblocks import _date_line_place, _person_before_date
from tests.helpers import FOOTER, MENU, html_document, parse_blocks, tag_texts

_EN = (
    "The harbour board voted on Tuesday to replace the old timber jetty with a floating pontoon, "
    "ending two years of argument about the cost of keeping the structure safe.",
    "Engineers told the meeting that the piles had rotted below the waterline and that divers had "
    "found gaps large enough to put an arm through in several of them.",
)
_RU = (
    "Городской совет во вторник одобрил план замены старого деревянного причала плавучим понтоном, "
    "положив конец двухлетнему спору о стоимости его содержания.",
    "Инженеры сообщили, что сваи сгнили ниже ватерлинии, а водолазы нашли в них большие щели.",
)
_DE = (
    "Der Gemeinderat hat am Mittwochabend einstimmig beschlossen, einen neuen Radweg entlang der "
    "Hauptstraße zu bauen. Die Arbeiten sollen im Frühjahr beginnen.",
    "Anwohner hatten seit Jahren eine sichere Verbindung zur Schule gefordert. Die Kosten werden auf "
    "rund 400.000 Euro geschätzt.",
)


@pytest.mark.parametrize(
    ("headline", "line", "body", "byline"),
    [
        ("Harbour board votes to replace old jetty", "Mary Jones, 12 November 2025", _EN, "Mary Jones"),
        ("Совет одобрил замену старого причала", "Иван Петров, 12 ноября 2025", _RU, "Иван Петров"),
        ("Harbour board votes to replace old jetty", "Thomas Whitfield, March 3, 2025", _EN, "Thomas Whitfield"),
    ],
)
def test_a_name_before_a_date_line_s_comma_is_the_byline(headline: str, line: str, body: tuple, byline: str) -> None:
    art = parse_blocks(headline, line, *body)
    assert (art.byline, art.dateline) == (byline, "")
    assert art.published[:4] in ("2025",)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Calloway, 2 April 2026", "Calloway"),
        ("Little Rock, 12 November 2025", "Little Rock"),
        ("Novi Sad, 12 November 2025", "Novi Sad"),
        ("Carson City, 12 November 2025", "Carson City"),
        ("San Mateo, 12 November 2025", "San Mateo"),
        ("Mary Jones, 12 November 2025", ""),
        ("Иван Петров, 12 ноября 2025", ""),
    ],
)
def test_a_date_line_s_place_is_no_person(line: str, place: str) -> None:
    assert _date_line_place(line) == place
    assert _person_before_date(line.split(",")[0]) == (not place)


def test_a_place_before_a_date_line_stays_the_dateline() -> None:
    art = parse_blocks(
        "Harbour board votes to replace old jetty", "By Mary Jones", "Little Rock, 12 November 2025", *_EN
    )
    assert (art.byline, art.dateline, art.published) == ("Mary Jones", "Little Rock", "2025-11-12")


@pytest.mark.parametrize(
    "line",
    ["(Foto)", "(photo)", "[Video]", "（写真）", "【動画】", "(사진)", "(Фото)", "[Grafik]", "(Foto 2)", "(图片)"],
)
def test_a_bracketed_media_marker_is_no_text(line: str) -> None:
    assert media_marker(line)
    art = parse_blocks("Harbour board votes to replace old jetty", "By Mary Jones", _EN[0], line, _EN[1])
    (p,) = [p for p in art.paragraphs if p.text == line]
    assert not p.indexed


@pytest.mark.parametrize("line", ["(Foto: dpa)", "(photos of the jetty were taken on Tuesday)", "(2025)", "Foto"])
def test_other_brackets_are_no_media_marker(line: str) -> None:
    assert not media_marker(line)


_REASONS = (
    "1. This is a claim by the buyer of a narrowboat for the cost of repairing its hull, which she says "
    "the seller knew to be holed when it was sold in 2023.",
    "2. The seller denies that he knew of any defect and says the hull was damaged after the sale, when "
    "the boat was moored at a marina on the canal.",
)
_ONE_BLOCK_HEADER = (
    "Neutral Citation Number: [2026] EWHC 412 (Ch)\nCase No: BL-2025-000318\nIN THE HIGH COURT OF JUSTICE\n"
    "Date: 9 March 2026\nBefore :\nJOHN PELLING KC SITTING AS A DEPUTY HIGH COURT JUDGE\nBetween :\n"
    "ACME HOLDINGS LIMITED  Claimant\n- and -\nBRIDGET CALLOWAY  Defendant"
)


@pytest.mark.parametrize("kind", ["JUDGMENT", "Approved Judgment", "Urteil"])
def test_a_judgment_whose_header_is_one_block_is_titled_by_its_case_name(kind: str) -> None:
    art = parse_blocks(_ONE_BLOCK_HEADER, kind, *_REASONS)
    assert art.title == "ACME HOLDINGS LIMITED v BRIDGET CALLOWAY"
    assert art.published == "2026-03-09"
    assert [p.kind for p in art.paragraphs if p.text == kind] == ["heading"]


def test_a_one_block_judgment_under_a_menu_is_titled_by_its_case_name() -> None:
    art = parse_blocks(MENU, _ONE_BLOCK_HEADER, "JUDGMENT", *_REASONS, FOOTER)
    assert art.title == "ACME HOLDINGS LIMITED v BRIDGET CALLOWAY"


@pytest.mark.parametrize(
    "line",
    [
        "JOHN PELLING KC SITTING AS A DEPUTY HIGH COURT JUDGE",
        "Before: JOHN PELLING KC SITTING AS A DEPUTY HIGH COURT JUDGE",
        "Before: MR JOHN PELLING QC (sitting as a Deputy High Court Judge)",
        "JOHN PELLING SITTING AS A RECORDER",
    ],
)
def test_a_judge_before_their_rank_or_sitting_is_the_person(line: str) -> None:
    p = tag_texts(["Judgment", line], title=True).paragraphs[1]
    assert p.people == ["JOHN PELLING"] and p.orgs == []


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("ACME HOLDINGS LIMITED  Claimant", "ACME HOLDINGS LIMITED"),
        ("CORVID LABS INC  Defendant", "CORVID LABS INC"),
        ("BERGMANN AG  Respondent", "BERGMANN AG"),
        ("ROSSI COSTRUZIONI S.P.A.  Appellant", "ROSSI COSTRUZIONI S.P.A."),
        ("MAZUREK TRANS SP. Z O.O.  Defendant", "MAZUREK TRANS SP. Z O.O."),
    ],
)
def test_a_company_in_capitals_with_its_legal_form_is_an_org(line: str, org: str) -> None:
    p = tag_texts(["Judgment", line], title=True).paragraphs[1]
    assert p.orgs == [org] and p.people == []


def test_a_unit_is_no_legal_form() -> None:
    p = tag_texts(["Profile", "He played for Boston at 82 kg and 1.88 m before he retired in 1990."]).paragraphs[1]
    assert not any("kg" in o for o in p.orgs)


@pytest.mark.parametrize("line", ["12.11.2025 von", "Mittwoch, 12.11.2025 von", "12.11.2025, 14:30 Uhr von"])
def test_a_date_line_s_von_over_the_name_s_block_is_the_byline(line: str) -> None:
    art = parse_blocks("Gemeinderat beschließt neuen Radweg entlang der Hauptstraße", line, "Anna Schmidt", *_DE)
    assert (art.byline, art.published) == ("Anna Schmidt", "2025-11-12")
    assert not any(p.text == "Anna Schmidt" and p.indexed for p in art.paragraphs)


@pytest.mark.parametrize(
    ("field", "title", "kept"),
    [
        ("Stol It; Suedtirol Online", "Berlusconi trial goes on - stol.it - Suedtirol Online", ""),
        ("Finanztreff De", "Trading apps", ""),
        ("Ann Porter; Harbour News Com", "Jetty vote", "Ann Porter"),
        ("Harbour News Com; Copyright Harbour Media GmbH; Co KG", "Jetty vote", ""),
        ("Eine", "Radweg", ""),
        ("Robert", "Radweg", "Robert"),  # a given name, though jusText's German list holds it
        ("PARIS", "Radweg", "PARIS"),  # a place's name (a dateline's), though a stop word too
        ("Ann Porter; Tom Reed", "Jetty vote", "Ann Porter; Tom Reed"),
    ],
)
def test_an_author_field_that_names_no_one_is_dropped(field: str, title: str, kept: str) -> None:
    assert htmlpage.plausible_authors(field, "Jetty vote\nThe board voted.", "de", title) == kept


def test_a_site_s_address_field_gives_way_to_the_page_s_byline() -> None:
    body = "".join(f"<p>{t}</p>" for t in _EN * 2)
    page = (
        '<html lang="en"><head><meta charset="utf-8"><title>Jetty vote | harbournews.com</title>'
        '<meta name="author" content="harbournews.com"></head><body><article><h1>Harbour board votes to '
        'replace old jetty</h1><div class="meta"><span class="name">Ann Porter</span><time>12 November 2025</time>'
        f"</div>{body}</article></body></html>"
    ).encode()
    assert htmlpage.extract(page, "p.html").meta["author"] == ""
    art = segment.segment(html_document(page))
    assert (art.byline, art.published) == ("Ann Porter", "2025-11-12")


def test_a_tag_over_a_date_line_with_its_own_by_is_no_byline() -> None:
    head = "Mikael Ymer\nGael Monfils\nvon tennisnet.example zuletzt bearbeitet: 04.02.2022, 08:27 Uhr"
    assert _head_lines_name(head) == ""
    assert _head_lines_name("Ann Porter\n12 November 2025") == "Ann Porter"
