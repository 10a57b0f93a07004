"""Plain text: a forum post's edit notice under its text ("Zuletzt geändert von NAME am DATE,
insgesamt 1-mal geändert.", phpBB's; "Last edited by NAME; DATE at TIME.", vBulletin's; "« Last
Edit: DATE by NAME »", SMF's) is the board's line, not the post's: a second new user's phpBB
thread kept it as text, a search hit for the poster's name. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.segment.patterns import EDIT_NOTICE_REASON, edit_notice
from tests.helpers import kind_and_reason, parse_blocks

_THREAD = [
    "Gartenforum.example • Thema anzeigen - Tomaten platzen nach dem Regen",
    "Tomaten platzen nach dem Regen",
    "Beitrag von Gartenfreundin » Mo 12. Aug 2024, 09:14",
    "Hallo zusammen, seit dem Gewitter letzte Woche platzen bei mir fast alle Tomaten der Sorte Harzfeuer auf. "
    "Die Pflanzen stehen im Gewächshaus und ich gieße jeden zweiten Morgen mit der Kanne.",
    "Liegt das am Wasser oder an der Sorte? Ich habe im letzten Jahr dieselbe Sorte gehabt und da war alles "
    "in Ordnung, obwohl es damals viel trockener war.",
]

NOTICES = [
    "Zuletzt geändert von Gartenfreundin am Mo 12. Aug 2024, 09:20, insgesamt 1-mal geändert.",
    "Last edited by Gartenfreundin on Mon Aug 12, 2024 9:20 am, edited 1 time in total.",
    "Last edited by Gartenfreundin; 12-08-2024 at 09:20.",
    "« Last Edit: August 12, 2024, 09:20:11 AM by Gartenfreundin »",
    "Dernière modification par Gartenfreundin le lun. 12 août 2024 09:20, modifié 1 fois.",
    "Zuletzt bearbeitet: 12. Aug. 2024",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_posts_edit_notice_is_the_boards(notice: str) -> None:
    art = parse_blocks(*_THREAD, notice, "Antworten", "© 2024 Gartenforum.example")
    assert kind_and_reason(art, notice[:12]) == ("boilerplate", EDIT_NOTICE_REASON)
    assert kind_and_reason(art, "Liegt das am Wasser")[0] == "body"


@pytest.mark.parametrize(
    "sentence",
    [
        # a sentence about editing, no board's label with a date after it
        "Last edited by hand, the film runs for two hours and forty minutes.",
        "Zuletzt geändert hat sich vor allem der Preis für das Wasser.",
        "Last edited by the author on the train home, the essay kept its long final section about the 1990s "
        "strikes and the letters the miners' wives wrote to the council that winter.",
    ],
)
def test_prose_about_editing_is_no_notice(sentence: str) -> None:
    assert not edit_notice(sentence)
