"""Gzipped articles of every type indexer reads (`a.txt.gz`, `b.md.gz`, `c.html.gz`): read as
their name without the ".gz" says, once unpacked, bounded by the limit on a plain file; a
corrupt one is the usual one-line error, and the rest of its folder is indexed. `a.txt` and
`a.txt.gz` in one folder are two articles of two ids."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from indexer import sources
from tests.conftest import invoke
from tests.helpers import article_html

TEXT = "Bridge closes for repairs\n\nThe council closed the old harbour bridge on Tuesday for repairs.\n"
OTHER = "Ferry timetable changes\n\nFerries across the harbour will run every hour from Monday.\n"
CUT = "truncated or corrupt gzip file (Compressed file ended before the end-of-stream marker was reached)"


def _folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(TEXT, encoding="utf-8")
    (news / "a.txt.gz").write_bytes(gzip.compress(OTHER.encode(), mtime=0))
    md = "# Flood warning\n\nThe [river](https://example.org/river) rose two metres on Monday night.\n"
    (news / "b.md.gz").write_bytes(gzip.compress(md.encode(), mtime=0))
    body = "".join(f"<p>{s} The storm felled trees across the county on Sunday night.</p>" for s in ("First.", "Then."))
    (news / "c.html.gz").write_bytes(gzip.compress(article_html(body, "Storm fells trees"), mtime=0))
    return news


def _records(*args: str) -> dict[str, dict]:
    code, out, err = invoke("parse", *args, "--no-entities", "--jsonl")
    assert code == 0, err
    return {(r := json.loads(line))["article"]["id"]: r for line in out.splitlines()}


def test_every_gzipped_type_is_read_as_its_inner_name_says(tmp_path: Path) -> None:
    news = _folder(tmp_path)
    records = _records(str(news))
    assert sorted(records) == ["news/a.txt", "news/a.txt.gz", "news/b.md.gz", "news/c.html.gz"]
    texts = {aid: [p["text"] for p in r["paragraphs"]] for aid, r in records.items()}
    assert texts["news/a.txt.gz"] == ["Ferry timetable changes", OTHER.split("\n\n")[1].strip()]
    assert "The river rose two metres on Monday night." in texts["news/b.md.gz"]  # Markdown reduced
    assert records["news/c.html.gz"]["article"]["title"] == "Storm fells trees"


def test_a_gzipped_text_parses_as_the_text_itself(tmp_path: Path) -> None:
    plain, packed = tmp_path / "x.txt", tmp_path / "y.txt.gz"
    plain.write_text(TEXT, encoding="utf-8")
    packed.write_bytes(gzip.compress(TEXT.encode()))
    (one,), (two,) = _records(str(plain)).values(), _records(str(packed)).values()
    assert one["paragraphs"] == two["paragraphs"] and one["article"]["title"] == two["article"]["title"]


def test_a_build_indexes_them_and_search_finds_their_words(tmp_path: Path) -> None:
    news, idx = _folder(tmp_path), tmp_path / "idx"
    code, _, err = invoke("build", str(news), "--index", str(idx), "--no-entities")
    assert code == 0, err
    assert err.splitlines()[-1].startswith(f"index at {idx}: 4 articles, ") and "other files" not in err
    code, out, _ = invoke("search", "ferries", "--index", str(idx), "--json")
    assert code == 0 and {h["article_id"] for h in json.loads(out)["hits"]} == {"news/a.txt.gz"}


def test_a_corrupt_gz_is_one_line_and_the_rest_of_the_folder_is_indexed(tmp_path: Path) -> None:
    news, idx = _folder(tmp_path), tmp_path / "idx"
    cut = gzip.compress(TEXT.encode() * 50)
    (news / "cut.txt.gz").write_bytes(cut[: len(cut) // 2])
    code, _, err = invoke("build", str(news), "--index", str(idx), "--no-entities")
    assert code == 0 and "Traceback" not in err
    warning = f"indexer: warning: skipped {news}/cut.txt.gz: {CUT}; re-download or re-save the file"
    assert warning in err.splitlines()
    assert err.splitlines()[-1].startswith(f"index at {idx}: 4 articles, ")
    # named on its own: an error, exit 2, the same line
    for command in (["build", f"{news}/cut.txt.gz", "--index", str(tmp_path / "i2")], ["parse", f"{news}/cut.txt.gz"]):
        code, _, err = invoke(*command, "--no-entities")
        assert (code, err.strip()) == (2, f"indexer: error: {news}/cut.txt.gz: {CUT}; re-download or re-save the file")


def test_a_gz_that_expands_past_the_file_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 1024 * 1024)  # 1 MB: the test writes little
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"word " * 300_000))  # 1.5 MB unpacked, ~5 KB packed
    code, _, err = invoke("parse", str(bomb), "--no-entities")
    said = f"indexer: error: file too large: {bomb} expands to more than 1 MB uncompressed (the limit): leave it out"
    assert (code, err.strip()) == (2, said)


def test_a_gz_name_of_plain_bytes_is_read_as_they_are(tmp_path: Path) -> None:
    (tmp_path / "plain.txt.gz").write_text(TEXT, encoding="utf-8")
    (record,) = _records(str(tmp_path / "plain.txt.gz")).values()
    assert record["article"]["title"] == "Bridge closes for repairs"
    # ... and said to be so, as a plain ".html.gz" is (a new user's fake.txt.gz: no word of it)
    code, _, err = invoke("parse", str(tmp_path / "plain.txt.gz"))
    assert code == 0 and "plain.txt.gz: not gzip-compressed; read as it is" in err


def test_unpacked_name_drops_only_a_trailing_gz() -> None:
    assert sources.unpacked_name("News/A.TXT.GZ") == "news/a.txt"
    assert sources.unpacked_name("a.txt") == "a.txt"
    assert sources.is_supported(Path("a.md.gz")) and sources.is_supported(Path("p.mhtml.gz"))
    assert not sources.is_supported(Path("notes.xml.gz"))
