#!/bin/sh
# Warm query latency of two checkouts side by side, alternated round by round (bench/run.py --ab).
#
#   bench/latency_ab.sh BEFORE AFTER [ROUNDS] [KEEP]
#
# BEFORE, AFTER: checkouts, each with its own .venv (python3 -m venv .venv && .venv/bin/pip install -e .),
# e.g. a worktree of the release before the analysis chain: git worktree add /tmp/base 75f4612.
# Each side builds its own index of BBC + Reuters without entities into KEEP (default
# /tmp/indexer-latency-ab) once, and reuses it on the next run; the seeded queries are made from
# the after side's index. PASSES=N (default 1) times each query N times and keeps its fastest
# (steadier on a loaded machine). Prints each round (wall and CPU p50 / p95 in ms), then the
# medians over the rounds and after / before as JSON.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 BEFORE AFTER [ROUNDS] [KEEP]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
corpus=${CORPUS:-$here/../../shared/corpus}
exec "$2/.venv/bin/python" "$here/run.py" "$corpus/bbc" "$corpus/reuters21578" --ab "$1" "$2" \
    --rounds "${3:-6}" --keep "${4:-/tmp/indexer-latency-ab}" --passes "${PASSES:-1}"
