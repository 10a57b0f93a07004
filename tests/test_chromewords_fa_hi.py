"""Persian and Hindi in every concept of `indexer/chromewords.py` (Radio Farda's and BBC Persian's,
BBC Hindi's and the Indian papers' chrome): a line a language and concept, as their sites print it,
found by the concept's compiled pattern; Persian in the Arabic letters (ي ك) and without its
zero-width non-joiner too, Hindi without a nukta and with an anusvara for a chandrabindu; chrome
lines inside a Persian or Hindi article dropped, the article's text kept; and ordinary news
sentences with the same words ("به نظر می‌رسد", "پیام خصوصی", "पीएम मोदी", "संबंधित अधिकारियों")
left alone. Each text is our own."""

from __future__ import annotations

import re

import pytest

from indexer import blocks, chromewords, pagekind
from indexer.models import BODY, BOILERPLATE
from indexer.segment import furniture, patterns, textblocks
from tests.helpers import kind_and_reason as kind_of, parse_blocks as parse

NEW = ("fa", "hi")


def test_the_two_languages_are_in_every_table() -> None:
    assert set(NEW) <= set(chromewords.LANGUAGES)
    assert not set(NEW) & set(chromewords.NO_SPACES)  # (both are written with spaces)
    for name, table in vars(chromewords).items():
        if isinstance(table, dict) and table and all(isinstance(k, str) and len(k) == 2 for k in table):
            if name not in ("VENUE_COMPOUND", "DATED_BY_WORD"):  # (Hindi names the author before "द्वारा")
                assert all(table.get(lang) for lang in NEW), name


def test_persian_phrases_take_the_arabic_letters_and_the_joiner_in_any_form() -> None:
    rx = re.compile(chromewords._fa("ادامه\u200cی مطلب را بخوانید"))
    for text in ("ادامه\u200cی مطلب را بخوانید", "ادامه ی مطلب را بخوانید", "ادامهي مطلب را بخوانيد"):
        assert rx.fullmatch(text), text
    assert re.fullmatch(chromewords._fa("کوکی"), "كوكي")
    # a character class is left alone, its joiner with it
    assert chromewords._fa(chromewords._FA_W) == chromewords._FA_W
    assert set(chromewords._fa_forms("کوکی\u200cها")) >= {"کوکی\u200cها", "کوکی ها", "کوکیها", "كوكيها"}


def test_hindi_phrases_take_a_nukta_letter_in_any_form_and_an_anusvara_for_a_chandrabindu() -> None:
    rx = re.compile(chromewords._hi("ख़बरें पढ़ें|टिप्पणियाँ"))
    for text in ("ख़बरें पढ़ें", "खबरें पढें", "\u0959बरें प\u095dें", "टिप्पणियाँ", "टिप्पणियां"):
        assert rx.fullmatch(text), text
    assert chromewords._hi_tokens("पाठकों", "अगर") == ("पाठकों", "अगर")  # whole: `WORD` keeps the vowel signs


