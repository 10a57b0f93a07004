"""Article ids are a function of each root given and the path under it (sources.root_prefixes):
adding or removing other folders never changes them, and an index whose ids were made by the
rule before (paths relative to the common parent of the build's roots, format 3) has them
renamed by its next build, without re-reading or re-tagging an article."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import pipeline, sources
from indexer.cli import main
from indexer.index.manifest import MANIFEST_NAME, ArticleRecord, Manifest
from indexer.models import Article
from indexer.pipeline import build
from indexer.schema import INDEX_FORMAT_VERSION
from indexer.search import Filters, IndexSearcher, SearchRequest
from indexer.sources import find_sources, root_prefixes
from indexer.store import read_manifest, write_manifest
from tests.helpers import VARIANT_TEXTS, without_progress, write_corpus


@pytest.fixture
def tagged(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles each build hands to the entity tagger (pipeline.tag), in order."""
    seen: list[str] = []
    real = pipeline.tag

    def counting(articles: Iterable[Article], entities: bool, workers: int = 0) -> Iterator[Article]:
        def each() -> Iterator[Article]:
            for article in articles:
                seen.append(article.id)
                yield article

        return real(each(), entities, workers)

    monkeypatch.setattr(pipeline, "tag", counting)
    return seen


def _ids(paths: list[Path]) -> list[str]:
    return sorted(ref.id for ref in find_sources([str(p) for p in paths]))


def test_adding_a_folder_adds_its_articles_and_changes_no_id(tmp_path: Path, tagged: list[str]) -> None:
    b, extra = tmp_path / "b", tmp_path / "extra"
    write_corpus(b, 4, seed=1)
    write_corpus(extra, 3, seed=2)  # the same file names as b's first three
    index = str(tmp_path / "idx")
    build([str(b)], index, entities=False)
    before = sorted(read_manifest(Path(index)).articles)
    del tagged[:]
    both = build([str(b), str(extra)], index, entities=False)
    assert (both.added, both.updated, both.unchanged, both.renamed, both.removed) == (3, 0, 4, 0, 0)
    assert sorted(tagged) == ["extra/article-00000.txt", "extra/article-00001.txt", "extra/article-00002.txt"]
    assert set(before) <= set(read_manifest(Path(index)).articles)
    alone = build([str(b)], index, entities=False)  # extra's stay: only b's folder is pruned
    assert (alone.added, alone.unchanged, alone.removed, alone.total_articles) == (0, 4, 0, 7)


def test_ids_do_not_depend_on_the_other_folders_or_their_order(tmp_path: Path) -> None:
    b, extra = tmp_path / "b", tmp_path / "more" / "extra"
    write_corpus(b, 2, seed=1)
    write_corpus(extra, 2, seed=2)
    assert _ids([b, extra]) == _ids([extra, b]) == _ids([b]) + _ids([extra])
    assert _ids([b]) == ["b/article-00000.txt", "b/article-00001.txt"]
    # A file named on its own, or by a glob, gets the id its folder gives it.
    assert _ids([b / "article-00001.txt"]) == ["b/article-00001.txt"]
    assert _ids([Path(f"{b}/*1.txt")]) == ["b/article-00001.txt"]
    # A file under two roots given: the outermost root's id, whatever the order.
    inner = b / "sub"
    write_corpus(inner, 1, seed=3)
    assert _ids([b, inner]) == _ids([inner, b]) == _ids([b])
    assert "b/sub/article-00000.txt" in _ids([b])


def test_fresh_builds_in_either_order_give_the_same_index_ids(tmp_path: Path) -> None:
    b, extra = tmp_path / "b", tmp_path / "x" / "extra"
    write_corpus(b, 2, seed=1)
    write_corpus(extra, 2, seed=2)
    build([str(b), str(extra)], str(tmp_path / "one"), entities=False)
    build([str(extra), str(b)], str(tmp_path / "two"), entities=False)
    ids = sorted(read_manifest(tmp_path / "one").articles)
    assert (
        ids
        == sorted(read_manifest(tmp_path / "two").articles)
        == [
            "b/article-00000.txt",
            "b/article-00001.txt",
            "extra/article-00000.txt",
            "extra/article-00001.txt",
        ]
    )
    assert _stored(str(tmp_path / "one")) == _stored(str(tmp_path / "two"))


