"""The extraction evaluation script (eval/extraction.py): the benchmark's metric and its CLI."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from eval import extraction

REPO = Path(__file__).resolve().parents[1]

BODY_TEXT = (
    "The city council voted on Tuesday to close the old harbour bridge for repairs, a decision that "
    "will force thousands of commuters onto ferries for most of next year.\n\n"
    "Engineers said the steel supports had corroded faster than expected and that the deck could no "
    "longer carry buses, according to a report published by the council last month."
)


def test_shingles_are_4_token_multisets_of_unicode_words() -> None:
    sh = extraction.shingles("a b c d a b c d")
    assert sh[("a", "b", "c", "d")] == 2 and sum(sh.values()) == 5
    assert extraction.shingles("Über die Brücke, sagte sie") == extraction.shingles("Über die Brücke sagte sie")
    assert not extraction.shingles("too short text")


def test_score_page_matches_the_benchmark_definition() -> None:
    same = extraction.score_page("p", "one two three four five", "one two three four five")
    assert (same.precision, same.recall, same.f1) == (1.0, 1.0, 1.0)
    both_empty = extraction.score_page("p", "", "")
    assert (both_empty.precision, both_empty.recall) == (1.0, 1.0)
    nothing_predicted = extraction.score_page("p", "", "one two three four five")
    assert (nothing_predicted.precision, nothing_predicted.recall) == (0.0, 0.0)
    # predicted 2 shingles, 1 right; truth has 3 shingles -> tp=1, fp=1, fn=2
    partial = extraction.score_page("p", "a b c d x", "a b c d e f")
    assert partial.precision == pytest.approx(0.5)
    assert partial.recall == pytest.approx(1 / 3)


def test_summary_means_over_pages_then_f1() -> None:
    scores = [extraction.PageScore("a", 1.0, 0.5), extraction.PageScore("b", 0.5, 0.5)]
    s = extraction.summarise(scores)
    assert s["precision"] == 0.75 and s["recall"] == 0.5
    assert s["f1"] == pytest.approx(round(2 * 0.75 * 0.5 / 1.25, 4))


def make_corpus(root: Path, with_html: bool = True) -> Path:
    (root / "pages_txt").mkdir(parents=True)
    (root / "html").mkdir()
    truth = {}
    for page_id in ("aaa", "bbb"):
        dump = "\n\n".join(["Bridge to close - Gazette", "Home\nNews\nSport\nWeather", "Bridge to close",
                            BODY_TEXT, "Related stories\nOne thing\nAnother thing", "\u00a9 2022 Gazette"])
        (root / "pages_txt" / f"{page_id}.txt").write_text(dump, encoding="utf-8")
        if with_html:
            paras = "".join(f"<p>{p}</p>" for p in BODY_TEXT.split("\n\n"))
            html = ("<html><head><title>Bridge to close</title></head><body><article>"
                    f"<h1>Bridge to close</h1>{paras}</article></body></html>")
            (root / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode()))
        truth[page_id] = {"articleBody": BODY_TEXT, "url": f"https://example.org/{page_id}"}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


def test_json_summary_on_a_small_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = make_corpus(tmp_path / "c", with_html=False)
    assert extraction.main(["--corpus", str(corpus), "--json", "--format", "txt"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema_version"] == 1
    txt = doc["formats"]["txt"]
    assert txt["all"] == {"pages": 2, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert txt["tune"]["pages"] == 1 and txt["held_out"]["pages"] == 1
    assert [w["id"] for w in txt["worst"]] == ["aaa", "bbb"]


def test_text_report_prints_both_formats_and_worst_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    corpus = make_corpus(tmp_path / "c")
    assert extraction.main(["--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "== txt (2 pages" in out and "== html (2 pages" in out
    assert "held_out" in out and "ten worst pages:" in out and "F1=1.000" in out


def test_truncated_html_page_scores_zero_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    corpus = make_corpus(tmp_path / "c")
    gz = corpus / "html" / "bbb.html.gz"
    gz.write_bytes(gz.read_bytes()[:40])
    assert extraction.main(["--corpus", str(corpus), "--json", "--format", "html"]) == 0
    captured = capsys.readouterr()
    assert "bbb.html.gz: truncated or corrupt gzip file" in captured.err
    worst = json.loads(captured.out)["formats"]["html"]["worst"][0]
    assert worst["id"] == "bbb" and worst["f1"] == 0.0


def test_missing_corpus_exits_with_a_clear_message(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "eval.extraction", "--corpus", str(tmp_path / "nope")],
        cwd=REPO, capture_output=True, text=True,
    )
    assert out.returncode == 1
    assert out.stdout == ""
    assert "no extraction corpus at" in out.stderr and "--corpus" in out.stderr
    assert "Traceback" not in out.stderr


def test_default_corpus_is_beside_the_repo() -> None:
    expected = REPO.parent / "shared" / "corpus" / "extraction-dev"
    assert expected == extraction.DEFAULT_CORPUS
