"""Markup that is never article text, pruned before extraction (htmlpage.PRUNE_XPATHS): a new
user's blog post with footnotes and a wiki page (trial 8), each on a small page of our own."""

from __future__ import annotations

import pytest

from indexer import htmlpage

pytest.importorskip("trafilatura")

SENTENCES = (
    "The moss grows on old walls across the town, where rain collects in the cracks of the stone.",
    "Volunteers counted the patches last spring and found twice as many as the survey before.",
    "The council now wants to protect the oldest walls from cleaning with pressure hoses.",
)


def _texts(body: str) -> list[str]:
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Moss on the walls</title></head>"
        f"<body><article><h1>Moss on the walls</h1>{body}</article></body></html>"
    ).encode()
    return [t for _, t in htmlpage.extract(page, "moss.html").blocks]


def test_a_footnote_marker_is_not_glued_to_the_word_before_it() -> None:
    # "water.<sup><a href='#fn1'>1</a></sup> For" came out as "water.1 For": one token, so a
    # search for "water" missed the paragraph. Linked, classed, or figures alone after a
    # sentence mark: all markers; an exponent after a unit stays.
    a, b, c = SENTENCES
    body = (
        f"<p>{a[:-1]}.<sup><a href='#fn1'>1</a></sup> {b}</p>"
        f"<p>The survey<sup class='reference'>[2]</sup> covered 12 km<sup>2</sup> of the old town. {c}</p>"
        f"<p>{c[:-1]}.<sup>3</sup> {a}</p>"
    )
    texts = _texts(body)
    assert f"{a} {b}" in texts
    assert f"The survey covered 12 km2 of the old town. {c}" in texts
    assert f"{c} {a}" in texts


def test_a_wiki_headings_edit_link_and_a_footnotes_back_link_are_left_out() -> None:
    # MediaWiki's "How it works[edit]" was the heading and every following paragraph's section.
    a, b, c = SENTENCES
    body = (
        "<h2><span class='mw-headline'>How it grows</span>"
        "<span class='mw-editsection'>[<a href='/edit'>edit</a>]</span></h2>"
        f"<p>{a} {b}</p><ol><li>{c} <a href='#ref1' class='footnote-backref'>↩</a></li></ol>"
    )
    texts = _texts(body)
    assert "How it grows" in texts and not any("edit]" in t or "↩" in t for t in texts)
    assert c in texts
