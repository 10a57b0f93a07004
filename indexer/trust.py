"""Which index folders this tool may open: a per-user signing key, checksums, and a restricted
unpickler.

Whoosh keeps an index's table of contents, segment list, compound-file directories, postings
blocks and stored fields as pickles, and unpickling runs whatever code the pickle names. So an
index folder from elsewhere (a shared drive, an archive, a folder handed over in a leak
investigation) must never reach Whoosh unless this user's own build wrote it. The defence:

1. Every file of a generation (table of contents, segments, word list) is listed in the
   manifest with its size and SHA-256; the manifest carries its own SHA-256 and an HMAC-SHA256
   of that checksum under a key only this user has (`index-key` in the user's config folder,
   0600, made by the first build). `read_manifest` checks the HMAC and `open_index` checks
   every file's digest BEFORE Whoosh reads a byte, so a crafted or foreign index is refused and
   a damaged one is reported as damaged (never a wrong answer).
2. Defence in depth, so that even a signed index runs no code it carries: stored fields are
   written as JSON, not pickles, and every pickle Whoosh still reads (the segment list, each
   compound file's directory, hash-file trailers, postings blocks and inlined postings) goes
   through `SafeUnpickler`, which admits only the few classes a Whoosh index holds (the codec,
   index/codec.py, sees to the per-segment ones); the schema is never unpickled (the code's
   own schema is given).

`indexer trust DIR` re-signs an index the user has decided to accept (after checking that its
files match the checksums its builder recorded). The threat model is in README "Index safety".
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import pickle
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import IndexerError

KEY_ENV = "INDEXER_KEY_FILE"  # tests and unusual setups; default: the user's config folder
KEY_NAME = "index-key"
_KEY_BYTES = 32  # HMAC-SHA256 keys of the hash's block-size order (RFC 2104 section 3)

# What a segment list and compound directory of this tool's codec hold: segments, their codec,
# per-field length totals, deleted-document sets; postings blocks and inlined postings hold only
# tuples, lists, numbers and bytes. Found with pickletools on indexes built here (single and
# multi-process writers, with deletions and merges).
SAFE_GLOBALS = frozenset(
    {
        ("indexer.index.codec", "IndexerCodec"),
        ("indexer.index.codec", "IndexerSegment"),
        ("whoosh.codec.base", "Segment"),
        ("collections", "defaultdict"),
        ("builtins", "int"),
        ("builtins", "float"),
        ("builtins", "str"),
        ("builtins", "bytes"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("builtins", "dict"),
        ("builtins", "list"),
        ("builtins", "tuple"),
        ("builtins", "object"),
        ("copyreg", "_reconstructor"),
    }
)


class UnsafePickleError(pickle.UnpicklingError):
    """A pickle in an index names a class or function a Whoosh index never holds."""


class SafeUnpickler(pickle.Unpickler):
    """An unpickler that resolves only SAFE_GLOBALS (the Python docs' "Restricting Globals"
    recipe); anything else raises UnsafePickleError instead of being imported or called."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("_codecs", "encode"):
            return _latin1_bytes  # how protocol 2 pickles bytes (postings blocks' values)
        if (module, name) in SAFE_GLOBALS:
            return super().find_class(module, name)
        raise UnsafePickleError(f"index file names {module}.{name}, which no index holds")


def _latin1_bytes(text: str, encoding: str = "utf-8") -> bytes:
    """`_codecs.encode` as protocol-2 pickles of bytes call it (`encode(text, "latin1")`), and
    nothing else: any other codec is refused."""
    if encoding not in ("latin1", "latin-1") or not isinstance(text, str):
        raise UnsafePickleError(f"index file asks for codec {encoding!r}, which no index uses")
    return text.encode("latin1")


def safe_loads(data: bytes) -> Any:
    """Unpickle bytes through SafeUnpickler."""
    return SafeUnpickler(io.BytesIO(data)).load()


def key_path() -> Path:
    """Where this user's signing key lives: $INDEXER_KEY_FILE, else `index-key` in the user's
    config folder ($XDG_CONFIG_HOME/indexer on Linux, via platformdirs)."""
    env = os.environ.get(KEY_ENV)
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("indexer", appauthor=False)) / KEY_NAME


