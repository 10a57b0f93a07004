"""A paywall's box where the article is cut: its prompt ("Цей матеріал доступний лише
передплатникам", "Dieser Artikel ist nur für Abonnenten"), a teaser of what the subscriber would
read, the offer's benefits and its price ("99 грн на перший місяць, далі 249 грн/міс.") are the
site's, not the article's. Trial 29's Ukrainian business page kept its prompt as a heading and
its teaser as text. A story about paywalls, and an article that goes on under a prompt with no
offer, keep their paragraphs. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE
from indexer.segment import patterns
from tests.helpers import kind_and_reason as kind_of, parse_blocks as parse

HEADLINE = "Пекарні Полтави переходять на сонячну енергію"
MENU = "Головна\nНовини\nБізнес\nЕнергетика\nУвійти"
PROSE = [
    "Три пекарні в Полтаві цього року встановили сонячні панелі та батареї, щоб не зупиняти печі під "
    "час відключень світла, і тепер працюють навіть тоді, коли весь квартал сидить без електрики.",
    "Власниця найбільшої з них каже, що вкладення окупляться за чотири роки, якщо тарифи не зміняться, "
    "а кредит на обладнання вдалося отримати під пільгові відсотки.",
]
PROMPT = "Цей матеріал доступний лише передплатникам"
TEASER = (
    "Далі — докладні розрахунки трьох пекарень, порівняння генераторів і батарей та поради, як "
    "отримати пільговий кредит на енергонезалежність."
)
OFFER = "99 грн на перший місяць, далі 249 грн/міс. Скасувати можна будь-коли."
FOOTER = "© 2024 Діловий тиждень. Усі права захищені."


def test_a_paywalls_prompt_teaser_and_offer_are_chrome() -> None:
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, PROMPT, TEASER, OFFER, "Вже маєте передплату? Увійдіть", FOOTER)
    assert kind_of(art, PROMPT) == (BOILERPLATE, patterns.PAYWALL_REASON)
    assert kind_of(art, TEASER[:20])[0] == BOILERPLATE
    assert kind_of(art, OFFER[:20])[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_text_under_a_prompt_with_no_offer_stays() -> None:
    more = (
        "Сонячні панелі на дахах малих підприємств стали звичним видовищем у місті, а місцева влада "
        "обіцяє компенсувати частину витрат тим, хто встановить батареї до кінця року."
    )
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, PROMPT, more, FOOTER)
    assert kind_of(art, more[:20])[0] == BODY


@pytest.mark.parametrize(
    "notice",
    [
        "You have read 2 of your 3 free articles this month. Subscribe for unlimited access from $1 a week.",
        "Sie haben 4 von 5 kostenlosen Artikeln gelesen. Jetzt weiterlesen mit dem Digital-Abo.",
        "Vous avez lu 3 de vos 5 articles gratuits ce mois-ci. Abonnez-vous pour continuer.",
        "Has leído 2 de tus 4 artículos gratuitos de este mes.",
    ],
)
def test_a_metered_paywalls_count_of_free_articles_is_its_prompt(notice: str) -> None:
    # trial 30's Australian column kept "You have read 2 of your 3 free articles this month." as text
    prose = [
        "The council voted on Tuesday to close the old harbour bridge for repairs, a decision that will "
        "force thousands of commuters onto ferries for most of next year.",
        "Engineers said the steel supports had corroded faster than expected and that the deck could no "
        "longer carry buses safely, whatever the weather.",
    ]
    art = parse("Bridge to close", "Home | News | Sport", "Bridge to close", *prose, notice, "© 2024 The Gazette")
    assert kind_of(art, notice[:20]) == (BOILERPLATE, patterns.PAYWALL_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == prose
