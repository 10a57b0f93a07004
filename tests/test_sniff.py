"""Content, not names (issue 13): what a file holds decides how it is read (indexer.sniff via
indexer.sources.read_document), and bad pages give honest results in bounded time."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from indexer import htmlpage, segment, sniff, sources
from indexer.models import BODY, BOILERPLATE, TITLE
from tests.helpers import PROSE


def read(path: Path):  # type: ignore[no-untyped-def]
    ref = sources.SourceRef(path.resolve(), path.name, path.parent.resolve(), True)
    return sources.read_document(ref)


PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bridge to close</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge to close</h1>"
    + "".join(f"<p>{p}</p>" for p in PROSE)
    + "</article></body></html>"
)


def test_html_inside_a_txt_file_goes_through_the_html_path(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    f = tmp_path / "saved-page.txt"
    f.write_text(PAGE, encoding="utf-8")
    doc = read(f)
    assert doc.format == "html" and any("holds an HTML page" in w and "saved-page.txt" in w for w in doc.warnings)
    art = segment.segment(doc)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert not any("<p>" in p.text for p in art.paragraphs)


def test_plain_text_inside_an_html_file_is_read_as_text(tmp_path: Path) -> None:
    for name, data in (
        ("notes.html", "\n\n".join(["Bridge to close", *PROSE]).encode()),
        ("notes.html.gz", gzip.compress("\n\n".join(["Bridge to close", *PROSE]).encode())),
    ):
        f = tmp_path / name
        f.write_bytes(data)
        doc = read(f)
        assert doc.format == "text" and any("no HTML markup" in w for w in doc.warnings)
        assert not any("gzip" in w for w in doc.warnings)
        art = segment.segment(doc)
        assert art.title == "Bridge to close"
        assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    # a .html.gz that is not compressed says so (a user's trial: "no HTML markup in this .html file")
    f = tmp_path / "plain.html.gz"
    f.write_bytes("\n\n".join(["Bridge to close", *PROSE]).encode())
    doc = read(f)
    said = "plain.html.gz: not gzip-compressed and no HTML markup in it; read as plain text"
    assert doc.format == "text" and any(w.endswith(said) for w in doc.warnings), doc.warnings


def test_utf16_with_a_byte_order_mark_is_read_whole_or_with_a_warning(tmp_path: Path) -> None:
    """A UTF-16 file cut off mid-character (an odd length: a truncated download) was an internal
    error (UnicodeDecodeError); a UTF-16 .html page was sniffed as UTF-8 and read as plain text."""
    text = "\n\n".join(["Bridge to close", *PROSE])
    for codec in ("utf-16-le", "utf-16-be"):
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        data = bom + text.encode(codec)
        assert sources.decode_text(data, "u16.txt") == (text, [])
        decoded, warnings = sources.decode_text(data + b"\n", "u16.txt")  # one byte of a character
        assert decoded == text + "\ufffd"
        assert warnings == [f"u16.txt: not valid UTF-16 (byte {len(data)}); invalid byte sequences replaced by U+FFFD"]
    pytest.importorskip("trafilatura")
    f = tmp_path / "page.html"
    f.write_bytes(PAGE.encode("utf-16"))
    doc = read(f)
    assert doc.format == "html" and not any("no HTML markup" in w for w in doc.warnings)
    assert [p.text for p in segment.segment(doc).paragraphs if p.kind == BODY] == PROSE


def test_markdown_is_reduced_to_its_text(tmp_path: Path) -> None:
    f = tmp_path / "post.md"
    f.write_text(
        "# Bridge to close\n\n"
        'The [city council](https://example.org/council "Council") voted on **Tuesday** to close the '
        "_old_ harbour bridge, a decision that will force `thousands` of commuters onto ferries.\n\n"
        "![The bridge at dusk](/img/bridge.jpg)\n\n"
        "Engineers said the supports had corroded, according to a [report][r] published last month.\n\n"
        "[r]: https://example.org/report.pdf\n",
        encoding="utf-8",
    )
    text = read(f).text
    assert "](" not in text and "**" not in text and "`" not in text and "example.org" not in text
    assert "The city council voted on Tuesday to close the old harbour bridge" in text
    assert "according to a report published last month." in text and "The bridge at dusk" in text


FRAGMENT = (
    "Port strike ends after nine days\n\n"
    "<p>Dock workers at the port voted on Friday to accept a 7% pay rise, ending a strike that "
    "left&nbsp;hundreds of containers stranded.</p>\n"
    '<p>The union said 82% of members backed the deal.<br>"This is a victory," said an officer.</p>\n'
    '<p><strong>Related:</strong> <a href="/liverpool">Dockers to ballot on action</a></p>\n'
)


@pytest.mark.parametrize("name", ["fragment.txt", "fragment.html"])
def test_html_markup_without_a_page_is_reduced_to_its_text(tmp_path: Path, name: str) -> None:
    # A page's body markup with no page around it (too few tags for looks_like_html): its tags
    # were indexed as words and its <p> lines, one after another, ran into one paragraph.
    f = tmp_path / name
    f.write_text(FRAGMENT, encoding="utf-8")
    doc = read(f)
    assert doc.format == "text" and [w for w in doc.warnings if "markup" in w] == [
        f"{doc.where}: holds HTML markup without a page around it; read as text, tags removed"
    ]
    assert "<" not in doc.text and "href" not in doc.text and "&nbsp;" not in doc.text
    art = segment.segment(doc)
    assert art.title == "Port strike ends after nine days"
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert body[0].startswith("Dock workers") and body[0].endswith("stranded.")
    assert body[1].startswith("The union said")


def test_a_fragments_character_references_are_decoded_once(tmp_path: Path) -> None:
    # lxml decodes the fragment's references; decoding the text again read "AT&amp;amp;T" as
    # "AT&T" and the shown code "&amp;lt;b&amp;gt;" as a tag.
    f = tmp_path / "refs.txt"
    f.write_text(
        "Menu\n\n<p>Prices at AT&amp;amp;T rose.</p>\n<p>The code &amp;lt;b&amp;gt; was shown.</p>\n"
        "<p>Done &amp; dusted.</p>\n",
        encoding="utf-8",
    )
    text = read(f).text
    assert "Prices at AT&amp;T rose." in text and "The code &lt;b&gt; was shown." in text
    assert "Done & dusted." in text


def test_prose_mentioning_a_tag_is_not_markup() -> None:
    text = "Editors were told to wrap each paragraph in <p> tags and to stop using <b> for emphasis.\n"
    assert not sniff.has_html_markup(text)


def test_html_entities_in_a_text_file_are_decoded(tmp_path: Path) -> None:
    f = tmp_path / "cafe.txt"
    f.write_text(
        "Caf&#233; owners protest\n\nThe caf&eacute; owners &amp; their staff said the tax would "
        "close them before winter, the council heard. AT&T; &nosuchname; stay.",
        encoding="utf-8",
    )
    text = read(f).text
    assert text.startswith("Café owners protest") and "The café owners & their staff" in text
    assert "&nosuchname;" in text
    assert sniff.decode_entities("caf&#xE9;")[0] == "café"


def test_undeclared_windows_1252_html_is_detected_with_a_warning(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = PAGE.replace("<meta charset='utf-8'>", "").replace(
        PROSE[0],
        "Björn Åkesson, the council's engineer, said the bridge would close on Tuesday for repairs "
        "that will take most of next year.",
    )
    f = tmp_path / "swedish.html"
    f.write_bytes(page.encode("cp1252"))
    doc = read(f)
    assert "Björn Åkesson" in doc.text
    assert any("no charset declared" in w and "cp1252" in w for w in doc.warnings)


def _latin_text_with_one_pound_sign() -> bytes:
    """~2.7 kB of English-like prose (own words, fixed seed) with a single 0xA3 ("£" in
    Windows-1252): charset_normalizer 3.5 ranks cp932 first for it, reading "£" as "｣"."""
    import random

    rng = random.Random(0)
    vocab = (
        "The club said on Monday that its board would meet again next week to discuss the future of "
        "the coach and several players whose contracts end in June Chelsea Arsenal manager striker "
        "signing fee transfer season league cup Parma Romania ban drugs test positive"
    ).split()

    def para(n: int) -> str:
        return " ".join(rng.choice(vocab) for _ in range(n)).capitalize() + "."

    text = f"Club sacks striker\n\n{para(10)}\n\n{para(40)} a \xa315.8m signing {para(400)}\n"
    return text.encode("cp1252")


def test_few_isolated_high_bytes_are_windows_1252_not_a_cjk_codec(tmp_path: Path) -> None:
    pytest.importorskip("charset_normalizer")
    data = _latin_text_with_one_pound_sign()
    text, warnings = sources.decode_text(data, "club.txt")
    assert "a £15.8m signing" in text
    at = data.index(bytes([0xA3]))
    assert warnings == [
        f"club.txt: not valid UTF-8 (byte {at}); decoded as Windows-1252 (a guess): {sniff.encoding_hint('cp1252')}"
    ]
    # Real CJK text keeps its multi-byte codec: its characters come in runs.
    japanese = "東京都の知事が記者会見で新しい交通政策を発表しました。".encode("shift_jis")
    assert sources.decode_text(japanese, "tokyo.txt")[0] == "東京都の知事が記者会見で新しい交通政策を発表しました。"


def test_looks_like_html_needs_markup_not_a_mention() -> None:
    assert sniff.looks_like_html(PAGE)
    assert sniff.looks_like_html("\n  <html lang='de'><body><p>x</p></body></html>")
    assert not sniff.looks_like_html("Use the <p> tag for paragraphs, a reader wrote.\n\n" + PROSE[0])
    assert not sniff.looks_like_html("The <style> of the era was bold, a critic wrote.\n\n" + PROSE[0])


def test_a_page_opening_with_a_long_style_block_is_html() -> None:
    # Saved pages that begin with <style> (or <script>, <meta>, <title>) and several KB of CSS
    # had too few tags in the sniffed head, and their CSS was indexed as article text.
    css = "".join(f".box-{i} {{ opacity: 0; transition-duration: 0.4s; }}\n" for i in range(200))
    page = f"<style>\n{css}</style>\n<div class='grid'><p>{PROSE[0]}</p></div>\n"
    assert len(css) > sniff.SNIFF_CHARS
    for opening in ("<style>", "<script>", "<meta charset='utf-8'>", "<title>News</title>"):
        assert sniff.looks_like_html(page.replace("<style>", opening, 1)), opening


# --------------------------------------------------------------------------------------------
# Bad pages: honest results, never a crash
# --------------------------------------------------------------------------------------------


def text_doc(text: str):  # type: ignore[no-untyped-def]
    from tests.test_segment import text_doc as make

    return make(text)


def test_page_that_is_all_comments_has_no_body_and_says_so() -> None:
    thread = []
    for n in range(12):
        thread += [
            f"Reader {n} says:\nMarch {n + 1}, 2021 at 10:{n:02d} am",
            f"I think the council should have acted years ago on this bridge, comment number {n}, "
            "when the repairs would have cost half as much and taken half as long.",
            "Reply",
        ]
    page = "\n\n".join(
        [
            "Comments - Gazette",
            "Home\nNews\nSport\nWeather",
            "12 Comments",
            *thread,
            "\u00a9 2022 Gazette. All rights reserved.",
        ]
    )
    art = segment.segment(text_doc(page))
    assert not any(p.kind == BODY for p in art.paragraphs)
    assert any("no article text found" in w for w in art.warnings)


def test_page_with_no_article_only_menus_and_links() -> None:
    page = "\n\n".join(
        [
            "Gazette",
            "Home\nNews\nSport\nWeather\nContact",
            "Most read\nBridge to close\nFerry fares rise\nFestival cancelled",
            "Follow us on Twitter",
            "Subscribe to our newsletter",
            "\u00a9 2022 Gazette. All rights reserved. Privacy policy",
        ]
    )
    art = segment.segment(text_doc(page))
    assert [p.kind for p in art.paragraphs if p.kind not in (BOILERPLATE, TITLE)] == []
    assert any("no article text found" in w for w in art.warnings)


def test_script_without_a_stop_list_is_segmented_without_crashing() -> None:
    # Amharic: py3langid knows it, jusText has no stop list for it
    prose = (
        "የከተማው ምክር ቤት ድልድዩን ለጥገና ለመዝጋት ማክሰኞ ድምጽ ሰጥቷል፣ ይህም በሺዎች የሚቆጠሩ ተጓዦችን "
        "ለሚቀጥለው ዓመት ወደ ጀልባዎች እንዲሄዱ ያስገድዳል። መሐንዲሶች የብረት ድጋፎቹ ከተጠበቀው በላይ ዝገዋል ብለዋል።"
    )
    page = "\n\n".join(["ዜና", "መነሻ\nዜና\nስፖርት\nአየር ሁኔታ", *[prose] * 4, "\u00a9 2022"])
    art = segment.segment(text_doc(page))
    kinds = [p.kind for p in art.paragraphs]
    assert len(kinds) == 7 and kinds[1] == BOILERPLATE
    # an honest result: the prose is body (once: the copies in a row repeat it), or the page
    # says it found no article
    assert kinds.count(BODY) >= 1 or any("no article text found" in w for w in art.warnings)


# Three sentences of news prose (own words) in scripts the stop lists do not cover, each ending
# with its script's own full stop (Ethiopic ።, Khmer ។) or a Latin one (Georgian).
SCRIPT_PAGES = {
    "am": (
        "ዜና ድልድዩ ይዘጋል",
        [
            "የከተማው ምክር ቤት ድልድዩን ለጥገና ለመዝጋት ማክሰኞ ድምጽ ሰጥቷል፣ ይህም በሺዎች የሚቆጠሩ ተጓዦችን ለሚቀጥለው ዓመት ወደ ጀልባዎች እንዲሄዱ ያስገድዳል።",
            "መሐንዲሶች የብረት ድጋፎቹ ከተጠበቀው በላይ ዝገዋል ብለዋል።",
            "የአካባቢው ነጋዴዎች ካሳ እንዲከፈላቸው ጠይቀዋል፣ መዘጋቱ በዓመቱ በጣም በተጨናነቀው ጊዜ ወደ አሮጌው ከተማ የሚመጡ ጎብኚዎችን ቁጥር ይቀንሳል ብለዋል።",
        ],
    ),
    "ka": (
        "ძველი ხიდი დაიხურება",
        [
            "ქალაქის საბჭომ სამშაბათს ხმა მისცა ძველი ნავსადგურის ხიდის რემონტისთვის დახურვას, რაც ათასობით მგზავრს "
            "მომავალი წლის უმეტეს ნაწილში ბორნებით მგზავრობას აიძულებს.",
            "ინჟინრებმა თქვეს, რომ ფოლადის საყრდენები მოსალოდნელზე სწრაფად დაჟანგდა.",
            "ადგილობრივმა ბიზნესმა კომპენსაცია მოითხოვა და თქვა, რომ დახურვა ძველ ქალაქში სტუმრების რაოდენობას წლის "
            "ყველაზე დატვირთულ დროს შეამცირებს.",
        ],
    ),
    "km": (
        "ស្ពាននឹងបិទ",
        [
            "ក្រុមប្រឹក្សាក្រុងបានបោះឆ្នោតកាលពីថ្ងៃអង្គារ ដើម្បីបិទស្ពានកំពង់ផែចាស់សម្រាប់ការជួសជុល "
            "ដែលជាការសម្រេចចិត្តដែលនឹងបង្ខំអ្នកធ្វើដំណើររាប់ពាន់នាក់ឱ្យជិះសាឡាងក្នុងរយៈពេលភាគច្រើននៃឆ្នាំក្រោយ។",
            "វិស្វករបាននិយាយថា ជំនួយដែកបានច្រេះលឿនជាងការរំពឹងទុក។",
            "អាជីវកម្មក្នុងតំបន់បានស្នើសុំសំណង ដោយនិយាយថាការបិទនេះនឹងកាត់បន្ថយចំនួនភ្ញៀវមកកាន់ទីក្រុងចាស់ក្នុងអំឡុងពេលមមាញឹកបំផុតនៃឆ្នាំ។",
        ],
    ),
}


# Thai and Lao mark no sentence ends at all (a space between sentences, none after the last):
# an HTML page of them was "no article text found", no paragraph holding a sentence mark.
SCRIPT_PAGES["th"] = (
    "สภาเมืองลงมติปิดสะพานเก่า",
    [
        "สภาเมืองลงมติเมื่อวันอังคารให้ปิดสะพานท่าเรือเก่าเพื่อซ่อมแซม ซึ่งจะทำให้ผู้เดินทางหลายพันคนต้องใช้เรือข้ามฟากเกือบทั้งปีหน้า",
        "วิศวกรกล่าวว่าโครงเหล็กของสะพานเป็นสนิมเร็วกว่าที่คาดไว้มาก",
        "ร้านค้าในย่านเมืองเก่าขอให้ทางการจ่ายค่าชดเชย เพราะการปิดสะพานจะทำให้นักท่องเที่ยวลดลงในช่วงที่คึกคักที่สุดของปี",
    ],
)
SCRIPT_PAGES["lo"] = (
    "ສະພາເມືອງລົງມະຕິປິດຂົວເກົ່າ",
    [
        "ສະພາເມືອງໄດ້ລົງມະຕິໃນວັນອັງຄານໃຫ້ປິດຂົວທ່າເຮືອເກົ່າເພື່ອສ້ອມແປງ ເຊິ່ງຈະເຮັດໃຫ້ຜູ້ເດີນທາງຫຼາຍພັນຄົນຕ້ອງໃຊ້ເຮືອຂ້າມຟາກເກືອບໝົດປີໜ້າ",
        "ວິສະວະກອນກ່າວວ່າໂຄງເຫຼັກຂອງຂົວເປັນຂີ້ໝ້ຽງໄວກວ່າທີ່ຄາດໄວ້ຫຼາຍ",
        "ຮ້ານຄ້າໃນເຂດເມືອງເກົ່າຂໍໃຫ້ທາງການຈ່າຍຄ່າຊົດເຊີຍ ເພາະການປິດຂົວຈະເຮັດໃຫ້ນັກທ່ອງທ່ຽວຫຼຸດລົງໃນຊ່ວງທີ່ຄຶກຄັກທີ່ສຸດຂອງປີ",
    ],
)


def script_paragraphs(lang: str) -> tuple[str, list[str]]:
    """A headline and four distinct paragraphs of two or three of the language's sentences."""
    title, (a, b, c) = SCRIPT_PAGES[lang]
    return title, [f"{a} {b}", f"{c} {b}", f"{a} {c}", f"{b} {c} {a}"]


