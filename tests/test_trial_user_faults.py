"""Faults met in a new user's trial of the CLI, `--json` and `indexer serve` (a journalist with
BBC, Reuters and scraped pages), each checked on small articles written for the test."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from indexer.pipeline import build
from tests.conftest import invoke
from tests.helpers import hit_count, index_articles

cli = invoke  # `indexer ARGS` in this process: (exit code, stdout, stderr)

# Three people with "Trump" in their names: "Trump" alone (article t2) is not guessed to be
# either full name, since two people share the surname (names.py).
TRUMPS = {
    "t1.txt": "Steel visit\n\nDonald Trump visited a steel plant in Ohio on Friday with local officials.\n",
    "t2.txt": "Budget row\n\nMr Trump said on Friday that the budget was far too small for the army.\n",
    "t3.txt": "Charity gala\n\nIvanka Trump opened a charity gala in New York on Saturday evening.\n",
    "t4.txt": "Family meeting\n\nDonald Trump met Ivanka Trump at the White House on Monday to discuss the plan.\n",
}


@pytest.fixture(scope="module")
def trumps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """TRUMPS indexed with entities."""
    return index_articles(tmp_path_factory.mktemp("trumps"), TRUMPS)


count = hit_count


def test_an_exact_name_in_the_query_is_the_exact_name_filter(trumps: Path) -> None:
    # `person:"=Trump"` read the `=` as punctuation: every name with the word (4 paragraphs),
    # where `--person =Trump` (and a facet row) count the name whole (1).
    assert count(trumps, "--person", "=Trump") == 1
    assert count(trumps, 'person:"=Trump"') == 1
    assert count(trumps, "person:=Trump") == 1
    assert count(trumps, "person:Trump") == count(trumps, 'person:"Trump"') == 4  # words, as before
    assert count(trumps, 'person:"=Donald Trump"') == count(trumps, "--person", "=Donald Trump") == 2


def _summary(html: str) -> int:
    """The total a search page's summary gives ("1–2 of 2 paragraphs")."""
    m = re.search(r"of ([\d,]+) paragraph", html)
    assert m, html
    return int(m.group(1).replace(",", ""))


def _facet_link(html: str, name: str) -> tuple[str, int]:
    """The href and count of the first facet row for `name` on a search page."""
    m = re.search(rf'<li><a href="([^"]+)"[^>]*>{re.escape(name)}</a> <span class="count">(\d+)</span>', html)
    assert m, html
    return unescape(m.group(1)), int(m.group(2))


def test_a_facet_of_an_already_filtered_type_narrows_to_its_count(trumps: Path) -> None:
    pytest.importorskip("flask")
    from indexer.web.app import create_app

    client = create_app(trumps).test_client()
    page = client.get("/?person=%3DDonald+Trump").get_data(as_text=True)
    assert _summary(page) == 2
    href, shown = _facet_link(page, "Ivanka Trump")
    assert shown == 1
    # A second person= value is an alternative (either name: 3 paragraphs); the click must
    # narrow to the paragraphs naming both, as the facet counted them.
    assert _summary(client.get(href).get_data(as_text=True)) == 1
    assert "q=person%3A%22%3DIvanka+Trump%22" in href and "person=%3DDonald+Trump" in href
    # A first filter of its type stays a chip (a person= parameter).
    href, shown = _facet_link(client.get("/?q=friday").get_data(as_text=True), "Donald Trump")
    assert href == "/?q=friday&person=%3DDonald+Trump" and shown == 1


def test_a_build_without_paths_outside_the_repository_says_what_to_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped_index: Path
) -> None:
    # `indexer build` in a user's own folder: PATHS default to source/, which is not there;
    # "no such file or folder: source: check the path" read as a file the user had named.
    monkeypatch.chdir(tmp_path)
    code, out, err = cli("build", "--index", str(tmp_path / "idx"))
    assert (code, out) == (2, "")
    assert err == (
        f"indexer: error: no PATHS given and no source/ folder in {tmp_path} (the default): "
        "name the files or folders to index: 'indexer build PATHS'\n"
    )
    assert not (tmp_path / "idx").exists()
    # The library's own words: PATHS is a placeholder to fill in, not a path named 'PATHS'.
    from indexer.errors import SourceError
    from indexer.pipeline import build as library_build

    with pytest.raises(SourceError) as info:
        library_build(["source"], index=str(tmp_path / "idx"), paths_given=False)
    assert str(info.value).endswith("name the files or folders to index: build(PATHS)"), str(info.value)
    # Given an index, the folders it was built from, to update it; the index is untouched.
    before = (shipped_index / "indexer-manifest.json").read_bytes()
    code, _, err = cli("build", "--index", str(shipped_index))
    shipped = Path(__file__).resolve().parents[1] / "source" / "rferl-uyghur-diaspora-2021.txt"  # as it was built
    assert code == 2 and err.endswith(
        f"to update this index from those it was built from, run 'indexer build {shipped} --no-entities "
        f"--index {shipped_index}'\n"  # the shipped test index has no entity tags: the advice says so
    ), err
    assert (shipped_index / "indexer-manifest.json").read_bytes() == before


