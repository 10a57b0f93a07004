"""A forum's notice to a first-time visitor ("If this is your first visit, be sure to check out the
FAQ by clicking the link above. You may have to register before you can post ..."): chrome in every
language of `chromewords.FIRST_VISIT`, on both paths; a museum's or a city guide's "if this is your
first visit" names no FAQ or registration and stays text. Trials 41 and 42 (a vBulletin car forum
in German, a model railway forum in English) kept it as the thread's text on both paths. Pages of
our own."""

from __future__ import annotations

import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE
from indexer.segment import head, patterns, textblocks
from tests.helpers import (
    FOOTER,
    MENU,
    PROSE,
    article_html,
    html_document,
    kind_and_reason as kind_of,
    parse_blocks as parse,
)

# One notice a language, as vBulletin's language packs word it (the forum's welcome before it).
NOTICES = {
    "en": "Welcome to the Branchline Modellers Forum. If this is your first visit, be sure to check out the "
    "FAQ by clicking the link above. You may have to register before you can post: click the register "
    "link above to proceed.",
    "de": "Wenn dies Ihr erster Besuch hier ist, lesen Sie bitte zuerst die Hilfe - Häufig gestellte Fragen "
    "durch. Sie müssen sich vermutlich registrieren, bevor Sie Beiträge verfassen können.",
    "fr": "Si c'est votre première visite, n'oubliez pas de consulter la FAQ. Vous devez vous inscrire "
    "avant de pouvoir poster.",
    "es": "Si esta es tu primera visita, asegúrate de consultar las Preguntas Frecuentes. Es posible que "
    "tengas que registrarte antes de poder publicar.",
    "it": "Se questa è la tua prima visita, assicurati di controllare le FAQ. Potrebbe essere necessario "
    "registrarsi prima di poter inviare messaggi.",
    "nl": "Als dit je eerste bezoek is, bekijk dan eerst de FAQ. Je moet je misschien registreren "
    "voordat je berichten kunt plaatsen.",
    "pt": "Se esta é a sua primeira visita, não deixe de ler o FAQ. Talvez tenha de se registar antes de "
    "poder publicar mensagens.",
    "pl": "Jeśli jest to Twoja pierwsza wizyta, zapoznaj się z FAQ. Być może musisz się zarejestrować, "
    "zanim będziesz mógł pisać.",
    "cs": "Pokud jste zde poprvé, přečtěte si nejdříve FAQ. Před psaním příspěvků se musíte registrovat.",
    "sv": "Om detta är ditt första besök, läs först vår FAQ. Du kan behöva registrera dig innan du kan skriva.",
    "da": "Hvis dette er dit første besøg, så læs vores FAQ. Du skal måske registrere dig, før du kan skrive.",
    "no": "Hvis dette er ditt første besøk, les gjerne vår FAQ. Du må kanskje registrere deg før du kan skrive.",
    "fi": "Jos tämä on ensimmäinen vierailusi, tutustu ohjeisiin (FAQ). Sinun täytyy ehkä rekisteröityä.",
    "hu": "Ha ez az első látogatásod, olvasd el a GYIK-et (FAQ). Hozzászólás előtt regisztrálnod kell.",
    "ro": "Dacă aceasta este prima ta vizită, citește FAQ. Trebuie să te înregistrezi înainte de a posta.",
    "tr": "Eğer foruma ilk ziyaretiniz ise, lütfen SSS (FAQ) bölümünü okuyun. Mesaj yazmak için kayıt olmalısınız.",
    "ru": "Если вы впервые на форуме, ознакомьтесь с разделом помощи (FAQ). Чтобы писать, нужна регистрация.",
    "uk": "Якщо ви вперше на форумі, прочитайте розділ допомоги (FAQ). Щоб писати, потрібна реєстрація.",
    "el": "Αν είναι η πρώτη σας επίσκεψη, διαβάστε τις συχνές ερωτήσεις (FAQ). Για να γράψετε, απαιτείται εγγραφή.",
    "bg": "Ако това е първото ви посещение, прочетете помощта (FAQ). Трябва да се регистрирате, за да пишете.",
    "et": "Kui see on teie esimene külastus, lugege palun KKK (FAQ). Postitamiseks peate registreeruma.",
    "ga": "Más é seo do chéad chuairt, léigh an FAQ ar dtús. Caithfidh tú clárú sula bpostálann tú.",
    "hr": "Ako je ovo vaš prvi posjet, pročitajte FAQ. Prije pisanja morate se registrirati.",
    "lt": "Jei tai jūsų pirmas apsilankymas, perskaitykite DUK (FAQ). Norėdami rašyti, turite registruotis.",
    "lv": "Ja šis ir jūsu pirmais apmeklējums, izlasiet BUJ (FAQ). Lai rakstītu, jāreģistrējas forumā.",
    "mt": "Jekk din hija l-ewwel żjara tiegħek, aqra l-FAQ. Trid tirreġistra qabel ma tikteb.",
    "sk": "Ak ste tu prvýkrát, prečítajte si FAQ. Pred písaním príspevkov sa musíte registrovať.",
    "sl": "Če ste tukaj prvič, preberite FAQ. Pred pisanjem se morate registrirati.",
    "ar": "إذا كانت هذه زيارتك الأولى، يرجى قراءة الأسئلة الشائعة. قد تحتاج إلى التسجيل قبل أن تتمكن من المشاركة.",
    "zh": "如果这是您第一次访问本论坛，请先阅读常见问题。您可能需要注册后才能发帖。",
    "ja": "初めての方は、まずよくある質問をお読みください。投稿するには登録が必要です。",
    "ko": "처음 방문하셨다면 자주 묻는 질문을 먼저 읽어 주세요. 글을 쓰려면 가입이 필요합니다.",
    "ca": "Si aquesta és la teva primera visita, consulta les preguntes freqüents. Cal registrar-se per publicar.",
    "id": "Jika ini adalah kunjungan pertama Anda, baca FAQ terlebih dahulu. Anda harus daftar sebelum menulis.",
    "vi": "Nếu đây là lần đầu bạn ghé thăm diễn đàn, hãy đọc FAQ. Bạn cần đăng ký trước khi viết bài.",
    "fa": "اگر این اولین بازدید شما از انجمن است، لطفاً ابتدا سوالات متداول را بخوانید. برای ارسال پست باید ثبت‌نام کنید.",
    "hi": "यदि यह आपकी पहली विज़िट है, तो कृपया पहले सामान्य प्रश्न पढ़ें। पोस्ट करने से पहले फ़ोरम पर पंजीकरण करना होगा।",
}
HEADLINE = "Class 37 humming after DCC chip fitted"