def _keyed(text: str, keys: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(k in low for k in keys)


# concept: (the compiled pattern's test, {language: example lines})
CONCEPTS = {
    "cookie notice": (
        lambda t: bool(patterns._COOKIE.search(t)) and chromewords.mentions_cookies(t.lower()),
        {
            "fa": [
                "ما برای بهبود تجربه کاربری از کوکی‌ها استفاده می‌کنیم.",
                "اين وب سايت از كوكي استفاده مي‌كند.",
                "این سایت برای تحلیل ترافیک از کوکیها استفاده می‌کند.",
            ],
            "hi": [
                "हम आपको बेहतर अनुभव देने के लिए कुकीज़ का उपयोग करते हैं।",
                "यह वेबसाइट कुकीज का इस्तेमाल करती है।",
            ],
        },
    ),
    "support appeal": (
        lambda t: bool(patterns._SUPPORT_APPEAL.search(t)) and _keyed(t, patterns.SUPPORT_KEYS),
        {
            "fa": ["با یک کمک مالی ماهانه از روزنامه‌نگاری مستقل حمایت کنید.", "از كار ما حمايت كنيد"],
            "hi": ["स्वतंत्र पत्रकारिता का समर्थन करें।", "हर महीने नियमित सहयोग दें और हमारी पत्रकारिता को मज़बूत करें।"],
        },
    ),
    "support button": (
        lambda t: bool(patterns._SUPPORT_BUTTON.match(t)),
        {"fa": ["از ما حمایت کنید", "حمایت مالی"], "hi": ["अभी दान करें", "हमारा समर्थन करें"]},
    ),
    "paywall": (
        lambda t: (
            bool(pagekind.PAYWALL.search(t))
            and _keyed(t, pagekind._PAYWALL_KEYS)
            and bool(patterns._PAYWALL_PROMPT.search(t))
            and _keyed(t, patterns.PAYWALL_PROMPT_KEYS)
        ),
        {
            "fa": ["برای ادامه مطالعه این مطلب، مشترک شوید.", "این محتوا ویژه مشترکان است."],
            "hi": ["पूरी ख़बर पढ़ने के लिए सब्सक्राइब करें।", "यह लेख केवल सब्सक्राइबर्स के लिए है।"],
        },
    ),
    "newsletter": (
        lambda t: bool(patterns._NEWSLETTER.search(t)) and _keyed(t, patterns._NEWSLETTER_KEYS),
        {
            "fa": ["در خبرنامه ما عضو شوید.", "عضویت در خبرنامه"],
            "hi": ["हमारे न्यूज़लेटर को सब्सक्राइब करें।", "न्यूजलेटर के लिए साइन अप करें"],
        },
    ),
    "related label": (
        lambda t: bool(patterns._RELATED_LINK.match(t)),
        {
            "fa": ["بیشتر بخوانید: پل تازه‌ای بر زاینده‌رود", "همچنين بخوانيد: بلیت قایق گران شد"],
            "hi": ["ये भी पढ़ें: गंगा पर नया पुल खुला", "इसे भी पढें नावों का किराया दोगुना"],
        },
    ),
    "advert label": (
        lambda t: bool(patterns._ADVERT_LABEL.match(t)),
        {"fa": ["— تبلیغات —", "آگهي"], "hi": ["विज्ञापन", "प्रायोजित"]},
    ),
    "comment form heading": (
        lambda t: bool(patterns._TAIL_START.match(t)) and blocks.is_comment_header(t),
        {
            "fa": ["دیدگاهتان را بنویسید", "ارسال نظر", "اولین نفری باشید که نظر می‌دهید"],
            "hi": ["एक उत्तर दें", "अपनी टिप्पणी लिखें"],
        },
    ),
    "comment thread header": (
        lambda t: bool(patterns._TAIL_START.match(t)) and blocks.is_comment_header(t),
        {
            "fa": ["نظرات (۴)", "دیدگاه‌ها", "نظرات کاربران", "۳ دیدگاه", "12 نظر"],
            "hi": ["टिप्पणियाँ (4)", "टिप्पणियां", "पाठकों की टिप्पणियाँ"],
        },
    ),
    "previous / next label": (
        lambda t: bool(textblocks._PREV_NEXT_LABEL.match(f"{t} پل تا تابستان بسته می‌ماند")),
        {"fa": ["مطلب قبلی", "نوشته‌ی بعدی", "خبر بعدي"], "hi": ["पिछला लेख", "अगली ख़बर", "अगली खबर"]},
    ),
    "read-more link": (
        chromewords.read_more_line,
        {"fa": ["ادامه مطلب", "ادامه‌ی خبر »", "بیشتر بخوانید"], "hi": ["और पढ़ें", "पूरी ख़बर पढ़ें →", "आगे पढें"]},
    ),
    "login prompt": (
        lambda t: bool(patterns._LOGIN_PROMPT.search(t)),
        {
            "fa": ["برای ارسال دیدگاه باید وارد شوید.", "برای فرستادن دیدگاه، باید وارد شده باشید."],
            "hi": ["टिप्पणी पोस्ट करने के लिए आपको लॉग इन करना होगा।"],
        },
    ),
    "first visit": (
        lambda t: bool(patterns._FIRST_VISIT.search(t)) and _keyed(t, chromewords.FIRST_VISIT_FORUM_WORDS),
        {
            "fa": ["اگر این اولین بازدید شما از انجمن است، لطفاً ابتدا بخش راهنما را بخوانید."],
            "hi": ["यदि यह आपकी पहली विज़िट है, तो कृपया पहले सहायता पृष्ठ पढ़ें और फ़ोरम पर पंजीकरण करें।"],
        },
    ),
    "channel": (
        lambda t: bool(patterns._CHANNEL.search(t)),
        {
            "fa": ["ما را در تلگرام دنبال کنید", "اپلیکیشن ما را دانلود کنید"],
            "hi": ["हमें टेलीग्राम पर फ़ॉलो करें", "हमारा ऐप डाउनलोड करें"],
        },
    ),
    "social call": (
        lambda t: bool(patterns._SOCIAL_CALL.search(t)),
        {"fa": ["ما را در اینستاگرام تگ کنید!"], "hi": ["हमें इंस्टाग्राम पर टैग करें!"]},
    ),
    "rights line": (
        lambda t: bool(patterns._LEGAL.search(t)),
        {"fa": ["تمامی حقوق این وب‌سایت محفوظ است.", "کلیه حقوق محفوظ است"], "hi": ["सर्वाधिकार सुरक्षित।"]},
    ),
    "embed placeholder": (
        lambda t: bool(patterns._EMBED_PLACEHOLDER.search(t)) and _keyed(t, patterns.EMBED_KEYS),
        {"fa": ["برای مشاهده این محتوا، باید کوکی‌ها را بپذیرید."], "hi": ["इस सामग्री को देखने के लिए कुकीज़ स्वीकार करें।"]},
    ),
}


@pytest.mark.parametrize(
    ("concept", "text"), [(c, text) for c, (_, examples) in CONCEPTS.items() for lang in NEW for text in examples[lang]]
)
def test_each_example_is_found_by_its_concepts_pattern(concept: str, text: str) -> None:
    assert CONCEPTS[concept][0](text)


def test_the_line_readers_of_the_other_tables_know_the_two_languages() -> None:
    assert chromewords.about_named("درباره رادیو فردا") == "رادیو فردا"
    assert chromewords.about_named("बंदरगाह समाचार के बारे में") == "बंदरगाह समाचार"
    assert chromewords.is_venue("تالار وحدت") and chromewords.is_venue("सिरी फोर्ट सभागार")
    assert chromewords.self_intro("سلام، من سارا هستم") and chromewords.self_intro("नमस्ते, मैं प्रिया हूँ")
    assert chromewords.refuses_private_messages("لطفاً پیام خصوصی ندهید.")
    assert chromewords.refuses_private_messages("कृपया निजी संदेश न भेजें।")
    assert chromewords.offers_private_messages("برای سفارش پیام خصوصی بدهید")
    assert chromewords.disclaims_advice("این توصیه مالی نیست.") and chromewords.disclaims_advice("यह निवेश सलाह नहीं है।")
    assert furniture._tagline_line("وب‌سایت رسمی شهرداری بندر") and furniture._tagline_line("आधिकारिक वेबसाइट")
    assert furniture._site_note_line("تعداد بازدید: ۱۲۳۴۵") and furniture._site_note_line("कुल विज़िटर: 12345")
    assert chromewords.is_account_link("ورود / ثبت‌نام") and chromewords.is_account_link("लॉग इन")


# An ordinary news sentence with words the tables use, found by none of the concepts: the words of a
# comment header in prose ("به نظر می‌رسد"), "subscribers" of a phone company, a hashtag users
# shared, the "PM" of a Prime Minister, "related officials", "told journalists".
NEWS = {
    "fa": [
        "به نظر می‌رسد شورای شهر تا پایان ماه درباره آینده پل تصمیم بگیرد.",
        "این طرح فقط برای مشترکان شرکت مخابرات اجرا می‌شود و هزینه آن را دولت می‌پردازد.",
        "کاربران با هشتگ #پل_قدیمی عکس‌هایی از ترافیک شهر منتشر کردند.",
        "وزیر گفت دولت از روزنامه‌نگاران و رسانه‌های محلی حمایت می‌کند.",
        "گوگل اعلام کرد که از کوکی‌های شخص ثالث در مرورگر کروم استفاده نمی‌کند.",
        "در نظر گرفتن هزینه‌های تعمیر، شهرداری را به بستن پل وادار کرد.",
    ],
    "hi": [
        "पीएम मोदी ने कहा कि पुल का काम नहीं रुकेगा और अगले साल तक पूरा होगा।",
        "संबंधित अधिकारियों ने बताया कि मरम्मत का काम वसंत में शुरू होगा।",
        "मंत्री ने पत्रकारों से बात करते हुए कहा कि सरकार व्यापारियों का समर्थन करेगी।",
        "अगर आपके पास कोई जानकारी है तो पुलिस को बताएं, अधिकारियों ने कहा।",
        "उन्होंने टिप्पणी की कि पुल बंद होने से पुराने शहर के व्यापार पर असर पड़ेगा।",
        "यह सुविधा केवल सदस्यों के लिए है, क्लब के अध्यक्ष ने बताया।",
    ],
}
NEWS_TESTS = {
    **{concept: found for concept, (found, _) in CONCEPTS.items()},
    "channel": lambda t: bool(patterns._CHANNEL.search(t)),
    "comment count": lambda t: any(rx.fullmatch(t) for _, rx in patterns._UI_LABEL_ONE),
    "private messages": chromewords.offers_private_messages,
}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in NEW for text in NEWS[lang]])
def test_an_ordinary_news_sentence_matches_no_concept(lang: str, text: str) -> None:
    assert [c for c, found in NEWS_TESTS.items() if found(text)] == []
    assert not blocks.is_comment_header(text)
    assert not patterns._PAYWALL_PROMPT.search(text) and not pagekind.PAYWALL.search(text)