def test_the_advised_build_keeps_the_switches_it_needs(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A user's trial: in a folder without source/, `build --index IDX --no-entities` advised
    'indexer build NEWS --index IDX', which fails on an index built without entities; and the
    advice after --rebuild dropped --rebuild."""
    news, index = tmp_path / "news", tmp_path / "idx"
    news.mkdir()
    (news / "a.txt").write_text("Talks\n\nThe council met on Tuesday, officials said.\n", encoding="utf-8")
    assert cli("build", str(news), "--index", str(index), "--no-entities")[0] == 0
    monkeypatch.chdir(tmp_path)
    code, _, err = cli("build", "--index", str(index), "--no-entities")
    assert code == 2 and err.endswith(f"run 'indexer build {news} --no-entities --index {index}'\n"), err
    code, _, err = cli("build", "--index", str(index), "--no-entities", "--rebuild")
    assert code == 2 and err.endswith(
        f"to rebuild this index from those it was built from, run 'indexer build {news} --rebuild --no-entities "
        f"--index {index}'\n"
    ), err
    # the advice runs as given
    assert cli("build", str(news), "--no-entities", "--index", str(index))[0] == 0


def test_an_index_of_format_1_is_an_older_version_not_a_damaged_one(tmp_path: Path) -> None:
    # Format 1's manifest had no seal (kind, checksum, signature): it was called "damaged index
    # manifest", as a corrupted file is, where every later older format asks for a rebuild.
    import json

    from tests.helpers import write_corpus

    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 2)
    build([str(corpus)], str(index), entities=False)
    manifest = json.loads((index / "indexer-manifest.json").read_text())
    for key in ("kind", "checksum", "signature", "key_id"):
        del manifest[key]
    manifest.update(format_version=1, analyzer_version=1)
    (index / "indexer-manifest.json").write_text(json.dumps(manifest, indent=1))
    code, _, err = cli("search", "officials", "--index", str(index))
    assert code == 2 and err == (
        f"indexer: error: index at {index} uses an older format (format 1, analyzers 1): "
        f"rebuild it with 'indexer build {corpus} --rebuild --no-entities --index {index}'\n"
    )
    code, _, err = cli("build", str(corpus), "--no-entities", "-q", "--index", str(index))
    assert code == 0, err
    assert cli("search", "officials", "--count", "--index", str(index))[:2] == (0, "12\n")  # 2 articles x 6


@pytest.mark.parametrize(
    ("size", "said"),
    [
        (21_995_095, "21 MB (limit 20 MB)"),  # was "20 MB (limit 20 MB)": the size cut to whole MB
        (20 * 1024 * 1024 + 512 * 1024, "20.5 MB (limit 20 MB)"),
        (20 * 1024 * 1024 + 1, "20,971,521 bytes (limit 20,971,520 bytes)"),  # a tenth of a MB would read 20
    ],
)
def test_a_file_over_the_size_limit_is_said_larger_than_the_limit(tmp_path: Path, size: int, said: str) -> None:
    big = tmp_path / "dump.txt"
    with open(big, "wb") as fh:
        fh.truncate(size)  # sparse: no disk used
    code, _, err = cli("build", str(big), "--index", str(tmp_path / "idx"))
    assert (code, err) == (2, f"indexer: error: file too large: {big} is {said}: split it or leave it out\n")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("perosn", "person"), ("plcae", "place"), ("titel", "title"), ("Perosn", "person")],
)
def test_a_mistyped_field_name_is_refused_with_the_name_meant(shipped_index: Path, typed: str, meant: str) -> None:
    code, _, err = cli("search", f"{typed}:zenz", "--index", str(shipped_index))
    assert code == 2
    assert err.startswith(f"indexer: error: unknown field '{typed}:' in query: did you mean '{meant}:'? use one of ")
    code, _, err = cli("search", "colour:red", "--index", str(shipped_index))  # nothing near it: no guess
    assert code == 2 and "did you mean" not in err


def test_an_empty_fields_option_is_refused_as_empty(shipped_index: Path) -> None:
    # `--fields "$FIELDS"` with the variable unset printed every field, where `--fields ' , '`
    # was refused: a script reading only the fields it named would get others.
    for fmt in ("--json", "--jsonl", "--csv"):
        code, out, err = cli("search", "labor", fmt, "--fields", "", "--index", str(shipped_index))
        assert code == 2 and "--fields is empty: name some of article_id," in err, (fmt, out, err)


def test_an_article_and_its_hits_carry_their_language_in_the_page(tmp_path: Path) -> None:
    # The pages said lang="en" of a German article's text: a screen reader read it as English.
    pytest.importorskip("flask")
    from indexer.web.app import create_app

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "hafen.txt").write_text(
        "Hafenausschuss tagt\n\nDer Ausschuss für den Hafen hat sich am Dienstag getroffen, um über die neuen "
        "Kräne und den Haushalt für das nächste Jahr zu sprechen.\n",
        encoding="utf-8",
    )
    build([str(folder)], str(tmp_path / "idx"), entities=False)
    client = create_app(tmp_path / "idx").test_client()
    article = client.get("/articles/news/hafen.txt").get_data(as_text=True)
    assert '<h1 dir="auto" lang="de">Hafenausschuss tagt</h1>' in article
    assert '<p class="text" dir="auto" lang="de">Der Ausschuss' in article
    assert '<html lang="en">' in article  # the page's own words stay English
    hits = client.get("/?q=hafen").get_data(as_text=True)
    assert '<p class="snippet" dir="auto" lang="de">' in hits and '<h2 dir="auto" lang="de">' in hits
