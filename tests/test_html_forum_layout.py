"""A forum thread saved as HTML whose posts' class names a layout (WoltLab Burning Board's
"message messageSidebarOrientationLeft": the poster's panel on the left) keeps its posts: the
class names no sidebar (`htmlchrome._STATE_CLASS`). Trial 39's angling forum (eval/trials,
written blind) lost all seven posts in HTML as "in a box named 'sidebar'"."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from indexer import segment
from indexer.models import INDEXED_KINDS
from tests.helpers import html_document

TRIAL = Path(__file__).parent.parent / "eval" / "trials" / "trial39"
KEY = "58e6bf6847ef0749"


@pytest.mark.skipif(not (TRIAL / "html" / f"{KEY}.html.gz").exists(), reason="trial 39 not in this checkout")
def test_a_woltlab_threads_posts_are_text() -> None:
    data = gzip.decompress((TRIAL / "html" / f"{KEY}.html.gz").read_bytes())
    art = segment.segment(html_document(data, "thread.html"))
    kept = " ".join(" ".join(p.text.split()) for p in art.paragraphs if p.kind in INDEXED_KINDS)
    expected = json.loads((TRIAL / "expected.json").read_text(encoding="utf-8"))[KEY]
    for text in expected["with"]:
        assert text in kept
    assert not any(p.reason.startswith("in a box named 'sidebar'") for p in art.paragraphs)