@pytest.mark.parametrize("lang", sorted(SCRIPT_PAGES))
def test_prose_in_a_script_without_a_stop_list_is_article_text(lang: str, tmp_path: Path) -> None:
    """Amharic and Khmer end their sentences with marks of their own (። ។): no sentence was
    seen anywhere on such a page, its prose was chrome, and an HTML page or a plain-text dump of
    four paragraphs said "no article text found" (or kept one paragraph of four)."""
    title, paras = script_paragraphs(lang)
    page = "\n\n".join([title, "Home\nNews\nSport", *paras, "\u00a9 2022"])
    art = segment.segment(text_doc(page))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == paras
    pytest.importorskip("trafilatura")
    f = tmp_path / f"{lang}.html"
    f.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/n'>News</a></nav><main>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</main><footer><p>\u00a9 2022 Gazette</p></footer></body></html>",
        encoding="utf-8",
    )
    doc = read(f)
    art = segment.segment(doc)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == paras and art.title == title
    assert not any("no article text" in w for w in [*doc.warnings, *art.warnings])


ZH_PARAS = [
    "市议会周二投票决定关闭港口旧桥进行维修，这一决定将迫使数千名通勤者在明年大部分时间里改乘渡轮。",
    "工程师们说，钢制支撑的锈蚀速度比预期的要快，桥面已经无法承受公共汽车的重量。",
    "老城区的商家要求获得赔偿，他们说关闭大桥将在一年中最繁忙的时候减少游客的数量。",
]


