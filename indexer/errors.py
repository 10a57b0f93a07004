"""Every exception the library raises on purpose. The CLI maps each to one line and exit 2."""

from __future__ import annotations


class IndexerError(Exception):
    """Base class: the message is one line saying what, where and what to do."""


class SourceError(IndexerError):
    """A path that cannot be read as articles (missing, empty folder, binary, empty file)."""


class IndexNotFoundError(IndexerError):
    """No index at the given folder."""


class IndexFormatError(IndexerError):
    """A folder that is not an index this tool wrote, or one of another format version."""


class IndexLockedError(IndexerError):
    """Another build holds the write lock."""


class QueryError(IndexerError):
    """A query string that cannot be parsed or would be unreasonably slow."""


class IndexVersionError(IndexFormatError):
    """An index this tool wrote, with an older format or analyzer version: a build redoes it."""


class IndexTrustError(IndexFormatError):
    """An index not signed with this user's key (unsigned, made elsewhere, or changed since):
    opening it could run code its pickles carry, so it is refused until trusted or rebuilt."""
