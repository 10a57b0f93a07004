"""Whoosh's import, made cheaper for the search path (start-up time matters to scripts)."""

from __future__ import annotations

import os
import sys
from typing import Any


def fast_whoosh_imports() -> None:
    """Spare the search path three imports Whoosh makes and never uses there.

    `whoosh.compat` imports urllib.request (and with it http, ssl and email) for one download
    helper, `whoosh.reading` imports the `cached_property` package, which pulls in asyncio, and
    `whoosh.query.terms` compiles the English morphology tables for the Variations query:
    together about a quarter of Whoosh's import time. Light stand-ins are put in place only
    while Whoosh is first imported (Whoosh's readers get the standard library's cached_property;
    the two functions still work: they import the real module when called) and removed after. Nothing happens once
    Whoosh is imported, or with INDEXER_PLAIN_IMPORTS=1 in the environment.
    """
    if "whoosh.compat" in sys.modules or os.environ.get("INDEXER_PLAIN_IMPORTS"):
        return
    import functools
    import types

    def deferred(module: str, name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            import importlib

            return getattr(importlib.import_module(module), name)(*args, **kwargs)

        return call

    stand_ins: dict[str, types.ModuleType] = {}
    for module, name in (("urllib.request", "urlretrieve"), ("whoosh.lang.morph_en", "variations")):
        if module not in sys.modules:
            stand_ins[module] = types.ModuleType(module)
            setattr(stand_ins[module], name, deferred(module, name))
    if "cached_property" not in sys.modules:
        cached = types.ModuleType("cached_property")
        cached.cached_property = functools.cached_property  # type: ignore[attr-defined]
        stand_ins["cached_property"] = cached
    sys.modules.update(stand_ins)
    try:
        import whoosh.compat  # noqa: F401
        import whoosh.query  # noqa: F401
        import whoosh.reading  # noqa: F401
    finally:
        for module, stand_in in stand_ins.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]  # the next real import loads the real module

