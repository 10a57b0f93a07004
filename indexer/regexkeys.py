"""The key words of a regex: strings one of which every match of it holds (lower-cased), read off
the pattern's parse tree, so a rule can ask `keyscan` whether a text holds one before it runs
the regex (`keyscan.Gated`). A developer's tool and the tests' check, never run on a parse:
`python -m indexer.regexkeys` writes the gated patterns' keys to data/regex_keys.json, which
`keyscan.Gated` reads at import (a pattern changed since is run ungated until rewritten).

Why the keys are necessary (a match holds one of them, lower-cased, in `text.lower()`):
- a run of literal characters in a sequence is in every match; so is one of the keys of any
  part of the sequence that every match passes (a group, a repeat of at least one, an
  alternation whose every branch has keys: the union of theirs); a run followed by an
  alternation each branch of which opens with literals goes on into each of them (the parser
  takes a common opening out: "kcal|kj" is "k" then "cal|j"); lookarounds' text is in the
  text too, if not in the match;
- a literal character counts only when every character the regex may match to it (ignoring case,
  as if every pattern had re.I) lower-cases to one character, the literal's own lower case
  (`foldable`), or is one of FOLDS_ELSEWHERE: the 31 characters re.I matches to a letter though
  their lower case is another ("ſ" for s, "ı" and "İ" for i, "ς" and "Σ" for σ, whose lower case
  depends on its place, "ᲀ" for в), which send a text holding one to the regex at once
  (`keyscan.Gated`) and are no key letters themselves.
A part the tree cannot vouch for (a class, a category, an optional part, a negative lookaround,
a back reference) holds no keys; a pattern with none is left ungated.
"""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import re._constants as C  # noqa: PLC2701 (the parser's opcodes: stable within a Python version)
import re._parser as P  # noqa: PLC2701

from .keyscan import _KEYS_FILE as KEYS_FILE, FOLDS_ELSEWHERE, pattern_sha

MIN_KEY_BYTES = 2  # a key of one letter is in most texts: its gate saves nothing
_Keys = frozenset[str] | None


@lru_cache(maxsize=1)
def _cased() -> tuple[str, ...]:
    """Every character case or re.I may relate to another (all of Unicode, once: a second)."""
    chars = (chr(i) for i in range(sys.maxunicode + 1))
    return tuple(c for c in chars if c.lower() != c or c.upper() != c or c.casefold() != c)


@lru_cache(maxsize=None)
def foldable(c: str) -> bool:
    """Whether a literal `c` of a pattern may stand in a key (as `c.lower()`): every character
    re.I matches to it lower-cases to that one character, but FOLDS_ELSEWHERE (sent to the regex
    by the gate): not those characters themselves ("ς", "Σ", "İ"), nor their letters' others
    ("ᲀ" for "в": "в" is a key letter, a text holding "ᲀ" goes to the regex)."""
    low = c.lower()
    if len(low) != 1 or c in FOLDS_ELSEWHERE or low in FOLDS_ELSEWHERE:
        return False
    rx = re.compile(re.escape(c), re.I)
    return not any(rx.fullmatch(x) and x.lower() != low for x in _cased() if x not in FOLDS_ELSEWHERE)


def _score(keys: frozenset[str]) -> tuple[int, int]:
    # the better set: its shortest key longest (rarest), then the fewest keys
    return (min(len(k) for k in keys), -len(keys))


def _best(cands: list[frozenset[str]]) -> _Keys:
    return max(cands, key=_score) if cands else None


def _seq_keys(items: Any) -> _Keys:  # (a parse tree: re._parser.SubPattern, or a list of its items)
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            cands.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av)
            if foldable(ch):
                run.append(ch.lower())
            else:
                close()
            continue
        leads = _leads(op, av) if run else None
        if leads:  # the run goes on into each alternative ("k" then "cal|j": "kcal", "kj")
            cands.append(frozenset("".join(run) + lead for lead in leads))
        close()
        got = _item_keys(op, av)
        if got:
            cands.append(got)
    close()
    return _best(cands)


def _lead(items: Any) -> str:
    """The literal characters a sequence opens with (lower-cased, while they may be keys')."""
    out = []
    for op, av in items:
        if op is not C.LITERAL or not foldable(chr(av)):
            break
        out.append(chr(av).lower())
    return "".join(out)


def _leads(op: Any, av: Any) -> list[str] | None:
    """How each alternative of an alternation (or a class of literal characters) opens, when
    every one opens with a literal: the parser takes an alternation's common opening out of
    it ("kcal|kj": "k" then "cal|j"), which the run before it gets back."""
    if op is C.SUBPATTERN and len(av[3]) == 1:
        return _leads(*av[3][0])
    if op is C.BRANCH:
        leads = [_lead(branch) for branch in av[1]]
    elif op is C.IN and all(o is C.LITERAL for o, _ in av):
        leads = [_lead([item]) for item in av]
    else:
        return None
    return leads if all(leads) else None


def _item_keys(op: Any, av: Any) -> _Keys:
    if op is C.SUBPATTERN:
        return _seq_keys(av[3])
    if op is C.ATOMIC_GROUP:
        return _seq_keys(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _hi, body = av
        return _seq_keys(body) if lo >= 1 else None
    if op is C.ASSERT:
        return _seq_keys(av[1])
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            got = _seq_keys(branch)
            if not got:
                return None
            union |= got
        return frozenset(union)
    return None


def necessary_keys(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of `rx` holds (in `text.lower()`, for a
    text without FOLDS_ELSEWHERE), sorted; None when the pattern's tree vouches for none of
    MIN_KEY_BYTES or more (UTF-8)."""
    keys = _seq_keys(P.parse(rx.pattern, rx.flags))
    if not keys:
        return None
    # a key holding another needs only the shorter: the text holds it whenever it holds the longer
    kept = sorted(k for k in keys if not any(o != k and o in k for o in keys))
    return tuple(kept) if min(len(k.encode()) for k in kept) >= MIN_KEY_BYTES else None


def write_keys(gated: dict[str, re.Pattern[str]], path: Path = KEYS_FILE) -> dict[str, dict[str, object]]:
    """data/regex_keys.json for the patterns `gated` (name -> pattern): each one's digest and
    keys (none: left out, run ungated)."""
    table: dict[str, dict[str, object]] = {}
    for name, rx in sorted(gated.items()):
        keys = necessary_keys(rx)
        if keys is not None:
            table[name] = {"sha": pattern_sha(rx), "keys": list(keys)}
    path.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return table


def import_gated_modules() -> None:
    """Import every module of indexer, so each gated pattern is made (the writer's, the tests')."""
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages([str(Path(__file__).resolve().parent)], "indexer."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)


if __name__ == "__main__":  # pragma: no cover (a developer's tool)
    from . import keyscan

    import_gated_modules()
    print(f"{len(write_keys(keyscan.gated_patterns()))} patterns' keys written to {KEYS_FILE}")
