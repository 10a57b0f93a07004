"""A link to a file with its format and size in brackets at the line's end ("Download the full
report (PDF, 2.4 MB)") is the page's attachment, not its text, in both paths
(`segment.textblocks.file_link`); a sentence that cites a PDF inside it stays. Trials 27-38:
sixteen such lines, none the article's; trial 38's NGO report kept its download line."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE
from indexer.segment.textblocks import FILE_LINK_REASON, _measure, file_link, split_blocks
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason, parse_blocks


def _link(text: str) -> str:
    b = split_blocks(text)[0]
    _measure(b)
    return file_link(b)


@pytest.mark.parametrize(
    "text",
    [
        "Download the full report (PDF, 2.4 MB)",
        "Planentwurf (PDF, 4,2 MB)",
        "Λήψη (PDF, 180 KB)",
        "Omleidingskaart Molenbrug (pdf, 412 kB)",
        "Förderrichtlinie „Hecken für Brandenburg“ (PDF, 412 KB, barrierefrei)",
        "Kaart met de tijdelijke busroutes (PDF, 1,1 MB)\nDefinitief ontwerp Stationsplein (PDF, 6,8 MB)",
        "Programm der Tagung (PDF)",
        "High-resolution photos (ZIP, 24 MB)",
    ],
)
def test_a_link_to_a_file_is_the_pages(text: str) -> None:
    assert _link(text) == FILE_LINK_REASON


@pytest.mark.parametrize(
    "text",
    [
        # a sentence citing a report, the file named inside it
        "The council's own survey (PDF, 2 MB) found that two in five homes had no insulation at all.",
        "Maaten and Hinton (2008). Visualizing Data Using t-SNE (PDF). Journal of Machine Learning Research.",
        # one line of a block that is prose
        "Read the full plan below.\nThe plan was approved by 31 votes to 9 after a long debate on Tuesday evening.",
    ],
)
def test_a_sentence_that_names_a_file_is_no_link(text: str) -> None:
    assert _link(text) == ""


def test_a_reports_download_line_under_its_text_is_dropped() -> None:
    art = parse_blocks(
        *MENU.split("\n"), "Hunger in the north", *PROSE, "Download the full report (PDF, 2.4 MB)", FOOTER
    )
    assert kind_and_reason(art, "Download the full") == (BOILERPLATE, FILE_LINK_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
