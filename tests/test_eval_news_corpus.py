"""eval.news_corpus: the third extraction corpus is built deterministically, in extraction-dev's
layout, without repeated pages or pages already in the shared corpora."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

from eval import extraction, news_corpus


def _files() -> dict[str, bytes]:
    page = b"<html><body><nav>Home News</nav><p>The council met on Monday.</p></body></html>"
    return {
        "html/a.html": page,
        "txt/a.txt": "The council met on Monday.".encode(),
        "metadata/a.json": json.dumps({"url": "https://news.example/a"}).encode(),
        "html/b.html": page,  # the same HTML again, other expected text: left out
        "txt/b.txt": b"The council met.",
        "html/c.html": b"<p>Seen before.</p>",
        "txt/c.txt": b"Seen before.",
        "metadata/c.json": json.dumps({"url": "https://old.example/c"}).encode(),
        "html/d.html": b"<p>No expected text.</p>",  # no txt/d.txt: not a page
    }


def _render(html: str) -> str:
    return html.replace("<", " <")


def test_build_writes_extraction_dev_layout(tmp_path: Path) -> None:
    report = news_corpus.build(_files(), tmp_path, {"https://old.example/c"}, render=_render)
    assert report == {
        "pages": ["a"],
        "left_out": {"b": "same HTML as a", "c": "its URL is in extraction-dev or extraction-wild"},
    }
    pages = extraction.load_pages(tmp_path)
    assert [(p.page_id, p.url, p.body) for p in pages] == [
        ("a", "https://news.example/a", "The council met on Monday.")
    ]
    assert pages[0].txt.read_text(encoding="utf-8") == _render(_files()["html/a.html"].decode())
    assert extraction.html_document(pages[0].html).text  # the gzip reads back as the page


def test_build_is_deterministic(tmp_path: Path) -> None:
    news_corpus.build(_files(), tmp_path / "one", set(), render=_render)
    news_corpus.build(_files(), tmp_path / "two", set(), render=_render)
    for rel in ("ground-truth.json", "html/a.html.gz", "html/c.html.gz", "pages_txt/a.txt"):
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "two" / rel).read_bytes()


def test_read_test_data_takes_only_tests_data_files(tmp_path: Path) -> None:
    sdist = tmp_path / "pkg-1.0.tar.gz"
    with tarfile.open(sdist, "w:gz") as tar:
        for name, data in (("pkg-1.0/tests/data/html/a.html", b"<p>x</p>"), ("pkg-1.0/setup.py", b"")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    assert news_corpus.read_test_data(sdist) == {"html/a.html": b"<p>x</p>"}
