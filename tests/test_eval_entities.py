"""The evaluation script: scoring arithmetic, gold files, skipping without the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval import entities as ev

REPO = Path(__file__).resolve().parent.parent


def test_normalise_ignores_case_the_and_possessive() -> None:
    assert ev.normalise("The New  York Times") == ev.normalise("new york times")
    assert ev.normalise("Joe Biden's") == "joe biden"
    assert ev.normalise("Theresa May") == "theresa may"  # "the" only as a whole word


def test_counts_are_micro_averaged_over_paragraphs() -> None:
    c = ev.Counts()
    c.add({"a", "b"}, {"a"})  # tp 1, fp 1
    c.add(set(), {"c", "d"})  # fn 2
    c.add({"e"}, {"e"})  # tp 1
    s = c.scores()
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 2)
    assert s["precision"] == pytest.approx(0.667, abs=1e-3)
    assert s["recall"] == pytest.approx(0.5)
    assert s["f1"] == pytest.approx(0.571, abs=1e-3)


def test_empty_field_scores_one_not_zero_division() -> None:
    assert ev.Counts().scores()["f1"] == 1.0


def test_shipped_gold_covers_every_indexed_paragraph_of_the_source() -> None:
    gold = json.loads((REPO / "eval/gold/rferl-uyghur-diaspora-2021.json").read_text("utf-8"))
    source = (REPO / gold["source"]).read_text("utf-8")
    kinds = [p["kind"] for p in gold["paragraphs"]]
    assert (kinds.count("title"), kinds.count("heading"), kinds.count("caption")) == (1, 2, 4)
    for p in gold["paragraphs"]:
        assert p["text"] in source
        assert set(ev.FIELDS) <= set(p)
        assert set(p["speakers"]) <= set(p["people"]) | set(p["orgs"])


def test_corpus_gold_is_well_formed() -> None:
    gold = json.loads((REPO / "eval/gold/corpus.json").read_text("utf-8"))
    paras = [p for item in gold["items"] for p in item["paragraphs"]]
    assert len(paras) >= 20
    for p in paras:
        assert p["text"].strip() and all(isinstance(p[f], list) for f in gold["fields"])


def test_missing_corpus_is_skipped_with_a_message(tmp_path: Path) -> None:
    reports, messages = ev.run(corpus=tmp_path / "no-corpus", held_out=True)
    assert [r.name.split()[0] for r in reports] == ["shipped"]
    assert len(messages) == 2 and all("skipped" in m and "no-corpus" in m for m in messages)


def test_held_out_gold_only_when_asked(tmp_path: Path) -> None:
    # A tuning run must not show the held-out sources' figures (nor even read their gold).
    _, messages = ev.run(corpus=tmp_path / "no-corpus")
    assert len(messages) == 1 and "corpus.json" in messages[0] and "heldout" not in messages[0]


def test_shipped_article_meets_the_targets(tmp_path: Path) -> None:
    (shipped,), _ = ev.run(corpus=tmp_path / "no-corpus")
    scores = {f: c.scores() for f, c in shipped.counts.items()}
    for f in ("people", "orgs", "places"):
        assert scores[f]["f1"] >= 0.90, (f, scores[f])
    assert shipped.exact_speakers == shipped.quoted_paragraphs == 5


def test_json_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert ev.main(["--json", "--corpus", str(tmp_path / "none")]) == 0
    out = capsys.readouterr()
    doc = json.loads(out.out)
    assert doc["schema_version"] == 1
    assert set(doc["reports"][0]["fields"]) == set(ev.FIELDS)
    assert "skipped" in out.err
