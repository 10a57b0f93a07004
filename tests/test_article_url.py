"""An article's address (the page's canonical link or og:url) is kept and given with its hits:
in JSON, CSV (when asked), text, the search page, `show`/`parse` and the Python API. Before,
the index kept none, so citing a hit meant finding the page again by hand. Also the search
page's date of a hit (the JSON had `published`, the page showed none)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import pageurl, sources
from indexer.cli import main
from indexer.index.manifest import read_manifest, write_manifest
from indexer.pipeline import build
from indexer.search import search, show
from indexer.schema import INDEX_FORMAT_VERSION
from indexer.sources import page_url

ADDRESS = "https://news.example.org/2021/04/harbour-bridge-closes"

# A saved page written for these tests: its canonical link differs from its og:url (a tracking
# parameter), as publishers' pages often do; the canonical link is the address to cite.
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour bridge to close for a year | City News</title>
<link rel="canonical" href="{ADDRESS}">
<meta property="og:url" content="{ADDRESS}?utm_source=feed">
<meta property="article:published_time" content="2021-04-22T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour bridge to close for a year</h1>
<p>The city council voted on Tuesday to close the old harbour bridge for repairs, a decision that will
force thousands of commuters onto ferries for most of next year.</p>
<p>Engineers said the steel supports had corroded faster than expected and that the deck could no longer
carry buses, according to a report published by the council last month.</p>
</article><footer>Copyright City News</footer></body></html>
"""
TEXT = (
    "Ferry timetable\n\nThe council said it would run extra ferries in the morning and evening while "
    "the harbour bridge is closed for repairs.\n"
)


@pytest.mark.parametrize(
    "head,address",
    [
        (f'<link rel="Canonical" href="{ADDRESS}">', ADDRESS),  # rel is case-insensitive
        (f'<meta property="og:url" content="{ADDRESS}">', ADDRESS),
        (f'<meta name="twitter:url" content="{ADDRESS}">', ADDRESS),
        # a relative canonical link, on the og:url's site
        (
            '<meta property="og:url" content="https://news.example.org/x"><link rel="canonical" href="/a/b">',
            "https://news.example.org/a/b",
        ),
        ('<link rel="canonical" href="//news.example.org/a">', "https://news.example.org/a"),
        ('<base href="https://news.example.org/">', ""),  # a site's root is no article's address
        ('<link rel="canonical" href="javascript:alert(1)">', ""),
        ('<meta property="og:url" content="not a url">', ""),
        ("", ""),
    ],
)
def test_the_address_a_page_gives_itself(head: str, address: str) -> None:
    page = f"<html><head><title>t</title>{head}</head><body><p>Text.</p></body></html>"
    assert page_url(page) == address
    assert page_url(page.encode("utf-8")) == address


def test_an_address_is_read_from_xhtml_and_from_windows_1252_bytes() -> None:
    xhtml = f'<?xml version="1.0" encoding="utf-8"?><html><head><link rel="canonical" href="{ADDRESS}"/></head></html>'
    assert page_url(xhtml) == ADDRESS  # lxml refuses a str that declares its encoding
    latin = '<html><head><title>Caf\xe9</title><link rel="canonical" href="https://ex.org/caf\xe9"></head></html>'
    assert page_url(latin.encode("cp1252")) == "https://ex.org/caf\xe9"
    assert page_url("plain text, no markup") == ""


def test_a_pages_address_comes_from_the_tree_extraction_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The page is parsed once (htmlpage.extract's tree, pageurl.page_address); a page that
    # extraction could not parse (an XHTML declaration lxml refuses) is read again for it.
    page, xhtml = tmp_path / "bridge.html", tmp_path / "x.html"
    page.write_text(PAGE, encoding="utf-8")
    xhtml.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n' + PAGE.replace("<!DOCTYPE html>\n", ""), encoding="utf-8"
    )
    ref = sources.SourceRef(page, "bridge.html", tmp_path, True)
    reparsed: list[object] = []
    real = pageurl.page_url
    monkeypatch.setattr(sources, "page_url", lambda p: reparsed.append(p) or real(p))
    assert sources.read_document(ref).meta["url"] == ADDRESS and reparsed == []
    assert sources.read_document(sources.SourceRef(xhtml, "x.html", tmp_path, True)).meta["url"] == ADDRESS
    assert len(reparsed) == 1


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    (folder / "src").mkdir()
    (folder / "src" / "bridge.html").write_text(PAGE, encoding="utf-8")
    (folder / "src" / "ferries.txt").write_text(TEXT, encoding="utf-8")
    build([str(folder / "src")], str(folder / "idx"), entities=False)
    return folder


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_a_hit_gives_its_articles_address_in_json_csv_and_python(news: Path) -> None:
    index = str(news / "idx")
    hits = json.loads(_run("search", "ferries", "--json", "--index", index))["hits"]
    assert {h["article_id"]: h["url"] for h in hits} == {"src/bridge.html": ADDRESS, "src/ferries.txt": None}
    assert {h.article_id: h.url for h in search("ferries", index=index).hits} == {
        "src/bridge.html": ADDRESS,
        "src/ferries.txt": "",
    }
    csv = _run("search", "ferries", "--csv", "--index", index).splitlines()
    assert "url" not in csv[0].split(",")  # CSV keeps its columns
    asked = _run("search", "ferries", "--csv", "--fields", "article_id,url", "--sort", "position", "--index", index)
    lines = asked.splitlines()
    assert lines[0] == "article_id,url" and set(lines[1:]) == {f"src/bridge.html,{ADDRESS}", "src/ferries.txt,"}


