"""Block classification of plain-text page dumps and clean article files (indexer.segment)."""

from __future__ import annotations

import hashlib
import json
import random
from array import array
from pathlib import Path
from typing import Any

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, BYLINE, CAPTION, HEADING, KINDS, LEAD, TITLE, Article, Document
from tests.helpers import PROSE

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SHIPPED = REPO / "source" / "rferl-uyghur-diaspora-2021.txt"


def text_doc(text: str, doc_id: str = "t") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)


def html_doc(blocks: list[tuple[str, str]], doc_id: str = "h", **fields: Any) -> Document:
    """An HTML page as the reader hands it to the segmenter: its extracted (hint, text) blocks."""
    return Document(id=doc_id, path=f"{doc_id}.html", content_hash="x", text="", format="html", blocks=blocks, **fields)


def kinds(article: Article) -> list[str]:
    return [p.kind for p in article.paragraphs]


# --------------------------------------------------------------------------------------------
# The shipped article, block by block
# --------------------------------------------------------------------------------------------

# (kind, start of the block's text) for every block of the shipped page, in order.
SHIPPED_BLOCKS: list[tuple[str, str]] = [
    (BOILERPLATE, "Accessibility links"),
    (BOILERPLATE, "Breaking News"),
    (TITLE, "'Utterly Shameful': Uyghurs' Frustration Grows"),
    (CAPTION, "Security personnel patrol near the Id Kah Mosque"),
    (BODY, "PRAGUE -- Four years after Beijing launched"),
    (BODY, "Chinese authorities have been accused"),
    (BODY, "These actions have drawn accusations"),
    (BODY, "Despite such moves"),
    (BODY, "\u201cOn the whole the international response"),
    (BODY, "Though the focus of the meeting"),
    (CAPTION, "World Uyghur Congress President Dolkun Isa"),
    (BODY, "\u201cThe Uyghurs are becoming hopeless"),
    (HEADING, "'Unprecedented' Level Of Evidence"),
    (BODY, "A German academic who works for the Victims of Communism"),
    (BODY, "His investigations have helped reveal"),
    (BODY, "Chinese officials have rejected"),
    (CAPTION, "Foreign journalists take photos and video"),
    (BODY, "But some of the strongest evidence"),
    (BODY, "\u201cWe\u2019ve never had this level of documentation"),
    (BODY, "China has long struggled to integrate Uyghurs"),
    (BODY, "Beijing has also silenced Uyghurs living abroad"),
    (BODY, "The scale of this effort was documented"),
    (BODY, "In addition to showing the scope of intimidation"),
    (BODY, "Tajikistan is also the subject"),
    (BODY, "The new evidence alleges"),
    (BODY, "First-hand testimony"),
    (BODY, "Kazakhstan, which shares a lengthy border"),
    (BODY, "\u201cWe are giving the world evidence"),
    (HEADING, "Pushing For A Response"),
    (BODY, "Calls for stronger international pushback"),
    (BODY, "So far, the U.S. government"),
    (CAPTION, "A Uyghur woman in Xinjiang uses an electric-powered scooter"),
    (BODY, "Calls have also grown to boycott"),
    (BODY, "It also remains unclear"),
    (BODY, "China has retaliated against economic pressure"),
    (BODY, "Diplomatically, Beijing has also managed"),
    (BODY, "While more than 40 mainly Western countries"),
    (BODY, "The statement of support"),
    (BODY, "\u201cThe Chinese government is only going to react"),
    (BOILERPLATE, "\u2022 16x9 Image"),
    (BYLINE, "Reid Standish"),
    (BYLINE, "Reid Standish is an RFE/RL correspondent"),
    (BOILERPLATE, 'RFE/RL has been declared an "undesirable organization"'),
    (BOILERPLATE, "If you are in Russia"),
    (BOILERPLATE, "To find out more, click here."),
    (BOILERPLATE, "About The Newsletter"),
    (BOILERPLATE, "China In Eurasia\nReid Standish"),
    (BOILERPLATE, "In recent years, it has become impossible"),
    (BOILERPLATE, "Subscribe to this biweekly dispatch"),
    (BOILERPLATE, "To subscribe, click here."),
    (BOILERPLATE, "XS\nSM\nMD\nLG"),
]


@pytest.fixture(scope="module")
def shipped() -> Article:
    return segment.segment(text_doc(SHIPPED.read_text(encoding="utf-8"), "rferl-uyghur-diaspora-2021"))


def test_shipped_article_every_block_has_its_kind(shipped: Article) -> None:
    got = [(p.kind, p.text) for p in shipped.paragraphs]
    assert len(got) == len(SHIPPED_BLOCKS)
    for n, ((kind, text), (want_kind, want_start)) in enumerate(zip(got, SHIPPED_BLOCKS, strict=True), 1):
        assert text.startswith(want_start), f"block {n}: {text[:60]!r}"
        assert kind == want_kind, f"block {n} {text[:50]!r}: {kind} ({shipped.paragraphs[n - 1].reason})"


def test_shipped_article_metadata(shipped: Article) -> None:
    assert shipped.title.startswith("'Utterly Shameful': Uyghurs' Frustration Grows")
    assert shipped.byline == "Reid Standish"
    assert shipped.dateline == "PRAGUE"
    assert shipped.published == ""  # the page states no publication date (a caption's date is not one)


def test_shipped_article_numbering_reasons_and_index_flags(shipped: Article) -> None:
    assert [p.paragraph for p in shipped.paragraphs] == list(range(1, len(shipped.paragraphs) + 1))
    assert all(p.kind in KINDS and p.reason for p in shipped.paragraphs)
    indexed = {p.kind for p in shipped.indexed_paragraphs}
    assert indexed == {TITLE, HEADING, BODY, CAPTION}
    assert not any(p.indexed for p in shipped.paragraphs if p.kind in (BYLINE, BOILERPLATE))
    # entity fields are left for entities.py
    assert all(not p.people and not p.speakers for p in shipped.paragraphs)


def test_shipped_captions_printed_twice_become_one(shipped: Article) -> None:
    captions = [p for p in shipped.paragraphs if p.kind == CAPTION]
    assert len(captions) == 4
    for p in captions:
        assert "\n" not in p.text
        assert p.reason == "repeated caption (printed twice)"
    assert captions[0].text == (
        "Security personnel patrol near the Id Kah Mosque in Kashgar in western China's Xinjiang region. (file photo)"
    )


def test_shipped_dateline_paragraph_keeps_its_text(shipped: Article) -> None:
    first_body = next(p for p in shipped.paragraphs if p.kind == BODY)
    assert first_body.text.startswith("PRAGUE -- Four years after")


def test_shipped_sections_follow_headings(shipped: Article) -> None:
    by_start = {p.text[:25]: p for p in shipped.paragraphs}
    assert by_start["PRAGUE -- Four years afte"].section == ""
    assert by_start["A German academic who wor"].section == "'Unprecedented' Level Of Evidence"
    assert by_start["Calls for stronger intern"].section == "Pushing For A Response"
    assert by_start["'Unprecedented' Level Of "].section == "'Unprecedented' Level Of Evidence"


# --------------------------------------------------------------------------------------------
# Rules on small pages written for the tests
# --------------------------------------------------------------------------------------------


PAGE_DUMP = "\n\n".join(
    [
        "Harbour bridge to close for a year - The Example Gazette",
        "Skip to content",
        "Home\nNews\nSport\nBusiness\nCulture\nWeather",
        "Sign in",
        "Harbour bridge to close for a year",
        "By Jane Doe and John Smith",
        "Published March 3, 2022",
        "Share on Facebook\nShare on Twitter\nEmail",
        "The old harbour bridge at dusk.\nThe old harbour bridge at dusk.",
        "Photo: Example Images",
        "HARBOURTON -- " + PROSE[0],
        PROSE[1],
        "\u201cIt is the right decision,\u201d the mayor said.",
        "What happens next",
        PROSE[2],
        "Advertisement",
        PROSE[3],
        "Jane Doe is a staff reporter covering transport and city politics for the Gazette.",
        "Related stories\nFerry fares to rise in spring\nCouncil approves new bus lanes\nOld town parking plan delayed",
        "12 comments",
        "We use cookies to improve your experience. By continuing to use our site you agree.",
        "\u00a9 2022 The Example Gazette. All rights reserved.",
    ]
)


@pytest.fixture(scope="module")
def dump() -> Article:
    return segment.segment(text_doc(PAGE_DUMP, "gazette"))


def test_page_dump_kinds(dump: Article) -> None:
    assert kinds(dump) == [
        BOILERPLATE,  # <title> line with site name
        BOILERPLATE,  # skip link
        BOILERPLATE,  # navigation list
        BOILERPLATE,  # button
        TITLE,
        BYLINE,
        BOILERPLATE,  # date line
        BOILERPLATE,  # share buttons
        CAPTION,  # printed twice
        BOILERPLATE,  # a photo credit alone names the agency, not the picture
        BODY,
        BODY,
        BODY,  # a one-sentence quote is body, not chrome
        HEADING,
        BODY,
        BOILERPLATE,  # "Advertisement" inside the article
        BODY,
        BYLINE,  # author box
        BOILERPLATE,  # related list
        BOILERPLATE,  # comment count
        BOILERPLATE,  # cookie notice
        BOILERPLATE,  # copyright
    ]


def test_page_dump_metadata(dump: Article) -> None:
    assert dump.title == "Harbour bridge to close for a year"
    assert dump.byline == "Jane Doe, John Smith"
    assert dump.dateline == "HARBOURTON"
    assert dump.published == "2022-03-03"


def test_page_dump_reasons_explain(dump: Article) -> None:
    reasons = {p.text.split("\n")[0][:20]: p.reason for p in dump.paragraphs}
    assert reasons["Home"].startswith("navigation list")
    assert reasons["The old harbour bridg"[:20]] == "repeated caption (printed twice)"
    assert "author box" in reasons["Jane Doe is a staff r"[:20]]
    assert reasons["\u00a9 2022 The Example Ga"[:20]] == "legal notice"
    assert "advertisement" in reasons["Advertisement"]


def test_section_is_set_by_heading(dump: Article) -> None:
    body = [p for p in dump.paragraphs if p.kind == BODY]
    assert body[0].section == ""
    assert body[-1].section == "What happens next"


