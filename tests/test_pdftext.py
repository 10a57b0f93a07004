"""Text from a PDF (pdftotext, or copied from a PDF viewer): page furniture dropped, hyphenated
breaks rejoined, numbered headings read as headings, footnote markers removed and footnotes at
the end (indexer.pdftext, called by sources.read_document for plain text)."""

from __future__ import annotations

from pathlib import Path

from indexer import pdftext, segment, sources
from indexer.models import HEADING, TITLE

# Prose written for these tests: hard-wrapped as a PDF's lines are.
PAGE_ONE = """Rivers and Reservoirs Quarterly

The Dry Summer and the Cost of Water

1. Background

The reservoirs of the eastern valleys held less water in August than in
any summer since records began, and the regional water board said that
the reserves would last until the autumn only if households cut their
use by a tenth. The board's engin-
eers had warned of the shortage in the spring, when the snow on the
hills melted three weeks earlier than usual and the rivers fell fast.

Ingrid Halvorsen² told the board that farmers had already lost much of
their first harvest, and that a well-
known scheme to share water between the valleys had never been tried.
"""
PAGE_TWO = """Rivers and Reservoirs Quarterly

2. Methods

2.1 Measurements
We read the levels of the eleven reservoirs every week from the board's
published tables and compared them with the rainfall recorded at the
weather stations of the valleys, which the national office publishes
every month.¹ Where a table was missing we asked the board for its fig-
ures, and the board sent them within a few days of our request to the
office that keeps them.

¹ National Weather Office, Monthly Rainfall Tables, 2025.
² Evidence to the water board, 3 June 2025.
"""
PAGE_THREE = """Rivers and Reservoirs Quarterly

3. Findings

The reservoirs fell by a third between May and August, and the rivers
that feed them carried less water than in any summer of the last fifty
years. The board now plans to build a pipe between the two largest
reservoirs before the next summer comes.
"""


def _pdftotext(*pages: str, footer: str = "Page {n} of {total}") -> str:
    """Pages as pdftotext writes them: a form feed after each, the footer at each page's foot."""
    total = len(pages)
    return "".join(f"{p}\n{footer.format(n=n, total=total)}\n\f" for n, p in enumerate(pages, 1))


def _read(tmp_path: Path, text: str, name: str = "report.txt"):  # type: ignore[no-untyped-def]
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    ref = sources.SourceRef(f.resolve(), f.name, f.parent.resolve(), True)
    return sources.read_document(ref)


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    return segment.segment(_read(tmp_path, text), model=None)


def test_running_header_and_page_numbers_are_dropped_and_the_title_is_the_real_one(tmp_path: Path) -> None:
    article = _article(tmp_path, _pdftotext(PAGE_ONE, PAGE_TWO, PAGE_THREE))
    assert article.title == "The Dry Summer and the Cost of Water"
    texts = [p.text for p in article.paragraphs]
    assert not any("Quarterly" in t or "Page 2" in t or "of 3" in t for t in texts)
    assert [p.kind for p in article.paragraphs if p.text == article.title] == [TITLE]


def test_numbered_headings_are_headings(tmp_path: Path) -> None:
    article = _article(tmp_path, _pdftotext(PAGE_ONE, PAGE_TWO, PAGE_THREE))
    headings = [p.text for p in article.paragraphs if p.kind == HEADING]
    assert headings == ["1. Background", "2. Methods", "2.1 Measurements", "3. Findings"]
    # the heading on the line over its paragraph is split from it
    assert any(p.text.startswith("We read the levels") for p in article.paragraphs)


def test_words_broken_by_a_hyphen_are_joined_and_compounds_keep_it(tmp_path: Path) -> None:
    text = _read(tmp_path, _pdftotext(PAGE_ONE, PAGE_TWO, PAGE_THREE)).text
    assert "The board's engineers" in text and "engin" + "-" not in text
    assert "for its figures, and the board" in text.replace("\n", " ")
    assert "a well-known scheme" in text.replace("\n", " ")


