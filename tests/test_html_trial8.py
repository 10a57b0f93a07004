"""HTML faults of the eighth trial, each on a small page of our own (helper html8): a gallery's
captions and credits outside <figure> (K4), spaces around inline tags in built text (K1), a
MediaWiki hatnote, infobox and a heading over a subheading (K7), a heading the extractor dropped
from a table layout (K7), Arabic byline labels, dateline and photo credits (K3, K4)."""

from __future__ import annotations

import pytest

from indexer import htmlpage, segment
from indexer.models import Article
from tests.helpers import PROSE, html_document

pytest.importorskip("trafilatura")


def _page(body: str, title: str = "Harbour bridge to close", head: str = "", lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>{body}"
        "<footer><p>\u00a9 2024 The Harbour Gazette. All rights reserved.</p></footer></body></html>"
    ).encode()


def _article(page: bytes) -> Article:
    return segment.segment(html_document(page))


def _indexed(art: Article) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in art.paragraphs if p.indexed]


_ARTICLE = "<h1>Harbour bridge to close</h1>" + "".join(f"<p>{t}</p>" for t in PROSE[:3])
_GALLERY_CAPTIONS = (
    "Engineers inspect the corroded steel supports under the deck.",
    "Commuters queue for the first ferry on Monday morning.",
)


def test_a_caption_classed_element_beside_an_image_is_a_caption_and_its_credit_is_dropped() -> None:
    """A gallery written as `<li><img><p class="caption">...</p><p class="credit">NAME</p></li>`:
    each caption is a caption (the extractor drops every element classed "caption"), the credits
    are no text (they were one body block "Ann Lee\\nAnn Lee"), the counter "1 of 2" is chrome, and
    the gallery's heading heads its captions."""
    items = "".join(
        f"<li><img src='/g{n}.jpg' alt=''><p class='caption'>{c}</p><p class='credit'>Ann Lee</p></li>"
        for n, c in enumerate(_GALLERY_CAPTIONS)
    )
    gallery = (
        f"<section class='gallery'><h2>In pictures</h2><ul>{items}</ul><p class='gallery-count'>1 of 2</p></section>"
    )
    art = _article(_page(f"<article>{_ARTICLE}{gallery}<p>{PROSE[3]}</p></article>"))
    kept = _indexed(art)
    assert [t for k, t in kept if k == "caption"] == list(_GALLERY_CAPTIONS)
    assert ("heading", "In pictures") in kept  # it heads the captions
    assert not any("Ann Lee" in t for _, t in kept)
    assert "1 of 2" not in [t for _, t in kept]


def test_a_teaser_cards_caption_is_no_caption_nor_a_credit_alone() -> None:
    """An element classed as a caption in a teaser card is another page's headline, and a
    caption that is a credit alone ("Quelle: THW") is no caption."""
    card = (
        "<div class='article-teaser-item'><img src='/t.jpg' alt=''>"
        "<div class='article-teaser-caption'>Ferry prices to rise next spring</div></div>"
    )
    credit = "<p class='picture'><img src='/c.jpg' alt=''><span class='caption'>Quelle: THW</span></p>"
    art = _article(_page(f"<article>{_ARTICLE}{card}{credit}<p>{PROSE[3]}</p></article>"))
    assert [t for k, t in _indexed(art) if k == "caption"] == []


def test_inline_tags_add_no_spaces_to_a_caption_or_a_line_we_build() -> None:
    """A figcaption's text joins its inline elements as written: "(<em>Hypsibius</em>)" is
    "(Hypsibius)", not "( Hypsibius )"; a block element inside it still parts the words."""
    figure = (
        "<figure><img src='/t.jpg' alt=''><figcaption>A tardigrade (<em>Hypsibius exemplaris</em>) "
        "imaged with a <a href='/sem'>scanning</a> electron microscope.<p>Second line</p></figcaption></figure>"
    )
    art = _article(_page(f"<article>{_ARTICLE}{figure}<p>{PROSE[3]}</p></article>"))
    captions = [t for k, t in _indexed(art) if k == "caption"]
    assert captions == ["A tardigrade (Hypsibius exemplaris) imaged with a scanning electron microscope. Second line"]
    tree = htmlpage._parse(
        "<html><body><h1>A headline of the page</h1><div>By <b>Ana Ruiz</b>, Madrid</div></body></html>"
    )
    assert htmlpage.head_lines(tree).split("\n")[0] == "By Ana Ruiz, Madrid"


def test_a_mediawiki_hatnote_and_infobox_are_no_text() -> None:
    """MediaWiki: the hatnote ("This article is about ... For ..., see ...") is no lead, the
    infobox (a table of facts) no body."""
    body = (
        "<div id='content'><h1>Harbour bridge</h1><div class='hatnote'>This article is about the road bridge. "
        "For the railway bridge, see <a href='/rail'>Harbour rail bridge</a>.</div><div class='mw-parser-output'>"
        "<table class='infobox'><tr><th>Opened</th><td>1932</td></tr><tr><th>Length</th><td>420 m</td></tr></table>"
        f"<p>{PROSE[0]}</p><h2>Repairs</h2><h3>Steel supports</h3><p>{PROSE[1]}</p>"
        f"<h3>Deck</h3><p>{PROSE[2]}</p><h2>History</h2><p>{PROSE[3]}</p></div></div>"
    )
    kept = _indexed(_article(_page(body, "Harbour bridge - Wiki")))
    assert not any("This article is about" in t or "1932" in t for _, t in kept)