def test_tail_prose_after_author_box_is_chrome() -> None:
    # Long, sentence-like text after the author box and a newsletter header is not article text.
    text = "\n\n".join(
        [
            "Bridge closes",
            *PROSE,
            "Jane Doe is a correspondent for the Gazette and writes about cities.",
            "About the newsletter",
            "Every week our editors pick the stories that explain how the city is changing, from housing "
            "and transport to the people who run the places we live in.",
            "To subscribe, click here.",
        ]
    )
    art = segment.segment(text_doc(text))
    assert kinds(art)[-3:] == [BOILERPLATE, BOILERPLATE, BOILERPLATE]
    assert art.byline == "Jane Doe"


def test_clean_article_first_line_title_rest_body() -> None:
    text = "Bridge to close for repairs\n\n" + "\n\n".join(PROSE) + "\n\n\u201cWe had no choice,\u201d he said.\n\nNo."
    art = segment.segment(text_doc(text))
    assert kinds(art) == [TITLE] + [BODY] * (len(PROSE) + 2)
    assert art.title == "Bridge to close for repairs"


def test_newswire_headline_and_table_lines_are_body() -> None:
    text = "\n\n".join(
        [
            "ACME CORP <ACME> 4TH QTR NET",
            "Shr 22 cts vs 18 cts",
            "Net 4.1 mln vs 3.2 mln",
            "Revs 61.7 mln vs 52.7 mln",
            "Year",
            "Shr 80 cts vs 71 cts",
            "NOTE: 1986 net includes a gain of 1.2 mln dlrs from the sale of a unit. REUTER",
        ]
    )
    art = segment.segment(text_doc(text))
    assert kinds(art) == [TITLE] + [BODY] * 6
    assert art.title == "ACME CORP <ACME> 4TH QTR NET"


def test_newswire_dateline() -> None:
    art = segment.segment(text_doc("HEADLINE\n\nWASHINGTON (Reuters) - " + PROSE[0]))
    assert art.dateline == "WASHINGTON"
    art = segment.segment(text_doc("Headline here\n\nNEW YORK, Nov 19 (AP) \u2014 " + PROSE[0]))
    assert art.dateline == "NEW YORK"
    art = segment.segment(text_doc("Headline here\n\n" + PROSE[0]))
    assert art.dateline == ""


def test_news_prose_mentioning_copyright_or_comment_stays_body() -> None:
    text = "\n\n".join(
        [
            "Carmaker wins copyright case",
            "The carmaker has won a copyright case in Beijing over a "
            "copied design, its lawyers said on Monday after the ruling was published.",
            "Officials declined to comment.",
            *PROSE[:2],
        ]
    )
    assert kinds(segment.segment(text_doc(text))) == [TITLE, BODY, BODY, BODY, BODY]


def test_page_in_another_language_keeps_its_body() -> None:
    prosa = [
        "A prefeitura anunciou nesta terça-feira que a ponte antiga do porto ficará fechada durante "
        "todo o próximo ano para obras de reparação, o que vai obrigar milhares de pessoas a usar barcos.",
        "Os engenheiros disseram que as estruturas de aço estavam mais corroídas do que o esperado e "
        "que a ponte já não podia receber ônibus, segundo um relatório publicado no mês passado.",
    ]
    text = "\n\n".join(
        [
            "Início\nNotícias\nEsportes\nContato",
            "Ponte do porto fecha por um ano",
            *prosa,
            "Leia mais",
            "Deixe uma resposta",
        ]
    )
    art = segment.segment(text_doc(text))
    assert kinds(art) == [BOILERPLATE, TITLE, BODY, BODY, BOILERPLATE, BOILERPLATE]


def test_empty_and_blank_documents() -> None:
    for text in ("", "\n\n  \n\t\n"):
        art = segment.segment(text_doc(text))
        assert art.paragraphs == []
        assert art.warnings and "no text" in art.warnings[0]


def test_crlf_and_repeated_whole_block() -> None:
    text = (
        "Title line\r\n\r\n" + PROSE[0] + "\r\n\r\nA caption here\r\nA second line\r\nA caption here\r\nA second line"
    )
    art = segment.segment(text_doc(text))
    assert art.paragraphs[-1].kind == CAPTION
    assert art.paragraphs[-1].text == "A caption here\nA second line"


def test_html_document_trusts_hints_and_meta() -> None:
    doc = html_doc(
        blocks=[
            ("title", "Bridge closes"),
            ("", PROSE[0]),
            ("heading", "What next"),
            ("", PROSE[1]),
            ("caption", "The bridge at dusk"),
            ("", "Sign up for our newsletter"),
            ("heading", "Newsletter"),
            ("", "By Jane Doe"),
        ],
        meta={"title": "Bridge closes", "author": "Jane Doe", "date": "2022-03-03"},
    )
    art = segment.segment(doc)
    assert kinds(art) == [TITLE, BODY, HEADING, BODY, CAPTION, BOILERPLATE, BOILERPLATE, BYLINE]
    assert (art.title, art.byline, art.published) == ("Bridge closes", "Jane Doe", "2022-03-03")
    assert art.paragraphs[3].section == "What next"


def test_html_document_without_blocks_is_empty_with_warning() -> None:
    doc = html_doc(
        blocks=[],
        warnings=["h.html: no article text found in this HTML page (not an article?)"],
    )
    art = segment.segment(doc)
    assert art.paragraphs == [] and len(art.warnings) == 1


def test_large_page_is_handled() -> None:
    # ~5 MB of text: must finish (linear time) and keep the prose
    text = "Big page\n\n" + "\n\n".join(PROSE * 8000) + "\n\nHome\nNews\nSport\nContact"
    art = segment.segment(text_doc(text))
    assert len(art.paragraphs) == 32002
    assert art.paragraphs[-1].kind == BOILERPLATE
    # each paragraph printed 8,000 times: indexed once (test_a_text_printed_hundreds_of_times...)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_text_printed_hundreds_of_times_is_indexed_once_with_a_warning() -> None:
    """A page of a few paragraphs printed over and over (10 MB, 83,000 paragraphs) was indexed
    and entity-tagged copy by copy: over 25 minutes. A text the page prints more than
    REPEATS_MAX times is indexed once; the copies say which paragraph they repeat, and a
    warning counts them. Plain text and HTML alike."""
    copies = 300
    pages = {
        "txt": text_doc("Bridge to close\n\n" + "\n\n".join(PROSE[:3] * copies)),
        "html": html_doc([("title", "Bridge to close")] + [("", t) for t in PROSE[:3] * copies]),
    }
    for fmt, doc in pages.items():
        art = segment.segment(doc)
        assert [p.text for p in art.paragraphs if p.indexed] == ["Bridge to close", *PROSE[:3]], fmt
        assert [p.reason for p in art.paragraphs[4:7]] == [
            f"repeats paragraph {n} (printed {copies} times)" for n in (2, 3, 4)
        ], fmt
        (warning,) = [w for w in art.warnings if "printed over" in w]
        assert (
            f"{3 * copies - 3:,} paragraphs dropped: 3 texts printed over {segment.metadata.REPEATS_MAX} times"
            in warning
        )


def test_a_text_a_page_repeats_a_few_times_on_purpose_stays() -> None:
    """A meal plan's line under each day, the same question to each interviewee, a table's
    rows: the tuning pages repeat a text up to 44 times, and their truths keep every copy. A
    repeated heading still opens its section."""
    days = [x for d in range(segment.metadata.REPEATS_MAX) for x in (f"Day {d + 1}", PROSE[d % 4])]
    art = segment.segment(text_doc("Meal plan\n\n" + "\n\n".join([PROSE[0], *days])))
    assert sum(p.text == PROSE[1] and p.indexed for p in art.paragraphs) == segment.metadata.REPEATS_MAX // 4 + 1
    assert not [w for w in art.warnings if "printed over" in w]
    # one copy more, of a heading: dropped, and the paragraph under it is still in its section
    doc = html_doc(
        [("title", "Menu")]
        + [x for _ in range(segment.metadata.REPEATS_MAX + 1) for x in (("heading", "Breakfast"), ("", PROSE[0]))]
        + [("heading", "Dinner"), ("", PROSE[1]), ("heading", "Breakfast"), ("", PROSE[2])]
    )
    art = segment.segment(doc)
    assert [p.text for p in art.paragraphs if p.indexed] == [
        "Menu",
        "Breakfast",
        PROSE[0],
        "Dinner",
        PROSE[1],
        PROSE[2],
    ]
    assert art.paragraphs[-1].section == "Breakfast" and art.paragraphs[-2].reason.startswith("repeats paragraph 2")


def test_an_article_printed_twice_on_its_page_is_indexed_once() -> None:
    """A page that prints its whole text twice (a print view saved beside it, a scrape of both)
    was indexed twice: every hit came twice. The second copy of a run of 3+ prose paragraphs
    is dropped, plain text and HTML alike; two paragraphs repeated (a pull quote and the line
    after it) stay, as do repeated headings that open text of their own."""
    copy = ["Bridge to close", *PROSE[:4]]
    pages = {
        "txt": text_doc("\n\n".join([*copy, "Share this article", *copy, "More news"])),
        "html": html_doc([("title", copy[0])] + [("", t) for t in copy[1:]] + [("", t) for t in copy]),
    }
    for fmt, doc in pages.items():
        art = segment.segment(doc)
        assert [p.text for p in art.paragraphs if p.indexed] == copy, fmt
        first = {"txt": 2, "html": 1}[fmt]  # the HTML copy starts with the headline as a paragraph
        assert {p.reason for p in art.paragraphs if p.text == PROSE[0] and not p.indexed} == {
            f"repeats paragraphs {first}-5 (the text printed again)"
        }, fmt
    quoted = [PROSE[0], PROSE[1], PROSE[2], PROSE[0], PROSE[1], PROSE[3]]
    art = segment.segment(text_doc("\n\n".join(["Bridge to close", *quoted])))
    assert [p.text for p in art.paragraphs if p.indexed] == ["Bridge to close", *quoted]
    # The same steps under each dish's own heading: a recipe's, not a second copy of the page.
    dishes = ["Two dishes", "Savoury", *PROSE[:3], PROSE[3], "Sweet", *PROSE[:3]]
    art = segment.segment(text_doc("\n\n".join(dishes)))
    assert [p.text for p in art.paragraphs if p.indexed] == dishes


def test_thai_text_printed_twice_is_indexed_once() -> None:
    # Thai marks no sentence ends, so its paragraphs were never "prose" to the copy rule.
    from tests.test_sniff import script_paragraphs

    title, paras = script_paragraphs("th")
    art = segment.segment(text_doc("\n\n".join([title, *paras, title, *paras])))
    assert [p.text for p in art.paragraphs if p.indexed] == [title, *paras]


