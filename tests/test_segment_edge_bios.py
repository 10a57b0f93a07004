"""An author's bio under the name at the article's end, told by what it is in any language
(indexer/segment/bios.py): a short paragraph under a line with the person's name alone (or under
a "Written by NAME" line), which names the person or opens with a role noun, with no more of the
article after it. Profiles inside the story stay its text. Each page is our own (issue 13)."""

from __future__ import annotations


import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE, BYLINE
from indexer.segment import bios
from tests.helpers import (
    FOOTER,
    MENU,
    PROSE,
    article_html,
    html_document,
    kind_and_reason as kind_of,
    parse_blocks as parse,
)

HEAD = ("Bridge to close", MENU, "Bridge to close")


@pytest.mark.parametrize(
    ("name", "bio", "after"),
    [
        # named by the first name, in the third person or the first
        (
            "Greta Holm",
            "Greta is the Gazette's transport editor. She has crossed the harbour by ferry on most days since 2015.",
            "You may also like",
        ),
        (
            "Jana Vogel",
            "Hallo, ich bin Jana! Ich backe am Wochenende für vier Nachbarn und schreibe hier über Brot und Kuchen.",
            "Das könnte dir auch gefallen",
        ),
        # a role noun opens it, no verb: Spanish, Italian, Czech, French, Polish, Dutch
        (
            "Marta Gil",
            "Periodista de datos en Sevilla y ciclista de domingo. Escribe sobre el puerto desde 2019.",
            "3 comentarios",
        ),
        (
            "Chiara Conti",
            "Genovese di Boccadasse, insegnante di giorno e fotografa di notte. Racconta il porto da dieci anni.",
            "Commenti (12)",
        ),
        (
            "Tereza Malá",
            "Novinářka z Brna, která dvacet let jezdí po přístavech. Píše o lodích a mostech od roku 2010.",
            "Další článek: Most přes řeku se opraví",
        ),
        (
            "Claire Morel",
            "Journaliste indépendante à Nantes et ancienne capitaine de ferry. Elle écrit sur les ports.",
            "À lire aussi",
        ),
        (
            "Ewa Nowak",
            "Nauczycielka historii z Gdańska i miłośniczka promów. Pisze o portach Bałtyku od dziesięciu lat.",
            "Czytaj także",
        ),
        (
            "Sanne de Vries",
            "Onderwijzeres en kookboekschrijver uit Zwolle. Ze schrijft al jaren over de haven en de veerboten.",
            "Lees ook",
        ),
    ],
)
def test_a_bio_under_the_name_at_the_articles_end_is_the_author_box(name: str, bio: str, after: str) -> None:
    art = parse(*HEAD, *PROSE, name, bio, after, "Ferry timetable changes from Monday", FOOTER)
    assert kind_of(art, bio[:20]) == (BYLINE, bios.EDGE_BIO_REASON)
    assert kind_of(art, name) == (BYLINE, "author box (name)")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert name in art.byline


def test_a_bio_under_a_written_by_line_and_a_follower_count() -> None:
    # a blogging platform's box: "Written by NAME", the follower count, the bio, a "Follow" button
    bio = "Freelance writer and former ferry captain in Hull. I write about harbours and the people who run them."
    art = parse(*HEAD, *PROSE, "Written by Greta Holm", "1.2K followers · 80 following", bio, "Follow", FOOTER)
    assert kind_of(art, "Freelance writer")[0] == BYLINE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_name_line_inside_a_last_line_block() -> None:
    # the tag line and the name set without a blank line between: the name is the block's last line
    bio = (
        "Greta is one half of Harbour Hops. A former ferry engineer from Kiel, she has crossed every strait in Europe."
    )
    art = parse(*HEAD, *PROSE, "Tags: ferries, bridges\nGreta Holm", bio, "Similar Posts", FOOTER)
    assert kind_of(art, "Greta is one half")[0] == BYLINE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_name_with_its_job_title_under_it_anchors_the_bio() -> None:
    # trial 51 (a Webflow company blog): "Share this post" / NAME / job title, then the bio
    card = "Share this post\nGreta Holm\nHead of Operations, Harbour Hops"
    bio = "Greta joined Harbour Hops from a ferry company, where she ran night crossings for eight years."
    art = parse(*HEAD, *PROSE, card, bio, "More from the blog", "Ferry timetable changes from Monday", FOOTER)
    assert kind_of(art, "Greta joined")[0] == BYLINE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_profile_with_a_job_title_inside_the_story_stays_body() -> None:
    profile = "Maria crosses the bridge twice a day and says she will now take the ferry to the school."
    art = parse(*HEAD, *PROSE[:2], "Maria Lopez\nTeacher, Valencia", profile, *PROSE[2:], FOOTER)
    assert kind_of(art, "Maria crosses")[0] == BODY


def test_a_profile_inside_the_story_stays_body() -> None:
    # the person is named under her name, but the article goes on below: the story's own profile
    profile = "Maria, a teacher from Valencia, crosses the bridge twice a day and says she will now take the ferry."
    art = parse(*HEAD, *PROSE[:2], "Maria Lopez", profile, *PROSE[2:], FOOTER)
    assert kind_of(art, "Maria, a teacher")[0] == BODY


