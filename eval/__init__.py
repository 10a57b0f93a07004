"""Evaluation scripts (run from the repo root, e.g. `python -m eval.extraction`)."""
