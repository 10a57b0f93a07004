"""A folder or glob holding files but no article (PDFs, Word files, a README, images) is refused
naming what was found and why each kind is skipped, not a bare "no articles" (exit 2, README
"Exit codes": an error), and nothing is written."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import invoke


def _folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(b"%PDF-1.4 or a Word file")
    return folder


def test_a_folder_of_pdfs_says_it_found_pdfs(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.pdf", "b.pdf", "c.PDF"])
    code, _, err = invoke("build", str(folder), "--index", str(tmp_path / "idx"))
    assert code == 2
    assert (
        "found 3 files, none readable: 3 PDF (not supported: convert them with pdftotext first (pdftotext FILE OUT.txt), then index OUT.txt)"
        in err
    )
    assert not (tmp_path / "idx").exists()


def test_word_files_and_others_are_counted_by_kind(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.doc", "b.docx", "c.docx", "README.txt", "logo.png"])
    code, _, err = invoke("build", str(folder), "--index", str(tmp_path / "idx"))
    assert code == 2 and err.count("\n") == 1, err
    assert (
        "found 5 files, none readable: 1 DOC (not supported: save it as plain text (.txt) from the program that "
        "made it, then index that); 2 DOCX (not supported: convert them with pandoc first (pandoc -f docx -t plain "
        "FILE -o OUT.txt), then index OUT.txt)"
    ) in err
    assert "1 README-type file (not articles" in err and "1 other (1 .png)" in err


def test_a_glob_of_pdfs_says_so_too(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.pdf", "b.pdf"])
    code, _, err = invoke("build", f"{folder}/*", "--index", str(tmp_path / "idx"))
    assert code == 2 and "found 2 files, none readable: 2 PDF (not supported" in err


def test_an_empty_folder_says_it_is_empty(tmp_path: Path) -> None:
    folder = _folder(tmp_path, [])
    code, _, err = invoke("build", str(folder), "--index", str(tmp_path / "idx"))
    assert code == 2 and f"no articles in folder {folder}: it holds no files;" in err