def test_every_language_has_a_notice_its_rule_finds() -> None:
    assert sorted(NOTICES) == sorted(chromewords.FIRST_VISIT)
    missed = [lang for lang, text in NOTICES.items() if not textblocks.is_first_visit_notice(head._measured(text))]
    assert missed == []


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_the_notice_over_a_thread_is_chrome(lang: str) -> None:
    notice = NOTICES[lang]
    art = parse(HEADLINE, MENU, "Forum Modelling Techniques DCC & Electrics", notice, HEADLINE, *PROSE, FOOTER)
    assert kind_of(art, notice) == (BOILERPLATE, patterns.FIRST_VISIT_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_the_notice_in_an_html_page_is_chrome() -> None:
    body = "".join(f"<p>{p}</p>" for p in [NOTICES["en"], *PROSE])
    art = segment.segment(html_document(article_html(body, HEADLINE), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "text",
    [
        # a museum's or a guide's advice names no forum, FAQ or registration
        "If this is your first visit, be sure to check out the audio guide at the entrance hall.",
        "Wenn dies Ihr erster Besuch ist, empfehlen wir eine Führung durch die Altstadt am Samstag.",
        # a forum's FAQ named without the notice
        "The FAQ of the forum explains how to post photos of your layout.",
    ],
)
def test_a_first_visit_without_a_forums_words_is_no_notice(text: str) -> None:
    assert not textblocks.is_first_visit_notice(head._measured(text))