def test_segment_imports_only_the_standard_library() -> None:
    import sys

    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "indexer" / "segment").glob("*.py")))
    imported = {
        line.split()[1].split(".")[0]
        for line in source.splitlines()
        if line.startswith(("import ", "from ")) and not line.startswith("from .")
    }
    assert "hashlib" in imported  # the package's modules were read
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}


# --------------------------------------------------------------------------------------------
# The shared clean corpora (skipped when ../shared/corpus is absent)
# --------------------------------------------------------------------------------------------


def _body_fraction(files: list[Path]) -> tuple[float, float]:
    titles = body = other = 0
    for f in files:
        art = segment.segment(text_doc(f.read_bytes().decode("utf-8", errors="replace"), f.stem))
        titles += art.paragraphs[0].kind == TITLE
        body += sum(p.kind == BODY for p in art.paragraphs[1:])
        other += sum(p.kind != BODY for p in art.paragraphs[1:])
    return titles / len(files), body / (body + other)


@pytest.mark.skipif(not (CORPUS / "bbc").is_dir(), reason="../shared/corpus/bbc not present")
def test_bbc_first_line_title_everything_else_body() -> None:
    files = sorted((CORPUS / "bbc").glob("*/*.txt"))[::5]
    title_rate, body_rate = _body_fraction(files)
    assert title_rate == 1.0
    assert body_rate >= 0.99


@pytest.mark.skipif(not (CORPUS / "reuters21578").is_dir(), reason="../shared/corpus/reuters21578 not present")
def test_reuters_headline_title_everything_else_body() -> None:
    files = sorted((CORPUS / "reuters21578").glob("[0-9]*.txt"))[::20]
    title_rate, body_rate = _body_fraction(files)
    assert title_rate >= 0.999
    assert body_rate >= 0.99


def test_blocks_repeated_across_pages_of_a_source_are_boilerplate() -> None:
    pages = [
        "\n\n".join(
            [
                f"Harbour story number {n}",
                PROSE[n % 4],
                PROSE[(n + 1) % 4],
                "Gazette Weekend Edition",
                "Our reporters cover the city every day of the year.",
            ]
        )
        for n in range(4)
    ]
    chrome = segment.repeated_blocks(pages)
    assert segment.block_digest("Gazette Weekend Edition") in chrome.counts
    assert segment.block_digest(PROSE[0]) not in chrome.counts  # on 2 of 4 pages only... and long
    art = segment.segment(text_doc(pages[0]), source_chrome=chrome)
    assert [p.kind for p in art.paragraphs] == [TITLE, BODY, BODY, BOILERPLATE, BOILERPLATE]
    assert art.paragraphs[-1].reason == "repeated on 4 of 4 pages of this source"
    # without the cross-page evidence, the blurb reads as article text
    assert segment.segment(text_doc(pages[0])).paragraphs[-1].kind == BODY


def test_caption_printed_twice_across_a_blank_line() -> None:
    caption = "The old harbour bridge at dusk, seen from the ferry terminal."
    text = "\n\n".join(["Bridge to close", PROSE[0], caption, caption, PROSE[1]])
    art = segment.segment(text_doc(text))
    assert kinds(art) == [TITLE, BODY, CAPTION, BOILERPLATE, BODY]
    assert art.paragraphs[3].reason == "repeats the block before it"


def test_html_adjacent_repeat_dropped_distant_repeat_kept() -> None:
    doc = html_doc(
        blocks=[
            ("", PROSE[0]),
            ("", "Eat every 2-3 hours"),
            ("", "Eat every 2-3 hours"),
            ("", PROSE[1]),
            ("", "Eat every 2-3 hours"),
        ],
    )
    assert kinds(segment.segment(doc)) == [BODY, BODY, BOILERPLATE, BODY, BODY]


def test_markdown_title_and_headings() -> None:
    text = "\n\n".join(["# Bridge to close", PROSE[0], "## What happens next", PROSE[1], PROSE[2]])
    art = segment.segment(text_doc(text))
    assert kinds(art) == [TITLE, BODY, HEADING, BODY, BODY]
    assert art.title == "Bridge to close"
    assert art.paragraphs[2].text == "What happens next"
    assert art.paragraphs[4].section == "What happens next"


def test_one_paragraph_per_line_without_blank_lines() -> None:
    text = "\n".join(["Bridge to close for a year", *PROSE])
    art = segment.segment(text_doc(text))
    assert kinds(art) == [TITLE] + [BODY] * len(PROSE)


def test_long_cookie_panel_and_comment_section_are_chrome() -> None:
    cookie = (
        "This website uses cookies to improve your experience while you navigate through the website. "
        "Out of these, the cookies that are categorized as necessary are stored on your browser as they "
        "are essential for the working of basic functionalities of the website. We also use third-party "
        "cookies that help us analyze and understand how you use this website. These cookies will be "
        "stored in your browser only with your consent. You also have the option to opt-out of these "
        "cookies. But opting out of some of these cookies may affect your browsing experience."
    )
    comment = (
        "I have read every report on this bridge since the first survey and I think the council should "
        "have acted years ago, when the repairs would have cost half as much and taken half as long."
    )
    text = "\n\n".join(
        [
            "Bridge to close",
            *PROSE,
            "Top Rated Comments",
            comment,
            comment.replace("I ", "We "),
            cookie,
            cookie.replace("This website", "Our website"),
        ]
    )
    art = segment.segment(text_doc(text))
    assert kinds(art) == [TITLE] + [BODY] * 4 + [BOILERPLATE] * 5
    assert art.paragraphs[-1].reason == "cookie notice"


def test_a_consent_dialog_after_its_cookie_notice_is_chrome_to_its_end() -> None:
    # A consent manager's dialog printed into the dump: its notice, categories that read as
    # prose, and per-cookie records ("Purpose: ..."), then the article. Before, the rules caught
    # the notice alone and the block model kept the category texts and records as body.
    def record(name: str, provider: str, purpose: str, expiry: str) -> list[str]:
        return [f"Name: {name}", f"Provider: {provider}", f"Purpose: {purpose}", f"Expiry: {expiry}"]

    dialog = [
        "This website uses cookies. We use cookies to personalise content and to analyse our traffic.",
        "Show details",
        "Necessary",
        "Necessary cookies help make a website usable by enabling basic functions like page navigation "
        "and access to secure areas of the website, and the website cannot work properly without them.",
        *record("lang", "example.org", "Remembers the language the visitor chose for the site.", "Session"),
        *record("_csrf", "example.org", "Ensures the security of the forms the visitor sends to the site.", "Session"),
        "Statistics",
        "Statistical cookies help the owners of the website to understand how their visitors interact with "
        "the pages, by collecting and reporting the information without identifying anyone.",
        *record("_ga", "google.com", "Registers a unique number that is used to tell the visitors apart.", "2 years"),
    ]
    text = "\n\n".join(["Bridge to close", *dialog, "Bridge to close", *PROSE])
    art = segment.segment(text_doc(text))
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert body == PROSE
    kept = {p.text for p in art.paragraphs if p.kind in (BODY, HEADING, TITLE)}
    assert not kept & set(dialog[1:])
    reasons = {p.reason for p in art.paragraphs if p.text in dialog[1:]}
    assert (
        reasons <= {"cookie notice", "cookie notice (consent dialog)"} and "cookie notice (consent dialog)" in reasons
    )


def test_a_lone_cookie_banner_does_not_make_an_interview_a_cookie_table() -> None:
    # "Q:" / "A:" lines repeat a label as a cookie table's records do; under a lone banner (one
    # block that says "cookie") they are the article: the dialog ends at the headline.
    qa = [
        "Q: Why close the bridge now and not next year?",
        "A: The steel supports have corroded faster than the engineers expected.",
        "Q: How long will the repairs take?",
        "A: Most of next year, the council says, if the weather holds.",
        "Q: What will the commuters do?",
        "A: They will take the extra ferries that the council runs in the mornings.",
    ]
    text = "\n\n".join(
        ["We use cookies to improve your experience. By continuing to use our site you agree.", "Bridge to close", *qa]
    )
    art = segment.segment(text_doc(text))
    kept = [p.text for p in art.paragraphs if p.kind in (BODY, HEADING, TITLE)]
    assert kept[-len(qa) :] == qa and "Bridge to close" in kept + [art.title]
    assert not any("consent dialog" in p.reason for p in art.paragraphs)


# --------------------------------------------------------------------------------------------
# The learned block model (indexer.blocks) and the fault kinds of issue 13
# --------------------------------------------------------------------------------------------

COMMENT_1 = (
    "I have read every report on this bridge since the first survey and I think the council should "
    "have acted years ago, when the repairs would have cost half as much and taken half as long."
)
COMMENT_2 = (
    "We drive across it every morning and nobody ever told us the supports were corroded, which is "
    "frankly a scandal that the mayor will have to answer for at the next election."
)
MENU = "Home\nNews\nSport\nWeather"


