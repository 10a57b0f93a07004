"""Posts and threads of social sites and forums copied as text (session 15, a new user's pages):
the page's chrome above a post (a nav bar, a community's or a site's name, the post's author
line) is no title, the post's author is its byline, and a thread's questions and answers are its
text while its furniture ("level 1", "u/NAME · 5h", "Reply", "245 points") is not."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, BYLINE

from tests.helpers import kind_and_reason, parse_blocks

POST_TEXT = (
    "When the council voted to close the old market hall, most traders expected to lose half of "
    "their customers within a year.",
    "Two years later the stalls in the new covered street sell more than they did before, and the "
    "market opens on Sundays for the first time in its history.",
    "The traders' association says the longer opening hours brought in families from the suburbs.",
)


@pytest.mark.parametrize(
    ("head", "title", "byline"),
    [
        # a community's name, the author line, the post's title of two sentences
        (
            ("r/localnews", "Posted by u/stall_keeper_9 • 6h", "Our market moved into a covered street. Sales are up."),
            "Our market moved into a covered street. Sales are up.",
            "stall_keeper_9",
        ),
        # the title over its author line (an older layout), the time before the name
        (
            ("Our market moved into a covered street and sales are up", "submitted 3 hours ago by Anna Berg"),
            "Our market moved into a covered street and sales are up",
            "Anna Berg",
        ),
        # a forum's question: the breadcrumb, the title, who asked and when
        (
            (
                "Town Forum › Shops › Markets",
                "Did the market hall move help the traders?",
                "Asked by old_trader · 2 days ago",
            ),
            "Did the market hall move help the traders?",
            "old_trader",
        ),
        # German: "Gepostet von NAME"
        (
            ("Markthalle: Umsatz gestiegen, Sonntagsöffnung kommt", "Gepostet von u/marktfrau · 5h"),
            "Markthalle: Umsatz gestiegen, Sonntagsöffnung kommt",
            "marktfrau",
        ),
    ],
)
def test_post_author_line_is_the_byline_and_never_the_title(head: tuple[str, ...], title: str, byline: str) -> None:
    art = parse_blocks(*head, *POST_TEXT)
    assert art.title == title
    assert art.byline == byline
    author_line = next(h for h in head if byline in h)
    assert kind_and_reason(art, author_line)[0] == BYLINE
    for text in POST_TEXT:
        assert kind_and_reason(art, text)[0] == BODY


SOCIAL_TEXT = (
    "Today our lab shipped the first batch of low-cost water sensors to twelve villages. Each one "
    "costs less than a bicycle and runs for a year on one battery.",
    "The design is open, and two universities have already built their own copies from our drawings.",
)


@pytest.mark.parametrize(
    "head",
    [
        ("Home  My Network  Jobs  Messaging  Notifications", "Amara Diallo\n1st · 5h\nHardware lead at Riverlab"),
        ("Home My Network Jobs Messaging Notifications", "Amara Diallo\n2nd · 3d · Edited"),
        ("Home My Network Jobs Messaging Notifications", "Amara Diallo", "3rd+ · 1w", "Hardware lead at Riverlab"),
    ],
)
def test_social_post_has_its_author_as_byline_and_no_nav_bar_title(head: tuple[str, ...]) -> None:
    art = parse_blocks(*head, *SOCIAL_TEXT, "Like  Comment  Repost  Send")
    assert art.byline == "Amara Diallo"
    assert art.title == ""  # a post has no headline; the nav bar is none
    assert kind_and_reason(art, "Home")[0] == BOILERPLATE
    assert kind_and_reason(art, "Like")[0] == BOILERPLATE
    for text in SOCIAL_TEXT:
        assert kind_and_reason(art, text)[0] == BODY


@pytest.mark.parametrize("site", ["The Harbour Chronicle", "Valley Courier"])
def test_site_name_over_headline_is_no_title(site: str) -> None:
    headline = "Ferry service to the outer islands resumes after storm repairs"
    art = parse_blocks(site, headline, "By Ellen Tranter", *POST_TEXT)
    assert art.title == headline
    assert kind_and_reason(art, site)[0] == BOILERPLATE


def test_title_case_headline_over_its_deck_stays_the_title() -> None:
    # a short headline in title case over a deck in sentence case: the rule wants a site's name
    # shorter than the line under it by three words, in capitals; "Storm Hits Coast" is three
    # words over a deck of four: a headline
    art = parse_blocks("Storm Hits Coast", "Thousands lose power overnight", "By Ellen Tranter", *POST_TEXT)
    assert art.title == "Storm Hits Coast"


QUESTIONS = (
    "What is the coldest temperature you have ever worked in, and how do you keep the instruments running?",
    "Is the thinning you measure speeding up, or has it been steady over the years?",
)
ANSWERS = (
    "Minus fifty-two degrees, during a storm in our second season. The batteries are the hardest part: we "
    "keep them in insulated boxes with small heaters.",
    "It is speeding up on most of the shelves we watch. On two of them the rate has roughly doubled.",
)


@pytest.mark.parametrize("header", [None, "Most popular comments", "Sort by: best"])
def test_ama_questions_and_answers_are_text_and_thread_furniture_is_not(header: str | None) -> None:
    intro = (
        "Hi everyone, I am a glaciologist and I have led six field seasons on the ice. I will be answering "
        "questions for the next three hours."
    )
    thread: list[str] = [header] if header else []
    furniture = []
    for n, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True)):
        asker = f"level 1\nu/curious_reader_{n} · 1d"
        answer = "level 2\nu/ice_scientist · 1d"
        thread += [asker, q, f"Reply\nShare\n{245 - n} points", answer, a, "Reply\nShare\nPermalink"]
        furniture += [asker, answer]
    art = parse_blocks(
        "r/IAmA", "Posted by u/ice_scientist • 1d", "I study Antarctic ice shelves. Ask me anything!", intro, *thread
    )
    assert art.title == "I study Antarctic ice shelves. Ask me anything!"
    assert art.byline == "ice_scientist"
    for text in (intro, *QUESTIONS, *ANSWERS):
        assert kind_and_reason(art, text)[0] == BODY, text
    for head in furniture:
        found = [(p.kind, p.reason) for p in art.paragraphs if p.text == head]
        assert found and all(kr == (BOILERPLATE, segment.furniture.COMMENT_HEADER_REASON) for kr in found), head


def test_forum_answers_are_text_and_their_headers_and_scores_are_not() -> None:
    art = parse_blocks(
        "Garden Forum › Vegetables › Tomatoes",
        "Why do my tomato leaves turn yellow from the bottom up?",
        "Asked by greenthumb_anna · 2 days ago",
        "Every summer the lower leaves of my tomato plants turn yellow, and it works its way up the plant.",
        "Reply  Quote  Report",
        "Answer from old_gardener_tom · 2 days ago",
        ANSWERS[0],
        "Reply  Quote  Report\n12 points",
        "Antwort von gartenfreund · vor 1 Tag",
        ANSWERS[1],
        "Reply  Quote  Report\n8 points",
    )
    assert art.title == "Why do my tomato leaves turn yellow from the bottom up?"
    assert art.byline == "greenthumb_anna"
    for text in ANSWERS:
        assert kind_and_reason(art, text)[0] == BODY
    for head in ("Answer from", "Antwort von"):
        assert kind_and_reason(art, head) == (BOILERPLATE, segment.furniture.COMMENT_HEADER_REASON)
    scores = [p for p in art.paragraphs if p.text.startswith("Reply")]
    assert scores and all(p.kind == BOILERPLATE for p in scores)


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("u/penguin_fan_22 · 1d", True),
        ("1st · 5h", True),
        ("2nd · 3d · Edited", True),
        ("Answer from old_gardener_tom · 2 days ago", True),
        ("Posted by u/quiet_tramline • 6h", True),
        ("sleepy_commuter • vor 4 Stunden", True),
        ("The minister said on Tuesday · 3h", False),  # a sentence, no author
        ("Home · News · Sport", False),  # a menu: no time
        ("Anna Berg · Columnist", False),
    ],
)
def test_post_header_lines(line: str, header: bool) -> None:
    assert segment.textblocks._post_header(line) is header


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted by u/quiet_tramline", "quiet_tramline"),
        ("Submitted 3 hours ago by marsh_harrier_77", "marsh_harrier_77"),
        ("Publié par Claire Dubois", "Claire Dubois"),
        ("Answer from old_gardener_tom", ""),  # a reply's header, no byline
        ("Posted by the minister in 2020", ""),
        ("Posted in Politics by our reporters yesterday", ""),
    ],
)
def test_post_author_lines(line: str, author: str) -> None:
    assert segment.textblocks._post_author(line) == author


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("level 1\nu/penguin_fan_22 · 1d", True),
        ("2 Answers\nSorted by: Highest score", True),
        ("Share  Improve this answer  Follow\nanswered 2 days ago", True),
        ("Reply  Quote  Report\n12 points", True),
        ("Like  Comment  Repost  Send", True),
        ("Reply\nShare", False),  # tools alone: a button row, not a thread's mark
        ("Sort the onions by size before you peel them.", False),
        ("The council answered the questions of 12 residents.", False),
    ],
)
def test_thread_furniture_blocks(text: str, furniture: bool) -> None:
    assert segment.furniture._comment_header(text) is furniture


def test_comment_author_line_under_the_article_leaves_a_short_headline() -> None:
    long = " ".join(POST_TEXT)  # prose of 40+ words over the comment
    art = parse_blocks("Market reopens", "By Ellen Tranter", long, "Posted by stall_keeper_9 · 3h", POST_TEXT[1])
    assert art.title == "Market reopens"
    assert art.byline == "Ellen Tranter"


def test_last_answer_of_an_ama_stays_with_the_others() -> None:
    # the block model read the thread's last answer, over its tools at the page's end, as chrome
    def post(name: str, when: str, text: str) -> list[str]:
        return [f"level 1\n{name} · {when}", text, "Reply\nShare\nReport\n40 points"]

    answer = (
        "Far fewer people pay with cash now, and everyone is looking at a phone. But the people going home "
        "from night shifts are the same as ever, and they were always my favourite passengers."
    )
    art = parse_blocks(
        "AMA: I drove a night bus in London for twenty years. Ask me anything.",
        "Posted by u/nightbus_nigel · 4h",
        "I retired last month after twenty years on the night routes across the river. Ask away.",
        *post("sleepy_commuter", "4h", "What was the strangest thing anyone left on your bus?"),
        *post("nightbus_nigel", "3h", "A full drum kit, in its cases, on the back seats upstairs. Nobody came for it."),
        *post("route_master", "3h", "Did the passengers change much over twenty years?"),
        "level 2\nnightbus_nigel · 2h",
        answer,
        "Reply\nShare\nReport",
    )
    assert art.title.startswith("AMA: I drove a night bus")
    assert kind_and_reason(art, "Far fewer")[0] == BODY
