"""What `indexer parse` pays before its first page: the modules it imports (not the entity
tagger's, Whoosh's or the search path's) and langid's model, unpacked once into the cache folder
(language.model_arrays) and then read from there, the same model as py3langid's own loader."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from indexer import language

from tests.conftest import SHIPPED

# jusText and pycountry: ~0.3 s together (jusText imports lxml, urllib and the email parser);
# the stop lists are read from jusText's files and the language codes written out (language.py).
NOT_ON_THE_PARSE_PATH = (
    "spacy",
    "thinc",
    "trafilatura",
    "whoosh",
    "flask",
    "indexer.search.searcher",
    "justext",
    "pycountry",
    "lxml",
    # The byline rule's given names come from a file (givennames.py): importing Faker's locale
    # modules, as the entity step once did for it, cost ~0.4 s a parse worker.
    "faker",
    "indexer.entities",
)
# A page whose byline is a name alone over its date, which the given-name list decides.
NAME_ALONE_PAGE = (
    "Flood water recedes in the valley after a week of rain\n\nAnna Kowalczyk\n\n14 September 2025\n\n"
    "The river fell by a metre overnight, and the first families went back to their houses on Sunday "
    "morning to count the damage.\n\nThe council said the main road would reopen on Monday."
)


def test_parsing_imports_neither_the_tagger_nor_whoosh_nor_the_search_path(tmp_path: Path) -> None:
    # In a fresh process, as a user's `indexer parse --no-entities` runs: each of these cost
    # the parse path a tenth of a second or more of start-up (spaCy: seconds).
    page = tmp_path / "name-alone.txt"
    page.write_text(NAME_ALONE_PAGE, encoding="utf-8")
    code = (
        "import sys\n"
        "from indexer.cli import main\n"
        "try:\n"
        f"    main(['parse', {str(SHIPPED)!r}, {str(page)!r}, '--no-entities', '--jsonl'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        f"names = {NOT_ON_THE_PARSE_PATH!r}\n"
        "print(sorted(n for n in names if n in sys.modules))\n"
    )
    env = {**os.environ, "INDEXER_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.strip().splitlines()[-1] == "[]"
    assert '"byline":"Anna Kowalczyk"' in out  # the rule that reads the list did run


def test_the_english_stop_words_are_whooshs() -> None:
    from whoosh.analysis import STOP_WORDS

    assert language.ENGLISH_STOP_WORDS == frozenset(STOP_WORDS)


def _packaged() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR / MODEL_FILE)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("INDEXER_CACHE_DIR", str(folder))
    language._identifier.cache_clear()
    yield folder
    language._identifier.cache_clear()


def _same_identifier(ours: object, theirs: object) -> None:
    for attr in ("nb_classes", "tk_output", "tk_nextmove", "tk_row", "_rowbase", "_alias_pairs", "_norm_probs"):
        assert getattr(ours, attr) == getattr(theirs, attr), attr
    for attr in ("nb_ptc", "nb_pc"):
        a, b = getattr(ours, attr), getattr(theirs, attr)
        assert a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b), attr


def test_the_unpacked_model_is_py3langids_own(cache: Path) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = language._identifier()  # unpacks and writes the copy
    folder = language.model_cache_dir(_packaged())
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.npy" for n in language.MODEL_ARRAYS)
    assert folder.stat().st_mode & 0o777 == 0o700
    language._identifier.cache_clear()
    second = language._identifier()  # reads the copy
    assert language._read_unpacked(folder) is not None
    for ours in (first, second):
        _same_identifier(ours, theirs)
    text = "Der Bundestag hat heute ein neues Gesetz beschlossen, das die Steuern senkt."
    assert second.rank(text) == theirs.rank(text)


def test_a_copy_someone_else_could_write_or_a_damaged_one_is_not_read(cache: Path) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    language._identifier()
    folder = language.model_cache_dir(_packaged())
    classes = folder / "classes.npy"
    # a planted label list in a folder others may write: refused, the packaged model used
    np.save(classes, np.array(["xx"] * len(theirs.nb_classes)))
    folder.chmod(0o777)
    language._identifier.cache_clear()
    assert language._read_unpacked(folder) is None
    _same_identifier(language._identifier(), theirs)
    folder.chmod(0o700)
    classes.chmod(0o666)  # the file itself writable by others
    assert language._read_unpacked(folder) is None
    classes.chmod(0o600)
    # a file cut short, and arrays that do not fit together: refused, and written again
    nextmove = folder / "nextmove.npy"
    nextmove.write_bytes(nextmove.read_bytes()[:1000])
    assert language._read_unpacked(folder) is None
    language._identifier.cache_clear()
    _same_identifier(language._identifier(), theirs)
    assert language._read_unpacked(folder) is not None
    np.save(folder / "out_feat.npy", np.zeros(3, dtype=np.int32))
    assert language._read_unpacked(folder) is None
    # a link in place of the folder
    folder.rename(folder.with_name("elsewhere"))
    folder.symlink_to(folder.with_name("elsewhere"))
    assert language._read_unpacked(folder) is None


def test_an_unwritable_cache_folder_only_means_unpacking_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("INDEXER_CACHE_DIR", str(blocker / "cache"))
    language._identifier.cache_clear()
    try:
        assert language.detect("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.").code == "fr"
    finally:
        language._identifier.cache_clear()


def test_the_copies_of_other_models_are_removed_when_unused_and_ours(cache: Path) -> None:
    # an upgrade of py3langid left each old model's 68 MB copy behind, never deleted
    import fcntl

    parent = cache / "langid"
    parent.mkdir(parents=True, mode=0o700)

    def copy(name: str, files: tuple[str, ...] = ("ptc.npy", "classes.npy", ".pc.x1y2.tmp")) -> Path:
        folder = parent / name
        folder.mkdir(mode=0o700)
        for f in files:
            (folder / f).write_bytes(b"old")
            (folder / f).chmod(0o600)
        return folder

    stale = copy("0" * 32)
    in_use = copy("1" * 32)
    foreign_file = copy("2" * 32, ("ptc.npy", "notes.txt"))
    not_a_copy = copy("backup", ("ptc.npy",))
    shared = copy("3" * 32)
    shared.chmod(0o770)  # others may write it: not ours for certain
    fd = os.open(in_use, os.O_RDONLY)  # another process reading that copy holds it shared
    fcntl.flock(fd, fcntl.LOCK_SH)
    try:
        language._identifier()  # unpacks this model and writes its copy: the old ones are stale
    finally:
        os.close(fd)
    current = language.model_cache_dir(_packaged())
    assert sorted(p.name for p in parent.iterdir()) == sorted(
        [current.name, in_use.name, foreign_file.name, not_a_copy.name, shared.name]
    )
    assert not stale.exists()
    assert language.remove_stale_copies(current) == [in_use.name]  # once no longer in use


def test_the_given_name_list_is_fakers() -> None:
    """The shipped list is what `python -m eval.make_given_names` writes from the pinned Faker."""
    from eval import make_given_names

    from indexer.givennames import GIVEN_NAMES_FILE

    assert GIVEN_NAMES_FILE.read_text(encoding="utf-8") == make_given_names.render()
