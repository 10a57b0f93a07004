"""A notice that the page is old and its facts may have changed ("This article is more than 5
years old", "Este artículo tiene más de un año. Algunos precios, horarios y rutas de transporte
pueden haber cambiado desde entonces"), over or under an article: the site's, in every language
of `chromewords.OUTDATED_NOTICE`, with its label ("Aviso") over it; a story about old things or
changed prices keeps its sentences (trial 61's Hugo travel blog kept the notice as text). Pages
and notices of our own."""

from __future__ import annotations

import pytest

from indexer import chromewords
from indexer.models import BODY, BOILERPLATE
from indexer.segment import head, textblocks
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason as kind_of, parse_blocks as parse

NOTICES = {
    "bg": "Тази статия е на повече от една година. Информацията може да е остаряла.",
    "cs": "Tento článek je starší než rok. Některé ceny v něm již nemusí být aktuální.",
    "da": "Denne artikel er mere end et år gammel. Nogle priser kan have ændret sig.",
    "de": "Dieser Beitrag ist älter als zwei Jahre. Einige Angaben sind möglicherweise nicht mehr aktuell.",
    "el": "Αυτό το άρθρο είναι πάνω από ένα χρόνο παλιό. Οι πληροφορίες ενδέχεται να έχουν αλλάξει.",
    "en": "This article is more than 5 years old",
    "es": "Este artículo tiene más de un año. Algunos precios, horarios y rutas pueden haber cambiado desde entonces.",
    "et": "See artikkel on üle aasta vana. Mõned hinnad võivad olla muutunud.",
    "fi": "Tämä artikkeli on yli vuoden vanha. Jotkin tiedot voivat olla vanhentuneita.",
    "fr": "Cet article a plus d'un an. Certains prix peuvent avoir changé depuis.",
    "ga": "Tá an t-alt seo níos mó ná bliain d'aois.",
    "hr": "Ovaj članak je stariji od godinu dana. Neke cijene su se možda promijenile.",
    "hu": "Ez a cikk több mint egy éves. Egyes árak elavultak lehetnek.",
    "it": "Questo articolo ha più di un anno. Alcuni prezzi potrebbero essere cambiati.",
    "lt": "Šis straipsnis yra senesnis nei metų. Informacija gali būti pasenusi.",
    "lv": "Šis raksts ir vecāks par gadu. Informācija var būt novecojusi.",
    "mt": "Dan l-artiklu għandu aktar minn sena.",
    "nl": "Dit artikel is meer dan een jaar oud. Sommige prijzen zijn mogelijk verouderd.",
    "pl": "Ten artykuł ma ponad rok. Niektóre ceny mogą być nieaktualne.",
    "pt": "Este artigo tem mais de um ano. Alguns preços podem estar desatualizados.",
    "ro": "Acest articol are peste un an. Unele prețuri pot fi depășite.",
    "sk": "Tento článok je starší ako rok. Niektoré ceny už nemusia byť aktuálne.",
    "sl": "Ta članek je starejši od enega leta. Nekatere cene so se morda spremenile.",
    "sv": "Den här artikeln är mer än ett år gammal. Vissa priser kan ha ändrats.",
    "no": "Denne artikkelen er mer enn ett år gammel. Noen priser kan ha endret seg.",
    "tr": "Bu yazı bir yıldan daha eski. Bazı fiyatlar güncel olmayabilir.",
    "ru": "Эта статья была опубликована более года назад. Некоторые цены могут быть устаревшими.",
    "uk": "Ця стаття була опублікована понад року тому. Деякі ціни можуть бути застарілими.",
    "ar": "هذا المقال نشر منذ أكثر من عام. بعض الأسعار قد تكون قديمة.",
    "zh": "本文发布于3年前，文中信息可能已过时。",
    "ja": "この記事は1年以上前に書かれたものです。情報は古くなっている可能性があります。",
    "ko": "이 글은 1년 이상 지난 글입니다. 정보가 현재와 다를 수 있습니다.",
    "ca": "Aquest article té més d'un any. Alguns preus poden haver canviat.",
    "id": "Artikel ini sudah lebih dari satu tahun. Beberapa harga mungkin sudah berubah.",
    "vi": "Bài viết này đã được đăng hơn một năm trước. Một số thông tin có thể đã thay đổi.",
    "fa": "این مقاله بیش از یک سال پیش منتشر شده است. برخی قیمت‌ها ممکن است تغییر کرده باشند.",
    "hi": "यह लेख एक साल से ज़्यादा पुराना है। कुछ जानकारी बदल गई हो सकती है।",
}


def test_every_language_has_a_notice_its_rule_finds() -> None:
    assert sorted(NOTICES) == sorted(chromewords.OUTDATED_NOTICE) == sorted(chromewords.LANGUAGES)
    missed = [lang for lang, text in NOTICES.items() if not textblocks._outdated_notice(head._measured(text))]
    assert missed == []


@pytest.mark.parametrize("lang", ["en", "es", "de", "ru"])
def test_a_notice_and_its_label_over_the_article_are_chrome(lang: str) -> None:
    headline = "Three days on foot between the forest villages"
    art = parse(headline, MENU, headline, "Notice", NOTICES[lang], *PROSE, FOOTER)
    assert kind_of(art, NOTICES[lang]) == (BOILERPLATE, textblocks.OUTDATED_REASON)
    assert kind_of(art, "Notice")[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "sentence",
    [
        "The archive holds letters that are more than 200 years old, some of them never read.",
        "Prices at the market have changed since the new hall opened, traders said on Monday.",
        "Analysts said prices could have changed by the time the deal closes next spring.",
        "Este edificio tiene más de cien años y sus muros necesitan una reparación urgente.",
        "Die Angaben der Polizei haben sich seit Freitag mehrfach geändert, sagte der Anwalt.",
    ],
)
def test_a_storys_sentence_about_old_things_is_no_notice(sentence: str) -> None:
    assert not textblocks._outdated_notice(head._measured(sentence))


def test_the_deck_printed_with_its_date_line_over_the_notice_is_the_lead() -> None:
    # Hugo PaperMod prints the description and "DATE · 5 min · 1012 words · NAME" as one block
    # (trial 61: with the notice under it dropped, the deck fell outside the article)
    headline = "Three days on foot between the forest villages of the Sierra Norte"
    deck = "Route, costs and what I learned walking 32 kilometres through the mountains, between pine forests and fog."
    art = parse(
        "Forest villages in 3 days | Light Pack", "Light Pack", "Posts Routes Tags About me", "Home » Posts",
        headline, f"{deck}\n18 March 2023 · 5 min · 1012 words · Mara Ortiz", "Notice",
        "This article is more than a year old. Some prices, timetables and routes may have changed since then.",
        *PROSE, FOOTER,
    )  # fmt: skip
    assert kind_of(art, deck)[0] == "lead"
    assert [p.text for p in art.paragraphs if p.text.startswith("Route, costs")] == [deck]
