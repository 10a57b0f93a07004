"""Calls to the reader that blogs and small news sites print inside or under the post as full
sentences (issue 13, precision on unseen sites): a call to tag, pin, save or share on a social
network (`chromewords.SOCIAL_CALL`), and a reader-funding pitch, a condition on the reader liking
the site's work then a call to pay (`chromewords.FUNDING_CALL`). Each text is our own, in several
languages; a news paragraph about a social network or about a crowdfunding campaign stays text."""

from __future__ import annotations


import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE
from indexer.segment import patterns
from tests.helpers import (
    FOOTER,
    MENU,
    PROSE,
    article_html,
    html_document,
    kind_and_reason as kind_of,
    parse_blocks as parse,
)

SOCIAL_CALLS = [
    "If you make this lentil soup, tag me on Instagram @harbourkitchen so I can see it!",
    "Pin it for later!",
    "Love these biscuits? Save this recipe to your Pinterest board.",
    "Share your photos with #harbourbakes and I will feature my favourites.",
    "¿Te ha gustado? Guárdala en Pinterest y etiquétame en Instagram cuando la prepares.",
    "Wenn du das Rezept nachmachst, markiere mich auf Instagram mit @hafenkueche.",
    "Hast du das Rezept ausprobiert? Markiere @hafenkueche auf Instagram oder tagge es mit #hafenkueche!",
    "Tried this recipe? Mention @harbourkitchen or tag #harbourkitchen!",
    "Si tu réalises cette recette, identifie-moi sur Instagram, j'adore voir vos photos !",
    "Jeśli zrobisz to ciasto, oznacz mnie na Instagramie – chętnie zobaczę efekty.",
    "Se fizeres esta receita, marca-me no Instagram com @cozinhadoporto.",
    "Hai provato questa ricetta? Taggami su Instagram, mi fa sempre piacere!",
    "Als je dit recept maakt, tag me dan op Instagram zodat ik het kan zien.",
    "Если приготовите этот пирог, отметьте меня в Инстаграме — мне будет приятно.",
]


@pytest.mark.parametrize("line", SOCIAL_CALLS)
def test_a_call_to_tag_pin_or_share_on_a_network_is_a_promotion(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, line[:20])
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON), reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


ABOUT_NETWORKS = [
    # reports on social networks: no reader addressed
    "Instagram tagged the post as misleading after fact-checkers flagged the photo of the flooded bridge.",
    "The council pinned a notice to its Facebook page on Tuesday, saying the bridge would close for repairs.",
    "Die Polizei markierte die Beiträge auf Instagram als Fälschung und ermittelt gegen den Urheber.",
    "Le ministère a mentionné sur Twitter que le pont resterait fermé jusqu'en mars et que les bus seraient renforcés.",
    "Los vecinos compartieron fotos del temporal en Instagram con la etiqueta #puerto, según el ayuntamiento.",
]


@pytest.mark.parametrize("line", ABOUT_NETWORKS)
def test_a_report_about_a_social_network_keeps_its_paragraph(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:20])[0] == BODY, line


FUNDING_CALLS = [
    "If you like what we do, help us continue with a subscription from 4 euros a month.",
    "If you enjoy my posts, you can buy me a coffee on Ko-fi.",
    "Jeśli chcesz, żebym częściej o tym pisał, możesz dorzucić się na Patronite.",
    "Se gostas do que fazemos, ajuda-nos a continuar com uma assinatura anual.",
    "Wenn dir unsere Arbeit etwas wert ist, unterstütze uns mit einem Abo.",
    "Si vous appréciez notre travail, soutenez-le en devenant membre pour 5 euros par mois.",
    "Si te gusta lo que hacemos, hazte socio y ayúdanos a seguir siendo independientes.",
    "Om du gillar det jag skriver får du gärna bjuda mig på en kaffe.",
    "Если вам нравится то, что мы делаем, поддержите нас подпиской.",
]


