"""Benchmark: build, rebuild and query figures for indexer, side by side with SQLite FTS5.

    python bench/run.py ../shared/corpus/bbc                       # one corpus
    python bench/run.py ../shared/corpus/bbc ../shared/corpus/reuters21578 --json bench.json
    python bench/run.py ../shared/corpus/bbc ../shared/corpus/reuters21578 --baseline /tmp/old/.venv/bin
    python bench/run.py ../shared/corpus/bbc ../shared/corpus/reuters21578 --ab /tmp/old . --rounds 6 --keep /tmp/ab
    python bench/run.py ../shared/corpus/extraction-wild/pages_txt ../shared/corpus/extraction-dev/pages_txt \
        --parse /tmp/old . --rounds 3                                 # parse speed, pages/s

Everything in one run, on this machine, so the figures compare: end-to-end builds (with and
without entity tagging, then a no-change rebuild) as real `indexer build` processes with the
peak memory of their whole process tree; warm query latency through the library over a fixed,
seeded set of mixed queries (highlights included); the cold start of one `indexer search`
process (median of 20); a `--queries` run of 1,000 queries against that start-up; and the same
paragraphs and queries in SQLite FTS5 (Python's own sqlite3) as the reference peer.
Timings are medians or percentiles, never single runs; the machine is small and noisy.

`--parse BEFORE AFTER` times `indexer parse FOLDER --no-entities --jsonl` of two checkouts (each
with its .venv) on each corpus folder instead, alternated round by round: wall and CPU seconds
(the process and its children), pages a second, and whether both printed the same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
INDEXER = str(BIN / "indexer") if (BIN / "indexer").exists() else "indexer"
WORD_RE = re.compile(r"[A-Za-z]{4,}")
STOP = set(
    """about above after again against also because been before being below between both
