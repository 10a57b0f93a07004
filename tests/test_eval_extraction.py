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
    """A two-site extraction-dev-like corpus: example.net (a tuning site) and example.org
    (held out: sha1("example.org") % 5 == 0)."""
    assert not extraction.is_held_out("example.net") and extraction.is_held_out("example.org")
    (root / "pages_txt").mkdir(parents=True)
    (root / "html").mkdir()
    truth = {}
    for page_id, site in (("aaa", "www.example.net"), ("bbb", "example.net"), ("ccc", "example.org")):
        dump = "\n\n".join(
            [
                "Bridge to close - Gazette",
                "Home\nNews\nSport\nWeather",
                "Bridge to close",
                BODY_TEXT,
                "Related stories\nOne thing\nAnother thing",
                "\u00a9 2022 Gazette",
            ]
        )
        (root / "pages_txt" / f"{page_id}.txt").write_text(dump, encoding="utf-8")
        if with_html:
            paras = "".join(f"<p>{p}</p>" for p in BODY_TEXT.split("\n\n"))
            html = (
                "<html><head><title>Bridge to close</title></head><body><article>"
                f"<h1>Bridge to close</h1>{paras}</article></body></html>"
            )
            (root / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode()))
        truth[page_id] = {"articleBody": BODY_TEXT, "url": f"https://{site}/{page_id}"}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