def test_a_subheading_over_the_last_paragraph_is_no_name() -> None:
    # "Next Steps" is no person's name, though the paragraph under it opens with a role noun
    last = "Teachers will vote on the offer next week, and the union says a strike is still possible."
    art = parse(*HEAD, *PROSE, "Next Steps", last, "Related stories", FOOTER)
    assert kind_of(art, "Teachers will vote")[0] == BODY


def test_two_profiles_at_the_end_are_the_article() -> None:
    # two name-and-bio pairs at the article's end are a list of profiles, none its author's box
    pairs = [
        "Anna Keller",
        "Anna is the harbour master and has asked the council for two more ferries since March this year.",
        "Tom Berg",
        "Tom is the engineer who wrote the report on the corroded steel supports of the old bridge.",
    ]
    art = parse(*HEAD, *PROSE, *pairs, "Related stories", FOOTER)
    assert kind_of(art, "Anna is the harbour")[0] != BYLINE
    assert kind_of(art, "Tom is the engineer")[0] != BYLINE


@pytest.mark.linear
def test_every_language_has_role_nouns_and_the_pattern_is_linear() -> None:
    assert sorted(chromewords.BIO_ROLE) == sorted(chromewords.LANGUAGES)
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "Lehrer" * 500):
        bios.opens_with_role(text)


def test_the_bio_leaves_the_heads_name_and_date_line_the_byline() -> None:
    # an author box at the article's end is no byline of the head: "NAME | DATE" under the
    # headline stays the page's byline (the box's name line, inside a tag block, gives none)
    bio = (
        "Greta is one half of Harbour Hops. A former ferry engineer from Kiel, she has crossed every strait in Europe."
    )
    art = parse(*HEAD, "Greta Holm | 12 March 2024", *PROSE, "Tags: ferries, bridges\nGreta Holm", bio, "Similar Posts")
    assert kind_of(art, "Greta is one half")[0] == BYLINE
    assert art.byline == "Greta Holm"


@pytest.mark.parametrize(
    ("name", "bio"),
    [
        (
            "Chiara Conti",
            "Genovese di Boccadasse, insegnante di giorno e fotografa di notte. Racconta il porto da dieci anni.",
        ),
        (
            "Greta Holm",
            "Greta is the Gazette's transport editor. She has crossed the harbour by ferry on most days since 2015.",
        ),
    ],
)
def test_a_bio_under_the_name_after_an_html_article(name: str, bio: str) -> None:
    # a box of plain <div>s (no class, no link, no photo to tell it): the name, the bio, then comments
    pytest.importorskip("trafilatura")
    body = "".join(f"<p>{p}</p>" for p in PROSE) + f"<div><p><b>{name}</b></p><p>{bio}</p></div>"
    head = f'<meta name="author" content="{name}">'
    art = segment.segment(html_document(article_html(body, "Bridge to close", head=head), "t.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert kind_of(art, bio[:20]) == (BOILERPLATE, bios.EDGE_BIO_REASON)


def test_a_profile_inside_an_html_story_stays_body() -> None:
    pytest.importorskip("trafilatura")
    profile = "Maria, a teacher from Valencia, crosses the bridge twice a day and says she will now take the ferry."
    paras = "".join(f"<p>{p}</p>" for p in PROSE[:2]) + f"<h2>Maria Lopez</h2><p>{profile}</p>"
    body = paras + "".join(f"<p>{p}</p>" for p in PROSE[2:])
    art = segment.segment(html_document(article_html(body, "Bridge to close"), "t.html"))
    assert kind_of(art, "Maria, a teacher")[0] == BODY


def test_a_bio_under_the_bylines_name_is_the_author_box_whatever_the_given_name() -> None:
    # trial 59: "Gethin" is in no given-name list, so the bio under "Gethin Rowlands" at the end
    # of his story was kept as its last paragraph; the byline above names him
    from indexer.models import BYLINE
    from tests.helpers import FOOTER, MENU, parse_blocks

    prose = (
        "The town's last bank branch will close in September, leaving traders with a forty-minute "
        "round trip to deposit their takings, the bank confirmed on Tuesday.",
        "The council said it had asked the bank to keep a mobile branch visiting the square twice "
        "a week until a banking hub opens in the library next spring.",
    )
    bio = (
        "Gethin covers Carmarthenshire County Council, health and local business for the Voice. He "
        "grew up in Cilycwm and previously worked as a sub-editor on a weekly paper in Lampeter."
    )
    article = parse_blocks(
        MENU,
        "Llandovery's last bank will shut in September",
        "by Gethin Rowlands July 2, 2024",
        *prose,
        "Tagged: banking, Llandovery",
        "Gethin Rowlands",
        bio,
        "More by Gethin Rowlands",
        FOOTER,
    )
    assert [p.kind for p in article.paragraphs if p.text == bio] == [BYLINE]
