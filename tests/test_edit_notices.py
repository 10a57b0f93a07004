"""Plain text: a forum post's edit notice under its text ("Zuletzt geändert von NAME am DATE,
insgesamt 1-mal geändert.", phpBB's; "Last edited by NAME; DATE at TIME.", vBulletin's; "« Last
Edit: DATE by NAME »", SMF's) is the board's line, not the post's: a second new user's phpBB
thread kept it as text, a search hit for the poster's name. Pages of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.segment.patterns import EDIT_NOTICE_REASON, edit_notice
from tests.conftest import invoke
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


_PHPBB = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council to sell Hollybush Lane allotments? - Walkley Growers Forum</title></head><body>
<div id="page-body"><h2 class="topic-title"><a href="viewtopic.php?t=88">Council to sell Hollybush Lane allotments?</a></h2>
<div id="p101" class="post bg2"><div class="postbody"><h3 class="first"><a href="#p101">Council to sell Hollybush Lane allotments?</a></h3>
<p class="author">by <strong><a href="memberlist.php?u=2" class="username">rhubarb_rita</a></strong> &raquo; Mon Mar 04, 2024 7:12 pm</p>
<div class="content">Just got a letter from the City Council saying the Hollybush Lane site is being considered for sale as housing land. Has anyone else had this?</div></div></div>
<div id="p102" class="post bg1"><div class="postbody"><h3><a href="#p102">Re: Council to sell Hollybush Lane allotments?</a></h3>
<p class="author">by <strong><a href="memberlist.php?u=5" class="username">OldDigger</a></strong> &raquo; Mon Mar 04, 2024 8:40 pm</p>
<div class="content">Yes, same letter on plot 31. Allotments are protected under the Allotments Act 1925. I'd write to our MP, Helen Ashdown, straight away.</div></div></div>
<div id="p103" class="post bg2"><div class="postbody"><h3><a href="#p103">Re: Council to sell Hollybush Lane allotments?</a></h3>
<p class="author">by <strong><a href="memberlist.php?u=9" class="username">Priya N</a></strong> &raquo; Tue Mar 05, 2024 9:02 am</p>
<div class="content"><blockquote><div><cite>OldDigger wrote:</cite>I'd write to our MP, Helen Ashdown, straight away.</div></blockquote>I spoke to Helen Ashdown's office this morning. Her caseworker said she will oppose any sale of statutory allotment land.</div>
<div class="notice">Last edited by Priya N on Tue 5 Mar 2024 9:20 am, edited 2 times in total.</div></div></div>
</div></body></html>
"""


def test_an_html_threads_quote_and_edit_notice_are_no_reply_text(tmp_path: Path) -> None:
    # phpBB's <blockquote><cite>NAME wrote:</cite> as the extractor gives it, the quoted sentence
    # held by the post above, and its <div class="notice">: a new user's thread indexed both
    page = tmp_path / "thread.html"
    page.write_text(_PHPBB, encoding="utf-8")
    code, out, err = invoke("parse", "--no-entities", "--json", str(page))
    assert code == 0, err
    kept = [p["text"] for p in json.loads(out)["paragraphs"] if p["indexed"]]
    assert any(t.startswith("I spoke to Helen Ashdown") for t in kept)
    assert not [t for t in kept if "wrote:" in t or t.startswith("Last edited")]
