"""HTML extraction faults of the seventh trial, each on a small page of our own (helper html7):
`<br><br>` paragraphs and huge blocks (K7), a standfirst under the headline (K3), the visible
headline against the metadata's (K4), a forum member's panel and an author box's label (K8)."""

from __future__ import annotations

import pytest

from indexer import htmlpage, segment
from indexer.models import Article
from tests.helpers import PROSE, html_document

pytest.importorskip("trafilatura")


def _page(body: str, title: str = "Harbour bridge to close", head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>{body}"
        "<footer><p>\u00a9 2024 The Harbour Gazette. All rights reserved.</p></footer></body></html>"
    ).encode()


def _indexed(art: Article) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in art.paragraphs if p.indexed]


def test_paragraphs_separated_by_two_line_breaks_are_blocks_of_their_own() -> None:
    """A post's paragraphs set apart by `<br><br>` (a forum, an old page) are one block each;
    one `<br>` is a line break inside a block (an address, a verse)."""
    post = "<br />\n<br />\n".join(PROSE[:3]) + "<br /><br /><br />" + "Harbour Road 12<br/>\nNorthtown"
    page = _page(f"<article><h1>Harbour bridge to close</h1><div class='post'>{post}</div></article>")
    texts = [t for _, t in htmlpage.extract(page, "post.html").blocks]
    assert texts[-4:] == [*PROSE[:3], "Harbour Road 12\nNorthtown"]


def test_a_list_stays_one_block_of_lines_as_in_a_text_file() -> None:
    """A list's items are the lines of one block, as the plain-text path keeps a list."""
    items = "".join(f"<li>{t}</li>" for t in ("$6.2 million to Prairie Electric", "$5.4 million to Northland Fiber"))
    page = _page(
        f"<article><h1>Harbour bridge to close</h1><p>{PROSE[0]}</p><ul>{items}</ul><p>{PROSE[1]}</p></article>"
    )
    texts = [t for _, t in htmlpage.extract(page, "list.html").blocks]
    assert "$6.2 million to Prairie Electric\n$5.4 million to Northland Fiber" in texts


def test_a_terms_definition_is_on_its_line() -> None:
    """A definition list's term and definition are one line, "TERM: DEFINITION" ("Joined: Jun 14,
    2019"), as a text file writes a field; a term that ends in a colon gets no second one."""
    dl = "<dl><dt>Born</dt><dd>Leeds, 1952</dd><dt>Party:</dt><dd>Labour</dd><dt>Spouse</dt><dd>Mary Evans</dd></dl>"
    page = _page(f"<article><h1>Harbour bridge to close</h1><p>{PROSE[0]}</p>{dl}<p>{PROSE[1]}</p></article>")
    texts = [t for _, t in htmlpage.extract(page, "facts.html").blocks]
    assert "Born: Leeds, 1952\nParty: Labour\nSpouse: Mary Evans" in texts


def test_no_block_is_longer_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A block over MAX_BLOCK_CHARS (the extractor's last resort joins a page's paragraphs with
    line breaks) is split at its lines, and a line over it at sentence ends."""
    monkeypatch.setattr(htmlpage, "MAX_BLOCK_CHARS", 340)
    assert htmlpage._bounded(["\n".join(PROSE), "", "short"]) == [*PROSE, "short"]
    long_line = " ".join(PROSE)  # paragraphs of 164, 173, 145 and 157 characters
    assert htmlpage._bounded([long_line]) == [" ".join(PROSE[:2]), " ".join(PROSE[2:])]
    assert htmlpage._pieces("x" * 700) == ["x" * 340, "x" * 340, "x" * 20]
    assert htmlpage._pieces("word " * 100) == ["word " * 67 + "word", "word " * 31 + "word"]


def test_a_large_page_of_many_paragraphs_gives_no_giant_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fast mode on a page of one paragraph repeated (trial 7: 45,000 <p>, one paragraph of 2.8
    million characters): one block per paragraph, the repeats not indexed."""
    monkeypatch.setattr(htmlpage, "LARGE_PAGE_BYTES", 20_000)
    monkeypatch.setattr(htmlpage, "MAX_BLOCK_CHARS", 2_000, raising=False)  # (absent before the limit)
    line = "The committee will meet again next week to review the proposal."
    page = ("<html><body>" + f"<p>{line}</p>\n" * 600 + "</body></html>").encode()
    doc = html_document(page, "big.html")
    assert max(len(t) for _, t in doc.blocks) <= 2_000
    assert [p.text for p in segment.segment(doc).paragraphs if p.indexed] == [line]


