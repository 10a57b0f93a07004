"""Index safety: a crafted index runs no code, damage is a clear error, `indexer trust` accepts
an index on purpose (README "Index safety", indexer/trust.py)."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.store import MANIFEST_NAME, build_lock, read_manifest, write_index, write_manifest
from tests.helpers import write_corpus

COMMANDS = (["search", "officials"], ["stats"], ["entities"], ["show", "article-00000.txt"])


class Payload:
    """Unpickling this writes the file named: evidence that an index ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (exec, (f"open({self.marker!r}, 'w').close()",))


def _use_key(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setenv("INDEXER_KEY_FILE", str(path))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "corpus", 4, seed=3)
    return tmp_path / "corpus"


def _build(corpus: Path, index: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus), "--index", str(index), "--no-entities", "-q"])
    assert result.exit_code == 0, result.stderr


def _reseal(index: Path, sign: bool) -> None:
    """What an attacker can do without the victim's key: recompute every digest and the
    manifest's checksum, and sign with their own key (sign=True) or leave it unsigned."""
    from indexer import trust

    manifest = read_manifest(index, trusted=False)
    manifest.files = {name: list(trust.file_digest(index / name)) for name in manifest.files}
    write_manifest(index, manifest)
    if not sign:
        text = (index / MANIFEST_NAME).read_text(encoding="utf-8")
        head, _, rest = text.partition('"signature": "hmac-sha256:')
        text = head + '"signature": "hmac-sha256:' + "0" * 64 + rest[64:]
        (index / MANIFEST_NAME).write_text(text, encoding="utf-8")


def _rewrite_toc(index: Path, *, schema: bytes | None = None, segments: bytes | None = None) -> None:
    """Rewrite the live TOC with `schema` (a pickle, where Whoosh keeps the schema) and/or
    `segments` (a pickle, where it keeps the segment list); what is None stays as it was."""
    from whoosh.filedb.filestore import FileStorage

    manifest = read_manifest(index, trusted=False)
    name = f"_{manifest.index_name}_{manifest.generation}.toc"
    st = FileStorage(str(index))
    src = st.open_file(name)
    head = [src.read_varint() for _ in range(3)] + [src.read_int(), src.read_int()]
    release = [src.read_varint() for _ in range(3)]
    old_schema = src.read_string()
    gen = src.read_int()
    src.read_int()
    old_segments = src.read()
    src.close()
    out = st.create_file(name)
    for v in head[:3]:
        out.write_varint(v)
    out.write_int(head[3])
    out.write_int(head[4])
    for v in release:
        out.write_varint(v)
    out.write_string(old_schema if schema is None else schema)
    out.write_int(gen)
    out.write_int(0)
    out.write(old_segments if segments is None else segments)
    out.close()


def _toc_with(index: Path, segments: object) -> None:
    """Rewrite the live TOC with `segments` pickled where Whoosh keeps the segment list."""
    _rewrite_toc(index, segments=pickle.dumps(segments, 2))


def _toc_payload(index: Path, marker: Path) -> None:
    _toc_with(index, Payload(marker))


def _schema_payload(index: Path, marker: Path) -> None:
    _rewrite_toc(index, schema=pickle.dumps(Payload(marker), 2))


def _compound_directory_payload(index: Path, marker: Path) -> None:
    for seg in index.glob("*.seg"):
        data = seg.read_bytes()
        diroffset = struct.unpack(">q", data[:8])[0]
        seg.write_bytes(data[:diroffset] + pickle.dumps(Payload(marker)) + pickle.dumps({}))


