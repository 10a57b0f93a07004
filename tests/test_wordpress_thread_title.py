"""WordPress's comment-thread header naming the post, as its language packs word "N thoughts on
“TITLE”" (trial 53: a beekeeper's blog under "7 Gedanken zu „...“" kept its seven comments as
the article's last section, while "7 Responses to" closed the article). Our own pages."""

from __future__ import annotations

import pytest

from indexer.blocks import THREAD_TITLE, is_comment_header
from indexer.models import BODY, BOILERPLATE
from tests.helpers import FOOTER, MENU, kind_and_reason, parse_blocks

TITLE = "Oxalsäure im Winter: so mache ich es"
PROSE = [
    "Die Winterbehandlung mit Oxalsäure mache ich jedes Jahr um die Weihnachtszeit, wenn die Völker "
    "brutfrei sind, denn nur dann erreicht die Säure alle Milben auf den Bienen.",
    "Bei zwei Völkern am Außenstand war ich heuer zu spät dran, weil es so mild war, dass die Königinnen "
    "bis in den Dezember hinein Eier gelegt haben und noch verdeckelte Brut da war.",
    "Meine Lehre daraus ist, dass ich die Windel künftig früher kontrolliere und im Zweifel lieber "
    "eine Woche länger warte, bevor ich die Säure träufle.",
]
COMMENTS = [
    "Hannes\n29. Dezember 2020 um 18:02 Uhr",
    "Hallo Gerti, ich sublimiere seit drei Jahren und bin sehr zufrieden, aber die Maske und die Brille "
    "sind Pflicht, das unterschätzen viele Anfänger.",
    "Antworten",
    "Resi aus Amstetten\n30. Dezember 2020 um 9:41 Uhr",
    "Bei uns im Mostviertel war es heuer so mild, dass meine Völker bis Weihnachten gebrütet haben, und "
    "ich habe erst Mitte Jänner geträufelt.",
    "Antworten",
]


@pytest.mark.parametrize(
    "header",
    [
        "7 Gedanken zu „Oxalsäure im Winter: so mache ich es“",
        "Ein Gedanke zu „Oxalsäure im Winter: so mache ich es“",
        "3 réflexions sur « Oxalsäure im Winter »",
        "2 pensieri su “Oxalsäure im Winter”",
        "4 gedachten over “Oxalsäure im Winter”",
        "5 tanker om “Oxalsäure im Winter”",
    ],
)
def test_the_thread_under_a_thoughts_on_header_is_chrome(header: str) -> None:
    art = parse_blocks(MENU, TITLE, *PROSE, header, *COMMENTS, "Schreibe einen Kommentar", FOOTER)
    assert kind_and_reason(art, header[:12])[0] == BOILERPLATE
    assert {kind_and_reason(art, c[:20])[0] for c in COMMENTS if c != "Antworten"} == {BOILERPLATE}
    assert {kind_and_reason(art, p[:30])[0] for p in PROSE} == {BODY}


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("7 Gedanken zu „Oxalsäure“", True),
        ("12 responses to “Harbour bridge”", True),
        ("3 комментария к «Мост»", True),
        # an article's own heading: no quoted title after the word
        ("7 Gedanken zu einem schwierigen Winter", False),
        ("5 tanker om vinteren", False),
    ],
)
def test_a_thoughts_on_header_needs_the_posts_title_in_quotes(line: str, header: bool) -> None:
    assert bool(THREAD_TITLE.match(line)) is header
    assert is_comment_header(line) is header


@pytest.mark.linear
def test_the_thread_title_pattern_is_linear() -> None:
    for text in (
        "7" + " " * 100_000 + "Gedanken",
        "7 Gedanken" + " " * 100_000 + "zu x",
        "7 Gedanken zu" + " " * 100_000,
    ):
        THREAD_TITLE.match(text)