def test_folders_of_the_same_name_get_as_many_parents_as_tell_them_apart(tmp_path: Path) -> None:
    roots = [tmp_path / "x" / "2019" / "news", tmp_path / "y" / "2019" / "news", tmp_path / "2020" / "news"]
    for i, root in enumerate(roots):
        write_corpus(root, 1, seed=i)
    expected = ["2020/news/article-00000.txt", "x/2019/news/article-00000.txt", "y/2019/news/article-00000.txt"]
    assert _ids(roots) == _ids(roots[::-1]) == _ids([roots[1], roots[2], roots[0]]) == expected
    assert _ids(roots[1:]) == ["2019/news/article-00000.txt", "2020/news/article-00000.txt"]
    assert root_prefixes({Path("/"), Path("/news"), Path("/a/news")}) == {
        Path("/"): "",
        Path("/news"): "news",
        Path("/a/news"): "a/news",
    }


def test_two_files_that_would_share_an_id_are_refused(tmp_path: Path) -> None:
    # `2019/news` is renamed for the other `news` root, and `2019` holds a folder `news` too.
    write_corpus(tmp_path / "a" / "2019" / "news", 1)
    write_corpus(tmp_path / "b" / "news", 1)
    write_corpus(tmp_path / "c" / "2019" / "news", 1, seed=3)
    paths = [str(tmp_path / "a" / "2019" / "news"), str(tmp_path / "b" / "news"), str(tmp_path / "c" / "2019")]
    result = CliRunner().invoke(main, ["build", *paths, "--index", str(tmp_path / "idx"), "--no-entities"])
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "indexer: error: two files would have the same article id 2019/news/article-00000.txt: "
    )
    assert "Traceback" not in result.stderr and not (tmp_path / "idx").exists()


def _old_rule_ids(found: list[sources._Found]) -> list[sources.SourceRef]:
    """Ids as format 3 gave them: the path relative to the common parent of the build's roots."""
    common = Path(os.path.commonpath([str(f.root) for f in found]))
    refs: dict[Path, sources.SourceRef] = {}
    for f in found:
        prefix = f.root.relative_to(common).as_posix()
        aid = f.rel if prefix == "." else f"{prefix}/{f.rel}"
        refs.setdefault(f.path, sources.SourceRef(f.path, aid, f.root, f.explicit, f.given))
    return list(refs.values())


def _build_by_the_old_rule(paths: list[str], index: str, entities: bool) -> None:
    """An index as format 3 wrote it: old-rule ids, format_version 3 in its signed manifest."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sources, "_with_ids", _old_rule_ids)
        build(paths, index, entities=entities)
    manifest = read_manifest(Path(index))
    manifest.format_version = 3
    write_manifest(Path(index), manifest)


def _stored(index: str) -> dict[str, list[dict[str, object]]]:
    """Every article's stored paragraphs as a search reads them (hits of a query for all)."""
    with IndexSearcher(index) as s:
        articles = s.articles
        return {aid: [asdict(p) for p in articles.paragraphs(aid)] for aid in sorted(articles.records)}


