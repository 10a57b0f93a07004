"""A result's sides ("Eastfield Town 0-1 Bramley Rovers") found in a text that also holds a long
run of dot-joined capitals ("A.A.A.", an initialism list or a scraped table's junk): a side's word
may start after a point inside a word, so with no bound on its points each capital of the run
read it to its end (seconds for 3,000 characters, minutes for the 40,000 here). The word's
points are now bounded (`entities.SIDE_WORD_DOTS`): the results below are checked, not times.
Names written here, none a real club's."""

from __future__ import annotations

import pytest

from indexer import entities as E

RUN = "A." * 20_000  # 40,000 characters: a quadratic search took minutes


def _sides(text: str) -> list[str]:
    return [m.text for m in E._score_sides(text, [])]


@pytest.mark.parametrize(
    "line",
    [
        "Full time: Eastfield Town 0-1 Bramley Rovers.",
        "Endstand: Rotbach Talheim 2:0 Wiesental Kirchberg.",
        "Resultado final: Atlético Serrana 3-1 Deportivo Lumbral.",
    ],
)
def test_a_result_line_after_a_long_dotted_run_keeps_both_sides(line: str) -> None:
    short = _sides(line)
    assert len(short) == 2
    assert _sides(f"{RUN} x {line}") == short
    assert _sides(f"{line} {RUN} x") == short


def test_a_dotted_run_alone_is_no_result() -> None:
    assert _sides(RUN + " x") == []
    assert _sides(RUN + " 2-1") == []


def test_dotted_initials_still_make_one_side() -> None:
    assert _sides("Full time: A.F.C Lenton 2-1 Bramley Rovers.") == ["A.F.C Lenton", "Bramley Rovers"]


def test_score_between_reads_a_long_span_whole() -> None:
    # used on one mention's span (fullmatch, one start): linear in the span
    assert E._RX_SCORE_BETWEEN.fullmatch(RUN) is None
    g = E._RX_SCORE_BETWEEN.fullmatch(f"Northby {RUN}Albion 2 – 2 Kelso Harriers")
    assert g is not None and g.group(2) == "Kelso Harriers"
