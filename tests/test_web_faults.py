"""`indexer serve` under the issue's bad input (issue 18, "Bad input"): a client that hangs up
mid-response, a 1 MB query string, `../` in an article id, the index removed and rebuilt while
serving; and the generation watcher, which opens a new generation before a request needs it.
The first two need a real server (waitress enforces the limits and sees the hang-up): one
`indexer serve` process on a free loopback port for the module."""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from indexer.cli import _message
from indexer.pipeline import build

pytest.importorskip("flask")

from indexer.web import create_app  # noqa: E402
from indexer.web.live import LiveIndex  # noqa: E402

HOST = "127.0.0.1"


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def server(shipped_index: Path):
    """(port, process) of `indexer serve` on the shipped article's index."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "indexer", "serve", "--index", str(shipped_index), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"indexer serve did not start: {proc.communicate()[1]!r}")
            time.sleep(0.05)
    yield port, proc
    proc.terminate()
    proc.wait(10)


def _get(port: int, path: str) -> tuple[int, bytes]:
    con = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        con.request("GET", path)
        response = con.getresponse()
        return response.status, response.read()
    finally:
        con.close()


def test_a_client_that_hangs_up_mid_response_leaves_the_server_serving(server) -> None:
    port, proc = server
    for _ in range(5):
        s = socket.create_connection((HOST, port), timeout=30)
        # The largest answer the index gives (every paragraph as CSV), read in part, then a reset.
        s.sendall(b"GET /api/search.csv?q=the+OR+uyghur&limit=1000 HTTP/1.1\r\nHost: x\r\n\r\n")
        assert s.recv(64).startswith(b"HTTP/1.1 200")
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()
    status, body = _get(port, "/api/search?q=uyghur")
    assert status == 200 and b'"total"' in body and proc.poll() is None


def test_a_1_mb_query_string_is_refused_cleanly(server) -> None:
    port, proc = server
    s = socket.create_connection((HOST, port), timeout=30)
    try:
        s.sendall(b"GET /api/search?q=" + b"a" * (1 << 20) + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    except OSError:
        pass  # the server may refuse and close before reading it all
    head = b""
    try:
        while b"\r\n" not in head:
            chunk = s.recv(4096)
            if not chunk:
                break
            head += chunk
    except OSError:
        pass
    s.close()
    status = int(head.split()[1]) if head.startswith(b"HTTP/") else 0
    assert status in (400, 413, 414, 431), head[:200]
    assert _get(port, "/api/search?q=uyghur")[0] == 200 and proc.poll() is None


def test_dot_dot_in_an_article_id_is_404_and_reads_nothing(shipped_index: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not an article\n", encoding="utf-8")
    client = create_app(shipped_index, message=_message).test_client()
    client.get("/api/search?q=uyghur")  # the index opened: what follows reads only for the id
    opened: list[str] = []
    recording = threading.local()

    def hook(event: str, args: tuple) -> None:
        if event == "open" and getattr(recording, "on", False) and isinstance(args[0], (str, bytes, os.PathLike)):
            opened.append(os.fsdecode(args[0]))

    sys.addaudithook(hook)  # stays for the session; records only while `recording.on`
    refs = [
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "..%2F" + "..%2F" * len(tmp_path.parts) + str(secret).lstrip("/").replace("/", "%2F"),
        "%2E%2E%2Fsecret.txt",
        "..%5C..%5Csecret.txt",
    ]
    for ref in refs:
        recording.on = True
        try:
            response = client.get(f"/api/articles/{ref}")
            page = client.get(f"/articles/{ref}")
        finally:
            recording.on = False
        assert response.status_code == 404 and page.status_code == 404, ref
        assert b"not an article" not in response.data + page.data
    assert not [p for p in opened if "passwd" in p or "secret" in p or ".." in p], opened


def test_an_index_removed_while_serving_is_503_then_served_again_when_rebuilt(tmp_path: Path) -> None:
    _write(tmp_path / "src", "a.txt", "Harbour news\n\nThe harbour bridge closed for repairs on Tuesday.\n")
    index = tmp_path / "index"
    build([str(tmp_path / "src")], str(index), entities=False)
    client = create_app(index, message=_message).test_client()
    assert client.get("/api/search?q=repairs").get_json()["total"] == 1
    shutil.rmtree(index)
    for path in ("/api/search?q=repairs", "/api/stats", "/?q=repairs"):
        response = client.get(path)
        assert response.status_code == 503, path
        if path.startswith("/api/"):
            error = response.get_json()["error"]
            assert error["type"] == "index" and "no index at" in error["message"]
    assert client.get("/api/openapi.json").status_code == 200  # what needs no index is still served
    build([str(tmp_path / "src")], str(index), entities=False)
    assert client.get("/api/search?q=repairs").get_json()["total"] == 1


def test_the_watcher_opens_a_new_generation_before_a_request_needs_it(tmp_path: Path) -> None:
    _write(tmp_path / "src", "a.txt", "Harbour news\n\nThe harbour bridge closed for repairs on Tuesday.\n")
    index = tmp_path / "index"
    build([str(tmp_path / "src")], str(index), entities=False)
    live = LiveIndex(index)
    live.open()
    assert live.refresh() is False  # nothing changed
    _write(tmp_path / "src", "b.txt", "Ferry news\n\nThe ferry service doubled its crossings on Wednesday.\n")
    build([str(tmp_path / "src")], str(index), entities=False)
    assert live.refresh() is True
    swapped = live._searcher  # what the next request uses: already the new generation
    assert swapped is not None and swapped.manifest.generation == 2
    assert live.use(lambda searcher: searcher) is swapped  # the request did not reopen it
    # A watcher thread does the same on its own, and stops when told.
    stop = threading.Event()
    watcher = threading.Thread(target=live.watch, args=(stop, 0.01))
    watcher.start()
    try:
        build([str(tmp_path / "src")], str(index), entities=False, rebuild=True)
        deadline = time.monotonic() + 30
        while live._searcher is swapped and time.monotonic() < deadline:  # not through a request
            time.sleep(0.01)
        fresh = live._searcher
        assert fresh is not swapped and fresh is not None
        assert live.use(lambda searcher: searcher) is fresh
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive()
    live.close()
