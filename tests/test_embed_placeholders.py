"""An embed's consent placeholder is chrome, and the article goes on after it (issue 13: a new
user's German page kept "An dieser Stelle finden Sie einen externen Inhalt von Twitter ..." as
body and dropped the article's closing sentence under it). Each page is our own."""

from __future__ import annotations

import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE
from indexer.segment.kept import CLOSING_REASON
from indexer.segment.patterns import EMBED_REASON, PROMOTION_REASON
from tests.helpers import FOOTER, MENU, PROSE, article_html, html_document, kind_and_reason as kind_of, parse_blocks

GERMAN = [
    "Die Stadtverwaltung will bis zum Jahr 2027 insgesamt zwölf Kilometer neue Radwege entlang der "
    "Ringstraße bauen. Das kündigte der Verkehrsdezernent am Dienstag im Stadtrat an, nachdem sich mehrere "
    "Bürgerinitiativen seit Jahren für sichere Verbindungen eingesetzt hatten.",
    "Nach den Plänen sollen die Radwege baulich von der Fahrbahn getrennt werden. Dafür fällt auf mehreren "
    "Abschnitten eine Autospur weg, was bei Teilen der Opposition auf Kritik stößt.",
]
GERMAN_AFTER = [
    "Die Kosten für das Vorhaben schätzt die Stadt auf rund 18 Millionen Euro. Ein Teil davon soll aus "
    "Fördermitteln des Landes kommen, über deren Vergabe im Frühjahr entschieden wird.",
    "Der Stadtrat will im März abschließend über die Pläne abstimmen.",
]
GERMAN_EMBED = [
    "Empfohlener redaktioneller Inhalt",
    "An dieser Stelle finden Sie einen externen Inhalt von Twitter, der den Artikel ergänzt. Sie können ihn "
    "sich mit einem Klick anzeigen lassen und wieder ausblenden.",
    "Externer Inhalt",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene "
    "Daten an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.",
]


def test_the_table_covers_every_language() -> None:
    for table in (chromewords.EMBED_PLACEHOLDER, chromewords.EMBED_PLACEHOLDER_KEYS):
        assert sorted(table) == sorted(chromewords.LANGUAGES)
    # each language's phrases hold one of its key words (the cheap test must not hide them)
    assert all(chromewords.EMBED_PLACEHOLDER_KEYS[lang] for lang in chromewords.LANGUAGES)


def test_a_german_embed_placeholder_is_chrome_and_the_closing_sentence_stays() -> None:
    art = parse_blocks("Radwege entlang der Ringstraße", *GERMAN, *GERMAN_EMBED, *GERMAN_AFTER)
    kind, reason = kind_of(art, "An dieser Stelle")
    assert kind == BOILERPLATE and reason.startswith(EMBED_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == GERMAN + GERMAN_AFTER
    assert kind_of(art, "Der Stadtrat")[0] == BODY


@pytest.mark.parametrize(
    "placeholder",
    [
        "This article contains content provided by YouTube. We ask for your permission before anything is "
        "loaded, as they may be using cookies and other technologies.",
        "To view this content, you'll need to update your privacy settings. Please click here to do so.",
        "Pour afficher ce contenu, vous devez accepter les cookies de la plateforme Instagram.",
        "Para ver este contenido, acepta las cookies de YouTube en la configuración de privacidad.",
        "Per visualizzare questo contenuto è necessario accettare i cookie di terze parti.",
        "Om deze inhoud te bekijken, moet je de cookies van sociale media accepteren.",
        "Aby wyświetlić tę treść, musisz zaakceptować pliki cookie serwisu YouTube.",
        "Um mit Inhalten aus Twitter zu interagieren oder diese darzustellen, brauchen wir deine Zustimmung.",
        "Para ver este conteúdo, aceite os cookies de redes sociais nas definições de privacidade.",
        # a consent manager's video placeholder: loading it accepts the platform's privacy policy
        # (trial 41's page kept "Mit dem Laden des Videos akzeptieren Sie ..." as body)
        "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube. Mehr erfahren",
        "By loading the video, you agree to YouTube's privacy policy. Learn more",
        "En chargeant la vidéo, vous acceptez la politique de confidentialité de YouTube.",
        "Al cargar el vídeo, acepta la política de privacidad de YouTube.",
        "Caricando il video, accetti l'informativa sulla privacy di YouTube.",
        "Door de video te laden, ga je akkoord met het privacybeleid van YouTube.",
        "Ao carregar o vídeo, você aceita a política de privacidade do YouTube.",
        "Ładując film, akceptujesz politykę prywatności YouTube.",
    ],
)
def test_an_embed_placeholder_inside_the_article_is_chrome(placeholder: str) -> None:
    art = parse_blocks("Bridge to close", MENU, "Bridge to close", *PROSE[:2], placeholder, *PROSE[2:], FOOTER)
    kind, reason = kind_of(art, placeholder[:20])
    # ("Please click here" makes a promotion of it first, "YouTube's privacy policy" a legal
    # notice: chrome either way)
    assert kind == BOILERPLATE and reason.startswith((EMBED_REASON, PROMOTION_REASON, "legal notice")), reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_an_article_on_external_content_stays() -> None:
    # a story about consent rules names the same things in its own sentences
    lines = [
        "The regulator said publishers may not load content from other platforms before readers agree, "
        "and fined three news sites for embedding videos without asking.",
        "Critics said the rules would make it harder for small publishers to view this content as their own.",
    ]
    art = parse_blocks("Bridge to close", MENU, "Bridge to close", *PROSE[:2], *lines, *PROSE[2:], FOOTER)
    for line in lines:
        assert kind_of(art, line[:20])[0] == BODY


def test_the_html_path_drops_the_placeholder_too() -> None:
    body = "".join(f"<p>{t}</p>" for t in GERMAN + GERMAN_EMBED[1:2] + GERMAN_AFTER)
    art = segment.segment(html_document(article_html(body, "Radwege entlang der Ringstraße", lang="de")))
    assert kind_of(art, "An dieser Stelle")[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == GERMAN + GERMAN_AFTER


def test_a_closing_line_under_a_teaser_is_not_taken_back() -> None:
    # a short line after the model's last kept paragraph, with more page after it that the rules
    # do not name as chrome: no evidence it closes the article
    art = parse_blocks(
        "Radwege entlang der Ringstraße",
        *GERMAN,
        *GERMAN_EMBED,
        GERMAN_AFTER[0],
        "Der Stadtrat will im März abschließend über die Pläne abstimmen.",
        "Mehr aus der Region gibt es jeden Tag in unserer Zeitung und auf unserer Seite im Netz.",
    )
    closing = kind_of(art, "Der Stadtrat")
    assert closing[1] != CLOSING_REASON


@pytest.mark.parametrize("button", ["Zustimmen und Inhalt laden", "Inhalt anzeigen"])
def test_the_button_under_a_placeholders_consent_is_chrome_and_a_lists_intro_is_not(button: str) -> None:
    # a wild tuning page's German sports story kept "Zustimmen und Inhalt laden" as body (a new user's try)
    intro = "Die wichtigsten Termine:"
    art = parse_blocks("Radwege entlang der Ringstraße", *GERMAN, *GERMAN_EMBED, button, *GERMAN_AFTER)
    assert kind_of(art, button) == (BOILERPLATE, "button label (of the consent form or placeholder above it)")
    art = parse_blocks("Radwege entlang der Ringstraße", *GERMAN, *GERMAN_EMBED, intro, *GERMAN_AFTER)
    assert kind_of(art, intro)[1] != "button label (of the consent form or placeholder above it)"
