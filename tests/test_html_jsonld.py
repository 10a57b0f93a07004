"""A page whose article is only in its JSON-LD `articleBody` (a JavaScript-rendered page saved
with an empty body) is indexed in its paragraphs, not as one (trial 9's Next.js page)."""

from __future__ import annotations

import json

import pytest

from indexer import htmlpage, segment
from indexer.htmljsonld import article_bodies, split_article_bodies
from indexer.htmlpage import _parse

from tests.helpers import html_document

PARAGRAPHS = [
    "The ferry strike entered its second week on Thursday, with no new talks scheduled between the crews' "
    "union and the operator, and hundreds of islanders still waiting for a crossing.",
    "About 300 members of the union walked off the job on June 5 after negotiations over rosters broke "
    "down, the union's regional secretary said in a statement.",
    '"We are not against a new timetable. We are against a timetable that nobody can live on," she said.',
]


def _page(body: str, extra_script: str = "") -> bytes:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry strike enters second week",
          "articleBody": body}  # fmt: skip
    return (
        "<html><head><title>Ferry strike enters second week</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script>{extra_script}'
        '</head><body><div id="__next"></div></body></html>'
    ).encode()


def _body_texts(data: bytes) -> list[str]:
    article = segment.segment(html_document(data))
    return [p.text for p in article.paragraphs if p.kind == "body"]


def test_a_json_ld_article_body_is_indexed_paragraph_by_paragraph() -> None:
    assert _body_texts(_page("\n\n".join(PARAGRAPHS))) == PARAGRAPHS
    assert _body_texts(_page("\n".join(PARAGRAPHS))) == PARAGRAPHS  # single line breaks too


def test_a_json_ld_body_without_line_breaks_stays_one_paragraph() -> None:
    assert _body_texts(_page(" ".join(PARAGRAPHS))) == [" ".join(PARAGRAPHS)]


def test_a_broken_json_ld_script_is_skipped() -> None:
    broken = '<script type="application/ld+json">{"articleBody": "one\\n\\ntwo", </script>'
    assert article_bodies(_parse(f"<html><head>{broken}</head><body></body></html>")) == []
    blocks = [("", " ".join(PARAGRAPHS))]
    assert split_article_bodies(blocks, _parse(f"<html><head>{broken}</head><body></body></html>")) == blocks


def test_only_the_block_that_is_the_body_is_split() -> None:
    tree = _parse(_page("\n\n".join(PARAGRAPHS)).decode())
    other = ("", "A different paragraph of the page, long enough to be prose, that no JSON-LD body holds at all.")
    heading = ("heading", "Ferry strike")
    out = split_article_bodies([heading, ("", " ".join(PARAGRAPHS)), other], tree)
    assert out == [heading, *[("", p) for p in PARAGRAPHS], other]


def _job_ad(ld: str, lang: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Lagerlogistiker (m/w/d) – JobPortal</title>'
        f'<script type="application/ld+json">{ld}</script></head><body><main><h1>Lagerlogistiker (m/w/d)</h1>'
        "<p>Wir suchen ab sofort eine Fachkraft für unser Lager in Kassel, die Wareneingang und Versand "
        "selbstständig organisiert und das Team bei der Inventur unterstützt.</p>"
        "<ul><li>Abgeschlossene Ausbildung als Fachkraft für Lagerlogistik</li><li>Staplerschein</li></ul>"
        "<p>Wir bieten einen unbefristeten Vertrag, 30 Tage Urlaub und ein Jobrad.</p></main></body></html>"
    )


@pytest.mark.parametrize(
    ("ld", "date"),
    [
        (
            '{"@context":"https://schema.org","@type":"JobPosting","title":"Lagerlogistiker","datePosted":"2025-10-06"}',
            "2025-10-06",
        ),
        (
            '{"@graph":[{"@type":"WebPage"},{"@type":"JobPosting","datePosted":"2025-10-06T08:30:00+02:00"}]}',
            "2025-10-06",
        ),
        ('{"@type":"JobPosting","datePosted":"vor 3 Tagen"}', ""),  # no ISO day: not read
    ],
)
def test_a_job_ads_date_posted_is_its_date(ld: str, date: str) -> None:
    # (before: htmldate reads datePublished, not a JobPosting's datePosted: the ad had no date)
    _, _, meta, _ = htmlpage.extract(_job_ad(ld, "de-DE").encode(), "job.html")
    assert meta["date"] == date


def _event_page(published: str = "") -> bytes:
    event = {"@context": "https://schema.org", "@type": "Event", "name": "Open day at the archive",
             "startDate": "2025-09-14T10:00:00+02:00", "endDate": "2025-09-14T17:00:00+02:00"}  # fmt: skip
    article = (
        f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "datePublished": published})}</script>'
        if published
        else ""
    )
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<html lang="en"><head><title>Open day at the archive</title><script type="application/ld+json">{json.dumps(event)}'
        f"</script>{article}</head><body><main><h1>Open day at the archive</h1>"
        '<p class="event-meta"><span class="date">Sunday, 14 September 2025</span> · 10:00 – 17:00 · Town archive</p>'
        f"{paras}</main></body></html>"
    ).encode()


def test_an_events_own_day_is_no_publication_date() -> None:
    # a new user's event page was "published" on the day of the open day it announced (its
    # schema.org Event's startDate, and its date line)
    art = segment.segment(html_document(_event_page(), "event.html"))
    assert art.published in ("", None)


def test_a_report_with_its_own_publication_date_keeps_it() -> None:
    art = segment.segment(html_document(_event_page("2025-08-30T09:00:00Z"), "report.html"))
    assert art.published == "2025-08-30"