@pytest.mark.parametrize("line", FUNDING_CALLS)
def test_a_reader_funding_pitch_is_a_promotion(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, line[:20])
    assert kind == BOILERPLATE and reason.startswith(patterns.PROMOTION_REASON), reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


ABOUT_FUNDING = [
    # reports on crowdfunding and subscriptions: no condition on the reader
    "The animal shelter raised 20,000 euros on Patreon within a week, its director said on Monday.",
    "If the council approves the plan, residents will pay a subscription for the new bus service.",
    "Die Initiative sammelte über Steady mehr als 3.000 Euro für den Erhalt des Hafenkinos.",
    "La campagne de financement participatif sur Tipeee a permis de rénover le vieux phare.",
]


@pytest.mark.parametrize("line", ABOUT_FUNDING)
def test_a_report_about_crowdfunding_keeps_its_paragraph(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:20])[0] == BODY, line


@pytest.mark.parametrize(
    "call",
    [
        "Se gostas do que fazemos, ajuda-nos a continuar com uma assinatura anual.",
        "Wenn du das Rezept nachmachst, markiere mich auf Instagram!",
    ],
)
def test_an_html_call_under_the_post_is_chrome(call: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE) + f"<p>{call}</p>"
    art = segment.segment(html_document(article_html(body, "Bridge to close"), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize("name", ["SOCIAL_CALL", "FUNDING_CALL", "FUNDING_KEYS"])
def test_every_language_has_reader_call_phrases(name: str) -> None:
    table = getattr(chromewords, name)
    assert sorted(table) == sorted(chromewords.LANGUAGES)
    assert all(table.values())


def test_every_language_has_a_funding_call_of_its_own_words() -> None:
    # each language's row matches a pitch in its own usual wording (never a site's)
    own = {
        "bg": "Ако харесвате нашата работа, подкрепете ни с дарение.",
        "cs": "Pokud se vám líbí naše články, podpořte nás předplatným.",
        "da": "Hvis du kan lide vores artikler, så bliv medlem.",
        "el": "Αν σας αρέσει η δουλειά μας, γίνετε συνδρομητής.",
        "et": "Kui sulle meeldib meie sisu, toeta meid.",
        "fi": "Jos arvostat työtämme, tue meitä tilaamalla.",
        "ga": "Má thaitníonn ár n-obair leat, tacaigh linn.",
        "hr": "Ako vam se sviđa naš rad, podržite nas donacijom.",
        "hu": "Ha tetszik a munkánk, támogass minket.",
        "it": "Se ti piace quello che facciamo, sostienici con un abbonamento.",
        "lt": "Jei jums patinka mūsų darbas, paremkite mus.",
        "lv": "Ja jums patīk mūsu darbs, atbalstiet mūs.",
        "mt": "Jekk tħobb ix-xogħol tagħna, agħti donazzjoni.",
        "nl": "Als je ons werk waardeert, word dan lid.",
        "ro": "Dacă vă place munca noastră, susțineți-ne cu un abonament.",
        "sk": "Ak sa vám páči náš obsah, podporte nás.",
        "sl": "Če vam je všeč naše delo, nas podprite.",
        "no": "Hvis du liker det vi skriver, bli abonnent.",
        "tr": "Yaptığımız işi beğeniyorsanız, abone olarak destek olun.",
        "uk": "Якщо вам подобається наша робота, підтримайте нас донатом.",
        "ar": "إذا أعجبك ما نقدمه، ادعمنا بالاشتراك.",
        "zh": "如果你喜欢我们的文章，请订阅支持。",
        "ja": "記事が役に立ったら、サポートをお願いします。",
        "ko": "제 글이 마음에 드셨다면 후원 부탁드립니다.",
    }
    for lang, text in own.items():
        assert patterns._FUNDING_CALL[lang].search(text), lang


@pytest.mark.linear
@pytest.mark.parametrize("name", ["_SOCIAL_CALL"])
def test_the_reader_call_patterns_are_linear(name: str) -> None:
    rx = getattr(patterns, name)
    for text in (" " * 3000, "a " * 1500, "tag me " * 400, "if you like " * 250, "@" * 3000, "pin it " * 400):
        rx.search(text)


@pytest.mark.linear
def test_the_funding_patterns_are_linear() -> None:
    for lang, rx in patterns._FUNDING_CALL.items():
        for text in ("if you like our work " * 150, "a " * 1500, "si " * 1000, "wenn du " * 400):
            rx.search(text)


def test_every_language_has_a_social_call_of_its_own_words() -> None:
    # each language's row matches a call in its own usual wording (never a site's)
    own = {
        "bg": "Ако приготвите рецептата, отбележете ме в Instagram.",
        "cs": "Pokud recept vyzkoušíte, označte mě na Instagramu.",
        "da": "Hvis du laver opskriften, så tag mig på Instagram.",
        "de": "Merk dir das Rezept auf Pinterest!",
        "el": "Αν φτιάξετε τη συνταγή, κάντε μου tag στο Instagram.",
        "en": "Tag us in your Instagram stories!",
        "es": "Comparte tus fotos con el hashtag #cocinaconmigo.",
        "et": "Kui teed retsepti järele, märgi mind Instagramis.",
        "fi": "Jos teet reseptin, tägää minut Instagramissa.",
        "fr": "Épinglez-la sur Pinterest pour la retrouver plus tard.",
        "ga": "Má dhéanann tú an t-oideas, clibeáil mé ar Instagram.",
        "hr": "Ako isprobate recept, označite me na Instagramu.",
        "hu": "Ha elkészíted, jelölj meg az Instagramon.",
        "it": "Salvala su Pinterest per averla sempre a portata di mano.",
        "lt": "Jei išbandysite receptą, pažymėkite mane Instagram.",
        "lv": "Ja pagatavo recepti, atzīmē mani Instagram.",
        "mt": "Jekk tagħmel ir-riċetta, immarkani fuq Instagram.",
        "nl": "Deel je foto's met de hashtag #bakmee.",
        "pl": "Zapisz przepis na Pintereście, żeby go nie zgubić.",
        "pt": "Guarde esta receita no Pinterest.",
        "ro": "Dacă faci rețeta, etichetează-mă pe Instagram.",
        "sk": "Ak recept vyskúšate, označte ma na Instagrame.",
        "sl": "Če recept preizkusite, označite me na Instagramu.",
        "sv": "Tagga mig på Instagram om du bakar kakorna.",
        "no": "Tagg meg på Instagram hvis du lager oppskriften.",
        "tr": "Tarifi denerseniz Instagram'da beni etiketlemeyi unutmayın.",
        "ru": "Делитесь фото под хэштегом #печемвместе.",
        "uk": "Якщо приготуєте, позначте мене в Instagram.",
        "ar": "إذا جربتم الوصفة، اعملوا لي تاغ على انستغرام.",
        "zh": "做了这道菜的话，记得在小红书上标记我哦。",
        "ja": "作ったらInstagramでタグ付けしてね。",
        "ko": "만들어 보셨다면 인스타그램에서 저를 태그해 주세요.",
        "ca": "Si fas la recepta, etiqueta'm a Instagram.",
        "id": "Kalau mencoba resep ini, tag saya di Instagram.",
        "vi": "Nếu làm món này, hãy tag mình trên Instagram nhé.",
        "fa": "اگر این غذا را درست کردید، ما را در اینستاگرام تگ کنید.",
        "hi": "अगर आपने यह रेसिपी बनाई, तो हमें इंस्टाग्राम पर टैग करें।",
    }
    assert sorted(own) == sorted(chromewords.LANGUAGES)
    missed = [lang for lang, text in own.items() if not patterns._SOCIAL_CALL.search(text)]
    assert not missed