def test_an_html_page_in_a_script_written_without_spaces_has_article_text(tmp_path: Path) -> None:
    """A sentence was five words between spaces and a mark: a Chinese article has one or two
    such "words" a sentence, and its HTML page (or a .txt holding it) was "no article text"."""
    pytest.importorskip("trafilatura")
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>港口旧桥将关闭维修 | 新闻</title></head><body>"
        "<nav><a href='/'>首页</a> <a href='/n'>新闻</a></nav><article>"
        + "".join(f"<p>{p}</p>" for p in ZH_PARAS)
        + "</article><footer><p>\u00a9 2022</p></footer></body></html>"
    )
    for name in ("zh.html", "zh.txt"):
        f = tmp_path / name
        f.write_text(page, encoding="utf-8")
        doc = read(f)
        art = segment.segment(doc)
        assert [p.text for p in art.paragraphs if p.kind == BODY] == ZH_PARAS, name
        assert not any("no article text" in w for w in [*doc.warnings, *art.warnings])
    assert htmlpage.is_sentence(ZH_PARAS[1]) and not htmlpage.is_sentence("首页，新闻。")
    assert not htmlpage.is_sentence("Home, news, sport.") and htmlpage.is_sentence(PROSE[0])


def test_large_dump_of_mixed_chrome_and_prose_is_segmented() -> None:
    unit = "\n\n".join(["Home\nNews\nSport\nWeather", *PROSE, "Share\nTweet\nEmail", "Related stories\nA\nB\nC"])
    page = "\n\n".join([unit] * 2500)  # ~2 MB, 25,000 blocks, every one through the model
    art = segment.segment(text_doc(page))
    assert len(art.paragraphs) == 17500
    # the model kept the prose of every unit; each text printed 2,500 times is indexed once
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert sum(p.reason.startswith("repeats paragraph") for p in art.paragraphs) >= 2499 * len(PROSE)