could does doing down during each from further have having here into itself just more most
other over same should some such than that their theirs them themselves then there these they
this those through under until very were what when where which while whom will with would your
said says """.split()
)


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (build workers included)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_build(args: list[str], indexer: str = INDEXER) -> dict[str, float]:
    """Run `indexer build ARGS` and measure wall time, CPU time (the whole process tree: on a
    loaded machine it varies far less than wall time) and peak memory of the process tree."""
    import resource

    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [indexer, "build", *args, "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"bench: build failed ({proc.returncode}): {stderr.strip()}")
    # "21,269 articles, 137,359 paragraphs": thousands grouped since the summary groups them
    m = re.search(r"([\d,]+) articles?, ([\d,]+) paragraphs?", stderr)
    paragraphs = int(m.group(2).replace(",", "")) if m else 0
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "paragraphs": paragraphs,
        "paragraphs_per_s": round(paragraphs / seconds, 1) if seconds else 0.0,
        "peak_rss_mb": round(peak / 1024, 1),
        "summary": stderr.strip().splitlines()[-1],
    }


def folder_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 1)


def load_paragraphs(index: Path) -> list[dict[str, object]]:
    from indexer.store import open_index

    ix, _ = open_index(index)
    with ix.searcher() as s:
        docs = [dict(d) for d in s.documents()]
    ix.close()
    return docs


def make_queries(docs: list[dict[str, object]], n: int, seed: int = 20211115) -> list[dict[str, object]]:
    """A fixed, seeded mix: single words, AND of two, phrases, entity filters, fuzzy words."""
    rng = random.Random(seed)
    texts = [str(d["text"]) for d in docs]
    people: list[str] = []
    for d in docs:
        tags = json.loads(str(d.get("tags") or "{}"))
        people.extend(tags.get("people", []))
    people = sorted(set(people))
    queries: list[dict[str, object]] = []

    def words_of(text: str) -> list[str]:
        return [w.lower() for w in WORD_RE.findall(text) if w.lower() not in STOP]

    kinds = (
        ["word"] * 30 + ["and"] * 25 + ["phrase"] * 20 + (["person"] * 15 if people else ["and"] * 15) + ["fuzzy"] * 10
    )
    while len(queries) < n:
        kind = rng.choice(kinds)
        ws = words_of(rng.choice(texts))
        if len(ws) < 3:
            continue
        if kind == "word":
            queries.append({"kind": kind, "q": rng.choice(ws)})
        elif kind == "and":
            a, b = rng.sample(ws, 2)
            queries.append({"kind": kind, "q": f"{a} {b}"})
        elif kind == "phrase":
            text = rng.choice(texts)
            raw = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
            pairs = [
                (raw[i], raw[i + 1])
                for i in range(len(raw) - 1)
                if len(raw[i]) > 3 and len(raw[i + 1]) > 3 and raw[i] not in STOP and raw[i + 1] not in STOP
            ]
            if pairs:
                a, b = rng.choice(pairs)
                queries.append({"kind": kind, "q": f'"{a} {b}"', "fts": f'"{a} {b}"'})
        elif kind == "person":
            name = rng.choice(people)
            queries.append({"kind": kind, "q": rng.choice(ws), "person": name})
        else:
            w = rng.choice([x for x in ws if len(x) >= 6] or ws)
            i = rng.randrange(1, len(w) - 1)
            queries.append({"kind": kind, "q": f"{w[:i]}{w[i + 1 :]}~1", "fts": w})
    return queries


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def ours_latency(index: Path, queries: list[dict[str, object]], passes: int = 1) -> dict[str, object]:
    """p50 / p95 in ms over all queries, and per kind of query: wall time, and the process's
    CPU time (time.process_time), which a loaded machine inflates less than wall time. One
    pass warms the searcher, then `passes` timed passes; with more than one, a query's time is
    its fastest pass (what load took from it the other passes did not all lose)."""
    from indexer.search import Filters, IndexSearcher, SearchRequest

    wall_runs: list[list[float]] = []
    cpu_runs: list[list[float]] = []
    with IndexSearcher(index) as s:
        for run in range(passes + 1):
            wall_pass, cpu_pass = [], []
            for q in queries:
                filters = Filters(people=[str(q["person"])]) if "person" in q else Filters()
                c = time.process_time()
                t = time.perf_counter()
                try:
                    s.search(SearchRequest(str(q["q"]), filters, 10, 0))
                except Exception:
                    pass  # a query the parser refuses still costs its time
                wall_pass.append((time.perf_counter() - t) * 1000)
                cpu_pass.append((time.process_time() - c) * 1000)
            if run:  # the first pass warms
                wall_runs.append(wall_pass)
                cpu_runs.append(cpu_pass)
    times = [min(each) for each in zip(*wall_runs)]
    cpu = [min(each) for each in zip(*cpu_runs)]
    by_kind: dict[str, list[float]] = {}
    cpu_by_kind: dict[str, list[float]] = {}
    for q, wall_ms, cpu_ms in zip(queries, times, cpu):
        by_kind.setdefault(str(q["kind"]), []).append(wall_ms)
        cpu_by_kind.setdefault(str(q["kind"]), []).append(cpu_ms)
    out: dict[str, object] = {
        "p50_ms": round(percentile(times, 50), 3),
        "p95_ms": round(percentile(times, 95), 3),
        "cpu_p50_ms": round(percentile(cpu, 50), 3),
        "cpu_p95_ms": round(percentile(cpu, 95), 3),
    }
    out["by_kind"] = {k: f"{percentile(v, 50):.2f} / {percentile(v, 95):.2f}" for k, v in sorted(by_kind.items())}
    out["p50_by_kind"] = {k: round(percentile(v, 50), 3) for k, v in sorted(by_kind.items())}
    out["cpu_p50_by_kind"] = {k: round(percentile(v, 50), 3) for k, v in sorted(cpu_by_kind.items())}
    return out


def latency_rounds(
    bins: dict[str, Path], indexes: dict[str, Path], qfile: Path, rounds: int, passes: int = 1
) -> dict[str, list[dict[str, object]]]:
    """Warm queries of each side (`bins`: its venv's bin folder, `indexes`: its index) in its
    own process, `rounds` times, alternated (before, after, after, before...) so that the
    machine's load falls on both alike; `passes` timed passes each (ours_latency)."""
    latency: dict[str, list[dict[str, object]]] = {name: [] for name in bins}
    names = list(bins)
    for r in range(rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            done = subprocess.run(
                [
                    str(bins[name] / "python"),
                    __file__,
                    "--latency",
                    str(indexes[name]),
                    str(qfile),
                    "--passes",
                    str(passes),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            latency[name].append(json.loads(done.stdout))
            x = latency[name][-1]
            print(
                f"round {r + 1}, {name}: query {x['p50_ms']} / {x['p95_ms']} ms"
                + (f", CPU {x['cpu_p50_ms']} / {x['cpu_p95_ms']} ms" if "cpu_p50_ms" in x else "")
                + f" (load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
    return latency


def latency_summary(latency: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    """Medians over the rounds of each side's figures, and after / before of each."""
    out: dict[str, object] = {}
    for name, runs in latency.items():
        side: dict[str, object] = {}
        for key in ("p50_ms", "p95_ms", "cpu_p50_ms", "cpu_p95_ms"):
            side[key] = round(statistics.median(float(x[key]) for x in runs), 3)  # type: ignore[arg-type]
        for key in ("p50_by_kind", "cpu_p50_by_kind"):
            kinds = runs[0][key]  # type: ignore[index]
            side[key] = {
                k: round(statistics.median(float(x[key][k]) for x in runs), 3)  # type: ignore[index]
                for k in kinds
            }  # type: ignore[union-attr]
        out[name] = side
    before, after = out["before"], out["after"]
    ratio: dict[str, object] = {
        k: round(after[k] / before[k], 3)  # type: ignore[index]
        for k in ("p50_ms", "p95_ms", "cpu_p50_ms", "cpu_p95_ms")
    }
    for key in ("p50_by_kind", "cpu_p50_by_kind"):
        ratio[key] = {k: round(after[key][k] / v, 3) for k, v in before[key].items()}  # type: ignore[index]
    out["after_over_before"] = ratio
    return out


def ab_latency(args: argparse.Namespace, work: Path) -> None:
    """Warm queries of two checkouts side by side (`--ab BEFORE AFTER`: folders each with its
    own .venv): each side's own index of the corpora without entities (built once, kept in
    `--keep DIR` and reused), the same seeded queries (made from the after side's index), and
    `--rounds` alternated rounds; medians over the rounds and their ratio."""
    bins = {name: Path(checkout) / ".venv" / "bin" for name, checkout in zip(("before", "after"), args.ab)}
    indexes = {name: work / name for name in bins}
    for name, folder in bins.items():
        if not (folder / "indexer").exists() or not (folder / "python").exists():
            raise SystemExit(f"bench: no .venv with indexer in {folder.parent.parent}: give a checkout with its venv")
        if not (indexes[name] / "indexer-manifest.json").exists():
            shutil.rmtree(indexes[name], ignore_errors=True)
            built = run_build([*args.corpus, "--index", str(indexes[name]), "--no-entities"], str(folder / "indexer"))
            print(f"{name}: built in {built['seconds']} s (CPU {built['cpu_seconds']} s)", flush=True)
    qfile = work / "queries.json"
    if not qfile.exists():
        made = subprocess.run(
            [str(bins["after"] / "python"), __file__, "--make-queries", str(indexes["after"]), str(args.queries)],
            capture_output=True,
            text=True,
            check=True,
        )
        qfile.write_text(made.stdout, encoding="utf-8")
    out: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "corpus": args.corpus,
        "checkouts": {"before": args.ab[0], "after": args.ab[1]},
        "rounds": args.rounds,
        "queries": len(json.loads(qfile.read_text(encoding="utf-8"))),
    }
    out["passes"] = args.passes
    out.update(latency_summary(latency_rounds(bins, indexes, qfile, args.rounds, args.passes)))
    print(json.dumps(out, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


def fts_build(docs: list[dict[str, object]], path: Path) -> tuple[sqlite3.Connection, float]:
    con = sqlite3.connect(path)
    con.execute("CREATE VIRTUAL TABLE para USING fts5(text, people, tokenize='porter unicode61')")
    start = time.perf_counter()
    with con:
        con.executemany(
            "INSERT INTO para(text, people) VALUES (?, ?)",
            ((str(d["text"]), " ; ".join(json.loads(str(d.get("tags") or "{}")).get("people", []))) for d in docs),
        )
    return con, time.perf_counter() - start


def fts_query(q: dict[str, object]) -> str:
    text = str(q.get("fts") or q["q"])
    expr = " ".join(f'"{w}"' for w in text.strip('"').split()) if not text.startswith('"') else text
    if "person" in q:
        expr = f'{expr} AND people:"{q["person"]}"'
    return expr


def fts_latency(con: sqlite3.Connection, queries: list[dict[str, object]]) -> dict[str, float]:
    times: list[float] = []
    for warm in (True, False):
        for q in queries:
            expr = fts_query(q)
            t = time.perf_counter()
            con.execute("SELECT count(*) FROM para WHERE para MATCH ?", (expr,)).fetchone()
            con.execute(
                "SELECT rowid, snippet(para, 0, '<em>', '</em>', '…', 32) FROM para WHERE para MATCH ? "
                "ORDER BY rank LIMIT 10",
                (expr,),
            ).fetchall()
            if not warm:
                times.append((time.perf_counter() - t) * 1000)
    return {"p50_ms": round(percentile(times, 50), 2), "p95_ms": round(percentile(times, 95), 2)}


def cold_start(index: Path, word: str, runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(
            [INDEXER, "search", word, "--index", str(index), "--limit", "3"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - t)
    return round(statistics.median(times), 3)


def queries_file_run(index: Path, queries: list[dict[str, object]]) -> float | None:
    help_text = subprocess.run([INDEXER, "search", "--help"], capture_output=True, text=True).stdout
    if "--queries" not in help_text:
        return None
    lines = "\n".join(str(q["q"]) for q in (queries * 2)[:1000]) + "\n"
    t = time.perf_counter()
    subprocess.run(
        [INDEXER, "search", "--queries", "-", "--index", str(index)],
        input=lines,
        text=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return round(time.perf_counter() - t, 2)


def run_parse(indexer: str, folder: str, extra: list[str], checkout: str = "") -> dict[str, object]:
    """One `indexer parse FOLDER --no-entities --jsonl` process: wall and CPU seconds (its whole
    process tree), pages (lines of JSON printed) and the SHA-1 of what it printed.

    `checkout`: the folder whose `indexer` package runs, put first on PYTHONPATH: a worktree's
    .venv is often a link to another checkout's, whose editable install would otherwise run
    that checkout's code on both sides."""
    import hashlib
    import resource

    env = dict(os.environ)
    if checkout:
        env["PYTHONPATH"] = str(Path(checkout).resolve())
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [indexer, "parse", folder, "--no-entities", "--jsonl", *extra], capture_output=True, check=False, env=env
    )
    seconds = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"bench: parse failed ({done.returncode}): {done.stderr.decode(errors='replace')[-500:]}")
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "pages": done.stdout.count(b"\n"),
        "sha1": hashlib.sha1(done.stdout).hexdigest(),
    }


def parse_speed(args: argparse.Namespace) -> None:
    """`--parse BEFORE AFTER`: `indexer parse` of each corpus folder by two checkouts (each with
    its .venv), alternated (before, after, after, before...) `--rounds` times so that the
    machine's load falls on both alike; medians over the rounds, pages a second by the median
    wall time, and whether both sides printed the same bytes in every round."""
    bins = {
        name: Path(checkout) / ".venv" / "bin" / "indexer" for name, checkout in zip(("before", "after"), args.parse)
    }
    for name, exe in bins.items():
        if not exe.exists():
            raise SystemExit(
                f"bench: no .venv with indexer in {exe.parent.parent.parent}: give a checkout with its venv"
            )
    checkouts = dict(zip(("before", "after"), args.parse))
    extra = {"before": [], "after": shlex.split(args.parse_args or "")}
    out: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "checkouts": {"before": args.parse[0], "after": args.parse[1]},
        "after_options": extra["after"],
        "rounds": args.rounds,
    }
    for folder in args.corpus:
        runs: dict[str, list[dict[str, object]]] = {"before": [], "after": []}
        for r in range(args.rounds):
            for name in ("before", "after") if r % 2 == 0 else ("after", "before"):
                runs[name].append(run_parse(str(bins[name]), folder, extra[name], checkouts[name]))
                x = runs[name][-1]
                print(
                    f"{folder}, round {r + 1}, {name}: {x['seconds']:.2f} s, CPU {x['cpu_seconds']:.2f} s "
                    f"(load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
        result: dict[str, object] = {}
        for name, side in runs.items():
            wall = statistics.median(float(x["seconds"]) for x in side)  # type: ignore[arg-type]
            pages = int(side[0]["pages"])  # type: ignore[call-overload]
            result[name] = {
                "seconds": round(wall, 2),
                "cpu_seconds": round(statistics.median(float(x["cpu_seconds"]) for x in side), 2),  # type: ignore[arg-type]
                "pages": pages,
                "pages_per_s": round(pages / wall, 1),
            }
        result["same_output"] = len({x["sha1"] for side in runs.values() for x in side}) == 1
        result["after_over_before"] = round(
            result["after"]["seconds"] / result["before"]["seconds"],  # type: ignore[index]
            3,
        )
        out[folder] = result
    print(json.dumps(out, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


def compare(args: argparse.Namespace, work: Path) -> None:
    """Before/after in one run: the build without entities and the warm queries of another
    installation (`--baseline BIN`: its `indexer` and `python`) and of this one, interleaved
    round by round so that the machine's load falls on both alike; medians over the rounds."""
    bins = {"before": Path(args.baseline), "after": BIN}
    for name, folder in bins.items():
        if not (folder / "indexer").exists() or not (folder / "python").exists():
            raise SystemExit(f"bench: no indexer and python in {folder}: give a venv's bin folder")
    builds: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for r in range(args.rounds):
        for name in ("before", "after") if r % 2 == 0 else ("after", "before"):
            index = work / name
            shutil.rmtree(index, ignore_errors=True)
            builds[name].append(
                run_build([*args.corpus, "--index", str(index), "--no-entities"], str(bins[name] / "indexer"))
            )
            print(
                f"round {r + 1}, {name}: build {builds[name][-1]['seconds']} s, "
                f"CPU {builds[name][-1]['cpu_seconds']} s",
                flush=True,
            )
    queries = make_queries(load_paragraphs(work / "after"), args.queries)
    qfile = work / "queries.json"
    qfile.write_text(json.dumps(queries), encoding="utf-8")
    latency = latency_rounds(bins, {name: work / name for name in bins}, qfile, args.rounds)
    out: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "corpus": args.corpus,
        "rounds": args.rounds,
        "queries": len(queries),
    }
    for name in ("before", "after"):
        out[name] = {
            "build_s": statistics.median(b["seconds"] for b in builds[name]),
            "build_cpu_s": statistics.median(b["cpu_seconds"] for b in builds[name]),
            "paragraphs_per_s": statistics.median(b["paragraphs_per_s"] for b in builds[name]),
            "paragraphs": builds[name][-1]["paragraphs"],
            "index_mb": folder_mb(work / name),
            "query_p50_ms": statistics.median(float(x["p50_ms"]) for x in latency[name]),  # type: ignore[arg-type]
            "query_p95_ms": statistics.median(float(x["p95_ms"]) for x in latency[name]),  # type: ignore[arg-type]
        }
    before, after = out["before"], out["after"]
    out["after_over_before"] = {
        k: round(after[k] / before[k], 3)
        for k in ("build_s", "build_cpu_s", "query_p50_ms", "query_p95_ms", "index_mb")  # type: ignore[index]
    }
    print(json.dumps(out, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="+", help="corpus folders (e.g. ../shared/corpus/bbc)")
    parser.add_argument("--queries", type=int, default=500, help="number of seeded queries [500]")
    parser.add_argument("--skip-entities", action="store_true", help="skip the build with entity tagging")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--keep", metavar="DIR", help="keep the indexes in DIR")
    parser.add_argument(
        "--baseline",
        metavar="BIN",
        help="compare with another installation (a venv's bin "
        "folder): builds without entities and warm queries of both, interleaved, side by side",
    )
    parser.add_argument("--rounds", type=int, default=2, help="rounds of each with --baseline or --ab [2]")
    parser.add_argument(
        "--ab",
        nargs=2,
        metavar=("BEFORE", "AFTER"),
        help="warm queries only, of two checkouts "
        "(folders each with its .venv), alternated --rounds times on each side's own index (built "
        "once into --keep DIR and reused)",
    )
    parser.add_argument(
        "--latency",
        nargs=2,
        metavar=("INDEX", "QUERIES"),
        help="warm queries of this interpreter's indexer on INDEX, the queries of the JSON file "
        "QUERIES (as --baseline and --ab make it): one line of JSON",
    )
    parser.add_argument(
        "--passes",
        type=int,
        default=1,
        help="timed passes of the queries in each --ab round; "
        "with more than one, each query's fastest pass counts (steadier on a loaded machine) [1]",
    )
    parser.add_argument(
        "--parse",
        nargs=2,
        metavar=("BEFORE", "AFTER"),
        help="parse speed only: `indexer parse FOLDER --no-entities --jsonl` of two checkouts "
        "(folders each with its .venv) on each corpus folder, alternated --rounds times",
    )
    parser.add_argument(
        "--parse-args",
        metavar="ARGS",
        help="more options for the after side's `indexer parse`, one string (--parse-args='--workers 1')",
    )
    parser.add_argument("--make-queries", nargs=2, metavar=("INDEX", "N"), help=argparse.SUPPRESS)
    if "--latency" in sys.argv:  # one side of --baseline or --ab: this interpreter's indexer, warm queries
        at = sys.argv.index("--latency")
        queries = json.loads(Path(sys.argv[at + 2]).read_text(encoding="utf-8"))
        passes = int(sys.argv[sys.argv.index("--passes") + 1]) if "--passes" in sys.argv else 1
        print(json.dumps(ours_latency(Path(sys.argv[at + 1]), queries, passes)))
        return
    if "--make-queries" in sys.argv:  # the seeded queries of an index, as JSON
        at = sys.argv.index("--make-queries")
        print(json.dumps(make_queries(load_paragraphs(Path(sys.argv[at + 1])), int(sys.argv[at + 2]))))
        return
    args = parser.parse_args()
    for c in args.corpus:
        if not Path(c).is_dir():
            raise SystemExit(f"bench: no corpus folder at {c}: give e.g. ../shared/corpus/bbc")

    if args.parse:
        parse_speed(args)
        return
    work = Path(args.keep or tempfile.mkdtemp(prefix="indexer-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.ab:
        ab_latency(args, work)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        return
    if args.baseline:
        compare(args, work)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        return
    plain, tagged = work / "plain", work / "tagged"
    for p in (plain, tagged):
        shutil.rmtree(p, ignore_errors=True)
    out: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "corpus": args.corpus,
    }
    print(f"machine: {out['machine']}; corpus: {' + '.join(args.corpus)}", flush=True)
    out["build_no_entities"] = run_build([*args.corpus, "--index", str(plain), "--no-entities"])
    out["build_no_entities"]["index_mb"] = folder_mb(plain)
    print("build, no entities:", out["build_no_entities"], flush=True)
    out["rebuild_no_change"] = run_build([*args.corpus, "--index", str(plain), "--no-entities"])
    print("no-change rebuild:", out["rebuild_no_change"], flush=True)
    index = plain
    if not args.skip_entities:
        out["build_entities"] = run_build([*args.corpus, "--index", str(tagged)])
        out["build_entities"]["index_mb"] = folder_mb(tagged)
        print("build, entities:", out["build_entities"], flush=True)
        index = tagged

    docs = load_paragraphs(index)
    queries = make_queries(docs, args.queries)
    out["queries"] = {
        k: sum(1 for q in queries if q["kind"] == k) for k in ("word", "and", "phrase", "person", "fuzzy")
    }
    out["ours_query"] = ours_latency(index, queries)
    print("indexer query (warm, library):", out["ours_query"], flush=True)
    con, fts_seconds = fts_build(docs, work / "fts.sqlite")
    out["fts5_build"] = {"seconds": round(fts_seconds, 2), "paragraphs_per_s": round(len(docs) / fts_seconds, 1)}
    out["fts5_query"] = fts_latency(con, queries)
    print("FTS5 build:", out["fts5_build"], "query:", out["fts5_query"], flush=True)
    word = str(next(q["q"] for q in queries if q["kind"] == "word"))
    out["cold_start_s"] = cold_start(index, word)
    print("cold start of `indexer search` (median of 20):", out["cold_start_s"], "s", flush=True)
    batch = queries_file_run(index, queries)
    if batch is not None:
        out["queries_1000_s"] = batch
        out["queries_1000_vs_cold_start"] = round(batch / out["cold_start_s"], 1)
        print(
            f"--queries with 1,000 queries: {batch} s = {out['queries_1000_vs_cold_start']}x one start-up", flush=True
        )
    ours, fts = out["ours_query"], out["fts5_query"]
    out["ratio_p50_ours_over_fts5"] = round(ours["p50_ms"] / max(fts["p50_ms"], 1e-6), 1)
    out["ratio_p95_ours_over_fts5"] = round(ours["p95_ms"] / max(fts["p95_ms"], 1e-6), 1)
    print(json.dumps(out, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
