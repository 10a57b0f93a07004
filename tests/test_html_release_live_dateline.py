"""Press releases, live blogs, bylines and datelines read on HTML pages as the plain-text path
reads them (helper html7, issue 13), and two faults of both paths: a byline's own place ("By NAME
in PLACE") and a news agency's dateline without a year ("LONDON, March 3 (Reuters) -"). Each
page is our own; each test fails on the code before."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from indexer import segment, sources
from indexer.models import Article, BODY, BOILERPLATE, TITLE
from tests.helpers import PROSE, html_document, parse_blocks as parse
from tests.test_segment_metadata_blocks import LIVE_HEADLINE, LIVE_POSTS, RELEASE_HEADLINE, RELEASE_TEXT

pytest.importorskip("trafilatura")

HEADLINE = "Harbour bridge to close for a year of repairs"


def _page(body: str, title: str = HEADLINE, lang: str = "en", head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><article>{body}</article></body></html>"
    ).encode()


def _html(body: str, **kw: str) -> Article:
    return segment.segment(html_document(_page(body, **kw)))


def _paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


_RELEASE_TAIL_HTML = (
    "<h2>About Northwind Robotics</h2><p>Northwind Robotics designs and builds autonomous mobile robots for "
    "warehouses and factories. It is based in Toronto.</p><h3>Forward-Looking Statements</h3><p>This "
    "announcement contains forward-looking statements that involve risks and uncertainties, and actual "
    "results may differ materially from those expressed in them.</p>"
    "<p>Media Contact:<br>Pat Lee<br>press@northwind.example</p>"
)


@pytest.mark.parametrize(
    ("label", "dateline", "place"),
    [
        ("FOR IMMEDIATE RELEASE", "DAYTON, Ohio, March 3, 2026 /PRNewswire/ -- ", "DAYTON"),
        ("Press Release", "TORONTO, March 3, 2026 (GLOBE NEWSWIRE) -- ", "TORONTO"),
    ],
)
def test_an_html_press_release(label: str, dateline: str, place: str) -> None:
    body = [dateline + RELEASE_TEXT[0], RELEASE_TEXT[1]]
    art = _html(f"<p>{label}</p><h1>{RELEASE_HEADLINE}</h1>{_paras(body)}{_RELEASE_TAIL_HTML}", title=RELEASE_HEADLINE)
    # the release line is no text and never the title; the wire's dateline gives place and date
    assert (art.title, art.dateline, art.published) == (RELEASE_HEADLINE, place, "2026-03-03")
    assert [p.kind for p in art.paragraphs if p.text == label] == [BOILERPLATE]
    # the company's boilerplate after the release's text is dropped, to the end of the page
    assert [p.text for p in art.paragraphs if p.indexed] == [RELEASE_HEADLINE, *body]


def test_about_a_company_on_an_html_news_page_stays_text() -> None:
    art = _html(f"<h1>{HEADLINE}</h1>{_paras(PROSE[:2])}<h2>About the bridge</h2>{_paras(PROSE[2:])}")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_an_html_live_blog_post_has_its_time_as_section() -> None:
    posts = "".join(f'<div class="post"><p class="stamp">{t}</p><p>{x}</p></div>' for t, x in LIVE_POSTS)
    art = _html(f"<h1>{LIVE_HEADLINE}</h1><p>Updated 18:09</p>{posts}", title=LIVE_HEADLINE)
    # each post indexed with its time stamp as its section; the stamps and the update line are no text
    assert [(p.section, p.text) for p in art.paragraphs if p.kind == BODY] == LIVE_POSTS
    stamps = {t for t, _ in LIVE_POSTS} | {"Updated 18:09"}
    assert all(p.kind == BOILERPLATE for p in art.paragraphs if p.text in stamps)


def test_a_live_pages_update_time_is_no_posts_section() -> None:
    # plain text: "Updated 18:09" right over a post is the page's time, not the post's
    art = parse(LIVE_HEADLINE, "Updated 18:09", LIVE_POSTS[0][1], *(f"{t}\n\n{x}" for t, x in LIVE_POSTS[1:]))
    assert [(p.section, p.text) for p in art.paragraphs if p.kind == BODY] == [("", LIVE_POSTS[0][1]), *LIVE_POSTS[1:]]


@pytest.mark.parametrize(
    ("byline", "author", "place"),
    [
        ("By Jane Doe in Calloway", "Jane Doe", "Calloway"),
        ("By Jane Doe in Calloway, Texas", "Jane Doe", "Calloway"),
        ("By Jane Doe and Tom Lee in Port Ellis", "Jane Doe, Tom Lee", "Port Ellis"),
        ("Por Ana Ruiz en Cádiz", "Ana Ruiz", "Cádiz"),
        # a month is no place
        ("By Jane Doe in March", "Jane Doe", ""),
    ],
)
def test_a_bylines_own_place_is_the_dateline(byline: str, author: str, place: str) -> None:
    for art in (parse(HEADLINE, byline, *PROSE), _html(f"<h1>{HEADLINE}</h1><p>{byline}</p>{_paras(PROSE)}")):
        assert (art.byline, art.dateline) == (author, place)
        assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def _saved(tmp_path: Path, name: str, data: str | bytes, day: str) -> Article:
    """`segment` of a file written under `tmp_path` and last modified on `day` ('YYYY-MM-DD')."""
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    when = dt.datetime.fromisoformat(day + "T12:00:00+00:00").timestamp()
    os.utime(path, (when, when))
    return segment.segment(sources.read_document(sources.SourceRef(path, name, tmp_path, True)))


@pytest.mark.parametrize(
    ("dateline", "updated", "published"),
    [
        ("LONDON, March 3 (Reuters) - ", "Updated 5 March 2026", "2026-03-03"),
        # the page dated before that day of its year: the story is of the year before
        ("LONDON, Dec 30 (Reuters) - ", "Updated 2 January 2026", "2025-12-30"),
        ("PARIS, 3 mars (AFP) - ", "Updated 5 March 2026", "2026-03-03"),
        # a year in the dateline is its own, whatever the page's other dates
        ("LONDON, March 3, 2024 (Reuters) - ", "Updated 5 March 2026", "2024-03-03"),
    ],
)
def test_an_agency_dateline_gives_the_date(tmp_path: Path, dateline: str, updated: str, published: str) -> None:
    paras = [dateline + PROSE[0], *PROSE[1:]]
    text = "\n\n".join([HEADLINE, *paras, updated])
    html = _page(f"<h1>{HEADLINE}</h1>{_paras([*paras, updated])}")
    for art in (_saved(tmp_path, "story.txt", text, "2027-06-01"), _saved(tmp_path, "story.html", html, "2027-06-01")):
        assert (art.dateline, art.published) == (dateline.split(",")[0], published), art.path


def test_a_yearless_dateline_takes_the_pages_own_date(tmp_path: Path) -> None:
    # the page says when it was updated under the article: that year, not the file's
    text = "\n\n".join([HEADLINE, "LONDON, March 3 (Reuters) - " + PROSE[0], *PROSE[1:], "Updated 4 March 2024"])
    assert _saved(tmp_path, "story.txt", text, "2026-05-01").published == "2024-03-03"


def test_a_yearless_dateline_on_a_page_without_a_date_gives_none_whenever_the_file_was_saved(tmp_path: Path) -> None:
    # the same page copied on another day is the same article: no date from the file's time
    text = "\n\n".join([HEADLINE, "LONDON, March 3 (Reuters) - " + PROSE[0], *PROSE[1:]])
    for day in ("2026-03-05", "2031-01-01"):
        art = _saved(tmp_path, "story.txt", text, day)
        assert (art.dateline, art.published) == ("LONDON", "")
    assert parse(HEADLINE, "LONDON, March 3 (Reuters) - " + PROSE[0], *PROSE[1:]).published == ""


@pytest.mark.parametrize(
    ("lang", "head", "published"),
    [
        # US English writes the month first, as the plain path reads it
        ("en-US", '<meta name="date" content="03/04/2025">', "2025-03-04"),
        ("en-US", '<meta property="article:published_time" content="03/04/2025 10:00">', "2025-03-04"),
        # British English and German the day first, as before
        ("en-GB", '<meta name="date" content="03/04/2025">', "2025-04-03"),
        ("de", '<meta name="date" content="03/04/2025">', "2025-04-03"),
        # a date that can be read one way only is that day whatever the language
        ("en-US", '<meta name="date" content="25/04/2025">', "2025-04-25"),
    ],
)
def test_an_html_pages_slash_date_in_its_language(lang: str, head: str, published: str) -> None:
    art = _html(f"<h1>{HEADLINE}</h1>{_paras(PROSE)}", lang=lang, head=head)
    assert art.published == published
    assert art.title == HEADLINE and [p.kind for p in art.paragraphs[:1]] == [TITLE]


@pytest.mark.parametrize(
    ("byline", "place", "published"),
    [
        ('<p class="byline">By Ana Ruiz<br>Port Ellis, 3 May 2026</p>', "Port Ellis", "2026-05-03"),
        ('<div id="byline">By <a rel="author" href="/a/ar">Ana Ruiz</a> in Port Ellis</div>', "Port Ellis", ""),
        ('<p class="byline">By <a href="/a/ar">Ana Ruiz</a><br><span>Sunday, 3 May 2026</span></p>', "", "2026-05-03"),
    ],
)
def test_an_html_byline_the_extractor_leaves_out_gives_its_place(byline: str, place: str, published: str) -> None:
    # trafilatura takes the author from the byline element and drops it from the text (its
    # author was "Ana Ruiz Port Ellis"): the element's place is the dateline, not part of the name
    art = _html(f"<h1>{HEADLINE}</h1>{byline}{_paras(PROSE)}")
    assert (art.byline, art.dateline, art.published) == ("Ana Ruiz", place, published)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_an_html_masthead_over_its_menu_row_is_no_text() -> None:
    # the extractor kept the site's name and its menu row (set as paragraphs) over a live blog:
    # as on a plain page (`_split_masthead`), neither is text nor the title
    posts = "".join(f"<div><p>{t}</p><p>{x}</p></div>" for t, x in LIVE_POSTS)
    top = "<div><p>Moorland Courier LIVE</p><p>Home | News | Weather | Live</p></div>"
    art = _html(f"{top}<h1>{LIVE_HEADLINE}</h1>{posts}", title=f"{LIVE_HEADLINE} | Moorland Courier")
    assert art.title == LIVE_HEADLINE
    assert [p.kind for p in art.paragraphs if p.text.startswith(("Moorland", "Home"))] == [BOILERPLATE] * 2
    assert [p.text for p in art.paragraphs if p.kind == BODY] == [x for _, x in LIVE_POSTS]
