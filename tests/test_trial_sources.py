"""What a journalist's folder of saved articles holds besides articles, and how each is read:
pages saved by a browser "complete" (the page and a folder of its resources) or as "a single
file" (.mhtml), documents indexer cannot read (PDF, Word), all through the real CLI on small
files written for the test."""

from __future__ import annotations

import json
import os
import quopri
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import invoke

ARTICLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour cranes approved</title></head>"
    "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Harbour cranes approved</h1>"
    "<p>The harbour committee approved two new cranes on Tuesday after a long debate about the "
    "budget for next year, officials said after the meeting.</p>"
    "<p>Members agreed to review the dredging plan again next month, and the chair said the "
    "cranes would arrive before the winter storms begin on the coast.</p></article></body></html>"
)
AD_FRAME = (
    "<!DOCTYPE html><html><head><title>Advertisement</title></head><body><div><p>Sponsored: compare "
    "mortgage offers from top lenders today and save thousands on your home loan with our free "
    "tool.</p></div></body></html>"
)


def _build(folder: Path, index: Path, *extra: str) -> tuple[int, str, str]:
    return invoke("build", str(folder), "--index", str(index), "--no-entities", *extra)


def _ids(index: Path) -> list[str]:
    code, out, err = invoke("stats", "--articles", "--json", "--index", str(index))
    assert code == 0, err
    return [a["article_id"] for a in json.loads(out)["article_list"]]


def test_a_page_saved_complete_is_one_article_not_its_frames(tmp_path: Path) -> None:
    # Chrome and Firefox save NAME.html and NAME_files/ (German Firefox: NAME-Dateien/), which
    # holds the page's embedded frames (ads, share widgets) as .html files: no articles.
    folder = tmp_path / "saved"
    for name, resources in (("Cranes approved", "Cranes approved_files"), ("Kräne", "Kräne-Dateien")):
        (folder / resources).mkdir(parents=True)
        (folder / f"{name}.html").write_text(ARTICLE, encoding="utf-8")
        (folder / resources / "saved_resource.html").write_text(AD_FRAME, encoding="utf-8")
        (folder / resources / "main.js").write_text("var x = 1;", encoding="utf-8")
    # a folder that merely ends like one, with no page of its name beside it, is read
    (folder / "court_files").mkdir()
    (folder / "court_files" / "ruling.html").write_text(ARTICLE, encoding="utf-8")
    code, _, err = _build(folder, tmp_path / "idx")
    assert code == 0, err
    assert _ids(tmp_path / "idx") == ["saved/Cranes approved.html", "saved/Kräne.html", "saved/court_files/ruling.html"]
    assert "/saved/Cranes approved_files: a browser's folder of the files saved with the page" in err
    assert "name the folder itself to index it" in err
    assert "2 skipped" in err
    # named itself, the folder is read like any other
    code, _, err = _build(folder / "Cranes approved_files", tmp_path / "frames")
    assert code == 0, err
    assert _ids(tmp_path / "frames") == ["Cranes approved_files/saved_resource.html"]


def test_documents_indexer_cannot_read_are_reported_not_silently_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "cranes.html").write_text(ARTICLE, encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (folder / "memo.docx").write_bytes(b"PK\x03\x04")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # no document: left out without a word
    code, _, err = _build(folder, tmp_path / "idx")
    assert code == 0, err
    assert (
        "skipped PDF file: " in err and "report.pdf: indexer reads text and HTML only: convert it with pdftotext" in err
    )
    # one piece of advice, with the file's own name, whether its name or its bytes told what it is
    assert "skipped DOCX file: " in err and "memo.docx -o OUT.txt), then index OUT.txt" in err
    assert "photo.jpg" not in err
    assert "2 skipped" in err
    # named on its own: an error with the same advice, exit 2, nothing written
    code, _, err = invoke("build", str(folder / "report.pdf"), "--index", str(tmp_path / "pdf"), "--no-entities")
    assert code == 2
    assert err.count("\n") == 1 and "convert it with pdftotext first" in err, err
    assert not (tmp_path / "pdf").exists()


def test_progress_never_counts_more_files_checked_than_there_are(tmp_path: Path) -> None:
    # Files left out before reading (a README, a PDF, a resource folder) are no files to read: the first
    # progress line said "indexing the new and changed of 1 file (3 checked so far ...)".
    folder = tmp_path / "desk"
    (folder / "Cranes_files").mkdir(parents=True)
    (folder / "Cranes.html").write_text(ARTICLE, encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "README.txt").write_text("What this folder holds.\n", encoding="utf-8")
    code, _, err = _build(folder, tmp_path / "idx")
    assert code == 0, err
    assert err.splitlines()[0] == "indexer: indexing 1 file", err


def _mhtml(html: bytes, charset: str | None) -> bytes:
    """A page saved as "a single file", as Chrome writes it: a multipart/related MIME message,
    the page quoted-printable (lines cut with soft breaks), an image in base64."""
    boundary = "----MultipartBoundary--x1y2z3----"
    ctype = f"text/html; charset={charset}" if charset else "text/html"
    head = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/cranes\r\n"
        "Subject: Harbour cranes approved\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
        f"--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://example.org/cranes\r\n\r\n"
    )
    image = (
        f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        f"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk\r\n--{boundary}--\r\n"
    )
    return head.encode() + quopri.encodestring(html).replace(b"\n", b"\r\n") + image.encode()