def test_block_model_is_shipped_as_numbers_and_matches_the_features() -> None:
    from indexer import blocks

    model = blocks.default_model()
    assert model is not None and blocks.MODEL_FILE.suffix == ".json"
    text = "\n\n".join(["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE, "\u00a9 2022 Gazette"])
    found, rows = segment.analyse_text(text)
    assert len(rows) == len(found) and all(len(r) == len(blocks.FEATURES) for r in rows)
    one_by_one = [model.probability(r) for r in rows]
    assert model.stage_probabilities(rows) == pytest.approx(one_by_one, abs=1e-12)
    assert model.stage2 is not None  # the second stage reads the first's probabilities in context
    context = blocks.context_rows(rows, one_by_one)
    assert all(len(r) == len(blocks.CONTEXT_FEATURES) for r in context)
    second = model.stage2.stage_probabilities(context)
    combined = [q if blocks.SURE_LOW < p < blocks.SURE_HIGH else p for p, q in zip(one_by_one, second, strict=True)]
    assert model.probabilities(rows) == pytest.approx(combined, abs=1e-12)
    with pytest.raises(ValueError, match="other features"):
        blocks.BlockModel({**model.to_dict(), "features": ["x"]})


def test_exported_trees_give_scikit_learns_decisions() -> None:
    pytest.importorskip("sklearn")
    from sklearn.ensemble import GradientBoostingClassifier

    from eval import train_blocks
    from indexer import blocks

    text = "\n\n".join(["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE, "\u00a9 2022 Gazette"])
    rows = segment.analyse_text(text)[1] * 3
    labels = [0, 0, 0, 1, 1, 1, 1, 0] * 3
    clf = GradientBoostingClassifier(n_estimators=5, max_depth=2, random_state=0).fit(rows, labels)
    spec = train_blocks.export(clf)
    spec["learning_rate"] = clf.learning_rate
    model = blocks.BlockModel(spec)
    assert [model.decision(r) for r in rows] == pytest.approx(list(clf.decision_function(rows)), abs=1e-7)  # 9 digits


def test_block_model_reads_features_as_float32_as_its_trees_were_trained() -> None:
    from indexer import blocks

    # scikit-learn casts X to float32; a split threshold may be a float32 value itself, and a
    # feature a hair above it in float64 must still go left, as it did in training
    value = 5.023809523809524
    threshold = float(array("f", [value])[0])  # 5.023809432983398
    assert value > threshold
    col = blocks.FEATURES.index("chars_per_word")
    tree = {"feature": [col, -2, -2], "threshold": [threshold, -2.0, -2.0], "left": [1, -1, -1]}
    tree |= {"right": [2, -1, -1], "value": [0.0, -1.0, 1.0]}
    spec = {"format": blocks.FORMAT_VERSION, "features": list(blocks.FEATURES), "init": 0.0}
    spec |= {"learning_rate": 1.0, "threshold": 0.5, "trees": [tree]}
    model = blocks.BlockModel(spec)
    row = [0.0] * len(blocks.FEATURES)
    row[col] = value
    assert model.decision(row) == -1.0
    assert model.stage_probabilities([row]) == pytest.approx([model.probability(row)])
    assert model.probability(row) < 0.5


def test_sequence_decision_flips_lone_blocks_only_when_switching_costs_more() -> None:
    from indexer import blocks

    probs = [0.1, 0.7, 0.1, 0.95, 0.3, 0.95, 0.9]
    eligible = [True] * 7
    # cost 0: each block against the threshold on its own
    assert blocks.sequence_keep(probs, eligible, 0.5, 0.0) == [p >= 0.5 for p in probs]
    # cost 1: the lone 0.7 among chrome (log-odds 0.85 < 2 switches) is dropped, the 0.3 between
    # article blocks (log-odds -0.85 > -2) is kept
    assert blocks.sequence_keep(probs, eligible, 0.5, 1.0) == [False, False, False, True, True, True, True]
    # blocks that are not eligible are never kept and do not break a run
    eligible[4] = False
    assert blocks.sequence_keep(probs, eligible, 0.5, 1.0) == [False, False, False, True, False, True, True]
    assert blocks.sequence_keep([], [], 0.5, 1.0) == []


def test_ablation_withholds_feature_groups_from_the_trees() -> None:
    pytest.importorskip("sklearn")
    from eval import train_blocks
    from indexer import blocks

    text = "\n\n".join(["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE, "\u00a9 2022 Gazette"])
    _, rows = segment.analyse_text(text)
    labels = [0, 0, 0, 1, 1, 1, 1, 0]
    tuning_page = train_blocks.extraction.Page("dev", "x", "", "h", Path("x.txt"), Path("x.html"))
    page = train_blocks.PageRows(tuning_page, rows * 3, list(range(24)), labels * 3, [1.0] * 24)
    params = {"n_estimators": 5, "max_depth": 2, "learning_rate": 0.1, "min_samples_leaf": 1, "random_state": 0}
    dropped = train_blocks.FEATURE_GROUPS["rules"]
    old = train_blocks.DROPPED
    try:
        train_blocks.DROPPED = dropped
        model = train_blocks.fit_stage([page], params)
    finally:
        train_blocks.DROPPED = old
    used = {blocks.FEATURES[f] for t in model.trees for f, left in zip(t[0], t[2], strict=True) if left != -1}
    assert used and not used & set(dropped)


def test_seed_averaged_ensembles_score_the_mean_of_their_log_odds() -> None:
    pytest.importorskip("sklearn")
    from sklearn.ensemble import GradientBoostingClassifier

    from eval import train_blocks
    from indexer import blocks

    text = "\n\n".join(["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE, "\u00a9 2022 Gazette"])
    rows = segment.analyse_text(text)[1] * 3
    labels = [0, 0, 0, 1, 1, 1, 1, 0] * 3
    params = {"n_estimators": 5, "max_depth": 2, "subsample": 0.8, "max_features": 0.5, "min_samples_leaf": 1}
    fitted = [GradientBoostingClassifier(**params, random_state=seed).fit(rows, labels) for seed in (0, 1, 2)]
    specs = [train_blocks.export(clf) for clf in fitted]
    for spec, clf in zip(specs, fitted, strict=True):
        spec["learning_rate"] = clf.learning_rate
    model = blocks.BlockModel(train_blocks.average(specs))
    mean = [sum(float(clf.decision_function([r])[0]) for clf in fitted) / 3 for r in rows]
    assert [model.decision(r) for r in rows] == pytest.approx(mean, abs=1e-7)  # leaves to 9 digits
    assert len(model.trees) == 15
    # the same seeds give the same numbers: a retrained model is the same file
    again = [GradientBoostingClassifier(**params, random_state=seed).fit(rows, labels) for seed in (0, 1, 2)]
    assert [train_blocks.export(c) for c in again] == [train_blocks.export(c) for c in fitted]


def test_comment_thread_under_the_article_is_not_body() -> None:
    page = "\n\n".join(
        [
            "Bridge to close - Gazette",
            MENU,
            "Bridge to close",
            *PROSE,
            "2 responses to \u201cBridge to close\u201d",
            "Anna Berg says:\nMarch 3, 2021 at 10:14 am",
            COMMENT_1,
            "Reply",
            "Tom Hale says:\nMarch 4, 2021 at 8:02 pm",
            COMMENT_2,
            "Reply",
            "Leave a Reply",
            "Your email address will not be published.",
        ]
    )
    art = segment.segment(text_doc(page))
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert body == PROSE
    comments = [p for p in art.paragraphs if p.text in (COMMENT_1, COMMENT_2)]
    assert [p.kind for p in comments] == [BOILERPLATE] * 2
    assert all("comment thread" in p.reason for p in comments)


def signed_thread(n: int, reply: bool = False, split: bool = False) -> list[str]:
    """A reader comment thread of `n` comments (own words, fixed seed), each under a WordPress
    signature "NAME says:" / "DATE at TIME" (one block, or two when `split`), with no header."""
    rng = random.Random(n)
    words = "the council bridge and I think we should have a ferry that is cheaper than this one".split()
    thread = []
    for k in range(n):
        signature = [f"Reader{k} Smith says:", f"March {k % 28 + 1}, 2021 at 8:{k % 60:02d} pm"]
        thread += signature if split else ["\n".join(signature)]
        thread.append(" ".join(rng.choice(words) for _ in range(30)).capitalize() + f", wrote reader {k}.")
        thread += ["Reply"] if reply else []
    return thread


@pytest.mark.parametrize(
    ("n", "reply", "split"), [(3, False, False), (30, False, False), (30, True, False), (3, False, True)]
)
def test_comment_thread_known_only_by_its_signatures_is_not_body(n: int, reply: bool, split: bool) -> None:
    """No "N responses to ..." header: the signatures "NAME says:" with the comment's date are
    the thread's only marker. 30 such comments were all indexed as body."""
    thread = signed_thread(n, reply, split)
    page = "\n\n".join(["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE, *thread, "\u00a9 2021 Gazette"])
    art = segment.segment(text_doc(page))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    comments = [p for p in art.paragraphs if p.text in thread and ("says:" in p.text or "wrote reader" in p.text)]
    assert len(comments) == 2 * n and all(
        p.kind == BOILERPLATE and p.reason.startswith("comment thread") for p in comments
    )
    assert segment.segment(text_doc(page), model=None).paragraphs == art.paragraphs  # a rule's decision


def test_a_quotation_set_under_its_speakers_line_is_no_comment_thread() -> None:
    page = "\n\n".join(
        ["Bridge to close", PROSE[0], "The mayor said:", PROSE[1], "The chief engineer wrote:", *PROSE[2:]]
    )
    art = segment.segment(text_doc(page))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == [
        PROSE[0],
        "The mayor said:",
        PROSE[1],
        "The chief engineer wrote:",
        *PROSE[2:],
    ]


DEALS_INTRO = [
    "We have rounded up the best prices on noise-cancelling headphones this week, after several shops cut "
    "their prices ahead of the holiday season and stock is running low.",
    "Our reviewers tested each pair for sound, comfort and battery life over a month of commuting, and we "
    "only list the models we would buy ourselves at these prices.",
]
DEALS = [
    f"{name} {k}: ${price} at {shop} (was ${price + 100})"
    for k in (1, 2, 3)
    for name, price, shop in [
        ("Sony WH-1000XM5", 298, "Amazon"),
        ("Bose QuietComfort 45", 229, "Best Buy"),
        ("Apple AirPods Max", 449, "Walmart"),
        ("Sennheiser Momentum 4", 279, "Amazon"),
        ("Jabra Elite 85h", 149, "Target"),
        ("Anker Soundcore Q30", 59, "Amazon"),
        ("Beats Studio Pro", 249, "Target"),
    ]
]


@pytest.mark.parametrize("between", [DEALS, [f"Photo {k}: the harbour bridge at dusk" for k in range(1, 25)]])
def test_article_text_before_a_long_list_is_not_dropped_as_before_the_article(between: list[str]) -> None:
    """A deals page and a blog post: the article's first paragraphs, then a long list (deal
    lines, a photo gallery), then the rest of its text. The rule pass's article run starts
    after the list, and the opening paragraphs were dropped as "outside the article text
    (before it)"; the block model takes them back."""
    page = "\n\n".join(
        [
            "Best headphone deals this week - Gadget Gazette",
            MENU,
            "Best headphone deals this week",
            *DEALS_INTRO,
            *between,
            *PROSE,
            "\u00a9 2023 Gadget Gazette",
        ]
    )
    art = segment.segment(text_doc(page))
    assert art.title == "Best headphone deals this week"
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert [t for t in body if t not in between] == DEALS_INTRO + PROSE


def test_teaser_list_inside_the_article_is_dropped_and_the_article_goes_on() -> None:
    teasers = [
        "More from Gazette",
        "Ferry fares to rise in spring as operator blames fuel costs",
        "The operator said prices would go up by a tenth from April.",
        "Harbour festival cancelled for the second year running",
        "Organisers said they could not find enough volunteers this year.",
        "Read more",
    ]
    page = "\n\n".join(
        ["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE[:2], *teasers, *PROSE[2:], "\u00a9 2022 Gazette"]
    )
    art = segment.segment(text_doc(page))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert not any(p.kind == HEADING for p in art.paragraphs)  # no teaser headline became a section
    dropped = [p for p in art.paragraphs if p.text in teasers]
    assert [p.kind for p in dropped] == [BOILERPLATE] * len(teasers)
    assert all(p.reason.startswith("teaser list") for p in dropped)
    assert all(p.section == "" for p in art.paragraphs if p.text in PROSE)


def test_soft_hyphens_are_dropped_from_text_and_html_blocks() -> None:
    # typeset pages mark every possible word break with U+00AD: invisible to the reader, so a
    # copied phrase or a quoted search must match the text without them
    hyphenated = [p.replace("bridge", "bri\u00addge").replace("council", "coun\u00adcil") for p in PROSE]
    assert sum(p.count("\u00ad") for p in hyphenated) >= 3
    text = "\n\n".join(["Harbour bri\u00addge to close", *hyphenated])
    art = segment.segment(Document(id="a", path="a.txt", content_hash="h", text=text))
    assert art.title == "Harbour bridge to close"
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    html = html_doc(
        doc_id="b",
        blocks=[("", p) for p in hyphenated],
        meta={"title": "Harbour bri\u00addge to close"},
    )
    html_art = segment.segment(html)
    assert [p.text for p in html_art.paragraphs if p.kind == BODY] == PROSE
    assert html_art.paragraphs[0].kind == TITLE and html_art.paragraphs[0].text == "Harbour bridge to close"


def test_a_line_of_invisible_separators_alone_is_no_paragraph() -> None:
    # posts copied from Instagram keep their empty lines with U+2063 (invisible separator): a
    # wild tuning page's recipe had a body paragraph of it alone (a new user's try, session 42)
    text = "\n\n".join(["Harbour bridge to close", *(p + "\u2063\n\u2063" for p in PROSE)])
    art = segment.segment(Document(id="a", path="a.txt", content_hash="h", text=text))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert all(p.text.strip() for p in art.paragraphs)


def test_a_consent_dialogs_category_texts_in_html_are_chrome() -> None:
    # a French podcast page's dialog, kept by the extractor: each category's label was dropped as
    # a notice, its text kept as the article's (a new user's try of a wild tuning page)
    dialog = [
        "Cookies de mesures d'audience",
        "Ces cookies permettent d'établir des statistiques de fréquentation du site.",
        "Cookies de partage sur les réseaux sociaux",
        "Ces cookies permettent de partager du contenu sur les réseaux sociaux et autres plateformes.",
    ]
    art = segment.segment(
        html_doc(doc_id="c", blocks=[("", p) for p in [*PROSE, *dialog]], meta={"title": "Harbour bridge to close"})
    )
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


# Four paragraphs of German news prose, written for the tests (the wild corpus is mostly German).
PROSE_DE = [
    "Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenbrücke für ein Jahr zu sperren, weil die "
    "Stahlträger schneller rosten als erwartet.",
    "Die Ingenieure sagten, dass die Brücke keine Busse mehr tragen könne und dass sich die Reparatur noch "
    "bis in den nächsten Sommer ziehen werde.",
    "Die Geschäftsleute in der Altstadt haben eine Entschädigung verlangt, weil sie in der besten Zeit des "
    "Jahres viel weniger Kunden erwarten.",
    "Die Stadt will morgens und abends zusätzliche Fähren fahren lassen, bis die Brücke im nächsten Frühjahr "
    "wieder geöffnet werden kann.",
]
MENU_DE = "Startseite\nPolitik\nSport\nWetter"


def de_page(*after: str) -> Article:
    """A German page dump: title line, menu, headline, the four paragraphs, then `after`."""
    blocks = ["Brücke wird gesperrt - Anzeiger", MENU_DE, "Brücke wird gesperrt", *PROSE_DE, *after]
    return segment.segment(text_doc("\n\n".join(blocks)))


def test_a_decomposed_page_is_read_as_its_composed_form() -> None:
    import unicodedata

    from indexer import blocks

    text = "\n\n".join(["Brücke wird gesperrt - Anzeiger", MENU_DE, "Brücke wird gesperrt", *PROSE_DE])
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text  # "ü" as "u" + U+0308: a combining mark is not a word character
    composed, rows = segment.analyse_text(text, with_features=True)
    decomposed, nfd_rows = segment.analyse_text(nfd, with_features=True)
    assert [b.text for b in decomposed] == [b.text for b in composed]
    assert [b.words for b in decomposed] == [b.words for b in composed]  # "Brücke" is one word
    assert rows and len(rows[0]) == len(blocks.FEATURES) and nfd_rows == rows
    a, b = segment.segment(text_doc(text)), segment.segment(text_doc(nfd))
    assert [(p.kind, p.text) for p in b.paragraphs] == [(p.kind, p.text) for p in a.paragraphs]


def dropped(art: Article, text: str) -> str:
    """The reason of the one paragraph holding `text`, which must be boilerplate."""
    (p,) = [p for p in art.paragraphs if p.text == text]
    assert p.kind == BOILERPLATE, (p.kind, p.reason)
    return p.reason


@pytest.mark.parametrize(
    ("lang", "blurb"),
    [
        (
            "en",
            "Get our free morning briefing in your inbox every weekday, with the stories that matter to the "
            "city and the people who run it.",
        ),
        (
            "de",
            "Mit unserem Newsletter bekommen Sie jeden Morgen die wichtigsten Nachrichten aus der Stadt "
            "direkt in Ihr Postfach.",
        ),
    ],
)
def test_newsletter_blurb_that_reads_like_prose_is_chrome(lang: str, blurb: str) -> None:
    if lang == "en":
        art = segment.segment(
            text_doc(
                "\n\n".join(
                    [
                        "Bridge to close - Gazette",
                        MENU,
                        "Bridge to close",
                        *PROSE,
                        blurb,
                        "Sign up",
                        "\u00a9 2022 Gazette",
                    ]
                )
            )
        )
        body = PROSE
    else:
        art = de_page(blurb, "Jetzt anmelden", "Impressum\nDatenschutz\nKontakt")
        body = PROSE_DE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == body
    assert dropped(art, blurb).startswith("newsletter sign-up")


def test_cookie_consent_in_german_is_chrome() -> None:
    consent = (
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können. Wenn Sie fortfahren, "
        "diese Seite zu verwenden, nehmen wir an, dass Sie damit einverstanden sind."
    )
    art = de_page(consent, "Ok", "Datenschutzerklärung")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE_DE
    assert dropped(art, consent) == "cookie notice"


def test_affiliate_and_editorial_disclosures_are_chrome() -> None:
    affiliate = "Für Links auf dieser Seite erhält der Anzeiger ggf. eine Provision vom Händler."
    opinion = "Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion."
    art = de_page(affiliate, opinion, "Impressum\nDatenschutz\nKontakt")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE_DE
    for notice in (affiliate, opinion):
        assert dropped(art, notice) == "advertising or editorial disclosure"


def test_german_author_box_is_a_byline_and_starts_the_tail() -> None:
    bio = (
        "Jan Müller leitet das Ressort Stadt beim Anzeiger. Er schreibt seit zwanzig Jahren über Verkehr und "
        "lebt mit seiner Familie in der Altstadt direkt am Hafen."
    )
    art = de_page(bio, "Weitere Artikel von Jan Müller")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE_DE
    (box,) = [p for p in art.paragraphs if p.text == bio]
    assert (box.kind, box.reason) == (BYLINE, "author box")
    assert art.byline == "Jan Müller"


def test_german_comment_thread_is_not_body() -> None:
    c1 = (
        "Ich fahre jeden Morgen über diese Brücke und niemand hat uns je gesagt, dass die Träger so verrostet "
        "sind, das ist wirklich ein Skandal."
    )
    c2 = (
        "Das hätte man doch schon vor Jahren reparieren müssen, als es noch viel billiger gewesen wäre als "
        "heute, finde ich jedenfalls."
    )
    art = de_page(
        "2 Kommentare",
        "Anna Berg sagt:\n3. März 2021 um 10:14 Uhr",
        c1,
        "Antworten",
        "Tom Hale sagt:\n4. März 2021 um 20:02 Uhr",
        c2,
        "Antworten",
        "Schreibe einen Kommentar",
    )
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE_DE
    assert all("comment thread" in dropped(art, c) for c in (c1, c2))


def test_credit_alone_is_chrome_and_a_repeated_line_in_a_menu_is_no_caption() -> None:
    caption = "The old harbour bridge at dusk, seen from the ferry pier."
    page = "\n\n".join(
        [
            "Bridge to close - Gazette",
            MENU,
            "Bridge to close",
            f"{caption}\n{caption}",
            "Photo: Getty Images",
            *PROSE[:2],
            "AFP / JANE DOE",
            *PROSE[2:],
            "Share\nFacebook\nFacebook\nTwitter\nEmail",
            "\u00a9 2022 Gazette",
        ]
    )
    art = segment.segment(text_doc(page))
    assert [p.text for p in art.paragraphs if p.kind == CAPTION] == [caption]
    assert dropped(art, "Photo: Getty Images") == "photo credit or source line"
    assert dropped(art, "AFP / JANE DOE") == "photo credit or source line"
    assert not dropped(art, "Share\nFacebook\nTwitter\nEmail").startswith("repeated caption")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_prose_in_a_language_the_small_stop_list_barely_covers_counts_as_prose() -> None:
    # German prose with few of the rule pass's own function words ("ich hatte schon einmal"):
    # the page language's stop list (jusText's) says it is prose, so the rules' article run
    # starts at it, not after it
    opening = (
        "Vor langer Zeit hatte ich schon einmal über diese Brücke geschrieben. Damals war mir noch "
        "einiges unklar, heute weiß ich mehr:"
    )
    blocks = [
        "Brücke wird gesperrt - Anzeiger",
        MENU_DE,
        "Brücke wird gesperrt",
        "Von Jan Müller",
        opening,
        *PROSE_DE,
        "Impressum\nDatenschutz\nKontakt",
    ]
    art = segment.segment(text_doc("\n\n".join(blocks)), model=None)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == [opening, *PROSE_DE]


def test_comment_thread_header_naming_a_long_title_starts_the_thread() -> None:
    header = (
        "2 responses to \u201cBridge to close for a year while engineers replace the corroded steel "
        "supports under the deck\u201d"
    )
    page = "\n\n".join(
        [
            "Bridge to close - Gazette",
            MENU,
            "Bridge to close",
            *PROSE,
            header,
            "Anna Berg says:\nMarch 3, 2021 at 10:14 am",
            COMMENT_1,
            "Reply",
            "Tom Hale says:\nMarch 4, 2021 at 8:02 pm",
            COMMENT_2,
            "Reply",
        ]
    )
    art = segment.segment(text_doc(page))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert dropped(art, header).startswith("comment thread")
    assert all("comment thread" in dropped(art, c) for c in (COMMENT_1, COMMENT_2))


# A reader's comment thread as WordPress prints it in French, Spanish, Italian and Portuguese:
# the header naming the post, "NAME dit :" with a clock time written "10 h 14" and the reply
# button. The header words were English, German and Dutch only, so these threads were body.
_THREADS = {
    "fr": (
        "3 r\u00e9ponses \u00e0 \u00ab Le pont ferme pour un an \u00bb",
        "Marie dit :\n12 mars 2022 \u00e0 10 h 14",
        "R\u00e9pondre",
    ),
    "es": (
        "2 respuestas a \u201cEl puente cierra un a\u00f1o\u201d",
        "Marta dice:\n12 marzo, 2022 a las 10:14",
        "Responder",
    ),
    "it": ("2 risposte a \u201cIl ponte chiude per un anno\u201d", "Marco dice:\n12 marzo 2022 alle 10:14", "Rispondi"),
    "pt": (
        "2 respostas a \u201cA ponte fecha por um ano\u201d",
        "Maria disse:\n12 de mar\u00e7o de 2022 \u00e0s 10:14",
        "Responder",
    ),
}


@pytest.mark.parametrize("lang", sorted(_THREADS))
def test_comment_thread_in_romance_languages_is_not_body(lang: str) -> None:
    header, signature, reply = _THREADS[lang]
    page = "\n\n".join(
        ["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE, header, signature, COMMENT_1, reply]
    )
    art = segment.segment(text_doc(page))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert dropped(art, header).startswith("comment thread")
    assert "comment thread" in dropped(art, COMMENT_1)


def test_every_block_kind_has_a_code_for_the_block_model() -> None:
    from indexer import blocks

    assert set(KINDS) <= set(blocks.KIND_CODES)
    assert len(set(blocks.KIND_CODES.values())) == len(blocks.KIND_CODES)  # no two kinds alike


def test_server_error_lines_are_chrome_and_the_headline_below_them_is_the_title() -> None:
    # a WordPress page that printed PHP diagnostics above its <title> line and under its date
    # line: the errors are dropped, the line after them is the page title, the headline found
    warnings = (
        "Strict Standards: Redefining already defined constructor for class wpdb in "
        "/www/htdocs/site/wp-includes/wp-db.php on line 56\n"
        "Deprecated: Assigning the return value of new by reference is deprecated in "
        "/www/htdocs/site/wp-includes/cache.php on line 36"
    )
    glued = "Warning: Creating default object from empty value in /var/www/html/wp-includes/classes.php on line 407"
    page = "\n\n".join(
        [
            warnings,
            "Brücke wird gesperrt",
            "Anzeiger\nNachrichten aus der Stadt",
            MENU_DE,
            "Brücke wird gesperrt",
            f"3. März 2021 ⋅ Kommentieren\n{glued}",
            *PROSE_DE,
            "Impressum\nDatenschutz\nKontakt",
        ]
    )
    art = segment.segment(text_doc(page))
    assert art.title == "Brücke wird gesperrt"
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE_DE
    assert dropped(art, warnings).startswith("server error message")
    assert dropped(art, glued).startswith("server error message")
    assert not any("on line" in p.text for p in art.indexed_paragraphs)
    # an uncaught exception's stack trace is the same kind
    trace = "Stack trace:\n#0 /var/www/html/index.php(12): db_connect()\n#1 {main}"
    art = segment.segment(text_doc("\n\n".join(["Brücke wird gesperrt - Anzeiger", trace, *PROSE_DE])))
    assert dropped(art, trace).startswith("server error message")
    # prose that mentions a warning and a line is no server error
    prose = "Warning: the bridge in town on line 3 of the tram network will close for a year, the council said."
    art = segment.segment(text_doc("\n\n".join(["Bridge to close - Gazette", "Bridge to close", prose, *PROSE])))
    assert prose in [p.text for p in art.paragraphs if p.kind == BODY]


def test_a_first_line_longer_than_any_headline_is_no_title() -> None:
    """A text file of one huge line (a scraped page without breaks, 10 MB) was all its article's
    title: printed whole in every hit's title and in `indexer show`'s header, twice in JSON."""
    line = " ".join(PROSE * 20)
    assert len(line) > segment.textblocks.MAX_TITLE_CHARS
    art = segment.segment(text_doc(line + "\n"))
    assert art.title == "" and [p.kind for p in art.paragraphs] == [BODY]
    art = segment.segment(text_doc("Bridge to close\n\n" + line + "\n"))  # a headline still is one
    assert art.title == "Bridge to close" and [p.kind for p in art.paragraphs] == [TITLE, BODY]


def test_a_wire_agency_sign_off_ending_the_story_is_no_text() -> None:
    body = "The underwriting syndicate is likely to accept the proposed terms, the sources said."
    for ending, kept in [
        (" REUTER", ""),  # Reuters-21578's sign-off, glued to the last line
        ("        REUTER\n", ""),
        ("\nReuter", ""),
        (" AFP", ""),  # after a sentence end
        (" Our correspondent once worked for AFP", " Our correspondent once worked for AFP"),
    ]:
        art = segment.segment(text_doc("Syndicate set to accept terms\n\n" + PROSE[0] + "\n\n" + body + ending))
        assert art.paragraphs[-1].text == body + kept, ending


# Kinds of short chrome that read like prose, one block model feature each (issue 13, grouped CV
# error analysis on the tuning sites): a post's meta line, a photo credit inside a block, a
# prompt to the reader, and a box printed again that opens with the same words.
POST_META_DE = "Dieser Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit Brücke, Hafen von Anna Berg."
CREDIT_DE = "Die Hafenbrücke am Dienstagmorgen, kurz vor der Sperrung. (Foto: Anna Berg)"
PROMPT_DE = "Artikel gefallen? Vergiss nicht zu teilen!"
BOX_DE = [
    "Letzte Aktualisierung am 2.02.2022\nBei den Links handelt es sich um Partnerlinks\nBilder vom Händler",
    "Letzte Aktualisierung am 2.02.2022\nBei den Links handelt es sich um Partnerlinks\nPreise vom Händler",
]


def test_block_features_name_post_meta_credits_prompts_and_repeated_openings() -> None:
    from indexer import blocks

    text = "\n\n".join(
        ["Brücke wird gesperrt - Anzeiger", MENU_DE, "Brücke wird gesperrt", *PROSE_DE[:2], CREDIT_DE]
        + [*PROSE_DE[2:], BOX_DE[0], POST_META_DE, BOX_DE[1], PROMPT_DE]
    )
    found, rows = segment.analyse_text(text)
    assert rows
    col = {name: blocks.FEATURES.index(name) for name in ("post_meta", "credit", "prompt", "same_start")}
    marked = {name: [b.text for b, r in zip(found, rows, strict=True) if r[c]] for name, c in col.items()}
    assert marked == {
        "post_meta": [POST_META_DE],
        "credit": [CREDIT_DE],
        "prompt": [PROMPT_DE],
        "same_start": BOX_DE,
    }
    # the model's reason for dropping a block the rules kept names the kind it saw
    for name, reason in [
        ("post_meta", "post meta line (tags, categories)"),
        ("credit", "photo credit"),
        ("prompt", "prompt to the reader"),
        ("same_start", "opens like other blocks of the page"),
    ]:
        row = [0.0] * len(blocks.FEATURES)
        row[blocks.FEATURES.index("page_has_stoplist")] = 1.0
        row[blocks.FEATURES.index("stop")] = 0.4
        row[col[name]] = 1.0
        assert segment.model._chrome_evidence(row) == reason


# Issue 13's precision round (grouped CV's kept chrome on the tuning sites, by kind): a box about
# the author or the site under its label ("About the author", "Über mich"), kept as prose.
COMMENTS_EN = [
    "sam r. March 4, 2021 at 8:02 pm",
    "I have crossed that bridge every morning for twenty years and I never once thought it would close, "
    "but the photos of the rusted girders in this piece made me change my mind about the whole thing.",
    "jo k. March 5, 2021 at 9:15 am",
    "The ferries were already full last summer and nobody at the council seems to have asked how many more "
    "boats the harbour can take before the queues reach the old town, which is what worries me most here.",
    "lee m. March 6, 2021 at 7:40 pm",
    "My shop sits right by the bridge and the compensation they offer would not even cover a month of rent, "
    "so I hope the merchants keep pushing until the city listens to them and comes up with a real plan.",
]


@pytest.mark.parametrize(
    ("label", "name"),
    [("About the author", ""), ("About the author", "Martin Chikilian"), ("About me", ""), ("Über den Autor", "")],
)
def test_prose_under_an_about_label_is_an_author_box_wherever_it_sits(label: str, name: str) -> None:
    # reader comments below the bio put it short of the page tail's 40%, so the rules kept the
    # bio as prose and the block model kept it too (issue 13, grouped CV's kept chrome)
    bio = "Martin has worked as a professional developer since 2007, although his career in IT began in 2001."
    parts = ["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE, label, *([name] if name else [])]
    art = segment.segment(text_doc("\n\n".join([*parts, bio, "Comments", *COMMENTS_EN])))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    (box,) = [p for p in art.paragraphs if p.text == bio]
    assert (box.kind, box.reason) == (BYLINE, "author box")


def test_a_section_heading_over_prose_is_no_about_label() -> None:
    # "Über die Brücke", "About 100 people": a heading or a line of the article, not a box's label
    for heading in ("Über die Brücke", "About the bridge"):
        parts = ["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE[:2], heading, *PROSE[2:]]
        art = segment.segment(text_doc("\n\n".join(parts)))
        assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "prompt", [PROMPT_DE, "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben."]
)
def test_prompt_to_the_reader_after_the_article_is_chrome(prompt: str) -> None:
    # a sentence, so the rules keep it as prose; the model drops it and says why (the model
    # before these features kept both as body)
    art = de_page(prompt, "Impressum\nDatenschutz\nKontakt")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE_DE
    # (and, when the block's words decided it, which of them read like chrome)
    assert dropped(art, prompt).startswith("prompt to the reader")
    assert dropped(art, prompt).endswith("(block model)")


@pytest.mark.parametrize(
    "chrome",
    [
        "This article contains affiliate links, which means we may receive a small commission on purchases.",
        "Enjoyed this story? Share it with your friends and follow us for more.",
        "All rights reserved. No part of this website may be reproduced without written permission.",
        "Thank you for reading. We rely on readers like you to fund our journalism.",
    ],
)
def test_chrome_that_reads_as_prose_is_not_taken_back_for_its_stop_words(chrome: str) -> None:
    # the rules drop each (a call to action, a legal notice); the model before the lexical signal
    # took them back as "prose, high stop-word density", its words now say chrome
    text = "\n\n".join(["Bridge to close - Gazette", MENU, "Bridge to close", *PROSE, chrome])
    art = segment.segment(text_doc(text))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert art.paragraphs[-1].kind == BOILERPLATE


def en_page(*after: str) -> Article:
    """An English page dump: title line, menu, headline, the four paragraphs, then `after`."""
    blocks = ["Bridge to close - Gazette", "Home\nNews\nSport\nWeather", "Bridge to close", *PROSE, *after]
    return segment.segment(text_doc("\n\n".join(blocks)))


def test_post_meta_lines_are_chrome() -> None:
    meta_de = "Dieser Eintrag wurde veröffentlicht in Politik und verschlagwortet mit Brücke, Hafen, Verkehr."
    tags_de = "Schlagwörter: Brücke, Hafen, Verkehr"
    art = de_page(meta_de, tags_de)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE_DE
    for line in (meta_de, tags_de):
        assert dropped(art, line) == "post meta line (tags, categories)"
    tags_en = "Tags: bridge, harbour, ferries, council"
    posted = "Posted in Local news, Transport and tagged bridge, ferries."
    art = en_page(tags_en, posted)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    for line in (tags_en, posted):
        assert dropped(art, line) == "post meta line (tags, categories)"


def test_a_longer_notice_opening_with_a_disclosure_is_chrome() -> None:
    notice = (
        "This site participates in the Amazon Associate program and earns revenue from qualifying purchases "
        "made through links to books or products on this page. Other advertisers include direct sales and "
        "third party ad networks, which may place cookies on your computer so that they can show you ads that "
        "match what you read here and elsewhere, and the editors never see which of our readers buy what."
    )
    assert len(notice.split()) > segment.textblocks.DISCLOSURE_MAX_WORDS
    art = en_page(notice)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert dropped(art, notice) == "advertising or editorial disclosure"


def test_links_to_other_articles_are_chrome() -> None:
    related = "[Related: The ferries that will replace the bridge, and what a ticket costs ]"
    previous = "← Council approves new cycle lanes for the old town"
    art = en_page(related, previous)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert dropped(art, related) == "link to another article ('[Related:')"
    assert dropped(art, previous) == "previous / next post links"
    also = "Lesen Sie auch: Neue Radwege für die Altstadt werden im Herbst gebaut"
    teaser = "Die Fähren im Hafen fahren ab Montag öfter, auch am Wochenende. Weiterlesen"
    art = de_page(also, teaser)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE_DE
    assert dropped(art, also).startswith("link to another article")
    assert dropped(art, teaser) == "teaser snippet (ends with a read-more link)"


def test_cv_fold_models_are_read_back_from_a_folds_file(tmp_path: Path) -> None:
    # `python -m eval.train_blocks --cv --folds-file F`: a rule change scored with the same trees
    from eval import train_blocks
    from indexer import blocks

    shipped = blocks.default_model()
    assert shipped is not None
    spec = shipped.to_dict()
    path = tmp_path / "folds.json"
    path.write_text(json.dumps({str(k): spec for k in range(train_blocks.extraction.CV_FOLDS)}), encoding="utf-8")
    saved = dict(train_blocks._FOLD_MODELS)
    try:
        assert train_blocks.use_fold_file(path, [])
        model = train_blocks.fold_model(2, train_blocks.extraction.CV_FOLDS, [])
        assert model.to_dict() == spec
    finally:
        train_blocks._FOLD_MODELS.clear()
        train_blocks._FOLD_MODELS.update(saved)


def test_a_short_block_opening_with_a_credit_label_is_a_credit() -> None:
    featured = "Beitragsbild: Titelseite des Anzeigers vom 2. April, Ausriss."
    source = "Bildquelle: Hafenamt der Stadt, Archiv 2019"
    art = de_page(featured, source, "Impressum\nDatenschutz\nKontakt")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE_DE
    for credit in (featured, source):
        assert dropped(art, credit) == "photo credit or source line"


def test_the_site_name_in_the_page_title_is_not_the_headline() -> None:
    """A blog's dump: its <title> line is "HEADLINE - SITE", the site's name is its banner's
    line (and in the footer and copyright), and the headline over the post is reworded. The
    site's name matched the <title> and was taken for the headline, and the real headline was
    dropped as "outside the article text"."""
    headline = "Six Ways to Repair the Old Harbour Bridge Before Summer"
    page = "\n\n".join(
        [
            "Fixing the Harbour Bridge Before Summer - The Harbour Gazette",
            "About\nContact\nPrivacy Policy",
            "The Harbour Gazette",
            MENU,
            headline,
            "March 3, 2021 by Ann Lee",
            *PROSE,
            "About The Harbour Gazette",
            "© 2021 The Harbour Gazette",
        ]
    )
    art = segment.segment(text_doc(page))
    assert art.title == headline
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    (site,) = [p for p in art.paragraphs if p.text == "The Harbour Gazette"]
    assert site.kind == BOILERPLATE
    # a short part of the <title> printed once on the page is its headline, not a site name
    page = "\n\n".join(
        [
            "Bridge to close | Marktplatz für ein gutes Leben",
            "About\nContact\nPrivacy Policy",
            MENU,
            "Bridge to close",
            *PROSE,
        ]
    )
    assert segment.segment(text_doc(page)).title == "Bridge to close"


# A list of outings, each section under an image credited "© NAME" (written for the test).
OUTINGS_DE = [
    (
        "1 Über die Baumwipfel schauen",
        "Ein langer Pfad in zwanzig Metern Höhe führt zwischen den alten Gebäuden hindurch, und von oben "
        "sieht man bei gutem Wetter bis weit über die Wälder der Umgebung.",
    ),
    (
        "2 Im Saunafloß auf dem See",
        "Auf dem See schwimmt eine kleine Sauna, von der man direkt ins kalte Wasser springen kann, und "
        "danach wärmt man sich am Ufer am Feuer wieder auf.",
    ),
    (
        "3 Im Kletterwald austoben",
        "Im Wald am Rand der Stadt gibt es Kletterwege für alle, die sich etwas trauen, und für die "
        "Kleinen einen eigenen Weg in geringer Höhe.",
    ),
    (
        "4 Im Café einkehren",
        "Nach einem langen Spaziergang ist das Einkehren immer eine Freude, und in dem kleinen Café am "
        "Markt gibt es jeden Tag frische Torten und Kuchen.",
    ),
    (
        "5 Am Fluss entlang wandern",
        "Der Weg am Fluss ist dreizehn Kilometer lang und führt durch Wiesen, Wälder und kleine Dörfer, "
        "in denen man gut und günstig essen kann.",
    ),
]
CREDITS_DE = [
    "© Anna Beispiel",
    "© Tourismusverband Beispielland e.V.",
    "© Foto Müller",
    "© Heimatverein 1990 e.V.",
    "© Max Muster",
]


def test_a_picture_credit_after_the_sign_is_no_copyright_line_that_ends_the_article() -> None:
    """A German list of outings credits each section's picture "© NAME". Read as a legal
    notice, such a credit opened the page tail once 40% of the text was past, and the last
    sections were dropped as "outside the article text (after it)" (its HTML keeps them). A
    site's copyright line (a year, rights reserved) still ends the article."""
    sections = [
        x for (heading, text), credit in zip(OUTINGS_DE, CREDITS_DE, strict=True) for x in (credit, heading, text)
    ]
    page = "\n\n".join(
        [
            "11 schöne Ausflugsziele - Anzeiger",
            MENU_DE,
            "11 schöne Ausflugsziele für den Herbst",
            PROSE_DE[0],
            *sections,
            "© 2021 Anzeiger. Alle Rechte vorbehalten.",
            "Impressum\nDatenschutz\nKontakt",
        ]
    )
    art = segment.segment(text_doc(page))
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert [text for _, text in OUTINGS_DE if text not in body] == []
    for credit in CREDITS_DE:
        assert dropped(art, credit) == "photo credit or source line"
    assert dropped(art, "© 2021 Anzeiger. Alle Rechte vorbehalten.") == "legal notice"
    for line in ("© Gazette 2019-2021", "© The Gazette. All rights reserved", "© 2021 The Gazette"):
        block = segment.split_blocks(line)[0]
        segment.textblocks._measure(block)
        assert not segment.textblocks._is_copyright_credit(block), line


# --------------------------------------------------------------------------------------------
# The headline, its standfirst and a caption's credit (issue 13, the trial's kinds)
# --------------------------------------------------------------------------------------------

HEADLINE = "Harbour bridge to close for a year"
FOOTER = ["Share this article\nFacebook\nTwitter\nEmail", "About us\nContact\nPrivacy policy\nTerms of use"]
STANDFIRST = "Thousands of commuters will have to take the ferry while engineers replace the corroded steel"


def indexed(art: Article, kind: str) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind == kind]


def page(*blocks: str) -> Article:
    """A page dump of `blocks` and a footer of chrome (else the page reads as a clean article)."""
    return segment.segment(text_doc("\n\n".join([*blocks, *FOOTER])))


def test_a_headline_run_into_its_byline_is_the_title() -> None:
    # no blank line between the headline, the byline and the date: the three short lines were
    # one block, dropped as "list of links or headlines", and the page had no title
    for meta in ("By Jane Doe, Transport Correspondent\nPublished 3 March 2024, 18:42", "Von Jane Doe\n03.03.2024"):
        art = page(MENU, f"{HEADLINE}\n{meta}", *PROSE)
        assert indexed(art, TITLE) == [HEADLINE]
        assert art.byline == "Jane Doe"
        assert indexed(art, BODY) == PROSE


def test_a_teaser_list_after_the_article_keeps_its_headlines_with_their_bylines() -> None:
    # only the page's first byline is split from the line above it: later ones are a list's
    teasers = [f"Council approves new ferry route {n}\nBy Tom Roe" for n in range(3)]
    art = page(MENU, f"{HEADLINE}\nBy Jane Doe", *PROSE, "More stories", *teasers)
    assert indexed(art, BODY) == PROSE
    assert art.byline == "Jane Doe"


@pytest.mark.parametrize(
    "chrome",
    [
        # a consent dialog, its buttons and the menu under it, without blank lines between them
        "We use cookies to give you the best experience on our website. By clicking Accept all you "
        "agree to the use of cookies as described in our privacy policy.\nAccept all\nSettings\n"
        "Home Local Transport Sport Weather Business\nSign in\nSubscribe",
        "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit einem Klick auf "
        "Alle akzeptieren stimmen Sie der Verwendung zu.\nAlle akzeptieren\nEinstellungen\n"
        "Startseite Lokales Verkehr Sport Wetter Wirtschaft\nAnmelden",
        # a breadcrumb trail
        "Gazette\nSkip to main content\nOur site uses cookies to make it work. We would like to set "
        "more cookies to understand how you use it.\nHome > Local news > Transport and roads",
    ],
)
def test_the_menu_above_the_headline_is_not_the_title(chrome: str) -> None:
    art = page(chrome, HEADLINE, "By Jane Doe", *PROSE)
    assert indexed(art, TITLE) == [HEADLINE]
    assert indexed(art, BODY) == PROSE


def test_the_standfirst_under_the_headline_is_indexed_as_the_lead() -> None:
    # it was "outside the article text (before it)": the run starts at the first long paragraph
    for between in (["By Jane Doe", "March 3, 2024"], ["By Jane Doe", "Share\nTweet\nEmail", "Image"]):
        art = page(MENU, HEADLINE, STANDFIRST, *between, *PROSE)
        assert indexed(art, TITLE) == [HEADLINE]
        (lead,) = [p for p in art.paragraphs if p.kind == LEAD]
        assert (lead.text, lead.reason) == (STANDFIRST, "lead (standfirst under the headline)")
        assert indexed(art, BODY) == PROSE
    # the headline and its standfirst on two lines of one block, the byline under them
    art = page(MENU, f"{HEADLINE}\n{STANDFIRST}", "By Jane Doe\nMarch 3, 2024", *PROSE)
    assert (indexed(art, TITLE), indexed(art, LEAD), art.byline) == ([HEADLINE], [STANDFIRST], "Jane Doe")
    # right above the article the block model reads it as article text already
    art = page(MENU, HEADLINE, STANDFIRST, *PROSE)
    assert indexed(art, BODY) == [STANDFIRST, *PROSE]


def test_a_second_headline_is_the_deck_and_a_line_far_above_the_article_no_lead() -> None:
    # a short line without a sentence's end between the headline and the byline is the deck
    # (trial8: such lines, one or two, were dropped; before, this test said they were none);
    # a sentence among the menus, far above the article, is not the standfirst
    kicker = "Council closes the bridge after a safety check"
    art = page(MENU, HEADLINE, kicker, "By Jane Doe", *PROSE)
    assert indexed(art, LEAD) == [kicker]
    menus = [f"Section {n}\nNews\nSport\nWeather" for n in range(8)]
    art = page(MENU, HEADLINE, STANDFIRST, *menus, *PROSE)
    assert not indexed(art, LEAD)


def test_a_caption_over_its_credit_line_is_one_caption() -> None:
    # "Image" / the caption / its credit in one block: the lines were split (a short label and a
    # sentence), the caption kept as body and the credit line alone taken for the caption
    caption = "The old harbour bridge at dawn on Monday, a day before it closed."
    for credit in ("Credit...Jane Doe/Gazette, via Getty Images", "Foto: Jane Doe/dpa"):
        block = f"Image\n{caption}\n{credit}"
        art = page(MENU, HEADLINE, "By Jane Doe", PROSE[0], block, *PROSE[1:])
        (shown,) = [p for p in art.paragraphs if p.kind == CAPTION]
        assert (shown.text, shown.reason) == (f"{caption}\n{credit}", "photo caption and its credit line")
        assert indexed(art, BODY) == PROSE


def test_a_wire_sign_off_is_looked_for_once_per_run_of_white_space() -> None:
    # _SIGN_OFF ("... the minister said. REUTER") was tried at every place of a block's last
    # line: inside a run of white space too, so a line of 50,000 spaces took 33 s. It is now
    # tried where a run starts, and strips the same sign-off as the regex without the guard.
    import random
    import re

    reference = re.compile(r"\s+(?:REUTER|Reuter|REUTERS|AP|AFP)$")
    rng = random.Random(5)
    pieces = ["said.", " ", "  ", "\t", "\r", "\u00a0", "REUTER", "REUTERS", "Reuter", "AP", "AFP", "x", "\n"]
    for _ in range(5000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
        assert segment.patterns._SIGN_OFF.sub("", line) == reference.sub("", line), repr(line)
    doc = text_doc("Bridge\n\nWord" + " " * 50_000 + "Word\n\n" + PROSE[0])
    art = segment.segment(doc)
    assert [p.text for p in art.paragraphs if p.kind == "body"][-1] == PROSE[0]


@pytest.mark.linear
@pytest.mark.parametrize(
    "line",
    [
        "Word{w}Word",  # between two words
        "Home{w}|{w}News",  # around a bar (a row of links)
        "Title{w}-{w}Site",  # around a dash
        "Said he{w}(AP)",  # before a bracket at the end
        "Word" + "\t" * 100_000 + "Word",  # tabs
    ],
)
def test_a_long_run_of_white_space_is_read_in_linear_time(line: str) -> None:
    # A pattern that opens with a run of white space ("\s+[|·•]\s+") was tried at every place of
    # the run: a line of 50,000 spaces between two words took 90 s, the run's square. Each is now
    # tried where a run starts ((?<!\s), the same matches): 100,000 spaces take about a second,
    # their square minutes (the `linear` guard fails it)
    art = segment.segment(text_doc("Bridge\n\n" + line.format(w=" " * 100_000) + "\n\n" + PROSE[0]))
    assert [p.text for p in art.paragraphs if p.kind == "body"][-1] == PROSE[0]


@pytest.mark.linear
@pytest.mark.parametrize("token", ["1" * 200_000, "9.99" * 50_000])
def test_one_long_token_of_figures_is_read_in_linear_time(token: str) -> None:
    # one token is one word, so the rules for short lines (a post's meta row, a product tile's
    # head) took a line of 20,000 digits for short and searched it for a reading time and a
    # price, whose `\d+` tried every place of the run: 32 s. They bound the characters too.
    art = segment.segment(text_doc("Bridge\n\n" + token + "\n\n" + PROSE[0]))
    assert [p.text for p in art.paragraphs if p.kind == "body"][-1] == PROSE[0]


def test_bar_parts_split_only_where_a_run_of_white_space_starts() -> None:
    # the guard changes no split: the leftmost match of a pattern opening with a run of white
    # space always starts where the run does
    import re

    from indexer.segment import textblocks

    for guarded, bare in (
        (textblocks._BAR_PARTS, re.compile(r"\s+[|·•]\s+")),
        (textblocks._LABEL_ROW_SPLIT, re.compile(r"\s*[|•·]\s*")),  # ("a | | b": two separators in a row)
    ):
        for text in (
            "a | b",
            "a  |  b | c",
            "a|b",
            " | a",
            "a |",
            "a \t• b\n· c",
            "x  \u00a0|\u00a0 y",
            "|",
            "  |  ",
            "a | | b",
            "| | |",
        ):
            assert guarded.split(text) == bare.split(text), text


def test_a_quoted_sentence_between_paragraphs_is_text_not_a_heading() -> None:
    # A short line ending in a sentence mark is no heading, but the check read only the last
    # character: a pull quote ("Music is what keeps a village alive.") or a quoted reply ends in a
    # closing quote or bracket, was a heading "without sentence punctuation", and named the
    # section of the paragraphs after it.
    for quote in ('"Music is what keeps a village alive."', "“Meth. We’re on it.”", "It was, he said, over (for now.)"):
        art = segment.segment(text_doc("\n\n".join(["Folk singer returns", PROSE[0], quote, PROSE[1], PROSE[2]])))
        (para,) = [p for p in art.paragraphs if p.text == quote]
        assert para.kind == BODY, (quote, para.reason)
    art = segment.segment(
        text_doc("\n\n".join(["Folk singer returns", PROSE[0], "Back to the river", PROSE[1], PROSE[2]]))
    )
    assert [p.kind for p in art.paragraphs if p.text == "Back to the river"] == [HEADING]


def test_a_text_printed_over_and_over_in_a_row_is_no_caption_printed_twice() -> None:
    """A caption is printed twice in a page dump; a sentence printed thousands of times in a row
    was labelled "repeated caption (printed twice)", each copy but the last too, and the page
    warned "no article text found (all page chrome)" beside them. Three copies in a row or
    more: the first is read as any block (here prose, indexed once), every other copy repeats
    the block before it, and no warning denies what is indexed."""
    sentence = "The committee will meet again next week to review the proposal."
    art = segment.segment(text_doc("\n\n".join([sentence] * 80)))
    first = art.paragraphs[0]
    assert (first.kind, first.reason) == (BODY, "prose (length and sentence punctuation)")
    assert {p.reason for p in art.paragraphs[1:]} == {"repeats the block before it"}
    assert not [w for w in art.warnings if "no article text" in w]
    # Not in a row, over REPEATS_MAX times: indexed once, and the warning counts every copy.
    days = [x for d in range(60) for x in (f"Day {d + 1}", sentence)]
    apart = segment.segment(text_doc("\n\n".join([PROSE[0], *days])))
    (warning,) = [w for w in apart.warnings if "printed over" in w]
    assert f"59 paragraphs dropped: a text printed over {segment.metadata.REPEATS_MAX} times, indexed once" in warning
    assert "(printed 60 times)" in apart.paragraphs[-1].reason
    # Twice in a row is still a caption.
    two = segment.segment(text_doc(f"Bridge to close\n\n{sentence}\n\n{sentence}\n\n{PROSE[0]}\n\n{PROSE[1]}"))
    assert two.paragraphs[1].reason == "repeated caption (printed twice)"
