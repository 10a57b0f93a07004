"""HTML boxes told by what they are, not by their class names (helper html4, from the trial):
author boxes, fact boxes about a person in the article, a dropped box's heading."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import Article
from tests.helpers import html_document

pytest.importorskip("trafilatura")

_ARTICLE = (
    "<p>HARTLEPOOL — The town council on Tuesday approved a scheme of sea defences along the "
    "headland, ending years of argument over who should pay for the new walls and gates.</p>"
    "<p>The vote followed a long session in which residents of the headland described water "
    "reaching the ground floor of their houses during the storms of last winter.</p>"
    "<p>Work is due to start in the spring and should take two years, the council said. The "
    "government will pay half of the cost of the scheme, officials added on Tuesday.</p>"
)
_BIO = (
    "Rosalind Achterberg is a reporter covering the coast and local government in the North East. "
    "She joined the paper in 2019."
)


def _page(box: str, byline: str = "By Rosalind Achterberg") -> bytes:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council backs sea defences'
        '</title><meta name="author" content="Rosalind Achterberg"></head>'
        "<body><article><h1>Council backs sea defences</h1>"
        f'<p class="meta">{byline}</p>{_ARTICLE}{box}</article></body></html>'
    ).encode()


def _kinds(art: Article) -> dict[str, tuple[str, str]]:
    return {p.text: (p.kind, p.reason) for p in art.paragraphs}


@pytest.mark.parametrize(
    "box",
    [
        # a link to the author's posts
        f'<div class="x"><h4>Rosalind Achterberg</h4><p>{_BIO}</p>'
        '<a href="/a/ra">View all posts by Rosalind Achterberg</a></div>',
        # a rel="author" link
        f'<div class="y"><p>{_BIO}</p><p><a rel="author" href="/a/ra">Rosalind Achterberg</a></p></div>',
        # a schema.org Person
        f'<div class="z" itemscope itemtype="https://schema.org/Person"><p itemprop="name">Rosalind Achterberg</p>'
        f"<p>{_BIO}</p></div>",
        # the byline author's photo (the byline's name from the page's metadata)
        f'<div class="m"><img src="ra.jpg" alt="Rosalind Achterberg"><p>{_BIO}</p></div>',
    ],
)
def test_author_box_without_an_author_class(box: str) -> None:
    art = segment.segment(html_document(_page(box), "p.html"))
    kinds = _kinds(art)
    bio = next(t for t in kinds if t.startswith("Rosalind Achterberg is"))
    assert kinds[bio][0] == "boilerplate" and kinds[bio][1].startswith("author box"), kinds[bio]
    assert all(k == "body" for t, (k, _) in kinds.items() if t.startswith(("HARTLEPOOL", "The vote", "Work is")))


def test_author_box_german_posts_link() -> None:
    box = (
        '<div class="k"><p><strong>Jutta Wendeborn</strong></p><p>Jutta Wendeborn ist Redakteurin im Ressort '
        "Küste und schreibt vor allem über Umwelt und Kommunalpolitik.</p>"
        '<p><a href="/autor/jw">Alle Beiträge von Jutta Wendeborn</a></p></div>'
    )
    art = segment.segment(html_document(_page(box, "Von Jutta Wendeborn"), "p.html"))
    kinds = _kinds(art)
    assert kinds["Jutta Wendeborn"][0] == "boilerplate"
    bio = next(t for t in kinds if t.startswith("Jutta Wendeborn ist"))
    assert kinds[bio][0] == "boilerplate" and "author box" in kinds[bio][1]


def test_a_profile_box_of_someone_else_with_a_rel_author_byline_stays() -> None:
    # the byline's rel="author" link sits above the article: no box; a profile of another
    # person in the article names no byline author
    profile = (
        "<div class='q'><p>Tomasz Wielgus is a fisherman and the chairman of the harbour association, "
        "which has campaigned for the walls since 2014.</p></div>"
    )
    art = segment.segment(html_document(_page(profile, 'By <a rel="author" href="/a/ra">Rosalind Achterberg</a>')))
    kinds = _kinds(art)
    bio = next(t for t in kinds if t.startswith("Tomasz Wielgus"))
    assert kinds[bio][0] == "body"


_INTERVIEW = (
    "<p>Hannelore Brückmann hat die Sturmflut 2013 auf der Hallig erlebt. Ein Gespräch über Sandsäcke, "
    "Versicherungen und den Beschluss des Kreistags.</p>"
    "<p><strong>Frau Brückmann, der Kreistag hat den neuen Deich beschlossen. Freuen Sie sich?</strong></p>"
    "<p>Ja, aber er kommt zehn Jahre zu spät. Wir haben zweimal alles verloren, und die Versicherung zahlt "
    "seit 2013 nicht mehr.</p>"
)
_FACTS = (
    "<p>Hannelore Brückmann, 68, ist Bäuerin und lebt seit 1975 auf der Hallig. Sie gründete 2014 die "
    "Bürgerinitiative Küstenschutz.</p>"
)


@pytest.mark.parametrize(
    "box",
    [
        f"<h3>Zur Person</h3>{_FACTS}",  # the heading of an about-box ("Zur Person")
        f'<div class="bio"><h3>Steckbrief</h3>{_FACTS}</div>',  # a box named 'bio'
        f'<div class="bio">{_FACTS}</div>',
    ],
)
def test_a_fact_box_about_the_interviewee_is_the_articles(box: str) -> None:
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>Der Deich kommt zu spät</title></head><body>'
        f"<article><h1>Der Deich kommt zu spät</h1>{_INTERVIEW}{box}</article></body></html>"
    )
    kinds = _kinds(segment.segment(html_document(page.encode(), "i.html")))
    facts = next(t for t in kinds if t.startswith("Hannelore Brückmann, 68"))
    assert kinds[facts][0] == "body", kinds[facts]


def test_a_box_about_the_author_under_an_interview_is_still_dropped() -> None:
    box = (
        "<h3>Zur Person</h3><p>Rosalind Achterberg ist Redakteurin im Ressort Küste und schreibt vor allem "
        "über Umwelt und Kommunalpolitik.</p>"
    )
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>Der Deich kommt zu spät</title></head><body>'
        f"<article><h1>Der Deich kommt zu spät</h1>{_INTERVIEW}{box}</article></body></html>"
    )
    kinds = _kinds(segment.segment(html_document(page.encode(), "i.html")))
    bio = next(t for t in kinds if t.startswith("Rosalind Achterberg ist"))
    assert kinds[bio][0] != "body", kinds[bio]


_BRIEFING = (
    "<p>Work is due to start in the spring and should take two years, the council said on Tuesday evening.</p>"
    "<p>The government will pay half of the cost of the scheme, officials added in a statement.</p>"
)


@pytest.mark.parametrize(
    "box",
    [
        '<div class="nl"><h3>Get the morning briefing</h3><p>Sign up to our free newsletter and get the news '
        'in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>',
        '<div class="x"><h3>Unser Morgenbriefing</h3><p>Newsletter abonnieren</p>'
        '<form><input type="email"><button>Anmelden</button></form></div>',
    ],
)
def test_a_dropped_boxs_heading_names_no_section(box: str) -> None:
    page = (
        '<html lang="en"><head><meta charset="utf-8"><title>Council backs sea defences</title></head><body>'
        f"<article><h1>Council backs sea defences</h1>{_ARTICLE[: _ARTICLE.index('<p>Work')]}{box}{_BRIEFING}"
        "</article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "n.html"))
    heading = next(p for p in art.paragraphs if "briefing" in p.text.lower())
    assert heading.kind == "boilerplate", (heading.kind, heading.reason)
    after = [p for p in art.paragraphs if p.text.startswith(("Work is", "The government"))]
    assert len(after) == 2 and all(p.kind == "body" and not p.section for p in after), after


def test_a_sections_heading_over_its_own_text_stays() -> None:
    page = (
        '<html lang="en"><head><meta charset="utf-8"><title>Council backs sea defences</title></head><body>'
        f"<article><h1>Council backs sea defences</h1>{_ARTICLE}<section><h3>What happens next</h3>"
        f"{_BRIEFING}</section></article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "n.html"))
    heading = next(p for p in art.paragraphs if p.text == "What happens next")
    assert heading.kind == "heading"


def test_a_bio_of_the_byline_author_as_the_last_paragraph() -> None:
    art = segment.segment(html_document(_page(f"<p>{_BIO}</p>"), "p.html"))
    kinds = _kinds(art)
    bio = next(t for t in kinds if t.startswith("Rosalind Achterberg is"))
    assert kinds[bio] == ("boilerplate", segment.html.HTML_BIO_REASON)


def test_a_profile_of_someone_else_as_the_last_paragraph_stays() -> None:
    other = "Tomasz Wielgus is a reporter covering the harbour for a Polish weekly, and joined the campaign in 2014."
    kinds = _kinds(segment.segment(html_document(_page(f"<p>{other}</p>"), "p.html")))
    assert kinds[other][0] == "body"


def _product_page(meta_class: str) -> bytes:
    """A shop's product page as Shopify's Debut theme writes it: the title, price and
    description in a box named `meta_class`, then reviews and a question about as long as
    the description, so the article's container holds all three."""
    reviews = "".join(
        f'<div class="spr-review"><h3>{head}</h3><span class="byline"><strong>{who}</strong> on '
        f'<strong>Jan 14, 2023</strong></span><p class="spr-review-content-body">{body}</p></div>'
        for head, who, body in [
            (
                "Heavier than I expected",
                "Gwen P.",
                "I bought this for the back bedroom of our farmhouse, which has no heating to speak of, "
                "and it has become the blanket everyone fights over. It shed a little for a week, then stopped.",
            ),
            (
                "Lovely colour, lovely people",
                "Martin Oakes",
                "The slate is a soft blue-grey in daylight and almost charcoal in the evening, which I did "
                "not expect from the photos but actually prefer. The gift note was written by hand.",
            ),
            (
                "Scratchy at first",
                "Hanne from Aarhus",
                "If you are used to merino this will feel rough on bare skin at first, but one wash softens it.",
            ),
        ]
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Honeycomb Wool Throw – Slate'
        '</title></head><body><main><div class="product-single">'
        f'<div class="{meta_class}"><h1 class="product-single__title">Honeycomb Wool Throw – Slate</h1>'
        '<p class="price">£148.00</p><p class="product-single__stock-note">In stock, and woven to order '
        "when sold out, usually within three weeks of your order.</p>"
        '<div class="rte product-single__description">'
        "<p>A heavy, warm throw in a deep honeycomb weave, made from undyed wool of Welsh Mountain "
        "sheep from farms within twenty miles of the mill.</p>"
        "<p>We weave every throw on our restored loom in Llandeilo, then wash it in soft river water "
        "and raise the surface by hand with teasels, which gives it a slightly fuzzy feel.</p>"
        "<p>The slate colour comes from blending the natural grey and dark brown fleeces before "
        "spinning, so no dye is used at any stage and each batch differs a little.</p></div></div></div>"
        f'<div class="spr-container"><h2>Customer Reviews</h2>{reviews}</div>'
        '<div class="product-questions"><h2>Questions</h2><p>Can I order it wider than the listed size? '
        "The loom is only 150 cm wide, so we cannot go wider, but we can weave it longer if you ask.</p></div>"
        "</main></body></html>"
    ).encode()


@pytest.mark.parametrize("meta_class", ["product-single__meta", "product-meta"])
def test_the_box_holding_the_headline_is_the_articles_whatever_its_name(meta_class: str) -> None:
    # trial 55: the article's container holds the description and the reviews, and the
    # description in the headline's box "product-single__meta" was dropped as "in a box named
    # 'meta'"; the box that holds the headline is the article's own
    art = segment.segment(html_document(_product_page(meta_class), "p.html"))
    kinds = _kinds(art)
    description = [t for t in kinds if t.startswith(("A heavy, warm throw", "We weave every throw"))]
    assert len(description) == 2
    assert all(kinds[t][0] in ("body", "lead") for t in description), [kinds[t] for t in description]
