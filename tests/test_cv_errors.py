"""eval.cv_errors: the block model's out-of-fold false keeps, read from a segmented page."""

from __future__ import annotations

from pathlib import Path

from eval import cv_errors, extraction
from indexer import blocks
from indexer.models import BODY, BOILERPLATE, BYLINE, CAPTION, Document, Paragraph


def _page(corpus: str, **truth: object) -> extraction.Page:
    return extraction.Page(corpus, "p1", "https://example.org/a", "example.org", Path("a.txt"), Path("a.html"), **truth)  # type: ignore[arg-type]


def test_wild_false_keeps_are_must_not_strings_in_indexed_paragraphs() -> None:
    paras = [
        Paragraph(1, BODY, "The council closed the bridge on Tuesday."),
        Paragraph(2, CAPTION, "The old bridge. Photo: Anna Berg"),
        Paragraph(3, BODY, "Share this  article with friends"),
        Paragraph(4, BOILERPLATE, "Subscribe to our newsletter"),
        Paragraph(5, BODY, "Ferries will run until spring."),
    ]
    page = _page("wild", with_=["closed the bridge"], without=["Photo: Anna Berg", "Share this article", "Subscribe"])
    found = cv_errors.page_errors(page, paras)
    # whitespace collapsed as the corpus compares; a dropped block is no false keep
    assert [(e["string"], e["kind"], e["place"]) for e in found] == [
        ("Photo: Anna Berg", CAPTION, "inside"),
        ("Share this article", BODY, "inside"),
    ]


def test_dev_false_keeps_are_kept_paragraphs_mostly_outside_the_true_body() -> None:
    body = "The council closed the old harbour bridge on Tuesday because its steel girders rust."
    paras = [
        Paragraph(1, BODY, "The council closed the old harbour bridge on Tuesday because its steel girders rust."),
        Paragraph(2, BODY, "Read our other stories about the harbour and the ferries here."),
        Paragraph(3, CAPTION, "A caption is not scored on this corpus at all."),
    ]
    found = cv_errors.page_errors(_page("dev", body=body), paras)
    assert [(e["text"][:10], e["place"]) for e in found] == [("Read our o", "inside")]
    assert 0 < found[0]["share"] < 1


def test_missing_fold_models_are_a_one_line_error(tmp_path: Path) -> None:
    assert cv_errors.main([str(tmp_path / "none.json"), str(tmp_path / "out.jsonl")]) == 2
    assert cv_errors.main([]) == 2


def test_wild_false_drops_are_must_have_strings_outside_the_indexed_text() -> None:
    paras = [
        Paragraph(1, BODY, "The council closed the bridge on Tuesday."),
        Paragraph(2, BOILERPLATE, "Ferries will run until spring,", "teaser list ('Related')"),
        Paragraph(3, BOILERPLATE, "the harbour master said.", "prose apart from the article text (block model)"),
        Paragraph(4, CAPTION, "The old bridge."),
    ]
    d = cv_errors.Decided(paras, [(BODY, "prose")] * 4, [None, None, 0.31, None])
    page = _page("wild", with_=["closed the bridge", "spring, the harbour", "The old bridge.", "not on the page"])
    found = cv_errors.page_drops(page, d)
    # an indexed string is no drop; a string over two blocks names both; one in no block says so
    assert [(e["string"], e["reason"][:14], e["blocks"]) for e in found] == [
        ("spring, the harbour", "teaser list ('", 2),
        ("not on the page", "not in the dum", 0),
    ]
    first = found[0]
    assert (first["place"], first["rule_reason"], first["prob"]) == ("after", "prose", None)
    assert [(o["block"], o["prob"]) for o in first["others"]] == [(2, 0.31)]


def test_dev_false_drops_are_dropped_paragraphs_mostly_inside_the_true_body() -> None:
    body = "The council closed the old harbour bridge on Tuesday. Ferries will run until the spring thaw."
    paras = [
        Paragraph(1, BODY, "The council closed the old harbour bridge on Tuesday."),
        Paragraph(2, BOILERPLATE, "Ferries will run until the spring thaw.", "start of the page tail"),
        Paragraph(3, BOILERPLATE, "Read our other stories about the harbour here."),
        Paragraph(4, BYLINE, "By Ann Lee"),  # under 4 tokens: no shingle to score
    ]
    d = cv_errors.Decided(paras, [(BODY, "")] * 4, [None] * 4)
    found = cv_errors.page_drops(_page("dev", body=body), d)
    assert [(e["text"][:7], e["place"], e["inside"]) for e in found] == [("Ferries", "after", 1.0)]


def test_decide_keeps_the_rules_verdicts_and_the_models_probabilities() -> None:
    text = "Harbour news\n\nThe council closed the old harbour bridge on Tuesday, and the ferries run again.\n\nShare\n"
    doc = Document(id="a", path="a.txt", content_hash="", text=text)
    d = cv_errors.decide(doc, blocks.default_model())
    assert len(d.paras) == len(d.rules) == len(d.probs)
