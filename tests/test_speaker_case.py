"""`speaker:` (and `--speaker`) finds a poster's name whatever the case it is typed in, as
`byline:` does (tests/test_byline_usernames.py): the tokenizer reads a capital after a dot as a
glued sentence's, so "Mara.J" is indexed as the words "mara" "j" and "mara.j" was one word that
no paragraph had (`analysis.case_readings`). A thread written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import invoke

THREAD = """Re: Which bread flour for a sourdough starter?

Post by crumbhunter » Mon Mar 2, 2026 7:10 pm

I want to start a sourdough starter this weekend. Does it matter which bread flour I use, or will any strong white flour do?

Re: Which bread flour for a sourdough starter?

Post by Mara.J » Mon Mar 2, 2026 8:45 pm

Start it with wholemeal rye for the first week: it has more wild yeast. Then feed it with the white flour you bake with.

Re: Which bread flour for a sourdough starter?

Post by oven_spring7 » Tue Mar 3, 2026 6:20 am

Keep it somewhere warm too. In a cold kitchen mine took two weeks before it doubled after a feed.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("speakers")
    (root / "news").mkdir()
    (root / "news" / "thread.txt").write_text(THREAD, encoding="utf-8")
    code, _, err = invoke("build", "--index", str(root / "idx"), str(root / "news"))
    assert code == 0, err
    return root / "idx"


@pytest.mark.parametrize(
    "args",
    [
        ["speaker:Mara.J"],
        ["speaker:mara.j"],  # was: no paragraph names a speaker 'mara.j' (did you mean Mara.J?)
        ["speaker:MARA.J"],
        ['speaker:"mara.j"'],
        ["speaker:mara"],
        ["--speaker", "mara.j"],
        ["speaker:Oven_Spring7"],
        ["speaker:OVEN_SPRING7"],
    ],
)
def test_a_speaker_is_found_in_any_case(index: Path, args: list[str]) -> None:
    code, out, err = invoke("search", *args, "--index", str(index), "--count")
    assert (code, out.strip()) == (0, "1"), err


def test_other_words_still_find_nothing(index: Path) -> None:
    code, out, _ = invoke("search", "speaker:mara.k", "--index", str(index), "--count")
    assert (code, out.strip()) == (1, "0")