def test_a_heading_over_a_subheading_keeps_its_place() -> None:
    """`<h2>Repairs</h2><h3>Steel supports</h3><p>...`: "Repairs" has no text of its own under
    it but heads its subsections; a heading over one of its own level with no text stays dropped."""
    body = (
        f"<article>{_ARTICLE}<h2>Repairs</h2><h3>Steel supports</h3><p>{PROSE[3]}</p>"
        f"<h3>Deck</h3><p>{PROSE[0]} Again.</p><h2>Newsletter</h2><h2>History</h2><p>{PROSE[1]} Again.</p></article>"
    )
    kept = _indexed(_article(_page(body)))
    assert [t for k, t in kept if k == "heading"] == ["Repairs", "Steel supports", "Deck", "History"]


def test_a_heading_the_extractor_dropped_between_paragraphs_is_put_back() -> None:
    """An email's web view in a layout table: its `<h2 style=...>` between two paragraphs of the
    content cell is a heading of the text (trafilatura left it out), over the paragraph it heads."""
    cell = (
        "<h1 style='font-size:26px'>The library that lends seeds</h1>"
        + "".join(f"<p>{t}</p>" for t in PROSE[:2])
        + "<h2 style='font-size:18px'>Also this week</h2>"
        + "".join(f"<p>{t}</p>" for t in PROSE[2:])
    )
    table = (
        "<table role='presentation' class='wrapper'><tr><td class='header'><img src='/l.png' alt='Weekly'><br>"
        f"<span class='issue'>Issue #142 · Friday 6 November 2026</span></td></tr><tr><td class='content'>{cell}</td></tr></table>"
    )
    art = _article(_page(table, "The Weekly #142: The library that lends seeds"))
    kept = _indexed(art)
    at = kept.index(("heading", "Also this week"))
    assert kept[at + 1] == ("body", PROSE[2])


def test_a_heading_the_extractor_kept_is_not_put_back_twice() -> None:
    body = f"<article>{_ARTICLE}<h2><span>1</span> Repairs start</h2><p>{PROSE[3]}</p></article>"
    headings = [t for k, t in _indexed(_article(_page(body))) if k == "heading"]
    assert len(headings) <= 1


def test_a_story_funding_notice_is_chrome() -> None:
    """A note that "This story was written by a Local Democracy Reporter. The scheme is funded by ..." under
    the article: who wrote and paid for it, no text of it."""
    note = "<p class='ldrs'>This story was written by a Local Democracy Reporter. The scheme is funded by the BBC.</p>"
    art = _article(_page(f"<article>{_ARTICLE}<p>{PROSE[3]}</p>{note}</article>"))
    assert not any("Local Democracy" in t for _, t in _indexed(art))


_AR_PROSE = (
    "افتتحت مكتبة المدينة صباح اليوم معرضا يضم ستا وأربعين مخطوطة نادرة في الطب والفلك والرياضيات بعد عامين من الترميم.",
    "وقال مدير مركز المخطوطات إن أقدم قطعة في المعرض نسخة من كتاب في الأدوية تعود إلى القرن الثاني عشر الميلادي.",
    "ويستمر المعرض حتى نهاية يناير المقبل ويفتح أبوابه يوميا من العاشرة صباحا حتى السادسة مساء عدا يوم الثلاثاء.",
)


def _arabic_page(label: str = "كتبت:") -> bytes:
    title = "مكتبة المدينة تعرض مخطوطات نادرة بعد ترميم استمر عامين"
    body = (
        f"<article><h1>{title}</h1><div class='meta'><span class='author'>{label} سلمى الدمرداش</span></div>"
        "<figure><img src='/m.jpg' alt=''><figcaption>زوار يتأملون إحدى مخطوطات الفلك في قاعة العرض (تصوير: كريم عادل)"
        f"</figcaption></figure><div class='content'><p><strong>الإسكندرية -</strong> {_AR_PROSE[0]}</p>"
        + "".join(f"<p>{t}</p>" for t in _AR_PROSE[1:])
        + "</div></article>"
    )
    return _page(body, title, lang="ar")


@pytest.mark.parametrize("label", ["كتبت:", "كتب:", "بقلم"])
def test_an_arabic_byline_label_is_cut_like_by(label: str) -> None:
    """Arabic "كتبت:" / "كتب:" / "بقلم" ("written by") before the author's name: the byline is the
    name alone (trafilatura keeps the label and drops the colon), as "By" is cut."""
    assert _article(_arabic_page(label)).byline == "سلمى الدمرداش"


def test_an_arabic_dateline_at_the_first_paragraphs_start_is_the_dateline() -> None:
    """`<p><strong>الإسكندرية -</strong> افتتحت ...`: a place before a spaced dash opening the
    article, in a script without capitals, is its dateline."""
    assert _article(_arabic_page()).dateline == "الإسكندرية"


def test_an_arabic_photo_credit_is_cut_from_its_caption() -> None:
    """A caption's "(تصوير: NAME)" ("photo: NAME") is cut like "(Photo: NAME)"."""
    captions = [t for k, t in _indexed(_article(_arabic_page())) if k == "caption"]
    assert captions == ["زوار يتأملون إحدى مخطوطات الفلك في قاعة العرض"]


def test_a_clause_before_a_dash_in_a_script_without_capitals_is_no_dateline() -> None:
    assert segment.patterns._dateline_place("قال المدير العام للمكتبة - في مؤتمر صحفي") == ""
    assert segment.patterns._dateline_place("دار السلام - أعلنت الحكومة") == "دار السلام"