def _kinds(art: Article) -> dict[str, tuple[str, str, str]]:
    return {p.text: (p.kind, p.section, p.reason) for p in art.paragraphs}


_STANDFIRST = "Grants will connect an estimated 31,000 homes and businesses to fast internet by 2027"


def test_a_heading_under_the_headline_and_over_the_text_that_reads_as_a_lead_is_the_lead() -> None:
    """An <h2> standfirst under the <h1>, before any article text, is the lead, and names no
    section; a section heading further down still does."""
    body = "".join(f"<p>{p}</p>" for p in PROSE[:2]) + "<h2>What happens next</h2>" + f"<p>{PROSE[2]}</p>"
    page = _page(f"<article><h1>Harbour bridge to close</h1><h2 class='sub'>{_STANDFIRST}</h2>{body}</article>")
    kinds = _kinds(segment.segment(html_document(page)))
    assert kinds[_STANDFIRST][:2] == ("lead", "")
    assert kinds[PROSE[0]][:2] == ("body", "")
    assert kinds[PROSE[2]][:2] == ("body", "What happens next")


def test_a_short_heading_under_the_headline_stays_a_heading() -> None:
    """A heading of a few words over the text is a section's name, not a standfirst."""
    body = "".join(f"<p>{p}</p>" for p in PROSE[:3])
    page = _page(f"<article><h1>Harbour bridge to close</h1><h2>The decision</h2>{body}</article>")
    assert _kinds(segment.segment(html_document(page)))["The decision"][0] == "heading"


def test_a_summary_under_a_row_of_tag_links_and_a_share_bar_is_the_lead() -> None:
    """A paragraph named like a summary under the headline is the lead, also with a row of tag
    links and a share bar between them (link text does not count as blocks apart)."""
    tags = "<ul class='tags'>" + "".join(f"<li><a href='/t{i}'>Tag {i}</a></li>" for i in range(3)) + "</ul>"
    share = "<div class='sns'><a href='/s'>Share</a> <a href='/p'>Post</a></div>"
    body = "<div class='body'>" + "".join(f"<p>{p}</p>" for p in PROSE[1:]) + "</div>"
    page = _page(
        f"<article><h1>Harbour bridge to close</h1>{tags}{share}<p class='content--summary'>{PROSE[0]}</p>{body}</article>"
    )
    kinds = _kinds(segment.segment(html_document(page)))
    assert kinds[PROSE[0]][0] == "lead"
    assert kinds[PROSE[1]][0] == "body"


def test_the_visible_headline_is_the_title_when_the_metadata_words_it_otherwise() -> None:
    """The page's <h1>, another wording of og:title, is the title, whole: its words are
    searchable. A site name in the <h1> is not taken for the headline."""
    h1 = "Bridge to close for a year – ferries to run every hour"
    og = '<meta property="og:title" content="Harbour news: Bridge to close for a year">'
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    art = segment.segment(html_document(_page(f"<article><h1>{h1}</h1>{body}</article>", "Harbour news", og)))
    assert art.title == h1
    assert art.paragraphs[0].text == h1 and art.paragraphs[0].kind == "title"
    site = segment.segment(
        html_document(_page(f"<div><h1>The Gazette</h1></div><article>{body}</article>", "Harbour news", og))
    )
    assert site.title == "Harbour news: Bridge to close for a year"


@pytest.mark.parametrize(
    "h1",
    [
        '<h1 class="entry-title">{}</h1>',
        '<h1 itemprop="headline">{}</h1>',
        '<h1 class="title page-title"><span class="field--name-title">{}</span></h1>',
    ],
)
def test_an_h1_marked_as_the_headline_sharing_one_word_is_the_title(h1: str) -> None:
    """The visible headline that the page marks as the article's (by itemprop or a title class)
    is the title though it shares one word only with the SEO title (trial 59: four pages indexed
    "Rainwater tanks for 12 Makueni schools: our 2024 appeal", their <h1> "No child should walk
    to the river before lessons: help us fill 12 school tanks" nowhere). An unmarked <h1> needs
    more (`test_the_visible_headline_is_the_title_when_the_metadata_words_it_otherwise`), and a
    marked one that links to the home page is the site's name."""
    headline = "No child should walk to the river before lessons: help us fill 12 school tanks"
    og = '<meta property="og:title" content="Rainwater tanks for 12 schools: our 2024 appeal">'
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    art = segment.segment(html_document(_page(f"<article>{h1.format(headline)}{body}</article>", "Appeal", og)))
    assert art.title == headline
    home = '<h1 class="title"><a href="/">Rainwater Trust</a></h1>'
    site = segment.segment(html_document(_page(f"<header>{home}</header><article>{body}</article>", "Appeal", og)))
    assert site.title == "Rainwater tanks for 12 schools: our 2024 appeal"