def test_footnote_markers_are_removed_and_the_notes_come_last(tmp_path: Path) -> None:
    article = _article(tmp_path, _pdftotext(PAGE_ONE, PAGE_TWO, PAGE_THREE))
    texts = [p.text for p in article.paragraphs]
    assert any(t.startswith("Ingrid Halvorsen told the board") for t in texts)
    assert not any("²" in t or "¹" in t for t in texts)
    assert texts[-2:] == [
        "[1] National Weather Office, Monthly Rainfall Tables, 2025.",
        "[2] Evidence to the water board, 3 June 2025.",
    ]


def test_a_copy_from_a_pdf_viewer_without_form_feeds_is_read_by_its_page_numbers(tmp_path: Path) -> None:
    # no form feeds; each page ends with "- N -"; the paragraph on page 1 goes on on page 2
    one = PAGE_ONE + "Farmers in the lower valleys said the cuts came too late for the\n"
    two = "Rivers and Reservoirs Quarterly\nspring sowing, and asked the board for help.\n\n" + PAGE_TWO
    dump = "".join(f"{p}\n- {n} -\n\n" for n, p in enumerate([one, two, PAGE_THREE], 1))
    article = _article(tmp_path, dump)
    assert article.title == "The Dry Summer and the Cost of Water"
    texts = [p.text.replace("\n", " ") for p in article.paragraphs]
    assert not any("Quarterly" in t or t.startswith("- ") for t in texts)
    assert any("came too late for the spring sowing, and asked" in t for t in texts)


def test_lone_page_numbers_and_a_running_footer(tmp_path: Path) -> None:
    dump = _pdftotext(PAGE_ONE, PAGE_TWO, PAGE_THREE, footer="Annual Water Review 2025\n{n}").replace("\f", "")
    article = _article(tmp_path, dump)
    texts = [p.text for p in article.paragraphs]
    assert not any("Annual Water Review" in t or t.strip().isdigit() for t in texts)


def test_a_german_dump_reads_seite_n_von_m() -> None:
    page = "Bericht der Wasserbehörde\n\n" + "\n".join(
        ["Die Talsperren des Ostens hielten im August weniger Wasser als in jedem"] * 6
    )
    dump = "".join(f"{page}\n\nSeite {n} von 3\n" for n in (1, 2, 3))
    out, _ = pdftext.from_pdf(dump)
    assert "Seite" not in out and "Bericht der Wasserbehörde" not in out


def test_a_web_page_with_lone_figures_is_left_alone() -> None:
    # a page saved as text: a paragraph a line, comment counts as lone figures
    para = "The council voted on Tuesday to close the old harbour bridge for repairs, a decision that " * 2
    page = "\n\n".join(f"{para}\n\n{n}\n\n{para}\n{para}\n{para}\n{para}\n{para}\n{para}\n{para}" for n in (1, 2, 3, 4))
    assert pdftext.from_pdf(page) == (page, [])
    # prose without any page numbers, hard-wrapped
    assert pdftext.pages(PAGE_ONE + PAGE_TWO) is None


def test_dehyphenation_rules() -> None:
    stops = frozenset({"with", "the"})

    def join(a: str, b: str, vocabulary: str = "") -> list[str]:
        words = set(vocabulary.split())
        hyphenated = {w for w in words if "-" in w}
        return pdftext._dehyphenate([a, b], words - hyphenated, hyphenated, stops)

    assert join("the govern-", "ment said") == ["the government", "said"]
    assert join("a well-", "known pattern") == ["a well-known", "pattern"]
    assert join("a house-", "boat there", "house boat") == ["a house-boat", "there"]
    assert join("with-", "out them", "with out") == ["without", "them"]
    assert join("a long-", "term plan", "long-term") == ["a long-term", "plan"]
    assert join("Franco-", "German talks") == ["Franco-", "German talks"]  # a capital: a compound
    # a script without case: joined only when the text writes the joined word
    assert join("बातची-", "त हुई") == ["बातची-", "त हुई"]
    assert join("बातची-", "त हुई", "बातचीत") == ["बातचीत", "हुई"]


