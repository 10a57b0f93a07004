"""A page's notice about the reader's browser is chrome in plain text and HTML, whatever the
block model says (`segment.textblocks._is_browser_notice`, rule-final in
`segment.furniture._mark_page_furniture`): JavaScript off or needed, an old browser, a missing
feature, WordPress's save-my-name box. Nine such notices were indexed from the wild tuning
dumps; an article about browsers stays."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.segment.textblocks import BROWSER_NOTICE_REASON
from tests.helpers import article_html, html_document, parse_blocks

_BODY = [
    "The city council voted on Monday to ration water in the northern suburbs for the rest of the "
    "summer, after the reservoirs fell below a third of their capacity.",
    "Households will have water for eight hours a day, the council said, and the hours will be "
    "published a week ahead so that families can plan around them.",
    "Officials blamed a dry winter and leaking pipes, which lose about a third of the water the "
    "city treats before it reaches a tap.",
]
NOTICES = [
    "You need to enable JavaScript to run this app.",
    "JavaScript seems to be disabled in your browser. For the best experience on our site, be sure to turn on Javascript.",
    "Your browser does not support the video tag.",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Dieser Shop setzt voraus, dass Sie JavaScript aktiviert haben. Bitte aktivieren Sie JavaScript und laden Sie die Seite erneut.",
    "Dein Browser ist leider veraltet.",
    "Achtung: Bitte aktualisiere deinen Browser, wenn du mit diesem Browser fortfährst, könnte dein Einkauf scheitern!",
    "Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.",
    "Pour une meilleure expérience, veuillez activer JavaScript dans votre navigateur.",
    "Tu navegador no soporta la reproducción de este vídeo.",
    # "Der/Dieser Browser wird nicht (mehr) unterstützt", with a typo's word between (a wild
    # tuning page's shop: read as the standfirst under its headline)
    "Der Browser wird leider nicht mehr unterstützt! Bitte verwende einen der folgenden Browser:",
    "Dieser Browser wird nicht leider nicht mehr unterstützt.",
    "This browser is no longer supported. Please switch to a supported browser.",
    "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
]
ARTICLE = [
    "Mozilla said on Tuesday that its browser now blocks trackers by default, and that the change "
    "reaches every user of the desktop version this week.",
    "Firefox Klar, ein iOS-Browser mit Tracking-Schutz",
    "Der Browser wird vom Hersteller weiter mit Sicherheitsupdates versorgt und unterstützt nun auch Passkeys.",
]


def _reason(art, line: str) -> tuple[str, str]:
    return next((p.kind, p.reason) for p in art.paragraphs if p.text == line)


@pytest.mark.parametrize("line", NOTICES)
def test_plain_text(line: str) -> None:
    art = parse_blocks("Water rationed in the north", *_BODY[:2], line, _BODY[2])
    assert _reason(art, line) == ("boilerplate", BROWSER_NOTICE_REASON)


@pytest.mark.parametrize("line", NOTICES[:4])
def test_html(line: str) -> None:
    pytest.importorskip("trafilatura")
    body = "".join(f"<p>{p}</p>" for p in (*_BODY[:2], line, _BODY[2]))
    art = segment.segment(html_document(article_html(body, "Water rationed in the north")))
    assert _reason(art, line) == ("boilerplate", BROWSER_NOTICE_REASON)


@pytest.mark.parametrize("line", ARTICLE)
def test_an_article_about_browsers_stays(line: str) -> None:
    art = parse_blocks("Water rationed in the north", *_BODY[:2], line, _BODY[2])
    assert _reason(art, line)[1] != BROWSER_NOTICE_REASON
