"""Plain-text kinds of the thirteenth trial (indexer.segment), on pages written for these tests: a
wiki page saved as text (edit links glued to its headings, citation markers, its table of
contents and infobox), a listing page of story cards, a related-news list in other languages,
and a platform's furniture (a newsletter's thanks-for-reading line, a memorial site's guest book)."""

from __future__ import annotations


import pytest

from indexer.models import BODY, BOILERPLATE, HEADING
from indexer.segment.textblocks import _without_link_notes, _without_wiki_marks
from tests.helpers import FOOTER, MENU, kind_and_reason, parse_blocks

PARAS = [
    "The regional council closed the coast road at Pointe Nord on Monday after a landslide carried part of "
    "the carriageway into the sea during the night.",
    "Engineers said the cliff had been moving for weeks, and that the road would stay shut until a survey "
    "of the slope is finished later this month.",
    "Residents of the two villages beyond the slip must now drive an hour inland to reach the nearest town.",
]


def _indexed(art) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in art.paragraphs if p.indexed]


# ---- a wiki page saved as text --------------------------------------------------------------


def _wiki(edit: str = "[edit]") -> str:
    return (
        "Tessaro Lake (Italian: Lago di Tessaro) is a small glacial lake in the north of the valley. It is fed by "
        "two mountain streams and covers about four square kilometres.[1]\n\n"
        "Tessaro Lake\nLocation\tValle Verde, Italy\nType\tGlacial lake\nSurface area\t4 km2\nMax. depth\t31 m\n\n"
        "Contents\n1\tGeography\n2\tHistory\n3\tReferences\n\n"
        f"Geography{edit}\n"
        "The lake lies at an altitude of 1,200 metres and is frozen from December to March in most years,[2] when "
        "local clubs hold skating races on it.[citation needed]\n\n"
        f"History{edit}\n"
        "A hydroelectric dam was proposed at the outlet in 1958 but was abandoned after protests by the villages "
        "of the valley, whose fishing rights dated to the fifteenth century.[3][4]\n\n"
        f"References{edit}\n^ Rossi, A. (1999). Lakes of the Alps."
    )


@pytest.mark.parametrize(
    "edit", ["[edit]", "[Bearbeiten | Quelltext bearbeiten]", "[modifier | modifier le code]", "[編集]"]
)
def test_a_wikis_edit_links_leave_its_headings_apart_and_its_markers_are_cut(edit: str) -> None:
    art = parse_blocks(MENU, _wiki(edit), FOOTER)
    texts = _indexed(art)
    assert kind_and_reason(art, "Geography")[0] == HEADING
    assert kind_and_reason(art, "History")[0] == HEADING
    assert not any("[" in t for t in texts), texts
    assert any(t.endswith("when local clubs hold skating races on it.") for t in texts)
    assert any(
        t.startswith(
            "The lake lies at an altitude of 1,200 metres and is frozen from December to March in most years, when"
        )
        for t in texts
    )
    (geo,) = [p for p in art.paragraphs if p.text.startswith("The lake lies")]
    assert geo.section == "Geography"


def test_a_wikis_table_of_contents_and_infobox_are_chrome() -> None:
    art = parse_blocks(MENU, _wiki(), FOOTER)
    assert kind_and_reason(art, "Contents") == (BOILERPLATE, "table of contents")
    kind, why = kind_and_reason(art, "Tessaro Lake\nLocation")
    assert kind == BOILERPLATE and why.startswith("infobox")


def test_citation_markers_are_cut_after_a_sentence_only_without_edit_links() -> None:
    text = "The port reopened on Monday.[2] The array index x[1] stays, as does [sic].\n"
    assert _without_wiki_marks(text) == "The port reopened on Monday. The array index x[1] stays, as does [sic].\n"


@pytest.mark.linear
@pytest.mark.parametrize("text", [" " * 3000, "a a " * 750, "A" * 3000, "1" * 3000, "[1]" * 1000, "[edit |" * 430])
def test_the_wiki_marks_patterns_take_linear_time(text: str) -> None:
    _without_wiki_marks(text + "\nGeography[edit]\n")


# ---- a listing page ----------------------------------------------------------------------------

_CARDS = [
    ("Ferry fares rise in May after fuel costs climb", "Transport · 2 hours ago"),
    ("Quay market moves indoors for the winter", "Local · 3 hours ago"),
    ("Storm warning for the northern coast tonight", "Weather · 4 hours ago"),
    ("Harbour festival line-up announced", "Culture | March 3, 2025"),
]


def test_a_listing_page_of_story_cards_has_no_article_text() -> None:
    cards = "\n".join(f"{h}\n{s}" for h, s in _CARDS)
    art = parse_blocks(MENU, "Latest", "Fresh from 200 local sources, every hour.", cards, FOOTER)
    assert _indexed(art) == []
    assert any("no article text found" in w for w in art.warnings)


