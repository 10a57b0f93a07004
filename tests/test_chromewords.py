"""Page chrome's fixed wording by concept and language (indexer/chromewords.py): every concept
covers the languages the project meets, and the rule pass knows a cookie notice, an appeal for
support, a paywall's prompt and a related-article label in languages no tuning page had (trial
17: Swedish, Hungarian, Romanian and Danish consent notices, a Russian donation appeal, a Danish
paywall box and a Hungarian "Kapcsolódó" line were kept as text). Each text is our own."""

from __future__ import annotations

import re

import pytest

from indexer import chromewords, pagekind, segment
from indexer.models import BODY, BOILERPLATE, HEADING, TITLE
from indexer.segment import patterns, textblocks
from tests.helpers import FOOTER, MENU, PROSE, html_document, kind_and_reason as kind_of, parse_blocks as parse

_TABLES = {
    "COOKIE_WORDS": chromewords.COOKIE_WORDS,
    "COOKIE_NOTICE": chromewords.COOKIE_NOTICE,
    "SUPPORT_BUTTON": chromewords.SUPPORT_BUTTON,
    "SUPPORT_APPEAL": chromewords.SUPPORT_APPEAL,
    "SUPPORT_KEYS": chromewords.SUPPORT_KEYS,
    "PAYWALL": chromewords.PAYWALL,
    "PAYWALL_KEYS": chromewords.PAYWALL_KEYS,
    "RELATED_LABEL": chromewords.RELATED_LABEL,
    "ADVERT_LABEL": chromewords.ADVERT_LABEL,
    "CHANNEL": chromewords.CHANNEL,
    "NEWSLETTER": chromewords.NEWSLETTER,
    "NEWSLETTER_WORDS": chromewords.NEWSLETTER_WORDS,
    "RIGHTS_RESERVED": chromewords.RIGHTS_RESERVED,
    "RIGHTS_KEYS": chromewords.RIGHTS_KEYS,
    "UI_PRINT": chromewords.UI_PRINT,
    "UI_SHARE": chromewords.UI_SHARE,
    "UI_SAVE": chromewords.UI_SAVE,
    "UI_COMMENTS": chromewords.UI_COMMENTS,
    "COMMENT_FORM_HEADING": chromewords.COMMENT_FORM_HEADING,
    "COMMENTS_HEADING": chromewords.COMMENTS_HEADING,
    "PREV_NEXT_LABEL": chromewords.PREV_NEXT_LABEL,
    "PREV_NEXT_WORD": chromewords.PREV_NEXT_WORD,
    "TAGS_LABEL": chromewords.TAGS_LABEL,
    "BACK_TO_LIST": chromewords.BACK_TO_LIST,
    "PERMISSION": chromewords.PERMISSION,
    "COMMISSION_KEYS": chromewords.COMMISSION_KEYS,
    "LINK_KEYS": chromewords.LINK_KEYS,
    "RECURRENCE": chromewords.RECURRENCE,
    "DELIVERY_KEYS": chromewords.DELIVERY_KEYS,
    "NO_PRIVATE_MESSAGES": chromewords.NO_PRIVATE_MESSAGES,
    "PRINTED_FROM": chromewords.PRINTED_FROM,
    "HIT_COUNTER": chromewords.HIT_COUNTER,
    "BEST_VIEWED": chromewords.BEST_VIEWED,
    "SITE_NOTE_KEYS": chromewords.SITE_NOTE_KEYS,
    "SINCE_YEAR": chromewords.SINCE_YEAR,
    "OFFICIAL_SITE": chromewords.OFFICIAL_SITE,
    "TAGLINE_KEYS": chromewords.TAGLINE_KEYS,
    "FORM_CONSENT": chromewords.FORM_CONSENT,
    "FORM_CONSENT_KEYS": chromewords.FORM_CONSENT_KEYS,
    "CONSENT_OBJECT": chromewords.CONSENT_OBJECT,
    "COMMENT_NAMES": chromewords.COMMENT_NAMES,
    "FORUM_FIELD": chromewords.FORUM_FIELD,
    "PROFILE_FIELD": chromewords.PROFILE_FIELD,
    "READ_MORE": chromewords.READ_MORE,
    "SELF_INTRO": chromewords.SELF_INTRO,
    "EMBED_PLACEHOLDER": chromewords.EMBED_PLACEHOLDER,
    "EMBED_PLACEHOLDER_KEYS": chromewords.EMBED_PLACEHOLDER_KEYS,
    "LOGIN_PROMPT": chromewords.LOGIN_PROMPT,
    "FIRST_VISIT": chromewords.FIRST_VISIT,
}


@pytest.mark.parametrize("name", sorted(_TABLES))
def test_every_concept_covers_every_language(name: str) -> None:
    table = _TABLES[name]
    assert sorted(table) == sorted(chromewords.LANGUAGES)
    assert all(table.values()), [lang for lang, v in table.items() if not v]


def test_the_read_also_labels_cover_every_language() -> None:
    # English's labels are `_READ_ALSO`'s and `_TEASER_START`'s own
    assert set(chromewords.LANGUAGES) - {"en"} <= set(patterns._READ_ALSO_LABELS)


@pytest.mark.linear
@pytest.mark.parametrize(
    "name",
    [
        "_COOKIE",
        "_SUPPORT_BUTTON",
        "_SUPPORT_APPEAL",
        "_PAYWALL_PROMPT",
        "_RELATED_LINK",
        "_LEGAL",
        "_LOGIN_PROMPT",
        "_FIRST_VISIT",
        "_EMBED_PLACEHOLDER",
    ],
)
def test_the_patterns_are_linear(name: str) -> None:
    rx = getattr(patterns, name)
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "vi använder " * 250):
        rx.search(text)
        if isinstance(rx, re.Pattern):  # (a `TablePattern` is searched only)
            rx.match(text)


