"""A reader-funding pitch written as a question, then the call in the next sentence or two
(`chromewords.FUNDING_QUESTION`, joined to each `chromewords.FUNDING_CALL` row): "Понравилась
статья? Мы пишем их на пожертвования читателей", "Enjoyed this article? Support our journalism
with a donation", "Did you like this post? Buy me a coffee". Every language of `FUNDING_CALL`
has one, found through its key words (`FUNDING_KEYS`) as a block is; a news question without a
call, a question about someone else's liking, and a call with no question about the reader stay
text. Each text is our own."""

from __future__ import annotations

import pytest

from indexer import chromewords
from indexer.models import BODY, BOILERPLATE
from indexer.segment import patterns, textblocks
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason as kind_of, parse_blocks as parse


def _funding(text: str) -> str:
    """`textblocks._funding_call` of a block of `text` (its key words looked up as a parse does)."""
    b = textblocks._Block(text=text, lines=text.split("\n"))
    textblocks._measure(b)
    return textblocks._funding_call(b)


# a question on the reader liking the text, then the call, in each language's own words
ASKED = {
    "bg": "Хареса ли ви статията? Подкрепете ни с дарение.",
    "cs": "Líbil se vám tento článek? Podpořte nás předplatným.",
    "da": "Kunne du lide artiklen? Så bliv medlem og støt vores journalistik.",
    "de": "Gefällt dir der Artikel? Dann unterstütze uns mit einem Abo.",
    "el": "Σας άρεσε το άρθρο; Γίνετε συνδρομητής και στηρίξτε μας.",
    "en": "Did you like this post? Buy me a coffee.",
    "es": "¿Te gustó este artículo? Hazte socio y apoya el periodismo independiente.",
    "et": "Kas sulle meeldis see artikkel? Toeta meid igakuise annetusega.",
    "fi": "Piditkö artikkelista? Tue työtämme tilaamalla lehden.",
    "fr": "Vous avez aimé cet article ? Soutenez-nous en faisant un don.",
    "ga": "Ar thaitin an t-alt leat? Tacaigh linn le síntiús.",
    "hr": "Svidio vam se članak? Podržite nas donacijom.",
    "hu": "Tetszett a cikk? Támogass minket havi adománnyal.",
    "it": "Ti è piaciuto questo articolo? Sostienici con un abbonamento.",
    "lt": "Ar jums patiko straipsnis? Paremkite mus auka.",
    "lv": "Vai jums patika šis raksts? Atbalstiet mūs ar ziedojumu.",
    "mt": "Għoġbok dan l-artiklu? Agħti donazzjoni biex tappoġġjana.",
    "nl": "Vond je dit artikel leuk? Word dan lid en steun ons.",
    "pl": "Podobał Ci się ten artykuł? Postaw mi kawę na Buycoffee.",
    "pt": "Gostou deste artigo? Apoie o nosso jornalismo com uma assinatura.",
    "ro": "Ți-a plăcut articolul? Susține-ne cu o donație.",
    "sk": "Páčil sa vám tento článok? Podporte nás predplatným.",
    "sl": "Vam je bil članek všeč? Podprite nas z donacijo.",
    "sv": "Gillade du artikeln? Bli medlem och stöd vår journalistik.",
    "no": "Likte du artikkelen? Bli abonnent og støtt journalistikken vår.",
    "tr": "Bu yazıyı beğendiniz mi? Bize destek olmak için abone olun.",
    "ru": "Понравилась статья? Мы пишем их на пожертвования читателей. "
    "Подписка на 200 рублей в месяц покрывает час работы научного редактора.",
    "uk": "Сподобалася стаття? Підтримайте нас донатом.",
    "ar": "هل أعجبك المقال؟ ادعمنا بالاشتراك.",
    "zh": "喜欢这篇文章吗？请订阅支持我们。",
    "ja": "この記事は役に立ちましたか？サポートをお願いします。",
    "ko": "이 글이 마음에 드셨나요? 후원 부탁드립니다.",
    "ca": "T'ha agradat aquest article? Fes-te soci i dona suport al periodisme.",
    "id": "Suka dengan artikel ini? Dukung kami dengan berdonasi.",
    "vi": "Bạn có thích bài viết này không? Hãy ủng hộ chúng tôi.",
    "fa": "از این مطلب خوشتان آمد؟ با اشتراک از ما حمایت کنید.",
    "hi": "क्या आपको यह लेख पसंद आया? हमें सहयोग करें।",
}