def test_text_output_prints_the_address_under_the_title_only_where_there_is_one(news: Path) -> None:
    index = str(news / "idx")
    page = _run("search", "ferries", "--article", "bridge.html", "--index", index, "--color", "never")
    head = ["src/bridge.html:2 body", "  Harbour bridge to close for a year", f"  {ADDRESS} · 2021-04-22"]
    assert page.splitlines()[:3] == head  # the page's date beside it (tests/test_hit_citation.py)
    text = _run("search", "extra ferries", "--article", "ferries.txt", "--index", index, "--color", "never")
    assert text.splitlines()[:2] == ["src/ferries.txt:2 body", "  Ferry timetable"]
    assert "http" not in text  # a plain-text hit prints as before


def test_show_parse_and_stats_give_the_articles_address(news: Path) -> None:
    index = str(news / "idx")
    assert f"\n  url: {ADDRESS}\n" in _run("show", "bridge", "--index", index, "--color", "never")
    assert json.loads(_run("show", "bridge", "--json", "--index", index))["article"]["url"] == ADDRESS
    assert json.loads(_run("show", "ferries", "--json", "--index", index))["article"]["url"] is None
    parsed = json.loads(_run("parse", str(news / "src" / "bridge.html"), "--json", "--no-entities"))
    assert parsed["article"]["url"] == ADDRESS
    listed = json.loads(_run("stats", "--articles", "--json", "--index", index))["article_list"]
    assert {a["article_id"]: a["url"] for a in listed} == {"src/bridge.html": ADDRESS, "src/ferries.txt": None}
    assert show("bridge", index=index).url == ADDRESS


def test_the_search_page_shows_a_hits_date_and_address(news: Path) -> None:
    pytest.importorskip("flask")
    from indexer.web import create_app

    client = create_app(news / "idx").test_client()
    html = client.get("/?q=ferries&sort=position").get_data(as_text=True)
    meta = [line for line in html.splitlines() if 'class="meta"' in line]
    assert len(meta) == 3 and "src/bridge.html:2" in meta[0]
    # A readable date, the ISO one in <time datetime>; the JSON keeps ISO.
    assert '<time datetime="2021-04-22">22 April 2021</time>' in meta[0]
    assert f'<a class="source" href="{ADDRESS}" rel="external noopener noreferrer">{ADDRESS}</a>' in meta[0]
    for line in meta[1:]:  # the text article states neither
        assert "src/ferries.txt:" in line and "<time" not in line and "source" not in line
    article = client.get("/articles/src/bridge.html").get_data(as_text=True)
    assert f'href="{ADDRESS}"' in article
    assert '<time datetime="2021-04-22">22 April 2021</time>' in article
    assert client.get("/api/search?q=ferries&sort=position").get_json()["hits"][0]["published"] == "2021-04-22"


@pytest.mark.parametrize(
    "iso,text",
    [("2021-04-22", "22 April 2021"), ("2021-04", "April 2021"), ("2021", "2021"), ("2021-13", "2021-13"), ("", "")],
)
def test_an_articles_date_reads_as_a_date(iso: str, text: str) -> None:
    from indexer.render import published_text

    assert published_text(iso) == text


def _build_as_format_4(src: Path, index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Index `src` into `index` as format 4 wrote it: no page addresses anywhere, format 4 in
    the manifest."""
    with monkeypatch.context() as mp:
        mp.setattr(pageurl, "page_address", lambda tree: "")
        build([str(src)], str(index), entities=False)
    manifest = read_manifest(index)
    manifest.format_version = 4
    write_manifest(index, manifest)


def test_an_index_of_format_4_is_read_and_its_next_build_records_the_addresses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, index = tmp_path / "src", tmp_path / "idx"
    src.mkdir()
    (src / "bridge.html").write_text(PAGE, encoding="utf-8")
    (src / "ferries.txt").write_text(TEXT, encoding="utf-8")
    _build_as_format_4(src, index, monkeypatch)
    assert {h.url for h in search("ferries", index=str(index)).hits} == {""}  # read as it is
    result = CliRunner().invoke(main, ["build", str(src), "--index", str(index), "--no-entities"])
    assert result.exit_code == 0, result.stderr
    assert (
        "indexer: note: this index (format 4) kept no page addresses: 1 HTML article read again to record the "
        'address each page gives (README "Scripts and JSON")\n'
    ) in result.stderr
    assert "(0 added, 1 updated, 1 unchanged, 0 removed;" in result.stderr  # the text article is not re-read
    assert {h.article_id: h.url for h in search("ferries", index=str(index)).hits} == {
        "src/bridge.html": ADDRESS,
        "src/ferries.txt": "",
    }
    assert read_manifest(index).format_version == INDEX_FORMAT_VERSION
    again = build([str(src)], str(index), entities=False)
    assert (again.updated, again.unchanged, again.notes) == (0, 2, [])


def test_the_format_4_upgrade_tells_pages_by_content_not_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A saved page under a text name is read as HTML by the build (sniff.looks_like_html), so
    # its address is recorded too; a plain-text file under an .html name has none: not re-read.
    src, index = tmp_path / "src", tmp_path / "idx"
    src.mkdir()
    (src / "bridge-saved.txt").write_text(PAGE, encoding="utf-8")
    (src / "ferries.html").write_text(TEXT, encoding="utf-8")
    _build_as_format_4(src, index, monkeypatch)
    again = build([str(src)], str(index), entities=False)
    assert (again.updated, again.unchanged) == (1, 1)
    assert any("1 HTML article read again" in note for note in again.notes)
    assert {h.article_id: h.url for h in search("ferries", index=str(index)).hits} == {
        "src/bridge-saved.txt": ADDRESS,
        "src/ferries.html": "",
    }
