"""Plain-text kinds the rules decide where the block model was wrong (issue 13, a new user's
trial): promotions that read like prose, a teaser list set as one block, metadata lines (dates
in other scripts, a live blog's times, a forum's profile field) and an interview's questions.
Each page is our own."""

from __future__ import annotations


import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, BYLINE, HEADING, TITLE
from tests.helpers import PROSE, MENU, FOOTER, parse_blocks as parse, kind_and_reason as para


@pytest.mark.parametrize(
    "promo",
    [
        "Gift articles: as a subscriber you can pass five stories a month to anyone, free of charge.",
        "Send any friend a story, and as a subscriber you have ten to share each month.",
        "Readers like you keep us going. Please support our journalism with a monthly gift.",
    ],
)
def test_a_promotion_that_reads_like_prose_is_chrome_whatever_the_model_says(promo: str) -> None:
    # its phrase is one only a site's own promotion uses: the rules' verdict is final (the
    # block model, which learned not to trust the call-to-action pattern, kept it as prose)
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], promo, *PROSE[2:], FOOTER)
    kind, reason = para(art, promo[:20])
    assert kind == BOILERPLATE
    assert reason.startswith("promotion: call-to-action phrase")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_article_text_with_a_weaker_call_to_action_phrase_is_not_final() -> None:
    # "as a member of" is article text as often as a promotion: the model still decides
    line = "As a member of the harbour board, she voted against the closure twice last year."
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert para(art, line[:20])[0] == BODY


RU = [
    "Городской совет во вторник решил закрыть старый мост через гавань на ремонт, и тысячам жителей "
    "придётся почти весь следующий год ездить на паромах.",
    "Инженеры заявили, что стальные опоры проржавели быстрее, чем ожидалось, и мост больше не выдержит автобусов.",
    "Владельцы магазинов в старом городе потребовали компенсации из-за потери покупателей.",
]
RU_LAST = "Ремонт обойдётся городу примерно в два миллиарда рублей. Работы начнутся уже в апреле."


@pytest.mark.parametrize(
    ("header", "headlines"),
    [
        ("Читайте также:", ["Паромы подорожают с марта", "Мэр ответил на вопросы жителей"]),
        ("Read also:", ["Паромы подорожают с марта", "Мэр ответил на вопросы жителей"]),
        ("Czytaj także:", ["Promy podrożeją od marca", "Burmistrz odpowiada mieszkańcom"]),
    ],
)
def test_a_teaser_list_in_one_block_leaves_the_next_paragraph_to_the_article(header: str, headlines: list[str]) -> None:
    # the header and its headlines without blank lines: a teaser list like a one-line header
    # with its items, not a list of links weighing against the short paragraph below it
    teaser = "\n".join([header, *headlines])
    art = parse(
        "Мост закроют - Вести", "Главная | Новости | Спорт\nВойти", "Мост закроют", *RU, teaser, RU_LAST, FOOTER
    )
    assert para(art, header) == (BOILERPLATE, f"teaser list ('{header}')")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == [*RU, RU_LAST]


ZH = [
    "市议会周二决定关闭港口旧桥进行维修，数千名通勤者明年大部分时间将不得不改乘渡轮。",
    "工程师表示，钢制支架的锈蚀速度超出预期，桥面已无法承载公交车的重量。",
    "老城区的商户要求获得补偿，称封桥将在一年中最繁忙的时候减少游客数量。",
]
HI = [
    "नगर परिषद ने मंगलवार को पुराने बंदरगाह पुल को मरम्मत के लिए बंद करने का फैसला किया, जिससे हजारों "
    "यात्रियों को अगले साल ज्यादातर समय नौका से जाना होगा।",
    "इंजीनियरों ने कहा कि स्टील के खंभों में उम्मीद से ज्यादा तेजी से जंग लगी है और पुल अब बसों का भार नहीं उठा सकता।",
    "पुराने शहर के दुकानदारों ने मुआवजे की मांग की है क्योंकि इससे सबसे व्यस्त समय में ग्राहक कम होंगे।",
]


