"""Nothing lost, no crash: killed builds, concurrent builds and searches, damaged indexes, full
and read-only disks. These run real `indexer` processes; their counts and durations are bounded."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.schema import INDEX_FORMAT_VERSION
from indexer.cli import main
from indexer.lock import build_running
from indexer.search import Filters, IndexSearcher, SearchRequest
from indexer.store import LOCK_NAME, MANIFEST_NAME, read_manifest
from tests.helpers import without_progress, write_corpus

EXE = shutil.which("indexer", path=os.path.dirname(sys.executable)) or shutil.which("indexer") or "indexer"
QUERIES = ["officials", "glacier harbour", '"the museum"', "report", "zeppelin"]


def answers(index: Path) -> dict[str, tuple[int, list[tuple[str, int]]]]:
    """What the index answers to a few queries: total and every matching paragraph."""
    out = {}
    with IndexSearcher(index) as s:
        for q in QUERIES:
            r = s.search(SearchRequest(q, Filters(), 10_000, 0))
            out[q] = (r.total, sorted((h.article_id, h.paragraph) for h in r.hits))
    return out


def _processes_using(index: Path) -> list[str]:
    """Command lines of live processes that name the index folder (orphaned build workers)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                state = next(x for x in (proc / "status").read_text().splitlines() if x.startswith("State:"))
            except (OSError, StopIteration):
                continue
            if str(index) in cmd and "zombie" not in state:
                found.append(cmd)
    return found