def test_story_cards_each_in_a_block_make_a_listing_too() -> None:
    art = parse_blocks("Latest", *(f"{h}\n{s}" for h, s in _CARDS))
    assert _indexed(art) == []


def test_an_article_with_a_few_story_cards_keeps_its_text() -> None:
    cards = "\n".join(f"{h}\n{s}" for h, s in _CARDS[:3])
    art = parse_blocks(MENU, "Landslide shuts the coast road at Pointe Nord", *PARAS, cards, FOOTER)
    assert all(p in _indexed(art) for p in PARAS)
    assert not any("hours ago" in t for t in _indexed(art))


# ---- related news in other languages -----------------------------------------------------------


_JA = [
    "函館市は10日、市内の漁港で秋サケの水揚げが始まったと発表した。初日の水揚げ量は約12トンで、去年の同じ時期より2割多かった。",
    "市によると、今年は海水温が平年並みに戻り、群れが沿岸に近づきやすくなったという。港では早朝から競りが行われ、活気づいた。",
    "漁協の担当者は「このまま豊漁が続けば、価格も落ち着くのではないか」と話している。",
]


@pytest.mark.parametrize("label", ["関連ニュース", "关联新闻", "관련 뉴스", "Notizie correlate"])
def test_a_related_news_list_after_the_article_is_chrome(label: str) -> None:
    related = f"{label}\n函館の朝市、観光客が過去最多に\n道南の漁業者、新たな販路を模索"
    ranking = "アクセスランキング\n1 台風が週末に接近か\n2 新米の価格が上昇"
    art = parse_blocks(
        "函館で秋サケの水揚げ始まる\n2025年9月10日 18時05分", *_JA, related, ranking, "利用規約\nお問い合わせ"
    )
    assert kind_and_reason(art, label)[0] == BOILERPLATE
    assert all(p in _indexed(art) for p in _JA)


# ---- a platform's furniture ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for reading Coast Notes! Subscribe for free to receive new posts and support my work.",
        "Merci d'avoir lu Notes de la côte ! Abonnez-vous gratuitement pour recevoir les nouveaux articles.",
        "To plant trees in memory, please visit the Sympathy Store.",
        "Sponsored by Calder & Sons Funeral Home.",
        "3 Entries",
        "Ruth Mills, Portree, ME · March 3, 2025",
    ],
)
def test_a_platforms_furniture_is_not_body(line: str) -> None:
    art = parse_blocks(
        MENU, "Landslide shuts the coast road at Pointe Nord", PARAS[0], PARAS[1], line, PARAS[2], FOOTER
    )
    assert line not in _indexed(art)
    assert kind_and_reason(art, line)[0] == BOILERPLATE
    assert kind_and_reason(art, PARAS[2])[0] == BODY


# ---- a link's note for screen readers, a picture's licensing link --------------------------------


@pytest.mark.parametrize(
    "text, cut",
    [
        (
            "The ministry said in a statement, opens new tab, that output fell.",
            "The ministry said in a statement, that output fell.",
        ),
        (
            "A ferry at the quay on Monday. REUTERS/Jane Doe Purchase Licensing Rights, opens new tab",
            "A ferry at the quay on Monday. REUTERS/Jane Doe",
        ),
        ("Share on Facebook (Opens in new window)", "Share on Facebook"),
        ("Hafenamt auf Youtube, Link öffnet sich in einem neuen Fenster", "Hafenamt auf Youtube"),
        ("Links to other sites will open in a new window.", "Links to other sites will open in a new window."),
        # the licensing link alone, no note and no "new" anywhere in the text: cut all the same
        (
            "Dockers wait at the gate on Friday. REUTERS/Ali Khan Purchase Licensing Rights\nThe port stayed shut.",
            "Dockers wait at the gate on Friday. REUTERS/Ali Khan\nThe port stayed shut.",
        ),
        ("Il porto su Youtube (si apre in una nuova scheda)", "Il porto su Youtube"),
    ],
)
def test_a_links_note_for_screen_readers_is_cut(text: str, cut: str) -> None:
    assert _without_link_notes(text) == cut


def test_a_pictures_licensing_link_is_not_in_its_caption() -> None:
    caption = (
        "A ferry waits at the quay in Pointe Nord on Monday. REUTERS/Jane Doe Purchase Licensing Rights, opens new tab"
    )
    art = parse_blocks(MENU, "Landslide shuts the coast road at Pointe Nord", caption, *PARAS, FOOTER)
    assert not any("Licensing" in p.text or "new tab" in p.text for p in art.paragraphs)