# ...and the other shapes: the text named first, a usefulness question, an elided article
MORE_ASKED = [
    "Enjoyed this article? Support our journalism with a donation.",
    "Was this article helpful? Become a member for $5 a month.",
    "Did you find this guide helpful? You can support me on Ko-fi.",
    "Gefällt dir der Artikel? Dann unterstütze uns mit einem Abo.",
    "Hat dir der Beitrag gefallen? Unterstütze uns mit einer Spende.",
    "Статья была полезной? Поддержите нас подпиской.",
    "Понравилась ли вам эта статья? Поддержите нас донатом.",
    "L'article vous a plu ? Abonnez-vous pour nous soutenir.",
    "Ti è piaciuto l'articolo? Sostienici.",
    "Bạn thấy bài viết hữu ích? Hãy ủng hộ chúng tôi.",
    "Thanks for reading. Liked this post? Buy me a coffee!",
]

# a news question with no call, a question on someone else's liking, and a call asked by no
# question on the reader liking the text
NOT_ASKED = [
    "Did the council like the plan? It voted to fund it and to raise the subscription for the bus service.",
    "Did residents like the new bridge? Many said they would support a toll.",
    "Did you like the article about the mayor? Residents said they would subscribe to the new bus pass.",
    "Did you find the story? Police said donations were missing.",
    "Did you like the concert? The festival will donate its profits to charity.",
    "Enjoyed this article? Share it with your friends.",
    "Support our journalism with a donation.",
    "Subscribe now for 4 euros a month.",
    "¿Le gustó el artículo al ministro? El Gobierno apoya la reforma.",
    "¿Le gustó al ministro el plan? El Gobierno aportará 20 millones.",
    "Gefällt der Regierung der Plan? Die Opposition spendet keinen Beifall.",
    "Понравился ли министру проект? Депутаты поддержали его в первом чтении.",
    "Понравился ли министру текст законопроекта? Депутаты поддержали его в первом чтении.",
    "Tetszett a miniszternek a cikk? A kormány támogatást ígért.",
    "Vous avez aimé le concert ? La mairie soutient le festival depuis dix ans.",
    "Il sindaco ha apprezzato il progetto? La regione sostiene i lavori.",
    "Líbil se vám koncert? Město podpoří festival i příští rok.",
    "Czy minister lubi ten projekt? Rząd wesprze budowę.",
    "Hazte socio del club antes del viernes.",
]


def test_every_language_has_a_question_example() -> None:
    assert sorted(ASKED) == sorted(chromewords.FUNDING_CALL) == sorted(chromewords.LANGUAGES)
    # (Chinese, Japanese and Korean write theirs into their `FUNDING_CALL` rows)
    assert sorted(chromewords.FUNDING_QUESTION) == sorted(set(chromewords.LANGUAGES) - {"zh", "ja", "ko"})


@pytest.mark.parametrize("lang", sorted(ASKED))
def test_a_question_then_a_call_is_a_reader_funding_pitch(lang: str) -> None:
    text = ASKED[lang]
    assert patterns._FUNDING_CALL[lang].search(text), lang
    assert _funding(text).startswith(patterns.PROMOTION_REASON), lang  # (found through its keys)


@pytest.mark.parametrize("text", MORE_ASKED)
def test_the_other_shapes_of_the_question_are_pitches(text: str) -> None:
    assert _funding(text).startswith(patterns.PROMOTION_REASON), text


@pytest.mark.parametrize("text", NOT_ASKED)
def test_a_report_or_a_call_without_the_question_is_no_pitch(text: str) -> None:
    assert _funding(text) == "", text


@pytest.mark.parametrize("lang", ["ru", "en", "pl"])
def test_a_question_pitch_inside_an_article_is_dropped(lang: str) -> None:
    line = ASKED[lang]
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, line[:15])
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON), reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize("line", NOT_ASKED[:4])
def test_a_news_question_inside_an_article_keeps_its_paragraph(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:15])[0] == BODY, line


def test_every_question_word_is_a_key_of_its_language() -> None:
    # each opening and after-word is a plain phrase, and its longest word selects the language
    for lang, (liked, text, after) in chromewords.FUNDING_QUESTION.items():
        assert text and after, lang
        for phrase in f"{liked}|{after}".split("|"):
            if phrase:
                assert not set(phrase) & set("()[]{}?*+\\^$."), (lang, phrase)
        assert set(chromewords._question_keys(lang)) <= set(chromewords.FUNDING_KEYS[lang]), lang


@pytest.mark.linear
def test_the_question_patterns_are_linear() -> None:
    texts = (
        "Did you like this article " * 120,
        "Did you like this article? " * 120,
        ". like the story " * 200,
        "¿te gustó el artículo " * 150,
        "Понравилась статья? " * 150,
        ". l-l-l-l-l- " * 250,
        "? " * 1500,
    )
    for rx in patterns._FUNDING_CALL.values():
        for text in texts:
            rx.search(text)