# One notice a language, as consent banners word them.
COOKIE_NOTICES = [
    "Vi använder kakor för att webbplatsen ska fungera och för att förstå hur den används. Du kan välja vilka du godkänner.",
    "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében. A Rendben gombbal elfogadja ezeket.",
    "Acest site folosește cookie-uri pentru a analiza traficul și a personaliza conținutul. Află mai multe.",
    "Vi og vores 96 partnere bruger cookies og lignende teknologier til at gemme oplysninger på din enhed.",
    "Käytämme evästeitä parantaaksemme käyttökokemusta ja analysoidaksemme liikennettä sivustollamme.",
    "Naudojame slapukus, kad svetainė veiktų geriau ir galėtume analizuoti lankomumą.",
    "Използваме бисквитки, за да подобрим работата на сайта и да анализираме трафика.",
    "Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz.",
    "Ми використовуємо файли cookie, щоб сайт працював краще. Продовжуючи, ви погоджуєтеся з цим.",
    "Uporabljamo piškotke za izboljšanje delovanja spletne strani in za analizo obiskov.",
    "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse på nettstedet vårt.",
]


@pytest.mark.parametrize("notice", COOKIE_NOTICES)
def test_a_cookie_notice_in_any_language_is_chrome(notice: str) -> None:
    art = parse(notice, MENU, "Bridge to close", *PROSE, FOOTER)
    assert kind_of(art, notice[:20]) == (BOILERPLATE, "cookie notice")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert art.title == "Bridge to close"


def test_a_recipe_about_cakes_is_no_cookie_notice() -> None:
    # "kakor" and "süti" are also cakes: the word alone in prose is no notice
    line = "Till kaffet serverades kakor från bageriet i Hällby, och barnen fick var sin bulle efter skolan."
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:20])[0] == BODY


APPEALS = [
    "Нас читают тысячи людей каждый день. Поддержите нас ежемесячным пожертвованием — даже 3 евро помогают.",
    "The Harbour Hour is independent and listener-funded. Join our Patreon from £3 a month.",
    "Naše redakce nemá žádného majitele. Podpořte nás libovolnou částkou, každá koruna pomůže.",
    "Vi er uafhængige af annoncører. Støt os med et månedligt bidrag og hjælp os med at skrive videre.",
    "Wesprzyj nas darowizną, aby nasze dziennikarstwo mogło pozostać niezależne.",
    "Támogasson minket havi adománnyal, hogy továbbra is független maradhassunk.",
    # a blogger's plea to click a blog ranking's banner (trial 26's Japanese blog kept one)
    "ブログランキングに参加しています。よかったら下のバナーをクリックして応援してください。",
    "글이 도움이 되셨다면 공감 꾹 눌러주세요!",
    # a paper's word that its subscribers keep it going (trial 29's Ukrainian support box)
    "Ми не належимо жодному олігарху. Редакція існує завдяки передплатникам, які щомісяця нас підтримують.",
    "Поддержите независимую журналистику: каждый взнос помогает нам работать дальше.",
    # a newsletter platform's line on who pays for it (trial 30's French-Canadian newsletter)
    "Le Fil du lac est une infolettre gratuite soutenue par ses lecteurs. Envisagez de devenir abonné payant.",
    "To receive new posts and support my work, consider becoming a free or paid subscriber.",
    # a foundation's 1.5% tax plea and a paper's "journalism needs you" (trial 30, in HTML)
    "Możesz nas wesprzeć, przekazując 1,5% podatku. Wystarczy wpisać nasz numer KRS w zeznaniu.",
    "O jornalismo de proximidade precisa de si. Assine a partir de 2 euros por mês.",
]


@pytest.mark.parametrize("appeal", APPEALS)
def test_an_appeal_for_support_inside_the_article_is_a_promotion(appeal: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], appeal, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, appeal[:20])
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "button",
    [
        *("Support the show", "Поддержать", "Støt os", "Podpořte nás", "Stöd oss", "Destek olun"),
        # a first-person button, with what it funds (trial 49's Czech events page)
        *("Chci přispět na provoz hradní věže", "I want to donate to the lifeboat fund", "Ich möchte spenden"),
    ],
)
def test_a_support_button_or_heading_alone_is_a_promotion(button: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], button, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, button)
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON)


def test_news_of_a_donation_or_a_headline_on_donations_stays() -> None:
    lines = [
        "Spenden für die Flutopfer: Verein sammelt zwei Millionen Euro",
        "The mayor made a donation to the lifeboat fund and urged others to support the appeal for the harbour.",
        "Партия получила пожертвование от местного предпринимателя, сообщил в четверг избирком.",
        "地元の子どもたちが沿道で選手たちを応援し、大会は三年ぶりに観客を入れて開かれた。",
    ]
    for line in lines:
        art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
        assert kind_of(art, line[:20])[0] in (BODY, HEADING), line


PAYWALLS = [
    ("Læs videre med Avis+", "Få adgang til alle artikler på nettet og i appen. Første måned for 1 kr."),
    ("Läs vidare med Plus", "Artikeln är endast för prenumeranter. Logga in för att läsa vidare."),
    ("Jen pro předplatitele", "Celý článek si přečtete s předplatným. První měsíc za 1 Kč."),
]


@pytest.mark.parametrize(("label", "box"), PAYWALLS)
def test_a_paywall_box_in_any_language_is_chrome_and_the_page_says_it_stops(label: str, box: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", PROSE[0], label, box, FOOTER)
    assert kind_of(art, box[:20]) == (BOILERPLATE, patterns.PAYWALL_REASON)
    assert kind_of(art, label)[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind in (BODY, "lead")] == [PROSE[0]]
    assert any("stops at a paywall" in str(w) for w in art.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Dette indhold er kun for abonnenter",
        "Tento článek je jen pro předplatitele",
        "Ez a cikk csak előfizetőknek érhető el",
        "Ten artykuł jest dostępny tylko dla prenumeratorów",
        "Bu içerik sadece abonelere açıktır",
    ],
)
def test_the_paywall_phrases_pass_their_key_words(text: str) -> None:
    assert pagekind.PAYWALL.search(text)
    assert any(k in text.lower() for k in pagekind._PAYWALL_KEYS)


