"""`import indexer`, a build and searches leave Whoosh as it is: every Whoosh module loaded, and
every attribute of its classes and modules, is what a pristine import in another process has.
The tool extends Whoosh only through subclasses and its codec (indexer/index/)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import write_corpus

# Describes what each name in Whoosh's modules and classes is bound to, comparably across
# processes: functions by their code's file, line and qualified name; classes and modules by
# name and file; other values by type. A replaced method or an added attribute shows.
FINGERPRINT = r"""
import importlib, sys, types

def describe(v):
    f = getattr(v, "__func__", None) or getattr(v, "fget", None) or getattr(v, "func", None) or v
    code = getattr(f, "__code__", None)
    if code is not None:
        return f"code {code.co_filename}:{code.co_firstlineno}:{getattr(f, '__qualname__', '')}"
    if isinstance(v, type):
        return f"class {v.__module__}.{v.__qualname__}"
    if isinstance(v, types.ModuleType):
        return f"module {v.__name__} {getattr(v, '__file__', None)}"
    return type(v).__qualname__

def fingerprint(names):
    out = {}
    for name in names:
        mod = importlib.import_module(name)
        out[f"{name} is"] = describe(mod)
        for attr, value in vars(mod).items():
            if isinstance(value, types.ModuleType) and value.__name__.startswith(name + "."):
                continue  # a submodule: present once imported, checked by its own name
            out[f"{name}.{attr}"] = describe(value)
            if isinstance(value, type) and value.__module__ == name:
                for key, member in vars(value).items():
                    if key == "__slotnames__":  # the cache copyreg adds when pickling an instance
                        continue
                    out[f"{name}.{attr}.{key}"] = describe(member)
    return out
"""

# Searches first, as `indexer search` runs them (Whoosh first imported by the search path), then
# a build (an update: new segments, merges) in the same process.
USE = r"""
import json, sys
from indexer.search import Filters, IndexSearcher, SearchRequest

with IndexSearcher(sys.argv[2]) as searcher:
    for q in ("officials", '"officials said"', "officials -monday", "offcials~1", "disc*", "title:zeppelin"):
        searcher.search(SearchRequest(q, Filters(), 5, 0, facets=True))
    searcher.search(SearchRequest("officials", Filters(), 5, 0, sort="date"))
from indexer.pipeline import build
build([sys.argv[1]], sys.argv[2], entities=False, rebuild=True)
names = sorted(n for n in sys.modules if n == "whoosh" or n.startswith("whoosh."))
print(json.dumps({"names": names, "fingerprint": fingerprint(names)}))
"""

PRISTINE = r"""
import json, sys
names = json.loads(sys.stdin.read())
print(json.dumps(fingerprint(names)))
"""


def _python(script: str, *args: str, stdin: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-c", FINGERPRINT + script, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_indexer_leaves_whoosh_untouched(tmp_path: Path) -> None:
    from indexer.pipeline import build

    write_corpus(tmp_path / "corpus", 6, seed=5)
    build([str(tmp_path / "corpus")], str(tmp_path / "idx"), entities=False)
    used = json.loads(_python(USE, str(tmp_path / "corpus"), str(tmp_path / "idx")))
    assert "whoosh.codec.whoosh3" in used["names"] and "whoosh.filedb.structfile" in used["names"]
    pristine = json.loads(_python(PRISTINE, stdin=json.dumps(used["names"])))
    changed = {
        k: (used["fingerprint"].get(k), pristine.get(k))
        for k in set(used["fingerprint"]) | set(pristine)
        if used["fingerprint"].get(k) != pristine.get(k)
    }
    assert not changed, sorted(changed.items())[:20]


def test_the_fingerprint_sees_a_replaced_method(monkeypatch: pytest.MonkeyPatch) -> None:
    # The check above can fail: a method replaced at run time, or an attribute added, shows.
    namespace: dict[str, object] = {}
    exec(FINGERPRINT, namespace)
    fingerprint = namespace["fingerprint"]
    names = ["whoosh.codec.whoosh3", "whoosh.filedb.structfile"]
    before = fingerprint(names)  # type: ignore[operator]
    from whoosh.codec.whoosh3 import W3PerDocReader
    from whoosh.filedb.structfile import BufferFile

    monkeypatch.setattr(W3PerDocReader, "doc_field_length", lambda self, docnum, fieldname, default=0: default)
    monkeypatch.setattr(BufferFile, "_marker", True, raising=False)
    after = fingerprint(names)  # type: ignore[operator]
    assert {k for k in set(before) | set(after) if before.get(k) != after.get(k)} == {
        "whoosh.codec.whoosh3.W3PerDocReader.doc_field_length",
        "whoosh.filedb.structfile.BufferFile._marker",
    }
