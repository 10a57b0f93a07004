"""Speaker labels on lines of their own (a parliament's record, a hearing, a podcast transcript):
the label line is no body, heading or section but the speaker of the paragraphs under it, glued
to its speech or not, in the label forms of several records; short headings, bylines and lists
of names stay what they were. Own small inputs (segment.speakers)."""

from __future__ import annotations

import pytest

from indexer.entities import tag_article
from indexer.segment.speakers import Label, speaker_label
from tests.helpers import FOOTER, MENU, html_document, parse_blocks

COUNCIL = [
    MENU,
    "Harbour Council: ferry timetable debate",
    "Debated on Thursday 4 April 2024",
    # a label glued to its speech, then one over a blank line, then a member by name alone
    "Tomasz Wrobel (Eastport North) (Ind)\nI beg to move that the council has considered the ferry timetable.",
    "The winter timetable leaves the island without a crossing after six in the evening, and that is not good enough.",
    "Mrs Ingrid Halvorsen (in the Chair)",
    "Order. Members will keep to four minutes each, as there is a great deal of interest in this item.",
    "Ruth Okafor (Westcliff) (Lab)",
    "Will the member give way on the point about the evening crossing?",
    "Tomasz Wrobel\nI will give way.",
    "Ruth Okafor",
    "Does he agree that the six o'clock ferry is the one the hospital staff rely on to get home?",
    "The Cabinet Member for Transport (Declan Murphy)",
    "I thank the member for raising this, and I will publish the passenger figures for the evening route.",
    FOOTER,
]


def _turns(art) -> list[tuple[str, str]]:
    """(start of text, turn) of each indexed paragraph."""
    return [(p.text[:20], p.turn) for p in art.paragraphs if p.indexed]


def test_label_lines_are_no_text_and_name_the_speech_under_them() -> None:
    art = parse_blocks(*COUNCIL)
    labels = [p for p in art.paragraphs if p.reason.startswith("speaker's label")]
    assert [p.text for p in labels] == [
        "Tomasz Wrobel (Eastport North) (Ind)",
        "Mrs Ingrid Halvorsen (in the Chair)",
        "Ruth Okafor (Westcliff) (Lab)",
        "Tomasz Wrobel",
        "Ruth Okafor",
        "The Cabinet Member for Transport (Declan Murphy)",
    ]
    assert all(not p.indexed for p in labels)
    body = {p.text[:20]: p.turn for p in art.paragraphs if p.kind == "body"}
    assert body == {
        "I beg to move that t": "Tomasz Wrobel",
        "The winter timetable": "Tomasz Wrobel",
        "Order. Members will ": "Ingrid Halvorsen",
        "Will the member give": "Ruth Okafor",
        "I will give way.": "Tomasz Wrobel",
        "Does he agree that t": "Ruth Okafor",
        "I thank the member f": "Declan Murphy",
    }
    # no label is a heading nor any paragraph's section
    assert not any(p.kind == "heading" for p in art.paragraphs)
    assert not any("Okafor" in p.section or "Wrobel" in p.section for p in art.paragraphs)


def test_the_speaker_is_the_paragraphs_first_speaker_after_tagging() -> None:
    art = tag_article(parse_blocks(*COUNCIL))
    speakers = {p.text[:20]: p.speakers[:1] for p in art.paragraphs if p.kind == "body"}
    assert speakers["I beg to move that t"] == ["Tomasz Wrobel"]
    assert speakers["Does he agree that t"] == ["Ruth Okafor"]
    assert speakers["I thank the member f"] == ["Declan Murphy"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Sarah Mills (Northfield) (LD)", "Sarah Mills"),
        ("Mr Peter Quill (in the Chair)", "Peter Quill"),
        ("The Minister for Roads (Simon Albury)", "Simon Albury"),
        ("Mr. HARGREAVE.", "Hargreave"),
        ("Senator OKONJO.", "Okonjo"),
        ("Mr KEATING (Fremantle) (10:02):", "Keating"),
        ("CLARA:", "Clara"),
        ("HOST:", ""),
        ("Vizepräsidentin Dr. Petra Lindner:", "Petra Lindner"),
        ("Dr. Jonas Albrecht (FDP):", "Jonas Albrecht"),
        ("Markus Feldmann, Bundesminister der Finanzen:", "Markus Feldmann"),
        ("M. Jean-Luc Marchand.", "Jean-Luc Marchand"),
        ("Mme la ministre.", ""),
        ("El señor PRESIDENTE:", ""),
        ("La señora MINISTRA DE HACIENDA (Ruiz Cabello):", "Ruiz Cabello"),
        ("De heer Van Dijk (VVD):", "Van Dijk"),
    ],
)
def test_label_forms_of_several_records(line: str, name: str) -> None:
    label = speaker_label(line)
    assert label is not None and label.strong and label.name == name


