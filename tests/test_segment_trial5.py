"""The fifth trial's plain-text faults, by kind (docs/quality.md, "The fifth trial's plain-text
faults"): scripts written without spaces, captions lost, read-also and advert labels of other
languages, the title taken from the banner, pull quotes indexed twice, a sign-up box of another
language ending the article. Pages of our own writing, in other words and languages than the
trial's."""

from __future__ import annotations

import hashlib

import pytest

from indexer import pagekind, segment
from indexer.models import BODY, BOILERPLATE, CAPTION, HEADING, Article, Document
from tests.helpers import PROSE, kind_and_reason, parse_blocks as parse


# A page's chrome around the test pages' text: without any, a page is "clean" (a newswire's
# file: everything after the first line is text) and the rules under test are not reached.
HEAD = ["Harbour Gazette", "Home", "News", "Sport", "Log in"]
FOOT = ["Share", "© 2025 Harbour Gazette. All rights reserved."]


def page(*blocks: str) -> Article:
    """`parse` of `blocks` between HEAD and FOOT."""
    return parse(*HEAD, *blocks, *FOOT)


def dump(*lines: str) -> Article:
    """A page dump whose lines are `lines`, without a blank line between them."""
    text = "\n".join(lines)
    doc = Document(id="k", path="k.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    return segment.segment(doc)


def texts(art: Article, *kinds: str) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind in kinds]


# --- 1. scripts written without spaces -------------------------------------------------------

ZH_HEADLINE = "暴雨袭击华南多地　广州启动防汛二级应急响应"
ZH_PROSE = [
    "受强降雨影响，广州市气象台周二上午发布暴雨红色预警，全市中小学和幼儿园停课一天，地铁部分站点临时关闭。",
    "市防汛指挥部表示，截至中午，全市共转移安置群众一万二千多人，没有人员伤亡的报告，抢险队伍已经全部到位。",
    "气象专家指出，今年汛期来得比往年早，城市排水系统面临很大压力，市民应尽量减少外出，注意远离低洼地带。",
    "据了解，省水利厅已派出三个工作组赶赴受灾较重的地区，指导当地做好水库巡查和山洪地质灾害防范工作。",
]
ZH_MENU = ["首页", "新闻", "体育", "财经", "娱乐", "登录", "注册"]
ZH_TOOLS = ["微信", "微博"]  # share buttons under the date line
ZH_FOOTER = "版权所有 © 2025 华南日报 All rights reserved."


def test_count_words_counts_unspaced_scripts_by_their_letters() -> None:
    from indexer.htmllead import count_words

    # Latin text: exactly the space-separated tokens; a run of kana or Han: a word per 2 letters
    assert count_words("The council voted on Tuesday.") == 5
    assert count_words("Zażółć gęślą jaźń") == 3
    assert count_words("ログイン") == 2
    assert count_words(ZH_PROSE[0]) >= 20
    assert count_words("5キロ4000円") == 3  # 3 letters: 1 word; the figures are words too


def test_a_chinese_dump_without_blank_lines_is_split_line_by_line() -> None:
    # before: one block of short "lines" (each a single token), dropped as a navigation list
    art = dump(*ZH_MENU, ZH_HEADLINE, "2025年6月3日 10:15", *ZH_TOOLS, *ZH_PROSE, ZH_FOOTER)
    assert art.title == ZH_HEADLINE
    assert texts(art, BODY) == ZH_PROSE


THAI_HEADLINE = "กทม. เตรียมรับมือน้ำท่วมใหญ่"
THAI_PROSE = [
    "กรุงเทพมหานครประกาศแผนรับมือน้ำท่วมฉบับใหม่ในวันอังคาร โดยจะติดตั้งเครื่องสูบน้ำเพิ่มอีกสองร้อยเครื่องตามแนวคลองสายหลักก่อนฤดูฝนปีนี้",
    "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า ศูนย์พักพิงชั่วคราวจะเปิดในทุกเขต "
    "และประชาชนสามารถติดตามระดับน้ำได้ผ่านแอปพลิเคชันของกรุงเทพมหานครตลอดยี่สิบสี่ชั่วโมง",
    "นักวิชาการด้านผังเมืองเตือนว่า การก่อสร้างที่ขวางทางน้ำยังคงเป็นปัญหาใหญ่ "
    "และเรียกร้องให้มีการตรวจสอบอาคารริมคลองอย่างจริงจังก่อนที่จะเกิดน้ำท่วมครั้งใหญ่อีก",
]


def test_a_thai_dump_without_blank_lines_keeps_its_paragraphs() -> None:
    menu = ["หน้าแรก", "ข่าว", "กีฬา", "บันเทิง", "เข้าสู่ระบบ"]
    art = dump(*menu, THAI_HEADLINE, "03.06.2025 10:15", "Facebook", "LINE", *THAI_PROSE, "© 2025 All rights reserved.")
    assert art.title == THAI_HEADLINE
    # each paragraph a paragraph of its own (the block model's verdict on each aside)
    assert [p.text for p in art.paragraphs if p.text in THAI_PROSE] == THAI_PROSE


