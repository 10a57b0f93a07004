"""Spelling variants and synonyms for queries: a table shipped with the package
(indexer/data/synonyms.txt, and indexer/data/spellings.txt's British and American spellings)
that users extend with a file of the same format.

One group per line, variants separated by commas, `#` starts a comment. Groups are symmetric:
each variant finds every other one. The searcher analyses each variant with a field's own
analyzer (so the table works by stem on the text field, by lower-cased word on entity fields);
this module knows nothing of Whoosh.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import IndexerError

SYNONYMS_ENV = "INDEXER_SYNONYMS"
BUILTIN = Path(__file__).with_name("data") / "synonyms.txt"
# British and American spellings of one word, generated from a maintained list
# (eval/make_spellings.py); part of the shipped table.
SPELLINGS = Path(__file__).with_name("data") / "spellings.txt"
BUILTIN_FILES = (BUILTIN, SPELLINGS)  # the shipped table's files, in this order

Analyze = Callable[[str], Sequence[str]]
Expansions = dict[tuple[str, ...], list[tuple[str, ...]]]


@dataclass
class SynonymTable:
    groups: list[tuple[str, ...]] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def expansions(self, analyze: Analyze) -> Expansions:
        """Analysed variant -> every analysed variant of its groups (itself first)."""
        out: Expansions = {}
        for group in self.groups:
            forms: list[tuple[str, ...]] = []
            for variant in group:
                form = tuple(analyze(variant))
                if form and form not in forms:
                    forms.append(form)
            if len(forms) < 2:
                continue
            for form in forms:
                known = out.setdefault(form, [form])
                known.extend(f for f in forms if f not in known)
        return out


def parse_groups(text: str, source: str) -> list[tuple[str, ...]]:
    groups = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        # Case is kept: the analyzer folds it, except that "US" in capitals is an acronym, not "us".
        variants = tuple(dict.fromkeys(v.strip() for v in line.split(",") if v.strip()))
        if len(variants) < 2:
            raise IndexerError(
                f"synonyms file {source}, line {number}: a group needs two or more variants separated by commas"
            )
        groups.append(variants)
    return groups


@lru_cache(maxsize=1)
def _builtin_groups() -> tuple[tuple[str, ...], ...]:
    """The shipped table's groups: synonyms.txt's, then spellings.txt's."""
    return tuple(g for path in BUILTIN_FILES for g in parse_groups(path.read_text(encoding="utf-8"), str(path)))


def builtin_table() -> SynonymTable:
    """The shipped table alone (indexer/data/synonyms.txt), no user file."""
    return SynonymTable(groups=list(_builtin_groups()), files=[str(path) for path in BUILTIN_FILES])


def load_synonyms(user_file: str | os.PathLike[str] | None = None, *, builtin: bool = True) -> SynonymTable:
    """The shipped table plus `user_file` (or $INDEXER_SYNONYMS when not given).

    Raises IndexerError naming the file (and the variable, when the path came from it) when it
    is missing or unreadable."""
    table = SynonymTable()
    if builtin:
        table.groups.extend(_builtin_groups())
        table.files.extend(str(path) for path in BUILTIN_FILES)
    path = user_file if user_file is not None else os.environ.get(SYNONYMS_ENV) or None
    # A path from the environment is named as such: the user typed no file, and may not know the
    # variable is set (in a shell profile, a script's environment).
    origin = f" (from ${SYNONYMS_ENV})" if user_file is None else ""
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            fix = f"check the path, or unset {SYNONYMS_ENV}" if origin else "check the path"
            raise IndexerError(f"no such synonyms file: {path}{origin}: {fix}") from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not UTF-8 text"
            raise IndexerError(f"cannot read synonyms file {path}{origin}: {reason}") from None
        table.groups.extend(parse_groups(text, str(path)))
        table.files.append(str(path))
    return table