@pytest.mark.parametrize(
    ("headline", "meta", "prose"),
    [
        ("港口旧桥将关闭维修", "2024年03月05日 09:15 来源：港城日报 记者 王强", ZH),
        ("बंदरगाह पुल मरम्मत के लिए बंद होगा", "हमारे संवाददाता | 5 मार्च 2024", HI),
        ("Мост закроют на ремонт", "Анна Смирнова\n5 марта 2024, 09:15", RU),
    ],
)
def test_a_date_line_under_the_headline_in_another_script_is_metadata(
    headline: str, meta: str, prose: list[str]
) -> None:
    # a date the English patterns miss was a heading over the whole article (the block model's
    # "short line without sentence punctuation")
    art = parse(headline, "Home | News | Sport\nLogin", headline, meta, *prose, FOOTER)
    if "\n" in meta:  # a name's line over the date's: the byline (trial 12)
        assert para(art, meta[:10]) == (BYLINE, "byline and date line (a name | a date)")
        assert art.byline == meta.split("\n")[0] and art.published == "2024-03-05"
    else:
        assert para(art, meta[:10]) == (BOILERPLATE, "date line (before the article text)")
    assert not [p for p in art.paragraphs if p.kind == HEADING]
    assert para(art, prose[0][:10])[0] == BODY


def test_a_live_blogs_time_stamps_are_metadata_and_its_entry_titles_headings() -> None:
    entries = []
    for time, title, text in zip(("16:05", "15:40", "3.10pm"), ("Ferries full", "Council meets", "Queues"), PROSE):
        entries += [time, title, text]
    art = parse("Bridge closure live", *entries)
    for time in ("16:05", "15:40", "3.10pm"):
        assert para(art, time) == (BOILERPLATE, "date line (time of day)")
    assert [p.text for p in art.paragraphs if p.kind == HEADING] == ["Ferries full", "Council meets", "Queues"]
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE[:3]


def test_a_forum_members_joined_field_is_no_heading() -> None:
    posts = []
    for name, joined, text in zip(("harbourfan", "ferrygirl"), ("Joined: May 2012", "Member since: Oct 2020"), PROSE):
        posts += [name, joined, text, "Quote | Reply"]
    art = parse("Bridge closure - Forum", MENU, "Is the bridge closure really needed?", *posts, FOOTER)
    for joined in ("Joined: May 2012", "Member since: Oct 2020"):
        assert para(art, joined) == (BOILERPLATE, "date line (a profile field: month and year)")
    assert not [p for p in art.paragraphs if p.kind == HEADING]


def test_an_interviews_questions_are_body_and_say_so() -> None:
    qa = [
        "Q: Why close the bridge now?",
        "A: Because the inspectors found the girders far worse than the last report said they were.",
        "Q: How long will the work take?",
        "A: About a year, if the steel arrives on time and the winter is not too hard on the crews.",
    ]
    art = parse("Interview: the harbour engineer", MENU, "Interview: the harbour engineer", *PROSE[:2], *qa, FOOTER)
    for q in qa[::2]:
        assert para(art, q) == (BODY, "question of an interview ('Q:')")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == [*PROSE[:2], *qa]


def test_a_question_heading_says_it_is_a_question() -> None:
    # a heading may end in "?"; its reason no longer says it has no sentence punctuation
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], "What happens next?", *PROSE[2:], FOOTER)
    assert para(art, "What happens next?") == (HEADING, "short question before body text")


# The labels of a page's tools standing alone (a trial's fault): "Print this article", "印刷する",
# "พิมพ์" were body or headings over the paragraphs after them.
LABELS = [
    ("Print this article", "print"),
    ("Drucken", "print"),
    ("印刷する", "print"),
    ("พิมพ์", "print"),
    ("Imprimer", "print"),
    ("Imprimir", "print"),
    ("Stampa", "print"),
    ("Печать", "print"),
    ("Share | Print | E-mail", "print, share, e-mail"),
    ("Artikel per E-Mail versenden", "e-mail"),
    ("Save for later", "save"),
    ("A A A", "font size"),
    ("Schriftgröße", "font size"),
    ("Vorlesen", "listen"),
]


@pytest.mark.parametrize(("label", "what"), LABELS)
def test_a_page_tools_label_alone_is_chrome_that_says_what_it_is(label: str, what: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], label, *PROSE[2:], FOOTER)
    assert para(art, label) == (BOILERPLATE, f"button label ({what})")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert not [p for p in art.paragraphs if p.kind == HEADING]


