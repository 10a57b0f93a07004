"""A plain-text article's wrapper (indexer.envelope, trial 11): front matter, an e-mail forward's
envelope and a web archive's toolbar are no article text, but give its title, date, byline and
address. Inputs written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer import envelope, segment, sniff, sources
from indexer.models import BODY, Article
from tests.helpers import PROSE

BODY_TEXT = "\n\n".join(PROSE)


def parse(tmp_path: Path, name: str, text: str) -> Article:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    ref = sources.SourceRef(f.resolve(), f.name, f.parent.resolve(), True)
    return segment.segment(sources.read_document(ref))


def indexed(art: Article) -> str:
    return "\n".join(p.text for p in art.paragraphs if p.indexed)


@pytest.mark.parametrize(
    "head, title, published, byline",
    [
        (  # Hugo, YAML
            '---\ntitle: "Harbour bridge to close for a year"\ndate: 2026-04-14T08:00:00+02:00\n'
            'author: "Ines Duarte"\ntags: ["roads", "harbour"]\ndraft: false\n---\n',
            "Harbour bridge to close for a year",
            "2026-04-14",
            "Ines Duarte",
        ),
        (  # Jekyll, YAML: a list of authors, a date with a space
            "---\nlayout: post\ntitle: Brücke am Hafen wird gesperrt\ndate: 2025-11-03 10:15:00 +0100\n"
            "authors:\n  - Jonas Weber\n  - Lea Brandt\ncategories: [lokal]\n---\n",
            "Brücke am Hafen wird gesperrt",
            "2025-11-03",
            "Jonas Weber, Lea Brandt",
        ),
        (  # Hugo, TOML
            '+++\ntitle = "Le pont du port fermé un an"\ndate = 2024-02-09T07:30:00Z\n'
            'authors = ["Claire Moreau"]\n[params]\n  featured = true\n+++\n',
            "Le pont du port fermé un an",
            "2024-02-09",
            "Claire Moreau",
        ),
    ],
)
def test_front_matter_gives_the_title_date_and_byline_and_is_not_indexed(
    tmp_path: Path, head: str, title: str, published: str, byline: str
) -> None:
    art = parse(tmp_path, "post.md", head + "\n" + BODY_TEXT + "\n")
    assert (art.title, art.published, art.byline) == (title, published, byline)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert "draft" not in indexed(art) and "+++" not in indexed(art) and "tags" not in indexed(art)


def test_a_post_that_opens_with_its_own_heading_keeps_it_as_the_title(tmp_path: Path) -> None:
    text = "---\ntitle: Short slug title\ndate: 2026-01-05\n---\n\n# The bridge closes today\n\n" + BODY_TEXT
    art = parse(tmp_path, "post.md", text)
    assert art.title == "The bridge closes today" and art.published == "2026-01-05"


def test_dashes_that_are_no_front_matter_stay_text() -> None:
    text = "---\nThe council met on Monday. It voted to close the bridge.\n---\n" + BODY_TEXT
    meta: dict[str, str] = {}
    assert envelope.front_matter(text, meta) == text and meta == {}


def test_shortcodes_give_their_caption_or_nothing() -> None:
    text = (
        '{{< figure src="/img/a.jpg" caption="The bridge at dawn, March 2026." >}}\n\n'
        "{{< subscribe >}}\n\n{% include newsletter.html %}\n\n{{% note %}}\nA note.\n{{% /note %}}\n\n"
        "{{< img src='b.jpg' alt='A ferry in fog' >}}\n"
    )
    out = sniff.markdown_to_text(text)
    assert "The bridge at dawn, March 2026." in out and "A ferry in fog" in out and "A note." in out
    assert "{" not in out and "subscribe" not in out and "include" not in out


@pytest.mark.parametrize(
    "wrapper",
    [
        # Gmail's forward, the forwarder's note and an Apple Mail marker under it
        "---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\nDate: Tue, 14 Apr 2026 at 09:12\n"
        "Subject: Fwd: Harbour bridge to close for a year\nTo: Team <team@example.org>\n\n"
        "Hi both, worth a look for tomorrow? Thanks, K.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n",
        # Outlook's
        "Could you check this before we run it?\n\n-----Original Message-----\nFrom: Ana Lopes\n"
        "Sent: Tuesday, April 14, 2026 9:12 AM\nTo: Newsroom\nSubject: RE: Harbour bridge to close for a year\n\n",
        # German Outlook
        "Zur Info.\n\n-----Ursprüngliche Nachricht-----\nVon: Redaktion <redaktion@example.de>\n"
        "Gesendet: Dienstag, 14. April 2026 09:12\nAn: Team\nBetreff: WG: Harbour bridge to close for a year\n\n",
    ],
)
def test_an_email_forwards_envelope_is_dropped_and_its_headline_is_the_title(tmp_path: Path, wrapper: str) -> None:
    text = wrapper + "Harbour bridge to close for a year\n\n" + BODY_TEXT + "\n"
    art = parse(tmp_path, "mail.txt", text)
    assert art.title == "Harbour bridge to close for a year"
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    kept = indexed(art)
    assert "iPhone" not in kept and "forwarded" not in kept.lower() and "@" not in kept and "Thanks" not in kept
    assert art.published == "2026-04-14"  # the mail's Date, the page giving none


def test_a_mails_subject_is_the_title_when_the_text_has_no_headline(tmp_path: Path) -> None:
    text = "From: Ana Lopes <ana@example.org>\nTo: Newsroom\nSubject: Fwd: Bridge closure\nDate: 3 March 2026\n\n"
    art = parse(tmp_path, "mail.txt", text + BODY_TEXT + "\n")
    assert art.title in ("Bridge closure", PROSE[0])  # a headline the segmenter finds comes first
    assert "ana@example.org" not in indexed(art) and art.published == "2026-03-03"


def test_a_text_opening_with_a_from_line_alone_is_no_mail() -> None:
    text = "From: the archives\n\n" + BODY_TEXT
    meta: dict[str, str] = {}
    assert envelope.email_envelope(text, meta) == text and meta == {}


def test_the_wayback_toolbar_is_dropped_and_the_archived_address_kept(tmp_path: Path) -> None:
    text = (
        "The Wayback Machine - https://web.archive.org/web/20220101120000/https://news.example.org/bridge\n\n"
        "INTERNET ARCHIVE\nhttps://news.example.org/bridge\nGo\n48 captures\n3 Jan 2021 - 9 Sep 2025\n"
        "DEC\tJAN\tFEB\n01\n2021\t2022\t2023\n\nAbout this capture\nCOLLECTED BY\nCollection: News crawls\n"
        "Web pages saved by an automated crawl of news sites, run since 2011 by volunteers.\nTIMESTAMPS\n\n"
        "Harbour bridge to close for a year\n\n" + BODY_TEXT + "\n"
    )
    art = parse(tmp_path, "saved.txt", text)
    assert art.title == "Harbour bridge to close for a year" and art.url == ""  # segment leaves url to the pipeline
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert "crawl" not in indexed(art) and "captures" not in indexed(art)
    assert envelope.unwrap(text)[1]["url"] == "https://news.example.org/bridge"


def test_a_text_without_a_wrapper_is_unchanged() -> None:
    assert envelope.unwrap(BODY_TEXT) == (BODY_TEXT, {})


# ---- a header of "Key: value" fields (trial 12: an RSS item saved as text)


@pytest.mark.parametrize(
    "head, title, published, byline, url",
    [
        (  # a feed reader's item, RFC 822 date, a line over the fields
            "Item 7 of 40\nTitle: Harbour bridge to close for a year\nLink: https://news.example.org/bridge\n"
            "Author: Ines Duarte\nPublished: Wed, 15 Apr 2026 07:30:00 +1000\nCategories: Roads, Harbour\n"
            "GUID: news-2026-bridge-77\n\nDescription:\n",
            "Harbour bridge to close for a year",
            "2026-04-15",
            "Ines Duarte",
            "https://news.example.org/bridge",
        ),
        (  # German keys, the date a plain one
            "Titel: Brücke am Hafen wird gesperrt\nAutor: Jonas Weber\nDatum: 3. November 2025\nQuelle: Stadtbote\n\n",
            "Brücke am Hafen wird gesperrt",
            "2025-11-03",
            "Jonas Weber",
            "",
        ),
        (  # Spanish keys, with a "Publicado el:" and tags
            "Título: El puente del puerto cerrará un año\nAutor: Lucía Serrano\nPublicado el: 2024-02-09\n"
            "Etiquetas: puerto, obras\n\n",
            "El puente del puerto cerrará un año",
            "2024-02-09",
            "Lucía Serrano",
            "",
        ),
    ],
)
def test_a_header_of_fields_gives_title_byline_date_and_address_and_is_not_indexed(
    tmp_path: Path, head: str, title: str, published: str, byline: str, url: str
) -> None:
    art = parse(tmp_path, "item.txt", head + BODY_TEXT + "\n")
    assert (art.title, art.published, art.byline) == (title, published, byline)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    kept = indexed(art)
    assert ":" not in kept.replace(title, "") and "GUID" not in kept and "Item 7" not in kept
    assert envelope.unwrap(head + BODY_TEXT)[1].get("url", "") == url


def test_a_description_field_value_is_text_and_ends_the_header() -> None:
    text = "Title: Bridge closes\nAuthor: Ines Duarte\nDescription: " + PROSE[0] + "\n\n" + PROSE[1]
    out, meta = envelope.unwrap(text)
    assert out == "Bridge closes\n\n" + PROSE[0] + "\n\n" + PROSE[1]
    assert meta == {"title": "Bridge closes", "author": "Ines Duarte"}


@pytest.mark.parametrize(
    "text",
    [
        "Title: a working name for the bridge story\n\n" + BODY_TEXT,  # one field alone
        "Harbour bridge to close\n\n" + PROSE[0] + "\nTitle: Bridge\nAuthor: Ines Duarte\n",  # not at the top
        "Note: the council met twice.\nTags: roads\n\n" + BODY_TEXT,  # no title, author, date or link
        PROSE[0] + "\nTitle: Bridge\nAuthor: Ines Duarte\n\n" + BODY_TEXT,  # under a sentence
    ],
)
def test_field_lines_that_are_no_header_stay_text(text: str) -> None:
    meta: dict[str, str] = {}
    assert envelope.field_header(text, meta) == text and meta == {}


def test_a_short_line_over_fields_without_a_title_is_kept_as_the_headline(tmp_path: Path) -> None:
    art = parse(
        tmp_path, "item.txt", "Harbour bridge to close\nAuthor: Ines Duarte\nDate: 3 March 2026\n\n" + BODY_TEXT
    )
    assert (art.title, art.byline, art.published) == ("Harbour bridge to close", "Ines Duarte", "2026-03-03")


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2026-03-02T07:30:00+01:00", "2026-03-02"),
        ("Thu, 9 Jul 2026 at 08:14", "2026-07-09"),
        ("9. Juli 2026", "2026-07-09"),
        ("Tuesday, April 14, 2026 9:12 AM", "2026-04-14"),
        # English dates as segment reads a date line's (pubdate.find_english_date): an ordinal,
        # "of", marks around a month written in full
        ("Tuesday, April 14th, 2026 9:12 AM", "2026-04-14"),
        ("the 3rd of March 2026", "2026-03-03"),
        ("14-March-2026 09:12", "2026-03-14"),
        ("no date here", ""),
    ],
)
def test_a_header_date_is_read_as_a_date_line_is(value: str, date: str) -> None:
    from indexer.segment.patterns import _any_date

    assert envelope._date(value) == date
    assert _any_date(value) == date  # the segmenter's reading of the same line
