"""A form's consent to the use of the reader's data, donation buttons and lists of teasers are chrome
(issue 13: 25 consent texts on the tuning dumps, all chrome, several indexed as body before).
Each page is our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE
from tests.helpers import PROSE, MENU, FOOTER, parse_blocks as parse, kind_and_reason as kind_of


@pytest.mark.parametrize(
    "consent",
    [
        "I agree to the processing of my personal data for the purpose of creating an account on this site.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene "
        "Daten an Drittplattformen übermittelt werden.",
        "Mit der Nutzung dieses Formulars erklären Sie sich mit der Speicherung und Verarbeitung Ihrer Daten "
        "durch diese Website einverstanden.",
        "Hiermit bestätige ich, dass ich die Datenschutzbestimmungen zur Kenntnis genommen habe.",
        "By checking this box, I agree to the terms of service and privacy policy of the Harbour Gazette.",
        # every language of chromewords.LANGUAGES, in its forms' usual wording
        "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu wysyłki newslettera.",
        "Souhlasím se zpracováním osobních údajů za účelem zasílání novinek e-mailem.",
        "Hyväksyn, että tietojani käsitellään tietosuojaselosteen mukaisesti.",
        "Jag godkänner att mina personuppgifter behandlas enligt integritetspolicyn.",
        "Kişisel verilerimin aydınlatma metninde belirtilen amaçlarla işlenmesini kabul ediyorum.",
        "Я даю согласие на обработку моих персональных данных в соответствии с политикой.",
        "Elfogadom az adatkezelési tájékoztatót és hozzájárulok az adataim kezeléséhez.",
        "個人情報の取り扱いに同意します。",
    ],
)
def test_a_forms_consent_text_inside_the_article_is_chrome(consent: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], consent, *PROSE[2:], FOOTER)
    assert kind_of(art, consent[:20]) == (BOILERPLATE, segment.textblocks.CONSENT_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_an_article_sentence_about_agreeing_stays() -> None:
    line = (
        "Mit beiden Entscheidungen war der Anwalt nicht einverstanden, und er legte gegen den Beschluss "
        "Beschwerde beim Landgericht ein."
    )
    quote = '"I agree to the plan, but the ferries must run every hour," said the harbour master on Tuesday.'
    # a quote or a report of a form's words is the news in a story about privacy rules or appeals
    data_quote = (
        '"I agree to the processing of my personal data by the council, but not to its sale to insurers," '
        "said John Hurst, who lives by the bridge."
    )
    report = (
        'The form asks residents to tick a box reading "I agree to the processing of my personal data", '
        "which campaigners say is unlawful."
    )
    appeal = (
        'The charity\'s appeal, which urged visitors to "Donate now" on every page, raised two million pounds '
        "for the families of the harbour."
    )
    for text in (line, quote, data_quote, report, appeal):
        art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], text, *PROSE[2:], FOOTER)
        assert kind_of(art, text[:20])[0] == BODY


@pytest.mark.parametrize("button", ["Jetzt spenden!", "Donate now", "Faire un don"])
def test_a_donation_button_inside_the_article_is_a_promotion(button: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], button, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, button)
    assert kind == BOILERPLATE and reason.startswith(segment.patterns.PROMOTION_REASON)


def test_a_list_of_long_teasers_each_ending_with_read_more_is_chrome() -> None:
    # a blog's front page under the article: excerpts of other posts, each over 40 words, each
    # ending "Weiterlesen →"; the rule took only excerpts of 40 words or fewer
    excerpt = (
        "Du hörst es oft, in deiner Umgebung und bei Bekannten, als Rat und als Trost: Befasse dich nicht so "
        "viel mit den schlechten Dingen, die auf der Welt passieren, lebe einfach dein eigenes Leben und habe "
        "Spaß, denn ändern kannst du sowieso nichts. Weiterlesen →"
    )
    other = excerpt.replace("Du hörst es oft", "Wir hören es oft")
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, "Neueste Beiträge", excerpt, other, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert kind_of(art, "Du hörst")[1] == segment.textblocks.SNIPPET_REASON
    # one such paragraph alone may be the article's own, before a link: the block model decides
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, excerpt, FOOTER)
    assert kind_of(art, "Du hörst")[1] != segment.textblocks.SNIPPET_REASON


@pytest.mark.parametrize(
    ("excerpt", "link"),
    [
        (
            "Rada miasta przyjęła w czwartek plan budowy nowych wałów przeciwpowodziowych wzdłuż rzeki, a prace mają "
            "ruszyć wiosną i potrwać co najmniej trzy lata, jak poinformował burmistrz na konferencji prasowej.",
            "Czytaj więcej »",
        ),
        (
            "Belediye meclisi perşembe günü nehir boyunca yeni taşkın setleri inşa edilmesine ilişkin planı kabul etti "
            "ve çalışmaların ilkbaharda başlayıp en az üç yıl sürmesi bekleniyor, dedi başkan basın toplantısında.",
            "Devamını oku",
        ),
        (
            "De gemeenteraad keurde donderdag het plan goed om nieuwe dijken langs de rivier te bouwen, en de werken "
            "beginnen in de lente en duren minstens drie jaar, zei de burgemeester op een persconferentie.",
            "Lees verder →",
        ),
        (
            "市議会は木曜日、川沿いに新しい堤防を建設する計画を承認した。工事は春に始まり、少なくとも三年かかる見通しだと市長は記者会見で述べた。"
            "住民説明会は来月開かれる予定で、市は費用の半分を国の補助金で賄う方針を示している。",
            "続きを読む",
        ),
    ],
)
def test_long_teasers_ending_with_read_more_in_any_language_are_chrome(excerpt: str, link: str) -> None:
    # the read-more link in every language of chromewords.READ_MORE, not only five
    teasers = [f"{excerpt} {link}", f"{excerpt.replace(excerpt[:8], excerpt[:8][::-1], 1)} {link}"]
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, *teasers, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert kind_of(art, teasers[0][:20])[1] == segment.textblocks.SNIPPET_REASON


def test_a_menus_last_item_more_is_no_read_more_link() -> None:
    assert not segment.textblocks._ENDS_READ_MORE.search("Home\nPolitics\nBusiness\nMore")
    assert not segment.textblocks._ENDS_READ_MORE.search("Strona główna\nPolityka\nWięcej")
    assert segment.textblocks._ENDS_READ_MORE.search("Council approves new flood barriers\nRead more")