@pytest.mark.parametrize(
    "line",
    [
        "Kapcsolódó Jövőre felújítják a Margit híd budai hídfőjét",
        "Relaterat Så byggs den nya bron över älven",
        "Læs også Havnen får ny færgeterminal til næste år",
        "Čtěte také Tramvaje pojedou přes most až v létě",
        "Povezano Novi trajekt stiže u luku sljedeće godine",
    ],
)
def test_a_related_label_before_a_headline_without_colon_is_a_link(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, line[:12])
    assert kind == BOILERPLATE and reason.startswith("link to another article")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_line_opening_with_a_word_like_related_stays() -> None:
    # an adjective that opens sentences ("İlgili" + a noun) is no label without its colon, nor
    # is a label word before a lower-case word (a sentence, not a headline after a label)
    for line in (
        "İlgili Bakanlık yeni köprü için ihaleye çıktı",
        "Gerelateerd onderzoek toont aan dat de brug veilig is",
    ):
        art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
        assert kind_of(art, line)[0] in (HEADING, BODY, TITLE), line


@pytest.mark.parametrize(
    "blurb",
    [
        "Prenumerera på vårt nyhetsbrev och få veckans viktigaste nyheter från kommunen.",
        "Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a legfontosabb híreket.",
        "Tilmeld dig vores nyhedsbrev og få dagens vigtigste historier hver morgen.",
        "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het nieuws uit de regio.",
    ],
)
def test_a_newsletter_invitation_in_any_language_is_chrome(blurb: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], blurb, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, blurb[:20])
    assert kind == BOILERPLATE and reason.startswith("newsletter sign-up")


def test_an_html_appeal_and_its_button_are_chrome() -> None:
    appeal = "Нас заблокировали, но мы продолжаем работать. Поддержите нас ежемесячным пожертвованием."
    paras = "".join(f"<p>{p}</p>" for p in PROSE)
    page = (
        "<html><head><meta charset='utf-8'><title>Bridge to close</title></head><body><article>"
        f"<h1>Bridge to close</h1>{paras}<p>{appeal}</p><p><a href='/donate'>Поддержать</a></p></article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "header",
    # (then trial 28's "Weitere Meldungen", "more news" with no word between, a forum's other threads)
    [
        "Ajánljuk még",
        "Mest lästa",
        "Nejčtenější",
        "En çok okunanlar",
        "Weitere Meldungen",
        "More news",
        "Andre nyheter",
        "Relaterte emner",
        "Suggested topics",
        "Sujets similaires",
    ],
)
def test_a_list_of_other_stories_under_its_header_in_any_language_is_chrome(header: str) -> None:
    headlines = "Ferry fares rise in spring\nNew library opens on Harbour Road\nCouncil approves budget for schools"
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], header, headlines, *PROSE[2:], FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert kind_of(art, header)[0] == BOILERPLATE


def test_a_consent_dialogs_category_text_is_a_cookie_notice() -> None:
    text = "Some of these cookies are essential, while others help us improve the site by showing how it is used."
    art = parse(text, MENU, "Bridge to close", *PROSE, FOOTER)
    assert kind_of(art, text[:20]) == (BOILERPLATE, "cookie notice")


@pytest.mark.parametrize(
    "line",
    [
        "Minden jog fenntartva. A Hídhíradó tartalmainak átvétele csak engedéllyel.",
        "Alla rättigheter förbehållna. Kopiering utan tillstånd är förbjuden.",
        "Alle rettigheder forbeholdes. Gengivelse kun med tilladelse.",
        "Všechna práva vyhrazena. Přebírání obsahu je bez souhlasu zakázáno.",
        "Toate drepturile rezervate. Preluarea conținutului doar cu acordul redacției.",
        "Kaikki oikeudet pidätetään. Sisällön kopiointi ilman lupaa on kielletty.",
        "TÜM HAKLARI SAKLIDIR. İzinsiz kopyalanamaz.",
        "Με την επιφύλαξη παντός δικαιώματος. Απαγορεύεται η αναδημοσίευση.",
    ],
)
def test_a_rights_line_in_any_language_is_a_legal_notice(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, line, FOOTER)
    assert kind_of(art, line[:15]) == (BOILERPLATE, "legal notice")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_consent_dialog_in_a_language_without_the_word_cookie_is_chrome_to_its_end() -> None:
    # the dialog goes on through blocks with the language's own word ("kakor"), not only "cookie"
    dialog = [
        "Vi använder kakor för att webbplatsen ska fungera och för att analysera trafiken.",
        "Visa detaljer",
        "Nödvändiga",
        "Nödvändiga kakor gör webbplatsen användbar genom att aktivera grundläggande funktioner som navigering "
        "och åtkomst till säkra delar av webbplatsen, och webbplatsen fungerar inte utan dem.",
        "Statistik",
        "Statistikkakor hjälper webbplatsens ägare att förstå hur besökarna använder sidorna, genom att samla in "
        "och rapportera uppgifter utan att identifiera någon.",
    ]
    art = parse("Bridge to close", *dialog, "Bridge to close", *PROSE)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert {p.reason for p in art.paragraphs if p.text in dialog[1:]} == {"cookie notice (consent dialog)"}
    assert art.title == "Bridge to close"


