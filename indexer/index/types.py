"""Names for the Whoosh objects that the search path holds and passes on without looking
inside: a searcher, its reader, the schema. Whoosh ships no type information, so mypy sees
each as Any; the names say what travels, and only this package imports the classes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from whoosh.analysis import Analyzer as Analyzer
    from whoosh.fields import FieldType as FieldType
    from whoosh.fields import Schema as Schema
    from whoosh.matching import Matcher as Matcher
    from whoosh.reading import IndexReader as Reader
    from whoosh.searching import Searcher as Searcher

__all__ = ["Analyzer", "FieldType", "Matcher", "Reader", "Schema", "Searcher"]