def test_a_marked_h1_of_five_words_is_the_title_though_it_shares_none() -> None:
    """A post's <h1 class="entry-title"> of five words or more is its headline even when the SEO
    title words it wholly otherwise (a new user's blog: "Sette giorni nei cantieri del tram: il
    diario di una pendolare arrabbiata" under "Trasporti Bologna: cosa cambia con la nuova
    tramvia"); a site's name or tagline marked "site-title" or "logo-title", or set in a link to
    the home page, is not (a wild page's "Das Infoportal für sichere Handynutzung")."""
    headline = "Seven days on the tram building site: a commuter's diary"
    og = '<meta property="og:title" content="Bologna transport: what changes with the new line">'
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    art = segment.segment(
        html_document(_page(f'<article><h1 class="entry-title">{headline}</h1>{body}</article>', "Blog", og))
    )
    assert art.title == headline
    for tagline in (
        '<h1 class="site-title">The portal for safe phones and tablets</h1>',
        '<a href="/"><h1 class="mosi-logo-title">The portal for safe phones and tablets</h1></a>',
    ):
        page = _page(f"<header>{tagline}</header><article>{body}</article>", "Blog", og)
        assert segment.segment(html_document(page)).title == "Bologna transport: what changes with the new line"


def test_a_forum_members_panel_is_not_the_post() -> None:
    """A member's panel beside a post (name, rank, "Joined" / "Messages" / "Location" and the
    forum's own fields, as <dl> pairs) is dropped; the rank names no section of the post."""
    fields = "".join(
        f"<dl><dt>{k}</dt><dd>{v}</dd></dl>"
        for k, v in (("Joined", "Jun 14, 2019"), ("Messages", "412"), ("Location", "Swindon"), ("Boat", "Kestrel 22"))
    )
    panel = f"<section class='message-user'><h4>skipper_jo</h4><h5 class='userTitle'>Full Member</h5>{fields}</section>"
    post = f"<div class='post'>{'<br><br>'.join(PROSE[:3])}</div>"
    art = segment.segment(html_document(_page(f"<article>{panel}{post}</article>", "Harbour bridge to close")))
    kept = _indexed(art)
    assert [t for _, t in kept if t != "Harbour bridge to close"] == PROSE[:3]
    assert all(p.section == "" for p in art.paragraphs)
    assert _kinds(art)["Joined: Jun 14, 2019"][0] == "boilerplate"


def test_an_author_box_label_goes_with_the_bio_it_opens() -> None:
    """A label set as a paragraph over a box whose text is dropped ("Sobre la firma" over an
    author's bio, which readability and jusText did not hold) is dropped with it; a short line
    in the article's own container, among its paragraphs, stays."""
    from indexer.htmllead import text_blocks
    from indexer.models import chrome_hint

    bio = "Lucía Serrano es redactora de Economía, especializada en mercado laboral. Estudió en Madrid."
    paras = "".join(f"<p>{p}</p>" for p in PROSE[:2]) + "<p>Update</p>" + f"<p>{PROSE[2]}</p>"
    box = f"<div class='a_ed'><p>Sobre la firma</p><p>{bio}</p></div>"
    tree = htmlpage._parse(f"<html><body><article><h1>Bridge</h1><div>{paras}</div>{box}</article></body></html>")
    dropped = chrome_hint("not found by readability or jusText (after the article's text)")
    blocks = [("", PROSE[0]), ("", PROSE[1]), ("", "Update"), ("", PROSE[2]), ("", "Sobre la firma"), (dropped, bio)]
    marked = htmlpage._mark_box_headings(blocks, text_blocks(tree))
    assert marked[4] == (chrome_hint(htmlpage.BOX_HEADING_REASON), "Sobre la firma")
    assert marked[:4] == blocks[:4] and marked[5] == blocks[5]


def test_a_kicker_over_the_headline_is_not_article_text() -> None:
    """A section label over the headline ("Verkehr", "The Long Read") is not indexed as body."""
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    for kicker in ("Verkehr", "The Long Read"):
        page = _page(f"<article><div class='kicker'>{kicker}</div><h1>Harbour bridge to close</h1>{body}</article>")
        kept = [t for _, t in _indexed(segment.segment(html_document(page)))]
        assert kicker not in kept and PROSE[0] in kept