# An article in each language, with a chrome line of its sites set between its paragraphs: the line
# is dropped for its reason, and the (Persian) article's text is what it is without the line.
ARTICLE = {
    "fa": (
        "بازسازی پل قدیمی شهر",
        "صفحه اصلی | اخبار | ورزش | ورود",
        [
            "شورای شهر روز سه‌شنبه تصمیم گرفت پل قدیمی بندر را برای تعمیرات ببندد؛ تصمیمی که هزاران نفر را در "
            "بیشتر سال آینده به استفاده از قایق وادار می‌کند.",
            "مهندسان گفتند پایه‌های فولادی پل سریع‌تر از پیش‌بینی زنگ زده‌اند و به گفته گزارشی که ماه گذشته منتشر "
            "شد، عرشه دیگر توان عبور اتوبوس‌ها را ندارد.",
            "کسبه محلی خواستار دریافت غرامت شده‌اند و می‌گویند بسته شدن پل در شلوغ‌ترین زمان سال شمار "
            "بازدیدکنندگان بافت قدیمی شهر را کاهش می‌دهد.",
            "شهرداری اعلام کرد که کار بازسازی از بهار آغاز می‌شود و انتظار می‌رود تا پایان سال آینده به پایان برسد.",
        ],
        "© ۱۴۰۳ روزنامه بندر. تمامی حقوق محفوظ است.",
    ),
    "hi": (
        "पुराने पुल की मरम्मत होगी",
        "होम | ख़बरें | खेल | लॉग इन",
        [
            "नगर परिषद ने मंगलवार को पुराने बंदरगाह पुल को मरम्मत के लिए बंद करने का फ़ैसला किया, जिससे अगले साल के "
            "ज़्यादातर समय हज़ारों यात्रियों को नावों का सहारा लेना पड़ेगा।",
            "इंजीनियरों ने कहा कि स्टील के खंभे उम्मीद से ज़्यादा तेज़ी से जंग खा गए हैं और पिछले महीने प्रकाशित एक "
            "रिपोर्ट के मुताबिक़ पुल अब बसों का भार नहीं उठा सकता।",
            "स्थानीय व्यापारियों ने मुआवज़े की माँग की है और उनका कहना है कि साल के सबसे व्यस्त समय में पुल बंद होने "
            "से पुराने शहर में आने वालों की संख्या घटेगी।",
            "नगर निगम ने बताया कि मरम्मत का काम वसंत में शुरू होगा और अगले साल के अंत तक पूरा होने की उम्मीद है।",
        ],
        "© 2024 बंदरगाह समाचार। सर्वाधिकार सुरक्षित।",
    ),
}
CHROME_LINES = [
    (
        "fa",
        "ما برای بهبود تجربه کاربری از کوکی‌ها استفاده می‌کنیم. با ادامه استفاده از سایت، با سیاست کوکی موافقت می‌کنید.",
        "cookie notice",
    ),
    ("fa", "از روزنامه‌نگاری مستقل حمایت کنید", "promotion"),
    ("fa", "در خبرنامه ما عضو شوید و هر هفته تازه‌ترین اخبار را دریافت کنید.", "newsletter"),
    ("fa", "بیشتر بخوانید: قیمت بلیت قایق‌ها دو برابر شد", "link to another article"),
    ("fa", "مطالب مرتبط", "teaser list"),
    ("fa", "تبلیغات", "advert label"),
    ("fa", "چاپ | اشتراک‌گذاری | ذخیره", "button label"),
    ("fa", "برای ادامه مطالعه این مطلب، مشترک شوید.", "paywall prompt"),
    ("fa", "ما را در تلگرام دنبال کنید", "promotion"),
    ("fa", "برای ارسال دیدگاه باید وارد شوید.", "a prompt to log in"),
    ("fa", "کپی‌برداری از مطالب این سایت بدون ذکر منبع ممنوع است.", "legal notice"),
    ("fa", "مطلب قبلی", "previous / next post links"),
    ("hi", "हम आपको बेहतर अनुभव देने के लिए कुकीज़ का उपयोग करते हैं।", "cookie notice"),
    ("hi", "स्वतंत्र पत्रकारिता का समर्थन करें", "promotion"),
    ("hi", "हमारे न्यूज़लेटर को सब्सक्राइब करें", "newsletter"),
    ("hi", "ये भी पढ़ें: नावों का किराया दोगुना हुआ", "teaser list"),  # its label heads a list too
    ("hi", "संबंधित ख़बरें", "teaser list"),
    ("hi", "पूरी ख़बर पढ़ने के लिए सब्सक्राइब करें।", "paywall prompt"),
    ("hi", "हमें टेलीग्राम पर फ़ॉलो करें", "promotion"),
    ("hi", "टिप्पणी पोस्ट करने के लिए आपको लॉग इन करना होगा।", "a prompt to log in"),
    ("hi", "पिछला लेख", "previous / next post links"),
]