def test_an_index_of_the_old_id_rule_is_migrated_without_re_tagging(tmp_path: Path, tagged: list[str]) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "people").mkdir(parents=True)
    for name, text in VARIANT_TEXTS.items():
        (corpus / "people" / name).write_text(text, encoding="utf-8")
    index = str(tmp_path / "idx")
    _build_by_the_old_rule([str(corpus)], index, entities=True)
    old = _stored(index)
    assert sorted(old) == ["people/a1.txt", "people/a2.txt", "people/a3.txt", "people/a4.txt"]
    assert any(p["people"] for paragraphs in old.values() for p in paragraphs)  # tags to keep
    with IndexSearcher(index) as s:  # format 3 is read as it is: searches work before the migration
        assert s.search(SearchRequest("Mourinho", Filters(), 10, 0)).hits[0].article_id == "people/a1.txt"
    del tagged[:]
    result = CliRunner().invoke(main, ["build", str(corpus), "--index", index])
    assert result.exit_code == 0, result.stderr
    assert tagged == []  # nothing re-read, nothing re-tagged
    assert without_progress(result.stderr).splitlines()[0] == (
        "indexer: note: article ids migrated to this version's rule (the root folder's name and the path under "
        "it): 4 renamed (e.g. people/a1.txt -> corpus/people/a1.txt) without re-reading or re-tagging; scripts "
        'and links need the new ids (README "Article ids")'
    )
    assert "(0 added, 0 updated, 0 unchanged, 4 renamed, 0 removed; 10 paragraphs written)" in result.stderr
    new = _stored(index)
    assert new == {f"corpus/{aid}": paragraphs for aid, paragraphs in old.items()}
    manifest = read_manifest(Path(index))
    assert manifest.format_version == INDEX_FORMAT_VERSION
    assert {r.root for r in manifest.articles.values()} == {str(corpus.resolve())}
    with IndexSearcher(index) as s:
        hits = s.search(SearchRequest("Mourinho", Filters(articles=("corpus/people/a1*",)), 10, 0)).hits
        assert {h.article_id for h in hits} == {"corpus/people/a1.txt"}  # the lower-cased `article` field too
        assert ["José Mourinho"] in [h.people for h in hits]
    show = CliRunner().invoke(main, ["show", "corpus/people/a2.txt", "--index", index])
    assert show.exit_code == 0 and "Jose Mourinho" in show.output
    again = build([str(corpus)], index)  # once migrated: nothing to do
    assert (again.added, again.renamed, again.unchanged, again.removed) == (0, 0, 4, 0) and tagged == []


def test_a_changed_file_of_the_old_rule_is_re_read_under_its_new_id(tmp_path: Path, tagged: list[str]) -> None:
    write_corpus(tmp_path / "c", 3)
    index = str(tmp_path / "idx")
    _build_by_the_old_rule([str(tmp_path / "c")], index, entities=False)
    (tmp_path / "c" / "article-00001.txt").write_text("Changed\n\nA new text about the harbour bridge.\n")
    del tagged[:]
    summary = build([str(tmp_path / "c")], index, entities=False)
    assert (summary.added, summary.renamed, summary.removed, summary.total_articles) == (1, 2, 1, 3)
    assert tagged == ["c/article-00001.txt"]
    assert sorted(read_manifest(Path(index)).articles) == [f"c/article-0000{i}.txt" for i in range(3)]
    with IndexSearcher(index) as s:
        assert s.search(SearchRequest("harbour bridge", Filters(), 10, 0)).hits[0].article_id == "c/article-00001.txt"
        assert s.search(SearchRequest("officials", Filters(), 100, 0)).total == 2 * 6


def test_files_that_swap_ids_keep_their_own_paragraphs(tmp_path: Path) -> None:
    # Built by the old rule from one folder `a` holding `a/x.txt`: its id was `a/x.txt`, which
    # the new rule gives a file at the root of `a`: two articles trade ids in one build.
    root = tmp_path / "a"
    (root / "a").mkdir(parents=True)
    (root / "a" / "x.txt").write_text("Nested\n\nThe glacier museum opened in the valley on Sunday.\n")
    (root / "x.txt").write_text("Top\n\nThe orchestra played at the harbour festival on Friday.\n")
    index = str(tmp_path / "idx")
    _build_by_the_old_rule([str(root)], index, entities=False)
    summary = build([str(root)], index, entities=False)
    assert (summary.renamed, summary.added, summary.removed, summary.total_articles) == (2, 0, 0, 2)
    with IndexSearcher(index) as s:
        assert [h.article_id for h in s.search(SearchRequest("glacier", Filters(), 10, 0)).hits] == ["a/a/x.txt"]
        assert [h.article_id for h in s.search(SearchRequest("orchestra", Filters(), 10, 0)).hits] == ["a/x.txt"]


