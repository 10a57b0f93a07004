"""Metadata a new user's fourth trial lost in plain text (`docs/quality.md`, helper `meta7`): a
wire page's headline, date line, dateline and footer; datelines in capitals of any script; a date
line over the first paragraph; a job title in a byline and a standfirst the model dropped; a place
after a byline's names; a Chinese reporter line; an interview's byline and its answers' speaker.
Each page is our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, BYLINE, HEADING, LEAD, TITLE, Article, Paragraph
from tests.helpers import PROSE, parse_blocks as parse

HEADLINE = "Harbour board delays the ferry contract to next spring"
TEXT = [
    "The harbour board on Tuesday put off the award of the new ferry contract until next spring, "
    "saying that the three bids it had received were all above the budget set by the council.",
    "Board members said they would ask the bidders to revise their offers and that the present "
    "operator would keep running the service on a monthly extension until then.",
]


def kinds(art: Article, kind: str) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind == kind]


@pytest.mark.parametrize(
    "top",
    [
        ["Skip to content\nIndependent harbour news since 1988\nHome  Port  Ferries  Weather  More", "Ports"],
        ["Ports"],
        ["Skip to content\nIndependent harbour news since 1988\nHome  Port  Ferries  Weather  More"],
    ],
)
def test_a_wire_page_gets_its_headline_date_dateline_and_no_footer(top: list[str]) -> None:
    art = parse(
        *top,
        HEADLINE,
        "By Ines Varga and Tom Bell",
        "April 9, 2026 10:05 AM GMT  Updated 3 hours ago",
        f"PORT ELLIS, April 9 (Harbourwire) - {TEXT[0]}",
        TEXT[1],
        "(Reporting by Ines Varga; Editing by Tom Bell)",
        "Our Standards: The Harbourwire Trust Principles.\nSuggested Topics: Ports, Ferries",
        "Harbourwire, the news division of Harbour Media, is the region's largest news provider.",
    )
    assert (art.title, art.published, art.dateline) == (HEADLINE, "2026-04-09", "PORT ELLIS")
    assert art.byline == "Ines Varga, Tom Bell"
    assert kinds(art, BODY) == [f"PORT ELLIS, April 9 (Harbourwire) - {TEXT[0]}", TEXT[1]]
    assert not kinds(art, HEADING)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("ZÜRICH – ", "ZÜRICH"),
        ("SÃO PAULO, Brazil — ", "SÃO PAULO"),
        ("САНКТ-ПЕТЕРБУРГ, 12 сен — ", "САНКТ-ПЕТЕРБУРГ"),
        ("ŁÓDŹ (PAP) - ", "ŁÓDŹ"),
        ("Zürich – ", ""),  # not in capitals: the start of a sentence
    ],
)
def test_a_dateline_in_capitals_of_any_script(opening: str, place: str) -> None:
    art = parse(HEADLINE, f"{opening}{TEXT[0]}", TEXT[1])
    assert art.dateline == place


@pytest.mark.parametrize(
    ("byline", "date_line", "published"),
    [
        ("Par Élodie Marchand", "Publié le 7 février 2026 à 18h30, mis à jour le 8 février 2026 à 07h15", "2026-02-07"),
        ("Von Jana Keller", "Aktualisiert am 14. März 2026, 09:12 Uhr", "2026-03-14"),
        ("By Ines Varga", "Updated 2 hours ago", ""),
        ("By Ines Varga", "March 3, 2026 12:15 PM GMT", "2026-03-03"),
    ],
)
def test_a_date_line_over_the_first_paragraph_is_metadata(byline: str, date_line: str, published: str) -> None:
    art = parse(HEADLINE, byline, date_line, f"PORT ELLIS — {TEXT[0]}", TEXT[1])
    assert (art.published, art.dateline) == (published, "PORT ELLIS")
    assert [p.kind for p in art.paragraphs if p.text == date_line] == [BOILERPLATE]


def test_a_job_title_between_the_name_and_the_date_and_the_dropped_standfirst() -> None:
    standfirst = "Councils have planned for floods for a decade. They have barely begun to plan for the heat."
    for byline in ("By Ana Ruiz\nColumnist\nTue 16 Jul 2026 06.00 BST", "By Ana Ruiz Columnist Tue 16 Jul 2026"):
        art = parse(
            "Skip to main content\nHome | News | Opinion | Sport | Culture\nSign in   Subscribe",
            "Opinion",
            HEADLINE,
            standfirst,
            byline,
            *PROSE,
            "Most popular\nShare on Facebook  Share on Twitter  Email",
            "Comments (3)",
        )
        assert (art.title, art.byline, art.published) == (HEADLINE, "Ana Ruiz", "2026-07-16")
        assert kinds(art, LEAD) == [standfirst]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Von Jana Keller, Zürich", "Jana Keller"),
        ("By Ines Varga, Port Ellis", "Ines Varga, Port Ellis"),  # two words: may be a name
        ("By Ines Varga, Tom Bell", "Ines Varga, Tom Bell"),
        ("记者 李明 报道", "李明"),
        ("本报记者 王芳", "王芳"),
        ("김민수 기자", "김민수"),
        ("Interview by Tom Bell\nPublished 2 June 2026", "Tom Bell"),
    ],
)
def test_a_bylines_names_without_its_place_and_other_forms(byline: str, author: str) -> None:
    art = parse(HEADLINE, byline, *PROSE)
    assert art.byline == author
    assert kinds(art, BYLINE) == [byline]
    assert all(p.section == "" for p in art.paragraphs)


def test_the_interview_by_line_gives_the_date() -> None:
    art = parse(HEADLINE, "Interview by Tom Bell\nPublished 2 June 2026", *PROSE)
    assert (art.byline, art.published) == ("Tom Bell", "2026-06-02")


@pytest.fixture(scope="module")
def tag():
    """tag([(kind, text), ...]) -> Article, the paragraphs tagged as one article."""
    from indexer.entities import tag_article

    def run(paras: list[tuple[str, str]]) -> Article:
        ps = [Paragraph(i + 1, kind, t) for i, (kind, t) in enumerate(paras)]
        return tag_article(Article("t", ps[0].text, "h", paragraphs=ps))

    return run


@pytest.mark.parametrize(
    ("title", "lead", "speaker"),
    [
        (
            "A conversation with the marine biologist Ingrid Halvorsen",
            "Ingrid Halvorsen spoke to us in Tromsø about the cod and about Russia.",
            ["Ingrid Halvorsen"],
        ),
        (
            "The sea does not care about our borders",
            "Ingrid Halvorsen has studied cod stocks for thirty years.",
            ["Ingrid Halvorsen"],
        ),
        # two people named: whose answers they are is not known
        ("The sea does not care about our borders", "Ingrid Halvorsen and Tom Bell met in Tromsø last week.", []),
    ],
)
def test_an_interviews_answers_are_the_interviewees(tag, title: str, lead: str, speaker: list[str]) -> None:
    art = tag(
        [
            (TITLE, title),
            (LEAD, lead),
            (BODY, "Q: Why are the cod stocks falling again?"),
            (BODY, "A: Warmer water is pushing the cod north, into waters where we have almost no data."),
            (BODY, "Q: Can science diplomacy still work?"),
            (BODY, "A: It has to. The ocean does not care about our borders."),
        ]
    )
    answers = [p.speakers for p in art.paragraphs if p.text.startswith("A:")]
    assert answers == [speaker, speaker]
    assert all(not p.speakers for p in art.paragraphs if p.text.startswith("Q:"))


@pytest.mark.parametrize(
    ("text", "place", "not_names"),
    [
        ("SÃO PAULO, Brazil — Solaris Energy Inc. said it would build a solar farm.", "São Paulo", {"SÃO", "Paulo"}),
        (
            "SÃO PAULO, Brazil, April 9, 2026 /PRNewswire/ -- Solaris Energy Inc. said it would build a solar farm.",
            "São Paulo",
            {"SÃO", "Paulo"},
        ),
        ("ŁÓDŹ – The city council said on Wednesday it would close the old tram depot.", "Łódź", {"ŁÓDŹ"}),
    ],
)
def test_the_tagger_reads_a_dateline_in_capitals_of_any_script(tag, text: str, place: str, not_names: set) -> None:
    art = tag([(TITLE, "Solar farm planned"), (BODY, text)])
    para = art.paragraphs[1]
    assert place in para.places
    assert not not_names & set(para.orgs + para.places + para.people)
