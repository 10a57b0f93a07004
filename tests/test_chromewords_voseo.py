"""Rioplatense Spanish (Argentina, Uruguay) writes a site's calls with the voseo imperative
("Leé también", "Suscribite", "Seguinos en Instagram", "Doná ahora", "Dejá un comentario",
"Registrate para comentar"): each Spanish phrase of the tables (`chromewords` and the patterns
built beside them) that has the tú or usted imperative has the voseo form in the same
alternation, its accent where Rioplatense puts it. A line for a sample of rows, each found by the
pattern that reads that row. Each text is our own."""

from __future__ import annotations

import pytest

from indexer import blocks, chromewords
from indexer.segment import furniture, kept, patterns, tail, textblocks


def _funding(text: str) -> str:
    b = textblocks._Block(text=text, lines=text.split("\n"))
    textblocks._measure(b)
    return textblocks._funding_call(b)


# (the row, the voseo line, whether the row's reader finds it)
VOSEO = [
    ("RELATED_LABEL", "Leé también: El Gobierno anunció un nuevo plan de obras", patterns._RELATED_LINK.search),
    ("RELATED_LABEL", "Mirá también: Los precios subieron un 4% en marzo", patterns._RELATED_LINK.search),
    ("_READ_ALSO_LABELS", "Leé también: Cierra el puente del puerto", textblocks._READ_ALSO.search),
    ("_READ_ALSO_HEADER", "Leé también", kept._READ_ALSO_HEADER.search),
    ("_TEASER_START", "Mirá también", patterns._TEASER_START.search),
    ("CHANNEL", "Seguinos en WhatsApp para recibir las noticias del día.", patterns._CHANNEL.search),
    ("CHANNEL", "Descargá nuestra app y leé las noticias sin conexión.", patterns._CHANNEL.search),
    ("CHANNEL", "Escuchá el podcast en Spotify.", patterns._CHANNEL.search),
    ("CHANNEL", "Unite a nuestro canal de Telegram.", patterns._CHANNEL.search),
    ("_PROMOTION", "Seguinos en @diariodelsur en Instagram", patterns._PROMOTION.search),
    ("_PROMOTION", "¡No te pierdas nada! Suscribite.", patterns._PROMOTION.search),
    ("_DONATE", "Doná ahora", patterns._DONATE.match),
    ("SUPPORT_BUTTON", "Hacete socio", patterns._SUPPORT_BUTTON.match),
    ("SUPPORT_BUTTON", "Apoyanos", patterns._SUPPORT_BUTTON.match),
    ("SUPPORT_APPEAL", "Hacete socia y sostené el periodismo local.", patterns._SUPPORT_APPEAL.search),
    ("SUPPORT_APPEAL", "Apoyá el periodismo independiente con tu aporte.", patterns._SUPPORT_APPEAL.search),
    ("COMMENT_FORM_HEADING", "Dejá un comentario", patterns._TAIL_START.search),
    ("COMMENT_FORM_HEADING", "Escribí un comentario", patterns._TAIL_START.search),
    ("COMMENT_FORM_HEADING", "Dejá una respuesta", blocks._COMMENT_HEADER.search),
    ("LOGIN_PROMPT", "Registrate para comentar esta nota.", patterns._LOGIN_PROMPT.search),
    ("LOGIN_PROMPT", "Tenés que iniciar sesión para votar.", patterns._LOGIN_PROMPT.search),
    ("NEWSLETTER", "Suscribite al boletín de la mañana.", patterns._NEWSLETTER.search),
    ("INBOX_PROMISE", "Podés darte de baja cuando quieras.", patterns._NEWSLETTER.search),
    ("OFFER", "Probalo gratis durante 30 días.", patterns._OFFER.search),
    ("OFFER", "Ahorrá hasta 40% en tu seguro.", patterns._OFFER.search),
    ("DEMO_CALL", "Agendá una demo gratuita con nuestro equipo.", patterns._OFFER.search),
    ("PITCH", "Unite a más de 20.000 lectores.", patterns._PITCH["es"].search),
    ("TIP_APPEAL", "¿Tenés una pista para nosotros?", patterns._PITCH["es"].search),
    ("SOCIAL_CALL", "Compartí tus fotos con el hashtag #cocinaconmigo", patterns._SOCIAL_CALL.search),
    ("SOCIAL_CALL", "Mencioname en Instagram cuando la prepares.", patterns._SOCIAL_CALL.search),
    ("SOCIAL_CALL", "Usá el hashtag #recetasdelsur", patterns._SOCIAL_CALL.search),
    ("SHOP_SERVICE", "Pedí antes de las 14 y recibilo mañana.", patterns._SHOP_SERVICE["es"].search),
    ("EMBED_PLACEHOLDER", "Para ver este contenido tenés que aceptar las cookies.", patterns._EMBED_PLACEHOLDER.search),
    ("EMAIL_DELIVERY", "Recibí las noticias en tu correo", textblocks._EMAIL_DELIVERY.search),
    ("READ_MORE", "El intendente habló del plan.\nLeé más", textblocks._ENDS_READ_MORE.search),
    ("UI_ACCOUNT", "Registrate", chromewords._ACCOUNT_LINK.fullmatch),
    ("_SIGNUP_FORM", "Suscribite", textblocks._SIGNUP_BUTTON.match),
    ("_CALLOUT_LABEL", "Escribinos", kept._CALLOUT_LABEL.match),
    ("_QUOTE_END", "Hacé clic para expandir...", tail._QUOTE_END.match),
    ("_NOTICE_LABELS", "Seguí leyendo debajo de la publicidad", furniture._NOTICE_LINE[0].search),
    ("_CTA", "Suscribite", patterns._CTA.search),
    ("HIT_COUNTER", "Sos el visitante número 12345", furniture._SITE_NOTE["es"].search),
    ("OFFER_PRIVATE_MESSAGES", "Escribime al privado", chromewords.offers_private_messages),
    ("FUNDING_CALL", "Si valorás nuestro trabajo, hacete socio por 500 pesos al mes.", _funding),
]


