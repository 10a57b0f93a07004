"""The corpus-names table stored by each build beside its generation (names.py, store.py): the
same table a reader would derive, loaded instead of recomputed; checked like every index file;
derived when the index has none or has one computed under other rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import names
from indexer.cli import main
from indexer.names import build_name_table, table_from_json, table_to_json
from indexer.search import IndexSearcher
from indexer.search.articles import corpus_names
from indexer.store import read_manifest, read_names, write_manifest
from tests.helpers import VARIANT_TEXTS

TEXTS = VARIANT_TEXTS


def _build(folder: Path, index: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(folder), "--index", str(index), "-q"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of four articles naming variants of three entities, and its index (`idx`)."""
    folder = tmp_path_factory.mktemp("names-store")
    (folder / "c").mkdir()
    for name, text in TEXTS.items():
        (folder / "c" / name).write_text(text, encoding="utf-8")
    _build(folder / "c", folder / "idx")
    return folder


def _copy(built: Path, tmp_path: Path) -> Path:
    import shutil

    shutil.copytree(built / "idx", tmp_path / "idx")
    return tmp_path / "idx"


def _run(index: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--json", "--index", str(index)])
    return result.exit_code, result.stdout if result.exit_code == 0 else result.stderr


def _answers(index: Path) -> list[tuple[int, str]]:
    """What the table decides: the entity list, a filter by a variant, a search's facets."""
    return [
        _run(index, "entities"),
        _run(index, "search", "--org", "labour"),
        _run(index, "search", "said", "--facets"),
    ]


def _rewrite(index: Path, file_name: str, text: str) -> None:
    """Replace an index file and re-sign the manifest over it with this user's key: what
    `indexer trust` does for an index from elsewhere, so only the file's content is judged."""
    from indexer import trust

    (index / file_name).write_text(text, encoding="utf-8")
    manifest = read_manifest(index)
    manifest.files[file_name] = list(trust.file_digest(index / file_name))
    write_manifest(index, manifest)


def test_a_build_stores_the_table_a_reader_would_derive(built: Path, tmp_path: Path) -> None:
    manifest = read_manifest(built / "idx")
    assert manifest.names_file.endswith(".names") and manifest.names_file in manifest.files
    with IndexSearcher(built / "idx") as searcher:
        stored = read_names(searcher.index_dir, searcher.manifest)
        assert stored is not None and stored == corpus_names(searcher._searcher)
        assert stored.canonical("orgs", "Labour") == "Labour Party"
    # Deterministic: another build of the same articles stores the same bytes.
    _build(built / "c", tmp_path / "again")
    again = read_manifest(tmp_path / "again")
    assert (tmp_path / "again" / again.names_file).read_bytes() == (built / "idx" / manifest.names_file).read_bytes()


def test_an_update_stores_the_table_of_the_new_generation(built: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    (tmp_path / "c").mkdir()
    for name, text in TEXTS.items():
        (tmp_path / "c" / name).write_text(text, encoding="utf-8")
    _build(tmp_path / "c", index)
    (tmp_path / "c" / "a2.txt").unlink()  # the second "Labour" paragraph leaves the index
    _build(tmp_path / "c", index)
    manifest = read_manifest(index)
    assert manifest.generation == 2 and manifest.names_file.endswith(".2.names")
    assert sorted(p.name for p in index.glob("*.names")) == [manifest.names_file]  # the old one removed
    with IndexSearcher(index) as searcher:
        assert read_names(index, manifest) == corpus_names(searcher._searcher)


def test_an_index_built_before_tables_were_stored_derives_it(built: Path, tmp_path: Path) -> None:
    index = _copy(built, tmp_path)
    before = _answers(index)
    manifest = read_manifest(index)
    (index / manifest.names_file).unlink()
    del manifest.files[manifest.names_file]
    manifest.names_file = ""
    write_manifest(index, manifest)
    assert read_names(index, read_manifest(index)) is None
    assert _answers(index) == before
    # A build with nothing else to write stores it: no rebuild needed.
    _build(built / "c", index)
    manifest = read_manifest(index)
    assert manifest.names_file and read_names(index, manifest) is not None
    assert _answers(index) == before


def test_a_table_computed_under_other_rules_is_derived_again(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _answers(built / "idx")
    # A stored table carries the digest of the rules it was computed under; an upgrade changes it.
    monkeypatch.setattr(names, "rules_digest", lambda: "0" * 64)
    assert read_names(built / "idx", read_manifest(built / "idx")) is None
    assert _answers(built / "idx") == before


def test_a_build_with_nothing_to_write_replaces_a_table_of_other_rules(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = _copy(built, tmp_path)
    before, old = _answers(index), read_manifest(index).names_file
    monkeypatch.setattr(names, "rules_digest", lambda: "0" * 64)  # an upgrade changed the rules
    _build(built / "c", index)
    manifest = read_manifest(index)
    assert manifest.names_file == old.replace(".names", ".1.names") and not (index / old).exists()
    assert read_names(index, manifest) is not None and _answers(index) == before
    _build(built / "c", index)  # now up to date: nothing written
    assert read_manifest(index).names_file == manifest.names_file


def test_a_damaged_names_file_is_a_clear_error(built: Path, tmp_path: Path) -> None:
    index = _copy(built, tmp_path)
    path = index / read_manifest(index).names_file
    path.write_bytes(path.read_bytes().replace(b"Labour Party", b"Labour Parti"))
    for args in (["search", "--org", "labour"], ["entities"], ["search", "said", "--facets"]):
        code, err = _run(index, *args)
        assert code == 2 and "damaged index" in err and path.name in err and "rebuild" in err, (args, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "crafted",
    [
        '{"kind":"indexer-names","format":1,"rules":"RULES","fields":{"orgs":{"groups":{"Labour":["Labour",'
        '"Tory"],"Tory":["Tory"]},"keys":{}}}}',  # a name in two groups
        '{"kind":"indexer-names","format":1,"rules":"RULES","fields":{"orgs":{"groups":{},"keys":{"labour":"X"}}}}',
        '{"kind":"indexer-names","format":1,"rules":"RULES","fields":{"orgs":{"groups":{"A":"A"},"keys":{}}}}',
        '{"kind":"indexer-names","format":1,"rules":"RULES","fields":[]}',
        "[" * 100_000 + "]" * 100_000,  # deeper than the JSON parser goes
        "\x80\x04cos\nsystem\n",  # a pickle is no table (and is never unpickled)
    ],
)
def test_a_signed_file_that_is_not_a_names_table_is_refused(built: Path, tmp_path: Path, crafted: str) -> None:
    index = _copy(built, tmp_path)
    _rewrite(index, read_manifest(index).names_file, crafted.replace("RULES", names.rules_digest()))
    code, err = _run(index, "search", "--org", "labour")
    assert code == 2 and "is not a names table" in err and "rebuild" in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_the_stored_form_round_trips_and_is_checked() -> None:
    table = build_name_table(
        {
            "people": [("Trump", 4), ("Donald Trump", 10), ("José Mourinho", 2), ("Jose Mourinho", 3)],
            "orgs": [("Labour", 2), ("Labour Party", 3), ("Lib Dems", 1), ("Lib Dem", 2)],
            "places": [],
        }
    )
    text = table_to_json(table)
    assert table_from_json(text) == table and table_from_json(text.encode()) == table
    data = json.loads(text)
    assert set(data) == {"kind", "format", "rules", "fields"} and data["rules"] == names.rules_digest()
    data["format"] = 99  # a later format: derived, not misread
    assert table_from_json(json.dumps(data)) is None
    with pytest.raises(ValueError):
        table_from_json('{"kind": "something else"}')