def indexer(*args: str, **kw: object) -> subprocess.Popen[str]:
    return subprocess.Popen([EXE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("corpora")
    write_corpus(root / "base", 5, seed=1)
    # Above pipeline.PARALLEL_MIN_FILES, so Whoosh's multiprocess writer is what gets killed.
    write_corpus(root / "big", 250, seed=2, prefix="big", paragraphs=4)
    return {"base": root / "base", "big": root / "big", "root": root}


def test_builds_killed_at_random_moments_leave_the_old_index_working(corpora: dict[str, Path], tmp_path: Path) -> None:
    base, big = corpora["base"], corpora["big"]
    pristine = tmp_path / "pristine"
    assert subprocess.run([EXE, "build", str(base), "--index", str(pristine), "--no-entities", "-q"]).returncode == 0
    old = answers(pristine)
    full = tmp_path / "full"
    # How long a build takes, to kill the builds below at random points inside it: the faster
    # of a first and a warm second build (a first one alone, slowed by cold caches, made later
    # builds finish before their kill: 9 of 20 killed once).
    durations = []
    for extra in ([], ["--rebuild"]):
        start = time.perf_counter()
        assert (
            subprocess.run(
                [EXE, "build", str(base), str(big), "--index", str(full), "--no-entities", "-q", *extra]
            ).returncode
            == 0
        )
        durations.append(time.perf_counter() - start)
    duration = min(durations)
    new = answers(full)
    assert new != old

    rng = random.Random(20211114)
    index = tmp_path / "idx"
    killed = 0
    # 20 runs, and more (up to 40) until 10 were killed mid-build: on a loaded machine a build's
    # time varies enough that 20 random kill points sometimes caught only 9 (a flaky count).
    for run in range(40):
        if run >= 20 and killed >= 10:
            break
        shutil.rmtree(index, ignore_errors=True)
        shutil.copytree(pristine, index)
        mode = ["--rebuild"] if run % 2 else []
        proc = indexer("build", str(base), str(big), "--index", str(index), "--no-entities", "-q", *mode)
        time.sleep(rng.uniform(0.0, 1.1) * duration)
        finished = proc.poll() is not None
        proc.kill()
        _, err = proc.communicate()
        killed += not finished
        # Killed after its switch, a build has finished its work: old or new, never a mix.
        assert answers(index) in (old, new), f"run {run}: {err}"
        if finished:
            # Its stderr in the message: a finished build once exited 2 on a loaded machine.
            assert proc.returncode == 0, f"run {run}: exit {proc.returncode}: {err}"
            assert answers(index) == new, f"run {run}"
    assert killed >= 10  # most runs really were killed mid-build
    time.sleep(0.5)
    assert not _processes_using(index), "a killed build left processes behind"

    # The next build recovers by itself: no manual step, no leftovers from the killed one.
    done = subprocess.run(
        [EXE, "build", str(base), str(big), "--index", str(index), "--no-entities"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert answers(index) == new
    assert sorted(p.name for p in index.iterdir()) == sorted([MANIFEST_NAME, LOCK_NAME, *read_manifest(index).files])


def test_ctrl_c_ends_a_build_cleanly_with_exit_130(corpora: dict[str, Path], tmp_path: Path) -> None:
    index = tmp_path / "idx"
    assert (
        subprocess.run([EXE, "build", str(corpora["base"]), "--index", str(index), "--no-entities", "-q"]).returncode
        == 0
    )
    old = answers(index)
    before = sorted(p.name for p in index.iterdir())
    large = write_corpus(tmp_path / "large", 1500, seed=5)[0].parent
    for sig in (signal.SIGINT, signal.SIGTERM):
        # In its own session, so the signal goes to the whole process group, as Ctrl-C at a
        # terminal does: the build and its writer processes.
        proc = indexer("build", str(large), "--index", str(index), "--no-entities", "--rebuild", start_new_session=True)
        # Signalled once it holds the build lock, i.e. after its handlers are set: a fixed sleep
        # signalled a start-up still importing on a loaded machine (killed, -15, not 130).
        deadline = time.monotonic() + 60
        while not build_running(index) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the build finished before it could be interrupted"
        os.killpg(proc.pid, sig)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert err.strip().splitlines()[-1] == "indexer: error: interrupted: nothing was changed by the unfinished work"
        assert "Traceback" not in err
        assert answers(index) == old
        assert sorted(p.name for p in index.iterdir()) == before
        time.sleep(0.3)
        assert not _processes_using(index)


def test_concurrent_builds_and_searches_see_old_or_new_never_an_error(corpora: dict[str, Path], tmp_path: Path) -> None:
    seconds = float(os.environ.get("INDEXER_SOAK_SECONDS", "6"))
    root = tmp_path / "c"
    a = write_corpus(root / "a", 60, seed=11, prefix="a")
    b = write_corpus(root / "b", 60, seed=12, prefix="b")
    index = tmp_path / "idx"
    assert (
        subprocess.run([EXE, "build", str(corpora["base"]), "--index", str(index), "--no-entities", "-q"]).returncode
        == 0
    )
    errors: list[str] = []
    searches = [0]
    stop = threading.Event()

    def search_loop() -> None:
        while not stop.is_set():
            try:
                with IndexSearcher(index) as s:
                    r = s.search(SearchRequest("officials", Filters(), 3, 0))
                    assert r.total >= 30
                searches[0] += 1
            except Exception:  # any failure of a reader is what this test is about
                import traceback

                errors.append(traceback.format_exc())

    thread = threading.Thread(target=search_loop)
    thread.start()
    deadline = time.monotonic() + seconds
    rounds = 0
    try:
        while time.monotonic() < deadline:
            for f in (a[rounds % 60], b[rounds % 60]):
                f.write_text(
                    f.read_text(encoding="utf-8") + f"\nRound {rounds} update, officials said.\n", encoding="utf-8"
                )
            p1 = indexer(
                "build",
                str(corpora["base"]),
                str(root / "a"),
                "--index",
                str(index),
                "--no-entities",
                "--wait",
                "60",
                "-q",
            )
            # Every third round the second build starts over (--rebuild), with every folder.
            rebuild = ["--rebuild", str(root / "a")] if rounds % 3 == 2 else []
            p2 = indexer(
                "build",
                str(corpora["base"]),
                str(root / "b"),
                "--index",
                str(index),
                "--no-entities",
                "--wait",
                "60",
                "-q",
                *rebuild,
            )
            for p in (p1, p2):
                _, err = p.communicate(timeout=120)
                assert p.returncode == 0, err
            rounds += 1
    finally:
        stop.set()
        thread.join()
    assert errors == [], errors[0]
    assert searches[0] > 10 and rounds >= 1
    manifest = read_manifest(index)
    names = sorted(i.rsplit("/", 1)[-1] for i in manifest.articles)  # ids: relative to the roots' parent
    assert {f"{x}-{i:05d}.txt" for x in "ab" for i in range(60)} <= set(names)  # no lost article
    assert len(names) == len(set(names))  # and none twice
    with IndexSearcher(index) as s:
        assert s.search(SearchRequest("round", Filters(), 1, 0)).total >= 1


def test_second_build_waits_then_fails_naming_the_lock(corpora: dict[str, Path], tmp_path: Path) -> None:
    import fcntl

    from indexer.store import LOCK_NAME

    index = tmp_path / "idx"
    index.mkdir()
    lock = index / LOCK_NAME
    with open(lock, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        result = CliRunner().invoke(
            main, ["build", str(corpora["base"]), "--index", str(index), "--no-entities", "--wait", "0.3"]
        )
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: index at {index} is being built by another process (lock {lock}): "
        "wait for it to finish, or give --wait SECONDS\n"
    )
    # The lock died with its holder: the next build goes through.
    again = CliRunner().invoke(main, ["build", str(corpora["base"]), "--index", str(index), "--no-entities"])
    assert again.exit_code == 0


@pytest.fixture
def built(corpora: dict[str, Path], tmp_path: Path) -> Path:
    index = tmp_path / "idx"
    result = CliRunner().invoke(main, ["build", str(corpora["base"]), "--index", str(index), "--no-entities"])
    assert result.exit_code == 0
    return index


def _damage_manifest_garbage(index: Path) -> None:
    (index / MANIFEST_NAME).write_text("{not json")


def _damage_manifest_newer(index: Path) -> None:
    data = json.loads((index / MANIFEST_NAME).read_text())
    data["format_version"] = 99
    (index / MANIFEST_NAME).write_text(json.dumps(data))


def _damage_toc_deleted(index: Path) -> None:
    for p in index.glob("_*.toc"):
        p.unlink()


def _damage_segment_truncated(index: Path) -> None:
    for p in index.glob("*.seg"):
        p.write_bytes(p.read_bytes()[:100])


def _damage_toc_garbage(index: Path) -> None:
    for p in index.glob("_*.toc"):
        p.write_bytes(b"\x80\x04garbage")


DAMAGE = {
    "garbage manifest": (
        _damage_manifest_garbage,
        "indexer: error: damaged index manifest: {index}/indexer-manifest.json: rebuild with "
        "'indexer build PATHS --rebuild --index {index}'",
    ),
    "newer version": (
        _damage_manifest_newer,
        "indexer: error: index at {index} was written by a newer indexer (format 99, this one reads "
        + str(INDEX_FORMAT_VERSION)
        + "): upgrade indexer or rebuild with 'indexer build {base} --rebuild --no-entities --index {index}'",
    ),
    "toc deleted": (
        _damage_toc_deleted,
        "indexer: error: damaged index at {index}: _g1_1.toc is missing: rebuild with "
        "'indexer build {base} --rebuild --no-entities --index {index}'",
    ),
    "segment truncated": (_damage_segment_truncated, "indexer: error: damaged index at {index}"),
    "toc garbage": (_damage_toc_garbage, "indexer: error: damaged index at {index}"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_index_gives_a_clear_error_and_is_not_overwritten(
    built: Path, corpora: dict[str, Path], damage: str
) -> None:
    func, message = DAMAGE[damage]
    func(built)
    snapshot = {p.name: p.read_bytes() for p in built.iterdir() if not p.name.endswith(".lock")}
    for args in (["search", "officials"], ["entities"], ["build", str(corpora["base"]), "--no-entities"]):
        result = CliRunner().invoke(main, [*args, "--index", str(built)])
        assert result.exit_code == 2, (args, result.output)
        # The rebuild hint names the folders the index was built from, when its manifest says.
        assert result.stderr.startswith(message.format(index=built, base=corpora["base"])), result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert {p.name: p.read_bytes() for p in built.iterdir() if not p.name.endswith(".lock")} == snapshot
    fixed = CliRunner().invoke(
        main, ["build", str(corpora["base"]), "--index", str(built), "--no-entities", "--rebuild"]
    )
    assert fixed.exit_code == 0, fixed.stderr
    assert CliRunner().invoke(main, ["search", "officials", "--index", str(built)]).exit_code == 0


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
        ).returncode
        == 0
    )


@pytest.fixture
def small_disk(tmp_path: Path):
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "1m"):
        pytest.skip("needs root and mount to make a small file system")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_full_disk_stops_with_a_message_and_keeps_the_old_index(small_disk: Path, corpora: dict[str, Path]) -> None:
    index = small_disk / "idx"
    assert (
        CliRunner().invoke(main, ["build", str(corpora["base"]), "--index", str(index), "--no-entities"]).exit_code == 0
    )
    old = answers(index)
    for mode in ([], ["--rebuild"]):
        result = CliRunner().invoke(
            main, ["build", str(corpora["base"]), str(corpora["big"]), "--index", str(index), "--no-entities", *mode]
        )
        assert result.exit_code == 2
        assert without_progress(result.stderr) == (
            f"indexer: error: cannot write index at {index}: No space left on device: the previous index is unchanged; "
            "free some space, or give --index a folder on another disk\n"
        )
        assert answers(index) == old


def test_read_only_folder_stops_with_a_message_and_stays_searchable(
    small_disk: Path, corpora: dict[str, Path], tmp_path: Path
) -> None:
    index = small_disk / "idx"
    base = tmp_path / "base"
    shutil.copytree(corpora["base"], base)
    corpora = {**corpora, "base": base}
    assert (
        CliRunner().invoke(main, ["build", str(corpora["base"]), "--index", str(index), "--no-entities"]).exit_code == 0
    )
    old = answers(index)
    touched = corpora["base"] / "article-00000.txt"
    touched.touch()
    try:
        assert subprocess.run(["mount", "-o", "remount,ro", str(small_disk)]).returncode == 0
        # Nothing needs writing (no file, or a file touched but unchanged): the build succeeds.
        result = CliRunner().invoke(main, ["build", str(corpora["base"]), "--index", str(index), "--no-entities"])
        assert result.exit_code == 0, result.stderr
        assert result.stderr.startswith(
            f"indexer: warning: could not record the new modification times of 1 unchanged file(s) in {index} "
            "(Read-only file system): the next build reads them again\n"
        )
        assert "0 paragraphs written" in result.stderr
        # A build that must write says so.
        touched.write_text(touched.read_text() + "\nA new closing paragraph, officials said.\n")
        result = CliRunner().invoke(main, ["build", str(corpora["base"]), "--index", str(index), "--no-entities"])
        assert result.exit_code == 2
        assert result.stderr == (
            f"indexer: error: cannot write index at {index}: Read-only file system: the previous index is unchanged; "
            "give --index a folder you can write to\n"
        )
        assert answers(index) == old
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)])