@pytest.mark.parametrize(("label", "what"), [*LABELS[::3], ("3 Kommentare", "comment count")])
def test_a_page_tools_label_under_the_headline_says_what_it_is(label: str, what: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", label, *PROSE, FOOTER)
    assert para(art, label) == (BOILERPLATE, f"button label ({what})")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


# A row of tools with a word the lists miss (a second trial's fault): "Teilen | Drucken |
# Versenden" was a heading naming the section after it, "ツイート | シェア | ブックマーク" and
# "コメント（12）" (full-width brackets) body.
@pytest.mark.parametrize(
    ("label", "what"),
    [
        ("Teilen | Drucken | Weiterleiten", "print, share"),
        ("共有 | 印刷 | メール", "print, share, e-mail"),
        ("ツイート | シェア | ブックマーク", "share, save"),
        ("コメント（12）", "comment count"),
        ("Share · Print · Flag", "print, share"),
    ],
)
def test_a_row_of_tools_with_one_unknown_label_is_chrome(label: str, what: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], label, *PROSE[2:], FOOTER)
    assert para(art, label) == (BOILERPLATE, f"button label ({what})")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_row_with_two_unknown_items_or_long_items_is_not_a_row_of_tools() -> None:
    for line in ("Share | Markets | Sport", "Print | the bridge closes on Monday | Share"):
        assert segment.textblocks._mostly_labels(line) is False, line
    assert segment.textblocks._mostly_labels("Share | Print | Flag") is True


def test_a_sentence_with_a_labels_words_stays_article_text() -> None:
    line = "Print the form, sign it and share it with the harbour office by e-mail before Friday."
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert para(art, line[:20])[0] == BODY


# A short brief printed twice whole (a trial's fault): two paragraphs were indexed twice, the
# printed-again rule asking for 3+ paragraphs of 60+ words.
BRIEF = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs next spring.",
    "Ferries will run every twenty minutes while the work lasts, the council said.",
]


def test_a_short_brief_printed_twice_is_indexed_once() -> None:
    art = parse("Bridge to close", *BRIEF, "Bridge to close", *BRIEF, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == BRIEF
    assert [p.kind for p in art.paragraphs[:3]] == [TITLE, BODY, BODY]  # the first copy is the article
    assert [p.reason for p in art.paragraphs[4:6]] == ["repeats paragraphs 2-3 (the text printed again)"] * 2


@pytest.mark.parametrize(
    "layout",
    [
        # a refrain between verses, a chorus sung twice at the end, a pull quote: repeats on purpose
        ["Verse one: the bridge is old.", *BRIEF, "Verse two: the ferries are slow.", *BRIEF],
        [PROSE[0], *BRIEF, *BRIEF],
        [PROSE[0], BRIEF[0], PROSE[1], BRIEF[0], PROSE[2]],
    ],
)
def test_short_repeats_inside_other_text_stay(layout: list[str]) -> None:
    art = parse("Bridge to close", *layout, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == layout


def test_a_forum_members_profile_fields_are_chrome_and_say_so() -> None:
    # "Posts: 1,204" and "Reputation: 12" beside a post were body; "Wohnort: Hamburg" a heading
    posts = [
        "harbourfan\nPosts: 1,204\nJoined: March 2015\nReputation: 12\nLocation: Berlin",
        PROSE[0],
        "Quote | Reply",
        "ferrygirl",
        "Beiträge: 57",
        "Wohnort: Hamburg",
        PROSE[1],
        "Quote | Reply",
    ]
    art = parse("Bridge closure - Forum", MENU, "Is the bridge closure really needed?", *posts, FOOTER)
    assert para(art, "harbourfan") == (BOILERPLATE, "forum profile fields ('Posts:')")
    assert para(art, "Wohnort") == (BOILERPLATE, "forum profile fields ('Wohnort:')")
    assert para(art, "Beiträge")[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE[:2]
    assert not [p for p in art.paragraphs if p.kind == HEADING]


def test_a_fact_box_with_a_location_in_an_article_stays() -> None:
    # a common label alone is a forum's only on a page with a forum's own fields
    box = "Location: Harbour Hall"
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], box, *PROSE[2:], FOOTER)
    assert para(art, box)[0] != BOILERPLATE or not para(art, box)[1].startswith("forum")
