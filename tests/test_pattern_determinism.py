"""The rules' regexes are the same text in every run: patterns built from sets (name particles,
titles) joined the words in hash order, which differs from run to run (PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

# Every module-level compiled pattern of the package, as (module, name, pattern text) lines.
_PATTERNS = """
import importlib, pkgutil, re, indexer
for m in sorted(x.name for x in pkgutil.walk_packages(indexer.__path__, "indexer.")):
    if not m.endswith("__main__"):
        for name, value in sorted(vars(importlib.import_module(m)).items()):
            if isinstance(value, re.Pattern):
                print(m, name, repr(value.pattern))
"""


def _patterns(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", _PATTERNS], env=env, cwd=REPO, capture_output=True, text=True, check=True
    ).stdout


def test_module_patterns_are_the_same_text_under_any_hash_seed() -> None:
    first = _patterns("1")
    assert first.count("\n") > 300  # every module imported
    assert _patterns("2") == first and _patterns("3") == first