def load_key(create: bool) -> bytes | None:
    """This user's signing key (32 bytes); made (0600, folder 0700) when absent and `create`,
    else None when absent. Two first builds racing make one key: the second links, fails, reads."""
    path = key_path()
    try:
        return _read_key(path)
    except FileNotFoundError:
        if not create:
            return None
    except OSError as exc:  # another user's folder (HOME kept by sudo or setpriv), a folder in its place
        raise _key_error(path, exc) from None
    try:
        return _make_key(path)
    except OSError as exc:
        raise _key_error(path, exc) from None


def _key_error(path: Path, exc: OSError) -> IndexerError:
    """A signing key that cannot be read or made: what, where, what to do (not a traceback)."""
    from .errors import IndexerError, literal

    return IndexerError(
        f"cannot use your signing key {literal(path)}: {literal(exc.strerror or exc)}",
        f"check that folder's permissions (is HOME another user's?), or set {KEY_ENV} to a key file of your own",
    )


def _make_key(path: Path) -> bytes:
    """Make this user's key at `path` (0600, folder 0700) and read it back."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, secrets.token_hex(_KEY_BYTES).encode() + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # fails if another process made the key first: use theirs
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return _read_key(path)


def _read_key(path: Path) -> bytes:
    text = path.read_text(encoding="ascii").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != _KEY_BYTES:
        from .errors import Command, IndexerError, Placeholder

        raise IndexerError(
            f"damaged signing key: {path}",
            "delete it (your indexes then need {0} or a rebuild)",
            (Command("trust", (Placeholder("DIR"),)),),
        )
    return key


def key_id(key: bytes) -> str:
    """A short public name of a key (not the key): which key signed an index."""
    return hashlib.sha256(b"indexer key id\0" + key).hexdigest()[:16]


def sign(key: bytes, checksum: str) -> str:
    """HMAC-SHA256 (hex) of a manifest's checksum under `key`."""
    return hmac.new(key, checksum.encode("ascii"), hashlib.sha256).hexdigest()


def signature_ok(key: bytes | None, checksum: str, signature: str) -> bool:
    return key is not None and hmac.compare_digest(sign(key, checksum), signature)


def file_digest(path: Path) -> tuple[int, str]:
    """(size in bytes, SHA-256 hex) of a file, read in 1 MiB blocks."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
            size += len(block)
    return size, h.hexdigest()


# Files already checked against their digests, so that each command does not read the whole
# index again (SHA-256 costs ~1 ms per MB: ~0.3 s a command on BBC + Reuters). A file is taken
# as checked when its (device, inode, size, mtime, ctime) are those recorded when it was hashed:
# any write changes ctime, which no unprivileged process can set back. The record is per index
# folder, in the user's cache folder, and carries an HMAC under the user's key, so a record
# written by anyone else is ignored (and everything is hashed again).
CACHE_ENV = "INDEXER_CACHE_DIR"


def cache_folder() -> Path:
    """This tool's cache folder: $INDEXER_CACHE_DIR, else the user's cache folder
    ($XDG_CACHE_HOME/indexer on Linux, via platformdirs). Not created here."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("indexer", appauthor=False))


def verified_record_path(index_dir: Path) -> Path:
    """Where the record of `index_dir`'s checked files lives: `verified/<hash of the path>.json`
    in the cache folder (cache_folder)."""
    name = hashlib.sha256(str(Path(index_dir).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return cache_folder() / "verified" / f"{name}.json"


def file_stamp(st: os.stat_result) -> list[int]:
    """What identifies one version of a file: [device, inode, size, mtime_ns, ctime_ns]."""
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def load_verified(index_dir: Path) -> dict[str, list[object]]:
    """{file name: [*file_stamp, sha256]} of the files of `index_dir` this user's tool has
    hashed; {} when there is no record, or it is damaged or not signed with this user's key."""
    key = load_key(create=False)
    if key is None:
        return {}
    try:
        record = json.loads(verified_record_path(index_dir).read_text(encoding="utf-8"))
        body = json.dumps(record["files"], sort_keys=True)
        if not hmac.compare_digest(record["mac"], sign(key, body)) or record["index"] != str(index_dir):
            return {}
        return dict(record["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def save_verified(index_dir: Path, files: dict[str, list[object]]) -> None:
    """Record the files of `index_dir` just hashed (see load_verified). Best effort: a cache
    folder that cannot be written only means the next command hashes again."""
    key = load_key(create=False)
    if key is None:
        return
    body = json.dumps(files, sort_keys=True)
    path = verified_record_path(index_dir)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp.write_text(json.dumps({"index": str(index_dir), "files": files, "mac": sign(key, body)}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
