"""A page's note that its text is no professional advice, in a saved HTML page: chrome, as in a
text dump (`patterns.advice_disclaimer`; trials 43 and 44: a health portal, a tax adviser's and
a law firm's pages, a hospital's, where trafilatura keeps the note as the article's last
paragraph)."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE
from indexer.segment.patterns import DISCLAIMER_REASON
from tests.helpers import article_html, html_document, kind_and_reason

PARAGRAPHS = [
    "Most children with a fever do not need to see a doctor, as long as they drink enough and are "
    "still interested in playing between the peaks of the temperature.",
    "Call the surgery if the fever lasts longer than three days, if a rash appears that does not fade "
    "under a glass, or if your child is unusually drowsy and hard to wake.",
    "Paracetamol and ibuprofen both bring the temperature down, but they should not be given at the "
    "same time, and the dose depends on the child's weight rather than age.",
]


@pytest.mark.parametrize(
    "note",
    [
        "This content is for informational purposes only and is not a substitute for professional medical "
        "advice, diagnosis or treatment. Always seek the advice of your physician.",
        "The material contained in this article is provided for general information purposes only and does "
        "not amount to legal or other professional advice.",
        "Die Inhalte dieses Ratgebers dienen der allgemeinen Information und ersetzen keine ärztliche Diagnose "
        "oder Behandlung.",
    ],
)
def test_a_note_that_the_page_is_no_advice_is_chrome_in_html(note: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<p><em>{note}</em></p>"
    art = segment.segment(html_document(article_html(body, "Fever in children: when to call the doctor")))
    assert kind_and_reason(art, note[:30]) == (BOILERPLATE, DISCLAIMER_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PARAGRAPHS


def test_a_story_about_advice_stays_text_in_html() -> None:
    story = (
        "The regulator said the leaflet does not constitute medical advice and that parents should ask "
        "their pharmacist before giving any child two medicines on the same day."
    )
    body = "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS, story])
    art = segment.segment(html_document(article_html(body, "Fever in children: when to call the doctor")))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == [*PARAGRAPHS, story]


# A German-language imprint: Austria's media owner's label (MedienG § 25) or a block opening with
# "Impressum" (trial 43's parish newsletter page, where trafilatura kept the imprint as text)
IMPRINTS = [
    "Impressum Pfarrblatt: Medieninhaber und Herausgeber: Pfarre St. Klara, Klarastraße 2, 4400 Steyr. "
    "Redaktion: Pfarrgemeinderat. Verlags- und Herstellungsort: Steyr.",
    "Medieninhaber: Verein Freunde des Stadtmuseums, Hauptplatz 4, 8010 Graz.",
]


@pytest.mark.parametrize("imprint", IMPRINTS)
def test_an_imprint_is_a_legal_notice_in_html(imprint: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<p>{imprint}</p>"
    art = segment.segment(html_document(article_html(body, "Fieber bei Kindern", lang="de")))
    assert kind_and_reason(art, imprint[:20]) == (BOILERPLATE, "legal notice")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PARAGRAPHS


def test_a_story_about_a_media_owner_is_no_imprint() -> None:
    from indexer.segment.patterns import _LEGAL

    assert not _LEGAL.search("Der Medieninhaber der Zeitung, ein Unternehmer aus Linz, hat das Blatt verkauft.")
    assert _LEGAL.search(IMPRINTS[1])
