"""Three kinds a new user met on live blogs and lists (trial 16), each with pages of our own; each
test fails on the code before:

- HTML: a live post's <time> stamp stays in the text, and two posts in one element are two
  paragraphs; a time of day before the post's first word is no part of a name ("10:47 Power");
- HTML: two inline elements whose words meet letter to letter where a boundary is evident ("08:45
  GMT" + "Kenya's") are two words;
- HTML: the items of a list whose items open in lower case (a nested list's) are apart for a
  phrase search, as capitalised items are.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from indexer import segment
from indexer.entities import _RX_CLOCK_LEAD
from indexer.htmlpage import _ENDS_SENTENCE, _ENTRY_TIME_TAG, inline_seams, with_entry_times
from indexer.models import BODY
from tests.helpers import (
    LIVE_HEADLINE as HEADLINE,
    LIVE_POSTS as POSTS,
    article_html,
    hit_count,
    html_document,
    index_news_folder,
)

pytest.importorskip("trafilatura")


def test_two_html_posts_in_one_element_are_two_paragraphs_with_their_stamps() -> None:
    body = (
        f'<div class="post"><time>09:15</time> {POSTS[0]} <time>09:32</time> {POSTS[1]}</div>'
        f"<p>10:05 {POSTS[2]}</p><p>10:20 {POSTS[3]}</p>"
    )
    texts = [p.text for p in segment.segment(html_document(article_html(body, HEADLINE))).paragraphs if p.kind == BODY]
    assert texts == [f"09:15 {POSTS[0]}", f"09:32 {POSTS[1]}", f"10:05 {POSTS[2]}", f"10:20 {POSTS[3]}"]


def test_which_time_elements_are_posts_stamps() -> None:
    html, opening = with_entry_times('<p><time datetime="2025-04-27T09:41">9:41am</time> Road closures end.</p>')
    assert html == '<p><time datetime="2025-04-27T09:41"></time>9:41am Road closures end.</p>' and not opening
    html, opening = with_entry_times("<div><time>09:15</time> Winds rise. <time>09:32</time> Ferries stop.</div>")
    assert "</time>09:32 Ferries" in html and opening == {"09:32"}
    html, opening = with_entry_times(
        "<div>\n<time>09:15</time>\n  Winds rise.\n<time>09:32</time>\n  Ferries stop.\n</div>"
    )
    assert "</time>09:15\n  Winds" in html and opening == {"09:32"}  # the page's own line breaks
    for unchanged in (
        "<p>By Dana Smith <time>3 December 2025</time> in Westport</p>",  # a date: the page's
        "<div><time>10:47</time></div><p>Power is back.</p>",  # a stamp alone: the extractor's
        "<p><time>2025</time> Festival</p>",  # no time of day
    ):
        assert with_entry_times(unchanged) == (unchanged, frozenset())


def test_a_posts_time_is_no_part_of_a_name() -> None:
    from tests.helpers import tag_texts

    art = tag_texts(
        [
            "10:47 Power company Gridwell says 14,000 homes are without electricity.",
            "09:15 Winds of 120 km/h have been recorded at the lighthouse in Porthaven.",
        ]
    )
    assert [(p.orgs, p.places) for p in art.paragraphs] == [(["Gridwell"], []), ([], ["Porthaven"])]


@pytest.mark.linear
def test_the_stamp_patterns_are_linear() -> None:
    for text in (" " * 3000, "a a " * 750, "A" * 3000, "1" * 3000, "22:15 " + "a " * 1500, "." * 3000):
        _RX_CLOCK_LEAD.match(text)
        _ENTRY_TIME_TAG.search("<time>" + text)
        _ENDS_SENTENCE.search(text)


def _seams(html: str) -> dict[str, str]:
    import lxml.html

    return inline_seams(lxml.html.fromstring(html))


def test_inline_elements_meeting_letter_to_letter() -> None:
    assert _seams("<div><span>08:45 GMT</span><span>Kenya's runner leads</span></div>") == {"GMTKenya's": "GMT Kenya's"}
    assert _seams("<p><b>Budget 2025</b><i>Ministers</i> agree.</p>") == {"2025Ministers": "2025 Ministers"}
    assert _seams("<p><span>The ferry sank.</span><span>Nobody</span> was hurt.</p>") == {"sank.Nobody": "sank. Nobody"}
    # no evident boundary: a word's letters across two elements, a lower-case word after a name
    for html in (
        "<p><b>N</b>o one came.</p>",
        "<div><span>Mayor Tom Reed</span><span>resigned today.</span></div>",
        "<p><span>NA</span><span>SA</span> said so.</p>",
        "<div><p>08:45 GMT</p><p>Kenya's runner leads</p></div>",  # block elements: apart anyway
        "<p><span>08:45 GMT</span> <span>Kenya's runner</span></p>",  # spaced by the page
    ):
        assert _seams(html) == {}, html


def test_html_posts_set_in_inline_elements_keep_their_words_apart() -> None:
    body = "".join(
        f'<div class="post"><span class="ts">0{8 + i}:45 GMT</span><span>{p}</span></div>' for i, p in enumerate(POSTS)
    )
    texts = [p.text for p in segment.segment(html_document(article_html(body, HEADLINE))).paragraphs if p.kind == BODY]
    assert texts == [f"0{8 + i}:45 GMT {p}" for i, p in enumerate(POSTS)]


_LIST_PAGE = (
    "<p>The finance minister set out the budget in parliament on Wednesday, to loud cheers from her party.</p>"
    "<ul><li>Income tax falls for low earners</li><li>Fuel duty rises<ul><li>petrol up two cents</li>"
    "<li>diesel up three cents</li></ul></li></ul>"
    "<p>Opposition leaders called the budget a gift to the wealthy and promised to vote against it.</p>"
    "<p>Her verse read:<br>the tide comes in<br>and the tide goes out</p>"
)


def test_lower_case_list_items_are_apart_for_a_phrase(tmp_path: Path) -> None:
    index = index_news_folder(tmp_path, {"budget.html": article_html(_LIST_PAGE, "Budget day").decode()})
    assert hit_count(index, '"petrol up two cents"') == 1
    assert hit_count(index, '"two cents diesel"') == 0
    assert hit_count(index, '"rises petrol"') == 0
    assert hit_count(index, '"comes in and the tide"') == 1  # lines a <br> parts go on with the sentence


def test_a_lower_case_lists_items_are_marked_as_a_text_file_writes_them() -> None:
    art = segment.segment(html_document(article_html(_LIST_PAGE, "Budget day")))
    (items,) = [p.text for p in art.paragraphs if "Fuel duty" in p.text]
    assert re.split(r"\n", items) == [
        "Income tax falls for low earners",
        "Fuel duty rises",
        "• petrol up two cents",
        "• diesel up three cents",
    ]
