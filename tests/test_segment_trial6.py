"""Faults a sixth new-user trial met in plain-text dumps, each as a page of our own."""

from __future__ import annotations

from indexer.models import BODY

from tests.helpers import kind_and_reason, parse_blocks

BEFORE = (
    "The harbour baths will close for at least a year after engineers found cracks in the roof "
    "beams, the council said on Tuesday."
)
AFTER = (
    "The swimming club, which has 300 members, said it would lose its winter season and asked the "
    "council to hire lanes at the school pool in the meantime."
)


def test_a_most_read_box_with_its_ranks_set_without_blank_lines_is_a_teaser_list() -> None:
    # "Most read / 1 / HEADLINE / 2 / ..." as one block between two paragraphs was body
    # ("reads as article text among article text (block model)"): a search for its headlines'
    # words found this article. The article goes on under it.
    for header in ("Most read", "Meistgelesen", "Lo más leído", "Trending now"):
        box = "\n".join(
            (
                header,
                "1",
                "Man charged after crash that closed the coast road for nine hours",
                "2",
                "Fire crews called to blaze at former biscuit warehouse",
                "3.",
                "New bus station finally opens - with no buses",
            )
        )
        art = parse_blocks("Harbour baths to close for a year", BEFORE, box, AFTER)
        assert kind_and_reason(art, header) == ("boilerplate", f"teaser list ('{header}')"), header
        assert kind_and_reason(art, "The swimming club")[0] == BODY


def test_a_dump_with_no_blank_lines_keeps_its_headline_and_standfirst_under_the_menu() -> None:
    # The menu, headline, standfirst, byline and date line set without blank lines were one run
    # of short lines, all taken for the menu: the page had no title, and its headline and
    # standfirst were dropped ("outside the article text (before it)").
    head = "\n".join(
        (
            "Skip to main content",
            "The Harbour Gazette",
            "News",
            "Sport",
            "Family Notices",
            "Sign in",
            "Harbour baths to close for a year as repair bill doubles",
            "Swimmers face a long trip to the next town while the roof is rebuilt",
            "By Anna Berg",
            "Thursday 6 November 2025, 4:12pm",
            "Share",
            BEFORE,
        )
    )
    art = parse_blocks(head, AFTER)
    assert art.title == "Harbour baths to close for a year as repair bill doubles"
    assert kind_and_reason(art, "Swimmers face")[0] == "lead"
    assert kind_and_reason(art, "Family Notices")[0] == "boilerplate"
    assert art.byline == "Anna Berg" and art.published == "2025-11-06"


def test_an_html_standfirst_naming_a_year_is_the_lead() -> None:
    # A release's subtitle under its <h1> with no final stop and a year in it ("... starting in
    # 2028") was taken for a date line and lost, with no word in `indexer parse`. A date line
    # (few words of letters) is still none.
    from indexer import segment
    from tests.helpers import html_document

    deck = "Facility in Oakridge will mill flour for bakeries across the province starting in 2028"
    page = (
        "<html><head><title>Northfield Mills to Open Flour Mill in Oakridge</title></head><body>"
        "<h1>Northfield Mills to Open Flour Mill in Oakridge</h1>"
        f"<h2 class='subtitle'>{deck}</h2><p class='meta'>Published 2 April 2026</p>"
        f"<div class='body'><p>{BEFORE}</p><p>{AFTER}</p></div></body></html>"
    )
    art = segment.segment(html_document(page.encode()))
    assert [p.kind for p in art.paragraphs if p.text == deck] == ["lead"]
    assert not [p for p in art.paragraphs if p.indexed and p.text.startswith("Published")]


def test_an_html_lead_put_back_goes_under_the_headline_not_over_a_kicker() -> None:
    # The extractor kept a kicker over the <h1> as text and dropped the teaser under it: the
    # teaser, put back as the lead, came first, over the kicker and the title.
    from indexer import segment
    from tests.helpers import html_document

    teaser = "The rail union has called a 48-hour strike. Only one long-distance train in five will run."
    page = (
        "<html><head><meta charset='utf-8'><title>Rail strike halts long-distance trains</title></head><body>"
        "<main><article><header><p class='kicker'>Transport</p><h1>Rail strike halts long-distance trains</h1>"
        f"<p class='teaser'>{teaser}</p></header><div class='body'><p>{BEFORE}</p><p>{AFTER}</p>"
        f"<p>{BEFORE.replace('harbour', 'river')}</p></div></article></main></body></html>"
    )
    art = segment.segment(html_document(page.encode()))
    assert [p.kind for p in art.paragraphs if p.kind in ("title", "lead")] == ["title", "lead"]
    assert [p.text for p in art.paragraphs if p.kind == "lead"] == [teaser]


def test_a_heading_that_names_the_paragraphs_person_is_no_pull_quote() -> None:
    # The pull-quote rule (trial5a) dropped GUM's photo caption "Wu Chi-wai of the Democratic
    # Party", a heading there, whose words the paragraph before gives in order: a pull quote is a
    # sentence of the article set again; a heading or caption naming someone is none.
    paragraph = (
        "In the eastern district, the councillor Anna Berg of the Harbour Party was elected with "
        "51,516 votes, the highest in this constituency, and two others were re-elected."
    )
    art = parse_blocks("Harbour council election results", paragraph, "Anna Berg of the Harbour Party", AFTER)
    assert kind_and_reason(art, "Anna Berg of the Harbour Party")[0] != "boilerplate"
    # A sentence set again is still a pull quote.
    quote = "We are not giving up on the harbour, we are giving up on pretending."
    said = f'"{quote[:-1]}," said Anna Berg, who chairs the council and lives two streets from the quay.'
    art = parse_blocks("Harbour council election results", paragraph, quote, said, AFTER)
    assert kind_and_reason(art, "We are not giving up")[1].startswith("pull quote")