# One phrase of our own a language and concept, as sites word them: each must be found by its
# concept's pattern and pass the key-word test before it.
COOKIE_EXAMPLES = {
    "bg": "Използваме бисквитки, за да подобрим сайта.",
    "cs": "Tento web používá soubory cookie k analýze návštěvnosti.",
    "da": "Vi bruger cookies til at forbedre din oplevelse.",
    "de": "Wir verwenden Cookies, um die Seite zu verbessern.",
    "el": "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.",
    "en": "We use cookies to improve your experience.",
    "es": "Utilizamos cookies propias y de terceros.",
    "et": "Kasutame küpsiseid, et parandada teie kogemust.",
    "fi": "Käytämme evästeitä sivuston toiminnan parantamiseksi.",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience.",
    "ga": "Úsáidimid fianáin chun an suíomh a fheabhsú.",
    "hr": "Koristimo kolačiće kako bismo poboljšali vaše iskustvo.",
    "hu": "Ez a weboldal sütiket használ.",
    "it": "Questo sito utilizza cookie tecnici e di profilazione.",
    "lt": "Ši svetainė naudoja slapukus.",
    "lv": "Šī vietne izmanto sīkdatnes.",
    "mt": "Dan is-sit juża cookies biex itejjeb l-esperjenza tiegħek.",
    "nl": "Wij gebruiken cookies om de website te verbeteren.",
    "pl": "Ta strona używa plików cookies.",
    "pt": "Este site usa cookies para melhorar sua experiência.",
    "ro": "Acest site folosește cookie-uri.",
    "sk": "Táto stránka používa súbory cookies.",
    "sl": "Ta spletna stran uporablja piškotke.",
    "sv": "Den här webbplatsen använder kakor.",
    "no": "Vi bruker informasjonskapsler for å forbedre nettstedet.",
    "tr": "Bu web sitesi çerezleri kullanmaktadır.",
    "ru": "Этот сайт использует файлы cookie.",
    "uk": "Цей сайт використовує файли cookie.",
    "ar": "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.",
    "zh": "本网站使用Cookie来改善您的体验。",
    "ja": "当サイトではクッキーを使用しています。",
    "ko": "이 사이트는 쿠키를 사용합니다.",
    "ca": "Aquest web utilitza galetes pròpies i de tercers per millorar la navegació.",
    "id": "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
    "vi": "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.",
    "fa": "ما از کوکی‌ها برای بهبود تجربه شما در وب‌سایت استفاده می‌کنیم.",
    "hi": "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
}
SUPPORT_EXAMPLES = {
    "bg": "Подкрепете ни с дарение.",
    "cs": "Podpořte nás libovolnou částkou.",
    "da": "Støt os med et månedligt bidrag.",
    "de": "Unterstützen Sie unsere Arbeit mit einer Spende.",
    "el": "Στηρίξτε μας με μια δωρεά.",
    "en": "Support us with a donation today.",
    "es": "Apóyanos con una donación mensual.",
    "et": "Toeta meid, tee annetus.",
    "fi": "Tue meitä lahjoituksella.",
    "fr": "Soutenez-nous en faisant un don.",
    "ga": "Tacaigh linn le síntiús.",
    "hr": "Podržite nas donacijom.",
    "hu": "Támogasson minket havi adománnyal.",
    "it": "Sostienici con una donazione.",
    "lt": "Paremkite mus auka.",
    "lv": "Atbalsti mūs ar ziedojumu.",
    "mt": "Appoġġjana b'donazzjoni.",
    "nl": "Steun ons met een maandelijkse donatie.",
    "pl": "Wesprzyj nas darowizną.",
    "pt": "Apoie nosso jornalismo com uma doação.",
    "ro": "Susține-ne cu o donație.",
    "sk": "Podporte nás ľubovoľnou sumou.",
    "sl": "Podprite nas z donacijo.",
    "sv": "Stöd oss med en gåva.",
    "no": "Støtt oss med et bidrag.",
    "tr": "Bize destek olun, bağış yapın.",
    "ru": "Поддержите нас ежемесячным пожертвованием.",
    "uk": "Підтримайте нас щомісячним внеском.",
    "ar": "ادعمنا بالتبرع الآن.",
    "zh": "请支持我们的工作。",
    "ja": "ご寄付をお願いします。",
    "ko": "정기후원으로 함께해 주세요.",
    "ca": "Dona'ns suport amb una donació mensual.",
    "id": "Bantu kami terus bekerja dengan donasi mulai Rp25.000 per bulan.",
    "vi": "Hãy ủng hộ chúng tôi bằng một khoản đóng góp.",
    "fa": "از روزنامه‌نگاری مستقل حمایت کنید.",
    "hi": "स्वतंत्र पत्रकारिता का समर्थन करें।",
}
PAYWALL_EXAMPLES = {
    "bg": "Тази статия е само за абонати.",
    "cs": "Článek je jen pro předplatitele.",
    "da": "Artiklen er kun for abonnenter.",
    "de": "Dieser Artikel ist exklusiv für Abonnenten.",
    "el": "Το άρθρο είναι μόνο για συνδρομητές.",
    "en": "Subscribe to continue reading.",
    "es": "Contenido exclusivo para suscriptores.",
    "et": "Artikkel on ainult tellijatele.",
    "fi": "Artikkeli on vain tilaajille.",
    "fr": "Cet article est réservé aux abonnés.",
    "ga": "Alt do shíntiúsóirí amháin.",
    "hr": "Članak je samo za pretplatnike.",
    "hu": "A cikk csak előfizetőknek érhető el.",
    "it": "Articolo riservato agli abbonati.",
    "lt": "Straipsnis skirtas tik prenumeratoriams.",
    "lv": "Raksts pieejams tikai abonentiem.",
    "mt": "Dan l-artiklu huwa biss għall-abbonati.",
    "nl": "Dit artikel is alleen voor abonnees.",
    "pl": "Artykuł dostępny tylko dla prenumeratorów.",
    "pt": "Conteúdo exclusivo para assinantes.",
    "ro": "Articol disponibil doar pentru abonați.",
    "sk": "Článok je len pre predplatiteľov.",
    "sl": "Članek je samo za naročnike.",
    "sv": "Artikeln är endast för prenumeranter.",
    "no": "Saken er kun for abonnenter.",
    "tr": "Bu içerik sadece abonelere açıktır.",
    "ru": "Материал доступен только для подписчиков.",
    "uk": "Матеріал лише для передплатників.",
    "ar": "هذا المحتوى للمشتركين فقط.",
    "zh": "本文仅限订阅用户阅读。",
    "ja": "この記事は有料会員限定です。",
    "ko": "이 기사는 구독자 전용입니다.",
    "ca": "Contingut exclusiu per a subscriptors.",
    "id": "Artikel ini khusus pelanggan.",
    "vi": "Bài viết này chỉ dành cho thành viên.",
    "fa": "این مطلب ویژه مشترکان است.",
    "hi": "पूरी ख़बर पढ़ने के लिए सब्सक्राइब करें।",
}
NEWSLETTER_EXAMPLES = {
    "bg": "Абонирайте се за нашия бюлетин.",
    "cs": "Přihlaste se k odběru našeho newsletteru.",
    "da": "Tilmeld dig vores nyhedsbrev.",
    "de": "Abonnieren Sie unseren Newsletter.",
    "el": "Εγγραφείτε στο newsletter μας.",
    "en": "Sign up for our newsletter.",
    "es": "Suscríbete a nuestro boletín.",
    "et": "Telli meie uudiskiri.",
    "fi": "Tilaa uutiskirjeemme.",
    "fr": "Inscrivez-vous à notre infolettre.",
    "ga": "Cláraigh le ár nuachtlitir.",
    "hr": "Pretplatite se na naš newsletter.",
    "hu": "Iratkozzon fel hírlevelünkre.",
    "it": "Iscriviti alla nostra newsletter.",
    "lt": "Užsiprenumeruokite mūsų naujienlaiškį.",
    "lv": "Piesakies mūsu jaunumiem.",
    "mt": "Abbona għan-newsletter tagħna.",
    "nl": "Schrijf je in voor onze nieuwsbrief.",
    "pl": "Zapisz się do naszego newslettera.",
    "pt": "Assine a nossa newsletter.",
    "ro": "Abonează-te la newsletter.",
    "sk": "Prihláste sa na odber nášho newslettera.",
    "sl": "Naročite se na naše e-novice.",
    "sv": "Prenumerera på vårt nyhetsbrev.",
    "no": "Meld deg på vårt nyhetsbrev.",
    "tr": "Bültenimize abone olun.",
    "ru": "Подпишитесь на нашу рассылку.",
    "uk": "Підпишіться на нашу розсилку.",
    "ar": "اشترك في النشرة البريدية.",
    "zh": "订阅我们的电子报。",
    "ja": "メルマガ登録はこちら。",
    "ko": "뉴스레터 구독하기",
    "ca": "Subscriu-te al nostre butlletí.",
    "id": "Berlangganan buletin kami.",
    "vi": "Đăng ký nhận bản tin của chúng tôi.",
    "fa": "در خبرنامه ما عضو شوید.",
    "hi": "हमारे न्यूज़लेटर को सब्सक्राइब करें।",
}
RELATED_EXAMPLES = {
    "bg": "Прочетете още Нов мост над реката",
    "cs": "Čtěte také Nový most přes řeku",
    "da": "Læs også Ny bro over åen",
    "de": "Lesen Sie auch Neue Brücke über den Fluss",
    "el": "Διαβάστε επίσης Νέα γέφυρα στο ποτάμι",
    "en": "See also New bridge over the river",
    "es": "Lee también Nuevo puente sobre el río",
    "et": "Loe ka Uus sild üle jõe",
    "fi": "Lue myös Uusi silta joen yli",
    "fr": "Lire aussi Un nouveau pont sur la rivière",
    "ga": "Léigh freisin Droichead nua thar an abhainn",
    "hr": "Pročitajte još Novi most preko rijeke",
    "hu": "Kapcsolódó Új híd épül a folyón",
    "it": "Leggi anche Nuovo ponte sul fiume",
    "lt": "Taip pat skaitykite Naujas tiltas per upę",
    "lv": "Lasi arī Jauns tilts pār upi",
    "mt": "Aqra wkoll Pont ġdid fuq ix-xmara",
    "nl": "Lees ook Nieuwe brug over de rivier",
    "pl": "Czytaj także Nowy most na rzece",
    "pt": "Leia também Nova ponte sobre o rio",
    "ro": "Citește și Un pod nou peste râu",
    "sk": "Čítajte aj Nový most cez rieku",
    "sl": "Preberite še Nov most čez reko",
    "sv": "Läs också Ny bro över älven",
    "no": "Les også Ny bro over elva",
    "tr": "Ayrıca okuyun Nehre yeni köprü",
    "ru": "Читайте также Новый мост через реку",
    "uk": "Читайте також Новий міст через річку",
    "ar": "اقرأ أيضا جسر جديد فوق النهر",
    "zh": "延伸阅读 新桥横跨河流",
    "ja": "関連記事 川に新しい橋",
    "ko": "관련기사 강 위의 새 다리",
    "ca": "Llegiu també Un nou pont sobre el riu",
    "id": "Baca juga Jembatan baru di atas sungai",
    "vi": "Xem thêm Cây cầu mới bắc qua sông",
    "fa": "بیشتر بخوانید: پل تازه‌ای بر زاینده‌رود",
    "hi": "ये भी पढ़ें: गंगा पर नया पुल खुला",
}
RIGHTS_EXAMPLES = {
    "bg": "Всички права запазени.",
    "cs": "Všechna práva vyhrazena.",
    "da": "Alle rettigheder forbeholdes.",
    "de": "Alle Rechte vorbehalten.",
    "el": "Όλα τα δικαιώματα διατηρούνται.",
    "en": "All rights reserved.",
    "es": "Todos los derechos reservados.",
    "et": "Kõik õigused kaitstud.",
    "fi": "Kaikki oikeudet pidätetään.",
    "fr": "Tous droits réservés.",
    "ga": "Gach ceart ar cosaint.",
    "hr": "Sva prava pridržana.",
    "hu": "Minden jog fenntartva.",
    "it": "Tutti i diritti riservati.",
    "lt": "Visos teisės saugomos.",
    "lv": "Visas tiesības aizsargātas.",
    "mt": "Id-drittijiet kollha riżervati.",
    "nl": "Alle rechten voorbehouden.",
    "pl": "Wszelkie prawa zastrzeżone.",
    "pt": "Todos os direitos reservados.",
    "ro": "Toate drepturile rezervate.",
    "sk": "Všetky práva vyhradené.",
    "sl": "Vse pravice pridržane.",
    "sv": "Alla rättigheter förbehållna.",
    "no": "Alle rettigheter reservert.",
    "tr": "Tüm hakları saklıdır.",
    "ru": "Все права защищены.",
    "uk": "Усі права захищені.",
    "ar": "جميع الحقوق محفوظة.",
    "zh": "本网站版权所有",
    "ja": "記事の無断転載を禁じます。",
    "ko": "무단전재 및 재배포 금지",
    "ca": "Tots els drets reservats.",
    "id": "Hak cipta dilindungi undang-undang.",
    "vi": "Bảo lưu mọi quyền.",
    "fa": "تمامی حقوق این وب‌سایت محفوظ است.",
    "hi": "सर्वाधिकार सुरक्षित।",
}
_EXAMPLES = {
    "cookie": COOKIE_EXAMPLES,
    "rights": RIGHTS_EXAMPLES,
    "support": SUPPORT_EXAMPLES,
    "paywall": PAYWALL_EXAMPLES,
    "newsletter": NEWSLETTER_EXAMPLES,
    "related": RELATED_EXAMPLES,
}


