"""Load test of `indexer serve` on 127.0.0.1 only (issue 18): bounded in time and count.

    python bench/load_web.py --index /tmp/bbc-reuters            # 20 clients, 30 s
    python bench/load_web.py --index IDX --clients 20 --seconds 30 --json web.json

Starts a real `indexer serve` process on a free loopback port and measures:
- start-up: from the process start until it answers (5 runs, median);
- first render: the first search page (`/?q=...`) after start-up, client-side: at once, and 3 s
  later;
- warm API search, one client: the 500 seeded queries of bench/run.py (single words, ANDs,
  phrases, person filters, fuzzy words), each once to warm up and once timed, with highlights
  and facets (the /api/search default, as `indexer search --json`);
- load: CLIENTS threads with keep-alive connections for SECONDS, mixed requests (85% API
  searches, 10% search pages, 5% article JSON), every answer checked (status 200, or 400 for a
  query the parser refuses: counted apart); errors are anything else.
- generation switch (`--only switch`, or with the rest): the first API search after the index's
  manifest is rewritten, at once and 1 s later, 3 times each. The switch is `indexer trust IDX`,
  which re-signs the manifest in place: the server reopens the index as after a build (a build
  also adds new files to hash once; on BBC + Reuters one costs minutes, too long to repeat).
Server-side times come from the Server-Timing header the app sets: `app` is the request in the
app (waiting for the index included), `index` the time it held the index (the search itself).
The traffic goes to 127.0.0.1 only; every loop stops at its deadline.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import INDEXER, load_paragraphs, make_queries, percentile  # noqa: E402

HOST = "127.0.0.1"  # never anything else: a load test stays on this machine
TIMING = re.compile(r"(\w+);dur=([\d.]+)")
PHASES = ("startup", "first", "switch", "warm", "load")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def start_server(index: str, port: int) -> tuple[subprocess.Popen[bytes], float]:
    """`indexer serve` started; (process, seconds until it answered). It opens the index before it
    binds, so any answer means ready to search; /api/openapi.json costs nothing more."""
    t = time.perf_counter()
    proc = subprocess.Popen(
        [INDEXER, "serve", "--index", index, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = t + 30
    while time.perf_counter() < deadline:
        try:
            con = http.client.HTTPConnection(HOST, port, timeout=5)
            con.request("GET", "/api/openapi.json")
            if con.getresponse().status == 200:
                con.close()
                return proc, time.perf_counter() - t
        except OSError:
            time.sleep(0.01)
    proc.kill()
    raise SystemExit("load_web: the server did not answer within 30 s")


def search_path(q: dict[str, object], page: bool = False) -> str:
    params = {"q": str(q["q"])}
    if "person" in q:
        params["person"] = str(q["person"])
    return ("/?" if page else "/api/search?") + urlencode(params)


def timings(response: http.client.HTTPResponse) -> dict[str, float]:
    return {k: float(v) for k, v in TIMING.findall(response.getheader("Server-Timing") or "")}


def get(con: http.client.HTTPConnection, path: str) -> tuple[int, dict[str, float], float]:
    t = time.perf_counter()
    con.request("GET", path)
    response = con.getresponse()
    response.read()
    return response.status, timings(response), (time.perf_counter() - t) * 1000


def summary(values: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(values, 50), 2), "p95_ms": round(percentile(values, 95), 2), "n": len(values)}


def load(
    port: int, queries: list[dict[str, object]], articles: list[str], clients: int, seconds: float
) -> dict[str, object]:
    stop = time.perf_counter() + seconds
    lock = threading.Lock()
    out: dict[str, list] = {"app": [], "index": [], "client": [], "errors": [], "refused": []}

    def client(number: int) -> None:
        rng = random.Random(number)
        con = http.client.HTTPConnection(HOST, port, timeout=30)
        mine: dict[str, list] = {k: [] for k in out}
        while time.perf_counter() < stop:
            roll = rng.random()
            q = rng.choice(queries)
            path = (
                search_path(q)
                if roll < 0.85
                else search_path(q, page=True)
                if roll < 0.95
                else "/api/articles/" + quote(rng.choice(articles))
            )
            try:
                status, server, took = get(con, path)
            except (OSError, http.client.HTTPException) as exc:
                mine["errors"].append(f"{path}: {type(exc).__name__}")
                con.close()
                con = http.client.HTTPConnection(HOST, port, timeout=30)
                continue
            if status == 400 and path.startswith(("/api/search", "/?")):
                mine["refused"].append(path)
            elif status != 200:
                mine["errors"].append(f"{path}: HTTP {status}")
            mine["client"].append(took)
            mine["app"].append(server.get("app", 0.0))
            mine["index"].append(server.get("index", 0.0))
        con.close()
        with lock:
            for k, v in mine.items():
                out[k].extend(v)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(out["client"]),
        "requests_per_s": round(len(out["client"]) / elapsed, 1),
        "errors": len(out["errors"]),
        "error_examples": out["errors"][:5],
        "refused_queries": len(out["refused"]),
        "server_app": summary(out["app"]),
        "server_index": summary(out["index"]),
        "client": summary(out["client"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", required=True, help="an index built from BBC + Reuters (with entities)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--json", help="write the figures to this file too")
    parser.add_argument("--only", default=",".join(PHASES), help=f"comma-separated phases of {', '.join(PHASES)}")
    args = parser.parse_args()
    if not 1 <= args.clients <= 64 or not 0 < args.seconds <= 300:
        raise SystemExit("load_web: --clients 1-64 and --seconds up to 300 (a bounded test)")
    phases = set(args.only.split(","))
    if not phases <= set(PHASES):
        raise SystemExit(f"load_web: --only takes {', '.join(PHASES)}")

    docs = load_paragraphs(Path(args.index))
    queries = make_queries(docs, args.queries)
    articles = sorted({str(d["article_id"]) for d in docs})[:: max(1, len(docs) // 2000)][:500]
    del docs
    report: dict[str, object] = {}

    starts = []
    for _ in range(5 if "startup" in phases else 0):
        port = free_port()
        proc, took = start_server(args.index, port)
        starts.append(took)
        proc.terminate()
        proc.wait(10)
    if starts:
        report["startup_s"] = {"median": round(statistics.median(starts), 3), "runs": [round(s, 3) for s in starts]}

    # The first search page after start-up: at once, and 3 s later, as a person opening the page
    # after starting the server would see it.
    first = (("first_render_at_once", 0.0), ("first_render_after_3s", 3.0)) if "first" in phases else ()
    for name, delay in first:
        port = free_port()
        proc, _ = start_server(args.index, port)
        time.sleep(delay)
        con = http.client.HTTPConnection(HOST, port, timeout=30)
        status, server, took = get(con, search_path(queries[0], page=True))
        report[name] = {"status": status, "client_ms": round(took, 1), "server_app_ms": server.get("app")}
        con.close()
        proc.terminate()
        proc.wait(10)

    if "switch" in phases:
        report["generation_switch"] = switch(args.index, queries)
    if phases & {"warm", "load"}:
        report.update(warm_and_load(args, queries, articles, phases))
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")


def switch(index: str, queries: list[dict[str, object]]) -> dict[str, object]:
    """The first API search after the manifest is rewritten (`indexer trust`), at once and 1 s
    later, 3 times each: client-side ms and the server's `app` ms."""
    port = free_port()
    proc, _ = start_server(index, port)
    out: dict[str, list[dict[str, float]]] = {"at_once": [], "after_1s": []}
    try:
        con = http.client.HTTPConnection(HOST, port, timeout=60)
        for q in queries[:20]:
            get(con, search_path(q))
        for i in range(3):
            for name, delay in (("at_once", 0.0), ("after_1s", 1.0)):
                subprocess.run([INDEXER, "trust", index], check=True, capture_output=True)
                time.sleep(delay)
                status, server, took = get(con, search_path(queries[i + 1]))
                if status != 200:
                    raise SystemExit(f"load_web: HTTP {status} after a switch")
                out[name].append({"client_ms": round(took, 1), "server_app_ms": server.get("app", 0.0)})
        con.close()
    finally:
        proc.terminate()
        proc.wait(10)
    return out


def warm_and_load(
    args: argparse.Namespace, queries: list[dict[str, object]], articles: list[str], phases: set[str]
) -> dict[str, object]:
    """Warm API searches and pages with one client, then the load of CLIENTS for SECONDS."""
    report: dict[str, object] = {}
    port = free_port()
    proc, _ = start_server(args.index, port)
    try:
        con = http.client.HTTPConnection(HOST, port, timeout=30)
        app_times, index_times, page_times = [], [], []
        for timed in (False, True):
            for q in queries:
                status, server, took = get(con, search_path(q))
                if timed:
                    app_times.append(server["app"])
                    index_times.append(server["index"])
        for q in queries[:100]:
            status, server, took = get(con, search_path(q, page=True))
            page_times.append(took)
        con.close()
        report["warm_api_one_client"] = {"server_app": summary(app_times), "server_index": summary(index_times)}
        report["warm_page_one_client_client_side"] = summary(page_times)
        if "load" in phases:
            report["load"] = load(port, queries, articles, args.clients, args.seconds)
    finally:
        proc.terminate()
        proc.wait(10)
    return report


if __name__ == "__main__":
    main()
