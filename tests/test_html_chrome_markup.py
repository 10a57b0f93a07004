"""HTML chrome told by the page's markup, whatever its words (issue 13, helper html8): an inline
pointer to another article of the site (a label, then a link to the site's own page), boxes the
markup names for what they are (an <aside>, a <nav>, a <footer>, a form, a landmark role, a
schema.org comment) below the article's container."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import Article
from tests.helpers import html_document

pytest.importorskip("trafilatura")

_PARAS = (
    "ALDERMOUTH — The harbour board on Monday approved a plan to dredge the outer channel, ending "
    "two years of delays that had kept the largest container ships from calling at the port.",
    "The work will remove about two million tonnes of silt and is due to start in the autumn, "
    "the board said, once the last of the environmental permits has been granted by the agency.",
    "Shipping lines had warned that they would move their services to other ports along the coast "
    "if the channel was not deepened before the new vessels enter service next year.",
    "Fishermen in the town said they feared the dredging would disturb the grounds where they set "
    "their pots, and asked the board to pay for a survey of the sea bed before it begins.",
)


def _page(between: str, after: str = "", canonical: str = "https://www.aldermouth-post.example/news/dredging") -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = f"<p>{_PARAS[0]}</p><p>{_PARAS[1]}</p>{between}<p>{_PARAS[2]}</p><p>{_PARAS[3]}</p>{after}"
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour board backs dredging'
        f"</title>{link}</head><body><main><article><h1>Harbour board backs dredging</h1>"
        f'<div class="story-body">{body}</div></article></main></body></html>'
    ).encode()


def _kinds(art: Article) -> dict[str, tuple[str, str]]:
    return {p.text: (p.kind, p.reason) for p in art.paragraphs}


def _article_kept(kinds: dict[str, tuple[str, str]]) -> None:
    for para in _PARAS:
        assert kinds.get(para, ("missing", ""))[0] == "body", (para[:30], kinds.get(para))


@pytest.mark.parametrize(
    ("label", "href"),
    [
        ("Also today:", "/news/ferry-fares-rise-again-as-fuel-costs-climb"),
        ("Lea más:", "https://www.aldermouth-post.example/news/ferry-fares-rise-again-as-fuel-costs-climb"),
        ("MIRA |", "https://aldermouth-post.example/news/ferry-fares-rise-again-as-fuel-costs-climb"),
        (">> Weiterlesen:", "https://sport.aldermouth-post.example/ferry-fares-rise-again"),
        ("[Related:", "/news/ferry-fares-rise-again-as-fuel-costs-climb"),
    ],
)
def test_a_labelled_link_to_another_article_of_the_site_is_chrome(label: str, href: str) -> None:
    close = "]" if label.startswith("[") else ""
    pointer = f'<p>{label} <a href="{href}">Ferry fares rise again as fuel costs climb</a>{close}</p>'
    kinds = _kinds(segment.segment(html_document(_page(pointer), "p.html")))
    text = next(t for t in kinds if "Ferry fares" in t)
    assert kinds[text][0] == "boilerplate", kinds[text]
    _article_kept(kinds)


@pytest.mark.parametrize(
    "line",
    [
        # a source the article cites: a link off the site
        'Survey: <a href="https://www.harbour-agency.example/reports/2024/channel">Channel survey of the outer harbour</a>',
        # a link to a place on the page itself, and to the page itself
        'Findings: <a href="#survey">Channel survey of the outer harbour</a>',
        'Permalink: <a href="https://www.aldermouth-post.example/news/dredging">Channel survey of the outer harbour</a>',
        # a sentence with a link inside it, not after a label
        'The board published <a href="/docs/plan">Channel survey of the outer harbour</a> on its website.',
    ],
)
def test_a_cited_source_or_a_linked_sentence_stays(line: str) -> None:
    kinds = _kinds(segment.segment(html_document(_page(f"<p>{line}</p>"), "p.html")))
    text = next(t for t in kinds if "Channel survey" in t)
    assert kinds[text][0] == "body", kinds[text]
    _article_kept(kinds)


_PROMO = "The Aldermouth Post is published every weekday by a cooperative of its readers and its staff."
_COMMENT = "I have fished these grounds for forty years and nobody from the board has ever asked us what we think."


@pytest.mark.parametrize(
    ("box", "text", "what"),
    [
        (f'<div class="x1" role="complementary"><p>{_PROMO}</p></div>', _PROMO, "role=complementary"),
        (f'<div class="x2" role="dialog"><p>{_PROMO}</p></div>', _PROMO, "role=dialog"),
        (
            f'<div class="c9" itemscope itemtype="https://schema.org/Comment"><p>{_COMMENT}</p></div>',
            _COMMENT,
            "schema.org comment",
        ),
        (f'<div class="c9" itemprop="comment"><p>{_COMMENT}</p></div>', _COMMENT, "schema.org comment"),
    ],
)
def test_a_box_the_markup_calls_chrome_is_chrome(box: str, text: str, what: str) -> None:
    kinds = _kinds(segment.segment(html_document(_page("", after=box), "p.html")))
    assert kinds[text] == ("boilerplate", f"in a box the markup calls chrome ({what})"), kinds[text]
    _article_kept(kinds)


def test_an_article_inside_a_landmark_is_not_chrome() -> None:
    # a page that sets its whole article in an element with a role: above the article's
    # container, never asked
    page = _page("").replace(b"<main><article>", b'<main><div role="dialog"><article>')
    page = page.replace(b"</article></main>", b"</article></div></main>")
    _article_kept(_kinds(segment.segment(html_document(page, "p.html"))))


def test_a_list_of_the_sites_other_stories_one_marked_link_a_line_is_chrome() -> None:
    lines = (
        '-<a href="/news/ferry-fares-rise-again-as-fuel-costs-climb">Ferry fares rise again as fuel costs climb</a><br>'
        '-<a href="/news/lifeboat-crew-honoured-for-winter-rescue">Lifeboat crew honoured for winter rescue at sea</a>'
    )
    kinds = _kinds(segment.segment(html_document(_page(f"<p>{lines}</p>"), "p.html")))
    text = next(t for t in kinds if "Ferry fares" in t)
    assert kinds[text][0] == "boilerplate", kinds[text]
    _article_kept(kinds)


def test_a_list_of_sources_off_the_site_stays() -> None:
    lines = (
        '- <a href="https://www.harbour-agency.example/reports/channel">Channel survey of the outer harbour</a><br>'
        '- <a href="https://www.harbour-agency.example/reports/silt">Silt report for the outer harbour</a>'
    )
    kinds = _kinds(segment.segment(html_document(_page(f"<p>{lines}</p>"), "p.html")))
    text = next(t for t in kinds if "Channel survey" in t)
    assert kinds[text][0] == "body", kinds[text]


_MORE = (
    "The port's owners said the deeper channel would let them bid for the transatlantic routes "
    "that now call at the larger harbours further north, bringing about three hundred jobs.",
    "Councillors in the town welcomed the decision but asked the board to publish the full cost of "
    "the scheme, which has been estimated at between forty and sixty million pounds this year.",
)


def test_paragraphs_named_like_chrome_that_hold_most_of_the_article_stay() -> None:
    # a publisher's class on each paragraph behind its meter ("paywall") names the article's
    # own paragraphs when they hold most of its prose; a small box of that name stays chrome
    gated = "".join(f'<p class="paywall">{p}</p>' for p in (_PARAS[2], _PARAS[3], *_MORE))
    prompt = (
        '<div class="paywall-bar"><p>You have read all of your free articles this month. Subscribe now '
        "to keep reading the stories that matter to the town, and cancel at any time you like.</p></div>"
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour board backs dredging'
        "</title></head><body><main><article><h1>Harbour board backs dredging</h1>"
        f'<div class="story-body"><p>{_PARAS[0]}</p><p>{_PARAS[1]}</p>{gated}</div></article>{prompt}'
        "</main></body></html>"
    ).encode()
    kinds = _kinds(segment.segment(html_document(page, "p.html")))
    _article_kept(kinds)
    for para in _MORE:
        assert kinds.get(para, ("missing", ""))[0] == "body", (para[:30], kinds.get(para))
    prompt_text = next((t for t in kinds if t.startswith("You have read")), "")
    assert not prompt_text or kinds[prompt_text][0] != "body"