def _found(concept: str, text: str) -> bool:
    low = text.lower()

    def keyed(keys: tuple[str, ...]) -> bool:
        return any(k in low for k in keys)

    if concept == "cookie":
        return bool(patterns._COOKIE.search(text)) and chromewords.mentions_cookies(low)
    if concept == "support":
        return bool(patterns._SUPPORT_APPEAL.search(text)) and keyed(patterns.SUPPORT_KEYS)
    if concept == "paywall":
        note = bool(pagekind.PAYWALL.search(text)) and keyed(pagekind._PAYWALL_KEYS)
        return note and bool(patterns._PAYWALL_PROMPT.search(text)) and keyed(patterns.PAYWALL_PROMPT_KEYS)
    if concept == "newsletter":
        return bool(patterns._NEWSLETTER.search(text)) and keyed(patterns._NEWSLETTER_KEYS)
    if concept == "rights":
        return bool(patterns._LEGAL.search(text)) and keyed(textblocks._LEGAL_KEYS)
    return bool(patterns._RELATED_LINK.match(text))


@pytest.mark.parametrize("concept", sorted(_EXAMPLES))
def test_every_language_has_an_example_its_pattern_finds(concept: str) -> None:
    examples = _EXAMPLES[concept]
    assert sorted(examples) == sorted(chromewords.LANGUAGES)
    assert [lang for lang, text in examples.items() if not _found(concept, text)] == []