def _children(pid: int) -> list[int]:
    out = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.append(int(proc.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_build_takes_its_tagging_workers_with_it(corpora: dict[str, Path], tmp_path: Path) -> None:
    # No pipes: a surviving worker would hold them open, and reading them would wait for it.
    proc = subprocess.Popen(
        [EXE, "build", str(corpora["big"]), "--index", str(tmp_path / "idx"), "--workers", "2", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        time.sleep(0.1)
        workers = [c for c in _children(proc.pid) if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
    assert proc.poll() is None and len(workers) >= 2, "the build ended before its workers could be seen"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    survivors = [w for w in workers if _alive(w)]
    for w in survivors:  # do not leave them running when the test fails
        os.kill(w, signal.SIGKILL)
    assert not survivors, "tagging workers outlived their killed build"


def test_output_closed_early_is_success(corpora: dict[str, Path], tmp_path: Path) -> None:
    index = tmp_path / "idx"
    assert (
        subprocess.run([EXE, "build", str(corpora["big"]), "--index", str(index), "--no-entities", "-q"]).returncode
        == 0
    )
    # Far more than a pipe holds (64 KiB), so the writes after `head` has gone fail.
    proc = indexer("search", "officials", "-n", "1000", "--full", "--index", str(index))
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    _, err = proc.communicate()
    assert proc.returncode == 0 and err == ""


def test_a_limit_above_the_cap_is_said(built: Path) -> None:
    # Said only when the cap cut hits (tests/test_cli_trial_faults.py): these 30 are all shown.
    result = CliRunner().invoke(main, ["search", "officials", "-n", "1000000", "--index", str(built)])
    assert result.exit_code == 0 and "warning" not in result.stderr


def test_a_compressed_page_that_expands_too_far_is_skipped(tmp_path: Path) -> None:
    import gzip

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 1)
    (corpus / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b" " * (30 << 20), 9))  # 30 KB -> 30 MB
    result = CliRunner().invoke(main, ["build", str(corpus), "--index", str(tmp_path / "idx"), "--no-entities"])
    assert result.exit_code == 0, result.stderr
    assert (
        f"indexer: warning: skipped file too large: {corpus / 'bomb.html.gz'} expands to more than 20 MB "
        "uncompressed (the limit): leave it out\n"
    ) in result.stderr
    assert "1 article, " in result.stderr and "1 skipped" in result.stderr


def test_full_disk_with_writer_processes_is_one_line(small_disk: Path, corpora: dict[str, Path]) -> None:
    index = small_disk / "idx"
    assert (
        CliRunner().invoke(main, ["build", str(corpora["base"]), "--index", str(index), "--no-entities"]).exit_code == 0
    )
    old = answers(index)
    # Above PARALLEL_MIN_FILES: Whoosh's writer processes fill the disk too.
    done = subprocess.run(
        [EXE, "build", str(corpora["base"]), str(corpora["big"]), "--index", str(index), "--no-entities", "--rebuild"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert without_progress(done.stderr) == (
        f"indexer: error: cannot write index at {index}: No space left on device: the previous index is unchanged; "
        "free some space, or give --index a folder on another disk\n"
    )
    assert answers(index) == old
    live = read_manifest(index)
    assert sorted(p.name for p in index.iterdir()) == sorted([MANIFEST_NAME, LOCK_NAME, *live.files])