def test_menu_items_over_the_headline_are_not_body_in_an_unspaced_script() -> None:
    # with blank lines: the block model read 2-word menu items ("体育", "登录") as article text
    art = parse(*ZH_MENU, ZH_HEADLINE, "2025年6月3日 10:15", *ZH_TOOLS, *ZH_PROSE, ZH_FOOTER)
    assert texts(art, BODY) == ZH_PROSE


@pytest.mark.parametrize(
    "label, headline",
    [("相关阅读", "广州地铁三号线恢复运营"), ("Related", "Ferry timetable changes announced for spring")],
)
def test_the_paragraph_after_a_one_headline_box_is_the_article_resuming(label: str, headline: str) -> None:
    prose = ZH_PROSE if label == "相关阅读" else PROSE
    art = page(ZH_HEADLINE, *prose[:2], label, headline, *prose[2:])
    # before: the paragraph under the headline was read as the headline's snippet
    assert prose[2] in texts(art, BODY)
    assert kind_and_reason(art, headline)[0] == BOILERPLATE


def test_the_paywall_warning_counts_unspaced_words() -> None:
    from indexer.htmllead import count_words

    # before: "2 words of its text indexed" for two paragraphs of 50 characters each
    words = pagekind.warning("p.txt", {"paywall": "有料会員"}, ZH_PROSE[:2])
    assert f"{sum(map(count_words, ZH_PROSE[:2]))} words" in words


# --- 2. captions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption, shown, credit",
    [
        (
            "Strażacy wypompowują wodę z piwnic w Nysie, 16 września 2025 r. Fot. Jan Nowak/PAP",
            "Strażacy wypompowują wodę z piwnic w Nysie, 16 września 2025 r.",
            "Fot. Jan Nowak/PAP",
        ),
        (
            "Petugas membersihkan lumpur di Kampung Pulo, Jakarta, Rabu (12/2/2025). ANTARA FOTO/Rizky Pratama",
            "Petugas membersihkan lumpur di Kampung Pulo, Jakarta, Rabu (12/2/2025).",
            "ANTARA FOTO/Rizky Pratama",
        ),
        (
            "Photo: Volunteers fill sandbags outside the town hall. Credit: Harbour Gazette",
            "Photo: Volunteers fill sandbags outside the town hall.",
            "Credit: Harbour Gazette",
        ),
    ],
)
def test_a_caption_with_a_date_or_a_label_stays_a_caption(caption: str, shown: str, credit: str) -> None:
    art = page("Council approves new flood barriers", caption, *PROSE)
    kind, reason = kind_and_reason(art, shown[:20])
    assert (kind, texts(art, CAPTION)) == (CAPTION, [shown])
    assert credit in reason


def test_a_lower_case_caption_under_a_photo_label_is_a_caption_not_a_credit() -> None:
    caption = "Foto: el puerto de Vigo al amanecer, con los barcos amarrados."
    art = page("Council approves new flood barriers", *PROSE[:2], caption, *PROSE[2:])
    assert texts(art, CAPTION) == [caption]
    # a credit alone after its label stays chrome
    art = page("Council approves new flood barriers", *PROSE[:2], "Foto: Sean Gallup/Getty Images", *PROSE[2:])
    assert kind_and_reason(art, "Foto:") == (BOILERPLATE, "photo credit or source line")


def test_a_caption_under_its_credit_line_is_a_caption() -> None:
    caption = "I soccorritori al lavoro tra le macerie a Campi Bisenzio."
    art = page("Council approves new flood barriers", *PROSE, "Foto: ANSA", caption, "Tag: alluvione, Toscana, Prato")
    assert texts(art, CAPTION) == [caption]


# --- 3. read-also and advert labels of other languages ---------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "Čtěte také: Povodně zasáhly i severní Moravu",
        "Czytaj także: Rzeka Odra przekroczyła stan alarmowy we Wrocławiu",
        "Läs också: Stormen fällde hundratals träd i Göteborg",
        "Xem thêm: Mưa lớn gây ngập nhiều tuyến phố ở Hà Nội",
    ],
)
def test_a_read_also_link_of_another_language_is_no_heading(link: str) -> None:
    art = page("Council approves new flood barriers", *PROSE[:2], link, *PROSE[2:])
    assert kind_and_reason(art, link)[0] == BOILERPLATE
    assert all(p.section == "" for p in art.paragraphs)


@pytest.mark.parametrize("label", ["Reklama", "Publicidad", "ANZEIGE", "広告", "Reklam"])
def test_an_advert_label_is_chrome_and_names_no_section(label: str) -> None:
    art = page("Council approves new flood barriers", *PROSE[:2], label, *PROSE[2:])
    assert kind_and_reason(art, label) == (BOILERPLATE, f"advert label ('{label.lower()}')")
    assert texts(art, BODY) == PROSE and all(p.section == "" for p in art.paragraphs)


