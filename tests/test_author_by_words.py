"""The extractor's author field keeps the "by" of languages it does not know ("Ni Maricel
Dagohoy-Santos" on a new user's Tagalog page): the page language's by-word goes, by its declared
language only ("Na Li" on an English page is a name)."""

from __future__ import annotations

from indexer import htmlpage, segment
from tests.helpers import html_document

PARAS = [
    "Bubuksan sa Agosto ang bagong pampublikong paaralan sa Barangay Pajo matapos ang dalawang taon ng konstruksiyon.",
    "Ayon sa pamunuan ng lungsod, aabot sa isang libong mag-aaral ang maaaring tanggapin ng paaralan sa unang taon.",
    "Sinabi ng punong-guro na handa na ang mga silid-aralan, ang silid-aklatan at ang bagong palaruan ng paaralan.",
]


def _page(lang: str, byline: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Bagong paaralan sa Pajo</title>'
        f'<meta name="author" content="{byline}"></head><body><article><h1>Bagong paaralan sa Pajo, bubuksan sa Agosto</h1>'
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article></body></html>"
    ).encode()


def test_a_tagalog_pages_by_word_is_no_part_of_its_byline() -> None:
    art = segment.segment(html_document(_page("tl", "Ni Maricel Dagohoy-Santos"), "balita.html"))
    assert art.byline == "Maricel Dagohoy-Santos"


def test_the_by_word_goes_only_in_its_own_language_and_before_a_name() -> None:
    assert htmlpage._without_by_word("Ni Maricel Dagohoy-Santos", "tl-PH") == "Maricel Dagohoy-Santos"
    assert htmlpage._without_by_word("Daga Aminu Garba", "ha") == "Aminu Garba"
    assert htmlpage._without_by_word("Na Li", "en") == "Na Li"
    assert htmlpage._without_by_word("Na Li", "sw") == "Na Li"  # (one word after it: a name's)
    assert htmlpage._without_by_word("Nina Santos", "tl") == "Nina Santos"
