"""The README's console examples, run against the real `indexer`: README and output cannot drift.

Every ```console block of README.md is read as `$ command` lines, each followed by the output
a terminal shows (stdout, then stderr). Each `indexer ...` command with output is run by the
shell in a folder holding a copy of `source/` and an index of it built with entities, as a new
user's first build makes, and its output compared line by line, after these normalisations:

- build durations (`in 1.5 s`) are wall-clock time: `in T s` on both sides;
- the folder the examples run in is shown as `~/indexer` (the README's clone), $HOME as `~`;
- `built` dates are compared as dates of the right shape, `size` within 25%;
- a line `...` in the README stands for any number of output lines;
- a JSON example the README says it abridged is compared by its keys.

Commands without output in the README (`export ...`, completion scripts) are not run. The
search examples of `indexer search --help` must each find something on the shipped article.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.helpers import without_progress

README = REPO / "README.md"
BIN = Path(sys.executable).parent
CLONE = "~/indexer"


def console_examples(text: str) -> list[tuple[int, str, list[str]]]:
    """(line number, command, expected output lines) of every `$ ` line of the console blocks."""
    examples: list[tuple[int, str, list[str]]] = []
    in_block = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            in_block = line.strip() == "```console"
            continue
        if not in_block:
            continue
        if line.startswith("$ "):
            examples.append((number, line[2:], []))
        elif examples:
            examples[-1][2].append(line)
    out = []
    for number, command, lines in examples:
        while lines and not lines[-1].strip():
            lines.pop()
        command = re.sub(r"\s+#.*$", "", command).strip()  # a trailing comment explains the line
        if command.startswith("indexer") and lines:
            out.append((number, command, lines))
    return out


EXAMPLES = console_examples(README.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A clone-like folder with source/ and the index the README's first build makes."""
    root = tmp_path_factory.mktemp("readme")
    clone, home = root / "indexer", root / "home"
    shutil.copytree(REPO / "source", clone / "source")
    (home / "Documents").mkdir(parents=True)
    (home / "Documents" / "notes.txt").write_text("my notes\n", encoding="utf-8")
    return {"clone": clone, "home": home}


def run(command: str, world: dict[str, Path]) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INDEXER_", "NO_COLOR", "COLUMNS"))}
    env.update(NO_COLOR="1", COLUMNS="100", HOME=str(world["home"]), PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}")
    env["XDG_CONFIG_HOME"] = os.environ.get("XDG_CONFIG_HOME", str(Path.home() / ".config"))  # the signing key
    done = subprocess.run(
        ["bash", "-c", command], cwd=world["clone"], env=env, capture_output=True, text=True, timeout=600
    )
    return done.stdout + done.stderr


def normalise(text: str, world: dict[str, Path]) -> str:
    """Paths as the README shows them, no durations, and a build's output as on a terminal,
    where the README's was taken: its progress bar is erased, so the lines printed for a
    pipe in its place (cli._LineProgress) are left out."""
    text = without_progress(text)
    text = text.replace(str(world["clone"]), CLONE).replace(str(world["home"]), "~")
    return re.sub(r" in \d+\.\d s$", " in T s", text, flags=re.M)


def matches(expected: list[str], actual: list[str]) -> bool:
    """Line-by-line equality, where an expected line "..." matches any run of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and _line_matches(expected[0], actual[0]) and matches(expected[1:], actual[1:])


def _line_matches(expected: str, actual: str) -> bool:
    if expected.startswith("built ") and actual.startswith("built "):
        return bool(re.fullmatch(r"built\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", actual))
    size = re.fullmatch(r"size\s+([\d.]+) (KB|MB)", expected)
    got = re.fullmatch(r"size\s+([\d.]+) (KB|MB)", actual)
    if size and got:
        scale = {"KB": 1, "MB": 1024}
        a, b = float(size[1]) * scale[size[2]], float(got[1]) * scale[got[2]]
        return abs(a - b) <= 0.25 * b
    return expected == actual


def test_the_readme_has_console_examples_to_run() -> None:
    assert len(EXAMPLES) >= 15


@pytest.mark.parametrize("number, command, expected", EXAMPLES, ids=[f"README:{n}" for n, _, _ in EXAMPLES])
def test_a_readme_console_example_prints_what_the_readme_says(
    world: dict[str, Path], number: int, command: str, expected: list[str]
) -> None:
    if not (world["clone"] / ".indexer").exists() and not command.startswith("indexer build"):
        run("indexer build -q", world)  # the README's first build (run alone, an example needs it)
    expected = normalise("\n".join(expected), world).splitlines()
    actual = normalise(run(command, world), world).splitlines()
    while actual and not actual[-1].strip():
        actual.pop()
    if expected[0].startswith("{") and any("..." in line for line in expected):
        # An abridged JSON document: the same keys, at the top and in a hit.
        doc = json.loads("\n".join(actual))
        keys = [m[1] for line in expected if (m := re.match(r'  "(\w+)":', line))]
        assert list(doc) == keys, f"README line {number}: {command}"
        hit_lines = expected[next(i for i, line in enumerate(expected) if line.startswith('  "hits"')) :]
        shown = {k for line in hit_lines for k in re.findall(r'"(\w+)": ', line)} - {"hits"}
        assert shown == set(doc["hits"][0]), f"README line {number}: {command}"
        return
    if not matches(expected, actual):
        import difflib

        diff = "\n".join(difflib.unified_diff(expected, actual, "README", "real output", lineterm=""))
        pytest.fail(f"README line {number}: {command}\n{diff}", pytrace=False)


def search_help_examples() -> list[str]:
    from click.testing import CliRunner

    from indexer.cli import main

    text = CliRunner().invoke(main, ["search", "--help"]).stdout
    return [line.strip() for line in text.splitlines() if line.strip().startswith("indexer search ")]


def test_every_search_example_of_the_help_finds_something(world: dict[str, Path]) -> None:
    if not (world["clone"] / ".indexer").exists():
        run("indexer build -q", world)
    examples = [e for e in search_help_examples() if "--queries" not in e]
    assert len(examples) >= 5
    for example in examples:
        # Something found: hits, or a count above 0 (a question's exit status is that of its
        # words ANDed, which may be 1 while the paragraphs its important words find are shown).
        out = run(f"{example.split(' #')[0]} 2> /dev/null", world).strip()
        assert out and out != "0" and '"total": 0,' not in out, example


def test_queries_records_have_the_shape_the_readme_gives(world: dict[str, Path]) -> None:
    if not (world["clone"] / ".indexer").exists():
        run("indexer build -q", world)
    full = json.loads(run("printf 'forced labor\\n' | indexer search --queries -", world).splitlines()[0])
    single = json.loads(run("indexer search 'forced labor' --json", world))
    assert list(full) == ["schema_version", "index", *[k for k in single if k not in ("schema_version", "facets")]]
    counted = json.loads(run("printf 'forced labor\\n' | indexer search --queries - --count", world).splitlines()[0])
    assert list(counted) == ["schema_version", "index", "query", "total", "fallback", "suggestion"]
