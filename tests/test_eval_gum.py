"""The GUM evaluation: split rule, scoring with the corpus's own scorer, and the pipeline against
the raw model on every field (skipped without ../shared/corpus/entities-gum)."""

from __future__ import annotations

import hashlib
import json

import pytest

from eval import gum
from tests.conftest import corpus_dir


def test_heldout_rule_is_sha1_of_the_stem_mod_4() -> None:
    for stem in ("GUM_bio_bernoulli", "GUM_news_clock", "x"):
        assert gum.is_heldout(stem) == (int(hashlib.sha1(stem.encode()).hexdigest(), 16) % 4 == 0)


def test_splits_partition_the_documents() -> None:
    corpus_dir("entities-gum")
    tuning, held, every = (gum.documents(s) for s in ("tuning", "heldout", "all"))
    assert sorted(tuning + held) == every and not set(tuning) & set(held)
    assert all(gum.is_heldout(f.stem) for f in held) and len(every) == 80
    with pytest.raises(ValueError, match="unknown split"):
        gum.documents("test")


def test_scoring_counts_one_hit_per_gold_entity() -> None:
    corpus_dir("entities-gum")
    (path,) = [f for f in gum.documents("all") if f.stem == "GUM_bio_bernoulli"]
    gold = json.loads((gum.GUM / "gold_dev.json").read_text("utf-8"))["docs"][path.stem]
    sc = gum.scorer()
    blocks = sc.txt_blocks(str(path))
    # A perfect prediction: each gold paragraph's own names (title block without gold: empty).
    paras = [
        {"paragraph": i + 1, "kind": "body", "indexed": True, "text": b, "people": [], "orgs": [], "places": []}
        for i, b in enumerate(blocks)
    ]
    gi = 0
    for p in paras:
        if gi < len(gold["paragraphs"]) and sc.norm_text(p["text"]).startswith(
            sc.norm_text(gold["paragraphs"][gi]["text_prefix"])
        ):
            for f in ("people", "orgs", "places"):
                p[f] = list(gold["paragraphs"][gi][f])
            gi += 1
    rec = {"article": {"id": path.name, "path": str(path)}, "paragraphs": paras}
    metrics, _ = gum.score([rec], [path])
    assert metrics["all/strict"]["F1"] == 1.0 and metrics["all/strict"]["fp"] == 0
    for p in paras:  # one gold entity tagged twice: one hit, one false positive
        p["people"] = p["people"] + [n.upper() for n in p["people"][:1]]
    metrics, _ = gum.score([rec], [path])
    assert metrics["people/lenient"]["fp"] == sum(1 for p in paras if p["people"]) > 0


def test_pipeline_never_scores_below_the_raw_model_on_any_field() -> None:
    """All 80 GUM documents, every field, lenient and strict: the rules and linking must add to
    the raw en_core_web_sm NER, never take away (issue 12). ~10 s: both systems tag 80 documents."""
    corpus_dir("entities-gum")
    res = gum.compare("all")
    raw, ours = res["systems"]["raw"], res["systems"]["indexer"]
    worse = {k: (raw[k]["F1"], ours[k]["F1"]) for k in raw if ours[k]["F1"] < raw[k]["F1"]}
    assert not worse, worse