# A page's tools in every language (`chromewords.UI_PRINT`, `UI_SHARE`, `UI_SAVE`, `UI_COMMENTS`):
# one row of labels a language, as a share bar prints them ("Tisk | Sdílet | Uložit | 3 komentáře").
TOOL_ROWS = {
    "bg": "Печат | Сподели | Запази | 3 коментара",
    "cs": "Tisk | Sdílet | Uložit | 3 komentáře",
    "da": "Udskriv | Del | Gem | 3 kommentarer",
    "de": "Drucken | Teilen | Merken | 3 Kommentare",
    "el": "Εκτύπωση | Κοινοποίηση | Αποθήκευση | 3 σχόλια",
    "en": "Print | Share | Save | 3 comments",
    "es": "Imprimir | Compartir | Guardar | 3 comentarios",
    "et": "Prindi | Jaga | Salvesta | 3 kommentaari",
    "fi": "Tulosta | Jaa | Tallenna | 3 kommenttia",
    "fr": "Imprimer | Partager | Enregistrer | 3 commentaires",
    "ga": "Priontáil | Roinn | Sábháil | 3 tráchtanna",
    "hr": "Ispiši | Podijeli | Spremi | 3 komentara",
    "hu": "Nyomtatás | Megosztás | Mentés | 3 hozzászólás",
    "it": "Stampa | Condividi | Salva | 3 commenti",
    "lt": "Spausdinti | Dalintis | Išsaugoti | 3 komentarai",
    "lv": "Drukāt | Dalīties | Saglabāt | 3 komentāri",
    "mt": "Ipprintja | Aqsam | Issejvja | 3 kummenti",
    "nl": "Afdrukken | Delen | Bewaren | 3 reacties",
    "pl": "Drukuj | Udostępnij | Zapisz | 3 komentarze",
    "pt": "Imprimir | Compartilhar | Salvar | 3 comentários",
    "ro": "Printează | Distribuie | Salvează | 3 comentarii",
    "sk": "Tlačiť | Zdieľať | Uložiť | 3 komentáre",
    "sl": "Natisni | Deli | Shrani | 3 komentarji",
    "sv": "Skriv ut | Dela | Spara | 3 kommentarer",
    "no": "Skriv ut | Del | Lagre | 3 kommentarer",
    "tr": "Yazdır | Paylaş | Kaydet | 3 yorum",
    "ru": "Печать | Поделиться | Сохранить | 3 комментария",
    "uk": "Друк | Поділитися | Зберегти | 3 коментарі",
    "ar": "طباعة | مشاركة | حفظ | 3 تعليقات",
    "zh": "打印 | 分享 | 收藏 | 3 条评论",
    "ja": "印刷 | シェア | 保存 | コメント（3）",
    "ko": "인쇄 | 공유 | 저장 | 댓글 3",
    "ca": "Imprimir | Compartir | Desa | 3 comentaris",
    "id": "Cetak | Bagikan | Simpan | 3 komentar",
    "vi": "In bài | Chia sẻ | Lưu | 3 bình luận",
    "fa": "چاپ | اشتراک‌گذاری | ذخیره | نظرات (۳)",
    "hi": "प्रिंट | शेयर करें | सेव करें | 3 टिप्पणियाँ",
}


@pytest.mark.parametrize("lang", sorted(TOOL_ROWS))
def test_every_tool_label_of_every_language_is_known(lang: str) -> None:
    items = [item.strip() for item in TOOL_ROWS[lang].split("|")]
    kinds = [[kind for kind, rx in patterns._UI_LABEL_ONE if rx.fullmatch(item)] for item in items]
    assert kinds == [["print"], ["share"], ["save"], ["comment count"]], lang


# rows of a language no tuning page had, each with two or more labels the tables lacked
NEW_TOOL_ROWS = [
    ("Сподели | Запази | Печат", "print, share, save"),
    ("Jaga | Salvesta | Prindi", "print, share, save"),
    ("Spausdinti | Dalintis", "print, share"),
    ("Dalīties | Saglabāt | Drukāt", "print, share, save"),
    ("Natisni | Deli | Shrani", "print, share, save"),
    ("Podijeli | Spremi | Ispiši", "print, share, save"),
    ("Zdieľať | Uložiť | Tlačiť", "print, share, save"),
]


