"""No function over MAX_FUNCTION_LINES lines and no class over MAX_CLASS_LINES (issue 17): a
newcomer reads a function whole. The offenders from before the rule are listed in RATCHET; the
list only shrinks: the test fails when an unlisted one appears, and when a listed one has been
split (then delete its line, so it cannot grow back)."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 250

# "path:qualified.name" of each function or class still over its limit.
RATCHET: set[str] = set()


def oversized(root: Path = REPO / "indexer") -> dict[str, int]:
    """{"indexer/x.py:Class.method": lines} for every function and class over its limit, lines
    counted from the `def`/`class` line to the last line of the body (decorators aside)."""
    found: dict[str, int] = {}

    def visit(node: ast.AST, path: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                lines = (child.end_lineno or child.lineno) - child.lineno + 1
                limit = MAX_CLASS_LINES if isinstance(child, ast.ClassDef) else MAX_FUNCTION_LINES
                if lines > limit:
                    found[f"{path}:{name}"] = lines
                visit(child, path, f"{name}.")
            else:
                visit(child, path, prefix)

    for file in sorted(root.rglob("*.py")):
        visit(ast.parse(file.read_text(encoding="utf-8")), file.relative_to(root.parent).as_posix(), "")
    return found


def test_no_new_function_or_class_is_over_its_limit() -> None:
    new = sorted(set(oversized()) - RATCHET)
    assert not new, f"over {MAX_FUNCTION_LINES} lines (functions) or {MAX_CLASS_LINES} (classes): {new}: split them"


def test_the_ratchet_lists_only_offenders() -> None:
    fixed = sorted(RATCHET - set(oversized()))
    assert not fixed, f"no longer over the limit: delete from RATCHET in {__file__}: {fixed}"


def test_the_measure_counts_what_it_says(tmp_path: Path) -> None:
    package = tmp_path / "indexer"
    package.mkdir()
    body = "\n".join(f"        x{i} = {i}" for i in range(MAX_FUNCTION_LINES - 1))  # def + these = the limit
    methods = "\n".join(f"    def m{i}(self):\n        pass\n" for i in range(MAX_CLASS_LINES // 3 + 1))
    (package / "m.py").write_text(
        f"class Small:\n    def at_limit(self):\n{body}\n\n    def over(self):\n{body}\n"
        f"        y = 1\n\n\nclass Big:\n{methods}\n",
        encoding="utf-8",
    )
    assert oversized(package) == {
        "indexer/m.py:Small.over": MAX_FUNCTION_LINES + 1,
        "indexer/m.py:Big": 3 * (MAX_CLASS_LINES // 3 + 1),
    }