def _utf8_text_with_bad_bytes() -> bytes:
    """A UTF-8 page of accented prose (own words) with two stray bytes spliced in: a lone
    Windows-1252 "é" and a multi-byte character cut short."""
    prose = (
        "Zoë Brontë and Björn Åkesson opened the café in Malmö; the crème brûlée, the smørrebrød "
        "and the piñata were Þórunn's idea, and the naïve façade was Čapek's. "
    )
    return (prose * 3).encode() + b"caf\xe9 " + "\u20ac".encode()[:2] + b" " + (prose * 2).encode()


def test_mostly_utf8_text_with_a_few_bad_bytes_stays_utf8(tmp_path: Path) -> None:
    data = _utf8_text_with_bad_bytes()
    text, warnings = sources.decode_text(data, "cafe.txt")
    assert text.count("Björn Åkesson") == 5 and "Þórunn" in text  # not a single-byte codec's mojibake
    assert text.count("\ufffd") == 2
    at = data.index(b"caf\xe9") + 3
    assert warnings == [
        f"cafe.txt: not valid UTF-8 (byte {at}); read as UTF-8 with 2 invalid byte sequences replaced by U+FFFD"
    ]
    # the same bytes in an HTML page without a charset declaration
    page = (
        b"<html><head><title>Cafe</title></head><body><article>"
        + b"".join(b"<p>" + data + b"</p>" for _ in range(2))
        + b"</article></body></html>"
    )
    html, how = htmlpage.decode(page)
    assert html.count("Björn Åkesson") == 10 and how == "utf-8 (4 invalid byte sequences replaced)"
    pytest.importorskip("trafilatura")
    f = tmp_path / "cafe.html"
    f.write_bytes(page)
    doc = read(f)
    assert "Björn Åkesson" in doc.text and "BjÃ" not in doc.text
    assert any(
        "cafe.html: not valid UTF-8; read as UTF-8 with 4 invalid byte sequences replaced" in w for w in doc.warnings
    )


