"""Sign-in and subscription links in the languages of the corpora are page furniture: trial 9's
Polish "Zaloguj się  Zamów prenumeratę" (sign in, order a subscription) over the headline was
taken for the title, while the English "Sign in  Subscribe" was dropped."""

from __future__ import annotations

import pytest

from indexer.models import BOILERPLATE

from tests.helpers import FOOTER, kind_and_reason, parse_blocks

HEADLINE = "Regierung senkt Wachstumsprognose wegen schwacher Exporte"
TEXT = (
    "Die Regierung hat ihre Prognose für das Wirtschaftswachstum im kommenden Jahr deutlich gesenkt, "
    "weil die Exporte in die wichtigsten Partnerländer schwächer ausfallen als erwartet.",
    "Das Finanzministerium rechnet nun mit einem Wachstum von 0,9 Prozent, nachdem es im Frühjahr "
    "noch von 1,4 Prozent ausgegangen war, wie eine Sprecherin am Freitag sagte.",
)


@pytest.mark.parametrize(
    "links",
    ["Zaloguj się  Zamów prenumeratę", "Anmelden  Jetzt abonnieren", "Se connecter  S'abonner", "Iniciar sesión  Suscríbete",
     "Accedi  Abbonati", "Inloggen  Abonneren", "Sign in  Subscribe"],
)  # fmt: skip
def test_sign_in_and_subscribe_links_over_the_headline_are_never_the_title(links: str) -> None:
    art = parse_blocks(
        "Zum Inhalt springen", "Nachrichten | Politik | Wirtschaft | Sport", links, HEADLINE, *TEXT, FOOTER
    )
    assert art.title == HEADLINE
    assert kind_and_reason(art, links)[0] == BOILERPLATE
