"""What a new user meets on a first tour of the CLI over a corpus (helper `fix`'s round on BBC
and Reuters), each fault with a small input of our own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import invoke


def test_a_path_that_does_not_exist_names_the_near_ones_beside_it(tmp_path: Path) -> None:
    for name in ("reuters21578", "bbc", "notes"):
        (tmp_path / name).mkdir()
    (tmp_path / "bbc" / "sport").mkdir()
    index = str(tmp_path / "idx")
    code, _, err = invoke("build", f"{tmp_path}/reuters", "--index", index)
    assert code == 2 and err.endswith(f"check the path (did you mean {tmp_path}/reuters21578?)\n"), err
    code, _, err = invoke("build", f"{tmp_path}/bbc/sprot/", "--index", index)
    assert code == 2 and f"(did you mean {tmp_path}/bbc/sport?)" in err
    code, _, err = invoke("build", f"{tmp_path}/zzz", "--index", index)
    assert code == 2 and err.endswith("check the path\n")  # nothing near: no guess