@pytest.mark.parametrize(("row", "what"), NEW_TOOL_ROWS)
def test_a_row_of_tools_in_a_new_language_is_chrome(row: str, what: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], row, *PROSE[2:], FOOTER)
    assert kind_of(art, row) == (BOILERPLATE, f"button label ({what})")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_sentence_with_a_tool_word_stays_text() -> None:
    lines = [
        "Deli mesto je dobilo novo knjižnico, ki jo bodo odprli spomladi.",
        "Spausdinti bilietai bus galioti iki kitų metų pabaigos, sakė direktorius.",
        "Del av vägen stängs i helgen medan bron repareras av kommunen.",
    ]
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], *lines, *PROSE[2:], FOOTER)
    assert [kind_of(art, line[:20])[0] for line in lines] == [BODY] * 3


@pytest.mark.linear
def test_the_label_patterns_are_fast_on_long_strings() -> None:
    # each label alone on 3,000 characters; a line of labels as long as its callers allow
    # (UI_LABEL_MAX_CHARS: the line's own repeat backtracks on a longer run of "a a a")
    limit = patterns.UI_LABEL_MAX_CHARS
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "del " * 750, "| " * 1500):
        for _kind, one in patterns._UI_LABEL_ONE:
            one.search(text)
        patterns.ui_label_line(text[: limit - 1] + "x")


# A comment form's heading and a thread's header in every language (`chromewords.COMMENT_FORM_HEADING`,
# `COMMENTS_HEADING`): each opens the page's tail.
COMMENT_HEADINGS = {
    "bg": ("Оставете коментар", "Коментари (4)"),
    "cs": ("Přidat komentář", "Komentáře"),
    "da": ("Efterlad et svar", "Kommentarer (4)"),
    "de": ("Hinterlasse einen Kommentar", "Kommentare"),
    "el": ("Αφήστε ένα σχόλιο", "Σχόλια (4)"),
    "en": ("Leave a Reply", "Comments (4)"),
    "es": ("Deja una respuesta", "Comentarios"),
    "et": ("Jäta vastus", "Kommentaarid (4)"),
    "fi": ("Jätä kommentti", "Kommentit"),
    "fr": ("Laisser un commentaire", "Commentaires (4)"),
    "ga": ("Fág freagra", "Tráchtanna"),
    "hr": ("Ostavite komentar", "Komentari (4)"),
    "hu": ("Szólj hozzá!", "Hozzászólások (4)"),
    "it": ("Lascia un commento", "Commenti"),
    "lt": ("Parašykite komentarą", "Komentarai (4)"),
    "lv": ("Atstājiet atbildi", "Komentāri"),
    "mt": ("Ħalli kumment", "Kummenti (4)"),
    "nl": ("Laat een reactie achter", "Reacties"),
    "pl": ("Dodaj komentarz", "Komentarze (4)"),
    "pt": ("Deixe um comentário", "Comentários"),
    "ro": ("Lasă un răspuns", "Comentarii (4)"),
    "sk": ("Pridať komentár", "Komentáre"),
    "sl": ("Oddaj komentar", "Komentarji (4)"),
    "sv": ("Lämna ett svar", "Kommentarer"),
    "no": ("Legg igjen en kommentar", "Kommentarer (4)"),
    "tr": ("Bir yanıt yazın", "Yorumlar"),
    "ru": ("Оставить комментарий", "Комментарии (4)"),
    "uk": ("Залишити коментар", "Коментарі"),
    "ar": ("اترك تعليقاً", "التعليقات (4)"),
    "zh": ("发表评论", "网友评论"),
    "ja": ("コメントを残す", "みんなのコメント（4）"),
    "ko": ("댓글 남기기", "독자 댓글 4"),
    "ca": ("Deixa un comentari", "Comentaris (4)"),
    "id": ("Tinggalkan Balasan", "Komentar (4)"),
    "vi": ("Để lại bình luận", "Ý kiến bạn đọc (3)"),
    "fa": ("دیدگاهتان را بنویسید", "نظرات (۴)"),
    "hi": ("एक उत्तर दें", "टिप्पणियाँ (4)"),
}


@pytest.mark.parametrize("lang", sorted(COMMENT_HEADINGS))
def test_a_comment_heading_in_every_language_opens_the_tail(lang: str) -> None:
    assert [bool(patterns._TAIL_START.match(line)) for line in COMMENT_HEADINGS[lang]] == [True, True]


READER_COMMENTS = [
    "Ich fahre jeden Tag über diese Brücke, und niemand hat uns gefragt, was wir davon halten.",
    "Jeg kører over den bro hver dag, og ingen har spurgt os, hvad vi mener om færgerne om vinteren.",
]


@pytest.mark.parametrize(
    "header", ["Jätä kommentti", "Kommentaarid (4)", "Ostavite komentar", "Komentāri", "Оставете коментар"]
)
def test_reader_comments_under_a_new_languages_comment_header_are_no_article_text(header: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, header, *READER_COMMENTS, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_line_opening_with_a_comment_word_stays_text() -> None:
    for line in (
        "Kommentoijat ovat olleet asiasta eri mieltä jo vuosia.",
        "Kommentarer fra ministeren kom sent i går.",
    ):
        assert not patterns._TAIL_START.match(line)


@pytest.mark.linear
def test_the_comment_heading_pattern_is_fast_on_long_strings() -> None:
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "kommentarer " * 250):
        patterns._TAIL_START.match(text)
        patterns._TAIL_START.search(text)


# The links to the previous and the next post in every language (`chromewords.PREV_NEXT_LABEL`).
PREV_NEXT = {
    "bg": "Предишна публикация", "cs": "Předchozí příspěvek", "da": "Næste indlæg", "de": "Vorheriger Beitrag",
    "el": "Επόμενο άρθρο", "en": "Previous post", "es": "Entrada anterior", "et": "Eelmine postitus",
    "fi": "Seuraava artikkeli", "fr": "Article précédent", "ga": "An post roimhe seo", "hr": "Prethodni članak",
    "hu": "Előző bejegyzés", "it": "Articolo successivo", "lt": "Ankstesnis įrašas", "lv": "Nākamais raksts",
    "mt": "Artiklu preċedenti", "nl": "Vorige bericht",
    "pl": "Poprzedni wpis", "pt": "Próximo artigo", "ro": "Articolul următor", "sk": "Predchádzajúci článok",
    "sl": "Naslednji prispevek", "sv": "Föregående inlägg", "no": "Neste artikkel", "tr": "Önceki yazı",
    "ru": "Следующая статья", "uk": "Попередня стаття", "ar": "المقال السابق", "zh": "上一篇", "ja": "前の記事",
    "ko": "이전 글",
    "ca": "Entrada anterior", "id": "Pos sebelumnya", "vi": "Bài viết trước", "fa": "نوشته بعدی", "hi": "पिछला लेख",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(PREV_NEXT))
