"""`indexer parse --full`: each block's whole text, wrapped, where the default cuts it to one
line with "…" (a new user had to read --json to see whether a paragraph was whole). Every line
of a block carries its mark, so `grep -v '^-'` keeps an indexed block whole."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import invoke

_LONG = (
    "The harbour board voted on Tuesday to close the old swing bridge for a year of repairs, after "
    "inspectors found cracks in two of its four main girders and the ferry company agreed to run a "
    "boat every twenty minutes while the bridge is shut."
)


def test_parse_full_prints_every_word_of_each_block(tmp_path: Path) -> None:
    page = tmp_path / "bridge.txt"
    page.write_text(f"Harbour bridge to close\n\n{_LONG}\n\n{_LONG.replace('Tuesday', 'Monday')}\n", encoding="utf-8")
    code, out, _ = invoke("parse", "--no-entities", "--full", str(page))
    assert code == 0
    joined = " ".join(line[18:].strip() for line in out.splitlines() if line[:1] in (" ", "-") and "why:" not in line)
    assert _LONG in joined and "…" not in out
    code, cut, _ = invoke("parse", "--no-entities", str(page))
    assert "…" in cut and _LONG not in " ".join(cut.split())


def test_parse_full_marks_every_line_of_a_dropped_block(tmp_path: Path) -> None:
    page = tmp_path / "bridge.txt"
    menu = "Home | News | Sport | Weather | " + " | ".join(f"Section number {n}" for n in range(12))
    page.write_text(f"{menu}\n\nHarbour bridge to close\n\n{_LONG}\n\n{_LONG}x\n", encoding="utf-8")
    code, out, _ = invoke("parse", "--no-entities", "--full", str(page))
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if "Home | News" in line)
    block = lines[start : next(i for i in range(start, len(lines)) if "why:" in lines[i])]
    assert len(block) > 1 and all(line.startswith("-") for line in block)


def test_parse_full_keeps_a_blocks_own_lines(tmp_path: Path) -> None:
    # a table's rows, one a line in the block: each starts a line of the output, a row's
    # wrapped rest indented under it (a new user read one row's place glued to the next's time)
    rows = [f"{9 + n}:00 | Talk {n} | Hall" for n in range(5)] + [
        "15:00 | A long talk about the harbour board's repair plan and the ferry timetable | Reading room"
    ]
    page = tmp_path / "programme.txt"
    page.write_text(f"Open day at the archive\n\n{_LONG}\n\n" + "\n".join(rows) + f"\n\n{_LONG}x\n", encoding="utf-8")
    code, out, _ = invoke("parse", "--no-entities", "--full", str(page))
    assert code == 0
    starts = [line[18:] for line in out.splitlines() if line[:1] in (" ", "-")]
    for hour in (10, 11, 12, 13, 15):
        assert any(s.startswith(f"{hour}:00 |") for s in starts), hour
