"""Faults a new-user trial met in the CLI and the web app, each as a small input of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import REPO, invoke


def test_a_query_starting_with_a_negated_word_gets_the_dashes_hint() -> None:
    # `indexer search -labor`: click read -l as an option; the README's way is `-- -labor`.
    code, out, err = invoke("search", "-labor")
    assert (code, out) == (2, "")
    assert err == (
        "indexer: error: No such option '-l': a query starting with '-' needs -- before it "
        "(indexer search -- -labor) (see 'indexer search --help')\n"
    )
    # Options keep their values and go before --, the query words after it.
    err = invoke("search", "-n", "5", "-labor", "forced", "--count")[2]
    assert "(indexer search -n 5 --count -- -labor forced)" in err and err.count("\n") == 1
    # A lone short option is an unknown option, not a word: click's message as it was.
    assert invoke("search", "-l")[2] == "indexer: error: No such option '-l'. (see 'indexer search --help')\n"


def test_a_page_of_no_hits_has_no_next_offset_so_paging_ends(shipped_index: Path) -> None:
    # --limit 0 with hits gave "next_offset": 0: a script paging on it asked for offset 0 forever.
    code, out, _ = invoke("search", "labor", "--limit", "0", "--json", "--index", str(shipped_index))
    doc = json.loads(out)
    assert code == 0 and doc["total"] > 0 and doc["hits"] == [] and doc["next_offset"] is None
    past = json.loads(invoke("search", "labor", "--offset", "999", "--json", "--index", str(shipped_index))[1])
    assert past["next_offset"] is None
    # Paging by next_offset from 0 reaches every hit once, and ends.
    seen, offset = [], 0
    while offset is not None:
        page = json.loads(
            invoke("search", "labor", "-n", "2", "--offset", str(offset), "--json", "--index", str(shipped_index))[1]
        )
        seen += [(h["article_id"], h["paragraph"]) for h in page["hits"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == doc["total"]
    # The web JSON API says the same (one SearchResult.next_offset).
    from indexer.web.app import create_app

    api = create_app(shipped_index).test_client().get("/api/search?q=labor&limit=0").get_json()
    assert api["total"] == doc["total"] and api["next_offset"] is None


def test_the_hit_cap_warning_comes_only_when_the_cap_cut_hits(shipped_index: Path) -> None:
    # `-n 20000` with a few hits: every hit shown, nothing to warn of.
    code, out, err = invoke("search", "labor", "-n", "20000", "--jsonl", "--index", str(shipped_index))
    assert code == 0 and out and "warning" not in err
    from indexer.cli import _warn_if_capped
    from indexer.models import SearchResult
    from indexer.search import MAX_LIMIT

    runner = CliRunner()
    with runner.isolation() as (_, _, err_bytes):
        cut = _warn_if_capped(20_000, SearchResult("q", total=MAX_LIMIT + 5, offset=0, limit=20_000))
        kept = _warn_if_capped(20_000, SearchResult("q", total=MAX_LIMIT + 5, offset=5, limit=20_000))
        small = _warn_if_capped(MAX_LIMIT, SearchResult("q", total=MAX_LIMIT + 5, offset=0, limit=MAX_LIMIT))
        text = err_bytes.getvalue().decode()
    assert (cut, kept, small) == (True, False, False)
    assert text == (
        "indexer: warning: -n 20000 is more than the 10,000 hits a search returns: showing 10,000 of the "
        "10,005 from offset 0 (page on with --offset)\n"
    )


def test_every_error_type_a_record_can_carry_is_documented(shipped_index: Path) -> None:
    # The web API's 405 (and 404, 413) records said "type": "http", which README's lists lacked.
    from indexer.web.app import create_app

    client = create_app(shipped_index).test_client()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for response in (client.post("/api/search?q=labor"), client.get("/api/nowhere"), client.get("/api/batch")):
        kind = response.get_json()["error"]["type"]
        assert f"`{kind}`" in readme or f'"type": "{kind}"' in readme, kind
    spec = client.get("/api/openapi.json").get_json()
    listed = spec["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["type"]["enum"]
    assert "http" in listed and all(f"`{t}`" in readme for t in listed)


ESCAPES = (
    "\x1b]0;pwned\x07",  # OSC (window title), BEL-terminated
    "\x1b]8;;http://evil.example\x1b\\",  # OSC 8 hyperlink, ST-terminated
    "\x1bPq#0;2;0;0;0\x1b\\",  # DCS (sixel)
    "\x1b[1;31m",  # CSI (colour)
    "\x1b(B",  # charset choice (an nF sequence)
)


def test_terminal_escape_sequences_are_removed_whole_from_text_and_pages(tmp_path: Path) -> None:
    # The OSC's payload stayed in the text ("escape ]0;pwned sequences" in `show`).
    from indexer.sources import SourceRef, read_document

    body = "Payload " + " ".join(f"word{i}{seq}" for i, seq in enumerate(ESCAPES)) + " end of the line."
    (tmp_path / "a.txt").write_text(f"Escapes\n\n{body}\n", encoding="utf-8")
    page = (
        "<html><head><title>Escapes</title></head><body><article><h1>Escapes</h1>"
        f"<p>{body} It is a paragraph long enough for the extractor to keep it as the article.</p>"
        "<p>A second paragraph of article text, long enough to be kept as body text as well.</p>"
        "</article></body></html>"
    )
    (tmp_path / "b.html").write_text(page, encoding="utf-8")
    for name in ("a.txt", "b.html"):
        doc = read_document(SourceRef(tmp_path / name, name, tmp_path, False))
        for leftover in ("pwned", "evil", "#0;2", "31m", "]", "\x1b", "(B"):
            assert leftover not in doc.text, (name, leftover, doc.text)
        assert "word0 word1 word2 word3 word4 end of the line." in doc.text, (name, doc.text)
    # An ESC left unterminated loses only itself: no article text goes with it.
    (tmp_path / "c.txt").write_text("Stray\n\nAn escape \x1b]0;that never ends\nand the text after it.\n")
    doc = read_document(SourceRef(tmp_path / "c.txt", "c.txt", tmp_path, False))
    assert "0;that never ends" in doc.text and "and the text after it." in doc.text


def test_the_steps_after_the_articles_are_said_and_said_again_while_they_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Reuters with entities: 99% of the files, then ~6 minutes of commit without a line.
    from indexer.cli import _LineProgress

    now = [0.0]
    progress = _LineProgress(entities=False, interval=10, clock=lambda: now[0], heartbeat=False)
    progress(0, 3, 0)  # the start line
    now[0] = 12
    progress(3, 3, 30)  # all read
    now[0] = 13
    progress.phase("writing the index (3 articles read)")  # 1 s after the last line: waits its turn
    progress.beat()
    now[0] = 22
    progress.beat()  # the heartbeat's turn: the step with its seconds so far
    now[0] = 25
    progress.phase("writing the index: the corpus-names table")
    now[0] = 33
    progress.beat()
    progress.beat()  # one line an interval
    now[0] = 46
    progress.beat()
    progress.clear()
    progress.beat()  # cleared: nothing more
    assert capsys.readouterr().err.splitlines() == [
        "indexer: indexing 3 files",
        "indexer: indexing 3/3 files (100%), 30 paragraphs",
        "indexer: writing the index (3 articles read) (9 s so far)",
        "indexer: writing the index: the corpus-names table (8 s so far)",
        "indexer: writing the index: the corpus-names table (21 s so far)",
    ]


def test_a_build_tells_its_phase_callback_each_step_of_the_commit(tmp_path: Path) -> None:
    from indexer.pipeline import build
    from tests.helpers import write_corpus

    write_corpus(tmp_path / "news", 4, paragraphs=2)
    steps: list[str] = []
    build([str(tmp_path / "news")], str(tmp_path / "idx"), entities=False, phase=steps.append)
    assert steps[0] == "writing the index (4 articles read)"
    assert [s.split(" (")[0] for s in steps[1:]] == [
        "writing the index: the word list",
        "writing the index: sorting and writing the postings",
        "writing the index: the corpus-names table",
        "writing the index: checksums of 4 new files",
    ]
    # An update that rewrites 3 of the 4 articles merges the first segment (mostly deleted
    # paragraphs now) into the new one: the merge is said as it starts.
    write_corpus(tmp_path / "news", 3, seed=99, paragraphs=2)
    steps.clear()
    build([str(tmp_path / "news")], str(tmp_path / "idx"), entities=False, phase=steps.append)
    assert any(s.startswith("writing the index: merging segments (1 of the ") for s in steps), steps


def test_a_page_that_takes_minutes_to_tag_is_said_while_it_is_tagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A 2 MB page of distinct paragraphs took minutes of tagging with no line: one article,
    # not done until it is all tagged. Said as a step of its own, and ended when it is done.
    from indexer import pipeline
    from indexer.cli import _LineProgress
    from tests.helpers import PROSE

    monkeypatch.setattr(pipeline, "LARGE_PAGE_PARAGRAPHS", 4)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "big.txt").write_text("Bridge to close\n\n" + "\n\n".join(PROSE) + "\n")
    (tmp_path / "news" / "small.txt").write_text("Bridge closes\n\n" + PROSE[0] + "\n")
    steps: list[str] = []
    pipeline.build([str(tmp_path / "news")], str(tmp_path / "idx"), workers=0, phase=steps.append)
    assert steps[:2] == [f"tagging the entities of {tmp_path / 'news' / 'big.txt'}: 5 paragraphs", ""]
    assert steps[2] == "writing the index (2 articles read)"
    # "" ends the step: the heartbeat says nothing more of it
    now = [0.0]
    progress = _LineProgress(entities=True, interval=10, clock=lambda: now[0], heartbeat=False)
    now[0] = 20
    progress.phase("tagging the entities of big.txt: 5 paragraphs")
    now[0] = 31
    progress.beat()
    progress.phase("")
    now[0] = 45
    progress.beat()
    assert capsys.readouterr().err.splitlines() == [
        "indexer: tagging the entities of big.txt: 5 paragraphs",
        "indexer: tagging the entities of big.txt: 5 paragraphs (11 s so far)",
    ]


def test_the_search_box_examples_come_from_the_index_served(tmp_path: Path) -> None:
    # Every index's search box read 'forced labor, "Id Kah Mosque", person:Zenz' (the shipped article's).
    import re

    from indexer.pipeline import build
    from indexer.web.app import create_app
    from indexer.web.views import example_queries
    from tests.helpers import write_corpus

    write_corpus(tmp_path / "news", 3, paragraphs=1)  # titles "Report 0 on the ... and the ..."
    build([str(tmp_path / "news")], str(tmp_path / "idx"), entities=False)
    page = create_app(tmp_path / "idx").test_client().get("/").get_data(as_text=True)
    assert re.search(r'placeholder="([^"]*)"', page).group(1) == "report"  # type: ignore[union-attr]
    names = {
        "people": [("Tony Blair", 20), ("Gordon Brown", 20), ("Bush", 50)],
        "places": [("London", 90), ("New York", 30)],
        "orgs": [("United Nations", 30), ("BBC", 80)],
    }
    titles = ["Blair wins vote on Tuesday", "Brown and Blair: a budget vote", "Budget row", "About the budget"]
    # The title word (no function word or day), the top name of several words (ties: first by
    # name), the top person's last name; in any order of the input, the same.
    assert example_queries(titles, names) == 'budget, "New York", person:Bush'
    assert example_queries(list(reversed(titles)), {k: v[::-1] for k, v in names.items()}) == (
        'budget, "New York", person:Bush'
    )
    assert example_queries([], {}) == 'words, "a phrase", person:name'


def test_a_skip_is_said_once_per_index_and_again_only_when_new(tmp_path: Path) -> None:
    # Every no-change build repeated "skipped news/README.txt: a folder's README file...".
    from indexer.schema import INDEX_FORMAT_VERSION
    from tests.helpers import without_progress, write_corpus

    news, idx = tmp_path / "news", tmp_path / "idx"
    write_corpus(news, 2, paragraphs=2)
    (news / "README.txt").write_text("About these files\n\nWhere they come from.\n", encoding="utf-8")
    build = ["build", str(news), "--index", str(idx), "--no-entities"]
    first = without_progress(invoke(*build)[2])
    assert "warning: skipped" in first and "README" in first and "as before" not in first
    code, _, again = invoke(*build)
    assert code == 0 and "warning" not in again
    assert "1 skipped as before: -v lists it;" in again
    assert "warning: skipped" in invoke(*build, "-v")[2]  # --verbose lists it
    (news / "report.pdf").write_bytes(b"%PDF-1.4\n")  # a new skip is said; the README is not
    lines = [line for line in without_progress(invoke(*build)[2]).splitlines() if "warning" in line]
    assert len(lines) == 1 and "report.pdf" in lines[0]
    (news / "report.pdf").unlink()
    (news / "README.txt").unlink()
    assert "skipped" not in invoke(*build)[2]
    (news / "README.txt").write_text("Back again\n", encoding="utf-8")  # gone, then back: new again
    assert "warning: skipped" in invoke(*build)[2]
    # The record is a file of its own, not the manifest's (whose format version stays): damaged
    # or deleted, the skips are said again, never an error.
    from indexer.index.manifest import SKIPS_NAME

    manifest = json.loads((idx / "indexer-manifest.json").read_text(encoding="utf-8"))
    assert "skips_said" not in manifest and manifest["format_version"] == INDEX_FORMAT_VERSION
    for damage in ("{not json", "\udcff", '{"skips_said": [3, null]}', "[]"):
        (idx / SKIPS_NAME).write_text(damage, encoding="utf-8", errors="surrogateescape")
        code, _, said = invoke(*build)
        assert code == 0 and "warning: skipped" in said, damage
    (idx / SKIPS_NAME).unlink()
    assert "warning: skipped" in invoke(*build)[2]


def test_a_skip_a_quiet_build_hid_is_said_by_the_next_build(tmp_path: Path) -> None:
    # -q said nothing but recorded the skip as said: the next normal build kept it quiet too.
    from tests.helpers import without_progress, write_corpus

    news, idx = tmp_path / "news", tmp_path / "idx"
    write_corpus(news, 2, paragraphs=2)
    build = ["build", str(news), "--index", str(idx), "--no-entities"]
    assert invoke(*build)[0] == 0
    (news / "report.pdf").write_bytes(b"%PDF-1.4\n")
    code, _, quiet = invoke(*build, "-q")
    assert code == 0 and "warning" not in quiet and "1 skipped" in quiet
    said = without_progress(invoke(*build)[2])
    assert "warning: skipped" in said and "report.pdf" in said
    assert "warning" not in invoke(*build)[2]  # said once, then only counted
    (news / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    invoke(*build, "-q")  # a quiet build keeps what was said: report.pdf stays said
    lines = [line for line in without_progress(invoke(*build)[2]).splitlines() if "warning" in line]
    assert len(lines) == 1 and "notes.pdf" in lines[0], lines


def test_strict_fails_on_a_document_found_by_its_name(tmp_path: Path) -> None:
    # `--strict` exited 0 with a PDF skipped, while a PDF saved as .txt failed it: the same
    # unreadable document, told apart by its name only.
    from tests.helpers import write_corpus

    news, idx = tmp_path / "news", tmp_path / "idx"
    write_corpus(news, 2, paragraphs=2)
    (news / "README.txt").write_text("About these files\n\nWhere they come from.\n", encoding="utf-8")
    build = ["build", str(news), "--index", str(idx), "--no-entities", "--strict"]
    code, _, err = invoke(*build)
    assert code == 0, err  # a folder's README is left out by choice, --strict or not
    for name in ("report.pdf", "report.txt"):
        (news / name).write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n")
        code, out, err = invoke(*build)
        assert code == 2 and out == "" and err.count("\n") == 2, (name, err)  # the file, then the count
        assert f"news/{name}" in err and "pdftotext" in err, err
        (news / name).unlink()
    code, out, _ = invoke("stats", "--index", str(idx))
    assert code == 0 and "articles    2" in out  # the index is intact


def test_show_says_why_an_article_of_no_paragraphs_prints_only_its_header(tmp_path: Path) -> None:
    # A page whose every block is chrome is indexed as an article of 0 paragraphs: `show` printed
    # its header and nothing else, exit 0, as if the article were empty by mistake.
    from tests.helpers import index_news_folder

    menu = "\n\n".join(["Home", "World", "Sport", "Log in", "Subscribe", "Contact us"])
    prose = "The council met on Tuesday and agreed the budget for next year after a long debate."
    index = index_news_folder(tmp_path, {"menu.txt": menu, "story.txt": prose})
    code, out, err = invoke("show", "--index", str(index), "news/menu.txt")
    assert code == 0 and out.startswith("news/menu.txt")
    assert err.count("\n") == 1 and "news/menu.txt has no paragraphs indexed" in err
    assert f"'indexer parse {tmp_path / 'news' / 'menu.txt'}' shows why each block was dropped" in err
    # The same for scripts, in the JSON's warnings too; and nothing for an article with paragraphs.
    code, out, err = invoke("show", "--index", str(index), "news/menu.txt", "--json")
    doc = json.loads(out)
    assert doc["paragraphs"] == [] and "has no paragraphs indexed" in err
    assert [w.split(":")[0] for w in doc["warnings"]] == ["news/menu.txt has no paragraphs indexed"]
    assert invoke("show", "--index", str(index), "news/story.txt")[2] == ""


def test_an_entity_filter_that_finds_nothing_says_which_articles_were_never_tagged(tmp_path: Path) -> None:
    # `--place Kłodzko` on an index holding a Polish article said only "no paragraph names a
    # place": the user could not tell that the Polish article was never tagged (the entity
    # model reads English) and that searching the name as words finds it.
    from tests.helpers import index_articles

    polish = (
        "Woda w Nysie Kłodzkiej zaczęła opadać w sobotę wieczorem, ale dla wielu mieszkańców "
        "Kłodzka najgorsze dopiero się zaczyna. Setki rodzin wracają do domów, w których błoto "
        "sięga kolan, a piwnice wciąż są pełne wody.\n\nBurmistrz miasta powiedział, że pomoc "
        "dotrze do wszystkich poszkodowanych jeszcze w tym tygodniu, a szkoły pozostaną zamknięte."
    )
    english = "Flood water in Leeds fell on Saturday, the council said, and the schools will reopen on Monday."
    index = index_articles(tmp_path, {"pl.txt": polish, "en.txt": english})
    code, _, err = invoke("search", "--index", str(index), "--place", "Kłodzko")
    assert code == 1
    assert (
        "no paragraph names a place 'Kłodzko'; 1 article in Polish is not tagged (the entity model "
        "reads English): search the name as words to find it there" in err
    )
    assert invoke("search", "--index", str(index), "Kłodzka")[0] == 0
    # An index of English articles alone: the note as before.
    (tmp_path / "en").mkdir()
    english_only = index_articles(tmp_path / "en", {"en.txt": english})
    err = invoke("search", "--index", str(english_only), "--place", "Kłodzko")[2]
    assert "no paragraph names a place 'Kłodzko'" in err and "not tagged" not in err


def test_parse_marks_a_dropped_blocks_reason_line_and_points_its_warnings_into_its_output(tmp_path: Path) -> None:
    # `indexer parse page | grep -v '^-'` left the reasons of dropped blocks as orphan lines, and
    # a page without article text was told to "see 'indexer parse page.txt'": the command running.
    page = tmp_path / "menu.txt"
    page.write_text("Home\n\nNews\n\nSport\n\nWeather\n\nContact us\n\nSign in\n", encoding="utf-8")
    code, out, err = invoke("parse", str(page), "--no-entities")
    assert code == 0
    reasons = [line for line in out.splitlines() if "why:" in line]
    assert reasons and all(line.startswith("-") for line in reasons)
    (warning,) = err.splitlines()
    assert warning.endswith("see the '-' lines of this output for why each block was dropped")
    assert "'indexer parse" not in warning
    doc = json.loads(invoke("parse", str(page), "--no-entities", "--json")[1])
    assert doc["warnings"][0].endswith(
        'see the blocks of this output with "indexed": false for why each block was dropped'
    )
    # Other commands keep the advice to run `indexer parse`.
    code, _, err = invoke("build", str(page), "--no-entities", "--index", str(tmp_path / "idx"))
    assert f"see 'indexer parse {page}'" in err  # (a page of chrome alone is skipped, saying so)


def test_parse_cuts_a_line_of_wide_characters_at_the_terminals_columns() -> None:
    # A Japanese line was cut at the same number of characters as an English one, each two
    # columns wide, so it wrapped.
    from indexer.render import _cut

    text = "北陸新幹線の金沢敦賀間が開業して半年となりました" * 4
    cut = _cut(text, 40)
    assert cut.endswith("…") and len(cut) == 20  # 19 wide characters (38 columns) and the ellipsis
    assert _cut("a" * 60, 40) == "a" * 39 + "…"
    assert _cut("short", 40) == "short"
    assert _cut("北陸" * 10, 40) == "北陸" * 10  # 40 columns: fits


def test_text_of_wide_characters_wraps_at_the_terminals_columns() -> None:
    # A Japanese paragraph (no spaces, two columns a character) was wrapped at the line's width
    # in characters, so each line took twice the terminal's width.
    from indexer.render import TextRenderer, _columns, wrap_columns

    text = "北陸新幹線の金沢敦賀間が開業して半年となりました。" * 6 + " Tokyo 東京 is big"
    lines = wrap_columns(text, 40)
    assert all(sum(map(_columns, line)) <= 40 for line in lines)
    assert sum(map(_columns, lines[0])) == 40  # full lines, not half-empty ones
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # only spaces left out
    assert wrap_columns("Tokyo 東京 is big and the 新幹線 runs fast", 12) == [
        "Tokyo 東京",
        "is big and",
        "the 新幹線",
        "runs fast",
    ]
    renderer = TextRenderer(width=42)
    assert all(sum(map(_columns, line)) <= 42 for line in renderer._wrap(text))


def test_an_entity_filter_note_says_where_the_name_is_as_words(tmp_path: Path) -> None:
    # `--person Ostvik` where an English (tagged) article holds "Ostvik" only inside a place's
    # name blamed the untagged Polish article; the note now counts the name as words in tagged
    # and untagged articles and says which holds it.
    from tests.helpers import index_articles

    polish = (
        "Woda w rzece zaczęła opadać w sobotę wieczorem, ale dla wielu mieszkańców miasta najgorsze "
        "dopiero się zaczyna. Setki rodzin wracają do domów, w których błoto sięga kolan.\n\nBurmistrz "
        "miasta powiedział, że pomoc dotrze do wszystkich poszkodowanych jeszcze w tym tygodniu."
    )
    english = "Flood water in the Ostvik River fell on Saturday, the council said, and the schools will reopen."
    index = index_articles(tmp_path, {"pl.txt": polish, "en.txt": english})
    code, _, err = invoke("search", "--index", str(index), "--person", "Ostvik")
    assert code == 1
    assert "no paragraph names a person 'Ostvik'" in err
    assert "'Ostvik' is in 1 paragraph of tagged articles, not tagged as a person there" in err
    assert "Polish is not tagged" not in err
    # A name in no text at all: the untagged articles may hold it in a form of their language.
    err = invoke("search", "--index", str(index), "--speaker", "Zbigniew Nowak")[2]
    assert "is in" not in err and "1 article in Polish is not tagged" in err


def test_a_person_filter_note_points_to_the_byline_that_holds_the_name(tmp_path: Path) -> None:
    # trial 16: `--person 김민수` (a Korean reporter, untagged language) advised searching the name
    # as words, which found nothing: the name was the byline's only
    from tests.helpers import index_articles

    korean = (
        "서울시 심야버스 노선 확대\n\n서울시는 내년부터 심야버스 노선을 세 개 늘린다고 밝혔다. 시는 이용객이 "
        "꾸준히 늘고 있다고 설명했다.\n\n새 노선은 강남과 도심을 잇는다.\n\n박서연 기자"
    )
    index = index_articles(tmp_path, {"ko.txt": korean})
    code, _, err = invoke("search", "--index", str(index), "--person", "박서연")
    assert code == 1
    assert "'박서연' is in the byline of 1 article: search byline:박서연 to find it" in err
    assert invoke("search", "--index", str(index), "byline:박서연")[0] == 0
    # a name in no byline gets no such note
    assert "in the byline" not in invoke("search", "--index", str(index), "--person", "김민수")[2]


def test_a_person_filter_note_points_to_the_posts_speaker(tmp_path: Path) -> None:
    # trial 16: `--person HenryK` found nothing for a forum reply's poster; his post is his as its
    # speaker (segment.tail._mark_forum_posts), which the note names
    from tests.helpers import index_articles

    thread = (
        "Re: Gravel on the towpath\n\nPost by towpath_tom » Mon Nov 10, 2025 8:14 pm\n\nThe new gravel on the "
        "towpath is so loose that my bike slides on every bend. Has anyone asked the trust about it?\n\n"
        "Re: Gravel on the towpath\n\nPost by EdnaQ » Mon Nov 10, 2025 9:02 pm\n\nThe trust told me on Friday "
        "that a roller is coming next month to press it down."
    )
    index = index_articles(tmp_path, {"thread.txt": thread})
    code, _, err = invoke("search", "--index", str(index), "--person", "EdnaQ")
    assert code == 1
    assert "'EdnaQ' is the speaker of 1 paragraph (its writer or poster): search speaker:EdnaQ" in err
    assert "roller" in invoke("search", "--index", str(index), "speaker:EdnaQ")[1]
    assert "is the speaker" not in invoke("search", "--index", str(index), "--person", "Gravel Smith")[2]