def test_a_previous_or_next_post_label_in_every_language_is_known(lang: str) -> None:
    assert textblocks._PREV_NEXT_LABEL.match(f"{PREV_NEXT[lang]} Die Brücke bleibt bis Juni gesperrt")


@pytest.mark.parametrize(
    "links",
    [
        "Eelmine postitus\nSild suletakse aastaks\nJärgmine postitus\nLinnavolikogu kogunes",
        "Előző bejegyzés\nLezárják a hidat\nKövetkező bejegyzés\nÜlésezett a képviselő-testület",
        "Föregående inlägg\nBron stängs i ett år\nNästa inlägg\nFullmäktige sammanträdde",
    ],
)
def test_the_previous_and_next_post_links_in_a_new_language_are_chrome(links: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, links, FOOTER)
    assert kind_of(art, links.split("\n")[0]) == (BOILERPLATE, "previous / next post links")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_sentence_opening_with_previous_stays_text() -> None:
    for line in (
        "Edellinen hallitus päätti sillan korjauksesta jo vuonna 2019.",
        "Előző nap a polgármester is bejárta a hidat.",
    ):
        assert not textblocks._PREV_NEXT_LABEL.match(line)


@pytest.mark.linear
def test_the_previous_next_pattern_is_fast_on_long_strings() -> None:
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "-" * 3000):
        textblocks._PREV_NEXT_LABEL.match(text)
        textblocks._PREV_NEXT_LABEL.search(text)


@pytest.mark.parametrize("lang", chromewords.LANGUAGES)
def test_an_advert_label_alone_on_its_line_is_read_in_every_language(lang: str) -> None:
    # each language's first label, as a slot's line prints it (upper case, with dashes)
    word = chromewords.ADVERT_LABEL[lang].split("|")[0]
    assert patterns._ADVERT_LABEL.match(f"— {word.upper()} —")
    assert not patterns._ADVERT_LABEL.match(f"{word} {word} and more")


# A thread's header in languages the corpora never had, with its count or alone
# (`blocks.is_comment_header`, the model's comment_header feature: `chromewords.UI_COMMENTS`,
# `COMMENTS_HEADING`, `COMMENT_FORM_HEADING`).
@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Komentar (3)", True),
        ("Komentarze (12)", True),
        # the replies' word with their count (trial 28: Medium's "Responses (3)"), not alone
        ("Responses (3)", True),
        ("Antworten (12)", True),
        ("Responses", False),
        ("Kommentti", True),
        ("1 kommentti", True),
        ("5 komentarjev", True),
        ("Коментарі (2)", True),
        ("Jätä kommentti", True),
        ("Komentarze do artykułu o budżecie miasta zostały zamknięte w piątek", False),
        ("Kommentoijat ovat olleet asiasta eri mieltä jo vuosia.", False),
    ],
)
def test_a_comment_threads_header_in_any_language_is_known(line: str, header: bool) -> None:
    from indexer import blocks

    assert blocks.is_comment_header(line) is header


@pytest.mark.parametrize(
    ("names", "word"),
    [
        ("komentáře-box", "komentáře"),
        ("sekce komentare", "komentare"),
        ("post-kommentit", "kommentit"),
        ("hozzászólások", "hozzászólások"),
        ("yorumlar-alani", "yorumlar"),
        ("blok-коментарі", "коментарі"),
        ("ÚvodníStrana clanek", ""),
        # a layout's orientation names no box: WoltLab's post (trial 39)
        ("message messageSidebarOrientationLeft", ""),
        ("sidebar messageSidebarOrientationLeft", "sidebar"),
    ],
)
def test_a_comment_sections_class_name_in_any_language_and_script_is_chrome(names: str, word: str) -> None:
    import lxml.html

    from indexer import htmlchrome

    el = lxml.html.fromstring(f'<div class="{names}">x</div>')
    assert htmlchrome.chrome_name(el) == word


def test_class_names_in_any_script_are_parted_into_words_by_case() -> None:
    import lxml.html

    from indexer import htmlchrome

    el = lxml.html.fromstring('<div class="komentářeBox ÚvodníStrana HTMLParser" id="článeк_2">x</div>')
    assert htmlchrome.name_words(el) == ["komentáře", "box", "úvodní", "strana", "html", "parser", "článeк", "2"]


@pytest.mark.linear
def test_the_site_note_tagline_and_consent_patterns_are_linear() -> None:
    from indexer.segment import furniture

    pats = [*furniture._SITE_NOTE.values(), *furniture._TAGLINE.values(), *textblocks._CONSENT.values()]
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "1 " * 1500, "Besucher: " + "1 " * 1500):
        for rx in pats:
            rx.search(text)


@pytest.mark.parametrize("name", ["sekce-komentáře", "komentare", "kommentit-lista", "yorumlar", "hozzászólások"])
def test_reader_comments_in_a_box_named_in_another_language_inside_the_article_are_no_text(name: str) -> None:
    comments = (
        "Bydlím u toho mostu dvacet let a nikdo se nás nikdy nezeptal, co si o té uzavírce myslíme my, místní.",
        "Souhlasím, ale přívoz by měl jezdit aspoň každou hodinu, jinak se do práce včas nedostaneme vůbec nikdo.",
    )
    paras = "".join(f"<p>{p}</p>" for p in PROSE)
    box = "".join(f"<div class='item'><p>{c}</p></div>" for c in comments)
    page = (
        "<html lang='cs'><head><meta charset='utf-8'><title>Bridge to close</title></head><body><main><article>"
        f"<h1>Bridge to close</h1>{paras}<div class='{name}'>{box}</div></article></main></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize("header", ["Komentar (3)", "Kommentti", "5 komentarjev"])
def test_reader_comments_under_a_count_header_in_another_language_are_no_article_text(header: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, header, *READER_COMMENTS, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