def test_a_page_saved_as_a_single_file_is_read_as_its_page(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "Cranes.mhtml").write_bytes(_mhtml(ARTICLE.encode("utf-8"), None))
    latin = ARTICLE.replace("utf-8", "iso-8859-1").replace("the chair said", "the chair, Renée Müller, said")
    (folder / "Kräne.mht").write_bytes(_mhtml(latin.encode("latin-1"), "iso-8859-1"))
    code, _, err = _build(folder, tmp_path / "idx")
    assert code == 0, err
    assert "skipped" not in err
    code, out, err = invoke("show", "Cranes.mhtml", "--json", "--index", str(tmp_path / "idx"))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["article"]["title"] == "Harbour cranes approved"
    texts = [p["text"] for p in doc["paragraphs"]]
    # quoted-printable undone: no "=\r\n" soft breaks or "=3D" left in the words
    assert any(t.startswith("The harbour committee approved two new cranes on Tuesday") for t in texts), texts
    assert not any("=" in t for t in texts), texts
    code, out, err = invoke("search", "Müller", "--json", "--index", str(tmp_path / "idx"))
    assert code == 0, err
    hits = json.loads(out)["hits"]
    assert [h["article_id"] for h in hits] == ["saved/Kräne.mht"]
    assert hits[0]["url"] == "https://example.org/cranes"  # where the browser saved it from


TEXT = (
    "Harbour cranes approved\n\n"
    "The harbour committee approved two new cranes on Tuesday after a long debate about the budget, "
    "said Renée Müller, the chair of the committee.\n\n"
    "Members agreed to review the dredging plan again next month.\n"
)


def test_text_with_a_few_nul_bytes_or_nul_padding_is_read_not_skipped_as_binary(tmp_path: Path) -> None:
    # One NUL byte made a whole article "binary" and skipped (as grep and git decide).
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "stray.txt").write_bytes(TEXT.replace("two new", "two \x00new").encode())
    (folder / "padded.txt").write_bytes(TEXT.encode() + bytes(20_000))  # a recovered file, padded
    (folder / "program.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(64) + b"libc.so.6\x00" * 40)
    code, _, err = _build(folder, tmp_path / "idx")
    assert code == 0, err
    assert _ids(tmp_path / "idx") == ["dumps/padded.txt", "dumps/stray.txt"]
    assert "skipped binary file: " in err and "program.txt" in err
    code, out, err = invoke("search", '"two new cranes"', "--json", "--duplicates", "--index", str(tmp_path / "idx"))
    assert code == 0, err
    assert sorted(h["article_id"] for h in json.loads(out)["hits"]) == ["dumps/padded.txt", "dumps/stray.txt"]


def test_utf16_text_and_pages_without_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "le.txt").write_bytes(TEXT.encode("utf-16-le"))
    (folder / "be.txt").write_bytes(TEXT.encode("utf-16-be"))
    (folder / "page.html").write_bytes(ARTICLE.replace("the chair said", "Renée Müller said").encode("utf-16-le"))
    code, _, err = _build(folder, tmp_path / "idx")
    assert code == 0, err
    assert "skipped" not in err and "read as plain text" not in err, err
    code, out, err = invoke("search", "Müller", "--json", "--duplicates", "--index", str(tmp_path / "idx"))
    assert code == 0, err
    assert sorted(h["article_id"] for h in json.loads(out)["hits"]) == [
        "export/be.txt",
        "export/le.txt",
        "export/page.html",
    ]
    code, out, err = invoke("show", "page.html", "--json", "--index", str(tmp_path / "idx"))
    assert json.loads(out)["article"]["title"] == "Harbour cranes approved"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    # Reading a FIFO waits for a writer: the build hung for ever. Run as a process with a
    # timeout, so the old behaviour fails the test instead of hanging the suite.
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "cranes.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(folder / "feed.txt")
    args = [sys.executable, "-m", "indexer", "build", str(folder), "--index", str(tmp_path / "idx"), "--no-entities"]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "skipped not a file: " in done.stderr and "feed.txt is a named pipe (FIFO)" in done.stderr
    assert _ids(tmp_path / "idx") == ["desk/cranes.txt"]


def test_a_page_whose_declared_charset_lies_is_not_said_to_declare_none(tmp_path: Path) -> None:
    # The warning said "no charset declared" of a page declaring utf-8 in Windows-1252 bytes,
    # and told the user to add the <meta charset> it already had.
    folder = tmp_path / "saved"
    folder.mkdir()
    page = ARTICLE.replace("the chair said", "the chair, Renée Müller, said").encode("cp1252")
    (folder / "cranes.html").write_bytes(page)
    code, _, err = _build(folder, tmp_path / "idx")
    assert code == 0, err
    assert "cranes.html: declares charset utf-8 but is not in it; decoded as cp1252 (a guess)" in err, err
    assert "no charset declared" not in err
    code, out, err = invoke("search", "Müller", "--count", "--index", str(tmp_path / "idx"))
    assert (code, out.strip()) == (0, "1"), err


@pytest.mark.parametrize(("name", "kind"), [("notes.pdf", "PDF"), ("memo.docx", "DOCX")])
def test_text_named_as_a_document_is_called_text_not_that_document(tmp_path: Path, name: str, kind: str) -> None:
    # a new user's plain-text article named .pdf was called a "PDF file" to convert with pdftotext
    (tmp_path / name).write_bytes(b"The harbour committee met on Tuesday.\n\nIt agreed to buy two cranes.\n")
    code, _, err = _build(tmp_path / name, tmp_path / "idx")
    assert code == 2
    suffix = name.rsplit(".", 1)[1]
    assert f"text under a .{suffix} name: {tmp_path / name}: the file holds plain text, not a {kind} document" in err
    assert "copy it to a name ending in .txt" in err and "pdftotext" not in err and "Traceback" not in err


def test_a_real_document_named_so_keeps_its_advice(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    code, _, err = _build(tmp_path / "report.pdf", tmp_path / "idx")
    assert code == 2 and "PDF file: " in err and "pdftotext" in err
