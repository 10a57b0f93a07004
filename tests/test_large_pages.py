"""A very large page (a new user's try: a 12.5 MB text dump, the corpus's pages joined) is read in
time linear in its blocks, and a build says it has started before it reads the first page: the
dump took four minutes to read with nothing said, its comment headers each scanning the rest of
the page (`blocks.posts_end`, now over one `PostIndex` a page)."""

from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace

import pytest

from indexer import blocks as B
from indexer import pipeline


def _block(kind: str, rng: random.Random) -> SimpleNamespace:
    """A block of one of three shapes: a paragraph, a post's closing line, a comment header."""
    if kind == "p":
        text = "The council said the bridge would close for repairs next year, officials told us."
        return SimpleNamespace(text=text, low=text.lower(), lines=[text], words=14, sentence_end=True, signal="")
    text = rng.choice(["Share Improve this answer Follow", "Reply Report", "3 Answers", "Add a comment", "Votes 12"])
    return SimpleNamespace(
        text=text, low=text.lower(), lines=[text], words=len(text.split()), sentence_end=False, signal=""
    )


def _posts_end_by_scanning(blocks: list[SimpleNamespace], i: int) -> int:
    """The rule as `posts_end` wrote it before the index: each header scans the rest of the page."""
    last = next((j for j in range(i - 1, -1, -1) if B._paragraph(blocks[j])), -1)
    if last < 0:
        return -1
    closing = {k for b in blocks[last + 1 : min(i, last + 1 + B.POST_LINE_REACH)] if (k := B._post_line(b))}
    end, since = -1, B.POST_LINE_REACH
    for j in range(i + 1, len(blocks) if closing else 0):
        since = 0 if B._paragraph(blocks[j]) else since + 1
        if 0 < since <= B.POST_LINE_REACH and B._post_line(blocks[j]) in closing:
            end = j
    return end


@pytest.mark.parametrize("seed", range(20))
def test_the_index_finds_where_posts_end_as_scanning_did(seed: int) -> None:
    rng = random.Random(seed)
    blocks = [_block(rng.choice("ppx"), rng) for _ in range(rng.randint(5, 60))]
    index = B.PostIndex.of(blocks)
    for i in range(len(blocks)):
        assert B.posts_end(blocks, i, index) == _posts_end_by_scanning(blocks, i), (seed, i)


def test_a_build_says_it_started_before_it_reads_the_first_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(
        "Bridge to close\n\nThe council voted to close the bridge.\n", encoding="utf-8"
    )
    events: list[str] = []
    parse = pipeline._parse_or_error

    def parsing(ref, repeats=None):  # type: ignore[no-untyped-def]
        events.append("read")
        return parse(ref, repeats)

    monkeypatch.setattr(pipeline, "_parse_or_error", parsing)
    pipeline.build(
        [str(tmp_path / "news")], str(tmp_path / "idx"), entities=False, progress=lambda *a: events.append("said")
    )
    assert events[:2] == ["said", "read"]