def test_footnote_markers_and_exponents() -> None:
    line = "Smith² said homeowners.¹ paid more [3] for 90 m² and 10⁶ litres,⁴ reform[12] too."
    assert pdftext._BRACKET_MARKER.sub("", pdftext._SUPER_MARKER.sub("", line)) == (
        "Smith said homeowners. paid more for 90 m² and 10⁶ litres, reform too."
    )


def test_markers_printed_as_plain_figures() -> None:
    line = "rents rose by a fifth.12 The government, see Fig.3 below and p.14, version 2.1 The end.4"
    assert (
        pdftext._unmarked(line)
        == "rents rose by a fifth. The government, see Fig.3 below and p.14, version 2.1 The end."
    )
    # and the note at the page's foot that starts with that figure is a note
    text = "\n".join(["The reservoirs fell by a third, the board said.1 Farmers asked for help"] * 4)
    text += "\n\n1 Minutes of the water board, 2 June 2025.\n"
    out, _ = pdftext.from_pdf(f"Water Review\n{text}\f\nWater Review\n{PAGE_THREE}\f")
    assert out.rstrip().endswith("[1] Minutes of the water board, 2 June 2025.")
    assert "said. Farmers" in out


def test_numbered_heading_shapes() -> None:
    assert pdftext._heading("IV. Findings") == "## IV. Findings"
    assert pdftext._heading("2.3 Methods") == "### 2.3 Methods"
    assert pdftext._heading("1. Background") == "## 1. Background"
    assert pdftext._heading("3 councils said no.") == ""  # a sentence
    assert pdftext._heading("12 of the councils") == ""  # lower case: prose
    assert pdftext._heading("2019, a dry year,") == ""


def test_two_columns_are_read_column_by_column_with_a_warning() -> None:
    left = [f"left column line {i} of the first text" for i in range(8)]
    right = [f"right column line {i} of the other" for i in range(8)]
    page = "\n".join(f"{a:<45}{b}" for a, b in zip(left, right))
    out, warnings = pdftext.from_pdf(f"{page}\n\f{page}\n\f")
    assert out.index("left column line 7") < out.index("right column line 0")
    assert "right column" not in out.split("\n")[0]
    assert warnings and "two columns" in warnings[0]


def test_notes_right_under_the_text_are_split_from_it() -> None:
    page = (
        "The board met on Monday.³ It agreed to build a pipe between the two\n"
        "largest reservoirs before the next summer comes.\n"
        "³ Minutes of the water board, 2 June 2025.\n"
    )
    out, _ = pdftext.from_pdf(f"Water Review\n{PAGE_THREE}\n\f\nWater Review\n{page}\f")
    assert out.rstrip().endswith("before the next summer comes.\n\n[3] Minutes of the water board, 2 June 2025.")
    assert "Monday. It agreed" in out


def test_running_headers_that_carry_the_page_number(tmp_path: Path) -> None:
    # a viewer's copy: even pages "N  Rivers and Reservoirs Quarterly", odd ones "The Dry Summer | N"
    pages = [PAGE_ONE, PAGE_TWO, PAGE_THREE, PAGE_THREE.replace("3. Findings", "4. Plans")]
    heads = ["The Dry Summer | {n}", "{n}  Rivers and Reservoirs Quarterly"]
    dump = "".join(
        heads[n % 2].format(n=n) + "\n" + p.replace("Rivers and Reservoirs Quarterly\n", "") + "\n"
        for n, p in enumerate(pages, 1)
    )
    article = _article(tmp_path, dump)
    assert article.title == "The Dry Summer and the Cost of Water"
    texts = [p.text for p in article.paragraphs]
    assert not any("Quarterly" in t or "| " in t for t in texts)
    assert [p.text for p in article.paragraphs if p.kind == HEADING][-1] == "4. Plans"