@pytest.mark.parametrize(("row", "line", "find"), VOSEO, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(VOSEO)])
def test_a_voseo_imperative_is_found_as_the_tu_form_is(row: str, line: str, find: object) -> None:
    assert callable(find)
    assert find(line), (row, line)


# ...and the tú form beside it, which the row found before (the same alternation)
TU = [
    ("Lee también: El Gobierno anunció un nuevo plan de obras", patterns._RELATED_LINK.search),
    ("Síguenos en WhatsApp para recibir las noticias del día.", patterns._CHANNEL.search),
    ("Hazte socio", patterns._SUPPORT_BUTTON.match),
    ("Deja un comentario", patterns._TAIL_START.search),
    ("Regístrate para comentar esta nota.", patterns._LOGIN_PROMPT.search),
    ("Suscríbete al boletín de la mañana.", patterns._NEWSLETTER.search),
]


@pytest.mark.parametrize(("line", "find"), TU)
def test_the_tu_form_is_still_found(line: str, find: object) -> None:
    assert callable(find)
    assert find(line), line


def test_the_voseo_keys_send_a_block_to_its_patterns() -> None:
    # the cheap key tests before the patterns hold the voseo words too
    assert "seguinos" in textblocks._STRONG_CTA_KEYS and "doná ahora" in textblocks._STRONG_CTA_KEYS
    assert {"apoyá", "hacete"} <= set(chromewords.SUPPORT_KEYS["es"])
    assert "ahorrá" in chromewords.OFFER_KEYS["es"]
    assert {"unite", "reservá", "pedí", "comprá"} <= set(chromewords.PITCH_KEYS["es"])
    assert {"pedí", "comprá"} <= set(chromewords.SHOP_SERVICE_KEYS["es"])
