"""Catalan, Indonesian and Vietnamese in every concept of `indexer/chromewords.py`: one line a
language and concept, as WordPress and the news sites of those languages print it, found by the
concept's compiled pattern in `segment.patterns` / `segment.textblocks`; the chrome lines met on
real pages of those languages (a Catalan club's cookie notice, visitor counter and guest book, an
Indonesian donation box, a Vietnamese paper's comment and "other stories" headers) dropped from
an article; and an ordinary news sentence of each language left alone. Each text is our own."""

from __future__ import annotations

import pytest

from indexer import chromewords
from indexer.models import BODY, BOILERPLATE
from indexer.segment import patterns, textblocks
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason as kind_of, parse_blocks as parse

NEW = ("ca", "id", "vi")


def test_the_three_languages_are_in_every_table() -> None:
    assert set(NEW) <= set(chromewords.LANGUAGES)
    assert len(chromewords.LANGUAGES) == len(set(chromewords.LANGUAGES)) == 37
    for name, table in vars(chromewords).items():
        if isinstance(table, dict) and table and all(isinstance(k, str) and len(k) == 2 for k in table):
            if name != "VENUE_COMPOUND":  # (the compounding languages' only)
                assert all(table.get(lang) for lang in NEW), name
    assert set(NEW) <= set(patterns._READ_ALSO_LABELS)


def _keyed(text: str, keys: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(k in low for k in keys)


# concept: (the compiled pattern's test, {language: an example line})
CONCEPTS = {
    "cookie notice": (
        lambda t: bool(patterns._COOKIE.search(t)) and chromewords.mentions_cookies(t.lower()),
        {
            "ca": "Aquest web utilitza galetes pròpies i de tercers per millorar la navegació.",
            "id": "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
            "vi": "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.",
        },
    ),
    "comment heading": (
        lambda t: bool(patterns._TAIL_START.match(t)),
        {"ca": "Deixa un comentari", "id": "Tinggalkan Balasan", "vi": "Ý kiến bạn đọc (3)"},
    ),
    "comment thread header": (
        lambda t: bool(patterns._TAIL_START.match(t)),
        {"ca": "Comentaris (12)", "id": "Komentar (5)", "vi": "Để lại bình luận"},
    ),
    "related label": (
        lambda t: bool(patterns._RELATED_LINK.match(t)),
        {
            "ca": "Llegiu també Un nou pont sobre el Ter",
            "id": "Baca juga: Jembatan baru di atas Sungai Ciliwung",
            "vi": "Tin liên quan Cây cầu mới bắc qua sông Hồng",
        },
    ),
    "previous / next label": (
        lambda t: bool(textblocks._PREV_NEXT_LABEL.match(f"{t} El pont tancarà fins al juny")),
        {"ca": "Entrada següent", "id": "Pos sebelumnya", "vi": "Bài viết trước"},
    ),
    "support appeal": (
        lambda t: bool(patterns._SUPPORT_APPEAL.search(t)) and _keyed(t, patterns.SUPPORT_KEYS),
        {
            "ca": "Fes-te soci i dona'ns suport amb una aportació mensual.",
            "id": "Bantu kami terus bekerja dengan donasi mulai Rp25.000 per bulan.",
            "vi": "Hãy ủng hộ chúng tôi bằng một khoản đóng góp để tòa soạn tiếp tục.",
        },
    ),
    "newsletter": (
        lambda t: bool(patterns._NEWSLETTER.search(t)) and _keyed(t, patterns._NEWSLETTER_KEYS),
        {
            "ca": "Subscriu-te al nostre butlletí setmanal.",
            "id": "Berlangganan buletin kami.",
            "vi": "Đăng ký nhận bản tin của chúng tôi mỗi sáng.",
        },
    ),
    "login prompt": (
        lambda t: bool(patterns._LOGIN_PROMPT.search(t)),
        {
            "ca": "Heu d'iniciar la sessió per a publicar un comentari.",
            "id": "Anda harus masuk untuk mengirim komentar.",
            "vi": "Bạn phải đăng nhập để gửi bình luận.",
        },
    ),
}


@pytest.mark.parametrize(("concept", "lang"), [(c, lang) for c in CONCEPTS for lang in NEW])
def test_each_languages_example_is_found_by_its_concepts_pattern(concept: str, lang: str) -> None:
    found, examples = CONCEPTS[concept]
    assert found(examples[lang]), examples[lang]


# An ordinary news sentence of each language, with words the tables use ("navegació",
# "informació", "donasi", "ý kiến", "bài viết"), found by none of the concepts.
NEWS = {
    "ca": "L'Ajuntament ha aprovat el pressupost, que inclou una partida per reformar el pont i millorar la navegació pel riu.",
    "id": "Pemerintah kota akan menutup jembatan selama tiga bulan, dan warga diminta memberikan donasi untuk korban banjir.",
    "vi": "Theo ý kiến của các chuyên gia, bài viết trên báo đã phản ánh đúng tình trạng cây cầu xuống cấp.",
}


@pytest.mark.parametrize("lang", NEW)
def test_an_ordinary_news_sentence_matches_no_concept(lang: str) -> None:
    text = NEWS[lang]
    assert [c for c, (found, _) in CONCEPTS.items() if found(text)] == []
    assert not patterns._CHANNEL.search(text)
    assert not patterns._PAYWALL_PROMPT.search(text)
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], text, *PROSE[2:], FOOTER)
    assert kind_of(art, text[:20])[0] == BODY


# Chrome lines met on real pages of the three languages, each inside an article: dropped, the
# article's text kept whole.
CHROME_LINES = [
    ("Aquest web utilitza galetes pròpies i de tercers per millorar la navegació", "cookie notice"),
    ("Ets el visitant núm. 048213", "site note"),
    ("Pàgina optimitzada per a Internet Explorer", "site note"),
    ("Fes-te soci", "promotion"),
    ("Tornar a l'agenda", "button label"),
    ("Imprimir", "button label"),
    ("Enviar a un amic", "button label"),
    ("bantu kami terus bekerja dengan donasi mulai Rp25.000 per bulan", "promotion"),
    ("Berlangganan buletin kami", "newsletter"),
    ("Phóng sự ảnh khác", "teaser list"),
    ("Đọc nhiều nhất", "teaser list"),
    ("Xem thêm", "teaser list"),
    ("Tải ứng dụng", "promotion"),
    ("2 giờ trước", "page furniture"),
    ("35 phút trước", "page furniture"),
]


@pytest.mark.parametrize(("line", "reason"), CHROME_LINES)
def test_a_chrome_line_of_the_new_languages_is_dropped(line: str, reason: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    kind, why = kind_of(art, line[:12])
    assert kind == BOILERPLATE and why.startswith(reason), why
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "header",
    ["Llibre de visites", "Tinggalkan komentar", "Ý kiến bạn đọc (3)"],
)
def test_a_guest_book_or_comment_header_ends_the_article(header: str) -> None:
    comments = [
        "Moltes felicitats a tot l'equip per la feina feta durant aquests anys, sempre us recordarem amb estima.",
        "Ủng hộ dự án này, mong thành phố sớm hoàn thành cây cầu để người dân đi lại thuận tiện hơn.",
    ]
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, header, *comments, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_guest_books_link_and_a_comment_forms_note_open_the_tail() -> None:
    # (as "Sign the guest book": the link opens the tail, the block model weighs what follows)
    assert patterns._TAIL_START.match("Signa el llibre de visites")
    assert patterns._TAIL_START.match("Ý kiến của bạn sẽ được biên tập trước khi đăng")