def _stored_field_payload(index: Path, marker: Path) -> None:
    """A paragraph whose stored fields are a pickled payload, in Whoosh's own stored-field column
    (a pickle column, where this tool's codec writes JSON)."""
    from whoosh.codec import whoosh3

    from indexer.index import codec

    saved = codec.STORED_COLUMN
    codec.STORED_COLUMN = whoosh3.STORED_COLUMN
    try:
        with build_lock(index, 0), write_index(index, read_manifest(index), fresh=False) as writer:
            writer._writer.add_document(
                key="x#1",
                article_id="x",
                article="x",
                paragraph=1,
                kind="body",
                text="officials said",
                tags=Payload(marker),
            )
    finally:
        codec.STORED_COLUMN = saved


def _postings_block_payload(index: Path, marker: Path) -> None:
    """A segment whose postings blocks hold a pickled payload where Whoosh keeps the
    postings' values, recorded as written by this tool's codec."""
    import copyreg

    from indexer.index import codec, storage

    class CraftedPostingsWriter(codec.IndexerPostingsWriter):
        def _mini_values(self) -> object:
            return Payload(marker)

    class CraftedCodec(codec.IndexerCodec):
        def postings_writer(self, dbfile: object, byteids: bool = False) -> object:
            return CraftedPostingsWriter(
                dbfile,
                blocklimit=self._blocklimit,
                byteids=byteids,
                compression=self._compression,
                inlinelimit=self._inlinelimit,
            )

        def __reduce_ex__(self, protocol: object) -> object:  # recorded as the tool's own codec
            return (copyreg._reconstructor, (codec.IndexerCodec, object, None), self.__dict__)

    saved = storage.IndexerCodec
    storage.IndexerCodec = CraftedCodec  # type: ignore[misc]
    try:
        with build_lock(index, 0), write_index(index, read_manifest(index), fresh=False) as writer:
            for n in range(3):
                writer._writer.add_document(
                    key=f"x#{n}",
                    article_id="x",
                    article="x",
                    paragraph=n,
                    kind="body",
                    text="officials said",
                    tags="{}",
                )
    finally:
        storage.IndexerCodec = saved  # type: ignore[misc]


CRAFTS = {
    "toc segment list": _toc_payload,
    "toc schema": _schema_payload,
    "compound directory": _compound_directory_payload,
    "stored field": _stored_field_payload,
    "postings block": _postings_block_payload,
}
# Pickles Whoosh reads after an index is open: refused by the restricted unpickler or never
# unpickled (stored fields are JSON), even in an index the user trusts.
READ_LATER = ("stored field", "postings block")


def _ignore_errors(call: object, *args: object) -> None:
    try:
        call(*args)  # type: ignore[operator]
    except Exception:
        pass


def _read_values(matcher: object) -> None:
    while matcher.is_active():  # type: ignore[attr-defined]
        matcher.value()  # type: ignore[attr-defined]
        matcher.next()  # type: ignore[attr-defined]


def _whoosh_runs_it(index: Path) -> None:
    """Plain Whoosh on the crafted folder: what the tool did before it checked anything (its
    own W3 readers of stored fields and postings blocks, which unpickle them)."""
    from whoosh import index as whoosh_index
    from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader

    manifest = read_manifest(index, trusted=False)
    try:
        ix = whoosh_index.open_dir(str(index), indexname=manifest.index_name)
        with ix.searcher() as s:
            for sub, _ in s.leaf_searchers():
                reader = sub.reader()
                perdoc = W3PerDocReader(reader.storage(), reader.segment())
                terms = W3Codec().terms_reader(reader.storage(), reader.segment())
                for n in range(reader.doc_count_all()):
                    _ignore_errors(perdoc.stored_fields, n)
                for (fieldname, text), _ in terms.items():
                    if fieldname == "text":
                        _ignore_errors(_read_values, terms.matcher(fieldname, text, s.schema[fieldname].format))
    except Exception:
        pass  # the payload ran before whatever Whoosh then tripped on