def test_legacy_single_byte_text_is_not_taken_for_damaged_utf8() -> None:
    for enc in ("cp1252", "cp1250", "cp1251"):
        data = ("Zoë Brontë, Čapek, Łódź, Ελλάδα? Москва " * 5).encode(enc, errors="ignore")
        assert htmlpage.damaged_utf8(data) is None, enc
    assert htmlpage.damaged_utf8("Björn".encode() + b"\xe9") is None  # too few characters to tell


# Polish in ISO-8859-2: letters (ł, ź, ą, ś) whose bytes other single-byte codecs read as other
# letters, so a guess can be wrong with nothing marking it (ISO-8859-10 reads "Kłodzku" as "Kģodzku").
POLISH = (
    "Powódź w Kłodzku: woda zalała rynek\n\n"
    "Woda w Nysie Kłodzkiej przekroczyła w niedzielę stan alarmowy o ponad dwa metry, a strażacy "
    "ewakuowali mieszkańców ulic położonych najbliżej rzeki. Burmistrz miasta zwołał sztab kryzysowy.\n\n"
    "Według synoptyków opady mają ustać dopiero we wtorek, więc służby spodziewają się kolejnej fali.\n"
)


def test_a_named_encoding_replaces_the_guess_for_text_files() -> None:
    data = POLISH.encode("iso-8859-2")
    guessed, warnings = sources.decode_text(data, "klodzko.txt")
    assert guessed != POLISH and len(warnings) == 1 and "(e.g." not in warnings[0]
    assert sources.decode_text(data, "klodzko.txt", "iso8859-2") == (POLISH, [])
    # Valid UTF-8 stays UTF-8: one --encoding serves a folder of mixed files.
    assert sources.decode_text(POLISH.encode(), "utf8.txt", "iso8859-2") == (POLISH, [])
    # Bytes the named codec has no character for are replaced, and said.
    text, warnings = sources.decode_text(b"Caf\xe9 \x81 " + data, "x.txt", "cp1252")
    assert text.count("\ufffd") == 1
    assert warnings == ["x.txt: not all in cp1252 (--encoding): 1 invalid byte sequence replaced by U+FFFD"]


