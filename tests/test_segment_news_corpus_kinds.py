"""Kinds found on the news corpus (newspaper4k's saved pages, session 17): a comment link in the
page's top bar over the headline, a wire story's dateline naming its agency (no picture credit),
the article's first paragraph printed again over the menus."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, Article
from tests.helpers import FOOTER, PROSE, kind_and_reason, parse_blocks

# a portal's big menus: many words before the article, none of them prose
_MENUS = [
    "\n".join(f"{section} {n}" for n in range(1, 9))
    for section in ("Local news", "High school sports", "Things to do", "Real estate listings", "Weather radar")
]


def _body(art: Article) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind == BODY]


@pytest.mark.parametrize("link", ["comments", "Comments (14)", "Kommentare"])
def test_a_comment_link_over_the_headline_does_not_open_the_thread(link: str) -> None:
    # a lone comment link between the menus and the headline opened the page tail, and the
    # article under the headline was dropped as the comment thread
    art = parse_blocks(
        "Council votes to close the old harbour bridge | The Harbour Gazette",
        *_MENUS,
        link,
        "Council votes to close the old harbour bridge",
        "bridge.jpg\nThe old harbour bridge. (Gazette photo)\nPrint",
        PROSE[0],
        "Other points the council made:",
        PROSE[1],
        FOOTER,
    )
    assert kind_and_reason(art, link)[0] == BOILERPLATE
    assert PROSE[0] in _body(art) and PROSE[1] in _body(art)


def test_a_comment_header_under_the_article_still_opens_the_thread() -> None:
    comment = (
        "I drive over that bridge every day and nobody asked us what we thought about the ferries, "
        "which are slow and always late in the winter months."
    )
    art = parse_blocks(
        "Council votes to close the old harbour bridge | The Harbour Gazette",
        "Council votes to close the old harbour bridge",
        *PROSE,
        "3 Comments",
        "Anna Berg says:",
        comment,
        "Reply",
        FOOTER,
    )
    assert _body(art) == PROSE
    assert kind_and_reason(art, comment)[0] == BOILERPLATE


_JA = (
    "政府は港の改修計画を承認したと発表した。工事は来年春に始まり、二年かかる見通しだという。",
    "地元の漁業関係者は工事による影響を心配しており、事前に海底の調査を行うよう求めている。",
)


@pytest.mark.parametrize(
    "dateline",
    ["PARIS (AFP) - ", "LONDON, March 3 (Reuters) - ", "Madrid (EFE) - "],
)
def test_a_wire_storys_dateline_naming_its_agency_is_no_picture_credit(dateline: str) -> None:
    # the agency in a wire story's dateline read as a picture's credit: its first paragraph a caption
    art = parse_blocks(
        "Council votes to close bridge | Gazette",
        "Council votes to close bridge",
        dateline + PROSE[0],
        *PROSE[1:3],
        FOOTER,
    )
    assert kind_and_reason(art, dateline)[0] == BODY
    assert all(kind_and_reason(art, p)[0] == BODY for p in PROSE[1:3])


@pytest.mark.parametrize("dateline", ["【6月18日 AFP】", "［東京 18日 ロイター］", "【ソウル共同】"])
def test_a_cjk_wire_dateline_is_no_picture_credit(dateline: str) -> None:
    first = (
        dateline
        + "港湾局は18日、外港の航路を浚渫する計画を承認した。大型コンテナ船の寄港が可能になるとAFPに明らかにした。"
    )
    art = parse_blocks("港湾局が浚渫計画を承認 国際ニュース", "港湾局が浚渫計画を承認", first, *_JA, FOOTER)
    assert kind_and_reason(art, dateline)[0] == BODY


def test_a_caption_under_a_getty_dateline_stays_a_caption() -> None:
    caption = (
        "WASHINGTON, DC - JUNE 05: Members of the council arrive for a vote on the harbour bridge "
        "on June 5, 2024 in Washington, DC. (Photo by Anna Berg/Getty Images)"
    )
    art = parse_blocks(
        "Council votes to close bridge | Gazette",
        "Council votes to close bridge",
        PROSE[0],
        caption,
        *PROSE[1:3],
        FOOTER,
    )
    assert kind_and_reason(art, caption[:40])[0] != BODY


def test_dateline_end() -> None:
    from indexer.segment.patterns import dateline_end

    assert dateline_end("PARIS (AFP) - The") == len("PARIS (AFP) - ")
    assert dateline_end("【6月18日 AFP】ナイジェリア") == len("【6月18日 AFP】")
    assert dateline_end("新华社北京6月18日电 国务院") == len("新华社北京6月18日电")
    assert dateline_end("The council said on Tuesday - in a statement") == 0


def test_the_first_paragraph_printed_again_over_the_menus_is_kept_in_the_article() -> None:
    # a share box's copy of the first paragraph stands over the menus: the article's own copy
    # under the headline was dropped as "repeats block N", the first copy being outside the run
    art = parse_blocks(
        "Council votes to close bridge | Gazette",
        PROSE[0],
        *_MENUS,
        "Council votes to close bridge",
        "Source: The Harbour Gazette\n2024-03-05 15:13\nShare\nShare on WeChat",
        PROSE[0],
        *PROSE[1:],
        FOOTER,
    )
    copies = [p.kind for p in art.paragraphs if p.text == PROSE[0]]
    assert copies == [BOILERPLATE, BODY]
    assert all(p in _body(art) for p in PROSE[1:])