def make_wild_corpus(root: Path) -> Path:
    """An extraction-wild-like corpus: one page with must-have / must-not-have strings."""
    (root / "pages_txt").mkdir(parents=True)
    (root / "html").mkdir()
    dump = "\n\n".join(["Home\nNews\nSport\nWeather", "Bridge to close", BODY_TEXT, "\u00a9 2022 Gazette"])
    (root / "pages_txt" / "k1.txt").write_text(dump, encoding="utf-8")
    expected = {
        "k1": {
            "url": "https://example.net/k1",
            "with": ["force thousands of   commuters", "steel supports had corroded"],
            "without": ["2022 Gazette", "Sport"],
        }
    }
    (root / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    return root


def test_host_rule_and_grouped_folds() -> None:
    assert extraction.host_of("https://WWW.Example.org:8080/a?b") == "example.org"
    assert extraction.host_of("hard::site.com-page.html") == ""
    assert extraction.cv_fold("example.net") == extraction.cv_fold("example.net")
    assert {extraction.cv_fold(f"site{i}.com") for i in range(50)} == set(range(extraction.CV_FOLDS))


def test_string_scoring_counts_with_and_without() -> None:
    s = extraction.score_strings("k", "a  b\nc d", ["a b c", "zzz"], ["c d", "nope"])
    assert (s.tp, s.fn, s.fp, s.tn) == (1, 1, 1, 1)
    total = extraction.summarise_counts([s, extraction.PageScore("x", 1, 1, tp=3, fp=0, fn=0)])
    assert total["precision"] == 0.8 and total["recall"] == 0.8 and total["f1"] == 0.8


def test_json_summary_on_a_small_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = make_corpus(tmp_path / "c", with_html=False)
    assert extraction.main(["--corpus", str(corpus), "--json", "--format", "txt", "--no-cv"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema_version"] == 2
    res = doc["corpora"][0]
    assert res["kind"] == "dev" and res["tune_pages"] == 2 and res["sites"] == 1
    txt = res["txt"]
    assert txt["tune"] == {"pages": 2, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert "held_out" not in txt  # only when asked for
    assert [w["id"] for w in txt["worst"]] == ["aaa", "bbb"]  # never a held-out page


def test_held_out_only_when_asked_and_only_as_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = make_corpus(tmp_path / "c", with_html=False)
    assert extraction.main(["--corpus", str(corpus), "--json", "--format", "txt", "--no-cv", "--held-out"]) == 0
    txt = json.loads(capsys.readouterr().out)["corpora"][0]["txt"]
    assert txt["held_out"]["pages"] == 1
    assert "ccc" not in json.dumps(txt["worst"])
    with pytest.raises(SystemExit, match="held-out page"):
        extraction.main(["--corpus", str(corpus), "--format", "txt", "--show", "ccc"])


def test_held_out_reports_the_hard_pages_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # trafilatura's "hard::" pages have no host, so all of them are held out; --held-out gives
    # them, and the held-out sites, a line each besides the whole held-out part
    corpus = make_wild_corpus(tmp_path / "w")
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    (corpus / "pages_txt" / "k2.txt").write_text(BODY_TEXT, encoding="utf-8")
    expected["k2"] = {"url": "hard::example.net-bridge.html", "with": ["steel supports had corroded"], "without": []}
    (corpus / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    assert extraction.main(["--corpus", str(corpus), "--json", "--format", "txt", "--no-cv", "--held-out"]) == 0
    txt = json.loads(capsys.readouterr().out)["corpora"][0]["txt"]
    assert txt["tune"]["pages"] == 1 and txt["held_out"]["pages"] == 1
    assert txt["held_out_hard"] == txt["held_out"] and txt["held_out_sites"]["pages"] == 0


def test_wild_corpus_is_scored_by_strings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = make_wild_corpus(tmp_path / "w")
    assert extraction.main(["--corpus", str(corpus), "--json", "--format", "txt", "--no-cv"]) == 0
    res = json.loads(capsys.readouterr().out)["corpora"][0]
    assert res["kind"] == "wild"
    assert res["txt"]["tune"] == {"pages": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 2, "fp": 0, "fn": 0}


def test_text_report_prints_both_formats_and_worst_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    corpus = make_corpus(tmp_path / "c")
    assert extraction.main(["--corpus", str(corpus), "--no-cv"]) == 0
    out = capsys.readouterr().out
    assert "== txt" in out and "== html" in out and "(dev: 3 pages, 2 for tuning from 1 sites)" in out
    assert "held_out" not in out and "ten worst tuning pages:" in out and "F1=1.000" in out


def test_truncated_html_page_scores_zero_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    corpus = make_corpus(tmp_path / "c")
    gz = corpus / "html" / "bbb.html.gz"
    gz.write_bytes(gz.read_bytes()[:40])
    assert extraction.main(["--corpus", str(corpus), "--json", "--format", "html", "--no-cv"]) == 0
    captured = capsys.readouterr()
    assert "bbb.html.gz: truncated or corrupt gzip file" in captured.err
    worst = json.loads(captured.out)["corpora"][0]["html"]["worst"][0]
    assert worst["id"] == "bbb" and worst["f1"] == 0.0


def test_missing_corpus_exits_with_a_clear_message(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "eval.extraction", "--corpus", str(tmp_path / "nope")],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1
    assert out.stdout == ""
    assert "no extraction corpus at" in out.stderr and "--corpus" in out.stderr
    assert "Traceback" not in out.stderr


def test_default_corpora_are_beside_the_repo() -> None:
    assert extraction.DEFAULT_CORPUS == REPO.parent / "shared" / "corpus" / "extraction-dev"
    assert extraction.WILD_CORPUS == REPO.parent / "shared" / "corpus" / "extraction-wild"


def test_html_pages_are_also_scored_with_trafilatura_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # trafilatura.extract with its defaults keeps reader comments (include_comments=True); our
    # pipeline does not: the peer line and the page count say so, and --show marks the string.
    pytest.importorskip("trafilatura")
    corpus = make_wild_corpus(tmp_path / "w")
    comment = "I drove over that bridge every day for twenty years and it always felt shaky to me."
    paras = "".join(f"<p>{p}</p>" for p in BODY_TEXT.split("\n\n"))
    html = (
        "<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>"
        f"{paras}</article><div id='comments' class='comments'><h3>2 comments</h3><ul>"
        f"<li class='comment'><p>{comment}</p></li></ul></div></body></html>"
    )
    (corpus / "html" / "k1.html.gz").write_bytes(gzip.compress(html.encode()))
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    expected["k1"]["without"].append("it always felt shaky")
    (corpus / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    assert extraction.main(["--corpus", str(corpus), "--json", "--format", "html", "--no-cv"]) == 0
    res = json.loads(capsys.readouterr().out)["corpora"][0]["html"]
    assert (res["tune"]["tp"], res["tune"]["fp"]) == (2, 0)
    assert (res["trafilatura"]["tp"], res["trafilatura"]["fp"]) == (2, 1)
    assert res["versus_trafilatura"] == {"better": 1, "worse": 0, "same": 0}
    assert extraction.main(["--corpus", str(corpus), "--format", "html", "--show", "k1"]) == 0
    assert "  ok   without   - 'it always felt shaky'" in capsys.readouterr().out


def test_trial_base_figures_are_read_back_from_what_the_base_prints(tmp_path: Path) -> None:
    """eval.trial --base runs another checkout's `python -m eval.trial` and reads its lines
    (the format `line` prints); a base that fails or prints none is an error, not a zero."""
    from eval import trial

    figures = {"pages": 3, "precision": 0.5, "recall": 1.0, "f1": 2 / 3}
    base = tmp_path / "base"
    (base / "eval").mkdir(parents=True)
    (base / "eval" / "__init__.py").write_text("")
    printed = "\n".join(trial.line(fmt, figures) for fmt in ("txt", "html"))
    (base / "eval" / "trial.py").write_text(f"print({printed!r})\n")
    assert trial.base_score(base, tmp_path) == {"txt": (0.5, 1.0, 0.667), "html": (0.5, 1.0, 0.667)}
    (base / "eval" / "trial.py").write_text("raise SystemExit('no such folder')\n")
    with pytest.raises(RuntimeError, match="no such folder"):
        trial.base_score(base, tmp_path)


def test_every_trial_set_is_found_in_name_order() -> None:
    from eval import trial

    found = trial.all_trials()
    assert found == sorted(found) and all((d / "expected.json").is_file() for d in found)
    assert {"trial26", "trial47"} <= {d.name for d in found}