@pytest.mark.parametrize("craft", list(CRAFTS))
@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "attacker-signed"])
def test_a_crafted_index_runs_no_code(
    craft: str, signed: bool, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, marker = tmp_path / "idx", tmp_path / "ran"
    _use_key(monkeypatch, tmp_path / "attacker-key")
    _build(corpus, index)
    CRAFTS[craft](index, marker)
    _reseal(index, sign=signed)
    control = tmp_path / "control"
    shutil.copytree(index, control)
    _whoosh_runs_it(control)
    assert marker.exists(), "the crafted index is not dangerous: the test proves nothing"
    marker.unlink()

    _use_key(monkeypatch, tmp_path / "victim-key")
    _build(corpus, tmp_path / "own")  # the victim has a key of their own
    for args in [*COMMANDS, ["build", str(corpus), "--no-entities"]]:
        result = CliRunner().invoke(main, [*args, "--index", str(index)])
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith(f"indexer: error: index at {index} ")
        assert f"run 'indexer trust {index}'" in result.stderr and result.stderr.count("\n") == 1
        assert not marker.exists(), args
    # Trusting it: the pickles read on opening go through the restricted unpickler, so trust
    # refuses them (or, for the schema, which is never unpickled, the index opens harmlessly).
    result = CliRunner().invoke(main, ["trust", str(index)])
    assert not marker.exists(), result.stderr
    if craft == "toc schema":
        assert result.exit_code == 0
        assert CliRunner().invoke(main, ["search", "officials", "--index", str(index)]).exit_code == 0
    elif craft in READ_LATER:
        # Accepted (its segment list is sound), yet its stored fields are never unpickled and
        # its postings blocks are read through the restricted unpickler: no command runs it.
        assert result.exit_code == 0, result.stderr
        _commands_run_no_code(index, marker)
    else:
        assert result.exit_code == 2 and "not trusted" in result.stderr, result.stderr
    assert not marker.exists()


def _commands_run_no_code(index: Path, marker: Path) -> None:
    """Every command on a trusted crafted index: a one-line error or a normal answer, never
    the payload."""
    for args in [*COMMANDS, ["search", '"officials said"'], ["search", "officials", "--facets"], ["show", "x"]]:
        result = CliRunner().invoke(main, [*args, "--index", str(index)])
        assert not marker.exists(), (args, result.output)
        assert result.exit_code in (0, 1, 2), (args, result.output, result.exception)
        if result.exit_code == 2:
            assert result.stderr.startswith("indexer: error: ") and result.stderr.count("\n") == 1, result.stderr


@pytest.mark.parametrize("craft", READ_LATER)
def test_a_crafted_pickle_read_after_opening_runs_no_code_in_a_signed_index(
    craft: str, corpus: Path, tmp_path: Path
) -> None:
    # Signed with the user's own key (a stolen key, a bug, an index trusted by mistake): the
    # stored fields and postings blocks, read per document, still run no code.
    index, marker = tmp_path / "idx", tmp_path / "ran"
    _build(corpus, index)
    CRAFTS[craft](index, marker)
    _reseal(index, sign=True)
    control = tmp_path / "control"
    shutil.copytree(index, control)
    _whoosh_runs_it(control)
    assert marker.exists(), "the crafted index is not dangerous: the test proves nothing"
    marker.unlink()
    _commands_run_no_code(index, marker)


def test_a_signed_index_with_a_crafted_segment_list_is_refused_by_the_restricted_unpickler(
    corpus: Path, tmp_path: Path
) -> None:
    # Defence in depth: even an index signed with the user's own key (a stolen key, a bug)
    # cannot run code through the pickles Whoosh reads when it opens an index.
    index, marker = tmp_path / "idx", tmp_path / "ran"
    _build(corpus, index)
    for craft in (_toc_payload, _compound_directory_payload):
        craft(index, marker)
        _reseal(index, sign=True)
        result = CliRunner().invoke(main, ["search", "officials", "--index", str(index)])
        assert result.exit_code == 2 and not marker.exists()
        assert result.stderr.startswith(f"indexer: error: damaged index at {index} (UnsafePickleError)")


def test_a_crafted_index_in_the_current_folder_runs_no_code(corpus: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    env = {**os.environ, "INDEXER_KEY_FILE": str(tmp_path / "attacker-key")}
    env.pop("INDEXER_INDEX", None)
    exe = [sys.executable, "-m", "indexer"]
    work.mkdir()
    assert subprocess.run([*exe, "build", str(corpus), "--no-entities", "-q"], cwd=work, env=env).returncode == 0
    marker = tmp_path / "ran"
    _toc_payload(work / ".indexer", marker)
    env["INDEXER_KEY_FILE"] = str(tmp_path / "victim-key")
    result = subprocess.run([*exe, "search", "officials"], cwd=work, env=env, capture_output=True, text=True)
    assert result.returncode == 2 and not marker.exists()
    assert result.stderr.startswith("indexer: error: index at .indexer was signed by another user or machine")


def _flip_positions(size: int, count: int = 6) -> list[int]:
    """Spread over the file, first and last bytes included (deterministic)."""
    return sorted({0, size - 1, *(size * k // count for k in range(1, count))})


def test_a_flipped_byte_in_any_index_file_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    _build(corpus, index)

    def run(args: list[str]) -> tuple[int, str, str]:
        result = CliRunner().invoke(main, [*args, "--index", str(index)])
        return result.exit_code, result.stdout, result.stderr

    expected = {tuple(a): run(a)[:2] for a in COMMANDS}
    pristine = {p.name: p.read_bytes() for p in index.iterdir() if not p.name.endswith(".lock")}
    runs = 0
    for name, data in pristine.items():
        for pos in _flip_positions(len(data)):
            damaged = bytearray(data)
            damaged[pos] ^= 0x01
            (index / name).write_bytes(bytes(damaged))
            for args in COMMANDS:
                code, out, line = run(args)
                runs += 1
                if code == 2:
                    assert line.count("\n") == 1 and "internal error" not in line, (name, pos, line)
                    assert (
                        "damaged index" in line
                        or "signature that does not match" in line
                        or "older format" in line
                        or "analyzers (version" in line
                        or "newer indexer" in line
                    ), (name, pos, line)
                else:  # read fine (a flip the JSON parser maps to the same values): the same answers
                    assert (code, out) == expected[tuple(args)], (name, pos)
            (index / name).write_bytes(data)
    assert runs >= 4 * 3 * len(COMMANDS)


def test_trust_accepts_an_index_built_with_another_key(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "idx"
    _use_key(monkeypatch, tmp_path / "colleague-key")
    _build(corpus, index)
    _use_key(monkeypatch, tmp_path / "my-key")
    refused = CliRunner().invoke(main, ["search", "officials", "--index", str(index)])
    assert refused.exit_code == 2 and "was signed by another user or machine" in refused.stderr
    done = CliRunner().invoke(main, ["trust", str(index)])
    assert done.exit_code == 0, done.stderr
    assert done.stderr.startswith(f"index at {index}: trusted (4 articles, built ")
    assert CliRunner().invoke(main, ["search", "officials", "--index", str(index)]).exit_code == 0
    # Changed after it was sealed: trust refuses (what is signed is what its builder wrote).
    seg = next(index.glob("*.seg"))
    seg.write_bytes(seg.read_bytes()[:-1] + b"\x00")
    _use_key(monkeypatch, tmp_path / "third-key")
    bad = CliRunner().invoke(main, ["trust", str(index)])
    assert bad.exit_code == 2 and "does not match its checksum" in bad.stderr


def test_the_key_is_private_and_made_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer import trust

    _use_key(monkeypatch, tmp_path / "cfg" / "indexer" / "index-key")
    assert trust.load_key(create=False) is None
    key = trust.load_key(create=True)
    assert key is not None and len(key) == 32 and trust.load_key(create=True) == key
    assert (tmp_path / "cfg" / "indexer" / "index-key").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "cfg" / "indexer").stat().st_mode & 0o077 == 0


def test_manifest_checksum_is_over_the_whole_file(corpus: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    _build(corpus, index)
    text = (index / MANIFEST_NAME).read_text(encoding="utf-8")
    head = json.loads(text)
    blank = text.replace(head["checksum"][7:], "0" * 64, 1).replace(head["signature"][12:], "0" * 64, 1)
    assert hashlib.sha256(blank.encode()).hexdigest() == head["checksum"][7:]


def test_files_checked_once_are_not_read_again_until_they_change(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indexer import trust

    index = tmp_path / "idx"
    _build(corpus, index)
    hashed: list[str] = []
    real = trust.file_digest
    monkeypatch.setattr(trust, "file_digest", lambda path: (hashed.append(path.name), real(path))[1])

    def search() -> tuple[int, str]:
        result = CliRunner().invoke(main, ["search", "officials", "--index", str(index), "--count"])
        return result.exit_code, result.stdout + result.stderr

    first = search()
    files = set(read_manifest(index).files)
    assert first[0] == 0 and set(hashed) == files  # every file read once...
    hashed.clear()
    assert search() == first and hashed == []  # ...and not again while unchanged

    # Changed in place, same size, modification time set back: the change time still differs.
    seg = next(index.glob("*.seg"))
    st = seg.stat()
    data = bytearray(seg.read_bytes())
    data[len(data) // 2] ^= 0x01
    seg.write_bytes(bytes(data))
    os.utime(seg, ns=(st.st_atime_ns, st.st_mtime_ns))
    code, line = search()
    assert code == 2 and "does not match its checksum" in line and hashed == [seg.name]

    # A record of checked files signed with another key is ignored: everything is read again.
    data[len(data) // 2] ^= 0x01
    seg.write_bytes(bytes(data))
    assert search() == first
    hashed.clear()
    record = trust.verified_record_path(index)
    forged = json.loads(record.read_text())
    forged["mac"] = "0" * 64
    record.write_text(json.dumps(forged))
    assert search() == first and set(hashed) == files


def test_trust_creates_nothing_where_there_is_no_index(tmp_path: Path) -> None:
    missing, foreign = tmp_path / "missing", tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    result = CliRunner().invoke(main, ["trust", str(missing)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"indexer: error: no index at {missing}: run 'indexer build PATHS --index {missing}' first\n",
    )
    result = CliRunner().invoke(main, ["trust", str(foreign)])
    # trust takes DIR, not --index: the message names no option the command lacks.
    assert (result.exit_code, result.stderr) == (
        2,
        f"indexer: error: not an indexer index: {foreign} has files but no {MANIFEST_NAME} (it holds 1 article "
        "file: an index is the folder a build writes (--index DIR), not the articles' folder): choose "
        "another index folder (this folder is left untouched)\n",
    )
    for args in (["trust", str(missing)], *[[*c, "--index", str(missing)] for c in COMMANDS]):
        assert CliRunner().invoke(main, args).exit_code == 2
    assert not missing.exists()
    assert sorted(p.name for p in foreign.iterdir()) == ["notes.txt"]


def test_trust_on_a_read_only_index_is_one_line(tmp_path: Path, monkeypatch) -> None:
    import errno

    from indexer.index import manifest

    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 2)
    assert CliRunner().invoke(main, ["build", str(corpus), "--index", str(index), "--no-entities"]).exit_code == 0
    before = (index / MANIFEST_NAME).read_bytes()

    def read_only(path: Path, text: str) -> None:  # what a read-only mount does to the manifest's write
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(manifest, "_replace_file", read_only)
    result = CliRunner().invoke(main, ["trust", str(index)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"indexer: error: cannot sign the index at {index}: Read-only file system: copy the folder to one you "
        "can write to and trust the copy (this index is unchanged)\n",
    )
    assert (index / MANIFEST_NAME).read_bytes() == before