def test_a_named_encoding_replaces_the_guess_for_undeclared_pages() -> None:
    body = "".join(f"<p>{p}</p>" for p in POLISH.split("\n\n")[1:])
    page = f"<html><head><title>Powódź w Kłodzku</title></head><body><article>{body}</article></body></html>"
    data = page.encode("iso-8859-2")
    assert htmlpage.decode(data, "iso8859-2") == (page, "iso8859-2 (given)")
    assert htmlpage.decode(data)[1].endswith("(guessed)")
    assert htmlpage.decode(b"<p>Caf\xe9 \x81</p>", "cp1252") == ("<p>Caf\xe9 \ufffd</p>", "cp1252 (given, 1 replaced)")
    # A page that declares its charset is read by it: the name given is for pages that do not.
    declared = page.replace("<head>", "<head><meta charset='iso-8859-2'>").encode("iso-8859-2")
    assert htmlpage.decode(declared, "cp1251")[0].startswith("<html><head><meta")
    assert "Kłodzku" in htmlpage.decode(declared, "cp1251")[0]


# Russian in Windows-1251: a cp1251 page guessed right, or read with a wrong multi-byte codec.
RUSSIAN = (
    "Мост закрыт для грузовиков\n\n"
    "Городской совет во вторник проголосовал за закрытие старого моста для тяжелого транспорта после "
    "того, как инженеры обнаружили трещины в двух опорах.\n\n"
    "Мэр сообщил, что ремонт займет не менее восьми месяцев и обойдется примерно в четыре миллиона евро.\n"
)