def test_a_newer_format_is_reported_as_newer_not_damaged(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 1)
    index = tmp_path / "idx"
    build([str(tmp_path / "c")], str(index), entities=False)
    manifest = read_manifest(index)
    manifest.format_version = INDEX_FORMAT_VERSION + 1
    write_manifest(index, manifest)  # signed: only its version and a record's new field differ
    text = (index / MANIFEST_NAME).read_text(encoding="utf-8")
    (index / MANIFEST_NAME).write_text(text.replace('"source": ', '"a_future_field": 1,\n   "source": '))
    for command in (["search", "officials"], ["stats"], ["build", str(tmp_path / "c"), "--no-entities"]):
        result = CliRunner().invoke(main, [*command, "--index", str(index)])
        assert result.exit_code == 2, command
        assert result.stderr.startswith(
            f"indexer: error: index at {index} was written by a newer indexer (format {INDEX_FORMAT_VERSION + 1}, "
            f"this one reads {INDEX_FORMAT_VERSION}): upgrade indexer or rebuild with 'indexer build "
        )
        assert result.stderr.count("\n") == 1


def test_the_manifest_layout_is_that_of_its_format_version() -> None:
    # An older indexer reads a record with a field it does not know as damage: a field added to
    # (or dropped from) the manifest or its records needs INDEX_FORMAT_VERSION bumped, so that
    # it says "written by a newer indexer" instead. Then update this list.
    layout = {
        7: (
            "format_version analyzer_version reader created updated entities index_name generation files words_file "
            "names_file articles raw",
            "id path root content_hash size mtime_ns title byline dateline published paragraphs blocks language source "
            "url site_digests site_chrome",
        ),
        6: (
            "format_version analyzer_version created updated entities index_name generation files words_file "
            "names_file articles raw",
            "id path root content_hash size mtime_ns title byline dateline published paragraphs blocks language source "
            "url site_digests site_chrome",
        ),
        5: (
            "format_version analyzer_version created updated entities index_name generation files words_file "
            "names_file articles raw",
            "id path root content_hash size mtime_ns title byline dateline published paragraphs blocks language source "
            "url",
        ),
        4: (
            "format_version analyzer_version created updated entities index_name generation files words_file "
            "names_file articles raw",
            "id path root content_hash size mtime_ns title byline dateline published paragraphs blocks language source",
        ),
    }
    manifest, record = layout[INDEX_FORMAT_VERSION]
    assert [f.name for f in fields(Manifest)] == manifest.split()
    assert [f.name for f in fields(ArticleRecord)] == record.split()
    assert json.loads(json.dumps(Manifest().to_json()))["format_version"] == INDEX_FORMAT_VERSION


def test_an_article_filter_matches_the_id_or_a_part_of_it_after_a_slash(tmp_path: Path) -> None:
    write_corpus(tmp_path / "bbc" / "business", 2, seed=1, prefix="0")
    write_corpus(tmp_path / "bbc" / "tech", 1, seed=2, prefix="0")
    index = str(tmp_path / "idx")
    build([str(tmp_path / "bbc")], index, entities=False)

    def articles(query: str = "", *filters: str) -> set[str]:
        with IndexSearcher(index) as s:
            hits = s.search(SearchRequest(query, Filters(articles=filters), 100, 0)).hits
        return {h.article_id for h in hits}

    business = {"bbc/business/0-00000.txt", "bbc/business/0-00001.txt"}
    assert articles("", "business/*") == articles("article:business/*") == business
    assert articles("", "BBC/Business/*") == articles("article:bbc/business*") == business
    assert articles("", "0-00000.txt") == {"bbc/business/0-00000.txt", "bbc/tech/0-00000.txt"}
    assert articles("", "tech/0-00000.txt") == articles("article:TECH/0-00000.txt") == {"bbc/tech/0-00000.txt"}
    assert articles("", "usiness/*") == articles("", "/bbc/tech/*") == set()  # whole parts only
    # A file's name without its extension, as `indexer show 0-00000` finds it ("no article id
    # matches" sent a new user away); still whole parts of a name only.
    assert articles("", "0-00000") == articles("article:0-00000") == articles("", "0-00000.txt")
    assert articles("", "tech/0-00000") == {"bbc/tech/0-00000.txt"}
    assert articles("", "0-0000") == articles("", "00000") == set()