@pytest.mark.parametrize(
    "line",
    [
        "Key Findings:",
        "What happens next?",
        "Thank you.",
        "Mr Smith went home.",
        "Background",
        "Results (2023)",
        "Photo: Anna Berg",
        "Anna Berg: the long road home",
    ],
)
def test_headings_and_sentences_are_no_marked_labels(line: str) -> None:
    label = speaker_label(line)
    assert label is None or not label.strong


def test_a_bare_name_is_unmarked() -> None:
    assert speaker_label("Ruth Okafor") == Label("Ruth Okafor", False)
    # a title alone (an author's name over a teaser) and a place's long name in brackets neither
    assert not speaker_label("Dr. Ruth Okafor").strong
    label = speaker_label("Harbour Museum Eastport (Natural History and Technology Museum)")
    assert label is None or not label.strong


def test_a_byline_and_headings_of_an_ordinary_article_stay() -> None:
    art = parse_blocks(
        MENU,
        "Ferry timetable cut for winter",
        "Ruth Okafor",
        "The island's last evening crossing will stop in November, the operator said on Tuesday.",
        "Staff at the hospital say the change leaves them without a way home after late shifts.",
        "What happens next",
        "The council will debate the timetable next month, and a petition has 2,000 names.",
        FOOTER,
    )
    assert not any(p.reason.startswith("speaker's label") for p in art.paragraphs)
    assert not any(p.turn for p in art.paragraphs)


def test_a_list_of_names_with_their_clubs_is_no_transcript() -> None:
    art = parse_blocks(
        MENU,
        "Squad named for the spring tour",
        "The coach named four new caps on Monday for the three matches in the spring.",
        "Aled Rees (Cardiff)\nJonah Pike (Bath)\nOwen Tate (Leeds)",
        "Rees, who turned 21 last week, is the youngest of them and plays at fly-half.",
        FOOTER,
    )
    assert not any(p.reason.startswith("speaker's label") for p in art.paragraphs)


def test_one_label_is_no_transcript() -> None:
    art = parse_blocks(
        MENU,
        "Ferry timetable cut for winter",
        "The island's last evening crossing will stop in November, the operator said on Tuesday.",
        "Ruth Okafor (Westcliff) (Lab)\nThe councillor said the cut was a mistake and would be challenged.",
        FOOTER,
    )
    assert not any(p.reason.startswith("speaker's label") for p in art.paragraphs)


def test_labels_in_html_paragraphs_name_the_speech_under_them() -> None:
    from indexer import segment

    turns = [
        ("Tomasz Wrobel (Eastport North) (Ind)", "I beg to move that the council has considered the ferry timetable."),
        ("Ruth Okafor (Westcliff) (Lab)", "Will the member give way on the point about the evening crossing?"),
        ("Tomasz Wrobel", "I will give way to the member, who has campaigned on this for years."),
    ]
    paras = "".join(f"<p>{label}</p><p>{speech}</p>" for label, speech in turns)
    page = f"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>{paras}</article></body></html>"
    art = segment.segment(html_document(page.encode()))
    assert [(p.kind, p.turn) for p in art.paragraphs if p.text in {s for _, s in turns}] == [
        ("body", "Tomasz Wrobel"),
        ("body", "Ruth Okafor"),
        ("body", "Tomasz Wrobel"),
    ]
    assert not any(p.indexed for p in art.paragraphs if p.text in {label for label, _ in turns})
