"""eval.cv_errors: the block model's out-of-fold false keeps, read from a segmented page."""

from __future__ import annotations

from pathlib import Path

from eval import cv_errors, extraction
from indexer.models import BODY, BOILERPLATE, CAPTION, Paragraph


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