def test_an_id_once_given_does_not_change_with_how_its_folder_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A trial built BBC, then rebuilt one section of it: 511 ids changed (bbc/business/... ->
    # business/...), breaking links and scripts. The parent, the subfolder, a relative or an
    # absolute path, an update or a --rebuild: the same file keeps its id, and a new file
    # under a folder already built takes its neighbours' prefix.
    bbc = tmp_path / "bbc"
    write_corpus(bbc / "business", 2)
    write_corpus(bbc / "tech", 1, seed=2)
    index = str(tmp_path / "idx")
    monkeypatch.chdir(tmp_path)
    build(["bbc"], index, entities=False)
    expected = ["bbc/business/article-00000.txt", "bbc/business/article-00001.txt", "bbc/tech/article-00000.txt"]
    assert sorted(read_manifest(Path(index)).articles) == expected
    sub = build(["bbc/business"], index, entities=False)
    assert (sub.added, sub.renamed, sub.unchanged, sub.removed) == (0, 0, 2, 0)
    (bbc / "business" / "new.txt").write_text("Markets\n\nShares fell sharply in Tokyo on Monday morning.\n")
    build([str(bbc / "business")], index, entities=False)
    expected.insert(2, "bbc/business/new.txt")
    assert sorted(read_manifest(Path(index)).articles) == expected
    again = build(["bbc/business"], index, entities=False, rebuild=True)
    assert sorted(read_manifest(Path(index)).articles) == expected[:3] and again.added == 3
    with IndexSearcher(index) as s:
        assert s.search(SearchRequest("Tokyo", Filters(), 10, 0)).hits[0].article_id == "bbc/business/new.txt"


def test_the_rebuild_new_analyzers_need_keeps_the_ids(tmp_path: Path) -> None:
    # An index of older analyzers is rebuilt whole: it kept none of its ids when a file had
    # been built on its own first (`sport/a.txt`, then the parent folder: `bbc/sport/a.txt`).
    from indexer.schema import ANALYZER_VERSION

    sport = tmp_path / "bbc" / "sport"
    write_corpus(sport, 2)
    index = str(tmp_path / "idx")
    build([str(sport / "article-00000.txt")], index, entities=False)
    build([str(tmp_path / "bbc")], index, entities=False)
    ids = sorted(read_manifest(Path(index)).articles)
    assert ids == ["sport/article-00000.txt", "sport/article-00001.txt"]
    manifest = read_manifest(Path(index))
    manifest.analyzer_version = ANALYZER_VERSION - 1
    write_manifest(Path(index), manifest)
    again = build([str(tmp_path / "bbc")], index, entities=False)
    assert again.added == 2 and sorted(read_manifest(Path(index)).articles) == ids


def test_a_moved_archive_folder_keeps_its_ids_and_articles(tmp_path: Path, tagged: list[str]) -> None:
    # `mv x/news y/`, then `indexer build y/news`: refused as "article id news/... is already
    # x/news/... (built from x/news) ...: build both folders in one command", which cannot be
    # done, the old folder being gone. A recorded file that is gone is not another's to protect.
    write_corpus(tmp_path / "x" / "news", 2)
    index = str(tmp_path / "idx")
    build([str(tmp_path / "x" / "news")], index)
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "news").rename(tmp_path / "y" / "news")
    del tagged[:]
    moved = build([str(tmp_path / "y" / "news")], index)
    assert (moved.added, moved.updated, moved.unchanged, moved.removed) == (0, 0, 2, 0) and tagged == []
    records = read_manifest(Path(index)).articles
    assert sorted(records) == ["news/article-00000.txt", "news/article-00001.txt"]
    assert {Path(r.path).parent for r in records.values()} == {(tmp_path / "y" / "news").resolve()}
    (tmp_path / "y" / "news" / "article-00001.txt").unlink()  # pruned from the folder it is in now
    assert build([str(tmp_path / "y" / "news")], index).removed == 1
