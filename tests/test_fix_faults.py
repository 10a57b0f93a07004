"""Faults a new user's trial found, each fixed as a kind, each test on an input of our own that
fails on the code before the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

from indexer.pipeline import build
from indexer.store import read_manifest
from tests.helpers import write_corpus


def _folders(index: str) -> set[str]:
    """The folders of the files the index at `index` records, relative names."""
    return {Path(r.path).parent.name for r in read_manifest(Path(index)).articles.values()}


# -- integrity: a folder moved, then built alone under its new name ----------------------------


def test_a_moved_folder_built_alone_replaces_its_old_records(tmp_path: Path) -> None:
    # `build y`, `mv y/news y/renamed`, `build y/renamed`: every article was indexed twice (the
    # y/news records stayed until y itself was built). The same content under a new path with
    # the old file gone is the same article moved: renamed, not re-read.
    y, index = tmp_path / "y", str(tmp_path / "idx")
    write_corpus(y / "news", 3)
    write_corpus(y / "other", 1, seed=3, prefix="other")
    build([str(y)], index, entities=False)
    (y / "news").rename(y / "renamed")
    moved = build([str(y / "renamed")], index, entities=False)
    assert (moved.added, moved.updated, moved.renamed, moved.removed, moved.total_articles) == (0, 0, 3, 0, 4)
    assert _folders(index) == {"renamed", "other"}
    assert any("3 articles moved" in note for note in moved.notes)
    again = build([str(y)], index, entities=False)  # the parent built after: nothing to do
    assert (again.added, again.renamed, again.removed, again.unchanged) == (0, 0, 0, 4)


def test_a_file_deleted_after_its_folder_moved_is_pruned(tmp_path: Path) -> None:
    # `mv y/news y/renamed`, `rm y/renamed/one.txt`, `build y/renamed`: the deleted file's
    # record stayed under y/news (only --rebuild cleared it).
    y, index = tmp_path / "y", str(tmp_path / "idx")
    files = write_corpus(y / "news", 3)
    build([str(y)], index, entities=False)
    (y / "news").rename(y / "renamed")
    (y / "renamed" / files[1].name).unlink()
    moved = build([str(y / "renamed")], index, entities=False)
    assert (moved.added, moved.renamed, moved.removed, moved.total_articles) == (0, 2, 1, 2)
    assert _folders(index) == {"renamed"}


def test_a_file_changed_after_its_folder_moved_is_not_indexed_twice(tmp_path: Path) -> None:
    # `mv x/business x/biz2`, a line added to x/biz2/one.txt, `build x/biz2` (with --no-prune or
    # without): its article was listed twice, under business/ (the old record, whose content no
    # file holds now) and biz2/ (the changed file, indexed as new).
    for prune in (True, False):
        y, index = tmp_path / f"y{prune}", str(tmp_path / f"idx{prune}")
        files = write_corpus(y / "news", 3)
        build([str(y)], index, entities=False)
        (y / "news").rename(y / "renamed")
        changed = y / "renamed" / files[0].name
        changed.write_text(changed.read_text(encoding="utf-8") + "\nA late correction was added.\n", encoding="utf-8")
        moved = build([str(y / "renamed")], index, entities=False, prune=prune)
        assert (moved.added, moved.renamed, moved.removed, moved.total_articles) == (1, 2, 1, 3), prune
        assert _folders(index) == {"renamed"}


def test_an_absent_folder_whose_files_are_nowhere_else_is_kept(tmp_path: Path) -> None:
    # A folder simply absent may be a drive not mounted: its articles stay, and a copy of a
    # folder still there is new articles, not a move.
    y, index = tmp_path / "y", str(tmp_path / "idx")
    write_corpus(y / "news", 2)
    write_corpus(y / "other", 1, seed=3, prefix="other")
    build([str(y / "news")], index, entities=False)
    shutil.copytree(y / "news", y / "copy")
    copied = build([str(y / "copy")], index, entities=False)
    assert (copied.added, copied.renamed, copied.removed, copied.total_articles) == (2, 0, 0, 4)
    (y / "news").rename(tmp_path / "unmounted")
    other = build([str(y / "other")], index, entities=False)
    assert (other.added, other.renamed, other.removed, other.total_articles) == (1, 0, 0, 5)
    assert _folders(index) == {"news", "copy", "other"}


# -- input sniffing: document formats saved under a text name ---------------------------------

PDF_SYNTAX = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n3 0 obj\n<< /Length 44 >>\nstream\n"
    b"BT /F1 24 Tf 100 700 Td (Hello World) Tj ET\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
RTF = b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 The minister said on Monday that talks would go on.\\par}\n"
POSTSCRIPT = b"%!PS-Adobe-3.0\n/Times-Roman findfont 12 scalefont setfont\n72 720 moveto (The talks) show\nshowpage\n"


def _zip(entries: dict[str, str]) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in entries.items():
            z.writestr(name, text)
    return out.getvalue()


DOCUMENTS = {
    "paper.txt": (PDF_SYNTAX, "PDF document", "pdftotext"),
    "letter.txt": (RTF, "RTF document", "pandoc -f rtf"),
    "print.md": (POSTSCRIPT, "PostScript file", "ps2ascii"),
    "memo.txt": (_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:t>Talks</w:t>"}), "Word", "pandoc"),
    "note.txt": (
        _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "x"}),
        "OpenDocument",
        "pandoc",
    ),
    "page.html": (PDF_SYNTAX, "PDF document", "pdftotext"),
}


def test_document_formats_under_a_text_name_are_skipped_with_what_to_do(tmp_path: Path) -> None:
    # A .txt holding raw PDF syntax was indexed as an article in Danish; RTF and PostScript as
    # articles too; a .docx or .odt saved as .txt was "binary file: expected text", no way out.
    from click.testing import CliRunner

    from indexer.cli import main

    docs = tmp_path / "docs"
    write_corpus(docs, 1)
    for name, (data, _, _) in DOCUMENTS.items():
        (docs / name).write_bytes(data)
    index = str(tmp_path / "idx")
    result = CliRunner().invoke(main, ["build", "--no-entities", "--index", index, str(docs)])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if "not text:" in line]
    assert len(warned) == len(DOCUMENTS)
    for name, (_, what, tool) in DOCUMENTS.items():
        line = next(w for w in warned if f"{docs / name}:" in w)
        assert line.startswith(f"indexer: warning: skipped {what}") and tool in line, line
    assert "1 article," in result.stderr and f"{len(DOCUMENTS)} skipped" in result.stderr
    # Named on its own: a one-line error, exit 2, the index as it was.
    before = sorted(p.name for p in Path(index).iterdir())
    named = CliRunner().invoke(main, ["build", "--no-entities", "--index", index, str(docs / "paper.txt")])
    assert named.exit_code == 2 and named.exception is None or isinstance(named.exception, SystemExit)
    assert named.stderr.strip().splitlines() == [
        f"indexer: error: PDF document, not text: {docs / 'paper.txt'}: convert it with pdftotext first "
        f"(pdftotext {docs / 'paper.txt'} OUT.txt), then index OUT.txt"
    ]
    assert sorted(p.name for p in Path(index).iterdir()) == before


def test_text_that_mentions_a_format_is_still_text() -> None:
    from indexer.sniff import document_format

    assert document_format(b"How to make a PDF: open the file, then print %PDF-1.4 headers.\n") is None
    assert document_format(b"The {\\rtf1} header starts an RTF file, the article said.\n") is None
    assert document_format(_zip({"a.txt": "hello"})) == ("ZIP archive", "unzip {file}")


# -- CLI consistency: one bound for -C, one --index -------------------------------------------


def test_search_and_show_take_the_same_context_bound_and_one_index(tmp_path: Path) -> None:
    # `show -C` allowed 100 where `search -C` allowed 20; `--index a --index b` took b silently.
    from click.testing import CliRunner

    from indexer.cli import main

    write_corpus(tmp_path / "news", 1)
    index = str(tmp_path / "idx")
    build([str(tmp_path / "news")], index, entities=False)

    def run(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(main, [*args, "--index", index])
        return result.exit_code, result.stderr

    assert run("search", "officials", "-C", "20")[0] == 0 and run("show", "article-00000:2", "-C", "20")[0] == 0
    for command in (["search", "officials"], ["show", "article-00000:2"]):
        code, err = run(*command, "-C", "21")
        assert code == 2 and "21 is not in the range 0<=x<=20" in err, err
    code, err = run("stats", "--index", str(tmp_path / "other"))
    assert code == 2 and err.splitlines() == [
        f"indexer: error: Invalid value for '--index': given 2 times ({tmp_path / 'other'}, {index}): "
        "give one index folder (see 'indexer stats --help')"
    ]
    assert run("stats", "--index", index)[0] == 0  # the same folder twice is one


# -- dates: day first with a period or in French and Spanish; a name's number is no year -------


def test_day_first_dates_keep_their_day() -> None:
    # "Am 8. November 2021" was 2021-11 (the day lost to "November 2021"); French and Spanish
    # day-first dates were the bare year, or nothing.
    from indexer.entities import find_dates

    published = "2021-11-20"
    cases = {
        "Am 8. November 2021 wurde die Regierung vereidigt.": ["2021-11-08"],
        "Die Sitzung am 9. Nov. 2021 dauerte lange.": ["2021-11-09"],
        "Die Wahl am 26. September war knapp.": ["2021-09-26"],
        "Seit dem 1. Oktober gilt das Gesetz.": ["2021-10-01"],
        "Le 8 novembre 2021, le gouvernement a présenté son budget.": ["2021-11-08"],
        "Le vote est prévu pour le 1er déc. 2021.": ["2021-12-01"],
        "El 8 de noviembre de 2021 el gobierno presentó su presupuesto.": ["2021-11-08"],
        "La votación está prevista para el 15 de diciembre, dijo el ministro.": ["2021-12-15"],
        "Im März 2021 begann der Bau.": ["2021-03"],
        # English stays as it was; a sentence ending in a number before a month is no German day.
        "On 8 November 2021 the talks ended.": ["2021-11-08"],
        "The score was 3-1. November saw the club's first defeat.": [],
    }
    assert {text: find_dates(text, published) for text in cases} == cases


def test_a_year_in_a_name_is_no_date() -> None:
    # "Anno 1800" (a video game) was tagged as the date 1800: a year after a capitalised word
    # is a name's number unless the word says when.
    from indexer.entities import find_dates

    cases = {
        "Viele Spieler kennen Anno 1800, ein Aufbauspiel.": [],
        "The virus infects machines running Windows 2000.": [],
        "Umbro profits lifted by Euro 2004": [],
        "Sales rose in Summer 2019, the firm said.": ["2019"],
        "For 2005, the company expects growth.": ["2005"],
        "Im Jahr 2019, als alles begann.": ["2019"],
        "Prices fell in 2019.": ["2019"],
    }
    assert {text: find_dates(text, "2021-11-20") for text in cases} == cases


def test_no_prune_keeps_a_moved_folders_deleted_files(tmp_path: Path) -> None:
    # --no-prune keeps what is gone: a moved folder is still renamed (the same articles), but
    # the records of its files deleted since stay.
    y, index = tmp_path / "y", str(tmp_path / "idx")
    files = write_corpus(y / "news", 3)
    build([str(y)], index, entities=False)
    (y / "news").rename(y / "renamed")
    (y / "renamed" / files[1].name).unlink()
    moved = build([str(y / "renamed")], index, entities=False, prune=False)
    assert (moved.added, moved.renamed, moved.removed, moved.total_articles) == (0, 2, 0, 3)


def test_suggested_builds_leave_out_folders_gone_since(tmp_path: Path) -> None:
    # A folder built from, then moved or unmounted: every suggested build (the rebuild of a
    # damaged or untrusted index, the update after a build given no PATHS) named it, and failed
    # with "no such file or folder" when run.
    from indexer.index.manifest import rebuild

    a, b, index = tmp_path / "a", tmp_path / "b", tmp_path / "idx"
    write_corpus(a, 1)
    write_corpus(b, 1, seed=3, prefix="other")
    build([str(a / "*.txt"), str(b)], str(index), entities=False)
    shutil.rmtree(b)
    assert rebuild(index).args == (str(a / "*.txt"),)  # a glob stays while its folder is there
    shutil.rmtree(a)
    assert [type(arg).__name__ for arg in rebuild(index).args] == ["Placeholder"]  # PATHS: none is left


def test_a_document_gets_one_advice_whether_its_name_or_its_bytes_told(tmp_path: Path) -> None:
    # A PDF named .pdf was told "convert it to text (pdftotext FILE)", the same PDF named .txt
    # "pdftotext docs/x.txt OUT.txt"; a gzipped PDF named .html.gz was told to run pdftotext on
    # the .gz, which pdftotext cannot read.
    import gzip

    from tests.conftest import invoke

    pdf = b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n"
    for name in ("a.pdf", "a.txt"):
        (tmp_path / name).write_bytes(pdf)
    (tmp_path / "z.html.gz").write_bytes(gzip.compress(pdf))
    advice = {}
    for name in ("a.pdf", "a.txt", "z.html.gz"):
        code, _, err = invoke("build", str(tmp_path / name), "--index", str(tmp_path / "idx"))
        assert code == 2 and err.count("\n") == 1, err
        advice[name] = err.split(f"{tmp_path / name}: ")[-1].replace(str(tmp_path / name), "FILE")
    assert advice["a.pdf"].endswith("convert it with pdftotext first (pdftotext FILE OUT.txt), then index OUT.txt\n")
    assert advice["a.txt"] == advice["a.pdf"].replace("indexer reads text and HTML only: ", "")
    gz = advice["z.html.gz"]
    assert gz.startswith("unpack it first (gunzip -k FILE), then convert ") and "pdftotext" in gz, gz
    assert not (tmp_path / "idx").exists()


def test_a_year_after_a_word_that_says_when_is_a_date_whatever_follows() -> None:
    # "by Easter 2005 and", "for 2004 was": the year was dropped because a lower-case word came
    # after it (BBC: 23 such years, "Christmas 2004 was the worst", "Net income for 2004 was");
    # a time of day after "at" or "about" stays no date.
    from indexer.entities import find_dates

    assert find_dates("The firm plans a launch by Easter 2005 and another in summer 2004 when sales peak.") == [
        "2005",
        "2004",
    ]
    assert find_dates("Net income for 2004 was $3.5bn, and Christmas 2004 was the worst in years.") == ["2004"]
    assert find_dates("It will be shown on BBC One at 2010 GMT and repeated at about 1900 on Sundays.") == []
    assert find_dates("Anno 1800 sold well, and Windows 2000 was patched.") == []
