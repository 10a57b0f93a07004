"""Faults a report-only new user found on pages of its own (this round's second trial), each
fixed by kind; every page here is our own and fails on the code before the fix."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, Article
from tests.helpers import PROSE, html_document, MENU, FOOTER, parse_blocks as parse, kind_and_reason as para

MORE = [
    "Ferry operators said they could add two boats by March, though the crossing would take twice "
    "as long as the drive over the bridge at the busiest times of the day.",
    "A group of residents has started a petition asking the council to keep one lane open for "
    "cyclists and walkers while the repairs go on, and it has 2,000 names so far.",
]


def body(art: Article) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind == BODY]


# 1. A comment count in the middle of a dump


@pytest.mark.parametrize("count", ["12 Comments", "Kommentare (3)", "Leave a comment", "Join the conversation"])
def test_a_comment_count_with_the_article_below_it_does_not_end_the_article(count: str) -> None:
    # a share bar's count between the article's paragraphs opened the page tail: every
    # paragraph after it was "prose in the page tail"
    art = parse(MENU, "Bridge to close", "By Anna Berg", *PROSE[:2], count, *PROSE[2:], *MORE, FOOTER)
    assert body(art) == PROSE + MORE
    assert para(art, count)[0] == BOILERPLATE
    assert para(art, count)[1] in (segment.tail.COMMENT_LINK_REASON, "button label (comment count)")


THREAD = [
    "Tom Baker",
    "March 4, 2024 at 8:02 pm",
    "About time too. I have driven over that bridge every day for ten years and it shakes when a bus goes by.",
    "Reply",
    "Sue Lane",
    "March 4, 2024 at 9:15 pm",
    "The ferries will never cope with the rush hour, and the council knows it perfectly well.",
    "Reply",
]


def test_a_comment_count_over_the_thread_still_starts_it() -> None:
    art = parse(MENU, "Bridge to close", *PROSE, *MORE, "12 Comments", *THREAD, FOOTER)
    assert body(art) == PROSE + MORE
    assert para(art, "12 Comments")[1].startswith("start of the page tail")


def test_a_comment_header_near_the_end_over_prose_comments_starts_the_thread() -> None:
    # comments without names or dates read as prose, but little of the page is left after them
    comments = [
        THREAD[2],
        THREAD[6],
        "I agree with the council. The bridge is simply not safe any more, and repairs take time.",
    ]
    long_article = PROSE + MORE + [p.replace("council", "city") for p in PROSE + MORE]
    art = parse(MENU, "Bridge to close", *long_article, "Comments", *comments, FOOTER)
    assert not set(body(art)) & set(comments)


# 2. A fact box of "Label: value" lines in an article

FACT_BOX = "Mark Evans\nBorn: Leeds, 1952\nParty: Labour\nSpouse: Mary Evans\nConstituency: Harbour North"


@pytest.mark.parametrize(
    "box",
    [
        FACT_BOX,
        "Geboren: 1952 in Leeds\nPartei: Labour\nEhefrau: Mary Evans\nWahlkreis: Harbour North",
        "Length: 420 m\nOpened: 1931\nOwner: Harbour City Council\nTraffic: buses, cars and bicycles",
    ],
)
def test_a_fact_box_in_an_article_is_indexed_and_says_so(box: str) -> None:
    # its short lines made it a "navigation list (many short lines)"
    art = parse(MENU, "Bridge to close", *PROSE[:2], box, *PROSE[2:], FOOTER)
    kind, reason = para(art, box[:10])
    assert kind == BODY
    assert reason.startswith("fact box ('")


@pytest.mark.parametrize(
    "box",
    [
        "Home\nNews\nSport\nBusiness\nCulture\nWeather",  # a menu
        "Datum: 10 May 2024\nAutor: Anna Berg\nQuelle: Harbour Gazette\nTags: bridge, ferries",  # post meta
        "Tel.: 0228 123 456\nFax: 0228 123 457\nE-Mail: news@example.org",  # contact
    ],
)
def test_lists_that_are_no_fact_box_stay_chrome(box: str) -> None:
    art = parse(MENU, "Bridge to close", *PROSE[:2], box, *PROSE[2:], FOOTER)
    assert para(art, box[:10])[0] == BOILERPLATE


@pytest.mark.parametrize(
    "box",
    [
        # headlines with a kicker: one label again and again, or values as long as a headline
        "Video: Bridge closes\nVideo: Ferries start\nVideo: Council votes",
        "Harbour: Council votes to close the bridge for a year\nFerries: Two more boats will run in "
        "the morning rush\nShops: Owners ask for compensation after the vote",
        "Tags: bridge\nCategory: News\nShare: Facebook",
    ],
)
def test_headlines_and_post_meta_are_no_fact_box(box: str) -> None:
    art = parse(MENU, "Bridge to close", *PROSE[:2], box, *PROSE[2:], FOOTER)
    assert not para(art, box[:10])[1].startswith("fact box")


# 3. A forum's second post, dropped by the extractor without a word

POST_ONE = [PROSE[0], PROSE[1]]
POST_TWO = [PROSE[2], PROSE[3]]


def forum_page(tag: str, cls: str, posts: list[list[str]]) -> bytes:
    boxes = "".join(
        f"<{tag} class='{cls}'><div class='user'>member{n}</div><div class='body'>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"</div></{tag}>"
        for n, paras in enumerate(posts)
    )
    return (
        "<html><head><meta charset='utf-8'><title>Bridge closure - Harbour Forum</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/forums'>Forums</a></nav><h1>Is the bridge closure needed?</h1>"
        f"<div class='thread'>{boxes}</div><footer>Harbour Forum</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(("tag", "cls"), [("article", "message"), ("div", "post")])
def test_a_forum_page_whose_later_posts_the_extractor_drops_keeps_them(tag: str, cls: str) -> None:
    # trafilatura takes "(.//article)[1]" or the first box of class "post": the second post was
    # lost, and the "far shorter than the page" warning did not fire (two posts of one length);
    # then it was warned of (`htmlpage.missed_posts`); since trial 11 it is put back
    # (`htmlpage.with_posts`), its poster's name as metadata
    art = segment.segment(html_document(forum_page(tag, cls, [POST_ONE, POST_TWO]), "forum.html"))
    kept = [p.text for p in art.paragraphs if p.indexed]
    assert PROSE[2] in kept and PROSE[3] in kept and "member1" not in kept
    assert not [w for w in art.warnings if "posts" in str(w)]


def test_posts_the_extractor_drops_are_still_said_when_not_put_back() -> None:
    # the warning stays for an extraction that holds some posts but not others
    page = forum_page("article", "message", [POST_ONE, POST_TWO])
    from indexer import htmlpage

    tree = htmlpage._parse(page.decode())
    assert htmlpage.missed_posts(tree, [("", PROSE[0]), ("", PROSE[1])]) == (1, 2)


def test_an_article_with_comment_boxes_beside_it_gets_no_posts_warning() -> None:
    comments = "".join(f"<div class='comment'><p>{p} I agree with every word of it.</p></div>" for p in PROSE[2:])
    page = (
        "<html><head><meta charset='utf-8'><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>"
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p></article><section class='comments'>{comments}</section></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "page.html"))
    assert not [w for w in art.warnings if "posts" in str(w)]


# 4. Paywall warnings: the phrase where the article stops, in Russian and Japanese too

SIDE_BOX = "Subscribers only: our weekly harbour digest, every Friday in your inbox."


def paywall_warnings(art: Article) -> list[str]:
    return [str(w) for w in art.warnings if "paywall" in str(w)]


def test_a_paywall_phrase_in_a_side_box_beside_a_short_article_gives_no_warning() -> None:
    # the phrase was looked for on the whole page, so any short article with such a box warned
    art = parse(MENU, "Bridge to close", SIDE_BOX, "Bridge to close", *PROSE[:2], "Related stories", FOOTER)
    assert paywall_warnings(art) == []
    page = (
        f"<html><head><meta charset='utf-8'><title>Bridge to close</title></head><body>"
        f"<aside class='promo'><p>{SIDE_BOX}</p></aside><article><h1>Bridge to close</h1>"
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p></article></body></html>"
    )
    assert paywall_warnings(segment.segment(html_document(page.encode(), "page.html"))) == []


def test_a_paywall_box_right_after_the_teaser_still_warns() -> None:
    art = parse(
        MENU, "Bridge to close", *PROSE[:1], "Subscribe to continue reading. Already a subscriber? Log in", FOOTER
    )
    assert len(paywall_warnings(art)) == 1
    page = (
        f"<html><head><meta charset='utf-8'><title>Bridge to close</title></head><body>"
        f"<article><h1>Bridge to close</h1><p>{PROSE[0]}</p></article>"
        f"<div class='paywall'>Subscribe to continue reading</div></body></html>"
    )
    assert len(paywall_warnings(segment.segment(html_document(page.encode(), "page.html")))) == 1


RU_TEASER = (
    "Городской совет во вторник решил закрыть старый мост через гавань на ремонт, и тысячам жителей "
    "придётся почти весь следующий год ездить на паромах."
)


@pytest.mark.parametrize(
    ("notice", "phrase"),
    [
        ("Чтобы продолжить чтение, оформите подписку.", "Чтобы продолжить чтение"),
        ("Продолжение статьи доступно по подписке.", "Продолжение статьи доступно по подписке"),
        ("Эксклюзивно для подписчиков. Войти", "Эксклюзивно для подписчиков"),
    ],
)
def test_a_russian_paywall_is_known(notice: str, phrase: str) -> None:
    art = parse("Мост закроют", "Главная | Новости | Спорт", "Мост закроют", RU_TEASER, notice)
    (warning,) = paywall_warnings(art)
    assert f"('{phrase}')" in warning


JA_TEASER = (
    "市議会は火曜日、港の古い橋を修理のために閉鎖することを決めた。通勤する数千人が来年の大半をフェリーで"
    "移動することになる。技術者によると、鋼の支柱は予想よりも早く腐食していた。"
)


@pytest.mark.parametrize(
    ("notice", "phrase"),
    [
        ("この記事は有料記事です。残り1234文字", "有料記事"),
        ("有料会員になると続きをお読みいただけます。", "有料会員"),
        ("この記事は会員限定記事です。ログイン", "会員限定記事"),
        ("続きを読むには、ログインしてください。", "続きを読むには"),
    ],
)
def test_a_japanese_paywall_is_known(notice: str, phrase: str) -> None:
    art = parse("橋を閉鎖へ", "ホーム | ニュース | スポーツ", "橋を閉鎖へ", JA_TEASER, notice)
    (warning,) = paywall_warnings(art)
    assert f"('{phrase}')" in warning


# 5. A section's label over a brief is no title


@pytest.mark.parametrize("label", ["News in brief", "In brief:", "Kurz gemeldet", "En bref", "Коротко"])
def test_a_section_label_over_a_brief_is_not_its_title(label: str) -> None:
    # the label was the brief's title: "first headline-like line before the article"
    art = parse(MENU, label, PROSE[0] + " " + PROSE[1], FOOTER)
    assert art.title != label
    assert para(art, label[:5])[0] == BOILERPLATE


def test_the_briefs_own_headline_under_the_label_is_its_title() -> None:
    assert parse(MENU, "News in brief", "Bridge to close", *PROSE[:2], FOOTER).title == "Bridge to close"
    # a clean file whose first line is the label
    assert parse("Kurz gemeldet", "Bridge to close", *PROSE[:2]).title == "Bridge to close"
    assert parse("News in brief", *PROSE[:2]).title == ""


# 6. An empty saved page an earlier version recorded


def test_an_index_drops_the_record_an_earlier_version_made_of_an_empty_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # before 21d9a57 an empty .html was recorded as an article of no text; a new build skips it
    # as an empty file, but an index holding that record kept it while the page did not change
    from indexer import sources
    from indexer.pipeline import build
    from indexer.store import read_manifest

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "bridge.txt").write_text("Bridge to close\n\n" + "\n\n".join(PROSE) + "\n", encoding="utf-8")
    (folder / "empty.html").write_bytes(b"")
    (folder / "blank.html.gz").write_bytes(gzip.compress(b" \n\t\n"))
    # a page of no article text: recorded, and not extracted again while it is unchanged
    (folder / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    index = tmp_path / "idx"
    with monkeypatch.context() as m:  # the earlier version: no empty-file check for saved pages
        m.setattr(sources, "_check_not_empty", lambda ref, data: None)
        build([str(folder)], str(index), entities=False)
    assert len(read_manifest(index).articles) == 4
    summary = build([str(folder)], str(index), entities=False)
    kept = sorted(r.path.rsplit("/", 1)[-1] for r in read_manifest(index).articles.values())
    assert kept == ["bridge.txt", "menu.html"]
    assert (summary.removed, summary.unchanged) == (2, 1)  # (the menu page is counted skipped)
    assert sorted(s.reason for s in summary.skipped) == [
        *(f"empty file: {folder / name}: nothing to index" for name in ("blank.html.gz", "empty.html")),
        f"page of no article text: {folder / 'menu.html'}: only page chrome, nothing to index "
        f"(see 'indexer parse {folder / 'menu.html'}')",
    ]
    # and the build after it has nothing to do
    again = build([str(folder)], str(index), entities=False)
    assert (again.removed, again.unchanged, again.updated, len(again.skipped)) == (0, 1, 0, 3)


WILD_HTML = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "extraction-wild" / "html"


@pytest.mark.skipif(not WILD_HTML.is_dir(), reason="needs ../shared/corpus/extraction-wild")
def test_a_list_of_teaser_cards_beside_an_article_is_no_thread_with_posts_missed() -> None:
    # a magazine's "c-postList__post" cards under its story (Village Voice, a wild tuning page),
    # each a kicker, a headline, a dek, "by" its author and its date, the first the story's own
    # teaser: "extracted 1 of the page's 6 posts" told of text lost that was never the article's
    from indexer import htmlpage

    data = (WILD_HTML / "1aeb82497e221282.html.gz").read_bytes()
    _, _, _, warnings = htmlpage.extract(data, "page.html")
    assert not [w for w in warnings if "posts" in str(w)]
    text, _, _ = htmlpage._read(data, "page.html")
    tree = htmlpage._parse(text)
    _, blocks, _, _ = htmlpage.extract(data, "page.html")
    assert htmlpage.missed_posts(tree, blocks) is None
    # the same cards with only the first one extracted: that is a list of posts, and said so
    assert htmlpage.missed_posts(tree, [("", b) for h, b in blocks if "Beer Hall Putsch" in b][:1]) is not None
