"""Every bad input we know of, run through the installed `indexer` as a user runs it.

Each row pins the exact stderr (full lines, tmp paths substituted), the exit code and stdout
(nothing, or the JSON error record scripts parse). After every row the shared index must still
hold the same files and answer the same queries: bad input never costs an index. Rows that
succeed with warnings (exit 0) build into a fresh index of their own.

Cases already pinned by test_cli.py, test_query_cli.py, test_show_stats.py, test_build.py and
test_reliability.py are not repeated here; variants of them are.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from indexer import sniff
from indexer.cli import main
from indexer.schema import INDEX_FORMAT_VERSION
from indexer.search import Filters, IndexSearcher, SearchRequest
from indexer.store import MANIFEST_NAME, read_manifest
from tests.conftest import SHIPPED
from tests.helpers import without_progress, write_corpus

EXE = shutil.which("indexer", path=os.path.dirname(sys.executable)) or shutil.which("indexer") or "indexer"
ID = SHIPPED.name
SUFFIXES = ".txt, .txt.gz, .md, .html, .htm, .html.gz, .mhtml"
FIELDS = "text, title, section, byline, kind, article, published, lang, person, org, place, group, speaker, date, word"
MB = 1024 * 1024
KNOWN_QUERIES = ("forced labor", "zenz", '"Id Kah Mosque"')
GZIP_CUT = "truncated or corrupt gzip file (Compressed file ended before the end-of-stream marker was reached)"
SHORT_PREFIX = "give at least 3 letters before * or ? (short prefixes are the slowest queries)"
LONG_PARAGRAPH = "The harbour budget grew again, officials said. " * 22_000 + "The last sentence names the lighthouse."


# --------------------------------------------------------------------------------------------
# Running the CLI and checking the index


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INDEXER_")}
    env["NO_COLOR"] = "1"
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=180, env=env, cwd=cwd)


def snapshot(path: Path) -> dict[str, str]:
    """Every file under `path` (or the file itself) with a digest of its bytes."""
    if path.is_file():
        return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()}
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def answers(index: Path) -> dict[str, tuple[int, list[tuple[str, int]]]]:
    with IndexSearcher(index) as searcher:
        out = {}
        for query in KNOWN_QUERIES:
            result = searcher.search(SearchRequest(query, Filters(), 1000, 0))
            out[query] = (result.total, sorted((h.article_id, h.paragraph) for h in result.hits))
        return out


def normalise(stderr: str) -> str:
    """The build summary's duration is wall-clock time: not asserted; the progress lines a
    build prints when stderr is no terminal are not what these cases pin."""
    stderr = without_progress(stderr)
    stderr = re.sub(r"\bg\d+_[0-9a-z]+\.seg\b", "SEGMENT.seg", stderr)  # random segment names
    return re.sub(r" in \d+\.\d s$", " in T s", stderr, flags=re.M)


def fill(value: Any, subs: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**subs)
    if isinstance(value, list):
        return [fill(v, subs) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, subs) for k, v in value.items()}
    return value


def error_record(kind: str, message: str) -> dict[str, Any]:
    return {"schema_version": 1, "error": {"type": kind, "message": message}}


# --------------------------------------------------------------------------------------------
# The world: one shared index and every bad input, made once per module


@dataclass
class World:
    root: Path
    idx: Path
    subs: dict[str, str]
    files: dict[str, str]  # the shared index's files and digests
    answers: dict[str, tuple[int, list[tuple[str, int]]]]


def _html(title: str, paragraphs: list[str], lang: str = "en", head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
    )


def _sparse(path: Path, size: int) -> None:
    with open(path, "wb") as fh:
        fh.truncate(size)  # no disk used, no time spent


def _make_bad_inputs(bad: Path) -> None:
    bad.mkdir()
    (bad / "hollow" / "sub").mkdir(parents=True)  # a folder with only a hidden file and a subfolder
    (bad / "hollow" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (bad / "scans").mkdir()  # a folder with files, none of a supported type
    for name in ("scan.pdf", "photo.jpg", "notes.docx"):
        (bad / "scans" / name).write_bytes(b"%PDF-1.4 not an article")
    (bad / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (bad / "zero.md").write_bytes(b"")
    (bad / "spaces.txt").write_bytes(b"\r\n\t  \xc2\xa0\r\n \r\n")  # CRLF, tab, no-break space
    (bad / "folder.txt").mkdir()
    (bad / "loop.txt").symlink_to("loop.txt")
    (bad / "gone.txt").symlink_to(bad / "deleted.txt")
    _sparse(bad / "dump.txt", 50 * MB + 1)
    page = _html(
        "Council approves new budget",
        [
            f"The council met on Monday and approved the budget for the harbour and the museum, officials said. ({i})"
            for i in range(6)
        ],
    )
    packed = gzip.compress(page.encode())
    (bad / "cut.html.gz").write_bytes(packed[: len(packed) // 2])
    (bad / "latin1.txt").write_bytes(
        "Café owners protest\n\nThe café owners of the old town said the new tax would close them "
        "before the winter season, the council heard on Monday.\n".encode("latin-1")
    )
    (bad / "queries.txt").write_text("zenz\nfoo:bar\nforced labor\n", encoding="utf-8")

    mixed = bad / "mixed"  # good, bad and odd files side by side
    mixed.mkdir()
    shutil.copy(SHIPPED, mixed / ID)
    (mixed / "a-missing.txt").symlink_to(mixed / "nowhere.txt")
    (mixed / "bin.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" * 64)
    (mixed / "empty.txt").write_bytes(b"")
    _sparse(mixed / "huge.txt", 50 * MB)
    shutil.copy(bad / "latin1.txt", mixed / "latin1.txt")
    (mixed / "loop.txt").symlink_to("loop.txt")
    shutil.copy(bad / "spaces.txt", mixed / "spaces.txt")
    (mixed / "sub.txt").mkdir()  # a folder named like an article: walked, not read
    (mixed / "sub.txt" / "good.txt").write_text(
        "Glacier report\n\nThe glacier retreated forty metres this year, scientists said on Friday.\n", encoding="utf-8"
    )

    html = bad / "html"  # pages that are no article, a broken one, a foreign one, a heavy one
    html.mkdir()
    (html / "empty.html").write_bytes(b"")
    links = "".join(f"<li><a href='/p{i}'>Link number {i}</a></li>" for i in range(60))
    (html / "links.html").write_text(
        f"<html><head><title>Links</title></head><body><ul>{links}</ul></body></html>", encoding="utf-8"
    )
    shutil.copy(bad / "cut.html.gz", html / "cut.html.gz")
    (html / "good.html").write_text(page, encoding="utf-8")
    (html / "french.html").write_text(
        _html(
            "Le conseil approuve le budget",
            [
                f"Le conseil municipal s'est réuni lundi et a approuvé le budget de la bibliothèque après un long débat, "
                f"ont déclaré les responsables. ({i})"
                for i in range(6)
            ],
            lang="fr",
        ),
        encoding="utf-8",
    )
    # 5 MB, as heavy pages are: mostly an inline script around a short article.
    script = '<script>var state = {"blob": "' + "x" * (5 * MB) + '"};</script>'
    (html / "heavy.html").write_text(
        _html(
            "Heavy page",
            [
                f"The tunnel under the river reopened on Tuesday after two years of repairs, engineers said. ({i})"
                for i in range(6)
            ],
            head=script,
        ),
        encoding="utf-8",
    )

    ent = bad / "entities"  # text that spaCy and the rules must survive
    ent.mkdir()
    (ent / "long.txt").write_text(
        "A very long report\n\n" + LONG_PARAGRAPH + "\n\n"
        "Angela Merkel met Emmanuel Macron in Paris on Monday to discuss the budget, officials said.\n",
        encoding="utf-8",
    )
    (ent / "control.txt").write_text(
        "Control characters report\n\nAngela Merkel said\x01 the\x02 budget\x07 was\x1b[31m approved in Berlin on "
        "Monday, officials said.\n\nThe council met again\x7f in Paris, officials said on Tuesday.\n",
        encoding="utf-8",
    )
    (ent / "emoji.txt").write_text(
        "Emoji report 🎉\n\nAngela Merkel 👋 said the budget 💶 was approved in Berlin 🇩🇪 on Monday, officials "
        "said 😀.\n\n🔥🔥🔥 The council met again in Paris, officials said on Tuesday. 🚀\n",
        encoding="utf-8",
    )
    (ent / "arabic.txt").write_text(
        "تقرير عن الميزانية\n\nقال المسؤولون إن المجلس وافق على الميزانية في القاهرة يوم الاثنين بعد نقاش طويل.\n\n"
        "Angela Merkel met officials in Cairo on Monday, the ministry said in a statement.\n",
        encoding="utf-8",
    )
    (ent / "hebrew.txt").write_text(
        "דוח על התקציב\n\nהמועצה אישרה את התקציב בירושלים ביום שני לאחר דיון ארוך, אמרו גורמים רשמיים.\n\n"
        "Benjamin Netanyahu met officials in Jerusalem on Monday, his office said in a statement.\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("bad_inputs").resolve()
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(SHIPPED, corpus / ID)
    idx = root / "idx"
    built = cli("build", str(corpus), "--index", str(idx), "--no-entities", "-q")
    assert built.returncode == 0, built.stderr
    bad = root / "bad"
    _make_bad_inputs(bad)
    (root / "afile").write_text("my notes, not an index\n", encoding="utf-8")
    (root / "foreign").mkdir()
    (root / "foreign" / "cat.txt").write_text("a cat\n", encoding="utf-8")
    (root / "emptyidx").mkdir()
    subs = {"tmp": str(root), "idx": str(idx), "bad": str(bad), "corpus": str(corpus), "id": ID, "aid": f"corpus/{ID}"}
    return World(root, idx, subs, snapshot(idx), answers(idx))


# --------------------------------------------------------------------------------------------
# Damage done to a copy of the shared index, for the rows that need it


def _copy(world: World, name: str) -> Path:
    target = world.root / "damaged" / name
    shutil.copytree(world.idx, target)
    return target


def garbage_manifest(world: World, name: str) -> Path:
    index = _copy(world, name)
    (index / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    return index


def list_manifest(world: World, name: str) -> Path:
    index = _copy(world, name)
    (index / MANIFEST_NAME).write_text("[1, 2, 3]", encoding="utf-8")  # valid JSON, wrong shape
    return index


def newer_manifest(world: World, name: str) -> Path:
    index = _copy(world, name)
    data = json.loads((index / MANIFEST_NAME).read_text(encoding="utf-8"))
    data["format_version"] = 99
    (index / MANIFEST_NAME).write_text(json.dumps(data), encoding="utf-8")
    return index


def truncated_segment(world: World, name: str) -> Path:
    index = _copy(world, name)
    segments = list(index.glob("*.seg"))
    assert segments
    for seg in segments:
        data = seg.read_bytes()
        seg.write_bytes(data[: len(data) // 2])
    return index


# --------------------------------------------------------------------------------------------
# Checks after the rows that build a fresh index (exit 0 with warnings)


def _search(index: str, query: str) -> list[tuple[str, int]]:
    with IndexSearcher(index) as searcher:
        return [(h.article_id, h.paragraph) for h in searcher.search(SearchRequest(query, Filters(), 100, 0)).hits]


def check_latin1(world: World, subs: dict[str, str]) -> None:
    assert _search(subs["new"], "café owners") == [("bad/latin1.txt", 1), ("bad/latin1.txt", 2)]


def check_mixed(world: World, subs: dict[str, str]) -> None:
    assert sorted(read_manifest(Path(subs["new"])).articles) == sorted(
        [f"mixed/{ID}", "mixed/latin1.txt", "mixed/sub.txt/good.txt"]
    )
    assert _search(subs["new"], "glacier") == [("mixed/sub.txt/good.txt", 1), ("mixed/sub.txt/good.txt", 2)]


def check_html(world: World, subs: dict[str, str]) -> None:
    counts = {r.id: r.paragraphs for r in read_manifest(Path(subs["new"])).articles.values()}
    # Pages that are no article are recorded (so a re-run does not re-read them) with nothing
    # indexed, and counted skipped, not among the articles.
    assert counts == {
        "html/french.html": 7,
        "html/good.html": 7,
        "html/heavy.html": 7,
        "html/links.html": 0,
    }
    assert len(_search(subs["new"], "bibliothèque")) == 6
    assert len(_search(subs["new"], "tunnel reopened")) == 6


def check_entities(world: World, subs: dict[str, str]) -> None:
    with IndexSearcher(subs["new"]) as searcher:
        emoji = searcher.article("emoji.txt").paragraphs
        control = searcher.article("control.txt").paragraphs
        long = searcher.article("long.txt").paragraphs
    # Emoji stay in the text but are no part of a name: "Berlin 🇩🇪" was an org, "Angela Merkel 👋" a person.
    assert (emoji[1].people, emoji[1].places, emoji[1].orgs) == (["Angela Merkel"], ["Berlin"], [])
    assert "👋" in emoji[1].text
    # Control characters are removed from what is indexed (and so from what search prints back).
    assert control[1].text == "Angela Merkel said the budget was approved in Berlin on Monday, officials said."
    assert (control[1].people, control[1].places) == (["Angela Merkel"], ["Berlin"])
    # The 1 MB paragraph is indexed and searchable, untagged; the rest of its article is tagged.
    assert len(long[1].text) == len(LONG_PARAGRAPH) and long[1].people == []
    assert long[2].people == ["Angela Merkel", "Emmanuel Macron"]
    assert _search(subs["new"], "lighthouse") == [("entities/long.txt", 2)]
    # Right-to-left scripts are indexed and found by their own words.
    assert _search(subs["new"], "المجلس") == [("entities/arabic.txt", 2)]
    assert _search(subs["new"], "המועצה") == [("entities/hebrew.txt", 2)]
    assert _search(subs["new"], "netanyahu") == [("entities/hebrew.txt", 3)]


# --------------------------------------------------------------------------------------------
# The table


@dataclass
class Row:
    id: str
    args: list[str]
    code: int
    stderr: str | list[str]  # full lines, "indexer: error: " included; {tmp}, {idx}, {bad}... substituted
    stdout: Any = ""  # "" nothing; a dict: the one JSON document; a list: JSONL records; None: not checked
    prep: Callable[[World, str], Path] | None = None  # makes {dmg}, which must come out unchanged
    fresh: bool = False  # builds into a new index {new}
    watch: list[str] = field(default_factory=list)  # paths that must come out unchanged
    check: Callable[[World, dict[str, str]], None] | None = None


def E(message: str) -> str:
    return f"indexer: error: {message}"


def W(message: str) -> str:
    return f"indexer: warning: {message}"


NO_INDEX = "no index at {tmp}/noindex: run 'indexer build PATHS --index {tmp}/noindex' first"
FOREIGN = (
    "not an indexer index: {tmp}/foreign has files but no indexer-manifest.json (it holds 1 article file: "
    "an index is the folder a build writes (--index DIR), not the articles' folder): choose another "
    "index folder (this folder is left untouched)"
)
A_FILE = "not an index folder: {tmp}/afile is a file: give --index a folder (a new one for a new index)"
UNDER_A_FILE = (
    "not an index folder: {tmp}/afile/idx is inside {tmp}/afile, which is a file: choose another index folder"
)
# Rebuild hints name the folders the manifest records ({corpus}), PATHS when it cannot be read.
DAMAGED_MANIFEST = (
    "damaged index manifest: {dmg}/indexer-manifest.json: rebuild with 'indexer build PATHS --rebuild --index {dmg}'"
)
NEWER = (
    "index at {dmg} was written by a newer indexer (format 99, this one reads "
    + str(INDEX_FORMAT_VERSION)
    + "): upgrade indexer or rebuild "
    "with 'indexer build {corpus} --rebuild --no-entities --index {dmg}'"
)
TRUNCATED = (
    "damaged index at {dmg}: SEGMENT.seg does not match its checksum (changed or corrupted since the "
    "build): rebuild with 'indexer build {corpus} --rebuild --no-entities --index {dmg}'"
)
NOT_ARTICLES = "no articles in folder {{}}: {{}}; expected files ending in {}".format(SUFFIXES)
BINARY = "binary file: {}: expected text (.txt, .md, .txt.gz) or a saved page (.html, .htm, .html.gz, .mhtml)"
SUMMARY = "index at {{new}}: {} ({} added, 0 updated, 0 unchanged, 0 removed{}; {} written) in T s"
LATIN1 = "{}: not valid UTF-8 (byte 3); decoded as Windows-1252 (a guess): " + sniff.encoding_hint("cp1252")

ROWS = [
    # -- paths and files named on the command line: refused before anything is written
    Row(
        "missing-file",
        ["build", "{bad}/artcle.txt", "--index", "{idx}"],
        2,
        E("no such file or folder: {bad}/artcle.txt: check the path"),
    ),
    Row(
        "glob-matches-nothing",
        ["build", "{bad}/news/**/*.html", "--index", "{idx}"],
        2,
        E("no articles match {bad}/news/**/*.html: check the pattern (quote it so the shell does not expand it)"),
    ),
    Row(
        "folder-of-hidden-files",
        ["build", "{bad}/hollow", "--index", "{idx}"],
        2,
        E(NOT_ARTICLES.format("{bad}/hollow", "it holds no files but hidden ones, which are not read")),
    ),
    Row(
        "folder-no-supported-files",
        ["build", "{bad}/scans", "--index", "{idx}"],
        2,
        E(
            NOT_ARTICLES.format(
                "{bad}/scans",
                "found 3 files, none readable: 1 DOCX (not supported: convert it with pandoc first (pandoc -f "
                "docx -t plain FILE -o OUT.txt), then index OUT.txt); 1 PDF (not supported: convert it with "
                "pdftotext first (pdftotext FILE OUT.txt), then index OUT.txt); 1 other (1 .jpg)",
            )
        ),
    ),
    Row("binary-named-md", ["build", "{bad}/image.md", "--index", "{idx}"], 2, E(BINARY.format("{bad}/image.md"))),
    Row(
        "zero-byte-file",
        ["build", "{bad}/zero.md", "--index", "{idx}"],
        2,
        E("empty file: {bad}/zero.md: nothing to index"),
    ),
    Row(
        "whitespace-crlf-nbsp",
        ["build", "{bad}/spaces.txt", "--index", "{idx}"],
        2,
        E("empty file: {bad}/spaces.txt: nothing to index"),
    ),
    Row(
        "folder-named-x.txt",
        ["build", "{bad}/folder.txt", "--index", "{idx}"],
        2,
        E(NOT_ARTICLES.format("{bad}/folder.txt", "it holds no files")),
    ),
    Row(
        "symlink-loop",
        ["build", "{bad}/loop.txt", "--index", "{idx}"],
        2,
        E("symbolic link loop: {bad}/loop.txt leads back to itself: fix the link or remove it"),
    ),
    Row(
        "dangling-symlink",
        ["build", "{bad}/gone.txt", "--index", "{idx}"],
        2,
        E(
            "broken symbolic link: {bad}/gone.txt points to {bad}/deleted.txt, which does not exist: "
            "fix the link or remove it"
        ),
    ),
    Row(
        "50MB-file",
        ["build", "{bad}/dump.txt", "--index", "{idx}"],
        2,
        E("file too large: {bad}/dump.txt is 50 MB (limit 20 MB): split it or leave it out"),
    ),
    Row(
        "truncated-html-gz",
        ["build", "{bad}/cut.html.gz", "--index", "{idx}"],
        2,
        E("{bad}/cut.html.gz: " + GZIP_CUT + "; re-download or re-save the page"),
    ),
    # a bad file named beside good ones: said on its line, the others built, exit 2 (as grep;
    # test_build_named_errors.py), where it stopped the build
    Row(
        "good-and-bad-named-together",
        ["build", "{corpus}", "{bad}/zero.md", "--index", "{new}", "--no-entities"],
        2,
        [
            E("empty file: {bad}/zero.md: nothing to index"),
            SUMMARY.format("1 article, 37 paragraphs", 1, ", 1 file not read (error above)", "37 paragraphs"),
        ],
        fresh=True,
    ),
    # A fresh index: into {idx}, its copy of the shipped article would be refused first (the id
    # of {corpus}'s article: test_identity.py).
    Row(
        "strict-folder-with-bad-files",
        ["build", "{bad}/mixed", "--index", "{new}", "--no-entities", "--strict"],
        2,
        [  # every one of them, not the first only (a trial: one bad file found a build)
            E(
                "broken symbolic link: {bad}/mixed/a-missing.txt points to {bad}/mixed/nowhere.txt, which does not "
                "exist: fix the link or remove it"
            ),
            E(
                "binary file: {bad}/mixed/bin.txt: expected text (.txt, .md, .txt.gz) or a saved page (.html, .htm, .html.gz, .mhtml)"
            ),
            E("empty file: {bad}/mixed/empty.txt: nothing to index"),
            E("file too large: {bad}/mixed/huge.txt is 50 MB (limit 20 MB): split it or leave it out"),
            E("symbolic link loop: {bad}/mixed/loop.txt leads back to itself: fix the link or remove it"),
            E("empty file: {bad}/mixed/spaces.txt: nothing to index"),
            E(
                "6 files cannot be read or indexed; nothing was written, the index is unchanged: fix or remove them, "
                "or build without --strict to skip them"
            ),
        ],
        fresh=True,
    ),
    Row(
        "wait-negative",
        ["build", "{corpus}", "--index", "{idx}", "--wait", "-1"],
        2,
        E("Invalid value for '--wait': -1.0 is not in the range x>=0. (see 'indexer build --help')"),
    ),
    Row(
        "wait-not-a-number",
        ["build", "{corpus}", "--index", "{idx}", "--wait", "soon"],
        2,
        E("Invalid value for '--wait': 'soon' is not a valid number. (see 'indexer build --help')"),
    ),
    Row(
        "parse-binary-and-truncated",
        ["parse", "{bad}/image.md", "{bad}/cut.html.gz", "--no-entities"],
        2,
        [E(BINARY.format("{bad}/image.md")), E("{bad}/cut.html.gz: " + GZIP_CUT + "; re-download or re-save the page")],
    ),
    # -- folders with bad files: skipped with a warning each, counted, the rest indexed (exit 0)
    Row(
        "folder-with-bad-files",
        ["build", "{bad}/mixed", "--index", "{new}", "--no-entities"],
        0,
        [
            W(
                "skipped broken symbolic link: {bad}/mixed/a-missing.txt points to {bad}/mixed/nowhere.txt, which does "
                "not exist: fix the link or remove it"
            ),
            W("skipped " + BINARY.format("{bad}/mixed/bin.txt")),
            W("skipped empty file: {bad}/mixed/empty.txt: nothing to index"),
            W("skipped file too large: {bad}/mixed/huge.txt is 50 MB (limit 20 MB): split it or leave it out"),
            W("skipped symbolic link loop: {bad}/mixed/loop.txt leads back to itself: fix the link or remove it"),
            W("skipped empty file: {bad}/mixed/spaces.txt: nothing to index"),
            W(LATIN1.format("{bad}/mixed/latin1.txt")),
            SUMMARY.format("3 articles, 41 paragraphs", 3, ", 6 skipped", "41 paragraphs"),
        ],
        fresh=True,
        check=check_mixed,
    ),
    Row(
        "latin1-file",
        ["build", "{bad}/latin1.txt", "--index", "{new}", "--no-entities"],
        0,
        [
            W(LATIN1.format("{bad}/latin1.txt")),
            SUMMARY.format("1 article, 2 paragraphs", 1, "", "2 paragraphs"),
        ],
        fresh=True,
        check=check_latin1,
    ),
    Row(
        "html-folder",
        ["build", "{bad}/html", "--index", "{new}", "--no-entities"],
        0,
        [
            W("skipped {bad}/html/cut.html.gz: " + GZIP_CUT + "; re-download or re-save the page"),
            W("skipped empty file: {bad}/html/empty.html: nothing to index"),
            W(
                "skipped page of no article text: {bad}/html/links.html: only page chrome, nothing to index (see "
                "'indexer parse {bad}/html/links.html')"
            ),
            W("{bad}/html/heavy.html: very large page (5.2 MB); extracted in fast mode, which may miss some text"),
            SUMMARY.format("3 articles, 21 paragraphs", 3, ", 3 skipped", "21 paragraphs"),
        ],
        fresh=True,
        check=check_html,
    ),
    Row(
        "entities-long-control-emoji-rtl",
        ["build", "{bad}/entities", "--index", "{new}"],
        0,
        [
            # Arabic on the whole text (Moroccan 0.78 + Standard 0.19 + Egyptian 0.03: Arabic at 1.0, language.detect)
            W(
                "{bad}/entities/arabic.txt: text in Arabic (ar): entities not tagged in 2 paragraphs (the entity model reads "
                "English)"
            ),
            W("{bad}/entities/control.txt: 5 control characters removed"),
            W(
                "{bad}/entities/hebrew.txt: text in Hebrew (he): entities not tagged in 2 paragraphs (the entity model reads "
                "English)"
            ),
            W(
                f"{{bad}}/entities/long.txt: paragraph 2: {len(LONG_PARAGRAPH):,} characters, over 100,000: entities not "
                "tagged (split the paragraph to tag it)"
            ),
            SUMMARY.format("5 articles, 15 paragraphs", 5, "", "15 paragraphs"),
        ],
        fresh=True,
        check=check_entities,
    ),
    # -- index folders that are missing, not folders, not ours, damaged or newer: never written to
    Row(
        "no-index-show-json",
        ["show", "rferl", "--index", "{tmp}/noindex", "--json"],
        2,
        E(NO_INDEX),
        error_record("index", NO_INDEX),
    ),
    Row(
        "no-index-entities-jsonl",
        ["entities", "--index", "{tmp}/noindex", "--jsonl"],
        2,
        E(NO_INDEX),
        error_record("index", NO_INDEX),
    ),
    Row(
        "no-index-default-folder",
        ["search", "zenz"],
        2,
        E("no index at .indexer: run 'indexer build PATHS --index .indexer' first"),
    ),
    Row(
        "empty-folder-as-index",
        ["search", "zenz", "--index", "{tmp}/emptyidx"],
        2,
        E("no index at {tmp}/emptyidx (empty folder): run 'indexer build PATHS --index {tmp}/emptyidx' first"),
        watch=["{tmp}/emptyidx"],
    ),
    Row("index-is-a-file-search", ["search", "zenz", "--index", "{tmp}/afile"], 2, E(A_FILE), watch=["{tmp}/afile"]),
    Row("index-is-a-file-build", ["build", "{corpus}", "--index", "{tmp}/afile"], 2, E(A_FILE), watch=["{tmp}/afile"]),
    Row(
        "index-under-a-file-search",
        ["search", "zenz", "--index", "{tmp}/afile/idx"],
        2,
        E(UNDER_A_FILE),
        watch=["{tmp}/afile"],
    ),
    Row(
        "index-under-a-file-build",
        ["build", "{corpus}", "--index", "{tmp}/afile/idx"],
        2,
        E(UNDER_A_FILE),
        watch=["{tmp}/afile"],
    ),
    Row(
        "foreign-folder-search", ["search", "zenz", "--index", "{tmp}/foreign"], 2, E(FOREIGN), watch=["{tmp}/foreign"]
    ),
    Row(
        "foreign-folder-stats-json",
        ["stats", "--index", "{tmp}/foreign", "--json"],
        2,
        E(FOREIGN),
        error_record("index", FOREIGN),
        watch=["{tmp}/foreign"],
    ),
    Row("garbage-manifest-show", ["show", "rferl", "--index", "{dmg}"], 2, E(DAMAGED_MANIFEST), prep=garbage_manifest),
    Row(
        "garbage-manifest-stats-json",
        ["stats", "--index", "{dmg}", "--json"],
        2,
        E(DAMAGED_MANIFEST),
        error_record("index", DAMAGED_MANIFEST),
        prep=garbage_manifest,
    ),
    Row(
        "manifest-wrong-shape-build",
        ["build", "{corpus}", "--index", "{dmg}"],
        2,
        E(DAMAGED_MANIFEST),
        prep=list_manifest,
    ),
    Row("newer-format-stats", ["stats", "--index", "{dmg}"], 2, E(NEWER), prep=newer_manifest),
    Row(
        "newer-format-search-jsonl",
        ["search", "zenz", "--index", "{dmg}", "--jsonl"],
        2,
        E(NEWER),
        error_record("index", NEWER),
        prep=newer_manifest,
    ),
    Row("truncated-segment-show", ["show", "rferl", "--index", "{dmg}"], 2, E(TRUNCATED), prep=truncated_segment),
    Row("truncated-segment-stats", ["stats", "--index", "{dmg}"], 2, E(TRUNCATED), prep=truncated_segment),
    Row(
        "truncated-segment-build",
        ["build", "{corpus}", "--index", "{dmg}", "--no-entities"],
        2,
        E(TRUNCATED),
        prep=truncated_segment,
    ),
    # -- queries
    Row(
        "unbalanced-quote",
        ["search", 'Zenz "said', "--index", "{idx}"],
        2,
        E("unbalanced quote in query 'Zenz \"said': close the phrase with a second \""),
    ),
    Row(
        "unbalanced-close-paren",
        ["search", "sanctions)", "--index", "{idx}"],
        2,
        E("unbalanced parenthesis in query 'sanctions)': a ')' has no '('"),
    ),
    Row(
        "unknown-field",
        ["search", "foo:bar", "--index", "{idx}"],
        2,
        E(f"unknown field 'foo:' in query: use one of {FIELDS}"),
    ),
    Row(
        "empty-query-argument",
        ["search", "", "--index", "{idx}"],
        2,
        E("empty query: give words to search for, or a filter such as --person"),
    ),
    Row(
        "whitespace-query",
        ["search", "  \t ", "--index", "{idx}"],
        2,
        E("empty query: give words to search for, or a filter such as --person"),
    ),
    Row(
        "10000-character-query",
        ["search", ("labor " * 2000)[:9_999] + "x", "--index", "{idx}"],
        2,
        E("query too long: 10000 characters (limit 1000): shorten it"),
    ),
    Row(
        "escape-sequence-in-query",
        ["search", "forced\x1b[31mlabor", "--index", "{idx}"],
        2,
        E("query contains control characters: remove them"),
    ),
    Row(
        "short-prefix", ["search", "forced la*", "--index", "{idx}"], 2, E(f"prefix too short in 'la*': {SHORT_PREFIX}")
    ),
    Row(
        "short-prefix-in-field-json",
        ["search", "title:ut*", "--index", "{idx}", "--json"],
        2,
        E(f"prefix too short in 'ut*': {SHORT_PREFIX}"),
        error_record("query", f"prefix too short in 'ut*': {SHORT_PREFIX}"),
    ),
    # An offset past the end is an honest empty page: exit 1, and JSONL prints nothing at all.
    Row("offset-past-end-jsonl", ["search", "zenz", "--offset", "100", "--index", "{idx}", "--jsonl"], 1, ""),
    Row(
        "negative-limit-jsonl",
        ["search", "zenz", "-n", "-5", "--index", "{idx}", "--jsonl"],
        2,
        E("Invalid value for '-n' / '--limit': -5 is not in the range x>=0. (see 'indexer search --help')"),
        error_record("usage", "Invalid value for '-n' / '--limit': -5 is not in the range x>=0."),
    ),
    # --limit 0 asks to see no hits; the query still found 4 paragraphs: exit 0, as --count.
    Row(
        "limit-zero",
        ["search", "zenz", "--limit", "0", "--index", "{idx}"],
        0,
        "4 paragraphs match; --limit 0 shows none",
    ),
    Row(
        "limit-not-a-number",
        ["search", "zenz", "--limit", "ten", "--index", "{idx}"],
        2,
        E("Invalid value for '-n' / '--limit': 'ten' is not a valid integer. (see 'indexer search --help')"),
    ),
    Row(
        "unknown-sort",
        ["search", "zenz", "--sort", "best", "--index", "{idx}"],
        2,
        E(
            "Invalid value for '--sort': 'best' is not one of 'score', 'position', 'date'. "
            "(see 'indexer search --help')"
        ),
    ),
    Row(
        "unknown-sort-json",
        ["search", "zenz", "--sort", "best", "--index", "{idx}", "--json"],
        2,
        E(
            "Invalid value for '--sort': 'best' is not one of 'score', 'position', 'date'. "
            "(see 'indexer search --help')"
        ),
        error_record("usage", "Invalid value for '--sort': 'best' is not one of 'score', 'position', 'date'."),
    ),
    Row(
        "queries-file-missing",
        ["search", "--queries", "{tmp}/questions.txt", "--index", "{idx}"],
        2,
        E("cannot read queries file {tmp}/questions.txt: No such file or directory: check the path"),
        error_record(
            "error", "cannot read queries file {tmp}/questions.txt: No such file or directory: check the path"
        ),
    ),
    Row(
        "queries-file-is-a-folder",
        ["search", "--queries", "{bad}", "--index", "{idx}"],
        2,
        E("cannot read queries file {bad}: Is a directory: check the path"),
        error_record("error", "cannot read queries file {bad}: Is a directory: check the path"),
    ),
    Row(
        "queries-one-bad-line",
        ["search", "--queries", "{bad}/queries.txt", "--count", "--index", "{idx}"],
        2,
        E(f"line 2: unknown field 'foo:' in query: use one of {FIELDS}"),
        [
            {"schema_version": 1, "index": 0, "query": "zenz", "total": 4, "fallback": None, "suggestion": None},
            {
                "schema_version": 1,
                "index": 1,
                "query": "foo:bar",
                "error": {"type": "query", "message": f"unknown field 'foo:' in query: use one of {FIELDS}"},
            },
            {
                "schema_version": 1,
                "index": 2,
                "query": "forced labor",
                "total": 4,
                "fallback": None,
                "suggestion": None,
            },
        ],
    ),
    Row(
        "show-unknown-article-json",
        ["show", "tajikistan-report", "--index", "{idx}", "--json"],
        2,
        E("no article 'tajikistan-report' in the index at {idx}: 'indexer stats --articles' lists them"),
        error_record(
            "not_found", "no article 'tajikistan-report' in the index at {idx}: 'indexer stats --articles' lists them"
        ),
    ),
    Row(
        "show-paragraph-999",
        ["show", "rferl:999", "--index", "{idx}"],
        2,
        E(
            "{aid} has no paragraph 999: its page has 51 blocks (indexed: 3-39): "
            "'indexer parse {corpus}/{id}' shows every block"
        ),
    ),
    Row(
        "show-paragraph-of-chrome",
        ["show", "rferl:2", "--index", "{idx}"],
        2,
        E(
            "{aid} has no indexed paragraph 2 (indexed: 3-39; the others are page chrome): "
            "'indexer parse {corpus}/{id}' shows every block"
        ),
    ),
    Row(
        "show-paragraph-0",
        ["show", "rferl#0", "--index", "{idx}"],
        2,
        E(
            "{aid} has no paragraph 0: paragraphs are numbered from 1 (indexed: 3-39): "
            "'indexer parse {corpus}/{id}' shows every block"
        ),
    ),
    # -- options
    Row(
        "unknown-option",
        ["search", "zenz", "--limt", "3", "--index", "{idx}"],
        2,
        E("No such option '--limt'. Did you mean '--limit'? (see 'indexer search --help')"),
    ),
    Row(
        "unknown-command",
        ["seach", "zenz"],
        2,
        E("No such command 'seach'. Did you mean 'search'? (see 'indexer --help')"),
    ),
    Row(
        "option-without-value",
        ["search", "zenz", "--index"],
        2,
        E("Option '--index' requires an argument. (see 'indexer search --help')"),
    ),
    Row(
        "context-negative",
        ["search", "zenz", "--context", "-1", "--index", "{idx}"],
        2,
        E("Invalid value for '-C' / '--context': -1 is not in the range 0<=x<=20. (see 'indexer search --help')"),
    ),
    Row(
        "show-context-negative",
        ["show", "rferl:12", "-C", "-1", "--index", "{idx}"],
        2,
        E("Invalid value for '-C' / '--context': -1 is not in the range 0<=x<=20. (see 'indexer show --help')"),
    ),
    Row(
        "json-and-csv",
        ["search", "zenz", "--json", "--csv", "--index", "{idx}"],
        2,
        E("choose one of --json, --jsonl, --csv and --count (see 'indexer search --help')"),
        error_record("usage", "choose one of --json, --jsonl, --csv and --count"),
    ),
    Row(
        "json-and-jsonl-stats",
        ["stats", "--json", "--jsonl", "--index", "{idx}"],
        2,
        E("--json and --jsonl cannot be used together (see 'indexer stats --help')"),
        error_record("usage", "--json and --jsonl cannot be used together"),
    ),
    Row(
        "workers-out-of-range",
        ["build", "{corpus}", "--index", "{idx}", "--workers", "99"],
        2,
        E("Invalid value for '--workers': 99 is not in the range 0<=x<=16. (see 'indexer build --help')"),
    ),
]

PARAMS = [pytest.param(row, id=row.id) for row in ROWS]


def test_the_table_has_at_least_forty_rows() -> None:
    assert len(ROWS) >= 40 and len({row.id for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", PARAMS)
def test_bad_input(world: World, row: Row) -> None:
    subs = dict(world.subs)
    if row.prep:
        subs["dmg"] = str(row.prep(world, row.id))
        row = Row(**{**row.__dict__, "watch": [*row.watch, "{dmg}"]})
    if row.fresh:
        subs["new"] = str(world.root / "fresh" / row.id)
    watched = {w: snapshot(Path(fill(w, subs))) for w in row.watch}

    result = cli(*fill(row.args, subs), cwd=world.root)

    expected = fill("\n".join(row.stderr) if isinstance(row.stderr, list) else row.stderr, subs)
    expected += "\n" if expected else ""
    assert (result.returncode, normalise(result.stderr)) == (row.code, expected), result.stderr
    if row.stdout is not None:
        if isinstance(row.stdout, dict):
            assert json.loads(result.stdout) == fill(row.stdout, subs)
        elif isinstance(row.stdout, list):
            assert [json.loads(line) for line in result.stdout.splitlines()] == fill(row.stdout, subs)
        else:
            assert result.stdout == row.stdout
    # Nothing lost: the shared index holds the same files and answers the same.
    assert snapshot(world.idx) == world.files
    assert answers(world.idx) == world.answers
    for path, before in watched.items():
        assert snapshot(Path(fill(path, subs))) == before, f"{path} was changed"
    if row.check:
        row.check(world, subs)


# --------------------------------------------------------------------------------------------
# Cases that need the process itself changed: run in-process with click's CliRunner


def _run_in_process(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, normalise(result.stderr)


def test_unreadable_file_is_refused_when_named_and_skipped_in_a_folder(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    locked = write_corpus(corpus, 2)[1]
    if os.geteuid() == 0:
        # root reads any file whatever its mode bits: make reading it fail as it does for a user.
        real = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
        run = _run_in_process
    else:
        locked.chmod(0)

        def run(*args: str) -> tuple[int, str]:
            done = cli(*args)
            return done.returncode, normalise(done.stderr)

    message = f"permission denied: {locked}: check the file's permissions"
    assert run("build", str(locked), "--index", str(world.idx)) == (2, f"indexer: error: {message}\n")
    assert snapshot(world.idx) == world.files and answers(world.idx) == world.answers
    index = tmp_path / "idx"
    code, stderr = run("build", str(corpus), "--index", str(index), "--no-entities")
    assert (code, stderr) == (
        0,
        f"indexer: warning: skipped {message}\n"
        f"index at {index}: 1 article, 7 paragraphs (1 added, 0 updated, 0 unchanged, 0 removed, "
        "1 skipped; 7 paragraphs written) in T s\n",
    )


def test_file_vanishing_during_a_build_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indexer import sources

    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    paths = write_corpus(corpus, 3)
    real = sources.read_bytes

    def vanish(ref: sources.SourceRef) -> bytes:
        if ref.path == paths[1]:
            paths[1].unlink()  # deleted between the folder walk and the read
        return real(ref)

    monkeypatch.setattr(sources, "read_bytes", vanish)
    message = f"file vanished while reading: {paths[1]}: it was moved or deleted during the build; run the build again"
    code, stderr = _run_in_process("build", str(corpus), "--index", str(index), "--no-entities")
    assert (code, stderr) == (
        0,
        f"indexer: warning: skipped {message}\n"
        f"index at {index}: 2 articles, 14 paragraphs (2 added, 0 updated, 0 unchanged, 0 removed, "
        "1 skipped; 14 paragraphs written) in T s\n",
    )
    assert _search(str(index), "officials")  # the rest is indexed


def test_a_file_name_that_is_not_utf8_is_indexed_with_its_bytes_escaped(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 2)
    try:  # Latin-1 "é", as a file copied from an old Windows disk names it
        with open(os.fsencode(corpus) + b"/caf\xe9 report.txt", "wb") as fh:
            fh.write(b"Cafe Report\n\nThe harbour cafe closed on Monday, its owner said, after forty years.\n")
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    done = cli("build", str(corpus), "--index", str(index), "--no-entities")
    assert done.returncode == 0, done.stderr
    assert normalise(done.stderr) == (
        f"index at {index}: 3 articles, 16 paragraphs (3 added, 0 updated, 0 unchanged, "
        "0 removed; 16 paragraphs written) in T s\n"
    )
    found = cli("search", "cafe", "--index", str(index), "--jsonl", "--fields", "article_id,paragraph")
    assert [json.loads(line) for line in found.stdout.splitlines()] == [
        {"schema_version": 1, "article_id": "corpus/caf\\xe9 report.txt", "paragraph": p} for p in (1, 2)
    ]
    shown = cli("show", "caf", "--index", str(index))
    assert shown.returncode == 0 and shown.stdout.startswith(
        f"corpus/caf\\xe9 report.txt  ({corpus}/caf\\xe9 report.txt)\n"
    )
    again = cli("build", str(corpus), "--index", str(index), "--no-entities")  # nothing re-read
    assert "(0 added, 0 updated, 3 unchanged, 0 removed; 0 paragraphs written)" in again.stderr


def test_a_page_the_rules_alone_find_all_chrome_says_so(tmp_path: Path) -> None:
    # A menu and a copyright line in one block: the rules' answer is final (no block model), and
    # it gave 0 paragraphs without a word, where a longer page of chrome warned.
    from indexer.pipeline import parse_paths

    (tmp_path / "menu.txt").write_text(
        "Home\nNews\nSport\nWeather\nSign in\nSearch\nCookies\nPrivacy policy\nTerms of use\nContact us\n© 2024\n"
    )
    (tmp_path / "headline.txt").write_text("Council approves the harbour bridge\n")
    found = {Path(a.path).name: a for a in parse_paths([str(tmp_path)], entities=False)}
    assert not [p for p in found["menu.txt"].paragraphs if p.indexed]
    assert any("no article text found" in w for w in found["menu.txt"].warnings)
    # a headline alone: indexed as a title, and said so (a new user found a one-line file
    # indexed with no body and no word about it)
    assert [str(w).rsplit("/", 1)[1] for w in found["headline.txt"].warnings] == [
        "headline.txt: only a headline, no body text: indexed as a title alone"
    ]


def test_encoding_option_reads_a_file_the_guess_got_wrong(tmp_path: Path) -> None:
    from tests.test_sniff import POLISH

    news = tmp_path / "news"
    news.mkdir()
    (news / "klodzko.txt").write_bytes(POLISH.encode("iso-8859-2"))
    (news / "utf8.txt").write_text("Flood warning\n\n" + POLISH.split("\n\n")[2], encoding="utf-8")
    runner = CliRunner()
    idx = str(tmp_path / "idx")
    guessed = runner.invoke(main, ["build", str(news), "--index", idx, "--no-entities", "-q"])
    assert guessed.exit_code == 0, guessed.stderr
    assert "Kłodzku" not in runner.invoke(main, ["show", "news/klodzko.txt", "--index", idx]).stdout
    shown = runner.invoke(main, ["parse", str(news / "klodzko.txt"), "--no-entities"])
    assert "give its encoding with --encoding" in shown.stderr
    # The file the guess got wrong is read again with the codec named, though unchanged; the
    # UTF-8 file is not (it needs no encoding).
    given = runner.invoke(main, ["build", str(news), "--index", idx, "--no-entities", "--encoding", "iso-8859-2"])
    assert given.exit_code == 0, given.stderr
    assert "warning" not in without_progress(given.stderr)
    assert "(0 added, 1 updated, 1 unchanged" in given.stderr, given.stderr
    assert "Powódź w Kłodzku" in runner.invoke(main, ["show", "news/klodzko.txt", "--index", idx]).stdout
    assert "Według synoptyków" in runner.invoke(main, ["show", "news/utf8.txt", "--index", idx]).stdout
    # A file in another encoding than the one named is said to be, with its own.
    (news / "moskva.txt").write_bytes("Новости Москвы\n\nГородской совет проголосовал во вторник.\n".encode("cp1251"))
    mixed = runner.invoke(main, ["parse", str(news / "moskva.txt"), "--no-entities", "--encoding", "iso-8859-2"])
    assert "moskva.txt: decoded as iso8859-2 (--encoding), but it reads as cp1251" in mixed.stderr, mixed.stderr
    assert "--encoding cp1251" in mixed.stderr
    # A name no codec has, one not for text, or UTF-8 (read without naming): one line, exit 2,
    # the index untouched.
    for name, said in [
        ("latin-9x", "unknown encoding 'latin-9x'"),
        ("rot13", "unknown encoding 'rot13'"),
        ("idna", "'idna' is not an encoding of text files"),
        ("utf-8", "'utf-8' needs no naming"),
    ]:
        bad = runner.invoke(main, ["build", str(news), "--index", idx, "--encoding", name])
        assert bad.exit_code == 2 and bad.stdout == ""
        assert bad.stderr.count("\n") == 1 and said in bad.stderr, bad.stderr
    assert "Powódź w Kłodzku" in runner.invoke(main, ["show", "news/klodzko.txt", "--index", idx]).stdout


def test_an_empty_saved_page_is_an_empty_file_as_a_text_one_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # an empty .html was recorded with 0 paragraphs and passed --strict, which an empty .txt fails
    news = tmp_path / "news"
    news.mkdir()
    (news / "ok.txt").write_text("Harbour\n\nThe harbour bridge reopened to traffic on Monday morning.\n")
    (news / "a.txt").write_bytes(b"")
    (news / "b.html").write_bytes(b"")
    (news / "c.htm").write_bytes(b" \n\t\n")
    (news / "d.html.gz").write_bytes(gzip.compress(b"\xef\xbb\xbf\n"))
    (news / "e.mhtml").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "news", "--index", "idx", "--no-entities", "-v"])
    assert result.exit_code == 0, result.stderr
    skipped = sorted(line for line in result.stderr.splitlines() if "empty" in line)
    assert skipped == [
        f"indexer: warning: skipped empty file: news/{name}: nothing to index"
        for name in ["a.txt", "b.html", "c.htm", "d.html.gz", "e.mhtml"]
    ]
    assert "1 article" in result.stderr
    strict = CliRunner().invoke(main, ["build", "news", "--index", "idx2", "--no-entities", "--strict"])
    assert strict.exit_code == 2 and "empty file: news/" in strict.stderr
    for name in ["a.txt", "b.html", "d.html.gz"]:  # named on the command line: an error, as before for .txt
        named = CliRunner().invoke(main, ["parse", f"news/{name}"])
        assert (
            named.exit_code == 2
            and named.stderr.strip() == f"indexer: error: empty file: news/{name}: nothing to index"
        )
