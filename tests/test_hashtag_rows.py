"""A post's tags as hashtags at the end of its meta line ("28 август 2024 · 214 белешки" /
"#охрид #семејство #лето", Tumblr's), in any language: the post's meta line, and a page that
holds one is no clean article file whose every block after its title is text. Trial 60's
Tumblr post in Macedonian, a language of no table, was read as clean: its notes, reblogs, the
blogger's bio and the blog's other posts were indexed as its text. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE
from indexer.segment import head, textblocks
from tests.helpers import parse_blocks

# a personal blog's post in Slovene (a language the tables cover, its chrome words left out here
# so that no other rule finds the page's chrome)
POST = [
    "Zadnje poletje v babičini hiši",
    "Letos sem prvič šla v vas brez ključa v žepu. Hiša je prodana, nova lastnica pa nas je prijazno "
    "povabila, da pridemo še enkrat pogledat vrt in pobrat, kar želimo.",
    "Babica jo je kupila leta 1971, ko je dedek delal v tovarni ob jezeru. Vsako poletje smo se vračali, "
    "dokler je ni bolezen priklenila na posteljo v mestu.",
    "Zadnji večer smo sedeli na stopnicah pred hišo in gledali luči na drugi strani jezera, kot vsako leto.",
]


def test_a_hashtag_row_is_a_post_meta_line() -> None:
    for row in (
        "28. avgust 2024 · 214 zapisov\n#jezero #družina #poletje",
        "Markiert: #gesundheit, #winter",
        "#lake #family",
    ):
        assert textblocks._outdated_notice(head._measured(row)) == ""
        assert textblocks._notice_or_pointer(head._measured(row)) == textblocks.HASHTAG_ROW_REASON, row


@pytest.mark.parametrize(
    "line",
    [
        "We met at the #3 stand by the harbour gate, as every year.",
        "The campaign used the hashtag #SaveTheLake on every poster in town, and volunteers handed out leaflets.",
        # a post's headline with its hashtags (a wild tuning page's blog front page)
        "Nie wieder! #prism #nsa",
    ],
)
def test_a_sentence_with_a_hashtag_is_no_tags_row(line: str) -> None:
    assert textblocks._notice_or_pointer(head._measured(line)) == ""


def test_the_notes_under_a_tagged_post_are_not_its_text() -> None:
    notes = [
        "lakeletters je delil zapis in dodal:",
        "Enako se je zgodilo z našo hišo ob morju. Zvezek z recepti je ostal pri sosedih.",
        "dimitar-photo je odgovoril: Lepo napisano, spomnil me je na dedka.",
        "Ivana je učiteljica književnosti iz Maribora. Poleti piše ob jezeru.",
        "Prejšnji zapisi",
        "Postrv, ki je nismo ujeli: jutro z dedkom na jezeru",
    ]
    art = parse_blocks(*POST, "28. avgust 2024 · 214 zapisov\n#jezero #družina #poletje", "Zapisi", *notes)
    kinds = {p.text: p.kind for p in art.paragraphs}
    assert all(kinds[t] == BODY for t in POST[1:])
    assert kinds["28. avgust 2024 · 214 zapisov\n#jezero #družina #poletje"] == BOILERPLATE
    assert sum(kinds[t] == BODY for t in notes) <= 1