@pytest.mark.parametrize("header", ["VOCÊ PODE SE INTERESSAR", "Mohlo by vás zajímat", "あわせて読みたい"])
def test_a_you_may_like_box_and_its_headline_are_not_the_articles(header: str) -> None:
    related = "Barragem do Alqueva atinge nível recorde"
    art = page("Council approves new flood barriers", *PROSE[:2], header, related, *PROSE[2:])
    assert kind_and_reason(art, header)[0] == BOILERPLATE
    assert kind_and_reason(art, related)[0] == BOILERPLATE
    assert texts(art, BODY) == PROSE and not texts(art, HEADING)


# --- 4. the title chosen from the banner -----------------------------------------------------

HEADLINE = "Council approves new flood barriers for the harbour district"


@pytest.mark.parametrize(
    "banner",
    [
        ["Zum Inhalt springen", "Nachrichten", "Politik", "Sport"],
        ["Skip to main content", "News", "Sport", "Weather"],
        ["Harbour Gazette", "News", "Sport", "BREAKING NEWS", "Log in"],
        ["We use cookies to give you the best experience on our website.", "Accept", "Harbour Gazette"],
        ["Harbour Review", "Features", "The Big Read"],
    ],
)
def test_the_headline_over_the_date_line_is_the_title_not_the_banner(banner: list[str]) -> None:
    standfirst = "Work on the walls starts in spring and should be finished within two years."
    art = parse(*banner, HEADLINE, standfirst, "4 March 2025, 18:30", "Share", *PROSE, *FOOT)
    assert art.title == HEADLINE
    assert HEADLINE not in texts(art, HEADING)


def test_a_first_line_that_reads_as_the_pages_title_stays_the_title() -> None:
    # the <title> of a dump ("Headline | Site") is the title without the site's name the page
    # shows in its footer (trial 18) when no line over the article rewords it
    art = parse("Flood barriers approved | Harbour Gazette", "News", "Sport", "4 March 2025", *PROSE, *FOOT)
    assert art.title == "Flood barriers approved"
    # ...and the page's own headline over the date when it rewords the <title>'s (trial 37:
    # five pages lost the headline they showed, `head._reworded_headline`)
    art = parse("Flood barriers approved | Harbour Gazette", "News", "Sport", HEADLINE, "4 March 2025", *PROSE, *FOOT)
    assert art.title == HEADLINE


# --- 5. pull quotes printed twice ------------------------------------------------------------


def test_a_pull_quote_is_indexed_once_the_body_copy_stays() -> None:
    said = (
        "“The sea will not wait for our budget,” said the harbour master, Ruth Okafor, as the tide came "
        "in over the old quay. “We either build now or we rebuild later.”"
    )
    pull = "“The sea will not wait for our budget. We either build now or we rebuild later.”"
    art = page(HEADLINE, *PROSE[:2], pull, said, *PROSE[2:])
    assert kind_and_reason(art, pull)[0] == BOILERPLATE
    assert texts(art, BODY) == [*PROSE[:2], said, *PROSE[2:]]
    # a short paragraph whose words are not another's stays
    art = page(HEADLINE, *PROSE[:2], "The vote was eleven to four in favour.", said, *PROSE[2:])
    assert "The vote was eleven to four in favour." in texts(art, BODY)


# --- 6. a sign-up box of another language inside the article ------------------------------------

STEPS = [
    "Faites chauffer le four à 180 degrés et beurrez généreusement un moule à manqué de vingt centimètres.",
    "Mélangez la farine, le sucre et la levure, puis ajoutez les œufs un par un en fouettant bien entre chaque œuf.",
    "Versez la pâte dans le moule et enfournez pendant trente-cinq minutes, jusqu'à ce que la lame ressorte sèche.",
]


@pytest.mark.parametrize(
    "box",
    [
        [
            "Recevez nos recettes chaque semaine ! Abonnez-vous à notre newsletter.",
            "Votre adresse e-mail",
            "Je m'inscris",
        ],
        ["Zapisz się do naszego newslettera i otrzymuj przepisy co tydzień.", "Twój e-mail", "Zapisz się"],
    ],
)
def test_a_sign_up_box_in_the_middle_does_not_end_the_article(box: list[str]) -> None:
    intro = [
        "Ce gâteau au yaourt est le premier que j'ai appris à faire avec ma grand-mère, dans sa cuisine "
        "de Lyon, un dimanche pluvieux de novembre.",
        "Il ne demande que des ingrédients simples que l'on a presque toujours dans ses placards, et il se "
        "prépare en moins de dix minutes avant la cuisson.",
    ]
    ingredients = [
        "Ingrédients",
        "3 œufs",
        "1 pot de yaourt",
        "2 pots de sucre",
        "3 pots de farine",
        "1 sachet de levure",
    ]
    art = page("Gâteau au yaourt de ma grand-mère", *intro, *box, *ingredients, "Préparation", *STEPS)
    body = texts(art, BODY)
    assert all(step in body for step in STEPS)
    assert not any(line in body for line in box)
