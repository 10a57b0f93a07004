"""A blog's comment form and licence line in a plain-text dump, in any language: WordPress's
comment heading ("Leave a Reply" is "Schreibe einen Kommentar", "Laisser un commentaire", ...)
starts the page's tail, and its spam notice ("This site uses Akismet ...", in the plugin's every
language) and a Creative Commons licence line are legal lines. The grouped CV's kept chrome on
German and Spanish blogs held both; an article about Creative Commons stays text."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE

from tests.helpers import kind_and_reason, parse_blocks

ARTICLE = {
    "de": (
        "Wie man Sauerkraut selbst macht",
        "Sauerkraut ist eines der ältesten Lebensmittel Europas. Man braucht dafür nur Weißkohl, Salz und "
        "etwas Geduld, und die Milchsäurebakterien erledigen den Rest der Arbeit im Glas.",
        "Zuerst wird der Kohl fein gehobelt und mit dem Salz kräftig durchgeknetet, bis er Saft zieht. Dann "
        "presst man ihn in ein sauberes Glas, sodass der Kohl ganz mit Flüssigkeit bedeckt ist.",
    ),
    "es": (
        "Cómo hacer chucrut en casa",
        "El chucrut es uno de los alimentos más antiguos de Europa. Solo se necesita col blanca, sal y un poco "
        "de paciencia, y las bacterias lácticas hacen el resto del trabajo en el frasco.",
        "Primero se corta la col muy fina y se amasa con la sal hasta que suelte su jugo. Después se prensa "
        "en un frasco limpio, de modo que la col quede cubierta de líquido.",
    ),
}


@pytest.mark.parametrize(
    ("lang", "heading", "notice"),
    [
        (
            "de",
            "Schreibe einen Kommentar",
            "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine "
            "Kommentardaten verarbeitet werden.",
        ),
        (
            "de",
            "3 Kommentare",
            "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine "
            "Kommentardaten verarbeitet werden.",
        ),
        (
            "es",
            "Deja una respuesta",
            "Este sitio usa Akismet para reducir el spam. Aprende cómo se procesan los datos de tus comentarios.",
        ),
        ("es", "Comentarios (2)", "Este sitio usa Akismet para reducir el spam."),
    ],
)
def test_a_comment_forms_heading_and_spam_notice_are_the_pages_tail(lang: str, heading: str, notice: str) -> None:
    """The thread's header over a reader's comment, or the form's heading over its notice (the
    form follows the comments on a WordPress page)."""
    title, *body = ARTICLE[lang]
    comment = (
        "Ich habe es letzte Woche ausprobiert und es hat wunderbar geklappt, danke für die ausführliche "
        "Anleitung und die vielen Tipps zur Lagerung im Kühlschrank."
        if lang == "de"
        else "Lo probé la semana pasada y salió de maravilla, gracias por la explicación tan detallada y por "
        "los consejos para guardarlo en la nevera."
    )
    thread = heading[0].isdigit() or heading.endswith(")")  # "3 Kommentare", "Comentarios (2)"
    tail = (heading, comment, notice) if thread else (heading, notice)
    art = parse_blocks(title, *body, *tail)
    for text in body:
        assert kind_and_reason(art, text)[0] == BODY
    for text in tail:
        assert kind_and_reason(art, text)[0] == BOILERPLATE, text


@pytest.mark.parametrize(
    "line",
    [
        "Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert.",
        "Except where otherwise noted, content on this site is licensed under a Creative Commons "
        "Attribution 4.0 International license.",
        "Este obra está bajo una licencia Creative Commons Atribución 4.0 Internacional.",
    ],
)
def test_a_creative_commons_licence_line_is_a_legal_line(line: str) -> None:
    title, *body = ARTICLE["de"]
    art = parse_blocks(title, *body, line)
    assert kind_and_reason(art, line) == (BOILERPLATE, "legal notice")


def test_an_article_about_creative_commons_stays_text() -> None:
    text = (
        "Creative Commons was founded in 2001 by Lawrence Lessig, Hal Abelson and Eric Eldred, who wanted "
        "to give authors a simple way to let others reuse their work. Its licences are now used by "
        "Wikipedia, by museums that publish their collections and by thousands of scientific journals, "
        "and the foundation says more than two billion works carry one of them. Critics say the many "
        "variants confuse readers, and that a licence cannot stop a company from training a model on the "
        "work; the foundation answered this year with a new set of preference signals for such uses."
    )
    art = parse_blocks("How Creative Commons changed the web", text, ARTICLE["de"][1])
    assert kind_and_reason(art, text[:40])[0] == BODY