def test_a_guessed_encodings_hint_names_no_unrelated_codec() -> None:
    # "(e.g. --encoding iso-8859-2)" was said of a Russian or Chinese text guessed right
    pytest.importorskip("charset_normalizer")
    text, warnings = sources.decode_text(RUSSIAN.encode("cp1251"), "ru.txt")
    assert text == RUSSIAN
    assert warnings == [
        f"ru.txt: not valid UTF-8 (byte 0); decoded as cp1251 (a guess): {sniff.encoding_hint('cp1251')}"
    ]
    assert "iso-8859-2" not in warnings[0] and "--encoding cp1251 keeps this reading" in warnings[0]
    page = f"<html><head><title>Мост</title></head><body><article>{RUSSIAN}</article></body></html>"
    said = htmlpage.decode_named(page.encode("cp1251"), "cp1251")
    assert said == (page, 0, "")  # the codec the hint names reads the page clean, without a warning


@pytest.mark.parametrize("codec", ["gb18030", "big5", "euc-kr", "shift_jis"])
def test_a_wrong_multi_byte_encoding_is_named_with_the_one_that_reads_clean(codec: str) -> None:
    # a multi-byte codec pairs most cp1251 bytes into CJK mojibake and replaces a few: the
    # warning said only how many, not that the file is in cp1251
    pytest.importorskip("charset_normalizer")
    data = RUSSIAN.encode("cp1251")
    _, warnings = sources.decode_text(data, "ru.txt", codec)
    assert len(warnings) == 1 and warnings[0].startswith("ru.txt: not all in ")
    assert warnings[0].endswith("it reads as cp1251: give this file its encoding with --encoding cp1251")
    page = f"<html><head><title>Мост</title></head><body><article>{RUSSIAN}</article></body></html>"
    warnings = htmlpage.extract(page.encode("cp1251"), "ru.html", encoding=codec)[3]
    assert any(w.endswith("give this file its encoding with --encoding cp1251") for w in warnings), warnings
    # one stray byte in the right codec raises no doubt
    assert sources.decode_text(RUSSIAN.encode("cp1251") + b"\x98", "ru.txt", "cp1251")[1] == [
        "ru.txt: not all in cp1251 (--encoding): 1 invalid byte sequence replaced by U+FFFD"
    ]