def _body(art: object) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind == BODY]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("lang", "line", "reason"), CHROME_LINES)
def test_a_chrome_line_inside_an_article_is_dropped(lang: str, line: str, reason: str) -> None:
    title, menu, prose, footer = ARTICLE[lang]
    art = parse(title, menu, title, *prose[:2], line, *prose[2:], footer)
    kind, why = kind_of(art, line[:12])
    assert kind == BOILERPLATE and why.startswith(reason), why
    # the article's own paragraphs stay, Hindi too (its words whole: `chromewords.WORD`)
    assert _body(art) == _body(parse(title, menu, title, *prose, footer)) == prose


@pytest.mark.parametrize("lang", NEW)
def test_a_comment_header_ends_the_article(lang: str) -> None:
    title, menu, prose, footer = ARTICLE[lang]
    header, comments = {
        "fa": (
            "۲ دیدگاه",
            [
                "من هر روز از این پل عبور می‌کنم و هیچ‌کس نظر ما ساکنان محل را درباره بستن آن نپرسید.",
                "موافقم، اما قایق‌ها باید دست‌کم هر یک ساعت حرکت کنند وگرنه کسی به موقع به سر کار نمی‌رسد.",
            ],
        ),
        "hi": (
            "2 टिप्पणियाँ",
            [
                "मैं रोज़ इस पुल से गुज़रता हूँ और किसी ने हम स्थानीय लोगों से इसे बंद करने के बारे में नहीं पूछा।",
                "सहमत हूँ, लेकिन नावें कम से कम हर घंटे चलनी चाहिए, वरना कोई समय पर काम पर नहीं पहुँचेगा।",
            ],
        ),
    }[lang]
    art = parse(title, menu, title, *prose, header, *comments, footer)
    assert kind_of(art, header)[0] == BOILERPLATE
    assert not set(comments) & set(_body(art))
    assert set(_body(art)) >= set(_body(parse(title, menu, title, *prose, footer)))


@pytest.mark.linear
def test_the_new_languages_patterns_are_fast_on_long_strings() -> None:
    pats = [
        patterns._COOKIE,
        patterns._RELATED_LINK,
        patterns._TAIL_START,
        patterns._NEWSLETTER,
        patterns._CHANNEL,
        textblocks._PREV_NEXT_LABEL,
        *furniture._SITE_NOTE.values(),
        *furniture._TAGLINE.values(),
    ]
    tables = [patterns._SUPPORT_APPEAL, patterns._OFFER, patterns._SOCIAL_CALL, patterns._LOGIN_PROMPT]
    for text in ("ما " * 1500, "کوکی " * 600, "ي" * 3000, "\u200c" * 3000, "हम " * 1000, "ख़" * 1500, "ि" * 3000):
        for rx in pats:
            rx.search(text)
        for table in tables:
            table.search(text)
        for lang in NEW:
            patterns._PITCH[lang].search(text)
            patterns._FUNDING_CALL[lang].search(text)
